package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/foicheck/foicheck/compare"
)

// explanationsEnv names the variable that chooses the explanations file
// when --explanations is not given.
const explanationsEnv = "FOICHECK_EXPLANATIONS"

// Explanations live in a JSON file beside the index, not inside it: they
// are decisions people made, which must survive rebuilding the index from
// the letters, and a plain file can be reviewed, diffed and kept in
// version control with the authority's other records.

// explanationsPath is --explanations, else $FOICHECK_EXPLANATIONS, else
// the index directory's name with ".explanations.json" added
// (foicheck.index.explanations.json beside foicheck.index).
func (f *factory) explanationsPath() string {
	if f.explanations != "" {
		return f.explanations
	}
	if env := strings.TrimSpace(f.Getenv(explanationsEnv)); env != "" {
		return env
	}
	return filepath.Clean(f.indexLocation().Dir) + ".explanations.json"
}

// explanationsFile is the file's layout; Version lets a later foicheck
// read an older file.
type explanationsFile struct {
	Version      int                   `json:"version"`
	Explanations []compare.Explanation `json:"explanations"`
}

// loadExplanations reads the explanations at path; a missing file holds
// none. A damaged file is an error naming it: silently ignoring it would
// turn explained findings back into failures, or the reverse.
func loadExplanations(path string) ([]compare.Explanation, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("explanations %s: %w", path, err)
	}
	var file explanationsFile
	if err := json.Unmarshal(data, &file); err != nil {
		return nil, &exitError{code: exitCannotRun, err: fmt.Errorf("explanations %s: not a valid explanations file: %v", path, err),
			hint: "fix the JSON by hand (it is meant to be readable), or restore it from version control"}
	}
	if file.Version > 1 {
		return nil, &exitError{code: exitCannotRun, err: fmt.Errorf("explanations %s: written by a newer foicheck (version %d)", path, file.Version),
			hint: "use the foicheck that wrote it, or a newer one"}
	}
	return file.Explanations, nil
}

// saveExplanations replaces the file at path atomically, indented so that
// a diff shows one change per line.
func saveExplanations(path string, es []compare.Explanation) error {
	if es == nil {
		es = []compare.Explanation{}
	}
	return writeFileAtomic(path, outputPerm, func(w io.Writer) error {
		data, err := json.MarshalIndent(explanationsFile{Version: 1, Explanations: es}, "", "  ")
		if err != nil {
			return err
		}
		_, err = w.Write(append(data, '\n'))
		return err
	})
}
