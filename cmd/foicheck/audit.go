package main

import (
	"context"
	"fmt"
	"io"
	"runtime"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/foicheck/foicheck/compare"
	"github.com/foicheck/foicheck/compare/report"
	"github.com/foicheck/foicheck/corpus"
	"github.com/foicheck/foicheck/index"
)

// The index is the history an audit reads.
var _ compare.AuditHistory = (*index.Index)(nil)

// auditOptions is everything `foicheck audit` needs.
type auditOptions struct {
	Out      io.Writer
	ErrOut   io.Writer
	Text     report.Config
	Progress bool
	Index    indexLocation
	Format   report.Format
	Output   string

	Since, Until     corpus.Date
	FailOn           failOn
	IncludeExplained bool
	Explanations     string
	Jobs             int
	MinScore         float64
}

func newAuditCmd(f *factory, runF func(context.Context, *auditOptions) error) *cobra.Command {
	opts := &auditOptions{Out: f.Out, ErrOut: f.ErrOut, FailOn: failOn{compare.High}}
	var since, until dateFlag
	cmd := &cobra.Command{
		Use:   "audit",
		Short: "Compare every indexed response with the history before it",
		Long: `Audit compares every indexed response (or those dated from --since to
--until) with the authority's responses before it, by the rules of check:
the precedent is the most recent earlier answer to the same question, and
a departure from it is a finding. Findings are grouped by response, newest
first. Explained findings are marked; --fail-on ignores them unless
--include-explained.`,
		Example: `  foicheck audit
  foicheck audit --since 2023-01-01 --format csv --output audit.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Since, opts.Until = since.d, until.d
			if !opts.Since.IsZero() && !opts.Until.IsZero() && opts.Until.Before(opts.Since) {
				return usageError(cmd, fmt.Errorf("--until %s is before --since %s", opts.Until, opts.Since))
			}
			if opts.Jobs < 0 {
				return usageError(cmd, fmt.Errorf("--jobs %d: give a positive number, or 0 for one per CPU", opts.Jobs))
			}
			opts.resolve(f)
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runAudit(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.Var(&since, "since", "audit responses dated on or after `DATE`")
	fl.Var(&until, "until", "audit responses dated on or before `DATE`")
	fl.IntVarP(&opts.Jobs, "jobs", "j", 0, "responses audited at once (default: one per CPU)")
	addMinScoreFlag(fl, &opts.MinScore)
	addGateFlags(cmd, &opts.FailOn, &opts.IncludeExplained)
	addFormatFlag(cmd, fl, &opts.Format, report.Text, report.Text, report.JSON, report.CSV)
	addOutputFlag(cmd, &opts.Output)
	return cmd
}

// resolve fills in what comes from the world rather than the flags: the
// index, the explanations file, the text layout and whether a progress bar
// can be shown.
func (opts *auditOptions) resolve(f *factory) {
	opts.Index = f.indexLocation()
	opts.Explanations = f.explanationsPath()
	if opts.Output == "" {
		opts.Text = f.textConfig(f.Out)
	}
	if isTerm, _ := f.Terminal(f.ErrOut); isTerm {
		opts.Progress = true
	}
}

// openHistory reads the explanations and opens the index read-only, the
// first steps of every command that compares with the history. The
// explanations are read first: a damaged file is the more useful error.
func openHistory(loc indexLocation, explanations string) (*index.Index, []compare.Explanation, error) {
	es, err := loadExplanations(explanations)
	if err != nil {
		return nil, nil, err
	}
	ix, err := openIndex(loc, index.ReadOnly)
	if err != nil {
		return nil, nil, err
	}
	return ix, es, nil
}

func runAudit(ctx context.Context, opts *auditOptions) error {
	ix, es, err := openHistory(opts.Index, opts.Explanations)
	if err != nil {
		return err
	}
	defer ix.Close()
	a, err := auditPeriod(ctx, ix, opts.Since, opts.Until, compare.AuditOptions{
		MinScore: opts.MinScore, Workers: opts.Jobs, Explanations: es,
	}, opts.Progress, opts.ErrOut)
	if err != nil {
		return fmt.Errorf("auditing %s: %w", opts.Index.Dir, err)
	}
	if err := writeResult(opts.Out, opts.Output, func(w io.Writer) error {
		return opts.Text.WriteAudit(w, report.AuditResult{Audit: a}, opts.Format)
	}); err != nil {
		return err
	}
	if opts.FailOn.trips(findingsOf(a.Findings), opts.IncludeExplained) {
		return &exitError{code: exitFindings}
	}
	return nil
}

// auditPeriod audits the responses dated from since to until, with a
// progress bar on errOut when progress is set.
func auditPeriod(ctx context.Context, ix *index.Index, since, until corpus.Date, opt compare.AuditOptions, progress bool, errOut io.Writer) (compare.Audit, error) {
	sums, err := ix.Between(ctx, since, until)
	if err != nil {
		return compare.Audit{}, err
	}
	shas := make([]string, len(sums))
	for i, s := range sums {
		shas[i] = s.SHA256
	}
	if opt.Workers == 0 {
		opt.Workers = runtime.NumCPU()
	}
	var bar *progressbar.ProgressBar
	if progress && len(shas) > 0 {
		bar = progressbar.NewOptions(len(shas),
			progressbar.OptionSetWriter(errOut),
			progressbar.OptionSetDescription("auditing"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("responses"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100e6),
			progressbar.OptionClearOnFinish(),
		)
		opt.Progress = func(done, _ int) { bar.Set(done) }
	}
	a, err := compare.AuditResponses(ctx, ix, shas, opt)
	if bar != nil {
		bar.Finish()
		bar.Clear()
	}
	return a, err
}
