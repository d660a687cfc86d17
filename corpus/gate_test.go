package corpus

import (
	"fmt"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// gatedExprs are the expressions run only on texts holding the literals
// their matches need.
var gatedExprs = map[string]*gatedRegexp{
	"handledRE": handledRE, "dateLabelRE": dateLabelRE,
	"reQuestionRef": reQuestionRef, "reRestRef": reRestRef,
}

// whole is r's expression compiled by the regexp package.
func whole(r *rx) *regexp.Regexp {
	r.build()
	return r.re
}

// checkGated compares every gated method of g with the whole expression's
// on s, and reports whether the expression matches s.
func checkGated(t testing.TB, name string, g *gatedRegexp, s string) bool {
	t.Helper()
	re := whole(g.rx)
	match := re.MatchString(s)
	if match && !g.mayMatch(s) {
		t.Fatalf("%s matches %.80q, but the text lacks a literal it needs (%v)", name, s, g.need)
	}
	checks := []struct {
		method    string
		got, want any
	}{
		{"MatchString", g.MatchString(s), match},
		{"FindStringIndex", g.FindStringIndex(s), re.FindStringIndex(s)},
		{"FindString", g.FindString(s), re.FindString(s)},
		{"FindStringSubmatch", g.FindStringSubmatch(s), re.FindStringSubmatch(s)},
		{"FindStringSubmatchIndex", g.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s)},
		{"FindAllStringIndex", g.FindAllStringIndex(s, -1), re.FindAllStringIndex(s, -1)},
		{"FindAllStringSubmatchIndex", g.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1)},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Fatalf("%s.%s(%.80q) = %v, the whole expression says %v", name, c.method, s, c.got, c.want)
		}
	}
	return match
}

func TestGatedAgrees(t *testing.T) {
	t.Parallel()
	texts := alternationTexts(t)
	for _, s := range []string{
		"Date of response: 3 May 2024", "DATE \u017FENT: 4 June", "Dated", "re\u017Fponded on 2 May",
		"This was handled under the Environmental Information Regulations", "processed within the FOISA",
		"Questions 1 and 2", "Q3", "q\u212A", "all other information", "the rest of your request",
	} {
		texts = append(texts, s)
	}
	for name, g := range gatedExprs {
		g.gate()
		if len(g.need) == 0 {
			t.Errorf("%s has no literals to look for: gating it does nothing", name)
		}
		matches := 0
		for _, s := range texts {
			if checkGated(t, name, g, s) {
				matches++
			}
		}
		if matches == 0 {
			t.Errorf("%s matched none of the texts: the comparison tries nothing", name)
		}
	}
}

func TestRequiredAll(t *testing.T) {
	tests := []struct {
		expr string
		need int // sets of literals
	}{
		{`abc`, 1},
		{`a*`, 0},
		{`(?i)under\s+the\s+(?:act|regulations)`, 3},
		{`(?:x|y)+z{2,}`, 1}, // [xy] is a class, not a literal
		{`(?:abc)?def`, 1},
		{`abc|d.`, 1},
		{`abc|.d*`, 0},
	}
	for _, tt := range tests {
		g := mustGated(tt.expr)
		g.gate()
		if len(g.need) != tt.need {
			t.Errorf("mustGated(%q).need = %v, want %d sets", tt.expr, g.need, tt.need)
		}
		if got := whole(g.rx).String(); got != regexp.MustCompile(tt.expr).String() {
			t.Errorf("mustGated(%q) compiled %q", tt.expr, got)
		}
	}
}

// FuzzGated checks the gated expressions against the whole expressions on
// any text.
func FuzzGated(f *testing.F) {
	for _, s := range []string{"Date of response: 3 May 2024", "handled under the EIR", "Questions 1 & 2", "\xff\u212a\u017f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, g := range gatedExprs {
			checkGated(t, name, g, s)
		}
	})
}

// TestQuotedStatuteGate checks that mayQuoteStatute passes every text
// reQuotedStatute matches.
func TestQuotedStatuteGate(t *testing.T) {
	t.Parallel()
	texts := alternationTexts(t)
	texts = append(texts, `"Section 1`, `– “Information is`, "(2) Section 40", "\xff\"x", `_"x`, `9"`, ` . "A`)
	matches := 0
	for _, s := range texts {
		s = strings.TrimSpace(s)
		if reQuotedStatute.MatchString(s) {
			matches++
			if !mayQuoteStatute(s) {
				t.Errorf("reQuotedStatute matches %.80q, but mayQuoteStatute is false", s)
			}
		}
	}
	if matches == 0 {
		t.Error("reQuotedStatute matched none of the texts: the check tries nothing")
	}
}

