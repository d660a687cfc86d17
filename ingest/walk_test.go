package ingest_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/foicheck/foicheck/ingest"
)

// rels returns the files' absolute paths relative to dir, with forward
// slashes, checking on the way that each Abs is the absolute form of its
// Path.
func rels(t *testing.T, dir string, files []ingest.File) []string {
	t.Helper()
	out := []string{}
	for _, f := range files {
		abs, err := filepath.Abs(f.Path)
		if err != nil {
			t.Fatal(err)
		}
		if f.Abs != abs {
			t.Errorf("%s: Abs %s, want %s", f.Path, f.Abs, abs)
		}
		r, err := filepath.Rel(dir, f.Abs)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, filepath.ToSlash(r))
	}
	return out
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("cannot make symbolic links here: %v", err)
	}
}

func TestWalk(t *testing.T) {
	tests := []struct {
		name string
		// setup fills dir and returns the roots to walk, relative to dir.
		setup     func(t *testing.T, dir string) []string
		files     []string // Paths found, relative to dir
		other     int
		skipNamed string // a directory, relative to dir, for skip to refuse
	}{
		{
			name: "nested folders in name order",
			setup: func(t *testing.T, dir string) []string {
				for _, f := range []string{"l/b.txt", "l/A.txt", "l/a.txt", "l/2024/05/c.pdf", "l/2024/d.docx", "l/z/e.html", "l/z/f.md"} {
					write(t, dir, f, "x")
				}
				return []string{"l"}
			},
			files: []string{"l/2024/05/c.pdf", "l/2024/d.docx", "l/A.txt", "l/a.txt", "l/b.txt", "l/z/e.html", "l/z/f.md"},
		},
		{
			name: "files given directly, in argument order, each once",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "l/a.txt", "x")
				write(t, dir, "l/b.txt", "x")
				write(t, dir, "c.pdf", "x")
				// A named lock file is still read: it was asked for.
				write(t, dir, "~$d.docx", "x")
				return []string{"c.pdf", "l/b.txt", "l", "c.pdf", "~$d.docx"}
			},
			files: []string{"c.pdf", "l/b.txt", "l/a.txt", "~$d.docx"},
		},
		{
			name: "unsupported formats counted in Other",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "l/a.txt", "x")
				write(t, dir, "l/b.xlsx", "x")
				write(t, dir, "l/c", "x")
				write(t, dir, "l/sub/d.jpg", "x")
				write(t, dir, "e.csv", "x") // named, still not a letter
				return []string{"l", "e.csv"}
			},
			files: []string{"l/a.txt"},
			other: 4,
		},
		{
			name: "hidden files and folders skipped",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "l/a.txt", "x")
				write(t, dir, "l/.b.txt", "x")
				write(t, dir, "l/.git/c.txt", "x")
				write(t, dir, "l/.~lock.d.docx#", "x")
				write(t, dir, "l/sub/.e.pdf", "x")
				return []string{"l"}
			},
			files: []string{"l/a.txt"},
		},
		{
			name: "editors' lock and backup files skipped and counted",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "l/a.docx", "x")
				write(t, dir, "l/~$a.docx", "x")
				write(t, dir, "l/a.docx~", "x")
				return []string{"l"}
			},
			files: []string{"l/a.docx"},
			other: 2,
		},
		{
			name: "symbolic link loop read once",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "l/a.txt", "x")
				write(t, dir, "l/d/b.txt", "x")
				symlink(t, "..", filepath.Join(dir, "l/d/up"))
				symlink(t, ".", filepath.Join(dir, "l/d/self"))
				return []string{"l"}
			},
			files: []string{"l/a.txt", "l/d/b.txt"},
		},
		{
			name: "the same folder as two roots, one through a link",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "l/a.txt", "x")
				symlink(t, "l", filepath.Join(dir, "alias"))
				return []string{"alias", "l"}
			},
			files: []string{"alias/a.txt"},
		},
		{
			name: "link to a folder outside the tree followed",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "elsewhere/b.txt", "x")
				write(t, dir, "l/a.txt", "x")
				symlink(t, filepath.Join(dir, "elsewhere"), filepath.Join(dir, "l/more"))
				return []string{"l"}
			},
			files: []string{"l/a.txt", "l/more/b.txt"},
		},
		{
			name: "link to a file listed under the link's name",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "elsewhere/b.txt", "x")
				write(t, dir, "l/a.txt", "x")
				symlink(t, filepath.Join(dir, "elsewhere/b.txt"), filepath.Join(dir, "l/c.txt"))
				// Named for what it points at, not by its own name.
				symlink(t, filepath.Join(dir, "elsewhere/b.txt"), filepath.Join(dir, "l/d.lnk"))
				return []string{"l"}
			},
			files: []string{"l/a.txt", "l/c.txt"},
			other: 1,
		},
		{
			name: "dangling and looping links skipped",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "l/a.txt", "x")
				symlink(t, filepath.Join(dir, "gone.txt"), filepath.Join(dir, "l/b.txt"))
				symlink(t, "d.txt", filepath.Join(dir, "l/c.txt"))
				symlink(t, "c.txt", filepath.Join(dir, "l/d.txt"))
				return []string{"l"}
			},
			files: []string{"l/a.txt"},
			other: 3,
		},
		{
			name: "skip refuses the index inside the tree",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "l/a.txt", "x")
				write(t, dir, "l/index/store/b.txt", "x")
				write(t, dir, "l/indexes/c.txt", "x")
				return []string{"l"}
			},
			files:     []string{"l/a.txt", "l/indexes/c.txt"},
			skipNamed: "l/index",
		},
		{
			name: "skip sees the real folder behind a link",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "l/a.txt", "x")
				write(t, dir, "l/index/b.txt", "x")
				symlink(t, "index", filepath.Join(dir, "l/z"))
				return []string{"l"}
			},
			files:     []string{"l/a.txt"},
			skipNamed: "l/index",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			roots := tt.setup(t, dir)
			var skip func(string) bool
			if tt.skipNamed != "" {
				refuse := filepath.Join(dir, tt.skipNamed)
				skip = func(abs string) bool {
					if !filepath.IsAbs(abs) {
						t.Errorf("skip called with %q, not an absolute path", abs)
					}
					return abs == refuse
				}
			}
			found := ingest.Walk(roots, skip)
			for _, f := range found.Files {
				// Messages show paths as the user gave them.
				if filepath.IsAbs(f.Path) {
					t.Errorf("Path %s reached from relative roots is absolute", f.Path)
				}
			}
			if len(found.Failed) > 0 {
				t.Errorf("failures: %v", found.Failed)
			}
			if got := rels(t, dir, found.Files); !reflect.DeepEqual(got, tt.files) {
				t.Errorf("files:\n got %q\nwant %q", got, tt.files)
			}
			if found.Other != tt.other {
				t.Errorf("Other = %d, want %d", found.Other, tt.other)
			}
			// The same tree walked again gives the same answer.
			if again := ingest.Walk(roots, skip); !reflect.DeepEqual(again, found) {
				t.Errorf("second walk differs:\n%+v\n%+v", again, found)
			}
		})
	}
}

