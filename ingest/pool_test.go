package ingest_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/foicheck/foicheck/corpus"
	"github.com/foicheck/foicheck/index"
	"github.com/foicheck/foicheck/ingest"
)

// limit is the pool's time limit in these tests: long enough to read a
// letter under the race detector on a loaded machine, short enough to keep
// the tests fast. The tests of this file run in parallel: they mostly wait
// for processes.
const limit = 2 * time.Second

func readOK(t *testing.T, p *ingest.Pool, path string, questions int) {
	t.Helper()
	l, err := p.Read(context.Background(), path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(l.Response.Questions) != questions || l.Meta.Format != corpus.FormatText || l.Meta.Pages != 1 {
		t.Errorf("%s read as %+v", path, l)
	}
}

func TestPoolReads(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a := write(t, dir, "a.txt", letterText("1/24", 3))
	empty := write(t, dir, "empty.txt", "")
	fake := write(t, dir, "fake.pdf", "not a PDF")
	p, ws := newPool(t, 1, limit)
	readOK(t, p, a, 3)
	// Errors keep their meaning across the process boundary.
	for _, tt := range []struct {
		path string
		err  error
	}{{empty, corpus.ErrEmpty}, {fake, corpus.ErrDamaged}, {filepath.Join(dir, "gone.txt"), fs.ErrNotExist}} {
		_, err := p.Read(context.Background(), tt.path)
		if err == nil || !strings.Contains(err.Error(), tt.path) || (tt.err != nil && !errors.Is(err, tt.err)) {
			t.Errorf("%s: %v; want an error naming it and wrapping %v", tt.path, err, tt.err)
		}
	}
	readOK(t, p, a, 3)
	// A name that is not UTF-8 reaches the worker intact.
	latin1 := filepath.Join(dir, "caf\xe9.txt")
	if err := os.WriteFile(latin1, []byte(letterText("2/24", 2)), 0o644); err == nil {
		readOK(t, p, latin1, 2)
	} else {
		t.Logf("no file names that are not UTF-8 here: %v", err)
	}
	// A file's failure is not the worker's: it is kept.
	if n := len(ws.started()); n != 1 {
		t.Errorf("%d workers started for one reader at a time", n)
	}
}

func TestPoolReadsInParallel(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var paths []string
	for i := 0; i < 12; i++ {
		paths = append(paths, write(t, dir, string(rune('a'+i))+".txt", letterText(string(rune('a'+i)), 2)))
	}
	p, ws := newPool(t, 3, limit)
	var wg sync.WaitGroup
	for _, path := range paths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if l, err := p.Read(context.Background(), path); err != nil || len(l.Response.Questions) != 2 {
				t.Errorf("%s: %v, %+v", path, err, l)
			}
		}()
	}
	wg.Wait()
	if n := len(ws.started()); n < 1 || n > 3 {
		t.Errorf("%d workers started for a pool of 3", n)
	}
}

func TestPoolBadFiles(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		file    string
		limit   time.Duration
		err     error
		message []string // what the error must say
		within  time.Duration
	}{
		{"a file that never ends", "hang.txt", time.Second, ingest.ErrTimeout, []string{"took longer than 1s"}, 4 * time.Second},
		{"a worker that exits", "crash-exit.txt", limit, ingest.ErrCrashed, []string{"exit status 3"}, limit},
		{"a stack overflow", "crash.txt", limit, ingest.ErrCrashed, []string{"exit status 2", "goroutine stack exceeds"}, limit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			a := write(t, dir, "a.txt", letterText("1/24", 2))
			bad := write(t, dir, tt.file, letterText("2/24", 2))
			p, ws := newPool(t, 1, tt.limit)
			readOK(t, p, a, 2)
			start := time.Now()
			_, err := p.Read(context.Background(), bad)
			took := time.Since(start)
			if !errors.Is(err, tt.err) {
				t.Fatalf("%s: %v, want %v", tt.file, err, tt.err)
			}
			for _, s := range append([]string{bad}, tt.message...) {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("%q does not say %q", err, s)
				}
			}
			if took < tt.limit && errors.Is(tt.err, ingest.ErrTimeout) || took > tt.within {
				t.Errorf("%s failed after %v", tt.file, took)
			}
			// The next file gets a new worker.
			readOK(t, p, a, 2)
			cmds := ws.started()
			if len(cmds) != 2 {
				t.Fatalf("%d workers started, want the first and its replacement", len(cmds))
			}
			if cmds[0].ProcessState == nil {
				t.Errorf("the worker that failed is still running")
			}
		})
	}
}

