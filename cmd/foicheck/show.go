package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/foicheck/foicheck/compare/report"
	"github.com/foicheck/foicheck/index"
)

// showOptions is everything `foicheck show` needs.
type showOptions struct {
	Out    io.Writer
	Text   report.Config
	Index  indexLocation
	Format report.Format
	Output string
	Ref    string
}

func newShowCmd(f *factory, runF func(context.Context, *showOptions) error) *cobra.Command {
	opts := &showOptions{Out: f.Out}
	cmd := &cobra.Command{
		Use:   "show REFERENCE",
		Short: "Print an indexed response as parse would, from the index alone",
		Long: `Show prints what foicheck holds for one response letter, rebuilt from the
index alone, in the form parse prints. REFERENCE is the letter's own
reference (case, spaces and punctuation ignored: "FOI 1045/24" finds
"FOI-1045-24") or the start of its SHA-256 (8 characters or more). When
several letters share a reference, they are listed: show one by its
SHA-256.`,
		Example: `  foicheck show 'FOI 1045/24'
  foicheck show --format json 3f9a2c1d`,
		Args: exactArgs(1, "one REFERENCE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Ref = args[0]
			opts.Index = f.indexLocation()
			if opts.Output == "" {
				opts.Text = f.textConfig(f.Out)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runShow(cmd.Context(), opts)
		},
	}
	addFormatFlag(cmd, cmd.Flags(), &opts.Format, report.Text, report.Text, report.JSON)
	addOutputFlag(cmd, &opts.Output)
	return cmd
}

// maxListed bounds how many candidates an ambiguous reference lists.
const maxListed = 5

func runShow(ctx context.Context, opts *showOptions) error {
	ix, err := openIndex(opts.Index, index.ReadOnly)
	if err != nil {
		return err
	}
	defer ix.Close()
	found, err := ix.Find(ctx, opts.Ref)
	if err != nil {
		return fmt.Errorf("reading %s: %w", opts.Index.Dir, err)
	}
	switch len(found) {
	case 0:
		return &exitError{code: exitCannotRun,
			err:  fmt.Errorf("no indexed response has the reference or SHA-256 %q", opts.Ref),
			hint: "find it with 'foicheck search', or ingest the letter first"}
	case 1:
	default:
		var lines []string
		for i, s := range found {
			if i == maxListed {
				lines = append(lines, fmt.Sprintf("and %d more", len(found)-i))
				break
			}
			lines = append(lines, fmt.Sprintf("%s (%s, %s)", short(s.SHA256), s.Date, s.Source))
		}
		return &exitError{code: exitCannotRun,
			err:  fmt.Errorf("%d responses have the reference %q: %s", len(found), opts.Ref, strings.Join(lines, "; ")),
			hint: "show one by the start of its SHA-256, e.g. 'foicheck show " + short(found[0].SHA256) + "'"}
	}
	e, err := ix.Response(ctx, found[0].SHA256)
	if err != nil {
		return fmt.Errorf("reading %s: %w", opts.Index.Dir, err)
	}
	return writeResult(opts.Out, opts.Output, func(w io.Writer) error {
		return opts.Text.WriteResponse(w, e.Response, opts.Format)
	})
}

// short is the start of a hash, enough to tell letters apart.
func short(sha string) string {
	if len(sha) > 12 {
		return sha[:12]
	}
	return sha
}
