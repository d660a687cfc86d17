package report

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/foicheck/foicheck/compare"
	"github.com/foicheck/foicheck/corpus"
)

// sampleCheck is a check whose letter text tries to break every format:
// markup, table pipes, Markdown emphasis, a script.
func sampleCheck() CheckResult {
	draft := westmarch()
	draft.Reference = "FOI 1187/24"
	draft.Date = corpus.NewDate(2024, time.December, 11)
	draft.Questions[0].Stance = corpus.Stance{Kind: corpus.Withheld, Exemptions: []string{"s31(1)(a)"}}
	draft.Questions[0].Text = `Incumbent <script>alert("x")</script> supplier | *all* contracts`
	prev := compare.Previous{Reference: "FOI 0456/22", Date: corpus.NewDate(2022, time.May, 2), Source: "h/0456.pdf",
		QuestionID: "P1.Q1", Score: 0.93, Stance: corpus.Stance{Kind: corpus.Released, Exemptions: []string{}},
		Answer: "Northgate <b>Voice</b> Ltd | web chat", Question: "Incumbent supplier"}
	f := compare.Finding{Kind: compare.NewlyWithheld, Severity: compare.High, QuestionID: "P1.Q1",
		Question: draft.Questions[0].Text, Current: draft.Questions[0].Stance, Previous: prev,
		Message: `P1.Q1 was released in FOI 0456/22 (2 May 2022: "Northgate <b>Voice</b> Ltd"); the draft withholds it under s31(1)(a).`}
	matches := []compare.Match{{QuestionID: "P1.Q1", Previous: []compare.Previous{prev}}}
	for _, q := range draft.Questions[1:] {
		matches = append(matches, compare.Match{QuestionID: q.ID, Previous: []compare.Previous{}})
	}
	return CheckResult{Check: compare.Check{Draft: draft, Matches: matches, Findings: []compare.Finding{f}},
		AsOf: draft.Date, MinScore: 0.5}
}

func TestWriteCheckGolden(t *testing.T) {
	for _, tt := range []struct {
		name   string
		format Format
		config Config
	}{
		{"check.text", Text, Config{}},
		{"check.color.text", Text, Config{Color: true}},
		{"check.json", JSON, Config{}},
		{"check.md", Markdown, Config{}},
		{"check.html", HTML, Config{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.config.WriteCheck(&buf, sampleCheck(), tt.format); err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("testdata", tt.name+".golden"), buf.Bytes())
		})
	}
}

func TestWriteCheckEscapes(t *testing.T) {
	var buf bytes.Buffer
	if err := (Config{}).WriteCheck(&buf, sampleCheck(), HTML); err != nil {
		t.Fatal(err)
	}
	html := buf.String()
	for _, bad := range []string{"<script>", "<b>Voice"} {
		if strings.Contains(html, bad) {
			t.Errorf("HTML contains unescaped letter text %q", bad)
		}
	}
	if !strings.Contains(html, "&lt;script&gt;") {
		t.Error("HTML lost the escaped script text")
	}
	buf.Reset()
	if err := (Config{}).WriteCheck(&buf, sampleCheck(), Markdown); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(buf.String(), "\n") {
		if strings.HasPrefix(line, "| HIGH") {
			// Six columns: seven unescaped pipes.
			if n := strings.Count(line, "|") - strings.Count(line, `\|`); n != 7 {
				t.Errorf("finding row has %d cell separators: %s", n, line)
			}
		}
	}
	buf.Reset()
	if err := (Config{}).WriteCheck(&buf, sampleCheck(), JSON); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"draft", "matches", "findings"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("check JSON lacks %q", k)
		}
	}
	if err := (Config{}).WriteCheck(&buf, sampleCheck(), CSV); err == nil {
		t.Error("CSV of a check: no error")
	}
}
