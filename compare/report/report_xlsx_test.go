package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/foicheck/foicheck/compare"
	"github.com/foicheck/foicheck/corpus"
)

// sampleReport is a December's report of two responses with findings, one
// of them explained, and their timelines. Its letter text tries to break
// every format: markup, a script, an SVG end tag, quotes and ampersands,
// and a question that a spreadsheet would run as a formula. The HTML,
// XLSX and browser tests share it.
func sampleReport() ReportResult {
	released := corpus.Stance{Kind: corpus.Released, Exemptions: []string{}}
	withheld := corpus.Stance{Kind: corpus.Withheld, Exemptions: []string{"s31(1)(a)"}}
	f1 := compare.AuditFinding{
		Finding: compare.Finding{Kind: compare.NewlyWithheld, Severity: compare.High, QuestionID: "P1.Q1",
			Question: `Incumbent <script>alert("x")</script> supplier & "all" contracts </svg>`,
			Current:  withheld, CurrentAnswer: "The supplier is withheld under s31(1)(a) & (b).",
			Previous: compare.Previous{Reference: "FOI 0456/22", Date: corpus.NewDate(2022, time.May, 2),
				Source: "h/0456.pdf", QuestionID: "P1.Q1", Score: 0.93, Stance: released,
				Answer: "Telephony: Northgate <b>Voice</b> Ltd.\nWeb chat: Quill & Sons </svg>", Question: "Incumbent supplier <i>please</i>"},
			Message: `P1.Q1 was released in FOI 0456/22 (2 May 2022: "Northgate <b>Voice</b> Ltd"); this response withholds it under s31(1)(a).`},
		Reference: "FOI 1187/24", Date: corpus.NewDate(2024, time.December, 11), Source: "letters/1187.pdf",
		Authority: "Westmarch Police", SHA256: "aa11",
	}
	f2 := compare.AuditFinding{
		Finding: compare.Finding{Kind: compare.ExemptionChanged, Severity: compare.Medium, QuestionID: "P1.Q3",
			Question: "Contract Expiry: for each supplier, the date the contract expires.",
			Current:  corpus.Stance{Kind: corpus.Withheld, Exemptions: []string{"s43(2)"}},
			Previous: compare.Previous{Reference: "FOI 0611/23", Date: corpus.NewDate(2023, time.June, 19),
				Source: "h/0611.pdf", QuestionID: "P2.Q3", Score: 0.81,
				Stance:   corpus.Stance{Kind: corpus.Withheld, Exemptions: []string{"s31(1)(a)", "s31(1)(b)"}},
				Question: "Contract expiry dates"},
			Message: "P1.Q3 was withheld under s31(1)(a), s31(1)(b) in FOI 0611/23; this response withholds it under s43(2).",
			Explained: &compare.Explanation{ID: "e1", Kind: compare.ExemptionChanged, Reference: "FOI 1187/24",
				Reason: `New national guidance on contract dates & "commercial interests" <s43>`,
				By:     "J. Okafor", At: time.Date(2024, time.December, 12, 9, 30, 0, 0, time.UTC)}},
		Reference: "FOI 1187/24", Date: corpus.NewDate(2024, time.December, 11), Source: "letters/1187.pdf",
		Authority: "Westmarch Police", SHA256: "aa11",
	}
	f3 := compare.AuditFinding{
		Finding: compare.Finding{Kind: compare.HeldStatusChanged, Severity: compare.High, QuestionID: "P1.Q4",
			Question: `=HYPERLINK("http://evil.example/","click") how many agents?`,
			Current:  corpus.Stance{Kind: corpus.NotHeld}, CurrentAnswer: "We do not hold this information.",
			Previous: compare.Previous{Reference: "FOI 0611/23", Date: corpus.NewDate(2023, time.June, 19),
				Source: "h/0611.pdf", QuestionID: "P2.Q4", Score: 0.77, Stance: released, Answer: "About 140 agents."},
			Message: "P1.Q4 was answered in FOI 0611/23 (19 June 2023); this response says it is not held."},
		Reference: "FOI 1187/24", Date: corpus.NewDate(2024, time.December, 11), Source: "letters/1187.pdf",
		Authority: "Westmarch Police", SHA256: "aa11",
	}
	longRef := "FOI/2024/CC-00001203/CONTACT-CENTRE-REVIEW"
	f4 := compare.AuditFinding{
		Finding: compare.Finding{Kind: compare.AnswerChanged, Severity: compare.Low, QuestionID: "P1.Q2",
			Question: "How many calls did the contact centre answer in the last financial year?",
			Current:  released, CurrentAnswer: "1,204,311 calls.",
			Previous: compare.Previous{Reference: "FOI 0377/23", Date: corpus.NewDate(2023, time.April, 3),
				Source: "h/0377.pdf", QuestionID: "P1.Q2", Score: 0.88, Stance: released, Answer: "1,150,020 calls."},
			Message: "P1.Q2 gave 1,150,020 in FOI 0377/23; this response gives 1,204,311."},
		Reference: longRef, Date: corpus.NewDate(2024, time.December, 4), Source: "letters/1203.pdf",
		Authority: "Westmarch Police", SHA256: "bb22",
	}
	fs := []compare.AuditFinding{f1, f2, f3, f4}
	q := func(id, text string, ks ...corpus.StanceKind) compare.TimelineRow {
		return compare.TimelineRow{QuestionID: id, Question: text, Stances: ks}
	}
	tl1 := compare.Timeline{Reference: "FOI 1187/24", Date: corpus.NewDate(2024, time.December, 11),
		Authority: "Westmarch Police", Title: "Contact centre <contracts>",
		Letters: []compare.TimelineLetter{
			{Reference: "FOI 0456/22", Date: corpus.NewDate(2022, time.May, 2)},
			{Reference: "FOI 0611/23", Date: corpus.NewDate(2023, time.June, 19)},
			{Reference: "FOI 0977/23 <b>", Date: corpus.NewDate(2023, time.November, 30)},
			{Reference: "FOI 1187/24", Date: corpus.NewDate(2024, time.December, 11)},
		},
		Rows: []compare.TimelineRow{
			q("P1.Q1", f1.Question, corpus.Released, corpus.Released, "", corpus.Withheld),
			q("P1.Q2", "Annual average spend </title></svg><script>x</script>", corpus.PartiallyReleased, corpus.PartiallyReleased, corpus.Refused, corpus.PartiallyReleased),
			q("P1.Q3", f2.Question, "", corpus.Withheld, corpus.NCND, corpus.Withheld),
			q("P1.Q4", f3.Question, corpus.NotHeld, corpus.Released, "", corpus.NotHeld),
			q("P1.Q5", "Manufacturer of the contact centre system", "", "", corpus.Unknown, corpus.Unknown),
		},
	}
	tl2 := compare.Timeline{Reference: longRef, Date: corpus.NewDate(2024, time.December, 4),
		Authority: "Westmarch Police",
		Letters: []compare.TimelineLetter{
			{Reference: "FOI 0377/23", Date: corpus.NewDate(2023, time.April, 3)},
			{Reference: longRef, Date: corpus.NewDate(2024, time.December, 4)},
		},
		Rows: []compare.TimelineRow{
			q("P1.Q1", "Who answers the contact centre's calls?", corpus.Released, corpus.Released),
			q("P1.Q2", f4.Question, corpus.Released, corpus.Released),
		},
	}
	return ReportResult{
		Audit:  compare.Audit{Responses: 3, Findings: fs, Timelines: []compare.Timeline{tl1, tl2}},
		Period: compare.Period{Since: corpus.NewDate(2024, time.December, 1), Until: corpus.NewDate(2024, time.December, 31)},
		Totals: compare.Count(fs),
	}
}

