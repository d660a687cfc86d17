package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// goldenDir holds the letters whose parse is pinned by golden files.
const goldenDir = "testdata/letters"

// TestGolden parses every letter in testdata/letters and compares the JSON
// that "foicheck parse --format json" would print with NAME.golden.json
// beside the input. Run with -update to rewrite the golden files, then
// review the diff: a golden file records what the parser does, the labels
// in NAME.expect.json record what it should do.
func TestGolden(t *testing.T) {
	inputs, err := letterInputs(goldenDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) == 0 {
		t.Fatalf("no letters in %s", goldenDir)
	}
	checkStaleGoldens(t, goldenDir, inputs)
	for _, path := range inputs {
		t.Run(filepath.Base(path), func(t *testing.T) {
			resp, err := parseFixture(path)
			if err != nil {
				t.Fatal(err)
			}
			got, err := marshalResponse(resp)
			if err != nil {
				t.Fatal(err)
			}
			golden := path + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if errors.Is(err, fs.ErrNotExist) {
				t.Fatalf("%s does not exist: run go test ./corpus -run Golden -update, then review it", golden)
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the parse (run with -update to accept):\n%s", golden, firstDiff(want, got))
			}
		})
	}
}

// checkStaleGoldens reports golden files whose input no longer exists (a
// renamed or removed letter), and removes them under -update.
func checkStaleGoldens(t *testing.T, dir string, inputs []string) {
	t.Helper()
	goldens, err := filepath.Glob(filepath.Join(dir, "*.golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range goldens {
		if slices.Contains(inputs, strings.TrimSuffix(g, ".golden.json")) {
			continue
		}
		if *update {
			if err := os.Remove(g); err != nil {
				t.Error(err)
			}
			continue
		}
		t.Errorf("%s has no input beside it: remove it, or run go test ./corpus -run Golden -update", g)
	}
}

// letterInputs returns the letter files of dir that Load reads (PDF, HTML,
// DOCX, text), sorted by name. It skips directories (src/ holds the
// sources the letters are made from) and JSON files (labels and goldens).
func letterInputs(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() || strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		if _, ok := FormatOf(e.Name()); ok {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(out)
	return out, nil
}

// parseFixture loads and parses one test letter. The Response's Source is
// the path relative to testdata ("letters/x.lo.pdf"), so that golden files
// do not depend on where the tests run.
func parseFixture(path string) (Response, error) {
	doc, err := Load(path)
	if err != nil {
		return Response{}, fmt.Errorf("load: %w", err)
	}
	resp, err := Parse(doc)
	if err != nil {
		return Response{}, fmt.Errorf("parse %s: %w", path, err)
	}
	resp.Source = fixtureSource(path)
	return resp, nil
}

// fixtureSource returns path relative to the testdata directory, with
// forward slashes.
func fixtureSource(path string) string {
	rel, err := filepath.Rel("testdata", path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	return filepath.ToSlash(rel)
}

// marshalResponse renders r exactly as the parse command prints it.
func marshalResponse(r Response) ([]byte, error) {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// firstDiff describes the first line where want and got differ, with its
// line number, so that a failure points at the change.
func firstDiff(want, got []byte) string {
	w := strings.Split(string(want), "\n")
	g := strings.Split(string(got), "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl || i >= len(w) || i >= len(g) {
			return fmt.Sprintf("line %d:\n  want %s\n  got  %s", i+1, wl, gl)
		}
	}
	return "(no line differs)"
}
