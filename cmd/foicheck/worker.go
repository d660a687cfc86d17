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
			return ingest.Serve(cmd.Context(), f.In, f.Out, ingest.ReadFile{})
		},
	}
}
