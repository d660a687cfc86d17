package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/foicheck/foicheck/index"
)

// Failure is a file that could not be ingested, and why. Err names the
// file and wraps a corpus sentinel, ErrTimeout or ErrCrashed where one
// applies.
type Failure struct {
	Path string
	Err  error
}

// Summary is what a run did. Every file found is counted once: ingested,
// skipped or failed.
type Summary struct {
	// Ingested counts files read and added to the index by this run.
	Ingested int
	// Unchanged counts files whose path already held this content.
	Unchanged int
	// Duplicates counts files whose content was already indexed under
	// another path (the new path is recorded beside it).
	Duplicates int
	// Other counts files skipped because foicheck does not read them.
	Other int
	// Replaced counts ingested files whose path held other content
	// before; Removed counts earlier versions removed because no path
	// holds them any more.
	Replaced, Removed int
	// Questions counts the questions added by this run.
	Questions int
	// NoAuthority lists, sorted, the files read whose letter names no
	// authority that foicheck could find: a check compares a draft with
	// them only when asked to compare with every authority.
	NoAuthority []string
	Failed      []Failure
	// Responses is how many responses the index holds after the run.
	Responses int
	// Interrupted is true when the run was cancelled: what was read
	// before is committed, and running again finishes the job.
	Interrupted bool
}

// Skipped is every file skipped: unchanged, duplicated or not a letter.
func (s Summary) Skipped() int { return s.Unchanged + s.Duplicates + s.Other }

// Progress is reported after each file is dealt with.
type Progress struct {
	Done, Total, Failed int
}

// Options tune a run. Zero values choose the defaults.
type Options struct {
	// Reader reads one file; ReadFile when nil. Bulk ingest should use a
	// Pool.
	Reader Reader
	// Workers is how many files are read at once, and how many goroutines
	// hash; the number of CPUs when 0.
	Workers int
	// BatchQuestions is how many question documents are committed
	// together; 1000 when 0. One file's documents never span batches.
	BatchQuestions int
	// Now stamps the time of ingest; time.Now when nil.
	Now func() time.Time
	// Progress, when set, is called from one goroutine after each file.
	Progress func(Progress)
}

