package corpus

import (
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// alternations are the expressions matched alternative by alternative.
var alternations = map[string]*alternation{
	"reNCND": reNCND, "reCost": reCost, "reVex": reVex, "reNotHeld": reNotHeld,
	"reWithheld": reWithheld, "rePartial": rePartial, "reSignpost": reSignpost,
	"rePending": rePending, "reReleased": reReleased, "reNotUsed": reNotUsed,
	"reNotApplied": reNotApplied, "reRefusalTalk": reRefusalTalk,
	"reReasoning": reReasoning, "reHoldConfirm": reHoldConfirm, "reGiven": reGiven,
	"reApplies": reApplies, "reResponseStart": reResponseStart, "authCueBeforeRE": authCueBeforeRE,
	"reReversal": reReversal, "reUpheld": reUpheld, "rePastDecision": rePastDecision,
	"reExplainsLaw": reExplainsLaw,
}

// alternationTexts are the fixtures' texts whole, by line and by
// sentence, as written and in lower case, with strings that try the edges
// of the literal checks: case variants outside ASCII and invalid UTF-8.
func alternationTexts(t testing.TB) []string {
	var texts []string
	seen := map[string]bool{}
	add := func(s string) {
		for _, v := range []string{s, strings.ToLower(s)} {
			if !seen[v] {
				seen[v] = true
				texts = append(texts, v)
			}
		}
	}
	for _, glob := range []string{"testdata/letters/*.txt", "testdata/eval/*.txt", "testdata/eval/*.md", "testdata/text/*.txt", "testdata/letters/*.pdf"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			var text string
			if strings.HasSuffix(p, ".pdf") {
				doc, err := Load(p)
				if err != nil {
					continue
				}
				text = doc.Text
			} else {
				b, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				text = string(b)
			}
			for _, l := range strings.Split(text, "\n") {
				add(l)
			}
			for _, s := range splitSentences(text) {
				add(s)
				add(foldSpace(s))
			}
		}
	}
	for _, s := range []string{
		"", "We are relying on ſection 40", "The council doe\u017F not hold it",
		"we will not rely on it", "WE WILL NOT RELY ON IT", "\xffnot\xff applied",
		"the \u212Aey is exempt", "we are applying", "WE ARE APPLYING", "no exemption",
		"is not engaged", "neither confirm nor deny", "£450", "would exceed 18",
		"your request was received by the ", "made on behalf of ", "’s does not", "'s holds",
	} {
		add(s)
	}
	return texts
}

func TestAlternationAgrees(t *testing.T) {
	t.Parallel()
	texts := alternationTexts(t)
	if len(texts) < 1000 {
		t.Fatalf("only %d texts to compare", len(texts))
	}
	for name, a := range alternations {
		if len(a.parts()) < 2 && len(a.alts[0].lits) == 0 {
			t.Errorf("%s was neither split into alternatives nor given literals to look for", name)
		}
		matches := 0
		for _, s := range texts {
			want := a.re.MatchString(s)
			if got := a.MatchString(s); got != want {
				t.Errorf("%s.MatchString(%.80q) = %v, the whole expression says %v", name, s, got, want)
			}
			if want {
				matches++
			}
			for _, low := range []string{strings.ToLower(s), asciiLower(s)} {
				if got, want := a.MatchLower(low), a.re.MatchString(low); got != want {
					t.Errorf("%s.MatchLower(%.80q) = %v, the whole expression says %v", name, low, got, want)
				}
			}
		}
		if matches == 0 {
			t.Errorf("%s matched none of the texts: the comparison tries nothing", name)
		}
	}
}

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		expr string
		want []literal
	}{
		{`not\s+(?:been\s+)?applied`, []literal{{s: "applied"}}},
		{`\bexempt|withh[oe]ld`, nil}, // a whole alternation is split first
		{`(?:does|do)\s+not\s+rel(?:y|ied)`, []literal{{s: "not"}}},
		{`(?i)\bplease\s+find\b`, []literal{{s: "plea", fold: true}}},
		{`(?i)exceeds?`, []literal{{s: "exceed", fold: true}}},
		{`(?:\d|£)\s*x?`, nil},
		{`(?:cost|appropriate)\s+limit`, []literal{{s: "limit"}}},
		{`(?:cost|time)\s`, []literal{{s: "cost"}, {s: "time"}}},
		{`a*b?`, nil},
	}
	for _, tt := range tests {
		a := mustAlternation(tt.expr)
		var got []literal
		if len(a.parts()) == 1 {
			got = a.alts[0].lits
		}
		if !equalLiterals(got, tt.want) {
			t.Errorf("%s: literals %v, want %v", tt.expr, got, tt.want)
		}
	}
}