func TestWalkFailures(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "l/a.txt", "x")
	write(t, dir, "file.txt", "x")
	missing := filepath.Join(dir, "missing")
	notDir := filepath.Join(dir, "file.txt", "sub")
	found := ingest.Walk([]string{missing, filepath.Join(dir, "l"), notDir}, nil)
	if got := rels(t, dir, found.Files); !reflect.DeepEqual(got, []string{"l/a.txt"}) {
		t.Errorf("files %q: the readable root must still be walked", got)
	}
	if len(found.Failed) != 2 {
		t.Fatalf("failures %v, want one per unreadable root", found.Failed)
	}
	for i, want := range []struct {
		path string
		err  error
	}{{missing, fs.ErrNotExist}, {notDir, nil}} {
		f := found.Failed[i]
		if f.Path != want.path {
			t.Errorf("failure %d is for %s, want %s", i, f.Path, want.path)
		}
		if !strings.Contains(f.Err.Error(), want.path) {
			t.Errorf("failure %d: %q does not name %s", i, f.Err, want.path)
		}
		if want.err != nil && !errors.Is(f.Err, want.err) {
			t.Errorf("failure %d: %v does not wrap %v", i, f.Err, want.err)
		}
	}
}

func TestWalkUnreadableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("permissions do not stop root")
	}
	dir := t.TempDir()
	write(t, dir, "l/a.txt", "x")
	write(t, dir, "l/locked/b.txt", "x")
	locked := filepath.Join(dir, "l/locked")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	found := ingest.Walk([]string{filepath.Join(dir, "l")}, nil)
	if got := rels(t, dir, found.Files); !reflect.DeepEqual(got, []string{"l/a.txt"}) {
		t.Errorf("files %q", got)
	}
	if len(found.Failed) != 1 || found.Failed[0].Path != locked || !errors.Is(found.Failed[0].Err, fs.ErrPermission) ||
		!strings.Contains(found.Failed[0].Err.Error(), locked) {
		t.Errorf("failures %v, want one naming %s, permission denied", found.Failed, locked)
	}
}