// FuzzQuotedStatuteGate checks mayQuoteStatute on any text.
func FuzzQuotedStatuteGate(f *testing.F) {
	for _, s := range []string{`"Section 1`, "(2) section 40", "\xff“x", "a\"b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if reQuotedStatute.MatchString(s) && !mayQuoteStatute(s) {
			t.Fatalf("reQuotedStatute matches %q, but mayQuoteStatute is false", s)
		}
	})
}

// TestAuthorityMatches checks that authMatches finds the names authRE
// finds in the whole line, as authority reads lines (capitals in title
// case).
func TestAuthorityMatches(t *testing.T) {
	t.Parallel()
	texts := alternationTexts(t)
	texts = append(texts, "Leeds City Council", "LEEDS CITY COUNCIL", "West Yorkshire Police's", "Department for Transport",
		"His Majesty's Treasury", "His Majesty’s Prison Service", "HM Revenue", "Cumbria Councils", "the Information Officer", "Services Ltd", "NHS_Trust", "Office9",
		"The General Dental Regulator", "As the Office of the Schools Inspectorate and the Arts Council of Wales", "the Port of Tyne\tHarbour Authority",
		"We, the Police, and Ashby and Westmere Borough Council of the North and Fens District Council", "x (Kent Police) and Police Scotland",
		"Fire & Rescue Service", "Kent Fire & Rescue Service / Medway Council", "2Police Scotland", "Anglo-Saxon Museum–Library", "Leeds\vCity Council",
		"Ynys Môn Council", "Awdurdod Parc Cenedlaethol Bannau Gŵyr / Bannau Gŵyr National Park Authority", "GŵPolice Scotland", "Ŵales Police", "TransPolice and SubCouncil", "Bath and North East Somerset Council, Bristol City Council; Avon Fire Authority.")
	matches := 0
	for _, s := range texts {
		for _, ln := range []string{s, titleCaseCaps(s)} {
			if authRE.MatchString(ln) {
				matches++
			}
			if msg := authMatchesFault(ln); msg != "" {
				t.Error(msg)
			}
		}
	}
	if matches == 0 {
		t.Error("authRE matched none of the texts: the check tries nothing")
	}
}

// authMatchesFault says how authMatches differs from authRE on ln, or "".
func authMatchesFault(ln string) string {
	want := authRE.FindAllStringIndex(ln, -1)
	if got := authMatches(ln); !reflect.DeepEqual(got, want) {
		return fmt.Sprintf("authRE finds %v in %.80q, but authMatches %v", want, ln, got)
	}
	return ""
}

// FuzzAuthorityMatches checks authMatches on any text.
func FuzzAuthorityMatches(f *testing.F) {
	for _, s := range []string{"Leeds City Council", "the Officer", "Police Scotland", "HM\u212a", "Trust_", "His Majesty’s Treasury", "Kent Fire & Rescue Service, Medway Council", "Bannau Gŵyr National Park Authority", "Cyngor Sir Ynys Môn County Council"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if msg := authMatchesFault(s); msg != "" {
			t.Fatal(msg)
		}
	})
}

// receivedEager is letter.received as it was before it found dates
// lazily: every date near a cue first.
func receivedEager(text string) Date {
	dates := datesNearCues(text)
	for i, d := range dates {
		if d.InRange {
			continue
		}
		before := sentenceBefore(text, d.Start)
		if receiptCueRE.MatchString(before) {
			return d.Date
		}
		if !requestCueRE.MatchString(before) {
			continue
		}
		for _, e := range dates[i+1:] {
			if e.Start-d.End > 200 {
				break
			}
			if !e.InRange && receiptCueRE.MatchString(sentenceBefore(text, e.Start)) {
				return e.Date
			}
		}
		return d.Date
	}
	return Date{}
}

