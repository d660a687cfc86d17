package main

import (
	"errors"
	"fmt"

	"github.com/foicheck/foicheck/index"
)

// openIndex opens the index at loc, turning index's errors into messages
// that say where foicheck looked, why there, and what to do.
func openIndex(loc indexLocation, mode index.Mode) (*index.Index, error) {
	ix, err := index.Open(loc.Dir, mode)
	if err == nil {
		return ix, nil
	}
	where := loc.Dir
	if loc.From != "--index" {
		where = fmt.Sprintf("%s (from %s)", loc.Dir, loc.From)
	}
	switch {
	case errors.Is(err, index.ErrNotExist):
		return nil, &exitError{code: exitCannotRun,
			err:  fmt.Errorf("no index at %s", where),
			hint: "run 'foicheck ingest LETTERS...' first, or point --index or " + indexEnv + " at an existing index"}
	case errors.Is(err, index.ErrLocked):
		return nil, &exitError{code: exitCannotRun,
			err:  fmt.Errorf("%s: %w", loc.Dir, index.ErrLocked),
			hint: "wait for the other foicheck to finish, then run this again"}
	case errors.Is(err, index.ErrNotIndex):
		return nil, &exitError{code: exitCannotRun,
			err:  fmt.Errorf("%s is not a foicheck index: it holds other files", where),
			hint: "give --index a new or empty directory, or the directory of an existing index"}
	case errors.Is(err, index.ErrVersion):
		return nil, &exitError{code: exitCannotRun, err: err,
			hint: "ingest the letters again into a new index directory"}
	}
	return nil, &exitError{code: exitCannotRun, err: fmt.Errorf("cannot open the index: %w", err),
		hint: "check that " + loc.Dir + " is readable; if the index is damaged, ingest the letters again into a new directory"}
}