// TestPoolClose checks that Close ends every worker, idle or busy, and
// that the pool refuses work afterwards.
func TestPoolClose(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a := write(t, dir, "a.txt", letterText("1/24", 2))
	hang := write(t, dir, "hang.txt", letterText("2/24", 2))
	p, ws := newPool(t, 3, time.Minute)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			readOK(t, p, a, 2)
		}()
	}
	wg.Wait()
	hung := make(chan error, 1)
	go func() {
		_, err := p.Read(context.Background(), hang)
		hung <- err
	}()
	waitStarted(t, hang)

	start := time.Now()
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("Close took %v", took)
	}
	select {
	case err := <-hung:
		// The file is not to blame: the run cannot go on.
		if !errors.Is(err, ingest.ErrWorker) || errors.Is(err, ingest.ErrCrashed) || !strings.Contains(err.Error(), hang) {
			t.Errorf("the file being read when the pool closed: %v, want ErrWorker naming it", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("a read in progress still waits after Close")
	}
	for i, cmd := range ws.started() {
		if cmd.ProcessState == nil {
			t.Errorf("worker %d still running after Close", i)
		}
	}
	if _, err := p.Read(context.Background(), a); !errors.Is(err, ingest.ErrWorker) {
		t.Errorf("read after Close: %v, want ErrWorker", err)
	}
	if n := len(ws.started()); n != 3 {
		t.Errorf("%d workers started, want 3 and none after Close", n)
	}
}

func TestPoolCannotStart(t *testing.T) {
	t.Parallel()
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no shell")
	}
	tests := []struct {
		name  string
		start func() *exec.Cmd
		say   string // what the error must say
	}{
		{"no such command", func() *exec.Cmd { return exec.Command(filepath.Join(t.TempDir(), "no-such-foicheck")) }, "no-such-foicheck"},
		// Another version of the binary, or a wrapper that fails: it
		// starts, but is no worker, and the files are not to blame.
		{"a command that exits", func() *exec.Cmd {
			return exec.Command(sh, "-c", "echo 'unknown command \"__worker\"' >&2; exit 1")
		}, `exit status 1: unknown command "__worker"`},
		{"a command that says something else", func() *exec.Cmd { return exec.Command(sh, "-c", "echo usage; cat") }, "usage"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := write(t, t.TempDir(), "a.txt", letterText("1/24", 2))
			p := ingest.NewPool(2, tt.start, limit)
			defer p.Close()
			for i := 0; i < 2; i++ {
				_, err := p.Read(context.Background(), a)
				if !errors.Is(err, ingest.ErrWorker) || !strings.Contains(err.Error(), tt.say) {
					t.Errorf("read %d: %v, want ErrWorker saying %q", i, err, tt.say)
				}
			}

			dir := t.TempDir()
			for i := 0; i < 20; i++ {
				write(t, dir, "l/"+string(rune('a'+i))+".txt", letterText(string(rune('a'+i)), 2))
			}
			ix := newIndex(t)
			sum, err := ingest.Run(context.Background(), ix, ingest.Walk([]string{filepath.Join(dir, "l")}, nil), ingest.Options{Workers: 2, Reader: p})
			if !errors.Is(err, ingest.ErrWorker) || len(sum.Failed) != 0 || sum.Ingested != 0 {
				t.Errorf("run without workers: %+v, %v; want ErrWorker and no file blamed", short(sum), err)
			}
		})
	}
}