// Run ingests the files found by Walk into ix, which must be open for
// writing. Files that cannot be read are listed in Summary.Failed and do
// not stop the run. When ctx is cancelled no further file is started; the
// files already read are committed and Run returns the summary with
// Interrupted set and ctx's error. Any other error means the index could
// not be written (what was committed before stays).
func Run(ctx context.Context, ix *index.Index, found Found, opt Options) (Summary, error) {
	if opt.Reader == nil {
		opt.Reader = ReadFile{}
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	if opt.BatchQuestions <= 0 {
		opt.BatchQuestions = 1000
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	r := &run{ix: ix, opt: opt, sum: Summary{Other: found.Other, Failed: append([]Failure(nil), found.Failed...)}}
	r.progress.Total = len(found.Files)
	err := r.do(ctx, found.Files)
	if ctx.Err() != nil {
		r.sum.Interrupted = true
		if err == nil {
			err = ctx.Err()
		}
	}
	// Count with a context that still works after an interrupt: the count
	// is part of the summary the user needs to see.
	if c, cerr := ix.Count(context.WithoutCancel(ctx)); cerr == nil {
		r.sum.Responses = c.Responses
	} else if err == nil {
		err = cerr
	}
	sort.SliceStable(r.sum.Failed, func(i, j int) bool { return r.sum.Failed[i].Path < r.sum.Failed[j].Path })
	sort.Strings(r.sum.NoAuthority)
	return r.sum, err
}

type run struct {
	ix       *index.Index
	opt      Options
	sum      Summary
	progress Progress

	paths   map[string]string // path -> content hash, as committed
	indexed map[string]bool   // content hashes with a response, as committed
}

// job is one content to read: the first path it was found under, and the
// other paths of this run with the same content.
type job struct {
	file    File
	sha     string
	aliases []File
	replace []string // earlier contents of these paths, maybe now orphaned
}

type result struct {
	job    *job
	letter Letter
	err    error
}

func (r *run) do(ctx context.Context, files []File) error {
	var err error
	if r.paths, err = r.ix.Paths(ctx); err != nil {
		return err
	}
	shas, err := r.ix.ResponseSHAs(ctx)
	if err != nil {
		return err
	}
	r.indexed = make(map[string]bool, len(shas))
	for _, s := range shas {
		r.indexed[s] = true
	}
	// An earlier run that was killed between replacing a file and
	// removing its old version leaves a response no path holds: finish
	// that first.
	if err := r.removeOrphans(ctx, shas); err != nil {
		return err
	}

	hashes := r.hashAll(ctx, files)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	jobs, aliases := r.plan(files, hashes)

	// Paths that only point at content already indexed are written first,
	// in their own batches.
	b, err := r.ix.NewBatch()
	if err != nil {
		return err
	}
	var orphans []string
	pending := newPending()
	for _, a := range aliases {
		if err := b.PutPath(a.file.Abs, a.sha); err != nil {
			return err
		}
		pending.paths[a.file.Abs] = a.sha
		orphans = append(orphans, a.replace...)
		if b.Len() >= r.opt.BatchQuestions {
			if err := r.commit(b, pending); err != nil {
				return err
			}
		}
	}
	if err := r.commit(b, pending); err != nil {
		return err
	}

	more, err := r.readAll(ctx, jobs)
	orphans = append(orphans, more...)
	if err != nil {
		return err
	}
	return r.removeOrphans(context.WithoutCancel(ctx), orphans)
}

// hashAll hashes every file, in parallel. A file that cannot be read is
// recorded as failed and gets an empty hash.
//
// The first file whose content is not in the index warms up a Pool's
// workers, so that they start while the rest are hashed rather than after
// (starting one takes as long as hashing a thousand letters); a run with
// nothing new starts none.
func (r *run) hashAll(ctx context.Context, files []File) []string {
	hashes := make([]string, len(files))
	errs := make([]error, len(files))
	warm := func() {}
	if p, ok := r.opt.Reader.(*Pool); ok {
		var once sync.Once
		warm = func() { once.Do(p.Warm) }
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < r.opt.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				hashes[i], errs[i] = hashFile(files[i].Path)
				if errs[i] == nil && !r.indexed[hashes[i]] {
					warm()
				}
			}
		}()
	}
	for i := range files {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			r.fail(Failure{Path: files[i].Path, Err: err})
		}
	}
	return hashes
}

func hashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", statError(path, err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// plan decides, in walk order, what each hashed file needs: nothing (its
// path already holds this content), a new path for content already indexed
// (an alias), or reading (a job), with later files of the same content
// riding along with the first.
func (r *run) plan(files []File, hashes []string) (jobs []*job, aliases []*job) {
	byHash := map[string]*job{}
	for i, f := range files {
		sha := hashes[i]
		if sha == "" {
			continue // failed to hash, already recorded
		}
		old, known := r.paths[f.Abs]
		if known && old == sha && r.indexed[sha] {
			r.sum.Unchanged++
			r.tick(false)
			continue
		}
		var replace []string
		if known && old != sha {
			replace = []string{old}
		}
		if r.indexed[sha] {
			r.sum.Duplicates++
			aliases = append(aliases, &job{file: f, sha: sha, replace: replace})
			r.tick(false)
			continue
		}
		if j := byHash[sha]; j != nil {
			j.aliases = append(j.aliases, f)
			j.replace = append(j.replace, replace...)
			continue
		}
		j := &job{file: f, sha: sha, replace: replace}
		byHash[sha] = j
		jobs = append(jobs, j)
	}
	return jobs, aliases
}

