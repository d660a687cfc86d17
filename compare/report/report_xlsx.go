package report

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/foicheck/foicheck/compare"
	"github.com/foicheck/foicheck/corpus"
)

// The sheets of the report's workbook.
const (
	findingsSheet = "Findings"
	totalsSheet   = "Totals"
)

// findingWidths are the Findings sheet's column widths, in characters, in
// findingColumns' order: wide enough for a date, a reference or an
// exemption list, with the free-text columns wider still; a cell longer
// than its column is still whole in the cell, only hidden on screen.
var findingWidths = []float64{11, 14, 22, 11, 9, 19, 9, 40, 18, 18, 14, 11, 11, 18, 18, 7, 60, 60, 30}

// Columns of findingRow that hold typed values rather than text: the two
// dates (so that a spreadsheet sorts and filters them as dates) and the
// score (a number).
const (
	colDate         = 0
	colPreviousDate = 11
	colScore        = 15
)

// writeReportXLSX writes the report as a workbook: a "Findings" sheet of
// one row per finding, the columns of the CSV, and a "Totals" sheet. Every
// piece of letter text is written as a string cell: a question that starts
// with "=" stays text and never runs as a formula.
func writeReportXLSX(w io.Writer, r ReportResult) error {
	if len(findingWidths) != len(findingColumns) {
		return fmt.Errorf("report as xlsx: %d column widths for %d columns", len(findingWidths), len(findingColumns))
	}
	f := excelize.NewFile()
	defer f.Close()
	x := xlsx{f: f}
	// NewFile starts with one sheet; renaming it keeps Findings first.
	x.do(f.SetSheetName(f.GetSheetName(0), findingsSheet))
	_, err := f.NewSheet(totalsSheet)
	x.do(err)
	x.styles()
	x.findings(r.Findings)
	x.totals(r)
	if x.err != nil {
		return fmt.Errorf("report as xlsx: %w", x.err)
	}
	_, err = f.WriteTo(w)
	return err
}

// xlsx builds a workbook, keeping the first error so that the many cell
// writes read as a list.
type xlsx struct {
	f                     *excelize.File
	err                   error
	bold, header, dateFmt int
}

func (x *xlsx) do(err error) {
	if x.err == nil && err != nil {
		x.err = err
	}
}

func (x *xlsx) styles() {
	var err error
	x.bold, err = x.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	x.do(err)
	x.header, err = x.f.NewStyle(&excelize.Style{
		Font:   &excelize.Font{Bold: true},
		Fill:   excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E8EDF3"}},
		Border: []excelize.Border{{Type: "bottom", Color: "8899AA", Style: 1}},
	})
	x.do(err)
	iso := "yyyy-mm-dd"
	x.dateFmt, err = x.f.NewStyle(&excelize.Style{CustomNumFmt: &iso})
	x.do(err)
}

// cell names the cell of a 0-based column and 1-based row.
func (x *xlsx) cell(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col+1, row)
	x.do(err)
	return name
}

// str writes s as a string cell: never a formula, whatever it starts with.
func (x *xlsx) str(sheet string, col, row int, s string) {
	x.do(x.f.SetCellStr(sheet, x.cell(col, row), s))
}

func (x *xlsx) num(sheet string, col, row int, n int) {
	x.do(x.f.SetCellInt(sheet, x.cell(col, row), int64(n)))
}

// date writes d as a date cell shown as YYYY-MM-DD, and nothing for the
// zero Date (a blank sorts and filters better than a placeholder).
func (x *xlsx) date(sheet string, col, row int, d corpus.Date) {
	if d.IsZero() {
		return
	}
	c := x.cell(col, row)
	x.do(x.f.SetCellValue(sheet, c, d.Time()))
	x.do(x.f.SetCellStyle(sheet, c, c, x.dateFmt))
}

func (x *xlsx) style(sheet string, col0, row0, col1, row1, style int) {
	x.do(x.f.SetCellStyle(sheet, x.cell(col0, row0), x.cell(col1, row1), style))
}

func (x *xlsx) findings(fs []compare.AuditFinding) {
	const s = findingsSheet
	for c, name := range findingColumns {
		x.str(s, c, 1, name)
		col, err := excelize.ColumnNumberToName(c + 1)
		x.do(err)
		x.do(x.f.SetColWidth(s, col, col, findingWidths[c]))
	}
	last := len(findingColumns) - 1
	x.style(s, 0, 1, last, 1, x.header)
	for i, f := range fs {
		row := i + 2
		for c, v := range findingRow(f) {
			switch c {
			case colDate:
				x.date(s, c, row, f.Date)
			case colPreviousDate:
				x.date(s, c, row, f.Previous.Date)
			case colScore:
				x.do(x.f.SetCellFloat(s, x.cell(c, row), f.Previous.Score, 3, 64))
			default:
				x.str(s, c, row, v)
			}
		}
	}
	// The header stays in view while scrolling, and filters every column.
	x.do(x.f.SetPanes(s, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}))
	x.do(x.f.AutoFilter(s, x.cell(0, 1)+":"+x.cell(last, len(fs)+1), nil))
}

// totals writes the period and counts, then a table by kind and a table
// by severity, each with every kind or severity, zero included, as the
// other formats show them.
func (x *xlsx) totals(r ReportResult) {
	const s = totalsSheet
	t := totalsOf(r)
	x.str(s, 0, 1, "Consistency report")
	x.style(s, 0, 1, 0, 1, x.bold)
	row := 3
	for _, p := range []struct {
		label, alt string
		d          corpus.Date
	}{{"Since", "the start", r.Period.Since}, {"Until", "today", r.Period.Until}} {
		x.str(s, 0, row, p.label)
		if p.d.IsZero() {
			x.str(s, 1, row, p.alt)
		} else {
			x.date(s, 1, row, p.d)
		}
		row++
	}
	for _, n := range []struct {
		label string
		n     int
	}{{"Responses", r.Responses}, {"Findings", t.Findings}, {"Explained", t.Explained}, {"Unexplained", t.Findings - t.Explained}} {
		x.str(s, 0, row, n.label)
		x.num(s, 1, row, n.n)
		row++
	}
	row++
	x.str(s, 0, row, "Kind")
	x.str(s, 1, row, "Findings")
	x.style(s, 0, row, 1, row, x.header)
	for _, k := range compare.Kinds {
		row++
		x.str(s, 0, row, string(k))
		x.num(s, 1, row, t.ByKind[k])
	}
	row += 2
	x.str(s, 0, row, "Severity")
	x.str(s, 1, row, "Findings")
	x.str(s, 2, row, "Unexplained")
	x.style(s, 0, row, 2, row, x.header)
	for _, sev := range compare.Severities {
		row++
		x.str(s, 0, row, string(sev))
		x.num(s, 1, row, t.BySeverity[sev])
		x.num(s, 2, row, t.Unexplained[sev])
	}
	x.do(x.f.SetColWidth(s, "A", "A", 20))
	x.do(x.f.SetColWidth(s, "B", "C", 12))
}

// totalsOf returns the report's totals, counting its findings when the
// caller left them out, so that a writer never shows zeros for findings
// it lists.
func totalsOf(r ReportResult) compare.Totals {
	if r.Totals.ByKind == nil || r.Totals.BySeverity == nil || r.Totals.Unexplained == nil {
		return compare.Count(r.Findings)
	}
	return r.Totals
}
