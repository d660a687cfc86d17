package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

// Exit codes, as the interface contract fixes them.
const (
	exitOK        = 0 // ran; nothing at or above --fail-on
	exitFindings  = 1 // ran; findings at or above --fail-on, or ingest partly failed
	exitCannotRun = 2 // could not run: usage, index, unreadable input
)

// exitError is an error that chooses its exit code and says what to do
// next. A nil err means the command has already reported (findings, for
// example) and main prints nothing.
type exitError struct {
	code int
	err  error
	hint string // one line, without the "hint: " prefix; may be empty
}

// Error returns the wrapped error's message.
func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

// Unwrap returns the wrapped error, so errors.Is sees sentinels inside.
func (e *exitError) Unwrap() error { return e.err }

// usageError is a mistake on the command line: exit 2, with a hint that
// points at the command's help.
func usageError(cmd *cobra.Command, err error) error {
	return &exitError{
		code: exitCannotRun,
		err:  err,
		hint: fmt.Sprintf("run '%s --help' for usage", cmd.CommandPath()),
	}
}

// exactArgs is cobra.ExactArgs with a usage error naming what is missing.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch {
		case len(args) < n:
			return usageError(cmd, fmt.Errorf("%s needs %s", cmd.Name(), what))
		case len(args) > n:
			return usageError(cmd, fmt.Errorf("%s takes %s, got %d", cmd.Name(), what, len(args)))
		}
		return nil
	}
}
