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
// so the limit is reached only now and then; it holds the workers and the
// index writer together well under 256 MiB at 10,000 letters (sampled 237
// MiB at 48 MiB, 253 at 56, 275 at 96), at no cost in time measurable on
// 1,000 letters (at 40 MiB the cost began to show).
const (
	workerGCPercent   = 400
	workerMemoryLimit = 48 << 20
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
