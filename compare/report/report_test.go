package report

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/foicheck/foicheck/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// q builds a question of part 1.
func q(n int, text, answer string, kind corpus.StanceKind, ex ...string) corpus.Question {
	return corpus.Question{
		ID: corpus.QuestionID(1, n), Part: 1, Number: n,
		Text: text, Answer: answer,
		Stance: corpus.Stance{Kind: kind, Exemptions: ex},
	}
}

func westmarch() corpus.Response {
	return corpus.Response{
		Source:    "letters/westmarch-foi-0456-22.pdf",
		SHA256:    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
		Authority: "Westmarch Police",
		Reference: "FOI 0456/22",
		Date:      corpus.NewDate(2022, time.May, 2),
		Received:  corpus.NewDate(2022, time.April, 4),
		Title:     "Contact centre and inbound network contracts",
		Questions: []corpus.Question{
			q(1, "Incumbent Supplier: For each of the contract(s) please can you provide me with the supplier of the contract.",
				"Telephony: Northgate Voice Ltd.\nWeb chat: Quill Systems plc", corpus.Released),
			q(2, "Annual Average Spend: For each supplier, please state the annual average (over 3 years) spend",
				"The value of the contracts is withheld under Section 43(2).", corpus.PartiallyReleased, "s43(2)"),
			q(3, "Contract Expiry: For each supplier, please state the date of when the contract expires.",
				"", corpus.Withheld, "s31(1)(a)", "s31(1)(b)"),
			q(4, "Number of agents – “approximately” how many?", "We do not hold this information.", corpus.NotHeld),
			q(5, "Manufacturer of the contact centre system", "", ""),
		},
	}
}

func TestWriteResponseGolden(t *testing.T) {
	tests := []struct {
		name   string
		r      corpus.Response
		format Format
		config Config
	}{
		{"westmarch.text", westmarch(), Text, Config{}},
		{"westmarch.narrow.text", westmarch(), Text, Config{Width: 60}},
		{"westmarch.tiny.text", westmarch(), Text, Config{Width: 10}},
		{"westmarch.color.text", westmarch(), Text, Config{Color: true}},
		{"westmarch.json", westmarch(), JSON, Config{}},
		{"empty.text", corpus.Response{Source: "blank.txt"}, Text, Config{}},
		{"empty.json", corpus.Response{Source: "blank.txt"}, JSON, Config{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.config.WriteResponse(&buf, tt.r, tt.format); err != nil {
				t.Fatalf("WriteResponse: %v", err)
			}
			golden(t, filepath.Join("testdata", tt.name+".golden"), buf.Bytes())
		})
	}
}

// golden compares got with the file at path, or rewrites the file under
// -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (go test -update rewrites it)\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func TestTextFitsWidth(t *testing.T) {
	// Below about 80 columns the identifier, stance and exemption columns
	// alone fill the line; they are never cut, nor are the source and hash.
	for _, width := range []int{80, 100, 140} {
		var buf bytes.Buffer
		if err := (Config{Width: width}).WriteResponse(&buf, westmarch(), Text); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(buf.String(), "\n") {
			if strings.HasPrefix(line, "Source") || strings.HasPrefix(line, "SHA-256") {
				continue
			}
			if n := runeLen(line); n > width {
				t.Errorf("width %d: line of %d runes: %q", width, n, line)
			}
			if strings.HasSuffix(line, " ") {
				t.Errorf("width %d: trailing space: %q", width, line)
			}
		}
	}
}

func TestWriteResponseZeroConfig(t *testing.T) {
	var a, b bytes.Buffer
	if err := WriteResponse(&a, westmarch(), Text); err != nil {
		t.Fatal(err)
	}
	if err := (Config{Width: DefaultWidth}).WriteResponse(&b, westmarch(), Text); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("zero Config differs from Width: DefaultWidth")
	}
}

