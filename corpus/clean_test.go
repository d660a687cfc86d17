package corpus

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// page builds one page from its lines.
func page(lines ...string) []string { return lines }

func TestCleanCharacters(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ligatures", "ﬁnancial ﬂow eﬀort oﬃce baﬄe", "financial flow effort office baffle"},
		{"no-break and thin spaces", "13\u00a0December\u2009\u202f2024", "13 December  2024"},
		{"en and em dash, minus", "Question 7 — 3 − 2 ‒ x ― y", "Question 7 – 3 – 2 – x – y"},
		{"hyphen variants", "non\u2011breaking re\u2010use", "non-breaking re-use"},
		{"smart quotes", "‘a’ “b” „c‟ ‚d‛", `'a' "b" "c" 'd'`},
		{"ellipsis", "and so on…", "and so on..."},
		{"zero width", "sec\u200btion\u200d 4\ufeff3", "section 43"},
		{"controls", "a\x00b\x1bc", "abc"},
		{"tabs with spaces collapsed", "Question \t\t Answer \t 2", "Question\tAnswer\t2"},
		// An empty cell holds its column: "1. Question\t\tUpheld." has
		// the question, no original decision, and the review's outcome.
		{"ligature letters shifted a byte", "storm over\u6600\u6c00ow con\u6600\u6900dential", "storm overflow confidential"},
		{"tab runs kept", "Question\t\tUpheld.\t\t\t2", "Question\t\tUpheld.\t\t\t2"},
		{"trailing space", "text   \t ", "text"},
		{"an OCR'd ordinal day mended before a month", "Date: Sth November 2020, lst March and 2Oth May", "Date: 5th November 2020, 1st March and 20th May"},
		{"words that are not days left alone", "St Mary's, the 5th of November, Isth March", "St Mary's, the 5th of November, Isth March"},
		{"an OCR'd FOI before a reference's figures mended", "Our ref: FO! 047/2015 and FO|/22/118", "Our ref: FOI 047/2015 and FOI/22/118"},
		{"a mark after FO with no figures left alone", "FO! and FO| here", "FO! and FO| here"},
		{"decomposed to NFC", "cafe\u0301", "café"},
		{"bullet symbol", "\uf0b7\tSupplier", "• Supplier"},
		{"round bullet", "● Supplier", "• Supplier"},
		{"dash bullet", "- Supplier", "• Supplier"},
		{"star bullet", "* Supplier", "• Supplier"},
		{"indented bullet", "   ▪ Supplier", "   • Supplier"},
		{"doubled bullet", "\uf0b7\uf0b7Supplier", "• Supplier"},
		{"number against its text", "1.Incumbent supplier", "1. Incumbent supplier"},
		{"letter against its text", "(a)Household waste", "(a) Household waste"},
		{"dotted reference is no marker", "01.FOI.24.031877", "01.FOI.24.031877"},
		{"number against a word with a full stop", "3.Yes.", "3. Yes."},
		{"decimal number is no marker", "1.5 million", "1.5 million"},
		{"abbreviation is no marker", "e.g. this", "e.g. this"},
		{"bullet before a number", "- 1. Incumbent Supplier", "1. Incumbent Supplier"},
		{"wrapped en dash is no bullet", "– No information held", "– No information held"},
		{"negative number is no bullet", "-5 degrees", "-5 degrees"},
		{"emphasis star is no bullet", "*contact centre*", "*contact centre*"},
		{"tab after a list number", "1.\tIncumbent supplier", "1. Incumbent supplier"},
		{"tab after a letter", "(a)\tHousehold", "(a) Household"},
		{"spaces after a list number", "1.\u00a0\u00a0\u00a0 Incumbent", "1. Incumbent"},
		{"spaces and tab after a letter", "b) \t Value", "b) Value"},
		{"tab in a table row stays", "1\tExample Ltd", "1\tExample Ltd"},
		{"invalid UTF-8", "bad \xff byte", "bad \ufffd byte"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean([][]string{{tt.in}})
			if got != tt.want+"\n" {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want+"\n")
			}
		})
	}
}

