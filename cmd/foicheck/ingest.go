package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/foicheck/foicheck/compare/report"
	"github.com/foicheck/foicheck/index"
	"github.com/foicheck/foicheck/ingest"
)

// ingestOptions is everything `foicheck ingest` needs.
type ingestOptions struct {
	Out    io.Writer
	ErrOut io.Writer
	Text   report.Config
	// Progress shows a progress bar on ErrOut (only when it is a terminal).
	Progress bool
	Now      func() time.Time
	// Worker starts a worker process; nil reads files in this process.
	Worker func() *exec.Cmd

	Index   indexLocation
	Paths   []string
	Format  report.Format
	Output  string
	Jobs    int
	Timeout time.Duration
	// Batch is how many questions are committed together (0: the
	// default of package ingest).
	Batch int
}

// defaultFileTimeout is how long one file may take. Ordinary letters take
// milliseconds; a minute leaves room for a huge or slow-disk file while
// still ending a run that a looping file would stall.
const defaultFileTimeout = time.Minute

func newIngestCmd(f *factory, runF func(context.Context, *ingestOptions) error) *cobra.Command {
	opts := &ingestOptions{Out: f.Out, ErrOut: f.ErrOut, Now: f.Now}
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Add response letters (files or folders) to the index",
		Long: `Ingest reads response letters (PDF, HTML, DOCX, text and Markdown) from files
and folders, recursively, and adds their questions, answers and stances to
the index, creating it if needed.

Running it again is cheap: a file whose content is already indexed is
skipped, a file whose content changed replaces its earlier version, and
the same content under two names is indexed once. Files that cannot be
read (damaged, password-protected, scans without text) are listed at the
end with what to do; the rest is still indexed. Interrupted, it keeps what
it has read; run it again to finish.`,
		Example: `  foicheck ingest letters/
  foicheck ingest --index /srv/foi/index 2019/ 2020/ 2021/
  foicheck ingest --format json letters/ > summary.json`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError(cmd, errors.New("ingest needs at least one PATH (a file or folder of letters)"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			opts.Index = f.indexLocation()
			if opts.Jobs < 0 {
				return usageError(cmd, fmt.Errorf("--jobs %d: give a positive number, or 0 for one per CPU", opts.Jobs))
			}
			if opts.Timeout <= 0 {
				return usageError(cmd, fmt.Errorf("--timeout %v: give a positive duration such as 30s or 2m", opts.Timeout))
			}
			if opts.Output == "" {
				opts.Text = f.textConfig(f.Out)
			}
			if isTerm, _ := f.Terminal(f.ErrOut); isTerm {
				opts.Progress = true
			}
			opts.Worker = f.Worker
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runIngest(cmd.Context(), opts)
		},
	}
	addFormatFlag(cmd, cmd.Flags(), &opts.Format, report.Text, report.Text, report.JSON)
	addOutputFlag(cmd, &opts.Output)
	cmd.Flags().IntVarP(&opts.Jobs, "jobs", "j", 0, "files read at once (default: one per CPU)")
	cmd.Flags().DurationVar(&opts.Timeout, "timeout", defaultFileTimeout, "give up on a file that takes longer than this to read")
	// Tuning for tests and benchmarks: small batches make an interrupted
	// run commit often.
	cmd.Flags().IntVar(&opts.Batch, "batch", 0, "questions committed together (default 1000)")
	_ = cmd.Flags().MarkHidden("batch")
	return cmd
}

