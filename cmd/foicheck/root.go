package main

import (
	"fmt"
	"io"
	"os/exec"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/foicheck/foicheck/compare/report"
)

// factory holds what every command takes from the world, so that tests
// can build one without touching the process's streams, environment or
// clock, and the values of the root's persistent flags.
type factory struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// Getenv reads an environment variable; only this package reads the
	// environment.
	Getenv func(string) string
	// Now is the clock.
	Now func() time.Time
	// Terminal reports whether w is a terminal and its width in columns
	// (0 when unknown).
	Terminal func(w io.Writer) (isTerminal bool, width int)
	// BuildInfo reads the binary's build information.
	BuildInfo func() (*debug.BuildInfo, bool)
	// Worker returns the command that starts an ingest worker process
	// (this binary running the hidden worker command); nil makes ingest
	// read files in its own process.
	Worker func() *exec.Cmd

	index        indexFlag     // --index
	format       report.Format // --format, for commands without their own
	explanations string        // --explanations
}

// indexLocation resolves the index for this run; see resolveIndex.
func (f *factory) indexLocation() indexLocation {
	return resolveIndex(f.index.dir, f.Getenv)
}

// newRootCmd builds the command tree. It holds no state outside f and the
// returned commands, so each call is independent.
func newRootCmd(f *factory) *cobra.Command {
	version := versionOf(f.BuildInfo)
	root := &cobra.Command{
		Use:   "foicheck",
		Short: "Check FOI responses for consistency with earlier answers",
		Long: `foicheck reads Freedom of Information response letters (PDF, HTML, DOCX,
text), finds each question, its answer and the stance taken on it, and
flags where a new response departs from what was answered before.`,
		Version:       version.Version,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          unknownCommand,
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	root.SetIn(f.In)
	root.SetOut(f.Out)
	root.SetErr(f.ErrOut)
	root.SetVersionTemplate(version.String() + "\n")
	root.SetFlagErrorFunc(usageError)

	pf := root.PersistentFlags()
	pf.Var(&f.index, "index", "index directory (default $"+indexEnv+", else ./"+defaultIndexDir+")")
	addFormatFlag(root, pf, &f.format, report.Text, report.Text, report.JSON)
	pf.StringVar(&f.explanations, "explanations", "", "explanations `FILE` (default $"+explanationsEnv+", else the index directory's name + .explanations.json)")

	root.AddCommand(
		newAuditCmd(f, nil),
		newCheckCmd(f, nil),
		newExplainCmd(f),
		newIngestCmd(f, nil),
		newParseCmd(f, nil),
		newReportCmd(f, nil),
		newSearchCmd(f, nil),
		newStatsCmd(f, nil),
		newShowCmd(f, nil),
		newVersionCmd(f, nil),
		newWorkerCmd(f),
	)
	return root
}

// unknownCommand rejects arguments to the root command, which only a
// mistyped command name produces, suggesting the nearest command.
func unknownCommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	err := fmt.Errorf("unknown command %q", args[0])
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		return &exitError{code: exitCannotRun, err: err,
			hint: fmt.Sprintf("did you mean '%s %s'?", cmd.CommandPath(), s[0])}
	}
	return usageError(cmd, err)
}

// addFormatFlag registers --format in fs (cmd's Flags() or
// PersistentFlags()), storing into p, defaulting to def and
// accepting only allowed; shell completion offers exactly those formats.
// A command whose formats differ from the root's registers its own flag,
// which takes precedence over the root's.
func addFormatFlag(cmd *cobra.Command, fs *pflag.FlagSet, p *report.Format, def report.Format, allowed ...report.Format) {
	v := report.NewFormatValue(p, def, allowed...)
	var names []string
	for _, a := range v.Allowed() {
		names = append(names, string(a))
	}
	fs.Var(v, "format", "output `FORMAT`: "+strings.Join(names, ", "))
	// Registration fails only for an unknown or already registered flag,
	// which is a programming error that the tests catch.
	_ = cmd.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return names, cobra.ShellCompDirectiveNoFileComp
	})
}