// emptyReport is a week in which no response is dated.
func emptyReport() ReportResult {
	return ReportResult{
		Audit:  compare.Audit{Findings: []compare.AuditFinding{}},
		Period: compare.Period{Since: corpus.NewDate(2024, time.December, 2), Until: corpus.NewDate(2024, time.December, 8)},
		Totals: compare.Count(nil),
	}
}

func readXLSX(t *testing.T, r ReportResult) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := (Config{}).WriteReport(&buf, r, XLSX); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatalf("the workbook does not open: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestWriteReportXLSXFindings(t *testing.T) {
	// The typed columns are found by position; a reordering of the CSV's
	// columns must move them too.
	for col, name := range map[int]string{colDate: "date", colPreviousDate: "previous_date", colScore: "score"} {
		if findingColumns[col] != name {
			t.Fatalf("column %d is %q, want %q", col, findingColumns[col], name)
		}
	}
	r := sampleReport()
	f := readXLSX(t, r)
	if got := f.GetSheetList(); strings.Join(got, ",") != "Findings,Totals" {
		t.Fatalf("sheets %v, want Findings, Totals", got)
	}
	rows, err := f.GetRows(findingsSheet)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+len(r.Findings) {
		t.Fatalf("%d rows, want a header and %d findings", len(rows), len(r.Findings))
	}
	if strings.Join(rows[0], ",") != strings.Join(findingColumns, ",") {
		t.Errorf("header %q, want %q", rows[0], findingColumns)
	}
	for i, fd := range r.Findings {
		want := findingRow(fd)
		got := rows[i+1]
		for len(got) < len(want) {
			got = append(got, "")
		}
		for c := range want {
			if c == colScore {
				continue
			}
			if got[c] != want[c] {
				t.Errorf("finding %d, %s: %q, want %q", i, findingColumns[c], got[c], want[c])
			}
		}
	}
	if got := rows[2][7]; !strings.HasPrefix(got, "New national guidance") {
		t.Errorf("explanation %q", got)
	}

	// Dates are dates and the score a number, not text.
	for _, cell := range []string{"A2", "L2", "P2"} {
		typ, err := f.GetCellType(findingsSheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		if typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
			t.Errorf("%s is text, want a number", cell)
		}
	}
	raw, err := f.GetCellValue(findingsSheet, "A2", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	if raw != "45637" { // 2024-12-11 as a spreadsheet serial date
		t.Errorf("A2 raw %q, want the serial date 45637", raw)
	}
	if score, _ := f.GetCellValue(findingsSheet, "P2"); score != "0.93" {
		t.Errorf("score %q, want 0.93", score)
	}

	// A question written like a formula stays text.
	q := "Q4" // question column, third finding
	typ, err := f.GetCellType(findingsSheet, q)
	if err != nil {
		t.Fatal(err)
	}
	if typ != excelize.CellTypeSharedString {
		t.Errorf("%s has type %v, want a string", q, typ)
	}
	if formula, _ := f.GetCellFormula(findingsSheet, q); formula != "" {
		t.Errorf("%s is the formula %q", q, formula)
	}
	if v, _ := f.GetCellValue(findingsSheet, q); !strings.HasPrefix(v, `=HYPERLINK(`) {
		t.Errorf("%s is %q, want the question as written", q, v)
	}

	panes, err := f.GetPanes(findingsSheet)
	if err != nil {
		t.Fatal(err)
	}
	if !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("panes %+v, want the header row frozen", panes)
	}
	filtered := false
	for _, dn := range f.GetDefinedName() {
		filtered = filtered || dn.Name == "_xlnm._FilterDatabase" && strings.HasSuffix(dn.RefersTo, "$A$1:$S$5")
	}
	if !filtered {
		t.Errorf("no autofilter over the findings: %+v", f.GetDefinedName())
	}
	if width, _ := f.GetColWidth(findingsSheet, "Q"); width < 30 {
		t.Errorf("question column %.0f wide", width)
	}
}

