package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"time"

	"github.com/foicheck/foicheck/corpus"
	"github.com/foicheck/foicheck/index"
)

// Errors of reading a file in a worker, beside corpus's sentinels.
var (
	// ErrTimeout: reading the file took longer than the time limit.
	ErrTimeout = errors.New("took too long to read")
	// ErrCrashed: the worker reading the file died (a crash, or memory or
	// stack exhausted).
	ErrCrashed = errors.New("foicheck crashed reading it")
)

// Letter is one file read and parsed.
type Letter struct {
	Response corpus.Response
	Meta     index.Meta
}

// Reader reads and parses one file. Implementations must be safe for
// concurrent use.
type Reader interface {
	Read(ctx context.Context, path string) (Letter, error)
}

// ReadFile is the in-process Reader: corpus.LoadUnhashed then corpus.Parse
// (the response's SHA256 is left to the caller), with a panic turned into
// an error. It cannot stop a file that loops or exhausts the stack: bulk
// ingest runs it in worker processes (Pool).
type ReadFile struct{}

// Read implements Reader. The time of ingest is left zero for the caller.
func (ReadFile) Read(_ context.Context, path string) (l Letter, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %w: %v", path, ErrCrashed, r)
		}
	}()
	// The caller hashes the file (Run keys the response by the hash it
	// took before reading): hashing it again here would be wasted.
	doc, err := corpus.LoadUnhashed(path)
	if err != nil {
		// "x.pdf: no such file or directory", as a failure to hash it
		// reads, rather than "open x.pdf: ...". Only Load's own read
		// error: an extractor's error names the file already.
		if pe, ok := err.(*fs.PathError); ok {
			err = fmt.Errorf("%s: %w", path, pe.Err)
		}
		return Letter{}, err
	}
	r, err := corpus.Parse(doc)
	if err != nil {
		return Letter{}, fmt.Errorf("%s: %w", path, err)
	}
	return Letter{Response: r, Meta: index.Meta{Format: doc.Format, Pages: doc.Pages}}, nil
}

// errorCodes name the sentinels that cross the process boundary, so that
// the parent can still tell a scan from a damaged file.
var errorCodes = []struct {
	code string
	err  error
}{
	{"unsupported", corpus.ErrUnsupported},
	{"empty", corpus.ErrEmpty},
	{"damaged", corpus.ErrDamaged},
	{"encrypted", corpus.ErrEncrypted},
	{"no_text", corpus.ErrNoText},
	{"crashed", ErrCrashed},
	{"timeout", ErrTimeout},
	// A file deleted or locked after the walk: the command's hints need
	// to know.
	{"not_exist", fs.ErrNotExist},
	{"permission", fs.ErrPermission},
}

func codeOf(err error) string {
	for _, c := range errorCodes {
		if errors.Is(err, c.err) {
			return c.code
		}
	}
	return ""
}

// remoteError is an error that happened in a worker: its message as the
// worker printed it, and the sentinel it wrapped there.
type remoteError struct {
	msg string
	err error
}

func (e *remoteError) Error() string { return e.msg }
func (e *remoteError) Unwrap() error { return e.err }

func errorFromCode(code, msg string) error {
	for _, c := range errorCodes {
		if c.code == code {
			return &remoteError{msg: msg, err: c.err}
		}
	}
	return errors.New(msg)
}

// timeoutError says how long the limit was.
func timeoutError(path string, limit time.Duration) error {
	return &remoteError{msg: fmt.Sprintf("%s: took longer than %v to read (a pathological file?)", path, limit), err: ErrTimeout}
}
