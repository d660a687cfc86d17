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
		{"How many complaints have been received to date?", rollingPeriod},
		{"How many fixed ANPR cameras does the force operate?", noPeriod},
		{"When does the contract expire?", noPeriod},
	} {
		if got := relativePeriodOf(tc.q); got != tc.want {
			t.Errorf("relativePeriodOf(%q) = %v, want %v", tc.q, got, tc.want)
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
		{"named years that differ",
			Answer{rel, "412 deployments.", "How many drone deployments were made in 2021/22?", date(2022, time.May, 1)},
			Answer{rel, "530 deployments.", "How many drone deployments were made in 2022/23?", date(2022, time.May, 30)}, false},
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