func TestWriteReportXLSXTotals(t *testing.T) {
	f := readXLSX(t, sampleReport())
	rows, err := f.GetRows(totalsSheet)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, row := range rows {
		if len(row) > 1 && row[0] != "" {
			got[row[0]] = row[1:]
		}
	}
	for label, want := range map[string]string{
		"Since": "2024-12-01", "Until": "2024-12-31", "Responses": "3", "Findings": "4",
		"Explained": "1", "Unexplained": "3",
		"newly_withheld": "1", "exemption_changed": "1", "held_status_changed": "1", "answer_changed": "1",
		"newly_released": "0", "ncnd_inconsistent": "0", "partly_withheld": "0",
	} {
		if len(got[label]) == 0 || got[label][0] != want {
			t.Errorf("%s: %q, want %s", label, got[label], want)
		}
	}
	for label, want := range map[string]string{"high": "2,2", "medium": "1,0", "low": "1,1"} {
		if strings.Join(got[label], ",") != want {
			t.Errorf("%s: %q, want %s (findings, unexplained)", label, got[label], want)
		}
	}
}

func TestWriteReportXLSXEmpty(t *testing.T) {
	r := emptyReport()
	r.Period = compare.Period{}
	f := readXLSX(t, r)
	rows, err := f.GetRows(findingsSheet)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 {
		t.Errorf("%d rows, want the header alone", len(rows))
	}
	since, _ := f.GetCellValue(totalsSheet, "B3")
	until, _ := f.GetCellValue(totalsSheet, "B4")
	responses, _ := f.GetCellValue(totalsSheet, "B5")
	if since != "the start" || until != "today" || responses != "0" {
		t.Errorf("open period: since %q, until %q, responses %q", since, until, responses)
	}
}

func TestWriteReportXLSXWriteError(t *testing.T) {
	if err := (Config{}).WriteReport(failWriter{}, sampleReport(), XLSX); err == nil {
		t.Error("no error from a failing writer")
	}
}

func TestWriteReportXLSXControlCharacters(t *testing.T) {
	// Text extracted from PDFs carries form feeds and stray control
	// characters, which XML cannot hold as they are: the workbook must
	// still open, with the rest of the text.
	r := sampleReport()
	r.Findings[0].Message = "page one\x0cpage two \x00\x1b end"
	f := readXLSX(t, r)
	v, err := f.GetCellValue(findingsSheet, "R2")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(v, "page one") || !strings.HasSuffix(v, " end") {
		t.Errorf("message %q", v)
	}
}