func TestWriteResponseUnsupported(t *testing.T) {
	for _, f := range []Format{Markdown, HTML, CSV, XLSX, "", "xml"} {
		var buf bytes.Buffer
		err := WriteResponse(&buf, westmarch(), f)
		if !errors.Is(err, ErrUnsupportedFormat) {
			t.Errorf("%q: error %v, want ErrUnsupportedFormat", f, err)
		}
		if buf.Len() != 0 {
			t.Errorf("%q: wrote %d bytes before failing", f, buf.Len())
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteResponseWriteError(t *testing.T) {
	for _, f := range []Format{Text, JSON} {
		if err := WriteResponse(failWriter{}, westmarch(), f); err == nil || err.Error() != "disk full" {
			t.Errorf("%s: error %v, want the writer's", f, err)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"", 5, ""},
		{"short", 5, "short"},
		{"shorter", 5, "shor…"},
		{"two words", 5, "two…"},
		{"£450 limit", 4, "£45…"},
		{"“quoted”", 3, "“q…"},
		{"abc", 1, "…"},
		{"abc", 0, ""},
		{"abc", -1, ""},
	}
	for _, tt := range tests {
		if got := truncate(tt.s, tt.n); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func TestStanceSummary(t *testing.T) {
	tests := []struct {
		qs   []corpus.Question
		want string
	}{
		{[]corpus.Question{q(1, "", "", corpus.Released)}, "1 question: 1 released"},
		{westmarch().Questions, "5 questions: 1 released, 1 partially_released, 1 withheld, 1 not_held, 1 unknown"},
		{[]corpus.Question{q(1, "", "", "bogus"), q(2, "", "", corpus.NCND)}, "2 questions: 1 ncnd, 1 unknown"},
	}
	for _, tt := range tests {
		if got := stanceSummary(tt.qs); got != tt.want {
			t.Errorf("stanceSummary = %q, want %q", got, tt.want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		s       string
		allowed []Format
		want    Format
		wantErr string
	}{
		{"text", nil, Text, ""},
		{"xlsx", nil, XLSX, ""},
		{"json", []Format{Text, JSON}, JSON, ""},
		{"csv", []Format{Text, JSON}, "", "must be one of: text, json"},
		{"JSON", []Format{Text, JSON}, "", "must be one of: text, json"},
		{"", nil, "", "must be one of: text, json, markdown, html, csv, xlsx"},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.s, tt.allowed...)
		if got != tt.want || (err == nil) != (tt.wantErr == "") || (err != nil && err.Error() != tt.wantErr) {
			t.Errorf("ParseFormat(%q, %v) = %q, %v; want %q, %q", tt.s, tt.allowed, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestFormatValue(t *testing.T) {
	var f Format
	v := NewFormatValue(&f, Text, Text, JSON)
	if f != Text || v.String() != "text" || v.Type() != "format" {
		t.Fatalf("new value: f=%q String=%q Type=%q", f, v.String(), v.Type())
	}
	if err := v.Set("json"); err != nil || f != JSON {
		t.Fatalf("Set(json): f=%q err=%v", f, err)
	}
	if err := v.Set("html"); err == nil || f != JSON {
		t.Fatalf("Set(html): f=%q err=%v; want an error and f unchanged", f, err)
	}
	allowed := v.Allowed()
	allowed[0] = XLSX
	if v.Allowed()[0] != Text {
		t.Errorf("Allowed returned the flag's own slice")
	}
}

func TestWriteVersion(t *testing.T) {
	v := Version{Version: "v0.1.0", Go: "go1.26.0", Platform: "linux/amd64"}
	tests := []struct {
		f       Format
		want    string
		wantErr error
	}{
		{Text, "foicheck v0.1.0 (go1.26.0 linux/amd64)\n", nil},
		{JSON, "{\n  \"version\": \"v0.1.0\",\n  \"go\": \"go1.26.0\",\n  \"platform\": \"linux/amd64\"\n}\n", nil},
		{CSV, "", ErrUnsupportedFormat},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		err := Config{}.WriteVersion(&buf, v, tt.f)
		if !errors.Is(err, tt.wantErr) || buf.String() != tt.want {
			t.Errorf("%s: got %q, %v; want %q, %v", tt.f, buf.String(), err, tt.want, tt.wantErr)
		}
	}
}
