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
	replies chan []byte // closed when the worker's output ends
	stderr  *tail
	exited  chan struct{}
	waitErr error
}

// ErrWorker: a worker process could not be started at all. It is not the
// file's fault, and the run cannot go on.
var ErrWorker = errors.New("cannot start a worker process")

// Read implements Reader. A file that times out or kills its worker gives
// an error wrapping ErrTimeout or ErrCrashed; a worker that cannot be
// started gives ErrWorker. Cancelling ctx does not abandon a file already
// being read (it finishes or times out), so that an interrupted ingest
// still commits what it has read.
func (p *Pool) Read(ctx context.Context, path string) (Letter, error) {
	var w *worker
	select {
	case w = <-p.slots:
	case <-ctx.Done():
		return Letter{}, ctx.Err()
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
	}
	p.slots <- w
	return l, err
}

// ask sends one request to w and waits for its reply. ok is false when the
// worker must be discarded (it timed out or died).
func (p *Pool) ask(w *worker, path string) (Letter, error, bool) {
	line, _ := json.Marshal(request{Path: path})
	if _, err := w.stdin.Write(append(line, '\n')); err != nil {
		return Letter{}, fmt.Errorf("%s: %w (%s)", path, ErrCrashed, w.death()), false
	}
	timer := time.NewTimer(p.limit)
	defer timer.Stop()
	select {
	case b, open := <-w.replies:
		if !open {
			return Letter{}, &remoteError{msg: fmt.Sprintf("%s: %s (%s)", path, ErrCrashed, w.death()), err: ErrCrashed}, false
		}
		var rep reply
		if err := json.Unmarshal(b, &rep); err != nil {
			return Letter{}, fmt.Errorf("%s: bad reply from a worker: %v", path, err), false
		}
		if rep.Error != "" {
			return Letter{}, errorFromCode(rep.Code, rep.Error), true
		}
		if rep.Letter == nil {
			return Letter{}, fmt.Errorf("%s: empty reply from a worker", path), false
		}
		return *rep.Letter, nil, true
	case <-timer.C:
		return Letter{}, timeoutError(path, p.limit), false
	}
}

func (p *Pool) spawn() (*worker, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, fmt.Errorf("%w: the pool is closed", ErrWorker)
	}
	cmd := p.start()
	w := &worker{cmd: cmd, replies: make(chan []byte), stderr: &tail{max: 4096}, exited: make(chan struct{})}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrWorker, err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrWorker, err)
	}
	cmd.Stderr = w.stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrWorker, err)
	}
	w.stdin = stdin
	go func() {
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 256*1024), 256<<20)
		for sc.Scan() {
			w.replies <- append([]byte(nil), sc.Bytes()...)
		}
		close(w.replies)
		w.waitErr = cmd.Wait()
		close(w.exited)
	}()
	p.running[w] = true
	return w, nil
}

// stop kills w and waits for it to be gone.
func (p *Pool) stop(w *worker) {
	w.cmd.Process.Kill()
	w.stdin.Close()
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
			w.cmd.Process.Kill()
			<-w.exited
		}
	}
	return nil
}

// tail keeps the last max bytes written to it.
type tail struct {
	mu  sync.Mutex
	max int
	buf []byte
}

func (t *tail) Write(b []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, b...)
	if len(t.buf) > t.max {
		t.buf = append([]byte(nil), t.buf[len(t.buf)-t.max:]...)
	}
	return len(b), nil
}

// reason picks the line of a crash report that says what happened: Go
// starts it with "panic:", "fatal error:" or "runtime:".
func (t *tail) reason() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	lines := strings.Split(string(bytes.TrimSpace(t.buf)), "\n")
	for _, l := range lines {
		l = strings.TrimSpace(l)
		for _, p := range []string{"fatal error:", "panic:", "runtime:"} {
			if strings.HasPrefix(l, p) {
				return l
			}
		}
	}
	if len(lines) > 0 {
		return strings.TrimSpace(lines[len(lines)-1])
	}
	return ""
}
