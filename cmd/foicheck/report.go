package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/foicheck/foicheck/compare"
	"github.com/foicheck/foicheck/compare/report"
	"github.com/foicheck/foicheck/corpus"
)

// reportOptions is everything `foicheck report` needs.
type reportOptions struct {
	auditOptions
	Period compare.Period
}

func newReportCmd(f *factory, runF func(context.Context, *reportOptions) error) *cobra.Command {
	opts := &reportOptions{auditOptions: auditOptions{Out: f.Out, ErrOut: f.ErrOut, FailOn: failOn{compare.High}}}
	var since, until dateFlag
	var week string
	cmd := &cobra.Command{
		Use:   "report",
		Short: "The periodic consistency report: what went out in a week that departs from history",
		Long: `Report audits the responses dated in a period (an ISO week with --week, or
--since/--until; by default the last complete week) against the history
before each, and prints the findings with totals by kind and severity.
Formats: text, json, markdown, csv, html (one self-contained page with a
stance timeline for each request) and xlsx (a spreadsheet; needs --output).
It asks nothing and is meant for cron: exit 1 when an unexplained finding
is at or above --fail-on.`,
		Example: `  foicheck report --week 2024-W50
  foicheck report --since 2024-12-01 --until 2024-12-31 --format html --output december.html
  foicheck report --format xlsx --output last-week.xlsx`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			switch {
			case week != "" && (!since.d.IsZero() || !until.d.IsZero()):
				return usageError(cmd, errors.New("give --week or --since/--until, not both"))
			case week != "":
				p, err := isoWeek(week)
				if err != nil {
					return usageError(cmd, err)
				}
				opts.Period = p
			case !since.d.IsZero() || !until.d.IsZero():
				opts.Period = compare.Period{Since: since.d, Until: until.d}
				if opts.Period.Until.IsZero() {
					opts.Period.Until = corpus.DateOf(f.Now())
				}
				if !opts.Period.Since.IsZero() && opts.Period.Until.Before(opts.Period.Since) {
					return usageError(cmd, fmt.Errorf("--until %s is before --since %s", opts.Period.Until, opts.Period.Since))
				}
			default:
				opts.Period = lastWeek(f.Now())
			}
			if opts.Format == report.XLSX && opts.Output == "" {
				return usageError(cmd, errors.New("--format xlsx writes a spreadsheet file: give --output FILE"))
			}
			opts.resolve(f)
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runReport(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&week, "week", "", "the ISO `WEEK` to report on, such as 2024-W50")
	fl.Var(&since, "since", "report on responses dated on or after `DATE`")
	fl.Var(&until, "until", "report on responses dated on or before `DATE` (default today)")
	fl.IntVarP(&opts.Jobs, "jobs", "j", 0, "responses audited at once (default: one per CPU)")
	addMinScoreFlag(fl, &opts.MinScore)
	addGateFlags(cmd, &opts.FailOn, &opts.IncludeExplained)
	addFormatFlag(cmd, fl, &opts.Format, report.Text, report.Text, report.JSON, report.Markdown, report.CSV, report.HTML, report.XLSX)
	addOutputFlag(cmd, &opts.Output)
	return cmd
}

func runReport(ctx context.Context, opts *reportOptions) error {
	ix, es, err := openHistory(opts.Index, opts.Explanations)
	if err != nil {
		return err
	}
	defer ix.Close()
	a, err := auditPeriod(ctx, ix, opts.Period.Since, opts.Period.Until, compare.AuditOptions{
		MinScore: opts.MinScore, Workers: opts.Jobs, Explanations: es, Timelines: true,
	}, opts.Progress, opts.ErrOut)
	if err != nil {
		return fmt.Errorf("auditing %s: %w", opts.Index.Dir, err)
	}
	r := report.ReportResult{Audit: a, Period: opts.Period, Totals: compare.Count(a.Findings)}
	if err := writeResult(opts.Out, opts.Output, func(w io.Writer) error {
		return opts.Text.WriteReport(w, r, opts.Format)
	}); err != nil {
		return err
	}
	if opts.FailOn.trips(findingsOf(a.Findings), opts.IncludeExplained) {
		return &exitError{code: exitFindings}
	}
	return nil
}

var reISOWeek = regexp.MustCompile(`^(\d{4})-?W(\d{2})$`)

// isoWeek turns "2024-W50" into its Monday-to-Sunday period.
func isoWeek(s string) (compare.Period, error) {
	m := reISOWeek.FindStringSubmatch(s)
	if m == nil {
		return compare.Period{}, fmt.Errorf("--week %q: not an ISO week (YYYY-Www, such as 2024-W50)", s)
	}
	y, _ := strconv.Atoi(m[1])
	w, _ := strconv.Atoi(m[2])
	// ISO week 1 holds 4 January; weeks start on Monday.
	jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	start := monday.AddDate(0, 0, 7*(w-1))
	if w < 1 {
		return compare.Period{}, fmt.Errorf("--week %q: weeks are numbered from 01", s)
	}
	if yy, ww := start.ISOWeek(); yy != y || ww != w {
		return compare.Period{}, fmt.Errorf("--week %q: %d has no week %d", s, y, w)
	}
	return compare.Period{Since: corpus.DateOf(start), Until: corpus.DateOf(start.AddDate(0, 0, 6))}, nil
}

// lastWeek is the last complete ISO week before now: what a report run by
// cron on a Monday morning should cover.
func lastWeek(now time.Time) compare.Period {
	d := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	thisMonday := d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
	start := thisMonday.AddDate(0, 0, -7)
	return compare.Period{Since: corpus.DateOf(start), Until: corpus.DateOf(start.AddDate(0, 0, 6))}
}
