package ingest_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/foicheck/foicheck/corpus"
	"github.com/foicheck/foicheck/index"
	"github.com/foicheck/foicheck/ingest"
)

// workerEnv makes the test binary a worker: Pool tests start this binary
// again with it set, so that real processes can hang and crash.
const workerEnv = "FOICHECK_TEST_WORKER"

func TestMain(m *testing.M) {
	if os.Getenv(workerEnv) == "1" {
		// A small stack makes the runaway recursion below die quickly,
		// as foicheck's own workers do with theirs.
		debug.SetMaxStack(1 << 20)
		if err := ingest.Serve(context.Background(), os.Stdin, os.Stdout, testReader{}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// testReader reads files as ingest.ReadFile does, except for files whose
// names ask it to misbehave: "slow" takes five seconds, "hang" never returns
// (both create their name + ".started" when they start), "crash-exit" ends the
// process, "crash" overflows the stack (a fatal error no recover catches).
type testReader struct{}

func (testReader) Read(ctx context.Context, path string) (ingest.Letter, error) {
	name := filepath.Base(path)
	if strings.Contains(name, "slow") || strings.Contains(name, "hang") {
		// Tell the test the file is being read.
		os.WriteFile(path+".started", nil, 0o644)
	}
	switch {
	case strings.Contains(name, "slow"):
		time.Sleep(5 * time.Second)
	case strings.Contains(name, "hang"):
		time.Sleep(time.Hour)
	case strings.Contains(name, "crash-exit"):
		os.Exit(3)
	case strings.Contains(name, "crash"):
		recurse(0)
	}
	return ingest.ReadFile{}.Read(ctx, path)
}

//go:noinline
func recurse(n int) int {
	var pad [256]byte
	pad[n%256] = byte(n)
	return recurse(n+1) + int(pad[(n+1)%256])
}

// workers starts the test binary as a worker and remembers every command
// it started, so that tests can check that none is left running.
type workers struct {
	mu   sync.Mutex
	cmds []*exec.Cmd
}

func (ws *workers) start() *exec.Cmd {
	cmd := exec.Command(os.Args[0])
	cmd.Env = workerEnviron()
	ws.mu.Lock()
	ws.cmds = append(ws.cmds, cmd)
	ws.mu.Unlock()
	return cmd
}

// workerEnviron is the environment of a test worker. Under the race
// detector a process sleeps a second before it exits; workers exit often
// here, and the tests wait for them.
func workerEnviron() []string {
	return append(os.Environ(), workerEnv+"=1", "GORACE="+strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0"))
}

// started returns the commands started so far.
func (ws *workers) started() []*exec.Cmd {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	return append([]*exec.Cmd(nil), ws.cmds...)
}

// waitStarted waits until the slow or hanging file path is being read.
func waitStarted(t *testing.T, path string) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if _, err := os.Stat(path + ".started"); err == nil {
			return
		}
	}
	t.Fatalf("%s never started", path)
}

// newPool returns a pool of the test binary's workers, closed when the test
// ends.
func newPool(t *testing.T, size int, limit time.Duration) (*ingest.Pool, *workers) {
	t.Helper()
	ws := &workers{}
	p := ingest.NewPool(size, ws.start, limit)
	t.Cleanup(func() { p.Close() })
	return p, ws
}

// letterText is a text letter with reference ref and n numbered questions,
// each answered. Letters with different references differ in content. The
// parser wants at least two numbered questions to call them a list, so n
// should be 2 or more.
func letterText(ref string, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Our reference: FOI %s\nDate: 3 May 2024\n\nDear Applicant\n\n", ref)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d. How many parking permits of type %d did the council grant in 2023?\nResponse: %d\n\n", i, i, 10*i)
	}
	b.WriteString("Yours faithfully\nInformation Governance\n")
	return b.String()
}

// write creates the file at dir/rel (and its folders) holding content.
func write(t *testing.T, dir, rel, content string) string {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// newIndex opens a fresh index for writing in a temporary directory.
func newIndex(t *testing.T) *index.Index {
	t.Helper()
	ix, err := index.Open(filepath.Join(t.TempDir(), "index"), index.ReadWrite)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// TestFixturesParse guards the other tests: their letters must parse to
// the questions they were written with.
func TestFixturesParse(t *testing.T) {
	for _, n := range []int{2, 3, 5} {
		p := write(t, t.TempDir(), "a.txt", letterText("12/24", n))
		doc, err := corpus.Load(p)
		if err != nil {
			t.Fatal(err)
		}
		r, err := corpus.Parse(doc)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Questions) != n || r.Reference != "FOI 12/24" {
			t.Fatalf("letter with %d questions parsed to reference %q and %d questions: %+v", n, r.Reference, len(r.Questions), r)
		}
		for i, q := range r.Questions {
			if want := fmt.Sprint(10 * (i + 1)); q.Answer != want {
				t.Errorf("question %d: answer %q, want %q", i+1, q.Answer, want)
			}
		}
	}
}

// sha returns the content hash ingest records for a file's bytes.
func sha(t *testing.T, path string) string {
	t.Helper()
	doc, err := corpus.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return doc.SHA256
}

func counts(t *testing.T, ix *index.Index) index.Counts {
	t.Helper()
	c, err := ix.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}
