package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/foicheck/foicheck/compare"
	"github.com/foicheck/foicheck/compare/report"
)

// newExplainCmd builds `foicheck explain` and its subcommands, which keep
// the explanations file.
func newExplainCmd(f *factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "explain",
		Short: "Record why a departure from history was deliberate",
		Long: `Many changes of stance are deliberate: new national guidance, a new contract,
a changed threat assessment. Record why once, and the findings it covers
are shown as explained (with the reason), counted separately, and no longer
fail --fail-on unless --include-explained is given.

An explanation covers the findings that meet all its conditions: a kind,
questions matching some words, one response or one of its questions, an
authority, a period. They are kept in a JSON file beside the index
(--explanations, $` + explanationsEnv + `), which survives rebuilding the
index and can be reviewed and kept in version control.`,
		Args: unknownCommand,
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newExplainAddCmd(f), newExplainListCmd(f), newExplainRemoveCmd(f))
	return cmd
}

func newExplainAddCmd(f *factory) *cobra.Command {
	var e compare.Explanation
	var kind string
	var from, until dateFlag
	var format report.Format
	cmd := &cobra.Command{
		Use:   "add --reason TEXT [conditions]",
		Short: "Record an explanation",
		Example: `  foicheck explain add --kind newly_withheld --matching 'incumbent supplier' --from 2023-06-01 \
      --reason 'national guidance on ICT suppliers, s31' --by 'J. Smith'
  foicheck explain add --reference 'FOI 1045/24' --question P1.Q8 --reason 'new threat assessment'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if strings.TrimSpace(e.Reason) == "" {
				return usageError(cmd, errors.New("--reason is required: say why the change was deliberate"))
			}
			if kind != "" {
				k := compare.Kind(kind)
				if !slices.Contains(compare.Kinds, k) {
					return usageError(cmd, fmt.Errorf("--kind %q: not a finding kind (one of %s)", kind, joinNames(compare.Kinds)))
				}
				e.Kind = k
			}
			if e.QuestionID != "" && e.Reference == "" {
				return usageError(cmd, errors.New("--question needs --reference: a question id is only meaningful in one response"))
			}
			e.From, e.Until = from.d, until.d
			if !e.From.IsZero() && !e.Until.IsZero() && e.Until.Before(e.From) {
				return usageError(cmd, fmt.Errorf("--until %s is before --from %s", e.Until, e.From))
			}
			if !e.Scoped() {
				return usageError(cmd, errors.New("give at least one of --kind, --matching, --reference or --authority: an explanation of everything would hide every finding"))
			}
			if e.By == "" {
				e.By = f.Getenv("USER")
			}
			if strings.TrimSpace(e.By) == "" {
				return usageError(cmd, errors.New("--by is required (who records the explanation)"))
			}
			e.At = f.Now().UTC().Truncate(1e9)
			path := f.explanationsPath()
			es, err := loadExplanations(path)
			if err != nil {
				return err
			}
			e.ID = nextExplanationID(es)
			es = append(es, e)
			if err := saveExplanations(path, es); err != nil {
				return err
			}
			return report.Config{}.WriteExplanations(f.Out, []compare.Explanation{e}, format, path, true)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&e.Reason, "reason", "", "why the change was deliberate (required)")
	fl.StringVar(&kind, "kind", "", "only findings of this `KIND` ("+joinNames(compare.Kinds)+")")
	fl.StringVar(&e.Matching, "matching", "", "only questions containing all these `WORDS` (in any form)")
	fl.StringVar(&e.Reference, "reference", "", "only the response with this `REFERENCE`")
	fl.StringVar(&e.QuestionID, "question", "", "only this question (P1.Q3) of --reference")
	fl.StringVar(&e.Authority, "authority", "", "only this authority's responses")
	fl.Var(&from, "from", "only responses dated on or after `DATE`")
	fl.Var(&until, "until", "only responses dated on or before `DATE`")
	fl.StringVar(&e.By, "by", "", "who records it (default $USER)")
	addFormatFlag(cmd, fl, &format, report.Text, report.Text, report.JSON)
	return cmd
}

func newExplainListCmd(f *factory) *cobra.Command {
	var format report.Format
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the recorded explanations",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			path := f.explanationsPath()
			es, err := loadExplanations(path)
			if err != nil {
				return err
			}
			return report.Config{}.WriteExplanations(f.Out, es, format, path, false)
		},
	}
	addFormatFlag(cmd, cmd.Flags(), &format, report.Text, report.Text, report.JSON)
	return cmd
}

func newExplainRemoveCmd(f *factory) *cobra.Command {
	return &cobra.Command{
		Use:   "remove ID",
		Short: "Remove a recorded explanation",
		Args:  exactArgs(1, "the ID of the explanation (see 'foicheck explain list')"),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := f.explanationsPath()
			es, err := loadExplanations(path)
			if err != nil {
				return err
			}
			for i, e := range es {
				if e.ID == args[0] {
					es = append(es[:i], es[i+1:]...)
					if err := saveExplanations(path, es); err != nil {
						return err
					}
					fmt.Fprintf(f.Out, "Removed %s (%s) from %s.\n", e.ID, e.Describe(), path)
					return nil
				}
			}
			return &exitError{code: exitCannotRun, err: fmt.Errorf("no explanation %q in %s", args[0], path),
				hint: "see the IDs with 'foicheck explain list'"}
		},
	}
}

// nextExplanationID numbers explanations e1, e2, ... never reusing a
// number still in the file.
func nextExplanationID(es []compare.Explanation) string {
	n := 0
	for _, e := range es {
		if v, err := strconv.Atoi(strings.TrimPrefix(e.ID, "e")); err == nil && v > n {
			n = v
		}
	}
	return "e" + strconv.Itoa(n+1)
}