func TestPoolCancelled(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a := write(t, dir, "a.txt", letterText("1/24", 2))
	hang := write(t, dir, "hang.txt", letterText("2/24", 2))
	p, ws := newPool(t, 1, time.Minute)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	// A cancelled read never starts, even with a worker free.
	for i := 0; i < 10; i++ {
		if _, err := p.Read(ctx, a); !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled read: %v", err)
		}
	}
	if n := len(ws.started()); n != 0 {
		t.Errorf("%d workers started for cancelled reads", n)
	}
	// One waiting for a worker gives up when cancelled.
	go p.Read(context.Background(), hang)
	for len(ws.started()) < 1 {
		time.Sleep(10 * time.Millisecond)
	}
	ctx, cancel = context.WithCancel(context.Background())
	go func() {
		time.Sleep(100 * time.Millisecond)
		cancel()
	}()
	if _, err := p.Read(ctx, a); !errors.Is(err, context.Canceled) {
		t.Errorf("read waiting for a busy pool: %v, want context.Canceled", err)
	}
}

func TestRunWithPool(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, name := range []string{"a", "b", "c", "d"} {
		write(t, dir, "l/"+name+".txt", letterText(name, 2))
	}
	hang := write(t, dir, "l/hang.txt", letterText("hang", 2))
	crash := write(t, dir, "l/crash.txt", letterText("crash", 2))
	// A copy of the crashing file fails with it, without a second crash.
	crashCopy := write(t, dir, "l/z/copy.txt", letterText("crash", 2))
	p, ws := newPool(t, 2, time.Second)
	ix := newIndex(t)
	sum := run(t, ix, ingest.Options{Workers: 2, Reader: p}, filepath.Join(dir, "l"))
	checkSummary(t, "run", sum, summary{Ingested: 4, Questions: 8, Failed: 3, Responses: 4})
	checkCounts(t, ix, index.Counts{Responses: 4, Questions: 8, Paths: 4})
	want := map[string]error{crash: ingest.ErrCrashed, hang: ingest.ErrTimeout, crashCopy: ingest.ErrCrashed}
	for _, f := range sum.Failed {
		if !errors.Is(f.Err, want[f.Path]) {
			t.Errorf("%s: %v, want %v", f.Path, f.Err, want[f.Path])
		}
	}
	// Two workers, and one more for each file that cost its worker.
	if n := len(ws.started()); n > 4 {
		t.Errorf("%d workers started", n)
	}
}

// TestRunWithPoolNothingNew: a run that finds nothing new starts no
// worker; one that finds a new file starts them as it hashes.
func TestRunWithPoolNothingNew(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, name := range []string{"a", "b", "c"} {
		write(t, dir, "l/"+name+".txt", letterText(name, 2))
	}
	ix := newIndex(t)
	p, ws := newPool(t, 2, limit)
	run(t, ix, ingest.Options{Workers: 2, Reader: p}, filepath.Join(dir, "l"))
	if len(ws.started()) == 0 {
		t.Fatal("no worker started for three new files")
	}
	p2, ws2 := newPool(t, 2, limit)
	sum := run(t, ix, ingest.Options{Workers: 2, Reader: p2}, filepath.Join(dir, "l"))
	checkSummary(t, "second run", sum, summary{Unchanged: 3, Responses: 3})
	if n := len(ws2.started()); n != 0 {
		t.Errorf("%d workers started for a run with nothing new", n)
	}
}