// equalLiterals compares literals by their text and case, and checks that
// each is looked for first by its rarest byte.
func equalLiterals(a, b []literal) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].s != b[i].s || a[i].fold != b[i].fold || a[i].k != rarest(a[i].s) {
			return false
		}
	}
	return true
}

func TestContainsFoldASCII(t *testing.T) {
	tests := []struct {
		s, sub string
		want   bool
	}{
		{"Please Find", "find", true},
		{"PLEASE", "plea", true},
		{"pl", "plea", false},
		{"", "a", false},
		{"abc", "", true},
		{"xx[y", "{y", false}, // '[' is not '{' in another case
		{"x@y", "`y", false},
		{"Pl pL PLEB plea", "plea", true},
		{"pPPlea", "plea", true},
		{"xyzPLE", "plea", false},
		{"endsFIND", "find", true},
		{"FIN", "find", false},
		{"the EXEMPTION", "exempt", true},
		{"exe xempt", "exempt", false},
	}
	for _, tt := range tests {
		if got := containsFoldASCII(tt.s, tt.sub); got != tt.want {
			t.Errorf("containsFoldASCII(%q, %q) = %v, want %v", tt.s, tt.sub, got, tt.want)
		}
	}
}

// FuzzAlternation checks that matching alternative by alternative agrees
// with the whole expression on any text.
func FuzzAlternation(f *testing.F) {
	for _, s := range []string{"we will not rely on section 40", "the information is not held", "WE ARE APPLYING s.40", "\xff\u212a\u017f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, a := range alternations {
			if got, want := a.MatchString(s), a.re.MatchString(s); got != want {
				t.Fatalf("%s.MatchString(%q) = %v, the whole expression says %v", name, s, got, want)
			}
			low := strings.ToLower(s)
			if got, want := a.MatchLower(low), a.re.MatchString(low); got != want {
				t.Fatalf("%s.MatchLower(%q) = %v, the whole expression says %v", name, low, got, want)
			}
		}
	})
}

// TestDatePrefilters checks that the cheap tests in appendDates pass every
// text the date expressions match, so that skipping the others loses no
// date.
func TestDatePrefilters(t *testing.T) {
	t.Parallel()
	for _, k := range monthKeys {
		for _, r := range k {
			if !asciiFold(r) {
				t.Errorf("month key %q has %q, whose case variants are not all ASCII", k, r)
			}
		}
	}
	for _, name := range strings.Split(strings.Trim(monthPat, "()"), "|") {
		found := false
		for _, k := range monthKeys {
			found = found || strings.Contains(name, k)
		}
		if !found {
			t.Errorf("month %q holds none of the month keys", name)
		}
	}
	texts := alternationTexts(t)
	for _, s := range []string{"13 Sept 2024", "Tue 17 JANUARY 2023", "07-Jun-2011", "December 20th, 2024", "13/12/24", "2024-12-13", "1 ſept 2024"} {
		texts = append(texts, s)
	}
	words, numeric := 0, 0
	for _, s := range texts {
		if dmyRE.MatchString(s) || mdyRE.MatchString(s) {
			words++
			if !mayHoldWordDate(s) {
				t.Errorf("a word date in %.80q, but mayHoldWordDate is false", s)
			}
		}
		if numRE.MatchString(s) || isoRE.MatchString(s) {
			numeric++
			if !mayHoldNumericDate(s) {
				t.Errorf("a numeric date in %.80q, but mayHoldNumericDate is false", s)
			}
		}
	}
	if words == 0 || numeric == 0 {
		t.Errorf("the texts hold %d word dates and %d numeric dates: the check tries nothing", words, numeric)
	}
}