func TestCleanHyphenation(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want string
	}{
		{"compound kept", page("reports of fly-", "tipping rose"), "reports of fly-tipping\nrose\n"},
		{"soft hyphen joined", page("environ\u00ad", "mental information"), "environmental\ninformation\n"},
		{"soft hyphen inside a word removed", page("environ\u00admental"), "environmental\n"},
		{"capital after is not a break", page("north-", "West region"), "north-\nWest region\n"},
		{"dash after space is not a break", page("costs -", "see below"), "costs -\nsee below\n"},
		{"number after is not a break", page("questions 1-", "5 in part 2"), "questions 1-\n5 in part 2\n"},
		{"whole next line taken", page("cyber-", "attacks", "continue"), "cyber-attacks\ncontinue\n"},
		{"chain of breaks", page("a-", "b-", "c d"), "a-b-c\nd\n"},
		{"table rows left alone", page("1\tfly-", "tipping\tx"), "1\tfly-\ntipping\tx\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean([][]string{tt.in}); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanBlankLines(t *testing.T) {
	in := page("", "", "first", "", "", "", "second", "", "third", "", "")
	want := "first\n\nsecond\n\nthird\n"
	if got := Clean([][]string{in}); got != want {
		t.Errorf("Clean = %q, want %q", got, want)
	}
	if got := Clean(nil); got != "" {
		t.Errorf("Clean(nil) = %q, want empty", got)
	}
}

func TestCleanRunningHeaders(t *testing.T) {
	tests := []struct {
		name  string
		pages [][]string
		want  string
	}{
		{
			name: "header and page numbers on two pages",
			pages: [][]string{
				page("FOI 1187/24 – OFFICIAL", "", "Dear", "", "You asked:", "", "Page 1 of 2"),
				page("FOI 1187/24 – OFFICIAL", "", "Yours sincerely", "", "Page 2 of 2"),
			},
			want: "Dear\n\nYou asked:\n\nYours sincerely\n",
		},
		{
			// A letterhead printed on every page names who is writing:
			// it stays once, where the letter begins.
			name: "a letterhead on every page",
			pages: [][]string{
				page("Northtown Council – FOI 1187/24", "", "Dear", "", "You asked:", "", "Page 1 of 2"),
				page("Northtown Council – FOI 1187/24", "", "Yours sincerely", "", "Page 2 of 2"),
			},
			want: "Northtown Council – FOI 1187/24\n\nDear\n\nYou asked:\n\nYours sincerely\n",
		},
		{
			name: "a question label at the top of each page is kept under the header",
			pages: [][]string{
				page("OFFICIAL", "Q1.", "How many agents?", "", "A. 12."),
				page("OFFICIAL", "Q5.", "Which software?", "", "A. Avaya."),
				page("OFFICIAL", "Q7.", "How many sites?", "", "A. Two."),
			},
			want: "Q1.\nHow many agents?\n\nA. 12.\n\nQ5.\nWhich software?\n\nA. Avaya.\n\nQ7.\nHow many sites?\n\nA. Two.\n",
		},
		{
			// A plain-text letter draws its footer between rules: the
			// rules are blank lines, and the footer is found under them.
			name: "a footer between rules drawn in characters",
			pages: [][]string{
				page("Letter text one.", "", "--------------------", "Vexley NHS Trust    OFFICIAL    Page 1 of 2", "--------------------"),
				page("Letter text two.", "", "====================", "Vexley NHS Trust    OFFICIAL    Page 2 of 2", "===================="),
			},
			want: "Letter text one.\n\nLetter text two.\n",
		},
		{
			name: "footer with a changing number, bare page numbers",
			pages: [][]string{
				page("Letter text one.", "", "FOI 1187/24 issued 13/12/2024 sheet 1", "1"),
				page("Letter text two.", "", "FOI 1187/24 issued 13/12/2024 sheet 2", "2"),
				page("Letter text three.", "", "FOI 1187/24 issued 13/12/2024 sheet 3", "3"),
			},
			want: "Letter text one.\n\nLetter text two.\n\nLetter text three.\n",
		},
		{
			name: "banner at the foot of each page, sentence across pages",
			pages: [][]string{
				page("The information is not recorded separately and is", "", "EMPLOYER RECOGNITION SCHEME", "BRONZE AWARD"),
				page("therefore not held.", "", "EMPLOYER RECOGNITION SCHEME", "BRONZE AWARD"),
				page("Yours sincerely", "", "EMPLOYER RECOGNITION SCHEME", "BRONZE AWARD"),
			},
			want: "The information is not recorded separately and is\ntherefore not held.\n\nYours sincerely\n",
		},
		{
			name: "footer banner on a short last page",
			pages: [][]string{
				page("Letter head", "Dear", "", "Body one.", "Body two.", "Body three.", "Body four.", "Body five.", "", "AWARD SCHEME", "GOLD AWARD"),
				page("Yours sincerely", "", "AWARD SCHEME", "GOLD AWARD"),
			},
			want: "Letter head\nDear\n\nBody one.\nBody two.\nBody three.\nBody four.\nBody five.\n\nYours sincerely\n",
		},
		{
			name: "protective markings and decorated numbers",
			pages: [][]string{
				page("OFFICIAL", "First page text.", "- 1 -"),
				page("OFFICIAL - SENSITIVE", "Second page text.", "- 2 -"),
			},
			want: "First page text.\n\nSecond page text.\n",
		},
		{
			name: "content near page edges stays",
			pages: [][]string{
				page("Letter head", "Intro.", "Question 2 – see the attached spreadsheet."),
				page("Question 3 – see the attached spreadsheet.", "Yours sincerely"),
				page("Annex", "Table of costs"),
			},
			want: "Letter head\nIntro.\nQuestion 2 – see the attached spreadsheet.\n\nQuestion 3 – see the attached spreadsheet.\nYours sincerely\nAnnex\nTable of costs\n",
		},
		{
			name: "a released zero at a page foot is no page number",
			pages: [][]string{
				page("Question 1 – number of agents", "0"),
				page("Question 2 – number of sites", "5"),
			},
			want: "Question 1 – number of agents\n0\n\nQuestion 2 – number of sites\n5\n",
		},
		{
			name: "same answer twice in one page stays",
			pages: [][]string{page(
				"Part 1", "", "Question 7 – tm_servicedesk@example.police.uk", "",
				"Part 2", "", "Question 6 – tm_servicedesk@example.police.uk",
			)},
			want: "Part 1\n\nQuestion 7 – tm_servicedesk@example.police.uk\n\nPart 2\n\nQuestion 6 – tm_servicedesk@example.police.uk\n",
		},
		{
			name:  "mixed-case single word marking is content",
			pages: [][]string{page("Classification", "Restricted")},
			want:  "Classification\nRestricted\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.pages); got != tt.want {
				t.Errorf("Clean =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestCleanRepeatedBlocks(t *testing.T) {
	banner := []string{"", "", "", "AWARD SCHEME", "", "GOLD AWARD", "", "", ""}
	var in []string
	in = append(in, "1. First question.")
	in = append(in, banner...)
	in = append(in, "2. Second question, which runs on and")
	in = append(in, banner...)
	in = append(in, "continues after the banner.")
	in = append(in, banner...)
	in = append(in, "Response:", "Not held.", "", "Response:", "Not held.", "", "Response:", "Not held.")
	want := "1. First question.\n\n2. Second question, which runs on and\ncontinues after the banner.\n\n" +
		"Response:\nNot held.\n\nResponse:\nNot held.\n\nResponse:\nNot held.\n"
	if got := Clean([][]string{in}); got != want {
		t.Errorf("Clean =\n%s\nwant\n%s", got, want)
	}

	// twice is not enough
	twice := append(append(append([]string{"Text."}, banner...), "More."), banner...)
	if got := Clean([][]string{twice}); !strings.Contains(got, "GOLD AWARD") {
		t.Errorf("a block seen twice was removed:\n%s", got)
	}
}

func TestIsPageLabel(t *testing.T) {
	for _, s := range []string{"Page 2", "Page 2 of 5", "page 12 of 40", "2 | Page", "Page | 2", "2 of 5", "- Page 3 -", "p. 4", "                                                                   Page 1 of 3"} {
		if !isPageLabel(s) {
			t.Errorf("isPageLabel(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"2", "Page", "Question 2 of 5", "page two", "2 of the 5", "see page 2"} {
		if isPageLabel(s) {
			t.Errorf("isPageLabel(%q) = true, want false", s)
		}
	}
}

func TestListMarkerLen(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"1. Text", 2}, {"12) Text", 3}, {"(3) Text", 3}, {"a. Text", 2}, {"(iv) Text", 4},
		{"iv. Text", 3}, {"1.5 million", 0}, {"e.g. this", 0}, {"Yes. it", 0}, {"Text", 0}, {"(", 0}, {"", 0},
	}
	for _, tt := range tests {
		if got := listMarkerLen(tt.in); got != tt.want {
			t.Errorf("listMarkerLen(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestCleanLinear checks that Clean stays fast on inputs built to make a
// careless implementation quadratic.
func TestCleanLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	var many [][]string
	for i := range 2000 {
		many = append(many, page("Same header", fmt.Sprintf("line %d fly-", i), "tipping", "Page 1 of 2"))
	}
	hyphens := make([]string, 200000)
	for i := range hyphens {
		hyphens[i] = "a-"
	}
	blocks := make([]string, 0, 300000)
	for range 50000 {
		blocks = append(blocks, "A", "B", "", "", "", "")
	}
	for name, in := range map[string][][]string{
		"many pages":       many,
		"hyphen chain":     {hyphens},
		"repeated blocks":  {blocks},
		"one long line":    {{strings.Repeat("word ", 1<<20)}},
		"many tab columns": {{strings.Repeat("a\t \t", 1<<18)}},
	} {
		start := time.Now()
		Clean(in)
		if d := time.Since(start); d > 30*time.Second { // generous: the machine may be busy
			t.Errorf("%s: Clean took %v", name, d)
		}
	}
}

// FuzzClean checks Clean's invariants on any text: pages split at form
// feeds, lines at newlines.
func FuzzClean(f *testing.F) {
	for _, dir := range []string{"text", "html"} {
		for _, file := range fixtures(f, dir, []string{".txt", ".md", ".html"}) {
			f.Add(readFile(f, file))
		}
	}
	f.Add("a-\nb\u00ad\ncd\fPage 2 of 2\n- 2 -\nOFFICIAL\n\n\nX\nY\n\n\nX\nY\n\n\nX\nY")
	f.Fuzz(func(t *testing.T, s string) {
		var pages [][]string
		for _, pg := range strings.Split(s, "\f") {
			pages = append(pages, strings.Split(pg, "\n"))
		}
		checkClean(t, Clean(pages))
	})
}

// checkClean asserts the invariants of Clean's output.
func checkClean(t *testing.T, out string) {
	t.Helper()
	if out == "" {
		return
	}
	if !utf8.ValidString(out) {
		t.Fatalf("output is not UTF-8: %q", out)
	}
	if !strings.HasSuffix(out, "\n") || strings.HasPrefix(out, "\n") || strings.Contains(out, "\n\n\n") {
		t.Fatalf("bad blank lines: %q", out)
	}
	if strings.ContainsAny(out, "\r\f\u00ad\u200b\ufeff\u00a0") || strings.Contains(out, " \t") || strings.Contains(out, "\t ") {
		t.Fatalf("characters Clean removes are left: %q", out)
	}
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if strings.TrimRight(l, " \t") != l {
			t.Fatalf("trailing space in %q", l)
		}
	}
}

// readFile returns a fixture's content.
func readFile(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// TestPlainASCII checks that the lines normalizeLine does not rewrite
// character by character are those the rules leave unchanged.
func TestPlainASCII(t *testing.T) {
	var all []byte
	for c := 0; c < 128; c++ {
		all = append(all, byte(c))
	}
	for _, s := range []string{"", "Dear Ms Smith,", "Q1.\tHow many?", string(all[32:127]), "a\x00b", "a\x7fb", "café", "ﬁle", "a\u00a0b", "a\rb", "\xff"} {
		if plainASCII(s) && normalizeRunes(s) != s {
			t.Errorf("plainASCII(%q), but normalizeRunes rewrites it as %q", s, normalizeRunes(s))
		}
	}
	for c := 0; c < 256; c++ {
		s := string([]byte{'a', byte(c), 'b'})
		if plainASCII(s) != (normalizeRunes(s) == s && c < 128) {
			t.Errorf("byte %#x: plainASCII says %v, normalizeRunes gives %q", c, plainASCII(s), normalizeRunes(s))
		}
	}
}

// FuzzPlainASCII checks that normalizeRunes leaves every plain ASCII text
// as it is.
func FuzzPlainASCII(f *testing.F) {
	f.Add("Dear Ms Smith,\tQ1.")
	f.Add("a\x7f\x00\xff")
	f.Fuzz(func(t *testing.T, s string) {
		if plainASCII(s) && normalizeRunes(s) != s {
			t.Fatalf("plainASCII(%q), but normalizeRunes rewrites it as %q", s, normalizeRunes(s))
		}
	})
}

// TestBanners: a banner of items joined by bars, repeated three times or
// more anywhere in a letter, goes; one seen twice, and a sentence repeated
// as answers, stay.
func TestBanners(t *testing.T) {
	banner := "SEVERNMOOR CONSTABULARY | Safer Roads, Safer Streets | Armed Forces Covenant Signatory"
	page := []string{"Who makes them?", banner, "", "They are made by Reveal Media.", banner, "",
		"This information is withheld under section 31(1)(a).", "", "This information is withheld under section 31(1)(a).", "",
		"This information is withheld under section 31(1)(a).", banner, "Parking | Permits | Fines", "", "Parking | Permits | Fines"}
	got := Clean([][]string{page})
	if strings.Contains(got, "SEVERNMOOR") {
		t.Errorf("the banner stayed:\n%s", got)
	}
	if strings.Count(got, "Parking | Permits | Fines") != 2 || strings.Count(got, "withheld under section 31(1)(a)") != 3 || !strings.Contains(got, "Who makes them?\n") {
		t.Errorf("more than the banner went:\n%s", got)
	}
}

// TestGluedLeadIn: a scan that lost the space in "In response" gets it
// back, so the key reads.
func TestGluedLeadIn(t *testing.T) {
	got := Clean([][]string{{"Inresponse to question four, the team has 112 staff.", "Inland waterways are not covered."}})
	want := "In response to question four, the team has 112 staff.\nInland waterways are not covered.\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
