package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

var reQuestionIDForm = regexp.MustCompile(`^P[1-9][0-9]*\.Q[1-9][0-9]*$`)

// FuzzParse feeds arbitrary text to Parse and checks the invariants every
// Response must keep, whatever the letter.
func FuzzParse(f *testing.F) {
	for _, glob := range []string{"testdata/letters/*.txt", "testdata/eval/*.txt", "testdata/eval/*.md", "testdata/text/*.txt"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b))
			}
		}
	}
	for _, s := range parseSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r, err := Parse(Document{Source: "fuzz.txt", Text: text})
		if err != nil {
			if strings.TrimSpace(text) != "" {
				t.Fatalf("Parse failed on non-empty text: %v", err)
			}
			return
		}
		checkResponseInvariants(t, r)
	})
}

// checkResponseInvariants asserts what the contract promises of every
// parsed Response.
func checkResponseInvariants(t *testing.T, r Response) {
	t.Helper()
	seen := map[string]bool{}
	for _, q := range r.Questions {
		if !reQuestionIDForm.MatchString(q.ID) || q.ID != QuestionID(q.Part, q.Number) {
			t.Fatalf("bad question id %q (part %d, number %d)", q.ID, q.Part, q.Number)
		}
		if seen[q.ID] {
			t.Fatalf("duplicate question id %q", q.ID)
		}
		seen[q.ID] = true
		if !q.Stance.Kind.Valid() {
			t.Fatalf("%s: invalid stance kind %q", q.ID, q.Stance.Kind)
		}
		if q.Stance.Exemptions == nil {
			t.Fatalf("%s: nil exemptions", q.ID)
		}
		for _, ex := range q.Stance.Exemptions {
			if n, ok := NormalizeExemption(ex); !ok || n != ex {
				t.Fatalf("%s: exemption %q is not normalised (%q, %v)", q.ID, ex, n, ok)
			}
		}
		if !utf8.ValidString(q.Text) || !utf8.ValidString(q.Answer) {
			// Invalid input bytes may pass through; they must not be
			// created by the parser from valid input.
			continue
		}
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	var back Response
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("JSON does not round-trip: %v\n%s", err, b)
	}
	b2, _ := json.Marshal(back)
	if string(b) != string(b2) {
		t.Fatalf("JSON round-trip changed the response:\n%s\n%s", b, b2)
	}
}

var parseSeeds = []string{
	"",
	"1.",
	"Question 1\nAnswer",
	"Part 2\n1. a\n2. b\nQuestions 1-99 in part 2 are exempt under section 43(2).",
	"1\tq\ta\n2\tq\ta",
	"You asked:\nHow many?\nOur response:\nNone.",
	"A1 & 2 Section 31(1)(a)(b)(c)(d)(e)(f)(g)(h) applies",
	"Questions 1-50 to 99 and 3-2",
	"1. q\n\nA\n\n2. q\n\nB",
}