// readAll reads the jobs in parallel and adds them to batches from this
// goroutine, while another commits the full batches one after another. It
// returns the contents that paths stopped holding, as far as what replaced
// them is committed.
func (r *run) readAll(ctx context.Context, jobs []*job) ([]string, error) {
	b, err := r.ix.NewBatch()
	if err != nil {
		return nil, err
	}
	// feed ends with ctx, and also as soon as the run cannot go on (the
	// index cannot be written, no worker can be started): reading the
	// remaining files would only be thrown away, and could take minutes.
	feed, stop := context.WithCancel(ctx)
	defer stop()
	todo := make(chan *job)
	results := make(chan result, r.opt.Workers)
	var wg sync.WaitGroup
	readers := r.opt.Workers
	if _, ok := r.opt.Reader.(*Pool); ok {
		// A worker process reads one file at a time, and stands idle
		// from its reply until it is sent the next file. With a second
		// reader waiting for each worker, the next file is sent as soon
		// as the reply is in, not after it has been handed on and the
		// reader has come back for more.
		readers *= 2
	}
	for w := 0; w < readers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range todo {
				// The feeder's select picks at random when a worker is
				// ready as feed ends, so a job can arrive after the
				// end: leave it for the next run.
				if feed.Err() != nil {
					continue
				}
				l, err := r.opt.Reader.Read(feed, j.file.Path)
				results <- result{job: j, letter: l, err: err}
			}
		}()
	}
	go func() {
		defer close(todo)
		for _, j := range jobs {
			select {
			case todo <- j:
			case <-feed.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	// A commit takes tens of milliseconds, most of them waiting for the
	// disk; were it made here, the workers would stand idle for want of
	// anyone to take their letters. The committer makes the commits in
	// the order they are handed over, so what is durable is always a
	// prefix of what was read, as when they were made here.
	cm := r.startCommitter(stop)
	pending := newPending()
	var orphans []string
	var werr error
	// Every result is received, even after an error, so that no worker is
	// left blocked sending one.
	for res := range results {
		if werr != nil || cm.failed() {
			continue
		}
		j := res.job
		if res.err != nil {
			switch {
			case errors.Is(res.err, ErrWorker):
				werr = res.err
				stop()
			case ctx.Err() != nil && errors.Is(res.err, ctx.Err()):
				// Never read: the next run reads it.
			default:
				r.fail(Failure{Path: j.file.Path, Err: res.err})
				for _, a := range j.aliases {
					r.fail(Failure{Path: a.Path, Err: fmt.Errorf("%s: same content as %s, which failed: %w", a.Path, j.file.Path, res.err)})
				}
			}
			continue
		}
		if werr = r.add(b, pending, j, res.letter); werr != nil {
			stop()
			continue
		}
		orphans = append(orphans, j.replace...)
		if b.Questions() >= r.opt.BatchQuestions {
			cm.commit(b, pending, orphans)
			if b, werr = r.ix.NewBatch(); werr != nil {
				stop()
				continue
			}
			pending, orphans = newPending(), nil
		}
	}
	if werr == nil {
		// What was read before an interrupt is committed too.
		cm.commit(b, pending, orphans)
	}
	committedOrphans, cerr := cm.wait()
	if werr == nil {
		werr = cerr
	}
	return committedOrphans, werr
}

// committer makes readAll's commits in a goroutine of their own. After a
// commit fails it makes no more: a later batch must never be durable when
// an earlier one is not.
type committer struct {
	batches chan commitJob
	done    chan struct{}
	err     atomic.Pointer[error]
	// orphans are those of the batches committed; read after done.
	orphans []string
}

type commitJob struct {
	b       *index.Batch
	p       *pending
	orphans []string
}

// startCommitter starts a committer; stop is called when a commit fails,
// so that no more letters are read for nothing.
func (r *run) startCommitter(stop func()) *committer {
	// One batch can wait while another is written: the reader fills a
	// third meanwhile, and no more are held in memory.
	c := &committer{batches: make(chan commitJob, 1), done: make(chan struct{})}
	go func() {
		defer close(c.done)
		for j := range c.batches {
			if c.failed() {
				continue
			}
			if err := r.commit(j.b, j.p); err != nil {
				c.err.Store(&err)
				stop()
				continue
			}
			c.orphans = append(c.orphans, j.orphans...)
		}
	}()
	return c
}

// commit hands b over to be committed, with the run's view of the index
// it changes and the contents its paths stopped holding. It waits only
// while another batch is already waiting.
func (c *committer) commit(b *index.Batch, p *pending, orphans []string) {
	c.batches <- commitJob{b: b, p: p, orphans: orphans}
}

// failed reports whether a commit has failed.
func (c *committer) failed() bool { return c.err.Load() != nil }

// wait waits for every batch handed over to be committed, and returns the
// orphans of those committed and the error of the commit that failed.
func (c *committer) wait() ([]string, error) {
	close(c.batches)
	<-c.done
	if e := c.err.Load(); e != nil {
		return c.orphans, *e
	}
	return c.orphans, nil
}

// add puts one letter read, with every path of its content, in b, and
// counts it.
func (r *run) add(b *index.Batch, p *pending, j *job, l Letter) error {
	l.Response.SHA256 = j.sha
	l.Response.Source = j.file.Abs
	if l.Meta.Ingested.IsZero() {
		l.Meta.Ingested = r.opt.Now()
	}
	if err := b.PutResponse(l.Response, l.Meta); err != nil {
		return fmt.Errorf("%s: %w", j.file.Path, err)
	}
	for _, f := range append([]File{j.file}, j.aliases...) {
		if err := b.PutPath(f.Abs, j.sha); err != nil {
			return fmt.Errorf("%s: %w", f.Path, err)
		}
		p.paths[f.Abs] = j.sha
	}
	p.shas = append(p.shas, j.sha)
	r.sum.Ingested++
	r.sum.Duplicates += len(j.aliases)
	r.sum.Questions += len(l.Response.Questions)
	if l.Response.Authority == "" {
		r.sum.NoAuthority = append(r.sum.NoAuthority, j.file.Path)
	}
	if len(j.replace) > 0 {
		r.sum.Replaced++
	}
	for range 1 + len(j.aliases) {
		r.tick(false)
	}
	return nil
}

// pending is what a batch will change in the run's view of the index.
type pending struct {
	paths map[string]string // path -> content hash
	shas  []string          // contents added
}

func newPending() *pending { return &pending{paths: map[string]string{}} }

// commit writes b and, once it is durable, applies p to the run's view of
// the index.
func (r *run) commit(b *index.Batch, p *pending) error {
	if err := r.ix.Commit(b); err != nil {
		return err
	}
	for k, v := range p.paths {
		r.paths[k] = v
	}
	for _, s := range p.shas {
		r.indexed[s] = true
	}
	*p = *newPending()
	return nil
}

// removeOrphans deletes, among candidates, the responses that no path
// holds any more.
func (r *run) removeOrphans(ctx context.Context, candidates []string) error {
	held := make(map[string]bool, len(r.paths))
	for _, sha := range r.paths {
		held[sha] = true
	}
	b, err := r.ix.NewBatch()
	if err != nil {
		return err
	}
	done := map[string]bool{}
	for _, sha := range candidates {
		if held[sha] || done[sha] || !r.indexed[sha] {
			continue
		}
		done[sha] = true
		qids, err := r.ix.QuestionIDs(ctx, sha)
		if err != nil {
			return err
		}
		b.DeleteResponse(sha, qids)
		r.sum.Removed++
	}
	if err := r.ix.Commit(b); err != nil {
		return err
	}
	for sha := range done {
		delete(r.indexed, sha)
	}
	return nil
}

func (r *run) fail(f Failure) {
	r.sum.Failed = append(r.sum.Failed, f)
	r.tick(true)
}

func (r *run) tick(failed bool) {
	r.progress.Done++
	if failed {
		r.progress.Failed++
	}
	if r.opt.Progress != nil {
		r.progress.Done = min(r.progress.Done, r.progress.Total)
		r.opt.Progress(r.progress)
	}
}
