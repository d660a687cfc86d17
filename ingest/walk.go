package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/foicheck/foicheck/corpus"
)

// File is a letter found by Walk.
type File struct {
	// Path is the file's path as reached from the arguments, for messages.
	Path string
	// Abs is the absolute, cleaned path: the file's identity in the index.
	Abs string
}

// Found is what Walk found under its roots.
type Found struct {
	// Files are the files in a format foicheck reads, in walk order
	// (arguments in order, each directory sorted by name), without
	// repeats.
	Files []File
	// Other counts files skipped because foicheck does not read their
	// format, editors' lock and temporary files, and what is not a file
	// at all: links to nothing, pipes, devices.
	Other int
	// Failed lists roots and directories that could not be read.
	Failed []Failure
}

// Walk lists the letters under roots: files given directly and, in
// directories, recursively. Symbolic links are followed; a directory
// reached twice (a link loop, or two links to one place) is read once.
// Hidden files and folders (names starting with ".") are skipped, and so is
// any directory for which skip returns true (the index itself, when it lies
// inside a folder being ingested).
func Walk(roots []string, skip func(absDir string) bool) Found {
	w := walker{seenDirs: map[string]bool{}, seenFiles: map[string]bool{}, skip: skip}
	for _, root := range roots {
		info, err := os.Stat(root)
		if err != nil {
			w.found.Failed = append(w.found.Failed, Failure{Path: root, Err: statError(root, err)})
			continue
		}
		if info.IsDir() {
			w.dir(root)
			continue
		}
		// A file named on the command line is read whatever its name,
		// except that its format must be one foicheck reads.
		w.file(root, true)
	}
	return w.found
}

type walker struct {
	found     Found
	seenDirs  map[string]bool // real paths of directories read
	seenFiles map[string]bool // absolute paths of files listed
	skip      func(string) bool
}

func (w *walker) dir(path string) {
	real, err := filepath.EvalSymlinks(path)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		w.found.Failed = append(w.found.Failed, Failure{Path: path, Err: err})
		return
	}
	if w.seenDirs[real] || (w.skip != nil && w.skip(real)) {
		return
	}
	w.seenDirs[real] = true
	entries, err := os.ReadDir(path)
	if err != nil {
		w.found.Failed = append(w.found.Failed, Failure{Path: path, Err: statError(path, err)})
		return
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := filepath.Join(path, name)
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			info, err := os.Stat(p)
			if err != nil {
				// A dangling link is not a letter: skip it quietly, as a
				// file manager would show nothing there.
				w.found.Other++
				continue
			}
			mode = info.Mode().Type()
		}
		switch {
		case mode.IsDir():
			w.dir(p)
		case mode.IsRegular():
			w.file(p, false)
		default:
			w.found.Other++ // sockets, devices, pipes
		}
	}
}

// file lists one regular file when its format is one foicheck reads.
func (w *walker) file(path string, named bool) {
	name := filepath.Base(path)
	if _, ok := corpus.FormatOf(path); !ok || (!named && isJunk(name)) {
		w.found.Other++
		return
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		w.found.Failed = append(w.found.Failed, Failure{Path: path, Err: err})
		return
	}
	if w.seenFiles[abs] {
		return
	}
	w.seenFiles[abs] = true
	w.found.Files = append(w.found.Files, File{Path: path, Abs: abs})
}

// isJunk reports editors' lock and backup files that share a letter's
// extension: Word's "~$letter.docx", LibreOffice's ".~lock" (already
// hidden) and "letter.docx~".
func isJunk(name string) bool {
	return strings.HasPrefix(name, "~$") || strings.HasSuffix(name, "~")
}

func statError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, pe.Err)
	}
	return err
}
