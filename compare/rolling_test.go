package compare

import (
	"context"
	"testing"
	"time"

	"github.com/foicheck/foicheck/corpus"
)

func TestRelativePeriodOf(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want periodKind
	}{
		{"How many calls did the contact centre receive in the last financial year?", financialYear},
		{"Please state the number of calls received in the most recent financial year.", financialYear},
		{"What was the spend in the current fiscal year?", financialYear},
		{"How many drone deployments were made in the last calendar year?", calendarYear},
		{"How many incidents did the Council record last year?", calendarYear},
		{"How many incidents were reported in the past twelve months?", rollingPeriod},
		{"How much has the force spent on drones in the last three years?", rollingPeriod},
		{"How many times was fly-tipping reported in each of the last three complete financial years?", financialYear},
		{"How many complaints have been received to date?", rollingPeriod},
		{"How many potholes were reported in the financial year before that?", financialYear},
		{"How many 101 calls were abandoned in the calendar year before that?", calendarYear},
		{"What is the consultancy budget for next financial year?", financialYear},
		{"What is the budget for the coming year?", calendarYear},
		{"How many fixed ANPR cameras does the force operate?", noPeriod},
		{"When does the contract expire?", noPeriod},
	} {
		if got := relativePeriodOf(tc.q); got != tc.want {
			t.Errorf("relativePeriodOf(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestPeriodOffset(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want int
	}{
		{"How many potholes were reported in the last financial year?", 1},
		{"In the previous calendar year, how many 101 calls were abandoned?", 1},
		{"How many potholes were reported in the financial year before that?", 2},
		{"How many 101 calls were abandoned in the year before last?", 2},
		{"What is the pothole repair budget for the next financial year?", -1},
		{"How many potholes were reported before that date?", 0},
		{"How many potholes are there?", 0},
	} {
		if got := periodOffset(tc.q); got != tc.want {
			t.Errorf("periodOffset(%q) = %d, want %d", tc.q, got, tc.want)
		}
	}
}

func TestPeriodQuestion(t *testing.T) {
	qs := []corpus.Question{
		{Part: 1, Text: "How many physical assaults on staff were reported in the last financial year?"},
		{Part: 1, Text: "Please name the wards where they took place."},
		{Part: 1, Text: "How many of these assaults led to a prosecution?"},
		{Part: 1, Text: "How many assaults on staff resulted in a prosecution?"},
		{Part: 1, Text: "How many security officers does the trust employ?"},
		{Part: 2, Text: "How many of these were reported to the police?"},
		{Part: 3, Text: "How many claims were received?"},
		{Part: 3, Text: "How many claims were paid in 2024/25?"},
		{Part: 4, Text: "How many patients had waited over 52 weeks at the end of the last financial year?"},
		{Part: 4, Text: "What was the median wait at that date?"},
	}
	for i, want := range []periodKind{financialYear, noPeriod, financialYear, financialYear, noPeriod, noPeriod, noPeriod, noPeriod, financialYear, financialYear} {
		if got := relativePeriodOf(periodQuestion(qs, i)); got != want {
			t.Errorf("question %d: %q asks about %v, want %v", i, periodQuestion(qs, i), got, want)
		}
	}
}

func TestDiffPeriods(t *testing.T) {
	rel := st(corpus.Released)
	date := func(y int, m time.Month, d int) corpus.Date { return corpus.NewDate(y, m, d) }
	calls := "How many calls did the contact centre receive in the last financial year?"
	for _, tc := range []struct {
		name       string
		prev, cur  Answer
		wantChange bool
	}{
		{"another financial year: a new figure is the year's",
			Answer{rel, "186,400 calls.", calls, date(2021, time.October, 5)},
			Answer{rel, "201,300 calls.", calls, date(2025, time.March, 10)}, false},
		{"the same financial year (April to March): a new figure is a change",
			Answer{rel, "201,300 calls.", calls, date(2025, time.May, 12)},
			Answer{rel, "204,000 calls.", calls, date(2026, time.February, 2)}, true},
		{"a new name is a change in any year",
			Answer{rel, "The busiest supplier was Brightline.", "Which supplier handled most calls in the last year?", date(2021, time.October, 5)},
			Answer{rel, "The busiest supplier was Veritone.", "Which supplier handled most calls in the last year?", date(2025, time.March, 10)}, true},
		{"no period: a new figure is a change",
			Answer{rel, "42 agents.", "How many agents use the contact centre system?", date(2021, time.October, 5)},
			Answer{rel, "45 agents.", "How many agents use the contact centre system?", date(2025, time.March, 10)}, true},
		{"three years counted back, against three years named earlier",
			Answer{rel, "2019/20 – 1,263; 2020/21 – 1,588; 2021/22 – 1,471.", "The number of fly-tipping incidents recorded for 2019/20, 2020/21 and 2021/22.", date(2023, time.February, 20)},
			Answer{rel, "2021/22: 1,471 2022/23: 1,530 2023/24: 1,502", "How many times was fly-tipping reported in each of the last three complete financial years?", date(2025, time.January, 15)}, false},
		{"a period named that began after the earlier letter",
			Answer{rel, "19,500 tonnes.", "How much salt did the council hold in stock at the start of last winter?", date(2023, time.January, 10)},
			Answer{rel, "21,000 tonnes.", "How much salt did the council hold in stock at the start of the 2023-24 winter?", date(2025, time.January, 9)}, false},
		{"named years that differ",
			Answer{rel, "412 deployments.", "How many drone deployments were made in 2021/22?", date(2022, time.May, 1)},
			Answer{rel, "530 deployments.", "How many drone deployments were made in 2022/23?", date(2022, time.May, 30)}, false},
		{"the last financial year on 31 March 2025 and on 17 June 2024 is 2023/24 both times",
			Answer{rel, "768", calls, date(2024, time.June, 17)},
			Answer{rel, "801", calls, date(2025, time.March, 31)}, true},
		{"a named financial year that the other question counts back to",
			Answer{rel, "768", calls, date(2024, time.June, 17)},
			Answer{rel, "801", "How many calls did the contact centre receive in 2023/24?", date(2025, time.July, 1)}, true},
		{"a named financial year before the one the other question counts back to",
			Answer{rel, "768", calls, date(2024, time.June, 17)},
			Answer{rel, "801", "How many calls did the contact centre receive in 2022/23?", date(2024, time.June, 20)}, false},
		{"a named calendar year and the last calendar year counted back from a date in the next",
			Answer{rel, "5 incidents.", "How many incidents were recorded in 2023?", date(2024, time.February, 1)},
			Answer{rel, "6 incidents.", "How many incidents were recorded in the last calendar year?", date(2024, time.October, 1)}, true},
		{"the next financial year asked in two financial years: a new budget is the year's",
			Answer{rel, "£900,000 for 2024/25.", "What is the training budget for next financial year?", date(2024, time.February, 12)},
			Answer{rel, "£750,000 for 2025/26.", "What is the training budget for next financial year?", date(2025, time.May, 30)}, false},
		{"the next financial year asked twice in one financial year: a new budget is a change",
			Answer{rel, "£900,000.", "What is the training budget for next financial year?", date(2024, time.May, 12)},
			Answer{rel, "£750,000.", "What is the training budget for next financial year?", date(2025, time.February, 3)}, true},
		{"a named financial year that the other question counts forward to",
			Answer{rel, "£900,000.", "What is the training budget for next financial year?", date(2024, time.February, 12)},
			Answer{rel, "£750,000.", "What is the training budget for 2024/25?", date(2024, time.June, 3)}, true},
		{"an undated letter cannot be placed: a new figure is a change",
			Answer{rel, "186,400 calls.", calls, corpus.Date{}},
			Answer{rel, "201,300 calls.", calls, date(2025, time.March, 10)}, true},
	} {
		k, _, ok := Diff(tc.cur, tc.prev)
		if ok != tc.wantChange || (ok && k != AnswerChanged) {
			t.Errorf("%s: %q %v, want answer_changed %v", tc.name, k, ok, tc.wantChange)
		}
	}
}

// history is a History of a few letters, every one a candidate.
type history []corpus.Response

func (h history) Similar(ctx context.Context, text, context, authority string, before corpus.Date, limit int) ([]string, error) {
	var out []string
	for _, r := range h {
		out = append(out, r.SHA256)
	}
	return out, nil
}

func (h history) Responses(ctx context.Context, shas []string) ([]corpus.Response, error) {
	return h, nil
}

// An undated draft is answered as of the check: a new figure for "the
// last financial year" four years on is no finding.
func TestCheckUndatedDraftPeriod(t *testing.T) {
	calls := "How many calls did the contact centre receive in the last financial year?"
	rel := st(corpus.Released)
	h := history{{SHA256: "a", Authority: "Keston Borough Council", Reference: "FOI 0512/21", Date: corpus.NewDate(2021, time.October, 5),
		Questions: []corpus.Question{{ID: "P1.Q1", Text: calls, Answer: "186,400 calls.", Stance: rel}}}}
	draft := corpus.Response{SHA256: "d", Authority: "Keston Borough Council",
		Questions: []corpus.Question{{ID: "P1.Q1", Text: calls, Answer: "201,300 calls.", Stance: rel}}}
	for _, tc := range []struct {
		asOf     corpus.Date
		findings int
	}{
		{corpus.NewDate(2025, time.June, 1), 0},
		// Neither the draft nor the check has a date: the periods
		// cannot be told apart, and the figures are compared.
		{corpus.Date{}, 1},
	} {
		c, err := CheckDraft(t.Context(), h, draft, Options{AsOf: tc.asOf})
		if err != nil {
			t.Fatal(err)
		}
		if len(c.Matches) != 1 || len(c.Matches[0].Previous) != 1 {
			t.Fatalf("as of %v: matches %v, want the earlier question", tc.asOf, c.Matches)
		}
		if len(c.Findings) != tc.findings {
			t.Errorf("as of %v: findings %v, want %d", tc.asOf, c.Findings, tc.findings)
		}
	}
}

// A question that refers back to the one before ("how many of these
// assaults") asks about its period, and so does one that counts what
// happened in a request about a period ("how many assaults resulted in a
// prosecution"): a new figure a year on is no finding. A question about
// what is ("how many security officers does the trust employ") is
// compared.
func TestCheckBackReferencePeriod(t *testing.T) {
	rel := st(corpus.Released)
	assaults := "How many physical assaults on staff were reported in the last financial year?"
	h := history{{SHA256: "a", Authority: "Brackley Hospitals NHS Trust", Reference: "BHT-1120", Date: corpus.NewDate(2024, time.July, 22),
		Questions: []corpus.Question{
			{ID: "P1.Q1", Part: 1, Text: assaults, Answer: "455", Stance: rel},
			{ID: "P1.Q2", Part: 1, Text: "How many assaults on staff resulted in a prosecution?", Answer: "22", Stance: rel},
			{ID: "P1.Q3", Part: 1, Text: "How many security officers does the trust employ?", Answer: "31", Stance: rel}}}}
	for _, tc := range []struct {
		q        string
		findings int
	}{
		{"How many of these assaults led to a prosecution?", 0},
		{"How many assaults on staff resulted in a prosecution?", 0},
		{"How many security officers does the trust employ?", 1},
	} {
		draft := corpus.Response{SHA256: "d", Authority: "Brackley Hospitals NHS Trust", Date: corpus.NewDate(2025, time.April, 14),
			Questions: []corpus.Question{
				{ID: "P1.Q1", Part: 1, Text: assaults, Answer: "471", Stance: rel},
				{ID: "P1.Q2", Part: 1, Text: tc.q, Answer: "25", Stance: rel}}}
		c, err := CheckDraft(t.Context(), h, draft, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(c.Matches[1].Previous) != 1 {
			t.Fatalf("%q: matches %v, want the earlier question", tc.q, c.Matches[1].Previous)
		}
		if len(c.Findings) != tc.findings {
			t.Errorf("%q: findings %v, want %d", tc.q, c.Findings, tc.findings)
		}
	}
}

// The same sentence asked in two parts, whose headings were reworded
// between the years ("Control room" became "Mobilising system"): the
// parts' other questions tell which part is which.
func TestRewordedPartHeadings(t *testing.T) {
	rel := st(corpus.Released)
	q := func(part, n int, ctx, text string) corpus.Question {
		return corpus.Question{ID: corpus.QuestionID(part, n), Part: part, Number: n, Context: ctx, Text: text, Answer: "31 March 2027", Stance: rel}
	}
	h := history{{SHA256: "a", Authority: "Glannau Fire and Rescue Authority", Reference: "FOI/23/072", Date: corpus.NewDate(2023, time.May, 2),
		Questions: []corpus.Question{
			q(1, 1, "Part 1 - Control room", "Please name the mobilising system used in Fire Control and the company that supplied it."),
			q(1, 2, "Part 1 - Control room", "When does the contract expire?"),
			q(1, 3, "Part 1 - Control room", "How many call handlers work in Fire Control?"),
			q(2, 1, "Part 2 - Station end alerting", "Who supplies the station end equipment?"),
			q(2, 2, "Part 2 - Station end alerting", "When does the contract expire?")}}}
	draft := corpus.Response{SHA256: "d", Authority: "Glannau Fire and Rescue Service", Date: corpus.NewDate(2026, time.March, 3),
		Questions: []corpus.Question{
			q(1, 1, "Part 1 - Mobilising system", "Which mobilising system does Fire Control use?"),
			q(1, 2, "Part 1 - Mobilising system", "When does the contract expire?"),
			q(2, 1, "Part 2 - Station end alerting", "Who supplies the station end equipment?"),
			q(2, 2, "Part 2 - Station end alerting", "When does the contract expire?")}}
	c, err := CheckDraft(t.Context(), h, draft, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"P1.Q2": "P1.Q2", "P2.Q2": "P2.Q2"}
	for _, m := range c.Matches {
		w, ok := want[m.QuestionID]
		if !ok {
			continue
		}
		if len(m.Previous) != 1 || m.Previous[0].QuestionID != w {
			t.Errorf("%s matches %+v, want FOI/23/072 %s alone", m.QuestionID, m.Previous, w)
		}
	}
}

// A follow-up that names its subject only by a pronoun ("Where are
// they?") asks about what the question before it asked about.
func TestFollowUpQuestion(t *testing.T) {
	rel := st(corpus.Released)
	q := func(n int, text, answer string) corpus.Question {
		return corpus.Question{ID: corpus.QuestionID(1, n), Part: 1, Number: n, Text: text, Answer: answer, Stance: rel}
	}
	h := history{{SHA256: "a", Authority: "Hartmere District Council", Reference: "FOI 2023/0055", Date: corpus.NewDate(2023, time.March, 1),
		Questions: []corpus.Question{
			q(1, "Number of ANPR cameras in Council car parks", "12"),
			q(2, "Where are they?", "Listed on our website."),
			q(3, "Could you tell me how many CCTV cameras the Council runs in town centres and other public spaces?", "48"),
			q(4, "Where are they?", "Camera locations are published on our website.")}}}
	draft := corpus.Response{SHA256: "d", Authority: "Hartmere District Council", Date: corpus.NewDate(2026, time.March, 3),
		Questions: []corpus.Question{
			q(1, "How many public space CCTV cameras does the Council operate?", "48"),
			q(2, "Where are they?", "Camera locations are published on our website.")}}
	c, err := CheckDraft(t.Context(), h, draft, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p := c.Matches[1].Previous; len(p) != 1 || p[0].QuestionID != "P1.Q4" {
		t.Errorf("'Where are they?' after the CCTV cameras matches %+v, want P1.Q4 alone", p)
	}
}