func runIngest(ctx context.Context, opts *ingestOptions) error {
	ix, err := openIndex(opts.Index, index.ReadWrite)
	if err != nil {
		return err
	}
	defer ix.Close()

	indexDir, _ := filepath.Abs(opts.Index.Dir)
	if real, err := filepath.EvalSymlinks(indexDir); err == nil {
		indexDir = real
	}
	found := ingest.Walk(opts.Paths, func(dir string) bool { return dir == indexDir })
	defer tuneWriterGC(len(found.Files))()

	jobs := opts.Jobs
	if jobs == 0 {
		jobs = runtime.NumCPU()
	}
	var reader ingest.Reader = ingest.ReadFile{}
	if opts.Worker != nil {
		pool := ingest.NewPool(jobs, opts.Worker, opts.Timeout)
		defer pool.Close()
		reader = pool
	}
	run := ingest.Options{Reader: reader, Workers: jobs, Now: opts.Now, BatchQuestions: opts.Batch}
	var bar *progressbar.ProgressBar
	if opts.Progress && len(found.Files) > 0 {
		bar = newProgressBar(opts.ErrOut, len(found.Files))
		run.Progress = func(p ingest.Progress) { bar.Set(p.Done) }
	}
	sum, err := ingest.Run(ctx, ix, found, run)
	if bar != nil {
		bar.Finish()
		bar.Clear()
	}
	interrupted := sum.Interrupted && errors.Is(err, context.Canceled)
	if err != nil && !interrupted {
		if errors.Is(err, ingest.ErrWorker) {
			return &exitError{code: exitCannotRun, err: err, hint: "check that the foicheck binary is still in place and can be run"}
		}
		return fmt.Errorf("writing the index %s: %w", opts.Index.Dir, err)
	}
	out := ingestSummary(opts.Index.Dir, sum)
	if err := writeResult(opts.Out, opts.Output, func(w io.Writer) error {
		return opts.Text.WriteIngest(w, out, opts.Format)
	}); err != nil {
		return err
	}
	if len(sum.Failed) > 0 || interrupted {
		return &exitError{code: exitFindings}
	}
	return nil
}

// ingestSummary turns a run's summary into the report's, with each failure
// described as main would describe the error, hint included.
func ingestSummary(dir string, s ingest.Summary) report.IngestSummary {
	out := report.IngestSummary{
		Index: dir, Ingested: s.Ingested, Skipped: s.Skipped(), Responses: s.Responses,
		Questions: s.Questions, Unchanged: s.Unchanged, Duplicates: s.Duplicates, NotLetters: s.Other,
		Replaced: s.Replaced, Removed: s.Removed, Interrupted: s.Interrupted,
		Failed: []report.FailedFile{}, NoAuthority: s.NoAuthority,
	}
	for _, f := range s.Failed {
		_, msg, hint := describe(f.Err)
		if hint == "" {
			hint = failureHint(f.Err)
		}
		out.Failed = append(out.Failed, report.FailedFile{Path: f.Path, Error: oneLine(msg), Hint: hint})
	}
	return out
}

// failureHint says what to do about the failures only ingest meets.
func failureHint(err error) string {
	switch {
	case errors.Is(err, ingest.ErrTimeout):
		return "open it in a PDF viewer and print it to a new PDF, then ingest that copy; or give it more time with --timeout"
	case errors.Is(err, ingest.ErrCrashed):
		return "re-save it (print to PDF) and ingest the copy; please report the original file as a bug"
	}
	return ""
}

// newProgressBar draws files done, files a second and time left on w,
// which must be a terminal: the bar redraws with carriage returns.
func newProgressBar(w io.Writer, total int) *progressbar.ProgressBar {
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("files"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}

// writerGCPercent, writerMemoryBase and writerMemoryPerFile tune the
// garbage collector of the process that writes the index while workers
// read the letters: collect when the heap has grown threefold (bleve's
// analysis makes much short-lived garbage, and collecting it at the
// default pace was a sixteenth of an ingest's time), or earlier near a
// soft limit. The limit keeps the writer and its workers under 256 MiB at
// 10,000 letters (sampled 234 MiB, against 223 at the default pace and
// 252 with no limit); it grows with the number of files, as the run's
// view of the index does, so that a much larger corpus is not collected
// ever more often for want of room.
const (
	writerGCPercent     = 200
	writerMemoryBase    = 64 << 20
	writerMemoryPerFile = 512
)

// tuneWriterGC tunes the collector for an ingest of files files, unless
// GOGC or GOMEMLIMIT says otherwise, and returns the function that puts
// the settings back.
func tuneWriterGC(files int) (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	percent := debug.SetGCPercent(writerGCPercent)
	limit := debug.SetMemoryLimit(writerMemoryBase + int64(files)*writerMemoryPerFile)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}
