package main

import (
	"os"
	"os/signal"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/foicheck/foicheck/ingest"
)

// workerCommand is the hidden command that ingest starts in child
// processes to read letters; see ingest.Pool.
const workerCommand = "__worker"

// workerMaxStack bounds a worker's stack, so that a letter that recurses
// without end fails in a second rather than after eating a gigabyte.
const workerMaxStack = 64 << 20

// workerGCPercent and workerMemoryLimit tune a worker's garbage collector:
// collect when the heap has grown fourfold, or earlier near the limit. A
// worker's heap at rest is a few megabytes and a letter's work a few more,
// so the limit is rarely reached; where it is, it holds the workers and
// the index writer together under 256 MiB at 10,000 letters (a lower
// limit cost no time measurably, a higher one let them grow past it).
const (
	workerGCPercent   = 400
	workerMemoryLimit = 56 << 20
)

func newWorkerCmd(f *factory) *cobra.Command {
	return &cobra.Command{
		Use:    workerCommand,
		Hidden: true,
		Args:   cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			// Ctrl-C reaches the whole process group; the parent decides
			// when its workers stop (after the current file).
			signal.Ignore(os.Interrupt)
			debug.SetMaxStack(workerMaxStack)
			// A worker reads one letter after another and keeps nothing
			// between them: collecting its garbage less often saves a
			// fifth of its time, and the soft limit keeps its memory
			// small all the same.
			debug.SetGCPercent(workerGCPercent)
			debug.SetMemoryLimit(workerMemoryLimit)
			return ingest.Serve(cmd.Context(), f.In, f.Out, ingest.ReadFile{})
		},
	}
}
