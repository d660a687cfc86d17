package report

import (
	"fmt"
	"strings"

	"github.com/foicheck/foicheck/compare"
)

// mdEscape makes letter text safe inside Markdown: characters that would
// start emphasis, code, links, HTML or a table cell are escaped, and line
// breaks become spaces so that a cell stays one row.
func mdEscape(s string) string {
	s = oneLine(s)
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>|~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (c Config) checkMarkdown(r CheckResult) string {
	var b strings.Builder
	d := r.Draft
	fmt.Fprintf(&b, "# Consistency check: %s\n\n", mdEscape(orDash(d.Reference)))
	fmt.Fprintf(&b, "- Authority: %s\n- Date: %s\n- Source: %s\n- History: dated before %s, match score at least %.2f\n\n",
		mdEscape(orDash(d.Authority)), orDash(d.Date.String()), mdEscape(d.Source), dateOr(r.AsOf, "today"), r.MinScore)
	matched := 0
	for _, m := range r.Matches {
		if len(m.Previous) > 0 {
			matched++
		}
	}
	b.WriteString(checkSummary(r, matched) + "\n\n")
	if len(r.Findings) > 0 {
		b.WriteString("## Findings\n\n| Severity | Kind | Question | Now | Before | Message |\n| --- | --- | --- | --- | --- | --- |\n")
		for _, f := range r.Findings {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s %s %s: %s | %s |\n",
				strings.ToUpper(string(f.Severity)), f.Kind, f.QuestionID, mdEscape(stanceText(f.Current)),
				mdEscape(orDash(f.Previous.Reference)), f.Previous.Date, f.Previous.QuestionID,
				mdEscape(stanceText(f.Previous.Stance)), mdEscape(f.Message))
		}
		b.WriteByte('\n')
	}
	b.WriteString("## Questions\n\n| Question | Draft | Asked | Precedent |\n| --- | --- | --- | --- |\n")
	for i, q := range d.Questions {
		var prev []compare.Previous
		if i < len(r.Matches) {
			prev = r.Matches[i].Previous
		}
		before := "not asked before"
		if len(prev) > 0 {
			p := precedentOf(prev)
			before = fmt.Sprintf("%s %s %s: %s", mdEscape(orDash(p.Reference)), p.Date, p.QuestionID, mdEscape(stanceText(p.Stance)))
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", q.ID, mdEscape(stanceText(q.Stance)), mdEscape(truncate(oneLine(q.Text), 120)), before)
	}
	return b.String()
}

// precedentOf is the most recent of the matches, as compare chooses it.
func precedentOf(prev []compare.Previous) compare.Previous {
	best := prev[0]
	for _, p := range prev[1:] {
		if c := p.Date.Compare(best.Date); c > 0 || (c == 0 && p.Score > best.Score) {
			best = p
		}
	}
	return best
}
