package main

import (
	"context"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/foicheck/foicheck/compare/report"
)

// versionOptions is everything `foicheck version` needs.
type versionOptions struct {
	Out     io.Writer
	Format  report.Format
	Version report.Version
	Output  string
}

// newVersionCmd builds `foicheck version`. runF, when not nil, replaces
// runVersion.
func newVersionCmd(f *factory, runF func(context.Context, *versionOptions) error) *cobra.Command {
	opts := &versionOptions{Out: f.Out}
	cmd := &cobra.Command{
		Use:   "version",
		Short: "Print foicheck's version and the Go release that built it",
		Args:  exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Format = f.format
			opts.Version = versionOf(f.BuildInfo)
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runVersion(cmd.Context(), opts)
		},
	}
	addOutputFlag(cmd, &opts.Output)
	return cmd
}

func runVersion(_ context.Context, opts *versionOptions) error {
	return writeResult(opts.Out, opts.Output, func(w io.Writer) error {
		return report.Config{}.WriteVersion(w, opts.Version, opts.Format)
	})
}

// versionOf describes the binary from its build information: the module
// version when it was built as a released module (go install ...@v1.2.0),
// else the VCS revision it was built from (with "-dirty" when the tree had
// changes), else "devel". read may be nil or report no information.
func versionOf(read func() (*debug.BuildInfo, bool)) report.Version {
	v := report.Version{Version: "devel", Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	if read == nil {
		return v
	}
	info, ok := read()
	if !ok || info == nil {
		return v
	}
	if info.GoVersion != "" {
		v.Go = info.GoVersion
	}
	if mv := info.Main.Version; mv != "" && mv != "(devel)" {
		v.Version = mv
		return v
	}
	var revision string
	var dirty bool
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if revision != "" {
		v.Version = revision[:min(12, len(revision))]
		if dirty {
			v.Version += "-dirty"
		}
	}
	return v
}
