package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/foicheck/foicheck/compare"
)

// AuditResult is an audit as the contract's JSON shows it: how many
// responses were audited and their findings (newest response first).
type AuditResult struct {
	compare.Audit
}

// ReportResult is the periodic report: the audit of the responses dated
// in Period, with totals.
type ReportResult struct {
	compare.Audit
	Period compare.Period `json:"period"`
	Totals compare.Totals `json:"totals"`
}

// WriteAudit writes an audit as Text (grouped by response, newest first),
// JSON (the contract's Audit) or CSV (one row per finding).
func (c Config) WriteAudit(w io.Writer, a AuditResult, f Format) error {
	if a.Findings == nil {
		a.Findings = []compare.AuditFinding{}
	}
	switch f {
	case JSON:
		return writeJSON(w, a)
	case Text:
		_, err := io.WriteString(w, c.auditText(a.Audit, nil)+auditSummary(a.Audit)+"\n")
		return err
	case CSV:
		return writeFindingsCSV(w, a.Findings)
	}
	return fmt.Errorf("audit as %q: %w", f, ErrUnsupportedFormat)
}

// WriteReport writes a periodic report as Text, JSON (an Audit with its
// period and totals), Markdown, CSV (one row per finding), HTML or XLSX.
func (c Config) WriteReport(w io.Writer, r ReportResult, f Format) error {
	if r.Findings == nil {
		r.Findings = []compare.AuditFinding{}
	}
	switch f {
	case JSON:
		return writeJSON(w, r)
	case Text:
		_, err := io.WriteString(w, c.reportText(r))
		return err
	case Markdown:
		_, err := io.WriteString(w, reportMarkdown(r))
		return err
	case CSV:
		return writeFindingsCSV(w, r.Findings)
	case HTML:
		return writeReportHTML(w, r)
	case XLSX:
		return writeReportXLSX(w, r)
	}
	return fmt.Errorf("report as %q: %w", f, ErrUnsupportedFormat)
}

// auditText lists findings grouped by response, newest first.
func (c Config) auditText(a compare.Audit, _ *compare.Totals) string {
	var b strings.Builder
	last := ""
	for _, f := range a.Findings {
		key := f.SHA256 + f.Reference
		if key != last {
			if last != "" {
				b.WriteByte('\n')
			}
			last = key
			fmt.Fprintf(&b, "%s  %s", c.paint(sgrBold, orDash(f.Reference)), dateOr(f.Date, "undated"))
			if f.Authority != "" {
				fmt.Fprintf(&b, "  %s", f.Authority)
			}
			b.WriteByte('\n')
		}
		tag := strings.ToUpper(string(f.Severity)) + " " + string(f.Kind)
		fmt.Fprintf(&b, "  %s: %s\n", c.paint(severityColor(f.Severity), tag), f.Message)
		if f.Explained != nil {
			fmt.Fprintf(&b, "    %s %s (%s, %s %s)\n", c.paint(sgrGreen, "explained:"), f.Explained.Reason,
				f.Explained.ID, orDash(f.Explained.By), f.Explained.At.Format("2006-01-02"))
		}
	}
	if len(a.Findings) > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}

func auditSummary(a compare.Audit) string {
	t := compare.Count(a.Findings)
	s := fmt.Sprintf("%s in %s (%d high, %d medium, %d low)", plural(t.Findings, "finding"), plural(a.Responses, "response"),
		t.BySeverity[compare.High], t.BySeverity[compare.Medium], t.BySeverity[compare.Low])
	if t.Explained > 0 {
		s += fmt.Sprintf("; %d explained, %d unexplained", t.Explained, t.Findings-t.Explained)
	}
	return s + "."
}

