package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestCentredTableRows: a two-column table printed to PDF with each cell
// centred in its row. A short answer sits between its question's lines,
// a long one starts above its question's first line.
func TestCentredTableRows(t *testing.T) {
	text := "Rutland and Welland Council\nRef: RWC/2024/FOI/8820\nDate: 20 November 2024\n\nDear\n\n" +
		"Question\tResponse\n\n" +
		"1. Number of licensed hackney\n\t112\ncarriage vehicles at 1 October 2024.\n\n" +
		"2. Details of any test-purchase or\n\nplain-clothes operations carried out\n\tWithheld – s31(1)(a).\nagainst unlicensed drivers.\n\n" +
		"\tThe Council does not record whether vehicles are\n3. How many vehicles are\n\twheelchair accessible. This information is not held.\nwheelchair accessible?\n\n" +
		"4. Has the Council adopted the DfT\n\nStatutory Standards?\tYes, from 1 April 2021.\n\n" +
		"Yours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		id     string
		kind   StanceKind
		answer string
	}{
		{"P1.Q1", Released, "112"},
		{"P1.Q2", Withheld, "Withheld – s31(1)(a)."},
		{"P1.Q3", NotHeld, "The Council does not record whether vehicles are wheelchair accessible. This information is not held."},
		{"P1.Q4", Released, "Yes, from 1 April 2021."},
	}
	if len(r.Questions) != len(want) {
		t.Fatalf("got %d questions, want %d: %+v", len(r.Questions), len(want), r.Questions)
	}
	for i, w := range want {
		q := r.Questions[i]
		if q.ID != w.id || q.Stance.Kind != w.kind || q.Answer != w.answer {
			t.Errorf("%s: got %s %q, want %s %s %q", w.id, q.ID, q.Answer, w.id, w.kind, w.answer)
			t.Logf("kind %s", q.Stance.Kind)
		}
	}
}

// TestNumberedThreeColumnTable: "No. | Question | Response" keeps each
// column to itself.
func TestNumberedThreeColumnTable(t *testing.T) {
	text := "Harrowden District Council\nOur ref: EIR/2025/031\nDate: 3 May 2025\n\nDear\n\n" +
		"No.\tYou asked\tOur response\n" +
		"1\tHow many enforcement officers do you employ?\t4.0 FTE\n" +
		"2\tWhat is the value of the fleet contract?\tWithheld under section 43(2).\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := [][2]string{
		{"How many enforcement officers do you employ?", "4.0 FTE"},
		{"What is the value of the fleet contract?", "Withheld under section 43(2)."},
	}
	if len(r.Questions) != len(want) {
		t.Fatalf("got %d questions, want %d", len(r.Questions), len(want))
	}
	for i, w := range want {
		if q := r.Questions[i]; q.Text != w[0] || q.Answer != w[1] {
			t.Errorf("%s: %q / %q, want %q / %q", q.ID, q.Text, q.Answer, w[0], w[1])
		}
	}
}

// TestCentredTallAnswers: an answer of several paragraphs centred beside
// a short question starts lines above it, right after the end of the
// previous row's answer.
func TestCentredTallAnswers(t *testing.T) {
	text := "Trust\nRef: LPFT FOI 0287-25\nDate: 10 February 2025\n\nDear\n\nQuestion\tResponse\n\n" +
		"1. Number of deaths?\n\n\tThe Trust can confirm there were fewer than five.\n\n\tThe exact number is exempt under section 41(1)\n2. Number of deaths in 2024,\n\tas the duty of confidence survives death.\nwith the ward.\n\n" +
		"\tThe Trust neither confirms nor denies whether it holds\n3. Has the Trust had a report\n\tthis, by virtue of section 40(5B)(a)(i).\nabout Ward 7?\n\n" +
		"4. Number of staff.\t19.\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]StanceKind{"P1.Q2": PartiallyReleased, "P1.Q3": NCND, "P1.Q4": Released}
	for _, q := range r.Questions {
		if w, ok := want[q.ID]; ok && q.Stance.Kind != w {
			t.Errorf("%s: %s (%q), want %s", q.ID, q.Stance.Kind, q.Answer, w)
		}
	}
	if len(r.Questions) != 4 {
		t.Errorf("%d questions, want 4", len(r.Questions))
	}
}