// TestPoolWrappedWorker starts workers through a shell that does not exec
// them, as a wrapper script would: killing the shell leaves the worker
// itself running for a while, holding the pipes. The pool must still give
// up on the file in time, and Close must still return.
func TestPoolWrappedWorker(t *testing.T) {
	t.Parallel()
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no shell")
	}
	dir := t.TempDir()
	a := write(t, dir, "a.txt", letterText("1/24", 2))
	slow := write(t, dir, "slow.txt", letterText("2/24", 2))
	start := func() *exec.Cmd {
		cmd := exec.Command(sh, "-c", `"$0"; exit $?`, os.Args[0])
		cmd.Env = workerEnviron()
		return cmd
	}
	p := ingest.NewPool(1, start, time.Second)
	defer p.Close()
	readOK(t, p, a, 2)
	begin := time.Now()
	if _, err := p.Read(context.Background(), slow); !errors.Is(err, ingest.ErrTimeout) {
		t.Errorf("slow file: %v, want ErrTimeout", err)
	}
	// The worker's own process takes five seconds to let go.
	if took := time.Since(begin); took > 3500*time.Millisecond {
		t.Errorf("the time limit of 1s took %v to apply", took)
	}
	readOK(t, p, a, 2)
	begin = time.Now()
	p.Close()
	if took := time.Since(begin); took > 3*time.Second {
		t.Errorf("Close took %v", took)
	}

	// Close gives a busy worker two seconds, then kills it.
	slow2 := write(t, dir, "slow2.txt", letterText("3/24", 2))
	p = ingest.NewPool(1, start, time.Minute)
	done := make(chan error, 1)
	go func() {
		_, err := p.Read(context.Background(), slow2)
		done <- err
	}()
	waitStarted(t, slow2)
	begin = time.Now()
	p.Close()
	if took := time.Since(begin); took > 4*time.Second {
		t.Errorf("Close of a busy wrapped worker took %v", took)
	}
	if err := <-done; !errors.Is(err, ingest.ErrWorker) {
		t.Errorf("file read as the pool closed: %v, want ErrWorker", err)
	}
}

// TestPoolWorkerDiesBetweenFiles kills an idle worker, as the kernel does
// when memory runs out: the next file is not blamed for it.
func TestPoolWorkerDiesBetweenFiles(t *testing.T) {
	t.Parallel()
	a := write(t, t.TempDir(), "a.txt", letterText("1/24", 2))
	p, ws := newPool(t, 1, limit)
	for i := 0; i < 3; i++ {
		readOK(t, p, a, 2)
		cmd := ws.started()[i]
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		for deadline := time.Now().Add(10 * time.Second); !reaped(cmd.Process.Pid) && time.Now().Before(deadline); {
			time.Sleep(5 * time.Millisecond)
		}
	}
	readOK(t, p, a, 2)
	if n := len(ws.started()); n != 4 {
		t.Errorf("%d workers started, want 4", n)
	}
}

// TestPoolWarm: Warm starts every worker before any file is read, the
// reads that follow use them rather than start more, and a pool that
// cannot start workers still says why when a file is read.
func TestPoolWarm(t *testing.T) {
	t.Parallel()
	a := write(t, t.TempDir(), "a.txt", letterText("1/24", 2))
	p, ws := newPool(t, 2, limit)
	p.Warm()
	p.Warm() // twice is harmless
	for deadline := time.Now().Add(20 * time.Second); len(ws.started()) < 2 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	if n := len(ws.started()); n != 2 {
		t.Fatalf("%d workers started by Warm, want 2", n)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			readOK(t, p, a, 2)
		}()
	}
	wg.Wait()
	if n := len(ws.started()); n != 2 {
		t.Errorf("%d workers started in all, want the 2 Warm started", n)
	}

	sh, err := exec.LookPath("sh")
	if err != nil {
		return
	}
	bad := ingest.NewPool(2, func() *exec.Cmd { return exec.Command(sh, "-c", "echo usage; cat") }, limit)
	defer bad.Close()
	bad.Warm()
	if _, err := bad.Read(context.Background(), a); !errors.Is(err, ingest.ErrWorker) || !strings.Contains(err.Error(), "usage") {
		t.Errorf("read after a failed warm-up: %v, want ErrWorker saying what the command answered", err)
	}
}
