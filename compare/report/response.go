package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/foicheck/foicheck/corpus"
)

// WriteResponse writes r in format f with the zero Config: text is
// DefaultWidth columns wide, without colour. See Config.WriteResponse.
func WriteResponse(w io.Writer, r corpus.Response, f Format) error {
	return Config{}.WriteResponse(w, r, f)
}

// WriteResponse writes r to w in format f: Text (a header of the letter's
// details, a table of its questions in the Response's order, and a count of
// stances) or JSON (the contract's Response document, indented by two
// spaces, ending in a newline). Any other format returns an error wrapping
// ErrUnsupportedFormat before anything is written; a failed write returns
// the writer's error.
func (c Config) WriteResponse(w io.Writer, r corpus.Response, f Format) error {
	switch f {
	case JSON:
		return writeJSON(w, r)
	case Text:
		var b strings.Builder
		c.responseText(&b, r)
		_, err := io.WriteString(w, b.String())
		return err
	}
	return fmt.Errorf("response as %q: %w", f, ErrUnsupportedFormat)
}

// writeJSON writes v as one indented JSON document and a newline.
func writeJSON(w io.Writer, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

func (c Config) responseText(b *strings.Builder, r corpus.Response) {
	c.responseHeader(b, r)
	b.WriteByte('\n')
	if len(r.Questions) == 0 {
		b.WriteString("No questions found.\n")
		return
	}
	t := c.questionTable(r.Questions)
	t.writeTo(b, c)
	b.WriteByte('\n')
	b.WriteString(stanceSummary(r.Questions))
	b.WriteByte('\n')
}

// responseHeader writes one "Label  value" line per detail of the letter.
// A detail the letter does not show is "-", so a reader can tell it was
// looked for.
func (c Config) responseHeader(b *strings.Builder, r corpus.Response) {
	const labelWidth = 11 // "Reference" plus two spaces
	rows := []struct{ label, value string }{
		{"Source", r.Source},
		{"SHA-256", r.SHA256},
		{"Authority", r.Authority},
		{"Reference", r.Reference},
		{"Date", r.Date.String()},
		{"Received", r.Received.String()},
		{"Title", truncate(oneLine(r.Title), max(minTextColumn, c.width()-labelWidth))},
	}
	for _, row := range rows {
		b.WriteString(c.paint(sgrBold, row.label))
		b.WriteString(strings.Repeat(" ", labelWidth-len(row.label)))
		v := oneLine(row.value)
		if v == "" {
			v = c.paint(sgrDim, "-")
		}
		b.WriteString(v)
		b.WriteByte('\n')
	}
}

// Bounds on the question and answer columns, in runes: below the minimum
// a cell says too little to be worth showing, so the line overflows.
const (
	minTextColumn = 12
	gap           = 2
)

// questionTable lays out one row per question. The identifier, stance and
// exemptions are never cut (they are what a reader scans for); the question
// and answer share what is left of the width, three parts to two.
func (c Config) questionTable(qs []corpus.Question) *table {
	t := &table{header: []string{"ID", "STANCE", "EXEMPTIONS", "QUESTION", "ANSWER"}}
	fixed := make([]int, 3)
	for i, h := range t.header[:3] {
		fixed[i] = len(h)
	}
	cells := make([][3]string, len(qs))
	for i, q := range qs {
		cells[i] = [3]string{q.ID, string(kindOf(q.Stance)), strings.Join(q.Stance.Exemptions, ", ")}
		for j, cell := range cells[i] {
			fixed[j] = max(fixed[j], runeLen(cell))
		}
	}
	rest := c.width() - fixed[0] - fixed[1] - fixed[2] - 4*gap
	qw := max(minTextColumn, rest*3/5)
	aw := max(minTextColumn, rest-qw)
	for i, q := range qs {
		t.rows = append(t.rows, []string{
			cells[i][0], cells[i][1], cells[i][2],
			truncate(oneLine(q.Text), qw),
			truncate(oneLine(q.Answer), aw),
		})
	}
	t.color = func(row, col int) string {
		if col != 1 {
			return ""
		}
		return kindColor(kindOf(qs[row].Stance))
	}
	return t
}

// kindOf returns the stance's kind, reading an empty kind as Unknown as the
// JSON form does.
func kindOf(s corpus.Stance) corpus.StanceKind {
	if s.Kind == "" {
		return corpus.Unknown
	}
	return s.Kind
}

// kindColor marks what an officer should look at: red where information
// was kept back, yellow for partial release, green for release.
func kindColor(k corpus.StanceKind) string {
	switch k {
	case corpus.Released:
		return sgrGreen
	case corpus.PartiallyReleased:
		return sgrYellow
	case corpus.Withheld, corpus.NCND, corpus.Refused:
		return sgrRed
	case corpus.NotHeld:
		return sgrCyan
	}
	return sgrDim
}

// stanceSummary counts the questions by kind, in the contract's order of
// kinds, leaving out kinds with no questions: "3 questions: 2 released,
// 1 withheld". Kinds outside the contract are counted as unknown.
func stanceSummary(qs []corpus.Question) string {
	counts := make(map[corpus.StanceKind]int)
	for _, q := range qs {
		k := kindOf(q.Stance)
		if !k.Valid() {
			k = corpus.Unknown
		}
		counts[k]++
	}
	var parts []string
	for _, k := range corpus.StanceKinds {
		if n := counts[k]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, k))
		}
	}
	noun := "questions"
	if len(qs) == 1 {
		noun = "question"
	}
	return fmt.Sprintf("%d %s: %s", len(qs), noun, strings.Join(parts, ", "))
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }
