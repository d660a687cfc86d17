package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldenFormats maps each fixture folder to the extractor of its files
// and the extensions it reads there.
var goldenFormats = []struct {
	dir     string
	exts    []string
	extract func([]byte) ([][]string, error)
	format  Format
}{
	{"html", []string{".html", ".htm"}, extractHTML, FormatHTML},
	{"docx", []string{".docx"}, extractDOCX, FormatDOCX},
	{"text", []string{".txt", ".md"}, extractText, FormatText},
}

// TestExtractGolden extracts and cleans every fixture and compares the
// text with <fixture>.golden.txt beside it.
func TestExtractGolden(t *testing.T) {
	for _, g := range goldenFormats {
		files := fixtures(t, g.dir, g.exts)
		if len(files) == 0 {
			t.Errorf("no fixtures in testdata/%s", g.dir)
		}
		for _, file := range files {
			t.Run(filepath.Base(file), func(t *testing.T) {
				data, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				pages, err := g.extract(data)
				if err != nil {
					t.Fatalf("extract: %v", err)
				}
				checkGolden(t, file+".golden.txt", Clean(pages))
			})
		}
	}
}

// TestFromBytesFixtures reads the fixtures the way Load does and checks
// that the Document carries the golden text.
func TestFromBytesFixtures(t *testing.T) {
	for _, g := range goldenFormats {
		for _, file := range fixtures(t, g.dir, g.exts) {
			t.Run(filepath.Base(file), func(t *testing.T) {
				data, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				doc, err := FromBytes(file, g.format, data)
				if err != nil {
					t.Fatal(err)
				}
				want, err := os.ReadFile(file + ".golden.txt")
				if err != nil {
					t.Fatal(err)
				}
				if doc.Format != g.format || doc.Pages < 1 || doc.Text != string(want) {
					t.Errorf("FromBytes: format %q, %d pages, text equal to golden: %v", doc.Format, doc.Pages, doc.Text == string(want))
				}
			})
		}
	}
}

// fixtures lists the files of testdata/dir with one of exts, skipping
// the golden files.
func fixtures(t testing.TB, dir string, exts []string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join("testdata", dir))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if strings.HasSuffix(name, ".golden.txt") {
			continue
		}
		for _, ext := range exts {
			if strings.HasSuffix(name, ext) {
				out = append(out, filepath.Join("testdata", dir, name))
			}
		}
	}
	return out
}

// checkGolden compares got with the golden file, or rewrites it with
// -update.
func checkGolden(t *testing.T, golden, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./corpus -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("text differs from %s (run with -update to accept):\n%s", golden, lineDiff(string(want), got))
	}
}

// lineDiff shows the first lines where want and got differ.
func lineDiff(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 10; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n  want %q\n  got  %q\n", i+1, wl, gl)
			shown++
		}
	}
	return b.String()
}
