package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"sync"
	"time"
)

// Pool is a Reader that reads files in a few long-lived worker processes,
// each running Serve. A worker that takes longer than the time limit over
// one file is killed, and one that dies is replaced, so that a file that
// loops forever or exhausts the stack costs that file only. Keeping the
// workers alive between files avoids a process start per file.
type Pool struct {
	start func() *exec.Cmd
	limit time.Duration
	slots chan *worker // nil: a slot whose worker must be started

	mu      sync.Mutex
	running map[*worker]bool
	closed  bool
}

// NewPool returns a pool of at most size workers, each started by start
// (whose command must run Serve on its standard input and output), that
// gives each file at most limit. Workers are started when first needed.
func NewPool(size int, start func() *exec.Cmd, limit time.Duration) *Pool {
	if size < 1 {
		size = 1
	}
	p := &Pool{start: start, limit: limit, slots: make(chan *worker, size), running: map[*worker]bool{}}
	for i := 0; i < size; i++ {
		p.slots <- nil
	}
	return p
}

type worker struct {
	cmd     *exec.Cmd
	stdin   io.WriteCloser
	stdout  io.ReadCloser
	replies chan frame // closed when the worker's output ends
	stderr  *tail
	exited  chan struct{}
	waitErr error
}

// ErrWorker: no worker process can read files: one could not be started,
// or did not answer as a worker, or the pool is closed. It is not the
// file's fault, and the run cannot go on.
var ErrWorker = errors.New("cannot start a worker process")

// Read implements Reader. A file that times out or kills its worker gives
// an error wrapping ErrTimeout or ErrCrashed; a worker that cannot be
// started, or a pool closed, gives ErrWorker. Cancelling ctx does not
// abandon a file already being read (it finishes or times out), so that
// an interrupted ingest still commits what it has read.
func (p *Pool) Read(ctx context.Context, path string) (Letter, error) {
	// With a worker free, the select below would pick at random between
	// it and a cancelled ctx.
	if err := ctx.Err(); err != nil {
		return Letter{}, err
	}
	var w *worker
	select {
	case w = <-p.slots:
	case <-ctx.Done():
		return Letter{}, ctx.Err()
	}
	if p.isClosed() {
		// Close has ended the worker, if any: asking it would blame the
		// file for a worker that is gone.
		p.slots <- w
		return Letter{}, fmt.Errorf("%s: %w", path, errPoolClosed)
	}
	for retried := false; ; retried = true {
		if w != nil && !w.alive() {
			// It died between files (the kernel ends the largest
			// process when memory runs out, and a worker keeps the
			// memory of its largest file): not this file's fault.
			p.stop(w)
			w = nil
		}
		if w == nil {
			var err error
			if w, err = p.spawn(); err != nil {
				p.slots <- nil
				return Letter{}, err
			}
		}
		l, err, ok := p.ask(w, path)
		if !ok {
			p.stop(w)
			w = nil
			switch {
			case p.isClosed():
				// Close ended the worker, not the file.
				err = fmt.Errorf("%s: %w", path, errPoolClosed)
			case errors.Is(err, errNotSent) && !retried:
				// It died since it was last seen alive.
				continue
			case errors.Is(err, errNotSent):
				err = fmt.Errorf("%s: %w: a new worker died before reading a request (%v)", path, ErrWorker, err)
			}
		}
		p.slots <- w
		return l, err
	}
}

// Warm starts the pool's workers in the background, so that they are
// ready when the first file comes. A worker that cannot be started is left
// for Read to try again, and to report.
func (p *Pool) Warm() {
	for range cap(p.slots) {
		go func() {
			var w *worker
			select {
			case w = <-p.slots:
			default:
				// Every slot is taken: Read is starting or using them.
				return
			}
			if w == nil && !p.isClosed() {
				w, _ = p.spawn()
			}
			p.slots <- w
		}()
	}
}

var errPoolClosed = fmt.Errorf("%w: the pool is closed", ErrWorker)

func (p *Pool) isClosed() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.closed
}

// errNotSent: the worker was gone before the request reached it.
var errNotSent = errors.New("the worker was gone")

// alive reports whether w is still running, as far as is known yet.
func (w *worker) alive() bool {
	select {
	case <-w.exited:
		return false
	default:
		return true
	}
}

// ask sends one request to w and waits for its reply. ok is false when the
// worker must be discarded (it timed out or died).
func (p *Pool) ask(w *worker, path string) (Letter, error, bool) {
	line, _ := json.Marshal(newRequest(path))
	if _, err := w.stdin.Write(append(line, '\n')); err != nil {
		return Letter{}, fmt.Errorf("%w: %s", errNotSent, w.death()), false
	}
	timer := time.NewTimer(p.limit)
	defer timer.Stop()
	select {
	case f, open := <-w.replies:
		if !open {
			return Letter{}, &remoteError{msg: fmt.Sprintf("%s: %s (%s)", path, ErrCrashed, w.death()), err: ErrCrashed}, false
		}
		switch f.kind {
		case frameLetter:
			l, err := readLetter(f.payload)
			if err != nil {
				return Letter{}, fmt.Errorf("%s: bad reply from a worker: %v", path, err), false
			}
			return l, nil, true
		case frameError:
			code, msg, err := readError(f.payload)
			if err != nil || msg == "" {
				return Letter{}, fmt.Errorf("%s: bad error reply from a worker: %.80q", path, f.raw()), false
			}
			return Letter{}, errorFromCode(code, msg), true
		default:
			return Letter{}, fmt.Errorf("%s: bad reply from a worker: %.80q", path, f.raw()), false
		}
	case <-timer.C:
		return Letter{}, timeoutError(path, p.limit), false
	}
}

