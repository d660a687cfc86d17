package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
)

// outputPerm is the mode of files written with --output: results are
// meant to be read and shared.
const outputPerm fs.FileMode = 0o644

// addOutputFlag registers --output for a command that prints a result.
func addOutputFlag(cmd *cobra.Command, p *string) {
	cmd.Flags().StringVarP(p, "output", "o", "", "write the result to `FILE` (atomically) instead of stdout")
}

// writeResult sends what write produces to out, or, when path is not
// empty, to the file at path by writeFileAtomic. Nothing reaches out in
// the second case.
func writeResult(out io.Writer, path string, write func(io.Writer) error) error {
	if path == "" {
		return write(out)
	}
	return writeFileAtomic(path, outputPerm, write)
}

// writeFileAtomic writes the file at path so that a reader sees either the
// old file or the whole new one, never part of it: the content goes to a
// temporary file in the same directory (a rename across file systems is
// not atomic), is flushed to disk, and is renamed over path. On any error
// the temporary file is removed and path is left as it was. Errors name
// path.
func writeFileAtomic(path string, perm fs.FileMode, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return &exitError{code: exitCannotRun,
				err:  fmt.Errorf("cannot write %s: directory %s does not exist", path, filepath.Clean(dir)),
				hint: "create the directory first, or choose another --output"}
		}
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriter(tmp)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	// CreateTemp makes the file private (0600); results are shared.
	if err := tmp.Chmod(perm); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	syncDir(dir)
	return nil
}

// syncDir flushes a directory's entries so a completed rename survives a
// crash. It is best effort: some systems cannot sync a directory, and the
// file itself is already safe.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}
