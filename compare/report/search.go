package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/foicheck/foicheck/corpus"
)

// SearchResult is what a search found.
type SearchResult struct {
	Query string `json:"query"`
	// Total is how many questions matched; Hits are the best of them.
	Total int         `json:"total"`
	Hits  []SearchHit `json:"hits"`
}

// SearchHit is one question found, with where it came from and an extract
// showing why it matched.
type SearchHit struct {
	Reference  string        `json:"reference"`
	Date       corpus.Date   `json:"date"`
	Authority  string        `json:"authority"`
	QuestionID string        `json:"question_id"`
	Stance     corpus.Stance `json:"stance"`
	Question   string        `json:"question"`
	Answer     string        `json:"answer"`
	Source     string        `json:"source"`
	SHA256     string        `json:"sha256"`
	// Field names where Fragment comes from: "question", "answer" or
	// "context".
	Field    string `json:"field"`
	Fragment string `json:"fragment"`
	// Highlights are the byte ranges of Fragment that matched the query.
	Highlights []Span `json:"highlights"`
}

// Span is a byte range [Start, End) of a string.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// WriteSearch writes r as Text (two lines per hit: where it is from and its
// stance, then the fragment with the matched words marked, bold on a
// colour terminal and in [brackets] otherwise) or JSON.
func (c Config) WriteSearch(w io.Writer, r SearchResult, f Format) error {
	if r.Hits == nil {
		r.Hits = []SearchHit{}
	}
	for i := range r.Hits {
		if r.Hits[i].Highlights == nil {
			r.Hits[i].Highlights = []Span{}
		}
	}
	switch f {
	case JSON:
		return writeJSON(w, r)
	case Text:
		_, err := io.WriteString(w, c.searchText(r))
		return err
	}
	return fmt.Errorf("search result as %q: %w", f, ErrUnsupportedFormat)
}

func (c Config) searchText(r SearchResult) string {
	var b strings.Builder
	if len(r.Hits) == 0 {
		b.WriteString("No question matches.\n")
		return b.String()
	}
	for i, h := range r.Hits {
		if i > 0 {
			b.WriteByte('\n')
		}
		ref := h.Reference
		if ref == "" {
			ref = "(no reference)"
		}
		date := h.Date.String()
		if date == "" {
			date = "(undated)"
		}
		stance := string(kindOf(h.Stance))
		if len(h.Stance.Exemptions) > 0 {
			stance += " " + strings.Join(h.Stance.Exemptions, ", ")
		}
		fmt.Fprintf(&b, "%s  %s  %s  %s", c.paint(sgrBold, ref), date, h.QuestionID, c.paint(kindColor(kindOf(h.Stance)), stance))
		if h.Authority != "" {
			fmt.Fprintf(&b, "  %s", c.paint(sgrDim, h.Authority))
		}
		b.WriteByte('\n')
		label := ""
		if h.Field != "" && h.Field != "question" {
			label = c.paint(sgrDim, h.Field+": ")
		}
		fmt.Fprintf(&b, "  %s%s\n", label, c.mark(h.Fragment, h.Highlights))
	}
	shown := len(r.Hits)
	if r.Total > shown {
		fmt.Fprintf(&b, "\n%d of %d matching questions shown; --limit shows more.\n", shown, r.Total)
	} else {
		fmt.Fprintf(&b, "\n%s.\n", plural(r.Total, "matching question"))
	}
	return b.String()
}

// mark wraps each highlighted range of s. Ranges that overlap, run
// backwards or fall outside s are ignored rather than trusted.
func (c Config) mark(s string, spans []Span) string {
	var b strings.Builder
	at := 0
	for _, sp := range spans {
		if sp.Start < at || sp.End <= sp.Start || sp.End > len(s) {
			continue
		}
		b.WriteString(s[at:sp.Start])
		word := s[sp.Start:sp.End]
		if c.Color {
			b.WriteString(sgrBold + sgrYellow + word + sgrReset)
		} else {
			b.WriteString("[" + word + "]")
		}
		at = sp.End
	}
	b.WriteString(s[at:])
	return b.String()
}
