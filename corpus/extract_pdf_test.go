package corpus

import (
	"context"
	"errors"
	"flag"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
)

// pdfFixtures returns every PDF under testdata except the bad-input set,
// so letters added to testdata later are covered by the word test too.
func pdfFixtures(t testing.TB) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir("testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (path == filepath.Join("testdata", "pdf", "bad") || d.Name() == "fuzz") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.EqualFold(filepath.Ext(path), ".pdf") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no PDF fixtures under testdata")
	}
	return files
}

// wordNormalizer undoes the differences between two faithful extractions
// that are not differences of words: ligature characters (one producer
// maps the glyph to "ﬁ", another to "fi") and soft hyphens.
var wordNormalizer = strings.NewReplacer(
	"\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl",
	"\ufb05", "st", "\ufb06", "st", "\u00ad", "",
)

func wordCounts(text string) map[string]int {
	m := make(map[string]int)
	for _, w := range joinSpacedCapitals(strings.Fields(wordNormalizer.Replace(text))) {
		m[w]++
	}
	return m
}

// joinSpacedCapitals joins a heading set in spaced capitals, which
// pdftotext -layout prints a letter or two at a time ("N AT I O N A L"),
// into the words the extractor rebuilds from the glyphs' positions
// ("NATIONAL"): a run of four or more tokens of one or two capitals is
// joined, on both sides alike, so that the two are compared as text.
func joinSpacedCapitals(ws []string) []string {
	small := func(w string) bool {
		if len(w) > 2 {
			return false
		}
		for _, r := range w {
			if r < 'A' || r > 'Z' {
				return false
			}
		}
		return true
	}
	var out []string
	for i := 0; i < len(ws); {
		j := i
		for j < len(ws) && small(ws[j]) {
			j++
		}
		if j-i >= 4 {
			out = append(out, strings.Join(ws[i:j], ""))
			i = j
			continue
		}
		if j == i {
			j++
		}
		out = append(out, ws[i:j]...)
		i = j
	}
	return out
}

// agreement returns the words the two texts share (as multisets) and the
// size of the larger, so that both missing and extra words count against.
func agreement(ours, theirs string) (shared, total int) {
	a, b := wordCounts(ours), wordCounts(theirs)
	na, nb := 0, 0
	for w, n := range a {
		na += n
		shared += min(n, b[w])
	}
	for _, n := range b {
		nb += n
	}
	return shared, max(na, nb)
}

func pdftotext(t *testing.T, path string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "pdftotext", "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

func joinPDFPages(pages [][]string) string {
	var b strings.Builder
	for _, p := range pages {
		for _, l := range p {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// TestPDFWordsMatchPdftotext measures how many words the extractor agrees
// on with pdftotext -layout, per file and overall: at least 99.5% over all
// the fixtures, and no single file below 98%.
func TestPDFWordsMatchPdftotext(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed: cannot measure word agreement")
	}
	var shared, total int
	for _, path := range pdfFixtures(t) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		pages, err := extractPDF(data)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		s, n := agreement(joinPDFPages(pages), pdftotext(t, path))
		shared += s
		total += n
		ratio := float64(s) / float64(max(n, 1))
		t.Logf("%-55s %5d/%5d words %.2f%%", path, s, n, 100*ratio)
		// The goal is over the corpus; a single short letter may differ in
		// a few words where pdftotext joins what the file spaces (a page
		// footer drawn "– 1 –" reads "–1–" there). Below 98% a file has a
		// real problem.
		if ratio < 0.98 {
			t.Errorf("%s: %.2f%% of words agree with pdftotext, want at least 98%% for one file", path, 100*ratio)
		}
	}
	ratio := float64(shared) / float64(max(total, 1))
	t.Logf("overall: %d/%d words %.3f%%", shared, total, 100*ratio)
	if ratio < 0.995 {
		t.Errorf("overall %.2f%% of words agree with pdftotext, want at least 99.5%%", 100*ratio)
	}
}

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "pdf", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestExtractPDFBadInputs: each awkward or broken input gives readable
// text or the right sentinel error, with a message saying what is wrong.
func TestExtractPDFBadInputs(t *testing.T) {
	tests := []struct {
		file    string
		want    error  // nil: readable
		message string // in the error, or a word in the text
	}{
		{"bad/empty.pdf", ErrDamaged, "not a PDF"},
		{"bad/truncated.pdf", ErrDamaged, "cut short"},
		{"bad/broken-xref.pdf", nil, "Northtown"},
		{"bad/not-a-pdf.pdf", ErrDamaged, "not a PDF"},
		{"bad/html.pdf", ErrDamaged, "not a PDF"},
		{"bad/image-only.pdf", ErrNoText, "images"},
		{"bad/no-tounicode.pdf", ErrNoText, "Unicode map"},
		{"bad/scrambled-font.pdf", ErrNoText, "does not decode to words"},
		{"bad/bad-page.pdf", nil, "Requester"},
		{"bad/rotated.pdf", nil, "recycled"},
		{"bad/xref-stream.pdf", nil, "recycled"},
		{"bad/aes256.pdf", nil, "Northtown"},
		{"bad/rc4-40.pdf", nil, "Northtown"},
		{"bad/rc4-128.pdf", nil, "Northtown"},
		{"bad/aes128.pdf", nil, "Northtown"},
		{"bad/user-password.pdf", ErrEncrypted, "password-protected"},
		{"bad/user-password-aes256.pdf", ErrEncrypted, "password-protected"},
		{"bad/pdf20.pdf", nil, "Northtown"},
		{"bad/junk-after-eof.pdf", nil, "Northtown"},
		{"bad/junk-before-header.pdf", nil, "Northtown"},
		{"bad/merged-same-font-names.pdf", nil, "Carleton Hall"},
		{"good/merged-pdfunite.pdf", nil, "Eastshire"},
		{"good/ocr-tesseract.pdf", nil, "Northtown"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			pages, err := extractPDF(readFixture(t, tt.file))
			if tt.want != nil {
				if !errors.Is(err, tt.want) {
					t.Fatalf("error = %v, want one wrapping %q", err, tt.want)
				}
				if !strings.Contains(err.Error(), tt.message) {
					t.Errorf("error %q does not say %q", err, tt.message)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if text := joinPDFPages(pages); !strings.Contains(text, tt.message) {
				t.Errorf("text does not contain %q:\n%s", tt.message, text)
			}
		})
	}
}

// TestExtractPDFMergedFontsPerPage: a merged file whose parts both name
// their fonts /F1... reads right after the first part.
func TestExtractPDFMergedFontsPerPage(t *testing.T) {
	whole, err := extractPDF(readFixture(t, "good/merged-qpdf.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	second, err := extractPDF(readFixture(t, "good/lo-letter-decision.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	tail := whole[len(whole)-len(second):]
	if got, want := joinPDFPages(tail), joinPDFPages(second); got != want {
		t.Errorf("second part of the merged file differs from the file alone:\n%s\nwant:\n%s", got, want)
	}
}

// TestExtractPDFBadPageCostsThatPage: a corrupt page's stream loses that
// page only.
func TestExtractPDFBadPageCostsThatPage(t *testing.T) {
	pages, err := extractPDF(readFixture(t, "bad/bad-page.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 || len(pages[0]) == 0 || len(pages[1]) != 0 {
		t.Errorf("pages = %q, want the first page's text and an empty second page", pages)
	}
}

// TestFromBytesHTMLNamedPDF: an HTML page saved as .pdf is not a PDF to
// the extractor, and Load's sniffing hands it to the HTML reader instead.
func TestFromBytesHTMLNamedPDF(t *testing.T) {
	data := readFixture(t, "bad/html.pdf")
	if _, err := extractPDF(data); !errors.Is(err, ErrDamaged) {
		t.Errorf("extractPDF(html) error = %v, want ErrDamaged", err)
	}
	if got := sniff(FormatPDF, data); got != FormatHTML {
		t.Errorf("sniff = %q, want %q", got, FormatHTML)
	}
	_, err := FromBytes("letter.pdf", FormatPDF, data)
	if errors.Is(err, ErrDamaged) || errors.Is(err, ErrNoText) {
		t.Errorf("FromBytes(html named .pdf) = %v: it was read as a PDF", err)
	}
}

// TestExtractPDFLayout checks line building on a known letter: table
// cells tab-separated, lines top to bottom, pages in order.
func TestExtractPDFLayout(t *testing.T) {
	pages, err := extractPDF(readFixture(t, "good/lo-letter-table.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 {
		t.Fatalf("got %d pages, want 2", len(pages))
	}
	first := pages[0]
	for _, want := range []string{"Northtown Borough Council", "Question\tResponse", "Dear Requester"} {
		if !contains(first, want) {
			t.Errorf("page 1 has no line %q:\n%s", want, strings.Join(first, "\n"))
		}
	}
	if i, j := index(first, "Northtown Borough Council"), index(first, "Dear Requester"); i < 0 || j < i {
		t.Errorf("letterhead (line %d) should come before the salutation (line %d)", i, j)
	}
	if !strings.Contains(joinPDFPages(pages[1:]), "Yours sincerely") {
		t.Error("page 2 lacks the sign-off")
	}
}

// TestExtractPDFTableColumns: a table made in LibreOffice Writer comes out
// with its columns separated by tabs, row by row.
func TestExtractPDFTableColumns(t *testing.T) {
	pages, err := extractPDF(readFixture(t, "good/lo-native-table.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Question\tResponse",
		"1. How many reports of fly-tipping did the\tThe Council received 1,284 reports in 2021/22",
		"inclusive?",
		"2. What was the total spend?\t£4,210,000",
	} {
		if !contains(pages[0], want) {
			t.Errorf("no line %q in:\n%s", want, strings.Join(pages[0], "\n"))
		}
	}
}

// TestExtractPDFTableEndsBeforeProse: a LibreOffice letter's two-column
// table of numbered questions, its answers centred beside them, then a
// heading and the closing paragraph, a word of whose first line starts
// where the answers' column does. The last row keeps to its own question
// and answer; the heading and the paragraph stay prose.
func TestExtractPDFTableEndsBeforeProse(t *testing.T) {
	pages, err := extractPDF(readFixture(t, "good/lo-table-closing-rights.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(pages[len(pages)-1], "\n")
	for _, want := range []string{
		"8. Number of EV chargepoints installed at council depots for charging fleet vehicles (not public chargepoints).\t46",
		"Your right to request a review",
		"If you are unhappy with the way your request has been handled you may ask for an internal review by",
	} {
		if !contains(pages[len(pages)-1], want) {
			t.Errorf("no line %q in:\n%s", want, text)
		}
	}
}

// TestExtractPDFJustifiedHasNoTabs: justified prose widens its spaces
// evenly; none of them is a column boundary.
func TestExtractPDFJustifiedHasNoTabs(t *testing.T) {
	pages, err := extractPDF(readFixture(t, "good/chrome-justified.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range pages[0] {
		if strings.Contains(l, "\t") {
			t.Errorf("tab in justified line %q", l)
		}
	}
}

func contains(lines []string, s string) bool { return index(lines, s) >= 0 }

func index(lines []string, s string) int {
	for i, l := range lines {
		if l == s {
			return i
		}
	}
	return -1
}

// FuzzExtractPDF: no input panics or runs away. Seeds are the fixtures.
func FuzzExtractPDF(f *testing.F) {
	for _, dir := range []string{"good", "bad"} {
		files, _ := filepath.Glob(filepath.Join("testdata", "pdf", dir, "*.pdf"))
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			// Mutating whole letters is slow; the small hand-made files
			// and the damaged ones reach the same code faster.
			if len(data) <= 32<<10 {
				f.Add(data)
			}
		}
	}
	f.Add([]byte("%PDF-1.4\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pages, err := extractPDF(data)
		if err != nil {
			if !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrEncrypted) && !errors.Is(err, ErrNoText) {
				t.Fatalf("error %v wraps none of the sentinels", err)
			}
			if pages != nil {
				t.Fatal("pages returned with an error")
			}
			return
		}
		for _, p := range pages {
			for _, l := range p {
				if strings.ContainsRune(l, '\n') {
					t.Fatalf("line %q contains a newline", l)
				}
			}
		}
	})
}

// BenchmarkExtractPDF reports pages per second over the LibreOffice
// letters.
func BenchmarkExtractPDF(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "pdf", "good", "lo-*.pdf"))
	if len(files) == 0 {
		b.Skip("no LibreOffice fixtures")
	}
	var docs [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
	}
	pages := 0
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			p, err := extractPDF(d)
			if err != nil {
				b.Fatal(err)
			}
			pages += len(p)
		}
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "letters/s")
}

// benchPDFs chooses the letters BenchmarkLoadParsePDF reads; the bench
// script passes other files through it.
var benchPDFs = flag.String("bench.pdfs", filepath.Join("testdata", "pdf", "good", "lo-*.pdf"), "glob of PDF letters for BenchmarkLoadParsePDF")

// BenchmarkLoadParsePDF is the whole path a PDF letter takes: read,
// extract, clean and parse. It reports letters per second.
func BenchmarkLoadParsePDF(b *testing.B) {
	files, err := filepath.Glob(*benchPDFs)
	if err != nil || len(files) == 0 {
		b.Skipf("no letters match %q", *benchPDFs)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, f := range files {
			doc, err := Load(f)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := Parse(doc); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(files))/b.Elapsed().Seconds(), "letters/s")
}

func TestLooksLikeWords(t *testing.T) {
	lines := func(s string, n int) [][]string {
		return [][]string{strings.Split(strings.TrimSpace(strings.Repeat(s+"\n", n)), "\n")}
	}
	tests := []struct {
		name  string
		pages [][]string
		want  bool
	}{
		{"English prose", lines("Thank you for your request for information about the contract.", 10), true},
		{"Welsh prose", lines("Diolch am eich cais am wybodaeth ynghylch y contract a gafwyd gan y Cyngor.", 10), true},
		{"a table of names and figures", lines("Supplier\tBT plc\t£20,000\t2025 and Vodafone Ltd\t£4,000\t2026", 10), true},
		{"letters in the wrong map", lines("Uibol zpv gps zpvs sfrvftu gps jogpsnbujpo bcpvu uif dpousbdu.", 10), false},
		{"too little to judge", lines("Xq zv wkk", 3), true},
	}
	for _, tt := range tests {
		if got := looksLikeWords(tt.pages); got != tt.want {
			t.Errorf("%s: looksLikeWords = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// looksLikeWordsByFields is looksLikeWords as first written: split on
// anything not a letter, lower each word, and look it up.
func looksLikeWordsByFields(pages [][]string) bool {
	words, common := 0, 0
	for _, p := range pages {
		for _, l := range p {
			for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }) {
				words++
				if isCommonWord([]byte(strings.ToLower(w))) {
					common++
				}
			}
		}
	}
	return words < 50 || common*50 >= words
}

// FuzzLooksLikeWords checks looksLikeWords against the plain way of
// counting common words, on any line repeated to be long enough to judge.
func FuzzLooksLikeWords(f *testing.F) {
	f.Add("Thank you for your request for information about the contract.", 10)
	f.Add("Uibol zpv gps zpvs sfrvftu gps jogpsnbujpo bcpvu uif dpousbdu.", 10)
	f.Add("THE Kelvin \u212a İnformation ſ résumé \xff and", 30)
	f.Fuzz(func(t *testing.T, line string, n int) {
		n = 1 + int(uint(n)%60)
		pages := [][]string{strings.Split(strings.Repeat(line+"\n", n), "\n")}
		if got, want := looksLikeWords(pages), looksLikeWordsByFields(pages); got != want {
			t.Fatalf("looksLikeWords(%q x %d) = %v, want %v", line, n, got, want)
		}
	})
}