// TestTablePartHeadingAbove: a part's heading over a table's header row
// names the part of the table's questions, as one between tables does.
func TestTablePartHeadingAbove(t *testing.T) {
	text := "Our ref: MFRS-FOI-22-019\nDate: 28th February 2022\n\nDear\n\nPart 1 – Mobilising system\n\nNo.\tYour request\tOur response\n\n" +
		"1\tWho is the supplier of the system?\tSentinel Control Systems\n\n2\tWhen does the contract end?\t31 March 2027\n\n" +
		"Part 2 – Station end alerting system\n\nNo.\tYour request\tOur response\n\n1\tWho is the supplier of the system?\tFortis Alerting Ltd\n\nYours faithfully\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"P1.Q1": "Part 1 – Mobilising system", "P1.Q2": "Part 1 – Mobilising system", "P2.Q1": "Part 2 – Station end alerting system"}
	if len(r.Questions) != len(want) {
		t.Fatalf("got %d questions, want %d", len(r.Questions), len(want))
	}
	for _, q := range r.Questions {
		if q.Context != want[q.ID] {
			t.Errorf("%s: context %q, want %q", q.ID, q.Context, want[q.ID])
		}
	}
}

// TestTablePartsRestart: a part's heading a PDF split with a wide gap
// ("Part 2 – Inbound<tab>network services") still heads its part, and
// rows numbered from 1 again after a table's last row start the next
// part at its first question, whether or not a heading names it.
func TestTablePartsRestart(t *testing.T) {
	rows := "1\tWho is the supplier?\tVantrix Ltd\n\n2\tWhen does it expire?\t31/08/2026\n\n3\tHow many agents?\t54\n\n"
	for _, tc := range []struct {
		name, heading, context string
	}{
		{"a heading split by a gap", "Part 2 – Inbound\tnetwork services contracts\n\n", "Part 2 – Inbound network services contracts"},
		{"no heading", "", ""},
	} {
		text := "Avonleigh Council\nReference: AC-FOI-1\nDate: 11-02-2025\n\nDear\n\nPart 1 – Contact centre\n\nNo.\tQuestion\tResponse\n\n" + rows +
			tc.heading + "No.\tQuestion\tResponse\n\n1\tWho is the supplier?\tTelwyn plc\n\n2\tWhat is the annual spend?\tWithheld under section 43(2).\n\nYours faithfully\n"
		r, err := Parse(Document{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := questionIDs(r), "P1.Q1 P1.Q2 P1.Q3 P2.Q1 P2.Q2"; got != want {
			t.Errorf("%s: questions %s, want %s", tc.name, got, want)
			continue
		}
		if got := r.Questions[3].Context; got != tc.context {
			t.Errorf("%s: P2.Q1's context %q, want %q", tc.name, got, tc.context)
		}
	}
}

// TestTableTopicHeadingBetweenTables: a heading naming the next table's
// subject ("Inbound network services contract") above its header row
// is that part's context, not the last row's question running on.
func TestTableTopicHeadingBetweenTables(t *testing.T) {
	text := "Strathmore Council\nOur reference: FOI/2019/0412\n20 October 2019\n\nDear\n\n" +
		"Contact centre contract\n\nYour request\tOur response\n" +
		"1. Incumbent supplier: please name the supplier of the contact centre contract.\tClarion Voice Ltd\n" +
		"2. Contact details: who in the Council is responsible for the contract?\tHead of Digital Services.\n\n" +
		"Inbound network services contract\n\nYour request\tOur response\n" +
		"1. Incumbent supplier: please name the supplier of the inbound network services contract.\tNorthlink Telecom\n" +
		"2. Contract expiry: when does the contract end?\t30 September 2021.\n\nYours sincerely\n"
	const ids = "P1.Q1 P1.Q2 P2.Q1 P2.Q2"
	for _, tc := range []struct {
		name, text, ids, context string
	}{
		{"as written", text, ids, "Inbound network services contract"},
		// A heading that names its part keeps its own words as the
		// context.
		{"part named", strings.Replace(text, "Inbound network services contract\n", "Part 2 – Inbound network services\n", 1), ids, "Part 2 – Inbound network services"},
		// The rows' cells wrapped over lines of their own, as a PDF's
		// are.
		{"wrapped", strings.Replace(text, "1. Incumbent supplier: please name the supplier of the inbound network services contract.\tNorthlink Telecom\n", "1. Incumbent supplier: please name the supplier of the\n\tNorthlink Telecom\ninbound network services contract.\n\n", 1), ids, "Inbound network services contract"},
		// Numbered on from the rows above, the rows under the heading
		// are the same part's.
		{"numbered on", strings.Replace(strings.Replace(text, "1. Incumbent supplier: please name the supplier of the inbound", "3. Incumbent supplier: please name the supplier of the inbound", 1), "2. Contract expiry", "4. Contract expiry", 1), "P1.Q1 P1.Q2 P1.Q3 P1.Q4", "Inbound network services contract"},
	} {
		r, err := Parse(Document{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		if got := questionIDs(r); got != tc.ids {
			t.Errorf("%s: questions %s, want %s", tc.name, got, tc.ids)
			continue
		}
		if got, want := r.Questions[1].Text, "Contact details: who in the Council is responsible for the contract?"; got != want {
			t.Errorf("%s: P1.Q2's text %q, want %q", tc.name, got, want)
		}
		if got := r.Questions[2].Context; got != tc.context {
			t.Errorf("%s: the third question's context %q, want %q", tc.name, got, tc.context)
		}
	}
}

// TestReviewTableThenReasons: a review's summary table of labelled rows,
// then its reasons under "Question 1", "Question 2": the headings below
// the table start no second part.
func TestReviewTableThenReasons(t *testing.T) {
	text := "London Borough of Northgate\nOur ref: NBC/IR/0112\nDate: 24 July 2025\n\nDear\n\nSummary of outcome\n\n" +
		"Question\tOriginal response\tReview decision\n\n" +
		"1. Number of PCNs issued by each officer\tWithheld – s40(2)\tOverturned – released\n\n" +
		"2. Any targets for PCN issue\tNot held\tUpheld – not held\n\n" +
		"Question 1\n\nThe figures can be given against an anonymised officer number and are attached.\n\n" +
		"Question 2\n\nThe contract contains no targets. The Council does not hold the information.\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := questionIDs(r), "P1.Q1 P1.Q2"; got != want {
		t.Errorf("questions %s, want %s", got, want)
	}
}

// questionIDs returns the IDs of a response's questions, in order,
// separated by spaces.
func questionIDs(r Response) string {
	ids := make([]string, len(r.Questions))
	for i, q := range r.Questions {
		ids[i] = q.ID
	}
	return strings.Join(ids, " ")
}

// TestGroundsColumnTable checks a table set without borders whose third
// column names the exemption ("Your question | Our response | Exemption"),
// its cells centred in their rows as a PDF draws them: an answer cell that
// begins above its question's first line and runs on beside it
// mid-sentence belongs to that row, and one cell that names two questions
// ("Questions 3 and 4: ...") and is read half to each row serves both.
func TestGroundsColumnTable(t *testing.T) {
	text := "Department for Harbours\nOur reference: FOI2023/20411\nDate: 3 April 2023\n\nDear\n\n" +
		"Your question\tOur response\tExemption\n\n" +
		"1. How much was\n\nallocated from the\n\t2021-22: £12.1 million\nHarbour Fund\t\tNone – released\n\t2022-23: £14.6 million\nin 2021-22 and 2022-23?\n\n" +
		"2. Please provide the\n\tQuestions 2 and 3: we hold information within the scope of\nsubmissions to Ministers\n" +
		"\tboth questions. It relates to the formulation and\nrecommending the 2022-\n\tdevelopment of harbour policy, which is still live, and\t\tSection 35(1)(a) –\n" +
		"23 allocations.\t\tformulation or\n\tMinisters and officials need\n3. Please provide\t\tdevelopment of\n" +
		"\ta safe space to consider options and the public interest in\ncorrespondence with HM\t\tgovernment policy\n" +
		"\tmaintaining the exemption outweighs the public interest in\nTreasury about the Fund.\n\tdisclosure at this time.\n\n" +
		"\tThe panel was chaired by Ruth Calloway-Pike, Deputy\n\n" +
		"4. What are the names of\tDirector, Harbour Programmes. The remaining five\tSection 40(2) –\n\n" +
		"the officials on the panel?\tpanel members were more junior officials and their\tpersonal information\n\n" +
		"\tnames are withheld.\n\n" +
		"Public interest test – section 35(1)(a)\n\nSection 35 is a qualified exemption.\n\nYours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		id     string
		kind   StanceKind
		ex     []string
		answer string // how the answer begins
	}{
		{"P1.Q1", Released, nil, "2021-22: £12.1 million"},
		{"P1.Q2", Withheld, []string{"s35(1)(a)"}, "Questions 2 and 3:"},
		{"P1.Q3", Withheld, []string{"s35(1)(a)"}, "Questions 2 and 3:"},
		{"P1.Q4", PartiallyReleased, []string{"s40(2)"}, "The panel was chaired by Ruth Calloway-Pike, Deputy Director"},
	}
	if len(r.Questions) != len(want) {
		t.Fatalf("got %d questions, want %d: %+v", len(r.Questions), len(want), r.Questions)
	}
	for i, w := range want {
		q := r.Questions[i]
		if q.ID != w.id || q.Stance.Kind != w.kind || !slices.Equal(q.Stance.Exemptions, w.ex) || !strings.HasPrefix(q.Answer, w.answer) {
			t.Errorf("%s: got %s %s %v %q, want %s %v %q...", w.id, q.ID, q.Stance.Kind, q.Stance.Exemptions, q.Answer, w.kind, w.ex, w.answer)
		}
	}
}

// TestRowsForSeveralQuestions checks a "Question(s) | Response" table
// whose rows name the questions they answer by number ("1, 2 and 3"):
// each question numbered in the request above takes its row's answer.
func TestRowsForSeveralQuestions(t *testing.T) {
	text := "Glenarm Borough Council\nFOI reference: GBC/FOI/23/0301\nDate of response: 14 August 2023\n\nDear Applicant\n\nYou asked:\n\n" +
		"1. The number of fixed penalty notices issued for littering in 2021/22.\n" +
		"2. The number issued in 2022/23.\n" +
		"3. How many of those notices were paid.\n" +
		"4. How many unpaid notices resulted in prosecution.\n" +
		"5. The names of the wardens who issued them.\n\n" +
		"Question(s)\tResponse\n" +
		"1 and 2\t2021/22: 148 2022/23: 161\n" +
		"3 & 4\tThe Council's income system does not record payment outcomes. The Council does not hold the information requested in questions 3 and 4.\n" +
		"5\tThe names of the wardens are withheld under section 40(2).\n\n" +
		"Yours sincerely\n"
	r, err := Parse(Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"P1.Q1 released The number of fixed penalty notices issued for littering in 2021/22.",
		"P1.Q2 released The number issued in 2022/23.",
		"P1.Q3 not_held How many of those notices were paid.",
		"P1.Q4 not_held How many unpaid notices resulted in prosecution.",
		"P1.Q5 withheld The names of the wardens who issued them.",
	}
	var got []string
	for _, q := range r.Questions {
		got = append(got, fmt.Sprintf("%s %s %s", q.ID, q.Stance.Kind, q.Text))
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
