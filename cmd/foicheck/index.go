package main

import (
	"errors"
	"path/filepath"
	"strings"
)

// indexEnv names the environment variable that chooses the index when
// --index is not given.
const indexEnv = "FOICHECK_INDEX"

// defaultIndexDir is the index used when neither --index nor FOICHECK_INDEX
// says otherwise: a directory in the working directory.
const defaultIndexDir = "foicheck.index"

// indexLocation is the index directory chosen for a run and what chose it,
// so that messages can say why foicheck looked there.
type indexLocation struct {
	Dir  string
	From string // "--index", "FOICHECK_INDEX" or "default"
}

// resolveIndex chooses the index directory: flagDir when given (not
// empty), else the FOICHECK_INDEX variable read through getenv when it is
// not blank, else ./foicheck.index. It is the only place that applies this
// rule; the directory is cleaned but not made absolute, nor checked.
func resolveIndex(flagDir string, getenv func(string) string) indexLocation {
	if flagDir != "" {
		return indexLocation{Dir: filepath.Clean(flagDir), From: "--index"}
	}
	if getenv != nil {
		if env := strings.TrimSpace(getenv(indexEnv)); env != "" {
			return indexLocation{Dir: filepath.Clean(env), From: indexEnv}
		}
	}
	return indexLocation{Dir: defaultIndexDir, From: "default"}
}

// indexFlag is the value of --index. Unlike a plain string flag it refuses
// an empty directory, which would otherwise silently fall back to the
// environment or the default.
type indexFlag struct{ dir string }

// Set stores s, refusing a blank directory.
func (v *indexFlag) Set(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("needs a directory")
	}
	v.dir = s
	return nil
}

// String returns the directory given, or "" when none was.
func (v *indexFlag) String() string { return v.dir }

// Type names the value in usage messages.
func (v *indexFlag) Type() string { return "DIR" }
