package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/foicheck/foicheck/corpus"
	"github.com/foicheck/foicheck/index"
	"github.com/foicheck/foicheck/ingest"
)

// run walks roots and ingests them into ix, failing the test on an error,
// and checks what every run must satisfy: each file found is counted once
// and progress reaches the end.
func run(t *testing.T, ix *index.Index, opt ingest.Options, roots ...string) ingest.Summary {
	t.Helper()
	found := ingest.Walk(roots, nil)
	sum, err := runFound(t, context.Background(), ix, found, opt)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return sum
}

func runFound(t *testing.T, ctx context.Context, ix *index.Index, found ingest.Found, opt ingest.Options) (ingest.Summary, error) {
	t.Helper()
	var last ingest.Progress
	calls := 0
	user := opt.Progress
	opt.Progress = func(p ingest.Progress) {
		calls++
		if p.Done < last.Done || p.Failed < last.Failed {
			t.Errorf("progress went back from %+v to %+v", last, p)
		}
		last = p
		if user != nil {
			user(p)
		}
	}
	sum, err := ingest.Run(ctx, ix, found, opt)
	if sum.Interrupted {
		return sum, err
	}
	walkFailed := len(found.Failed)
	if got := sum.Ingested + sum.Unchanged + sum.Duplicates + len(sum.Failed) - walkFailed; err == nil && got != len(found.Files) {
		t.Errorf("%d files found but %d accounted for: %+v", len(found.Files), got, sum)
	}
	if sum.Other != found.Other {
		t.Errorf("Other = %d, Walk found %d", sum.Other, found.Other)
	}
	if err == nil && len(found.Files) > 0 && (last.Done != len(found.Files) || last.Total != len(found.Files) || last.Failed != len(sum.Failed)-walkFailed) {
		t.Errorf("last progress %+v after %d calls, want Done = Total = %d, Failed = %d", last, calls, len(found.Files), len(sum.Failed)-walkFailed)
	}
	return sum, err
}

// summary is the part of a Summary the tests compare whole.
type summary struct {
	Ingested, Unchanged, Duplicates, Other, Replaced, Removed, Questions, Failed, Responses int
}

func short(s ingest.Summary) summary {
	return summary{s.Ingested, s.Unchanged, s.Duplicates, s.Other, s.Replaced, s.Removed, s.Questions, len(s.Failed), s.Responses}
}

func checkSummary(t *testing.T, what string, got ingest.Summary, want summary) {
	t.Helper()
	if short(got) != want {
		t.Errorf("%s:\n got %+v\nwant %+v\nfailures: %v", what, short(got), want, got.Failed)
	}
}

func checkCounts(t *testing.T, ix *index.Index, want index.Counts) {
	t.Helper()
	if got := counts(t, ix); got != want {
		t.Errorf("index holds %+v, want %+v", got, want)
	}
}

