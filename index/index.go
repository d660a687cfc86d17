package index

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bolt "go.etcd.io/bbolt"
)

// Mode says how an index is opened.
type Mode int

const (
	// ReadOnly opens an existing index for searching. Several read-only
	// handles, in any number of processes, can share an index.
	ReadOnly Mode = iota
	// ReadWrite opens an index for ingesting, creating it when the
	// directory does not exist or is empty. Only one process can hold an
	// index for writing, and not while others read it.
	ReadWrite
)

// Errors of Open. The command layer turns them into exit code 2 with a hint.
var (
	// ErrNotExist: there is no index at the directory (run ingest first).
	ErrNotExist = errors.New("no index here")
	// ErrLocked: another process holds the index.
	ErrLocked = errors.New("index in use by another foicheck (is an ingest running?)")
	// ErrNotIndex: the directory exists and holds something other than a
	// foicheck index.
	ErrNotIndex = errors.New("not a foicheck index")
	// ErrVersion: the index was made by an incompatible version of foicheck.
	ErrVersion = errors.New("index made by an incompatible version of foicheck")
	// ErrReadOnly: a write was attempted through a read-only handle. bleve
	// would deadlock on it, so it is refused here.
	ErrReadOnly = errors.New("index is open read-only")
)

// lockTimeout bounds how long Open waits for another process's lock. bleve
// without it blocks forever; the contract wants an answer within 3 s.
const lockTimeout = "1500ms"

// schemaKey names the internal value recording the layout of the
// documents, so that a later foicheck with another layout refuses the index
// rather than misreading it.
const (
	schemaKey     = "foicheck.schema"
	schemaVersion = "8"
)

// Index is an open disclosure history. Its methods are safe for concurrent
// use by several goroutines; writes are refused on a read-only index.
type Index struct {
	dir  string
	mode Mode
	b    bleve.Index

	// Look-up caches, used only on a read-only index (which cannot
	// change while open).
	mu       sync.Mutex
	df       map[string]uint64
	yearList []int

	// builder makes question documents for a writable index, read off
	// its mapping on first use (see fieldBuilder).
	builderOnce sync.Once
	builder     *fieldBuilder
}

// fields returns the index's fieldBuilder, or nil when its mapping is not
// one the builder can follow.
func (ix *Index) fields() *fieldBuilder {
	ix.builderOnce.Do(func() { ix.builder = newFieldBuilder(ix.b.Mapping()) })
	return ix.builder
}

// Open opens the index in dir. ReadOnly fails with ErrNotExist when there
// is none; ReadWrite creates one when dir is missing or empty. Either fails
// with ErrLocked, within about two seconds, when another process holds the
// index in a conflicting way, and with ErrNotIndex when dir holds other
// files. Errors name the directory.
func Open(dir string, mode Mode) (*Index, error) {
	ix, err := open(dir, mode)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	return ix, nil
}

func open(dir string, mode Mode) (*Index, error) {
	state, err := inspect(dir)
	if err != nil {
		return nil, err
	}
	switch state {
	case dirMissing, dirEmpty:
		if mode == ReadOnly {
			return nil, ErrNotExist
		}
		return create(dir)
	case dirForeign:
		return nil, ErrNotIndex
	}
	cfg := map[string]interface{}{"bolt_timeout": lockTimeout}
	if mode == ReadOnly {
		cfg["read_only"] = true
	}
	b, err := bleve.OpenUsing(dir, cfg)
	if err != nil {
		return nil, openError(err)
	}
	ix := &Index{dir: dir, mode: mode, b: b}
	v, err := b.GetInternal([]byte(schemaKey))
	if err != nil {
		b.Close()
		return nil, openError(err)
	}
	if string(v) != schemaVersion {
		b.Close()
		if v == nil {
			return nil, ErrNotIndex
		}
		return nil, fmt.Errorf("%w (layout %q, this foicheck reads %q)", ErrVersion, v, schemaVersion)
	}
	return ix, nil
}

// create makes a new index in dir. It is built in a hidden sibling
// directory and renamed into place, so that a process killed while creating
// it leaves no half-written index behind (bleve writes its metadata file
// without care for crashes). Only the mapping and the store are persisted:
// runtime options such as the lock timeout must never be given to
// NewUsing, or every later open would inherit them.
func create(dir string) (*Index, error) {
	parent, base := filepath.Split(filepath.Clean(dir))
	if parent == "" {
		parent = "."
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	removeStale(parent, base)
	tmp, err := os.MkdirTemp(parent, "."+base+creatingSuffix)
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp) // a no-op once renamed
	// bleve creates the directory itself and refuses an existing one.
	if err := os.Remove(tmp); err != nil {
		return nil, err
	}
	b, err := bleve.NewUsing(tmp, newMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, err
	}
	batch := b.NewBatch()
	batch.SetInternal([]byte(schemaKey), []byte(schemaVersion))
	err = b.Batch(batch)
	if cerr := b.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	// An empty directory given by the user is replaced (Go's rename will
	// not replace a directory); one that another process has just filled
	// stays, and that process holds the index.
	if err := os.Remove(dir); err != nil && !errors.Is(err, fs.ErrNotExist) {
		if state, _ := inspect(dir); state == dirIndex {
			return nil, ErrLocked
		}
		return nil, err
	}
	if err := os.Rename(tmp, dir); err != nil {
		if state, _ := inspect(dir); state == dirIndex {
			return nil, ErrLocked
		}
		return nil, err
	}
	b, err = bleve.OpenUsing(dir, map[string]interface{}{"bolt_timeout": lockTimeout})
	if err != nil {
		return nil, openError(err)
	}
	return &Index{dir: dir, mode: ReadWrite, b: b}, nil
}

// creatingSuffix marks a directory in which an index is being created.
const creatingSuffix = ".creating-"

// removeStale removes what a process killed while creating an index named
// base left in parent. One younger than a few minutes may be another
// process's creation in progress, and is left alone.
func removeStale(parent, base string) {
	matches, _ := filepath.Glob(filepath.Join(parent, "."+base+creatingSuffix+"*"))
	for _, m := range matches {
		if fi, err := os.Stat(m); err == nil && time.Since(fi.ModTime()) > 10*time.Minute {
			os.RemoveAll(m)
		}
	}
}

type dirState int

const (
	dirMissing dirState = iota
	dirEmpty
	dirIndex
	dirForeign
)

// inspect says what dir holds, without opening anything: a bleve index has
// its index_meta.json.
func inspect(dir string) (dirState, error) {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return dirMissing, nil
	case err != nil:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return 0, pe.Err
		}
		return 0, err
	}
	if len(entries) == 0 {
		return dirEmpty, nil
	}
	if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); err == nil {
		return dirIndex, nil
	}
	return dirForeign, nil
}

// openError maps bleve's and bbolt's errors to this package's sentinels.
func openError(err error) error {
	switch {
	case errors.Is(err, bolt.ErrTimeout), strings.Contains(err.Error(), bolt.ErrTimeout.Error()):
		return ErrLocked
	case errors.Is(err, bleve.ErrorIndexMetaMissing), errors.Is(err, bleve.ErrorIndexMetaCorrupt):
		return fmt.Errorf("%w: %v", ErrNotIndex, err)
	}
	return err
}

// Dir returns the directory the index lives in.
func (ix *Index) Dir() string { return ix.dir }

// Close releases the index and its lock. Every committed batch is already
// on disk.
func (ix *Index) Close() error { return ix.b.Close() }

// writable refuses a write through a read-only handle.
func (ix *Index) writable() error {
	if ix.mode != ReadWrite {
		return ErrReadOnly
	}
	return nil
}