func (p *Pool) spawn() (*worker, error) {
	w, err := p.startWorker()
	if err != nil {
		return nil, err
	}
	// Wait for the worker to say it is ready: its start is not charged
	// to its first file, and a command that starts but is not a worker
	// (a binary replaced by another version, a wrapper that fails) stops
	// the run instead of failing every file as a crash.
	var why string
	select {
	case f, open := <-w.replies:
		switch {
		case !open:
			why = w.death()
		case f.kind != frameReady || string(f.payload) != readyMagic:
			why = fmt.Sprintf("it answered %.80q", f.raw())
		default:
			return w, nil
		}
	case <-time.After(startTimeout):
		why = fmt.Sprintf("it did not answer within %v", startTimeout)
	}
	p.stop(w)
	return nil, fmt.Errorf("%w: %s", ErrWorker, why)
}

// startTimeout bounds how long a worker may take to start. It is not the
// files' time limit: a loaded machine can be slow to start processes.
const startTimeout = 30 * time.Second

func (p *Pool) startWorker() (*worker, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, errPoolClosed
	}
	cmd := p.start()
	w := &worker{cmd: cmd, replies: make(chan frame), stderr: &tail{max: 4096}, exited: make(chan struct{})}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrWorker, err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		stdin.Close()
		return nil, fmt.Errorf("%w: %v", ErrWorker, err)
	}
	cmd.Stderr = w.stderr
	if cmd.WaitDelay == 0 {
		// A worker started through a wrapper that does not exec it
		// leaves, once killed, a process that still holds stderr: Wait
		// must not wait for it. A worker that dies by itself has written
		// its last words before it exits, so this costs them nothing.
		cmd.WaitDelay = 200 * time.Millisecond
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrWorker, err)
	}
	w.stdin, w.stdout = stdin, stdout
	go func() {
		br := bufio.NewReaderSize(stdout, 64<<10)
		for {
			f, err := readFrame(br)
			if f.kind != 0 {
				w.replies <- f
			}
			if err != nil {
				break
			}
		}
		// After output that is not a frame, the worker is stopped;
		// until then it must not block writing.
		io.Copy(io.Discard, br)
		close(w.replies)
		w.waitErr = cmd.Wait()
		close(w.exited)
	}()
	p.running[w] = true
	return w, nil
}

// stop kills w and waits for it to be gone.
func (p *Pool) stop(w *worker) {
	w.kill()
	// Drain any reply still on its way so that the reading goroutine ends.
	go func() {
		for range w.replies {
		}
	}()
	<-w.exited
	p.mu.Lock()
	delete(p.running, w)
	p.mu.Unlock()
}

// kill ends w, and with it the goroutine reading its output.
func (w *worker) kill() {
	w.cmd.Process.Kill()
	w.stdin.Close()
	// Nothing more is wanted from it; closing its output also ends the
	// reading goroutine when something other than the process killed
	// (a child of a wrapper) holds the pipe open.
	w.stdout.Close()
}

// death describes how a worker ended, from its exit status and the last
// lines it wrote to stderr (Go's own report of a crash).
func (w *worker) death() string {
	select {
	case <-w.exited:
	case <-time.After(5 * time.Second):
		return "the worker stopped answering"
	}
	msg := "the worker exited"
	if w.waitErr != nil {
		msg = w.waitErr.Error()
	}
	if line := w.stderr.reason(); line != "" {
		msg += ": " + line
	}
	return msg
}

// Close stops every worker. Reads in progress fail.
func (p *Pool) Close() error {
	p.mu.Lock()
	p.closed = true
	ws := make([]*worker, 0, len(p.running))
	for w := range p.running {
		ws = append(ws, w)
	}
	p.mu.Unlock()
	for _, w := range ws {
		// Closing stdin ends Serve's loop; the worker exits by itself.
		w.stdin.Close()
		select {
		case <-w.exited:
		case <-time.After(2 * time.Second):
			w.kill()
			<-w.exited
		}
	}
	return nil
}

// tail keeps the last max bytes written to it, and the first line that
// starts a Go crash report wherever it falls: the report of a stack
// overflow is tens of kilobytes of frames after the line that names it.
type tail struct {
	mu    sync.Mutex
	max   int
	buf   []byte
	line  []byte // the line being written, cut at max bytes
	crash string // the first line of a crash report, once seen
}

func (t *tail) Write(b []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for rest := b; t.crash == "" && len(rest) > 0; {
		chunk, after, full := bytes.Cut(rest, []byte("\n"))
		t.line = append(t.line, chunk[:min(len(chunk), max(t.max-len(t.line), 0))]...)
		if !full {
			break
		}
		if l := strings.TrimSpace(string(t.line)); isCrashLine(l) {
			t.crash = l
		}
		t.line = t.line[:0]
		rest = after
	}
	t.buf = append(t.buf, b...)
	if len(t.buf) > t.max {
		t.buf = append([]byte(nil), t.buf[len(t.buf)-t.max:]...)
	}
	return len(b), nil
}

// isCrashLine reports the lines Go starts a crash report with: "panic:",
// "fatal error:", or "runtime:" for the detail some fatal errors print
// first ("runtime: goroutine stack exceeds 67108864-byte limit").
func isCrashLine(l string) bool {
	for _, p := range []string{"fatal error:", "panic:", "runtime:"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// reason picks the line that says what happened: the start of a crash
// report, else the last line written.
func (t *tail) reason() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.crash != "" {
		return t.crash
	}
	if l := strings.TrimSpace(string(t.line)); isCrashLine(l) {
		return l // a report cut short, without its newline
	}
	lines := strings.Split(string(bytes.TrimSpace(t.buf)), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}