func has(t *testing.T, ix *index.Index, sha string) bool {
	t.Helper()
	ok, err := ix.Has(context.Background(), sha)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

func paths(t *testing.T, ix *index.Index) map[string]string {
	t.Helper()
	ps, err := ix.Paths(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

func TestRunAgainChangesNothing(t *testing.T) {
	for _, workers := range []int{1, 4} {
		t.Run(fmt.Sprint(workers, " workers"), func(t *testing.T) {
			dir := t.TempDir()
			for i := 0; i < 5; i++ {
				write(t, dir, fmt.Sprintf("l/%d/a.txt", i), letterText(fmt.Sprintf("%d/24", i), 2+i))
			}
			write(t, dir, "l/notes.xlsx", "x")
			ix := newIndex(t)
			opt := ingest.Options{Workers: workers, Now: func() time.Time { return time.Date(2025, 6, 7, 8, 9, 10, 0, time.UTC) }}
			sum := run(t, ix, opt, filepath.Join(dir, "l"))
			checkSummary(t, "first run", sum, summary{Ingested: 5, Other: 1, Questions: 2 + 3 + 4 + 5 + 6, Responses: 5})
			want := index.Counts{Responses: 5, Questions: 20, Paths: 5}
			checkCounts(t, ix, want)

			p := filepath.Join(dir, "l/3/a.txt")
			e, err := ix.Response(context.Background(), sha(t, p))
			if err != nil {
				t.Fatal(err)
			}
			if e.Response.Source != p || e.Response.Reference != "FOI 3/24" || len(e.Response.Questions) != 5 ||
				e.Meta.Format != corpus.FormatText || !e.Meta.Ingested.Equal(opt.Now()) || !reflect.DeepEqual(e.Paths, []string{p}) {
				t.Errorf("indexed response: %+v", e)
			}

			sum = run(t, ix, opt, filepath.Join(dir, "l"))
			checkSummary(t, "second run", sum, summary{Unchanged: 5, Other: 1, Responses: 5})
			checkCounts(t, ix, want)
		})
	}
}

func TestRunDuplicates(t *testing.T) {
	dir := t.TempDir()
	text := letterText("7/24", 3)
	a := write(t, dir, "l/a.txt", text)
	b := write(t, dir, "l/copies/b.txt", text)
	c := write(t, dir, "l/c.txt", letterText("8/24", 2))
	ix := newIndex(t)
	sum := run(t, ix, ingest.Options{}, filepath.Join(dir, "l"))
	checkSummary(t, "first run", sum, summary{Ingested: 2, Duplicates: 1, Questions: 5, Responses: 2})
	checkCounts(t, ix, index.Counts{Responses: 2, Questions: 5, Paths: 3})
	s := sha(t, a)
	if want := map[string]string{a: s, b: s, c: sha(t, c)}; !reflect.DeepEqual(paths(t, ix), want) {
		t.Errorf("paths %v, want %v", paths(t, ix), want)
	}
	e, err := ix.Response(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{a, b}; !reflect.DeepEqual(e.Paths, want) {
		t.Errorf("response found under %q, want %q", e.Paths, want)
	}

	// A third copy later is recorded beside the indexed content, unread.
	d := write(t, dir, "l/d.txt", text)
	sum = run(t, ix, ingest.Options{Reader: failReader{t}}, filepath.Join(dir, "l"))
	checkSummary(t, "run with a new copy", sum, summary{Unchanged: 3, Duplicates: 1, Responses: 2})
	checkCounts(t, ix, index.Counts{Responses: 2, Questions: 5, Paths: 4})
	if got := paths(t, ix)[d]; got != s {
		t.Errorf("the new copy holds %q, want %q", got, s)
	}
}

// failReader fails the test when anything is read.
type failReader struct{ t *testing.T }

func (r failReader) Read(_ context.Context, path string) (ingest.Letter, error) {
	r.t.Errorf("%s read, but its content is already indexed", path)
	return ingest.Letter{}, errors.New("unexpected read")
}

func TestRunChangedFile(t *testing.T) {
	tests := []struct {
		name string
		// keepOld holds the old content at another path too.
		keepOld bool
		want    summary
		counts  index.Counts
	}{
		{"old version removed", false, summary{Ingested: 1, Replaced: 1, Removed: 1, Questions: 4, Responses: 1}, index.Counts{Responses: 1, Questions: 4, Paths: 1}},
		{"old version kept for its other path", true, summary{Ingested: 1, Unchanged: 1, Replaced: 1, Questions: 4, Responses: 2}, index.Counts{Responses: 2, Questions: 7, Paths: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			a := write(t, dir, "l/a.txt", letterText("1/24", 3))
			if tt.keepOld {
				write(t, dir, "l/b.txt", letterText("1/24", 3))
			}
			ix := newIndex(t)
			run(t, ix, ingest.Options{}, filepath.Join(dir, "l"))
			old := sha(t, a)

			write(t, dir, "l/a.txt", letterText("1/24 (revised)", 4))
			sum := run(t, ix, ingest.Options{}, filepath.Join(dir, "l"))
			checkSummary(t, "run after the change", sum, tt.want)
			checkCounts(t, ix, tt.counts)
			if has(t, ix, old) != tt.keepOld {
				t.Errorf("old version indexed: %v, want %v", !tt.keepOld, tt.keepOld)
			}
			if !has(t, ix, sha(t, a)) {
				t.Errorf("new version not indexed")
			}
			if got := paths(t, ix)[a]; got != sha(t, a) {
				t.Errorf("%s holds %s, want the new version", a, got)
			}
			// And nothing more to do.
			sum = run(t, ix, ingest.Options{}, filepath.Join(dir, "l"))
			checkSummary(t, "third run", sum, summary{Unchanged: tt.counts.Paths, Responses: tt.counts.Responses})
		})
	}
}

func TestRunMovedFile(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "l/a.txt", letterText("1/24", 3))
	ix := newIndex(t)
	run(t, ix, ingest.Options{}, filepath.Join(dir, "l"))
	old := sha(t, a)

	// a.txt moved to b.txt, and a new letter saved as a.txt.
	b := write(t, dir, "l/b.txt", letterText("1/24", 3))
	write(t, dir, "l/a.txt", letterText("2/24", 2))
	sum := run(t, ix, ingest.Options{}, filepath.Join(dir, "l"))
	checkSummary(t, "run after the move", sum, summary{Ingested: 1, Duplicates: 1, Replaced: 1, Questions: 2, Responses: 2})
	checkCounts(t, ix, index.Counts{Responses: 2, Questions: 5, Paths: 2})
	if !has(t, ix, old) {
		t.Errorf("the moved letter was removed")
	}
	if want := map[string]string{a: sha(t, a), b: old}; !reflect.DeepEqual(paths(t, ix), want) {
		t.Errorf("paths %v, want %v", paths(t, ix), want)
	}

	// Two letters swap names: both contents are indexed, nothing is read.
	write(t, dir, "l/a.txt", letterText("1/24", 3))
	write(t, dir, "l/b.txt", letterText("2/24", 2))
	sum = run(t, ix, ingest.Options{Reader: failReader{t}}, filepath.Join(dir, "l"))
	checkSummary(t, "run after the swap", sum, summary{Duplicates: 2, Responses: 2})
	checkCounts(t, ix, index.Counts{Responses: 2, Questions: 5, Paths: 2})
	if want := map[string]string{a: old, b: sha(t, b)}; !reflect.DeepEqual(paths(t, ix), want) {
		t.Errorf("paths %v, want %v", paths(t, ix), want)
	}
}

func TestRunBadFiles(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "l/good.txt", letterText("1/24", 2))
	empty := write(t, dir, "l/empty.txt", "")
	blank := write(t, dir, "l/blank.md", "  \n\n")
	fake := write(t, dir, "l/fake.pdf", "This is not a PDF, only text saved under a PDF name.\n")
	fakeCopy := write(t, dir, "l/sub/fake copy.pdf", "This is not a PDF, only text saved under a PDF name.\n")
	odd := write(t, dir, "odd.xyz", "x")
	found := ingest.Walk([]string{filepath.Join(dir, "l")}, nil)
	// Walk never lists an unsupported file; a caller could.
	found.Files = append(found.Files, ingest.File{Path: odd, Abs: odd})
	// Nor one that is gone by the time it is hashed.
	gone := filepath.Join(dir, "gone.txt")
	found.Files = append(found.Files, ingest.File{Path: gone, Abs: gone})

	ix := newIndex(t)
	sum, err := runFound(t, context.Background(), ix, found, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkSummary(t, "run", sum, summary{Ingested: 1, Questions: 2, Failed: 6, Responses: 1})
	checkCounts(t, ix, index.Counts{Responses: 1, Questions: 2, Paths: 1})
	if !has(t, ix, sha(t, good)) {
		t.Errorf("the good letter was not committed")
	}
	want := []struct {
		path string
		err  error
	}{
		{blank, corpus.ErrEmpty},
		{empty, corpus.ErrEmpty},
		{fake, corpus.ErrDamaged},
		{fakeCopy, corpus.ErrDamaged},
		{gone, fs.ErrNotExist},
		{odd, corpus.ErrUnsupported},
	}
	sort.Slice(want, func(i, j int) bool { return want[i].path < want[j].path })
	for i, w := range want {
		if i >= len(sum.Failed) {
			break
		}
		f := sum.Failed[i]
		if f.Path != w.path || !errors.Is(f.Err, w.err) || !strings.Contains(f.Err.Error(), w.path) {
			t.Errorf("failure %d: %s: %v; want %s, naming it and wrapping %v", i, f.Path, f.Err, w.path, w.err)
		}
	}
	// The copy's failure says which file it copies.
	for _, f := range sum.Failed {
		if f.Path == fakeCopy && !strings.Contains(f.Err.Error(), fake) && !strings.Contains(f.Err.Error(), fakeCopy) {
			t.Errorf("%s: %v", f.Path, f.Err)
		}
	}

	// The failures are tried again, and still fail; the good one is kept.
	sum, err = runFound(t, context.Background(), ix, found, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkSummary(t, "second run", sum, summary{Unchanged: 1, Failed: 6, Responses: 1})
}

func TestRunSmallBatches(t *testing.T) {
	dir := t.TempDir()
	const n = 40
	text := map[int]string{}
	for i := 0; i < n; i++ {
		text[i] = letterText(fmt.Sprintf("%d/24", i), 2+i%3)
		write(t, dir, fmt.Sprintf("l/%02d.txt", i), text[i])
	}
	// Copies of already-read letters in the same run, and a second pass
	// over copies, exercise the path batches too.
	for i := 0; i < 10; i++ {
		write(t, dir, fmt.Sprintf("l/copies/%02d.txt", i), text[i])
	}
	questions := 0
	for i := 0; i < n; i++ {
		questions += 2 + i%3
	}
	ix := newIndex(t)
	opt := ingest.Options{Workers: 4, BatchQuestions: 3}
	sum := run(t, ix, opt, filepath.Join(dir, "l"))
	checkSummary(t, "first run", sum, summary{Ingested: n, Duplicates: 10, Questions: questions, Responses: n})
	checkCounts(t, ix, index.Counts{Responses: n, Questions: questions, Paths: n + 10})

	for i := 0; i < 10; i++ {
		write(t, dir, fmt.Sprintf("l/more/%02d.txt", i), text[i])
	}
	sum = run(t, ix, opt, filepath.Join(dir, "l"))
	checkSummary(t, "second run", sum, summary{Unchanged: n + 10, Duplicates: 10, Responses: n})
	checkCounts(t, ix, index.Counts{Responses: n, Questions: questions, Paths: n + 20})
}

// cancelAfter reads with ReadFile and cancels the run once k files have
// been read, as Ctrl-C would midway.
type cancelAfter struct {
	k      int32
	n      atomic.Int32
	cancel context.CancelFunc
}

func (r *cancelAfter) Read(ctx context.Context, path string) (ingest.Letter, error) {
	l, err := ingest.ReadFile{}.Read(ctx, path)
	if r.n.Add(1) == r.k {
		r.cancel()
	}
	return l, err
}

func TestRunInterrupted(t *testing.T) {
	for _, workers := range []int{1, 3} {
		t.Run(fmt.Sprint(workers, " workers"), func(t *testing.T) {
			dir := t.TempDir()
			const n, k = 20, 5
			for i := 0; i < n; i++ {
				write(t, dir, fmt.Sprintf("l/%02d.txt", i), letterText(fmt.Sprintf("%d/24", i), 2))
			}
			// A copy rides along with its original, whenever that is read.
			write(t, dir, "l/zz-copy.txt", letterText("0/24", 2))
			ix := newIndex(t)
			found := ingest.Walk([]string{filepath.Join(dir, "l")}, nil)

			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			reader := &cancelAfter{k: k, cancel: cancel}
			sum, err := runFound(t, ctx, ix, found, ingest.Options{Workers: workers, BatchQuestions: 4, Reader: reader})
			if !errors.Is(err, context.Canceled) || !sum.Interrupted {
				t.Fatalf("interrupted run: Interrupted %v, error %v; want true and context.Canceled", sum.Interrupted, err)
			}
			read := int(reader.n.Load())
			// No file is started once the run is cancelled; those already
			// being read are finished.
			if read < k || read > k+workers-1 {
				t.Errorf("%d files read after cancelling at %d, with %d workers", read, k, workers)
			}
			// What was read is committed, and counted.
			if sum.Ingested != read || len(sum.Failed) != 0 || sum.Responses != read {
				t.Errorf("interrupted run after reading %d: %+v", read, short(sum))
			}
			checkCounts(t, ix, index.Counts{Responses: read, Questions: 2 * read, Paths: read + sum.Duplicates})

			sum2 := run(t, ix, ingest.Options{Workers: workers, BatchQuestions: 4}, filepath.Join(dir, "l"))
			if sum2.Interrupted || sum2.Ingested != n-read || sum2.Unchanged != read+sum.Duplicates ||
				sum2.Duplicates != 1-sum.Duplicates || sum2.Responses != n || len(sum2.Failed) != 0 {
				t.Errorf("second run after %d read: %+v", read, short(sum2))
			}
			checkCounts(t, ix, index.Counts{Responses: n, Questions: 2 * n, Paths: n + 1})
		})
	}
}

func TestRunCancelledBeforeStart(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "l/a.txt", letterText("1/24", 2))
	ix := newIndex(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	sum, err := ingest.Run(ctx, ix, ingest.Walk([]string{filepath.Join(dir, "l")}, nil), ingest.Options{Reader: failReader{t}})
	if !errors.Is(err, context.Canceled) || !sum.Interrupted || sum.Ingested != 0 {
		t.Errorf("run cancelled before it started: %+v, %v", sum, err)
	}
	checkCounts(t, ix, index.Counts{})
}

// TestRunCancelledWhileHashing cancels while the files are being hashed:
// a named pipe stands for a slow file, holding the hashing until the test
// has cancelled.
func TestRunCancelledWhileHashing(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "slow.txt")
	if err := mkfifo(pipe); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	found := ingest.Found{Files: []ingest.File{{Path: pipe, Abs: pipe}}}
	for i := 0; i < 20; i++ {
		p := write(t, dir, fmt.Sprintf("l/%02d.txt", i), letterText(fmt.Sprintf("%d/24", i), 2))
		found.Files = append(found.Files, ingest.File{Path: p, Abs: p})
	}
	ix := newIndex(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		// Opening for writing waits for the hasher to open for reading.
		f, err := os.OpenFile(pipe, os.O_WRONLY, 0)
		if err != nil {
			t.Error(err)
			return
		}
		cancel()
		f.WriteString(letterText("99/24", 2))
		f.Close()
	}()
	sum, err := ingest.Run(ctx, ix, found, ingest.Options{Workers: 1, Reader: failReader{t}})
	wg.Wait()
	if !errors.Is(err, context.Canceled) || !sum.Interrupted || sum.Ingested != 0 || len(sum.Failed) != 0 {
		t.Errorf("run cancelled while hashing: %+v, %v", sum, err)
	}
	checkCounts(t, ix, index.Counts{})

	sum, err = runFound(t, context.Background(), ix, ingest.Found{Files: found.Files[1:]}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkSummary(t, "second run", sum, summary{Ingested: 20, Questions: 40, Responses: 20})
}

// errReader fails every file with err.
type errReader struct{ err error }

func (r errReader) Read(_ context.Context, path string) (ingest.Letter, error) {
	return ingest.Letter{}, fmt.Errorf("%s: %w", path, r.err)
}

func TestRunReaderCannotStart(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 10; i++ {
		write(t, dir, fmt.Sprintf("l/%02d.txt", i), letterText(fmt.Sprintf("%d/24", i), 2))
	}
	ix := newIndex(t)
	sum, err := ingest.Run(context.Background(), ix, ingest.Walk([]string{filepath.Join(dir, "l")}, nil),
		ingest.Options{Workers: 2, Reader: errReader{ingest.ErrWorker}})
	if !errors.Is(err, ingest.ErrWorker) || sum.Interrupted {
		t.Errorf("run without workers: %+v, %v; want ErrWorker", sum, err)
	}
	if len(sum.Failed) != 0 {
		t.Errorf("files blamed for the missing worker: %v", sum.Failed)
	}
}

// closeAfter reads with ReadFile and closes the index once k files have
// been read, so that the next commit fails as on a full disk.
type closeAfter struct {
	k    int32
	n    atomic.Int32
	ix   *index.Index
	once sync.Once
}

func (r *closeAfter) Read(ctx context.Context, path string) (ingest.Letter, error) {
	if r.n.Add(1) > r.k {
		r.once.Do(func() { r.ix.Close() })
	}
	return ingest.ReadFile{}.Read(ctx, path)
}

func TestRunIndexWriteError(t *testing.T) {
	dir := t.TempDir()
	const n, k, workers = 40, 4, 3
	for i := 0; i < n; i++ {
		write(t, dir, fmt.Sprintf("l/%02d.txt", i), letterText(fmt.Sprintf("%d/24", i), 2))
	}
	ix, err := index.Open(filepath.Join(t.TempDir(), "index"), index.ReadWrite)
	if err != nil {
		t.Fatal(err)
	}
	found := ingest.Walk([]string{filepath.Join(dir, "l")}, nil)
	before := runtime.NumGoroutine()
	reader := &closeAfter{k: k, ix: ix}
	sum, err := ingest.Run(context.Background(), ix, found, ingest.Options{Workers: workers, BatchQuestions: 1, Reader: reader})
	reader.once.Do(func() { ix.Close() })
	if err == nil || sum.Interrupted {
		t.Fatalf("run into a closed index: %+v, %v; want an error", short(sum), err)
	}
	// The run stops reading once it cannot write: the files in the
	// workers' hands and the results waiting for the committer, no more.
	if read := int(reader.n.Load()); read > k+1+2*workers {
		t.Errorf("%d of %d files read although the index failed after %d", read, n, k+1)
	}
	// And leaves nothing behind.
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if now := runtime.NumGoroutine(); now > before {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines before the run, %d after:\n%s", before, now, buf[:runtime.Stack(buf, true)])
	}
}

// expiring is a context whose deadline passes when the test says so, so
// that a run can be sent past its deadline at a chosen point.
type expiring struct {
	context.Context
	once sync.Once
	done chan struct{}
}

func newExpiring() *expiring {
	return &expiring{Context: context.Background(), done: make(chan struct{})}
}

func (c *expiring) expire()               { c.once.Do(func() { close(c.done) }) }
func (c *expiring) Done() <-chan struct{} { return c.done }

func (c *expiring) Err() error {
	select {
	case <-c.done:
		return context.DeadlineExceeded
	default:
		return nil
	}
}

// waitReader reads nothing: it sends the run past its deadline and waits
// for the run to end, then says why, as a Reader that honours its
// context does.
type waitReader struct{ ctx *expiring }

func (r waitReader) Read(ctx context.Context, path string) (ingest.Letter, error) {
	r.ctx.expire()
	<-ctx.Done()
	return ingest.Letter{}, fmt.Errorf("%s: %w", path, ctx.Err())
}

func TestRunDeadline(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 5; i++ {
		write(t, dir, fmt.Sprintf("l/%02d.txt", i), letterText(fmt.Sprintf("%d/24", i), 2))
	}
	ix := newIndex(t)
	ctx := newExpiring()
	sum, err := ingest.Run(ctx, ix, ingest.Walk([]string{filepath.Join(dir, "l")}, nil), ingest.Options{Workers: 2, Reader: waitReader{ctx}})
	if !errors.Is(err, context.DeadlineExceeded) || !sum.Interrupted {
		t.Errorf("run past its deadline: Interrupted %v, error %v", sum.Interrupted, err)
	}
	// Files cut short by the deadline are not the files' fault.
	if len(sum.Failed) != 0 {
		t.Errorf("failures: %v", sum.Failed)
	}
}

// TestRunFinishesAnEarlierReplace: a run killed between committing a
// file's new version and removing its old one leaves a response no path
// holds; the next run removes it, whatever it is given.
func TestRunFinishesAnEarlierReplace(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "l/a.txt", letterText("1/24", 3))
	ix := newIndex(t)
	run(t, ix, ingest.Options{}, filepath.Join(dir, "l"))
	old := sha(t, a)

	// The state such a run leaves: the path moved on, the old version
	// still there.
	write(t, dir, "l/a.txt", letterText("1/24 (revised)", 2))
	l, err := ingest.ReadFile{}.Read(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	l.Response.SHA256 = sha(t, a)
	b, err := ix.NewBatch()
	if err != nil {
		t.Fatal(err)
	}
	if err := b.PutResponse(l.Response, l.Meta); err != nil {
		t.Fatal(err)
	}
	if err := b.PutPath(a, l.Response.SHA256); err != nil {
		t.Fatal(err)
	}
	if err := ix.Commit(b); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, ix, index.Counts{Responses: 2, Questions: 5, Paths: 1})

	sum, err := runFound(t, context.Background(), ix, ingest.Found{}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkSummary(t, "run with nothing to read", sum, summary{Removed: 1, Responses: 1})
	checkCounts(t, ix, index.Counts{Responses: 1, Questions: 2, Paths: 1})
	if has(t, ix, old) {
		t.Errorf("the orphaned old version is still indexed")
	}
}