// TestReceivedLazily checks that reading the dates near cues only as far
// as needed finds the date that reading them all finds.
func TestReceivedLazily(t *testing.T) {
	t.Parallel()
	var texts []string
	for _, glob := range []string{"testdata/letters/*", "testdata/eval/*", "testdata/text/*"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			doc, err := Load(p)
			if err != nil {
				continue
			}
			texts = append(texts, doc.Text)
		}
	}
	texts = append(texts,
		"Your request dated 31 January 2025, received on 3 February 2025.",
		"Your request of 1 May 2024.\n"+strings.Repeat("x ", 150)+"It was received on 3 May 2024.",
		"We received your request on 2 June 2024 and your email of 4 June 2024.",
		"Your email\n\nof 5 March 2023 asked for it. Request received: 7 March 2023.")
	found := 0
	for _, text := range texts {
		l := newLetter(strings.Split(text, "\n"))
		got, want := l.received(), receivedEager(l.text)
		if got != want {
			t.Errorf("received() = %v, reading every date first gives %v, in %.80q", got, want, text)
		}
		if !want.IsZero() {
			found++
		}
	}
	if found < 10 {
		t.Errorf("only %d of %d texts have a received date: the comparison tries little", found, len(texts))
	}
}

// TestRegimeGate checks that mayStateRegime passes every line in which
// handledRE finds a statement.
func TestRegimeGate(t *testing.T) {
	t.Parallel()
	texts := alternationTexts(t)
	texts = append(texts, "considered under the EIR", "handled within\tFOISA", "dealt with under the provisions of the Freedom of Information Act",
		"processed under eirs", "their request was considered under section 40", "treated under the Environmental Information Regulations")
	matches := 0
	for _, s := range texts {
		if handledRE.MatchString(s) {
			matches++
			if !mayStateRegime(strings.ToLower(s)) {
				t.Errorf("handledRE matches %.80q, but mayStateRegime is false", s)
			}
		}
	}
	if matches == 0 {
		t.Error("handledRE matched none of the texts: the check tries nothing")
	}
}

// FuzzRegimeGate checks mayStateRegime on any text.
func FuzzRegimeGate(f *testing.F) {
	for _, s := range []string{"considered under the EIR", "handled within\tFOISA", "their", "\u0130 EIR"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if handledRE.MatchString(s) && !mayStateRegime(strings.ToLower(s)) {
			t.Fatalf("handledRE matches %q, but mayStateRegime is false", s)
		}
	})
}

// leadExprs are the expressions run only on texts that begin with one of
// their leading literals.
var leadExprs = map[string]*leadRegexp{"reBoilerplate": reBoilerplate, "reArgumentHeading": reArgumentHeading}

func TestLeadAgrees(t *testing.T) {
	t.Parallel()
	texts := alternationTexts(t)
	texts = append(texts, "Kind regards", "\u212aind regards", "\u017Fcottish Information Commissioner", "yours \u017Fincerely",
		"Re-use of information", "HARM", "harmful", "\xffKind regards", "The council has a complaints procedure", "Annex A")
	for name, g := range leadExprs {
		g.lead()
		if !g.gated {
			t.Errorf("%s has no leading literals to look for: gating it does nothing", name)
		}
		matches := 0
		for _, s := range texts {
			for _, v := range []string{s, strings.TrimSpace(s)} {
				want := whole(g.rx).MatchString(v)
				if got := g.MatchString(v); got != want {
					t.Errorf("%s.MatchString(%.80q) = %v, the whole expression says %v", name, v, got, want)
				}
				if want {
					matches++
				}
			}
		}
		if matches == 0 {
			t.Errorf("%s matched none of the texts: the comparison tries nothing", name)
		}
	}
}

func TestLeadingLiterals(t *testing.T) {
	tests := []struct {
		expr  string
		gated bool
	}{
		{`^abc`, true},
		{`(?i)^(?:kind|best)\s+regards`, true},
		{`abc`, false},
		{`(?m)^abc`, false},
		{`^(?:abc|\d)`, false},
		{`^a*b`, false},
		{`^(?:x|y)z`, false}, // [xy] is a class
	}
	for _, tt := range tests {
		g := mustLead(tt.expr)
		if g.lead(); g.gated != tt.gated {
			t.Errorf("mustLead(%q).gated = %v, want %v", tt.expr, g.gated, tt.gated)
		}
	}
	g := mustLead(`^The\s+end`)
	for s, want := range map[string]bool{"The end": true, "the end": false, "THE END": false} {
		if got := g.MatchString(s); got != want {
			t.Errorf("^The\\s+end matches %q: %v, want %v", s, got, want)
		}
	}
}