func (c Config) reportText(r ReportResult) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s to %s\n", c.paint(sgrBold, "Consistency report"), dateOr(r.Period.Since, "the start"), dateOr(r.Period.Until, "today"))
	fmt.Fprintf(&b, "%s\n", auditSummary(r.Audit))
	t := r.Totals
	var kinds []string
	for _, k := range compare.Kinds {
		if n := t.ByKind[k]; n > 0 {
			kinds = append(kinds, fmt.Sprintf("%s %d", k, n))
		}
	}
	if len(kinds) > 0 {
		fmt.Fprintf(&b, "By kind: %s\n", strings.Join(kinds, ", "))
	}
	if r.Responses == 0 {
		b.WriteString("No responses are dated in this period.\n")
		return b.String()
	}
	if len(r.Findings) == 0 {
		b.WriteString("Every response in the period is consistent with the history before it.\n")
		return b.String()
	}
	b.WriteByte('\n')
	b.WriteString(c.auditText(r.Audit, &t))
	return b.String()
}

func reportMarkdown(r ReportResult) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Consistency report, %s to %s\n\n", dateOr(r.Period.Since, "the start"), dateOr(r.Period.Until, "today"))
	fmt.Fprintf(&b, "%s\n\n", auditSummary(r.Audit))
	t := r.Totals
	b.WriteString("| Kind | Findings |\n| --- | --- |\n")
	for _, k := range compare.Kinds {
		fmt.Fprintf(&b, "| %s | %d |\n", k, t.ByKind[k])
	}
	b.WriteString("\n| Severity | Findings | Unexplained |\n| --- | --- | --- |\n")
	for _, s := range compare.Severities {
		fmt.Fprintf(&b, "| %s | %d | %d |\n", s, t.BySeverity[s], t.Unexplained[s])
	}
	if len(r.Findings) == 0 {
		if r.Responses == 0 {
			b.WriteString("\nNo responses are dated in this period.\n")
		} else {
			b.WriteString("\nEvery response in the period is consistent with the history before it.\n")
		}
		return b.String()
	}
	b.WriteString("\n## Findings\n\n| Response | Date | Question | Severity | Kind | Now | Before | Message | Explained |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")
	for _, f := range r.Findings {
		expl := ""
		if f.Explained != nil {
			expl = mdEscape(f.Explained.Reason)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s %s %s: %s | %s | %s |\n",
			mdEscape(orDash(f.Reference)), f.Date, f.QuestionID, f.Severity, f.Kind, mdEscape(stanceText(f.Current)),
			mdEscape(orDash(f.Previous.Reference)), f.Previous.Date, f.Previous.QuestionID, mdEscape(stanceText(f.Previous.Stance)),
			mdEscape(f.Message), expl)
	}
	return b.String()
}

// findingColumns are the CSV header, one finding per row.
var findingColumns = []string{"date", "reference", "authority", "question_id", "severity", "kind", "explained",
	"explanation", "current_stance", "current_exemptions", "previous_reference", "previous_date",
	"previous_question_id", "previous_stance", "previous_exemptions", "score", "question", "message", "source"}

func findingRow(f compare.AuditFinding) []string {
	expl, reason := "no", ""
	if f.Explained != nil {
		expl, reason = "yes", f.Explained.Reason
	}
	return []string{f.Date.String(), f.Reference, f.Authority, f.QuestionID, string(f.Severity), string(f.Kind),
		expl, reason, string(kindOf(f.Current)), strings.Join(f.Current.Exemptions, " "),
		f.Previous.Reference, f.Previous.Date.String(), f.Previous.QuestionID, string(kindOf(f.Previous.Stance)),
		strings.Join(f.Previous.Stance.Exemptions, " "), strconv.FormatFloat(f.Previous.Score, 'f', 3, 64),
		oneLine(f.Question), f.Message, f.Source}
}

// writeFindingsCSV writes RFC 4180 CSV with a header row. Cells that a
// spreadsheet would run as a formula are prefixed with a quote.
func writeFindingsCSV(w io.Writer, fs []compare.AuditFinding) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(findingColumns); err != nil {
		return err
	}
	for _, f := range fs {
		row := findingRow(f)
		for i := range row {
			row[i] = csvSafe(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe defuses spreadsheet formula injection: letter text is untrusted,
// and a cell starting with = + - @ would run as a formula in Excel.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
