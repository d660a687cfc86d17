package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/foicheck/foicheck/compare/report"
	"github.com/foicheck/foicheck/corpus"
	"github.com/foicheck/foicheck/index"
)

// searchOptions is everything `foicheck search` needs.
type searchOptions struct {
	Out    io.Writer
	Text   report.Config
	Index  indexLocation
	Format report.Format
	Output string
	Query  index.Query
}

func newSearchCmd(f *factory, runF func(context.Context, *searchOptions) error) *cobra.Command {
	opts := &searchOptions{Out: f.Out}
	var since, until dateFlag
	var stances []string
	var exemption string
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Search the indexed questions and answers",
		Long: `Search finds indexed questions whose question, answer, part heading or
request title contain every word of QUERY (in any form: "contract" finds
"contracts"); "double quotes" keep a phrase together. Filters narrow it to
an authority, a period, stances or an exemption. An empty QUERY ('') lists
every question that passes the filters, newest first.`,
		Example: `  foicheck search 'incumbent supplier'
  foicheck search '"body worn video"' --since 2022-01-01
  foicheck search contract --stance withheld --exemption s31
  foicheck search '' --exemption s43 --authority 'Cumbria Constabulary'`,
		Args: exactArgs(1, "one QUERY (quote it when it has several words)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			q := &opts.Query
			q.Text = args[0]
			q.Since, q.Until = since.d, until.d
			if !q.Since.IsZero() && !q.Until.IsZero() && q.Until.Before(q.Since) {
				return usageError(cmd, fmt.Errorf("--until %s is before --since %s", q.Until, q.Since))
			}
			for _, s := range stances {
				for _, part := range strings.Split(s, ",") {
					k := corpus.StanceKind(strings.TrimSpace(part))
					if !k.Valid() {
						return usageError(cmd, fmt.Errorf("--stance %q: not a stance (one of %s)", part, joinNames(corpus.StanceKinds)))
					}
					q.Stances = append(q.Stances, k)
				}
			}
			if exemption != "" {
				ex, ok := normalizeSection(exemption)
				if !ok {
					return usageError(cmd, fmt.Errorf("--exemption %q: not an exemption foicheck knows (try s31, s31(1)(a), reg12(5)(e) or foisa:s35)", exemption))
				}
				q.Exemption = ex
			}
			if q.Limit < 0 {
				return usageError(cmd, fmt.Errorf("--limit %d: give a positive number", q.Limit))
			}
			if strings.TrimSpace(q.Text) == "" && q.Authority == "" && q.Since.IsZero() && q.Until.IsZero() && len(q.Stances) == 0 && q.Exemption == "" {
				return usageError(cmd, errors.New("empty QUERY and no filter: give words to search for, or a filter"))
			}
			opts.Index = f.indexLocation()
			if opts.Output == "" {
				opts.Text = f.textConfig(f.Out)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runSearch(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Query.Authority, "authority", "", "only this authority's responses (case and punctuation ignored)")
	fl.Var(&since, "since", "only responses dated on or after `DATE` (YYYY-MM-DD)")
	fl.Var(&until, "until", "only responses dated on or before `DATE` (YYYY-MM-DD)")
	fl.StringSliceVar(&stances, "stance", nil, "only questions with this `STANCE` (repeat or comma-separate: "+joinNames(corpus.StanceKinds)+")")
	fl.StringVar(&exemption, "exemption", "", "only questions withheld under this `EXEMPTION` or any of its subsections (s31, s43(2), reg12(5)(e), foisa:s35)")
	fl.IntVar(&opts.Query.Limit, "limit", 20, "show at most `N` questions")
	addFormatFlag(cmd, fl, &opts.Format, report.Text, report.Text, report.JSON)
	addOutputFlag(cmd, &opts.Output)
	_ = cmd.RegisterFlagCompletionFunc("stance", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		var out []string
		for _, k := range corpus.StanceKinds {
			out = append(out, string(k))
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

func runSearch(ctx context.Context, opts *searchOptions) error {
	ix, err := openIndex(opts.Index, index.ReadOnly)
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := ix.Search(ctx, opts.Query)
	if errors.Is(err, index.ErrEmptyQuery) {
		return &exitError{code: exitCannotRun, err: fmt.Errorf("%q: %w", opts.Query.Text, err),
			hint: "its words are too common to be indexed (the, of, and...): add a more specific word"}
	}
	if err != nil {
		return fmt.Errorf("searching %s: %w", opts.Index.Dir, err)
	}
	out := report.SearchResult{Query: opts.Query.Text, Total: res.Total}
	for _, h := range res.Hits {
		sh := report.SearchHit{Reference: h.Reference, Date: h.Date, Authority: h.Authority,
			QuestionID: h.QuestionID, Stance: h.Stance, Question: h.Question, Answer: h.Answer,
			Source: h.Source, SHA256: h.SHA256, Field: h.Field, Fragment: h.Fragment}
		for _, s := range h.Highlights {
			sh.Highlights = append(sh.Highlights, report.Span{Start: s.Start, End: s.End})
		}
		out.Hits = append(out.Hits, sh)
	}
	return writeResult(opts.Out, opts.Output, func(w io.Writer) error {
		return opts.Text.WriteSearch(w, out, opts.Format)
	})
}

// normalizeSection normalises an exemption as written by a user, keeping a
// bare section ("s31", "section 43", "reg12") as the prefix it is.
func normalizeSection(s string) (string, bool) {
	if ex, ok := corpus.NormalizeExemption(s); ok {
		return ex, true
	}
	t := strings.ToLower(strings.Join(strings.Fields(s), ""))
	t = strings.TrimPrefix(t, "section")
	t = strings.TrimPrefix(t, "regulation")
	switch {
	case strings.HasPrefix(t, "foisa:"):
		n := strings.TrimPrefix(strings.TrimPrefix(t, "foisa:"), "s")
		if isDigits(n) {
			return "foisa:s" + n, true
		}
	case strings.HasPrefix(t, "reg"):
		if n := strings.TrimPrefix(t, "reg"); isDigits(n) {
			return "reg" + n, true
		}
	default:
		if n := strings.TrimPrefix(t, "s"); isDigits(n) {
			return "s" + n, true
		}
	}
	return "", false
}

func isDigits(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// joinNames lists the values of a string enumeration for a message:
// "released, withheld, ...".
func joinNames[T ~string](xs []T) string {
	ss := make([]string, len(xs))
	for i, x := range xs {
		ss[i] = string(x)
	}
	return strings.Join(ss, ", ")
}

// dateFlag is a YYYY-MM-DD flag value, checked when it is set.
type dateFlag struct{ d corpus.Date }

func (v *dateFlag) Set(s string) error {
	d, err := corpus.ParseISODate(strings.TrimSpace(s))
	if err != nil {
		return err
	}
	v.d = d
	return nil
}

func (v *dateFlag) String() string { return v.d.String() }
func (v *dateFlag) Type() string   { return "DATE" }