// FuzzLead checks the lead-gated expressions against the whole ones on any
// text.
func FuzzLead(f *testing.F) {
	for _, s := range []string{"Kind regards", "\u212aind regards", "\u017Fcottish", "harm", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, g := range leadExprs {
			if got, want := g.MatchString(s), whole(g.rx).MatchString(s); got != want {
				t.Fatalf("%s.MatchString(%q) = %v, the whole expression says %v", name, s, got, want)
			}
		}
	})
}

// TestRefLabelGate checks that mayLabelRef passes every line in which
// refLabelRE finds a label.
func TestRefLabelGate(t *testing.T) {
	t.Parallel()
	texts := alternationTexts(t)
	texts = append(texts, "Our ref: FOI 123", "CA\u017fE NO 4", "Your request: 5", "File number 7", "EIR no. 8", "my reference")
	matches := 0
	for _, s := range texts {
		if refLabelRE.MatchString(s) {
			matches++
			if !mayLabelRef(s) {
				t.Errorf("refLabelRE matches %.80q, but mayLabelRef is false", s)
			}
		}
	}
	if matches == 0 {
		t.Error("refLabelRE matched none of the texts: the check tries nothing")
	}
}

// FuzzRefLabelGate checks mayLabelRef on any text.
func FuzzRefLabelGate(f *testing.F) {
	for _, s := range []string{"Our ref: 1", "ca\u017fe no 2", "FILE NUMBER", "\xffref"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if refLabelRE.MatchString(s) && !mayLabelRef(s) {
			t.Fatalf("refLabelRE matches %q, but mayLabelRef is false", s)
		}
	})
}

// TestTrimLeadNoise checks trimLeadNoise against the expression.
func TestTrimLeadNoise(t *testing.T) {
	t.Parallel()
	texts := alternationTexts(t)
	texts = append(texts, "• Question 1", "- item", "** bold", "> quoted", "# heading", "“Quoted", "'x", "Q1", "\xff", "·a")
	changed := 0
	for _, s := range texts {
		want := reLeadNoise.ReplaceAllString(s, "")
		if got := trimLeadNoise(s); got != want {
			t.Errorf("trimLeadNoise(%.80q) = %.80q, the expression gives %.80q", s, got, want)
		}
		if want != s {
			changed++
		}
	}
	if changed == 0 {
		t.Error("the expression changed none of the texts: the comparison tries nothing")
	}
}

// FuzzTrimLeadNoise compares trimLeadNoise with the expression on any text.
func FuzzTrimLeadNoise(f *testing.F) {
	for _, s := range []string{"• Question 1", "** x", "Q1", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimLeadNoise(s), reLeadNoise.ReplaceAllString(s, ""); got != want {
			t.Fatalf("trimLeadNoise(%q) = %q, the expression gives %q", s, got, want)
		}
	})
}

// reWideGap is what wideGaps finds, as an expression.
var reWideGap = regexp.MustCompile(`[ ]*\t[\t ]*| {3,}`)

// wideGapsFault says how wideGaps differs from reWideGap on ln, or "".
func wideGapsFault(ln string) string {
	var want, got [][]int
	for _, m := range reWideGap.FindAllStringIndex(ln, -1) {
		want = append(want, m)
	}
	for g := range wideGaps(ln) {
		got = append(got, []int{g[0], g[1]})
	}
	if !reflect.DeepEqual(got, want) {
		return fmt.Sprintf("reWideGap finds %v in %q, but wideGaps %v", want, ln, got)
	}
	if w := reWideGap.ReplaceAllString(ln, " | "); markCells(ln) != w {
		return fmt.Sprintf("markCells(%q) = %q, want %q", ln, markCells(ln), w)
	}
	return ""
}

func TestWideGaps(t *testing.T) {
	t.Parallel()
	texts := append(alternationTexts(t), "", " ", "  ", "   ", "a  b", "a   b", "a\tb", "a \t b", "a  \t\t  b   ", "\t", "  \t", "a  b  \tc", "a    ")
	for _, s := range texts {
		for _, ln := range strings.Split(s, "\n") {
			if msg := wideGapsFault(ln); msg != "" {
				t.Error(msg)
			}
		}
	}
	// A stop part-way leaves the rest unread.
	for range wideGaps("a   b   c") {
		break
	}
}

// FuzzWideGaps checks wideGaps and markCells on any text.
func FuzzWideGaps(f *testing.F) {
	for _, s := range []string{"a   b", "x \t y", "  \t  ", "ab  c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if msg := wideGapsFault(s); msg != "" {
			t.Fatal(msg)
		}
	})
}