// FuzzDatePrefilters checks the date prefilters on any text.
func FuzzDatePrefilters(f *testing.F) {
	for _, s := range []string{"13 Sept 2024", "1 ſept 2024", "13/12/24", "2024-12-13", "Monday, the 1st of March 2021"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if (dmyRE.MatchString(s) || mdyRE.MatchString(s)) && !mayHoldWordDate(s) {
			t.Fatalf("a word date in %q, but mayHoldWordDate is false", s)
		}
		if (numRE.MatchString(s) || isoRE.MatchString(s)) && !mayHoldNumericDate(s) {
			t.Fatalf("a numeric date in %q, but mayHoldNumericDate is false", s)
		}
	})
}

// FuzzContainsFoldASCII compares containsFoldASCII with a plain loop.
func FuzzContainsFoldASCII(f *testing.F) {
	f.Add("Please Find", "find")
	f.Add("pPPlea", "plea")
	f.Fuzz(func(t *testing.T, s, sub string) {
		sub = asciiLower(sub)
		want := false
		for i := 0; i+len(sub) <= len(s) && !want; i++ {
			want = asciiLower(s[i:i+len(sub)]) == sub
		}
		if got := containsFoldASCII(s, sub); got != want {
			t.Fatalf("containsFoldASCII(%q, %q) = %v, want %v", s, sub, got, want)
		}
		// Looking first for any of sub's bytes gives the same answers.
		for k := range len(sub) {
			if got := containsFoldAt(s, sub, k); got != want {
				t.Fatalf("containsFoldAt(%q, %q, %d) = %v, want %v", s, sub, k, got, want)
			}
			if got, want := containsAt(s, sub, k), strings.Contains(s, sub); got != want {
				t.Fatalf("containsAt(%q, %q, %d) = %v, want %v", s, sub, k, got, want)
			}
		}
	})
}

// TestPrintExpr checks that printExpr's form of every alternative of the
// package's expressions, and of edge cases, parses back to the same
// expression wherever the tree's own String does, and that it matches
// what the expression matches.
func TestPrintExpr(t *testing.T) {
	t.Parallel()
	exprs := append(packageExprs(t),
		`(?i)kelvin|\x{212a}|ſ`, `[^.]+?x`, `a{2,}?b{3}c{1,4}`, `\bfoo$|\Bbar\z`, `(?m)^x$`, `(?s).y`,
		`(?P<n>x)|y`, `[\[\]\-\\^$.|?*+(){}]`, `(?i)[a-z0-9]+ (?-i:ABC)|(?:)`, `\pL\p{Greek}\PN`, `x*|\A`)
	mine, theirs := 0, 0
	for _, expr := range exprs {
		tree, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatalf("%q: %v", expr, err)
		}
		for _, sub := range append(alternatives(tree), tree) {
			std := printsBack(sub.String(), sub)
			s, ok := printExpr(sub)
			got := ok && printsBack(s, sub)
			if std {
				theirs++
			}
			if got {
				mine++
			}
			if std && !got {
				t.Errorf("%q: printExpr gives %q, which does not parse back to the expression", sub.String(), s)
			}
			if got {
				want := regexp.MustCompile(sub.String())
				re := regexp.MustCompile(s)
				for _, text := range []string{"kelvin \u212a x", "a.b x", "aabbbc foo", "bar", "ABC abc 12", "Ωλ 5"} {
					if g, w := re.FindAllStringSubmatchIndex(text, -1), want.FindAllStringSubmatchIndex(text, -1); !slices.Equal(flat(g), flat(w)) {
						t.Errorf("%q printed as %q: on %q matches %v, want %v", sub.String(), s, text, g, w)
					}
				}
			}
		}
	}
	t.Logf("%d forms print back as printExpr prints them, %d as String prints them", mine, theirs)
}

func flat(m [][]int) []int {
	var out []int
	for _, x := range m {
		out = append(out, x...)
		out = append(out, -2)
	}
	return out
}
