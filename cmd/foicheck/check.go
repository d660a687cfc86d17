package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/foicheck/foicheck/compare"
	"github.com/foicheck/foicheck/compare/report"
	"github.com/foicheck/foicheck/corpus"
	"github.com/foicheck/foicheck/index"
)

// The index is the history a check reads.
var _ compare.History = (*index.Index)(nil)

// checkOptions is everything `foicheck check` needs.
type checkOptions struct {
	Out    io.Writer
	ErrOut io.Writer
	Text   report.Config
	Index  indexLocation
	Format report.Format
	Output string

	File             string
	FailOn           failOn
	IncludeExplained bool
	// Explanations is the file of recorded explanations.
	Explanations string
	// Authority is the body the draft is from, where the draft does not
	// name it (a request e-mailed to an address); "" to take the draft's.
	Authority string
	Compare   compare.Options
	Today     corpus.Date
}

func newCheckCmd(f *factory, runF func(context.Context, *checkOptions) error) *cobra.Command {
	opts := &checkOptions{Out: f.Out, ErrOut: f.ErrOut, FailOn: failOn{compare.High}}
	var asOf dateFlag
	cmd := &cobra.Command{
		Use:   "check FILE",
		Short: "Check a draft response (or a new request) against the indexed history",
		Long: `Check reads a draft response letter, matches each of its questions with the
questions the authority answered before, and reports where the draft's
stance departs from the most recent earlier answer (the precedent):
information released before and withheld now, a different exemption, "not
held" where it was held, a move into or out of neither confirm nor deny, a
different figure or name.

A bare incoming request (no answers yet) gets what was said before for each
question, and no findings.

Only history dated strictly before --as-of counts (default: the draft's own
date, else today), and only the draft's authority unless --all-authorities.
A draft that names no authority (a request e-mailed to an address) is
compared with every authority's history, with a warning, unless
--authority names its body.
The exit status is 1 when a finding is at or above --fail-on (default
high), so check can gate sending.`,
		Example: `  foicheck check draft-foi-1045-24.pdf
  foicheck check --fail-on medium --format json draft.docx
  foicheck check --as-of 2024-12-01 request.txt`,
		Args: exactArgs(1, "one FILE (the draft or the request)"),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return []string{"pdf", "html", "htm", "docx", "txt", "md"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			opts.Compare.AsOf = asOf.d
			opts.Today = corpus.DateOf(f.Now())
			opts.Index = f.indexLocation()
			opts.Explanations = f.explanationsPath()
			if opts.Output == "" {
				opts.Text = f.textConfig(f.Out)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runCheck(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.Var(&asOf, "as-of", "only history dated strictly before `DATE` counts (default: the draft's date, else today)")
	addMinScoreFlag(fl, &opts.Compare.MinScore)
	fl.BoolVar(&opts.Compare.AllAuthorities, "all-authorities", false, "compare with every authority's history, not only the draft's")
	fl.StringVar(&opts.Authority, "authority", "", "the `NAME` of the body the draft is from, where the draft does not name it")
	addFormatFlag(cmd, fl, &opts.Format, report.Text, report.Text, report.JSON, report.Markdown, report.HTML)
	addOutputFlag(cmd, &opts.Output)
	addGateFlags(cmd, &opts.FailOn, &opts.IncludeExplained)
	return cmd
}

func runCheck(ctx context.Context, opts *checkOptions) error {
	if err := checkIsFile(opts.File); err != nil {
		return err
	}
	// Read the draft before opening the index: an unreadable draft is the
	// more useful error.
	doc, err := corpus.Load(opts.File)
	if err != nil {
		return err
	}
	draft, err := corpus.Parse(doc)
	if err != nil {
		return fmt.Errorf("%s: %w", opts.File, err)
	}
	if opts.Authority != "" {
		draft.Authority = opts.Authority
	} else if draft.Authority == "" && !opts.Compare.AllAuthorities && opts.ErrOut != nil {
		// Compared with every body's history, the draft may meet
		// another body's questions: say so.
		fmt.Fprintf(opts.ErrOut, "foicheck: warning: %s names no authority, so it is compared with every authority's history; pass --authority NAME to compare it with one body's\n", opts.File)
	}
	ix, es, err := openHistory(opts.Index, opts.Explanations)
	if err != nil {
		return err
	}
	defer ix.Close()
	co := opts.Compare
	co.Explanations = es
	if co.AsOf.IsZero() {
		co.AsOf = draft.Date
	}
	if co.AsOf.IsZero() {
		co.AsOf = opts.Today
	}
	res, err := compare.CheckDraft(ctx, ix, draft, co)
	if err != nil {
		return fmt.Errorf("checking against %s: %w", opts.Index.Dir, err)
	}
	out := report.CheckResult{Check: res, AsOf: co.AsOf, MinScore: co.MinScore}
	if out.MinScore == 0 {
		out.MinScore = compare.DefaultMinScore // what CheckDraft used
	}
	if err := writeResult(opts.Out, opts.Output, func(w io.Writer) error {
		return opts.Text.WriteCheck(w, out, opts.Format)
	}); err != nil {
		return err
	}
	if opts.FailOn.trips(res.Findings, opts.IncludeExplained) {
		return &exitError{code: exitFindings}
	}
	return nil
}

// addMinScoreFlag registers --min-score, the match threshold, stored in p
// and checked to lie in 0..1 when it is set.
func addMinScoreFlag(fs *pflag.FlagSet, p *float64) {
	*p = compare.DefaultMinScore
	fs.Var((*scoreFlag)(p), "min-score", "similarity (0..1) from which an earlier question counts as the same `SCORE`")
}

// scoreFlag is a similarity between 0 and 1.
type scoreFlag float64

func (v *scoreFlag) Set(s string) error {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || f < 0 || f > 1 {
		return fmt.Errorf("give a number between 0 and 1")
	}
	*v = scoreFlag(f)
	return nil
}

func (v *scoreFlag) String() string { return strconv.FormatFloat(float64(*v), 'g', -1, 64) }
func (v *scoreFlag) Type() string   { return "SCORE" }

// failOn is the --fail-on threshold; an empty severity is "none".
type failOn struct{ s compare.Severity }

func (v *failOn) Set(s string) error {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "high":
		v.s = compare.High
	case "medium":
		v.s = compare.Medium
	case "low":
		v.s = compare.Low
	case "none":
		v.s = ""
	default:
		return fmt.Errorf("%s: not a severity (high, medium, low or none)", strconv.Quote(s))
	}
	return nil
}

func (v *failOn) String() string {
	if v.s == "" {
		return "none"
	}
	return string(v.s)
}

func (v *failOn) Type() string { return "SEVERITY" }

// trips reports whether any finding is at or above the threshold.
// Explained findings count only when includeExplained is set.
func (v failOn) trips(fs []compare.Finding, includeExplained bool) bool {
	if v.s == "" {
		return false
	}
	for _, f := range fs {
		if f.Explained != nil && !includeExplained {
			continue
		}
		if f.Severity.Rank() >= v.s.Rank() {
			return true
		}
	}
	return false
}

// findingsOf lists the findings of an audit, for trips.
func findingsOf(afs []compare.AuditFinding) []compare.Finding {
	out := make([]compare.Finding, len(afs))
	for i, f := range afs {
		out[i] = f.Finding
	}
	return out
}

// addGateFlags registers --fail-on and --include-explained.
func addGateFlags(cmd *cobra.Command, fail *failOn, include *bool) {
	cmd.Flags().Var(fail, "fail-on", "exit 1 when an unexplained finding is at or above `SEVERITY`: high, medium, low or none")
	cmd.Flags().BoolVar(include, "include-explained", false, "let explained findings fail --fail-on too")
	_ = cmd.RegisterFlagCompletionFunc("fail-on", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"high", "medium", "low", "none"}, cobra.ShellCompDirectiveNoFileComp
	})
}
