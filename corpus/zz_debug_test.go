package corpus

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestDebugParse(t *testing.T) {
	path := os.Getenv("DEBUG_PARSE")
	if path == "" {
		t.Skip()
	}
	doc, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	r, _ := Parse(doc)
	for _, q := range r.Questions {
		b, _ := json.Marshal(q.Stance)
		t.Logf("%s %s | %.70s | A: %.80s", q.ID, b, q.Text, q.Answer)
	}
	t.Logf("meta: %q %q %s %s %q", r.Authority, r.Reference, r.Date, r.Received, r.Title)
}

func TestDebugDecision(t *testing.T) {
	s := os.Getenv("DEBUG_SENT")
	if s == "" {
		t.Skip()
	}
	p := newParser(nil, FOIA)
	t.Logf("applies=%v class=%+v refs=%+v", reApplies.MatchString(s), classifyText(s, FOIA), p.questionRefs(s))
}

func TestDebugBoiler(t *testing.T) {
	path := os.Getenv("DEBUG_PARSE")
	if path == "" {
		t.Skip()
	}
	doc, _ := Load(path)
	for i, l := range splitLines(doc.Text) {
		if isBoilerplate(l) || isArgumentHeading(l) || isResponseStart(l) {
			t.Logf("%d b=%v a=%v r=%v %q", i, isBoilerplate(l), isArgumentHeading(l), isResponseStart(l), l)
		}
	}
}

func TestDebugCue(t *testing.T) {
	path := os.Getenv("DEBUG_PARSE")
	if path == "" {
		t.Skip()
	}
	doc, _ := Load(path)
	p := newParser(splitLines(doc.Text), FOIA)
	for j := range p.lines {
		if p.isFreeHeading(j) {
			t.Logf("heading %d %q", j, p.lines[j])
		}
		l := strings.ToLower(p.lines[j])
		if strings.Contains(l, " part ") || strings.Contains(l, "second") {
			t.Logf("cue %d %q", j, p.lines[j])
		}
	}
}

func TestDebugClassify(t *testing.T) {
	s := os.Getenv("DEBUG_ANS")
	if s == "" {
		t.Skip()
	}
	t.Logf("%+v content=%v", classifyText(s, FOIA), hasReleasedContent(s))
	for _, x := range splitSentences(s) {
		l := strings.ToLower(x)
		t.Logf("%q refusal=%v reason=%v data=%v", x, reRefusalTalk.FindString(l), reReasoning.FindString(l), reDataToken.FindString(x))
	}
}
