package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/foicheck/foicheck/compare"
	"github.com/foicheck/foicheck/corpus"
)

// CheckResult is a check with what it was checked against, for the
// report's header.
type CheckResult struct {
	compare.Check
	// AsOf is the date before which history counted.
	AsOf corpus.Date `json:"as_of"`
	// MinScore is the match threshold used.
	MinScore float64 `json:"min_score"`
}

// WriteCheck writes a check as Text (grouped by question: the draft's
// stance beside the precedent's, findings marked by severity, a summary
// line), JSON (the contract's Check document), Markdown (a summary, a
// table of findings and one of questions) or HTML (one self-contained page
// with every piece of letter text escaped).
func (c Config) WriteCheck(w io.Writer, r CheckResult, f Format) error {
	if r.Matches == nil {
		r.Matches = []compare.Match{}
	}
	if r.Findings == nil {
		r.Findings = []compare.Finding{}
	}
	switch f {
	case JSON:
		return writeJSON(w, r)
	case Text:
		_, err := io.WriteString(w, c.checkText(r))
		return err
	case Markdown:
		_, err := io.WriteString(w, c.checkMarkdown(r))
		return err
	case HTML:
		return c.checkHTML(w, r)
	}
	return fmt.Errorf("check as %q: %w", f, ErrUnsupportedFormat)
}

func severityColor(s compare.Severity) string {
	switch s {
	case compare.High:
		return sgrRed
	case compare.Medium:
		return sgrYellow
	}
	return sgrCyan
}

func stanceText(s corpus.Stance) string {
	t := string(kindOf(s))
	if len(s.Exemptions) > 0 {
		t += " " + strings.Join(s.Exemptions, ", ")
	}
	return t
}

func (c Config) checkText(r CheckResult) string {
	var b strings.Builder
	d := r.Draft
	ref := d.Reference
	if ref == "" {
		ref = "(no reference)"
	}
	fmt.Fprintf(&b, "%s %s", c.paint(sgrBold, "Draft"), ref)
	if d.Authority != "" {
		fmt.Fprintf(&b, "  %s", d.Authority)
	}
	if !d.Date.IsZero() {
		fmt.Fprintf(&b, "  %s", d.Date)
	}
	b.WriteByte('\n')
	fmt.Fprintf(&b, "%s\n", c.paint(sgrDim, fmt.Sprintf("checked against history dated before %s (match score at least %.2f)", dateOr(r.AsOf, "today"), r.MinScore)))

	byQuestion := map[string][]compare.Finding{}
	for _, f := range r.Findings {
		byQuestion[f.QuestionID] = append(byQuestion[f.QuestionID], f)
	}
	matched := 0
	width := c.width()
	for i, q := range d.Questions {
		b.WriteByte('\n')
		var prev []compare.Previous
		if i < len(r.Matches) {
			prev = r.Matches[i].Previous
		}
		if len(prev) > 0 {
			matched++
		}
		fmt.Fprintf(&b, "%s  %s\n", c.paint(sgrBold, q.ID), c.paint(kindColor(kindOf(q.Stance)), stanceText(q.Stance)))
		fmt.Fprintf(&b, "  %s\n", truncate(oneLine(q.Text), max(minTextColumn, width-2)))
		if len(prev) == 0 {
			fmt.Fprintf(&b, "  %s\n", c.paint(sgrDim, "not asked before"))
		}
		for k, p := range prev {
			if k == 3 {
				fmt.Fprintf(&b, "  %s\n", c.paint(sgrDim, fmt.Sprintf("and %d more earlier answers", len(prev)-k)))
				break
			}
			line := fmt.Sprintf("before: %s %s %s  %s", orDash(p.Reference), p.Date, p.QuestionID, stanceText(p.Stance))
			if a := oneLine(p.Answer); a != "" {
				line += "  \u201c" + a
			}
			line = truncate(line, max(minTextColumn, width-14))
			if strings.Contains(line, "\u201c") && !strings.HasSuffix(line, "…") {
				line += "\u201d"
			}
			fmt.Fprintf(&b, "  %s %s\n", line, c.paint(sgrDim, fmt.Sprintf("(%.2f)", p.Score)))
		}
		for _, f := range byQuestion[q.ID] {
			tag := strings.ToUpper(string(f.Severity)) + " " + string(f.Kind)
			fmt.Fprintf(&b, "  %s: %s\n", c.paint(severityColor(f.Severity), tag), f.Message)
			if f.Explained != nil {
				fmt.Fprintf(&b, "    %s %s (%s, %s %s)\n", c.paint(sgrGreen, "explained:"), f.Explained.Reason,
					f.Explained.ID, orDash(f.Explained.By), f.Explained.At.Format("2006-01-02"))
			}
		}
	}
	b.WriteByte('\n')
	b.WriteString(checkSummary(r, matched))
	b.WriteByte('\n')
	return b.String()
}

// checkSummary is the closing line: findings by severity, and how many
// questions were asked before.
func checkSummary(r CheckResult, matched int) string {
	counts := map[compare.Severity]int{}
	explained := 0
	for _, f := range r.Findings {
		counts[f.Severity]++
		if f.Explained != nil {
			explained++
		}
	}
	s := fmt.Sprintf("%s (%d high, %d medium, %d low)", plural(len(r.Findings), "finding"),
		counts[compare.High], counts[compare.Medium], counts[compare.Low])
	if explained > 0 {
		s += fmt.Sprintf(", %d explained", explained)
	}
	return s + fmt.Sprintf("; %d of %s asked before.", matched, plural(len(r.Draft.Questions), "question"))
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func dateOr(d corpus.Date, alt string) string {
	if d.IsZero() {
		return alt
	}
	return d.String()
}
