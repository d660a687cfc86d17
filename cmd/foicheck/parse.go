package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/foicheck/foicheck/compare/report"
	"github.com/foicheck/foicheck/corpus"
)

// parseOptions is everything `foicheck parse` needs, resolved from the
// command line and the factory.
type parseOptions struct {
	Out io.Writer
	// Text is the layout of text output (width, colour), chosen by the
	// caller for Out.
	Text report.Config

	File   string
	Format report.Format
	// PrintText prints the Document's clean text instead of the Response.
	PrintText bool
	// Output, when not empty, is the file the result is written to
	// instead of Out.
	Output string
}

// newParseCmd builds `foicheck parse`. runF, when not nil, replaces
// runParse so tests can stop after the flags are parsed.
func newParseCmd(f *factory, runF func(context.Context, *parseOptions) error) *cobra.Command {
	opts := &parseOptions{Out: f.Out}
	cmd := &cobra.Command{
		Use:   "parse [--text] FILE",
		Short: "Parse one response letter and print its questions and stances",
		Long: `Parse reads one response letter (PDF, HTML, DOCX, text or Markdown) without
touching the index and prints what foicheck understood: the letter's
details and, for each question, the stance taken and the answer given.

With --text it prints instead the clean text the parser read, after
extraction, removal of headers and footers and de-hyphenation, one line per
line, so you can see what foicheck saw.`,
		Example: `  foicheck parse letters/foi-1045-24.pdf
  foicheck parse --format json letters/foi-1045-24.pdf
  foicheck parse --text letters/foi-1045-24.pdf`,
		Args: exactArgs(1, "one FILE"),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return []string{"pdf", "html", "htm", "docx", "txt", "md"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			if opts.PrintText && opts.Format != report.Text {
				return usageError(cmd, fmt.Errorf("--text prints plain text; it cannot be combined with --format %s", opts.Format))
			}
			if opts.Output == "" {
				opts.Text = f.textConfig(f.Out)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runParse(cmd.Context(), opts)
		},
	}
	addFormatFlag(cmd, cmd.Flags(), &opts.Format, report.Text, report.Text, report.JSON)
	cmd.Flags().BoolVar(&opts.PrintText, "text", false, "print the clean text the parser read instead of the parsed response")
	addOutputFlag(cmd, &opts.Output)
	return cmd
}

// runParse loads and parses opts.File and writes the result. Errors from
// reading the file wrap the corpus sentinels and name the file.
func runParse(ctx context.Context, opts *parseOptions) error {
	if err := checkIsFile(opts.File); err != nil {
		return err
	}
	doc, err := corpus.Load(opts.File)
	if err != nil {
		return err
	}
	// Loading a large PDF takes a while; an interrupt during it should not
	// be followed by output.
	if err := ctx.Err(); err != nil {
		return err
	}
	if opts.PrintText {
		return writeResult(opts.Out, opts.Output, func(w io.Writer) error {
			return writeCleanText(w, doc.Text)
		})
	}
	r, err := corpus.Parse(doc)
	if err != nil {
		return fmt.Errorf("%s: %w", opts.File, err)
	}
	return writeResult(opts.Out, opts.Output, func(w io.Writer) error {
		return opts.Text.WriteResponse(w, r, opts.Format)
	})
}

// checkIsFile turns a directory argument into an error that says what
// parse wants; other problems are left to the loader, which names them.
func checkIsFile(path string) error {
	fi, err := os.Stat(path)
	if err != nil || !fi.IsDir() {
		return nil
	}
	return &exitError{code: exitCannotRun,
		err:  errors.New(path + ": is a directory"),
		hint: "parse reads one letter: give the path of a file"}
}

// writeCleanText writes the text exactly, ending it with a newline if it
// lacks one so the last line is a whole line.
func writeCleanText(w io.Writer, text string) error {
	if text != "" && !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	_, err := io.WriteString(w, text)
	return err
}
