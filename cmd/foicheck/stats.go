package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/foicheck/foicheck/compare"
	"github.com/foicheck/foicheck/compare/report"
	"github.com/foicheck/foicheck/index"
)

// statsOptions is everything `foicheck stats` needs.
type statsOptions struct {
	auditOptions
}

func newStatsCmd(f *factory, runF func(context.Context, *statsOptions) error) *cobra.Command {
	opts := &statsOptions{auditOptions{Out: f.Out, ErrOut: f.ErrOut}}
	var since, until dateFlag
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Exemption-use statistics per year and authority, from the letters themselves",
		Long: `Stats counts, per year and per authority, the responses and questions in the
index, how often each stance was taken, how often each exemption was
applied (by section, with FOIA, EIR and FOISA equivalents merged, each
question counted once per section), and how many questions had been asked
before (matched to an earlier question, as check matches them). For annual
returns and for seeing how the use of an exemption changes over the years.`,
		Example: `  foicheck stats
  foicheck stats --since 2024-01-01 --until 2024-12-31 --format csv --output 2024.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Since, opts.Until = since.d, until.d
			if !opts.Since.IsZero() && !opts.Until.IsZero() && opts.Until.Before(opts.Since) {
				return usageError(cmd, fmt.Errorf("--until %s is before --since %s", opts.Until, opts.Since))
			}
			opts.Index = f.indexLocation()
			if opts.Output == "" {
				opts.Text = f.textConfig(f.Out)
			}
			if isTerm, _ := f.Terminal(f.ErrOut); isTerm {
				opts.Progress = true
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runStats(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.Var(&since, "since", "count responses dated on or after `DATE`")
	fl.Var(&until, "until", "count responses dated on or before `DATE`")
	fl.IntVarP(&opts.Jobs, "jobs", "j", 0, "responses matched at once (default: one per CPU)")
	addFormatFlag(cmd, fl, &opts.Format, report.Text, report.Text, report.JSON, report.CSV)
	addOutputFlag(cmd, &opts.Output)
	return cmd
}

func runStats(ctx context.Context, opts *statsOptions) error {
	ix, err := openIndex(opts.Index, index.ReadOnly)
	if err != nil {
		return err
	}
	defer ix.Close()
	// The audit's matching says which questions were asked before; its
	// findings are not needed here.
	a, err := auditPeriod(ctx, ix, opts.Since, opts.Until, compare.AuditOptions{Workers: opts.Jobs, CountMatches: true},
		opts.Progress, opts.ErrOut)
	if err != nil {
		return fmt.Errorf("reading %s: %w", opts.Index.Dir, err)
	}
	sums, err := ix.Between(ctx, opts.Since, opts.Until)
	if err != nil {
		return fmt.Errorf("reading %s: %w", opts.Index.Dir, err)
	}
	var st compare.Stats
	const chunk = 64
	for i := 0; i < len(sums); i += chunk {
		shas := make([]string, 0, chunk)
		for _, s := range sums[i:min(i+chunk, len(sums))] {
			shas = append(shas, s.SHA256)
		}
		rs, err := ix.Responses(ctx, shas)
		if err != nil {
			return fmt.Errorf("reading %s: %w", opts.Index.Dir, err)
		}
		for _, r := range rs {
			st.Tally(r, a.Matched[r.SHA256])
		}
	}
	return writeResult(opts.Out, opts.Output, func(w io.Writer) error {
		return opts.Text.WriteStats(w, st, opts.Format)
	})
}
