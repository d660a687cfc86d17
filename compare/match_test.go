package compare

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/foicheck/foicheck/corpus"
)

func TestAlign(t *testing.T) {
	clone := func(s [][]float64) [][]float64 {
		out := make([][]float64, len(s))
		for i := range s {
			out[i] = slices.Clone(s[i])
		}
		return out
	}
	for _, tc := range []struct {
		name string
		// s scores the questions with their parts' headings, own
		// without (nil: the same).
		s, own [][]float64
		want   [][2]int
	}{{
		name: "in order",
		s:    [][]float64{{0.9, 0.1}, {0.1, 0.8}},
		want: [][2]int{{0, 0}, {1, 1}},
	}, {
		// Two questions that swapped places, each also resembling the
		// other's counterpart ("how many drones" and "what make and
		// model of drone"): two doubtful pairs in order must not
		// outweigh two sure pairs across each other.
		name: "swapped, each other's best",
		s:    [][]float64{{0.75, 1.0}, {1.0, 0.75}},
		want: [][2]int{{0, 1}, {1, 0}},
	}, {
		// The draft asks about calls before the contract's value; the
		// earlier letter asked about calls last. A later question that
		// only resembles the calls question (busy months) must not take
		// it from the question that asks it.
		name: "a sure pair across the order takes its question back",
		s: [][]float64{
			{1, 0, 0},
			{0, 0.2, 0.958},
			{0, 1, 0.2},
			{0, 0.2, 0.656},
		},
		want: [][2]int{{0, 0}, {1, 2}, {2, 1}},
	}, {
		// The same sentence asked in another part scores a little
		// higher when the parts' headings are alike: the order keeps
		// each with its own part's counterpart.
		name: "the same sentence in the next part stays with its part",
		s:    [][]float64{{0.906, 0.2, 0.938}, {0.2, 0.886, 0.3}},
		want: [][2]int{{0, 0}, {1, 1}},
	}, {
		// A question that moved (spending, asked last the year before)
		// and resembles the question now in its old place (the
		// contract's value) takes its own counterpart, and leaves the
		// look-alike to the question that asks it, though the order
		// would rather pair it with the look-alike.
		name: "a moved question does not take a look-alike's place",
		s: [][]float64{
			{1, 0.2, 0.2, 0.2, 0},
			{0.2, 0.85, 0.1, 0.6, 0},
			{0.2, 0.93, 0.1, 1, 0},
			{0.1, 0.1, 1, 0.1, 0},
			{0, 0, 0, 0, 1},
		},
		want: [][2]int{{0, 0}, {1, 1}, {2, 3}, {3, 2}, {4, 4}},
	}, {
		// Between matched neighbours a reworded question matches below
		// the threshold on its own words...
		name: "neighbour vouched for by order",
		s:    [][]float64{{0.9, 0.1, 0.1}, {0.1, 0.36, 0.1}, {0.1, 0.1, 0.9}},
		want: [][2]int{{0, 0}, {1, 1}, {2, 2}},
	}, {
		// ...but not when only the shared heading of the part lifts it:
		// "contract review" next to "contract expiry".
		name: "neighbour alike only by its heading",
		s:    [][]float64{{0.9, 0.1, 0.1}, {0.1, 0.41, 0.1}, {0.1, 0.1, 0.9}},
		own:  [][]float64{{0.9, 0.1, 0.1}, {0.1, 0.26, 0.1}, {0.1, 0.1, 0.9}},
		want: [][2]int{{0, 0}, {2, 2}},
	}, {
		// A neighbour's place is no evidence against a question left
		// unmatched that fits the place's question better: the
		// framework question, not the shifts question after the nurse's
		// rate.
		name: "a neighbour that another free question fits better",
		s: [][]float64{
			{0.68, 0.12, 0.10, 0.27},
			{0.28, 0.19, 0.10, 0.28},
			{0.31, 0.10, 0.40, 0.31},
			{0.28, 0.71, 0.10, 0.28},
			{0.11, 0.02, 0.32, 0.11},
		},
		want: [][2]int{{0, 0}, {3, 1}},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			own := tc.own
			if own == nil {
				own = clone(tc.s)
			}
			if got := align(clone(tc.s), own, 0.45); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("align = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestJoinedAsks(t *testing.T) {
	for _, tc := range []struct {
		q, first, second string
	}{
		{"Who supplied the vehicles and when does that contract expire?", "Who supplied the vehicles", "when does that contract expire?"},
		{"Names of the agencies used and the amounts paid to each", "Names of the agencies used", "the amounts paid to each"},
		{"Which agencies did you use, and how much did each receive?", "Which agencies did you use", "how much did each receive?"},
		// The same kind of answer twice, or no kind shown, is one ask.
		{"How many drones and how many pilots does the force have?", "", ""},
		{"What are the start and end dates of the contract?", "", ""},
		// A count and a count of a share of it are two asks.
		{"How many fly-tipping incidents were recorded, and how many of these were on private land?",
			"How many fly-tipping incidents were recorded", "how many of these were on private land?"},
	} {
		first, second, ok := joinedAsks(tc.q)
		if first != tc.first || second != tc.second || ok != (tc.first != "") {
			t.Errorf("joinedAsks(%q) = %q, %q, %v; want %q, %q", tc.q, first, second, ok, tc.first, tc.second)
		}
	}
}

func TestHalves(t *testing.T) {
	w := NewWeigher(nil)
	for _, tc := range []struct {
		q    string
		want int
	}{
		{"What is the average wait (a) for children's services and (b) for adult services?", 2},
		{"Please name the contractors used for street lighting and for highway repairs.", 2},
		{"Names of the agencies used and the amounts paid to each", 2},
		{"What is the average wait for adult services?", 0},
		{"What are the start and end dates of the contract?", 0},
	} {
		if got := len(vectorOf(w, corpus.Question{Text: tc.q}).halves); got != tc.want {
			t.Errorf("%q has %d halves, want %d", tc.q, got, tc.want)
		}
	}
}

func TestInheritIntents(t *testing.T) {
	qs := []corpus.Question{{Part: 1, Text: "Agency staff spend in 2023/24"}, {Part: 1, Text: "Of which agency nursing"},
		{Part: 2, Text: "Of which agency medical staff"}}
	w := NewWeigher(nil)
	vs := make([]questionVector, len(qs))
	for i, q := range qs {
		vs[i] = vectorOf(w, q)
	}
	inheritIntents(qs, vs)
	// A part of the question before asks as it does; one in another
	// part does not.
	if vs[1].intent != IntentMoney || vs[2].intent != IntentOther {
		t.Errorf("intents %v, %v; want money, other", vs[1].intent, vs[2].intent)
	}
}

func TestYearsApart(t *testing.T) {
	for _, tc := range []struct {
		a, b           string
		askedA, askedB int
		want           bool
	}{
		// The year just past, each time it was asked.
		{"How many complaints in 2024/25?", "How many complaints in 2023/24?", 2026, 2024, false},
		{"How many complaints in 2024/25?", "How many complaints in 2020/21?", 2026, 2021, false},
		// A year asked for comparison, long past.
		{"For comparison, how many complaints in 2020/21?", "How many complaints in 2023/24?", 2026, 2024, true},
		{"For comparison, how many complaints in 2020/21?", "How many complaints in the last financial year?", 2026, 2024, true},
		// The same year is the same year however far back.
		{"For comparison, how many complaints in 2020/21?", "How many complaints in 2020/21?", 2026, 2021, false},
		// No year named: the period offsets decide elsewhere.
		{"How many complaints in the last financial year?", "How many complaints last year?", 2026, 2021, false},
	} {
		a := questionVector{named: oneNamedYear(tc.a), offset: periodOffset(tc.a), asked: tc.askedA}
		b := questionVector{named: oneNamedYear(tc.b), offset: periodOffset(tc.b), asked: tc.askedB}
		if got := yearsApart(&a, &b); got != tc.want {
			t.Errorf("yearsApart(%q in %d, %q in %d) = %v, want %v", tc.a, tc.askedA, tc.b, tc.askedB, got, tc.want)
		}
	}
}

// TestWithoutSpan: the span of years, or the one year or recent period, a
// question covers is left out of its words, and nothing else is.
func TestWithoutSpan(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"How many fixed penalty notices were issued in each of the last three complete financial years?", "How many fixed penalty notices were issued  ?"},
		{"How many prosecutions were there in each of those years?", "How many prosecutions were there  ?"},
		{"Annual average spend: the average annual spend over three years.", "Annual average spend: the average annual spend  ."},
		{"What was the spend for 2021/22, 2022/23 and 2023/24?", "What was the spend  ?"},
		{"How many cameras does the council operate?", "How many cameras does the council operate?"},
		{"How many incidents in the last year?", "How many incidents  ?"},
		{"How many potholes were reported between 1 April 2023 and 31 March 2024?", "How many potholes were reported  ?"},
		{"The number of potholes reported for each of the years 2019/20, 2020/21 and 2021-22.", "The number of potholes reported  ."},
		{"How many academic appeals were submitted in 2021/22?", "How many academic appeals were submitted  ?"},
		{"Number of appeals lodged in the most recent full academic year.", "Number of appeals lodged  ."},
		{"How many staff were employed in 2023 and how many in the last month?", "How many staff were employed   and how many  ?"},
		{"What was the 2023 budget?", "What was the 2023 budget?"},
		{"Has the Trust been affected by ransomware in the last 24 months?", "Has the Trust been affected by ransomware  ?"},
		{"Has the Trust been affected by a ransomware attack since 2022?", "Has the Trust been affected by a ransomware attack  ?"},
		{"Which systems were affected since April 2022?", "Which systems were affected  ?"},
	} {
		if got := withoutSpan(tc.in); got != tc.want {
			t.Errorf("withoutSpan(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestThemes: what two letters' questions are about, and whether they
// share it.
func TestThemes(t *testing.T) {
	fly := []string{"How many fly-tipping incidents were recorded?", "How many fixed penalty notices were issued for fly-tipping?", "What is the contract worth?"}
	parking := []string{"The name of the civil parking enforcement contractor.", "The annual value of the contract.", "The number of civil enforcement officers."}
	w := NewWeigher(append(slices.Clone(fly), parking...))
	vs := func(qs []string) []questionVector {
		out := make([]questionVector, len(qs))
		for i, q := range qs {
			out[i] = vectorOf(w, corpus.Question{Text: q})
		}
		return out
	}
	a, b := themes(vs(fly)), themes(vs(parking))
	if len(a) == 0 || len(b) == 0 {
		t.Fatalf("themes %v and %v: want some for each", a, b)
	}
	if !disjoint(a, b) {
		t.Errorf("fly-tipping %v and parking %v share a theme", a, b)
	}
	if disjoint(a, a) || disjoint(a, map[string]bool{}) {
		t.Error("a letter's themes are disjoint from its own, or from none")
	}
	// A letter whose questions say "those devices" and "the contract" is
	// about what its title says.
	bwv := []string{"How many body-worn video units does the force have?", "Who is your BWV provider?", "What is the value of the contract?"}
	devices := []string{"Total number of devices deployed.", "Name of the supplier of those devices.", "Retention period for footage.", "Is footage held in a cloud service?"}
	w = NewWeigher(append(slices.Clone(bwv), devices...))
	titled := vs(devices)
	for i := range titled {
		titled[i].topic = w.Vector("Body worn video")
	}
	if !disjoint(themes(vs(bwv)), themes(vs(devices))) {
		t.Fatalf("without its title the letter shares a theme: the test shows nothing")
	}
	if disjoint(themes(vs(bwv)), themes(titled)) {
		t.Errorf("body-worn video %v and a letter titled so %v share no theme", themes(vs(bwv)), themes(titled))
	}
}

// TestEachIsNoTotal: an amount paid to each of several agencies, asked
// beside their names, is not the total spent on them.
func TestEachIsNoTotal(t *testing.T) {
	q := corpus.Question{Text: "Which five agencies did the Trust pay most for nursing staff in 2023/24, and how much was paid to each?"}
	total := corpus.Question{Text: "What was the Trust's total expenditure on agency nursing staff in 2017/18?"}
	names := corpus.Question{Text: "Which three agencies did the Trust pay the most for agency nursing staff in 2017/18?"}
	w := NewWeigher([]string{q.Text, total.Text, names.Text, "How many agency doctors were used?", "What was spent on agency doctors?"})
	st, sn := Similarity(w, q, total), Similarity(w, q, names)
	if st >= DefaultMinScore || sn < DefaultMinScore {
		t.Errorf("similarity to the total %.2f, to the agencies %.2f: want below and above %.2f", st, sn, DefaultMinScore)
	}
}

// TestSameYearNamedAndCounted: a year named and the same year counted
// back from an earlier letter's date are one period.
func TestSameYearNamedAndCounted(t *testing.T) {
	named := questionVector{named: 2021, asked: 2025}
	counted := questionVector{offset: 1, asked: 2022}
	if yearsApart(&named, &counted) || yearsApart(&counted, &named) {
		t.Error("2021/22 asked in 2025 and the last year asked in 2022 lie apart")
	}
	later := questionVector{offset: 1, asked: 2024}
	if !yearsApart(&questionVector{named: 2019, asked: 2025}, &later) {
		t.Error("2019/20 asked in 2025 and the last year asked in 2024 do not lie apart")
	}
}

// TestStatistics: the mean is not the 90th percentile nor the longest.
func TestStatistics(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"The mean time taken to respond to Category 1 calls.", "mean"},
		{"Category 1 90th percentile response time.", "percentile"},
		{"The single longest Category 2 response time.", "max"},
		{"Average (mean) Category 2 response time?", "mean"},
		{"What does the term mean?", "mean"},
		{"By what means are calls answered?", ""},
		{"What is the capped hourly rate for agency paramedics?", "max"},
	} {
		if got := statOf(tc.q); got != tc.want {
			t.Errorf("statOf(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
	mean := corpus.Question{Text: "Average (mean) response time to Category 1 incidents in the financial year 2023-24."}
	p90 := corpus.Question{Text: "Category 1 90th percentile response time during the last full financial year."}
	same := corpus.Question{Text: "The mean time taken to respond to Category 1 calls during the last full financial year."}
	w := NewWeigher([]string{mean.Text, p90.Text, same.Text, "Category 2 mean response time.", "Handover times at hospitals."})
	if sp, ss := Similarity(w, mean, p90), Similarity(w, mean, same); sp >= ss {
		t.Errorf("the mean is as like the 90th percentile (%.2f) as the mean (%.2f)", sp, ss)
	}
}

// TestAnswerEchoes: a question asked again in other words and answered
// with the same distinctive fact is found by its answer; a fact every
// answer shares, or a small figure, is no evidence.
func TestAnswerEchoes(t *testing.T) {
	rel := corpus.Stance{Kind: corpus.Released, Exemptions: []string{}}
	draft := corpus.Response{Questions: []corpus.Question{
		{ID: "P1.Q1", Text: "Could you confirm the identity of the contractor delivering your highway maintenance services?", Answer: "Highway maintenance is delivered by Kestrel Highways Ltd.", Stance: rel},
		{ID: "P1.Q2", Text: "How many inspectors are in post?", Answer: "16.", Stance: rel},
	}}
	earlier := corpus.Response{Questions: []corpus.Question{
		{ID: "P1.Q1", Text: "Who is the Council's term contractor for highway maintenance?", Answer: "Kestrel Highways Ltd.", Stance: rel},
		{ID: "P1.Q2", Text: "How many highway safety inspectors does the Council employ?", Answer: "16 inspectors.", Stance: rel},
	}}
	echo := answerEchoes(distinctiveFacts(draft.Questions), distinctiveFacts(earlier.Questions))
	if !echo[0][0] {
		t.Error("the same contractor named in both answers is no echo")
	}
	if echo[1][1] {
		t.Error("a small figure counts as an echo")
	}
	if echo[0][1] || echo[1][0] {
		t.Error("answers with nothing distinctive in common echo")
	}
	// A name every answer of the letter gives says nothing of which
	// question is which.
	earlier.Questions[1].Answer = "Kestrel Highways Ltd employs 16 inspectors."
	if echo := answerEchoes(distinctiveFacts(draft.Questions), distinctiveFacts(earlier.Questions)); echo[0][0] {
		t.Error("a name two answers of the letter give counts as an echo")
	}
}

// wordless is a History whose look-up by shared words finds nothing, and
// that lists its letters whole when asked (WholeHistory) unless big.
type wordless struct {
	history
	big bool
}

func (h wordless) Similar(ctx context.Context, text, context, authority string, before corpus.Date, limit int) ([]string, error) {
	return nil, nil
}

func (h wordless) Responses(ctx context.Context, shas []string) ([]corpus.Response, error) {
	var out []corpus.Response
	for _, r := range h.history {
		if slices.Contains(shas, r.SHA256) {
			out = append(out, r)
		}
	}
	return out, nil
}

func (h wordless) Letters(ctx context.Context, authority string, before corpus.Date, maxQuestions int) ([]string, bool, error) {
	if h.big {
		return nil, false, nil
	}
	var out []string
	for _, r := range h.history {
		out = append(out, r.SHA256)
	}
	return out, true, nil
}

// TestWholeSmallHistory: a small history is compared whole, so a letter
// asking the same in other words counts though a look-up by shared words
// misses it; a big one is not listed, and only the look-up counts. The
// ransom question is the only one of its kind in a draft about drones,
// whose themes therefore say nothing of it.
func TestWholeSmallHistory(t *testing.T) {
	rel := corpus.Stance{Kind: corpus.Released}
	ncnd := corpus.Stance{Kind: corpus.NCND, Exemptions: []string{"s24(2)", "s31(3)"}}
	h := history{{SHA256: "a", Authority: "Hartmoor Fire and Rescue Service", Reference: "HFRS/FOI/2020/0590", Date: corpus.NewDate(2020, time.November, 23),
		Title: "Cyber security",
		Questions: []corpus.Question{
			{ID: "P1.Q1", Part: 1, Number: 1, Text: "How many cyber security incidents has the Service recorded in the last year?", Answer: "One.", Stance: rel},
			{ID: "P1.Q2", Part: 1, Number: 2, Text: "Has the Service paid any ransom to cyber criminals?", Answer: "The Service neither confirms nor denies ...", Stance: ncnd},
			{ID: "P1.Q3", Part: 1, Number: 3, Text: "Which company provides your backup and disaster recovery solution?", Answer: "Withheld.", Stance: rel},
		}}}
	draft := corpus.Response{SHA256: "d", Authority: "Hartmoor Fire and Rescue Service", Reference: "FOI-HFRS-26-0019", Date: corpus.NewDate(2026, time.January, 12),
		Questions: []corpus.Question{
			{ID: "P1.Q1", Part: 1, Number: 1, Text: "Which make and model of drone does the Service fly?", Answer: "DJI Matrice 30T.", Stance: rel},
			{ID: "P1.Q2", Part: 1, Number: 2, Text: "What is the size of your drone fleet?", Answer: "Four.", Stance: rel},
			{ID: "P1.Q3", Part: 1, Number: 3, Text: "How many times were the Service's drones sent to incidents last year?", Answer: "61.", Stance: rel},
			{ID: "P1.Q4", Part: 1, Number: 4, Text: "Please confirm whether the Service has ever made a ransomware payment.", Answer: "No.", Stance: rel},
		}}
	for _, tc := range []struct {
		h    History
		want int
	}{
		{wordless{history: h}, 1},
		{wordless{history: h, big: true}, 0},
	} {
		c, err := CheckDraft(t.Context(), tc.h, draft, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := len(c.Matches[3].Previous)
		if got != tc.want {
			t.Errorf("big %v: the ransom question has %d earlier matches, want %d", tc.h.(wordless).big, got, tc.want)
		}
		for i := 0; i < 3; i++ {
			if len(c.Matches[i].Previous) != 0 {
				t.Errorf("%s matched %v", draft.Questions[i].ID, c.Matches[i].Previous)
			}
		}
		if tc.want == 1 && (len(c.Findings) != 1 || c.Findings[0].Kind != NCNDInconsistent) {
			t.Errorf("findings %v, want one ncnd_inconsistent", c.Findings)
		}
	}
}

// oneList is a letter of one authority asking qs in one list, dated 1
// March of year y.
func oneList(ref string, y int, qs ...string) corpus.Response {
	r := corpus.Response{Reference: ref, Authority: "Westmarch County Council", Date: corpus.Date{Year: y, Month: 3, Day: 1}}
	for n, q := range qs {
		r.Questions = append(r.Questions, corpus.Question{ID: fmt.Sprintf("P1.Q%d", n+1), Part: 1, Number: n + 1, Text: q})
	}
	return r
}

// TestWithoutOwnName: a question naming the body it was put to, by its
// whole name or by its place alone, asks about "the council" or "the
// force"; a place that is not the body's, or a word that only begins
// with the place, is left alone.
func TestWithoutOwnName(t *testing.T) {
	for _, tc := range []struct{ authority, in, want string }{
		{"Cambria Police", "How many drones are operated by Cambria Police?", "How many drones are operated by the force?"},
		{"London Borough of Thamesmere", "How many cameras does Thamesmere deploy to tackle fly-tipping?", "How many cameras does the council deploy to tackle fly-tipping?"},
		{"North Pennine Constabulary", "Does North Pennine use body-worn video?", "Does the force use body-worn video?"},
		{"London Borough of Thamesmere", "How many cameras are there in Thamesmereside?", "How many cameras are there in Thamesmereside?"},
		{"London Borough of Thamesmere", "How many cameras does Kent deploy?", "How many cameras does Kent deploy?"},
		{"Mercia and Marches Ambulance Service NHS Trust", "Does Mercia use agency paramedics?", "Does Mercia use agency paramedics?"},
		{"University of Westmarch", "How many staff does Westmarch employ?", "How many staff does the university employ?"},
		{"Heddlu Dyfed-Teifi Police", "Does Dyfed-Teifi Police operate any drones?", "Does the force operate any drones?"},
		{"Cyngor Sir Ceredigion County Council", "How many fines has Ceredigion County Council issued?", "How many fines has the council issued?"},
		{"Heddlu Dyfed-Teifi Police", "Does Dyfed-Teifi Police and Crime Commissioner fund drones?", "Does the force and Crime Commissioner fund drones?"},
	} {
		if got := withoutOwnName(corpus.Question{Text: tc.in}, tc.authority).Text; got != tc.want {
			t.Errorf("withoutOwnName(%q, %q) = %q, want %q", tc.in, tc.authority, got, tc.want)
		}
	}
}

// TestAgreementIsContract: a request that calls the contract "the
// current agreement" or "the arrangement", which "runs out" or is
// "re-evaluated", asks what one that says the contract ends or is
// reviewed asked.
func TestAgreementIsContract(t *testing.T) {
	old := oneList("FOI 1204/19", 2019, "Supplier: who currently provides your contact centre system?",
		"Average yearly spend: what has the average annual spend on this contract been over the last three years?",
		"Expiry: on what date does the contract end?",
		"Review: when will the contract next be reviewed?",
		"How many settlement agreements has the force signed?")
	draft := oneList("FOI 0877/25", 2025, "Which company holds the contract for your contact centre platform at the moment?",
		"Roughly how much do you spend on it per year, averaged across the last three years?",
		"When is the current arrangement due to be re-evaluated?",
		"On what date does the current agreement run out?",
		"How many contracts has the force signed with software suppliers?")
	firstMatches(t, matchLetters(draft, []corpus.Response{old}, DefaultMinScore), "P1.Q1", "P1.Q2", "P1.Q4", "P1.Q3", "")
}

// firstMatches checks the earlier question each draft question matched
// first, in the draft's order: "" for none.
func firstMatches(t *testing.T, got [][]Previous, want ...string) {
	t.Helper()
	for i, w := range want {
		var ids []string
		for _, p := range got[i] {
			ids = append(ids, p.QuestionID)
		}
		if w == "" && len(ids) > 0 || w != "" && (len(ids) == 0 || ids[0] != w) {
			t.Errorf("draft P1.Q%d matched %v, want %q", i+1, ids, w)
		}
	}
}

// TestSandwiched: a question reworded past recognition, between two that
// matched, matches the question in the same place when both ask for the
// same kind of answer; one that replaced another of another kind does
// not, nor does one whose counterpart moved elsewhere.
func TestSandwiched(t *testing.T) {
	old := oneList("FOI 1", 2024, "Name the company contracted to run your customer contact platform.",
		"What does the platform cost the Council in a typical year?",
		"On what date will the current contract for the customer contact platform come to an end?")
	for _, tc := range []struct {
		name   string
		middle string
		want   bool
	}{
		{"reworded", "Annual Average Spend: please state the annual average spend on the contract over three years.", true},
		{"another kind of answer", "How many complaints about the customer contact platform were received?", false},
	} {
		draft := oneList("FOI 2", 2025, "Incumbent Supplier: please provide the supplier of the customer contact platform contract.",
			tc.middle, "Contract Expiry: the date the customer contact platform contract expires.")
		got := matchLetters(draft, []corpus.Response{old}, DefaultMinScore)
		if len(got[0]) == 0 || len(got[2]) == 0 {
			t.Fatalf("%s: the questions either side did not match: %v", tc.name, got)
		}
		if matched := len(got[1]) > 0 && got[1][0].QuestionID == "P1.Q2"; matched != tc.want {
			t.Errorf("%s: middle question matched %v, want %v", tc.name, got[1], tc.want)
		}
	}
}

// TestSandwichedAtPartEnd: at a part's end, where questions come and go,
// two reworded questions in a row asking for the same kinds of answer
// match their counterparts; one alone, sharing few words, does not.
func TestSandwichedAtPartEnd(t *testing.T) {
	old := oneList("FOI 1", 2024, "Name the company contracted to provide your inbound telephony network.",
		"How many inbound telephone numbers does the Council operate?",
		"What does this cost the Council in a typical year?",
		"On what date will the current arrangement come to an end?")
	draft := oneList("FOI 2", 2025, "Incumbent Supplier: please provide the supplier of the inbound telephony network contract.",
		"Number of inbound telephone numbers the Council operates.",
		"Annual Average Spend: please state the annual average spend over three years.",
		"Contract Expiry: please state the date of when the contract expires.")
	got := matchLetters(draft, []corpus.Response{old}, DefaultMinScore)
	for i := 2; i < 4; i++ {
		if len(got[i]) == 0 || got[i][0].QuestionID != fmt.Sprintf("P1.Q%d", i+1) {
			t.Errorf("P1.Q%d matched %v, want P1.Q%d", i+1, got[i], i+1)
		}
	}
	// A lone question at the part's end: its place is evidence only with
	// words in common.
	dv, lv := intentVectors(IntentCount, IntentWho, IntentCount), intentVectors(IntentCount, IntentWho, IntentCount)
	for _, tc := range []struct {
		last float64
		want bool
	}{{0.08, false}, {0.25, true}} {
		s := [][]float64{{0.9, 0.1, 0.1}, {0.1, 0.8, 0.1}, {0.1, 0.1, tc.last}}
		got := sandwiched([][2]int{{0, 0}, {1, 1}}, s, dv, lv, DefaultMinScore)
		if (len(got) == 1) != tc.want {
			t.Errorf("lone last question at %.2f: paired %v, want %v", tc.last, got, tc.want)
		}
	}
}

// TestSandwichedTakenCounterpart: a question found by its place, between
// two pairs, is not held back by resembling a question another pair
// already took ("How many body-worn cameras does the Trust have?" beside
// "Do staff use body-worn cameras?", taken by its own counterpart); a
// free counterpart it resembles more still holds it back, and so does a
// taken one where the place is weak (one question at a part's end).
func TestSandwichedTakenCounterpart(t *testing.T) {
	dv, lv := intentVectors(IntentYesNo, IntentCount, IntentWho), intentVectors(IntentYesNo, IntentCount, IntentWho)
	between := [][]float64{{0.72, 0, 0}, {0.31, 0, 0}, {0.08, 0, 0.46}}
	if got := sandwiched([][2]int{{0, 0}, {2, 2}}, between, dv, lv, DefaultMinScore); !slices.Equal(got, [][2]int{{1, 1}}) {
		t.Errorf("between two pairs, resembling a taken question: sandwiched %v, want [[1 1]]", got)
	}
	lv = intentVectors(IntentYesNo, IntentCount, IntentWho, IntentCount)
	free := [][]float64{{0.72, 0, 0, 0}, {0.05, 0.05, 0, 0.35}, {0.08, 0, 0.46, 0}}
	if got := sandwiched([][2]int{{0, 0}, {2, 2}}, free, dv, lv, DefaultMinScore); got != nil {
		t.Errorf("resembling a free question more: sandwiched %v, want none", got)
	}
	dv, lv = intentVectors(IntentCount, IntentWho, IntentCount), intentVectors(IntentCount, IntentWho, IntentCount)
	edge := [][]float64{{0.7, 0, 0.1}, {0, 0.8, 0}, {0.64, 0.05, 0.23}}
	if got := sandwiched([][2]int{{0, 0}, {1, 1}}, edge, dv, lv, DefaultMinScore); got != nil {
		t.Errorf("lone at the part's end, resembling a taken question: sandwiched %v, want none", got)
	}
}

// TestSandwichedOnePair: one matched pair is order enough where the two
// letters are one request asked again (as many questions, the pair in
// the same place), and no order at all otherwise.
func TestSandwichedOnePair(t *testing.T) {
	s := [][]float64{{0.3, 0.05, 0.05, 0.02}, {0.05, 0.1, 0, 0}, {0.1, 0, 0.25, 0.1}, {0.05, 0, 0.1, 0.48}}
	dv, lv := intentVectors(IntentCount, IntentYesNo, IntentYesNo, IntentShare), intentVectors(IntentCount, IntentYesNo, IntentYesNo, IntentShare)
	got := sandwiched([][2]int{{3, 3}}, s, dv, lv, DefaultMinScore)
	if want := [][2]int{{2, 2}, {1, 1}, {0, 0}}; !slices.Equal(got, want) {
		t.Errorf("same shape: sandwiched %v, want %v", got, want)
	}
	s = [][]float64{{0.3, 0.05, 0.05, 0.02, 0}, {0.05, 0.1, 0, 0, 0}, {0.1, 0, 0.25, 0.1, 0}, {0.05, 0, 0.1, 0.48, 0}}
	lv = intentVectors(IntentCount, IntentYesNo, IntentYesNo, IntentShare, IntentCount)
	if got := sandwiched([][2]int{{3, 3}}, s, dv, lv, DefaultMinScore); got != nil {
		t.Errorf("a letter of another shape: sandwiched %v, want none", got)
	}
}

// TestHeadingNamesThePart: the same sentence asked// TestHeadingNamesThePart: the same sentence asked in two parts whose
// headings name two subjects is matched, from a letter of one list, by
// the part whose heading names what the question names; a question that
// picks one thing of a heading naming two is not matched by the other
// thing.
func TestHeadingNamesThePart(t *testing.T) {
	old := corpus.Response{Reference: "FOI-21-01187", Authority: "Kingsmere City Council", Date: corpus.Date{Year: 2021, Month: 7, Day: 8}}
	for part, heading := range []string{"The first part of my request concerns fixed penalty notices for dropping litter.",
		"The second part concerns fixed penalty notices for fly-tipping."} {
		for n, q := range []string{"What is the amount of the fixed penalty?", "How many were issued in 2020/21?"} {
			old.Questions = append(old.Questions, corpus.Question{ID: corpus.QuestionID(part+1, n+1), Part: part + 1, Number: n + 1, Text: q, Context: heading})
		}
	}
	draft := oneList("FOI-25-00701", 2025, "How much does someone pay if they accept a fixed penalty for dumping waste?",
		"Are cameras used to identify people dumping waste?",
		"What is the fixed penalty for dropping litter?")
	got := matchLetters(draft, []corpus.Response{old}, DefaultMinScore)
	for i, want := range []string{"P2.Q1", "", "P1.Q1"} {
		var ids []string
		for _, p := range got[i] {
			ids = append(ids, p.QuestionID)
		}
		if want == "" && len(ids) > 0 || want != "" && (len(ids) != 1 || ids[0] != want) {
			t.Errorf("%q matched %v, want %q", draft.Questions[i].Text, ids, want)
		}
	}

	w := NewWeigher(nil)
	both := "Part 2 – Fly-tipping and littering"
	littering := corpus.Question{Text: "The number of fixed penalty notices issued for littering offences in 2024/25.", Context: both}
	flyTipping := corpus.Question{Text: "How many fixed penalty notices for fly-tipping were issued in 2024/25?"}
	bare := littering
	bare.Context = ""
	if a, b := Similarity(w, littering, flyTipping), Similarity(w, bare, flyTipping); a > b {
		t.Errorf("littering under %q is more like fly-tipping (%.2f) than littering alone (%.2f)", both, a, b)
	}
}

// TestOwnNameLeftOut: a question that names the body it was put to asks
// what the same question asking about "the force" does.
func TestOwnNameLeftOut(t *testing.T) {
	old := corpus.Response{Reference: "FOI 0911/23", Authority: "Cambria Police", Date: corpus.Date{Year: 2023, Month: 10, Day: 3}}
	draft := corpus.Response{Reference: "FOI 0021/26", Authority: "Cambria Police", Date: corpus.Date{Year: 2026, Month: 1, Day: 14}}
	for n, q := range []string{"How many reports did the force receive from the public about drones flown dangerously?",
		"What is the size of the force's drone fleet?", "What is the annual budget of the drone unit?"} {
		old.Questions = append(old.Questions, corpus.Question{ID: corpus.QuestionID(1, n+1), Part: 1, Number: n + 1, Text: q})
	}
	draft.Questions = []corpus.Question{{ID: "P1.Q1", Part: 1, Number: 1, Text: "How many drones are operated by Cambria Police?"}}
	got := matchLetters(draft, []corpus.Response{old}, DefaultMinScore)
	if len(got[0]) != 1 || got[0][0].QuestionID != "P1.Q2" {
		t.Errorf("the drones operated by Cambria Police matched %v, want P1.Q2", got[0])
	}
}

// TestWeighAll checks that weighing a history's sentences on all
// processors gives each distinct sentence the vector weighing it alone
// gives, once, whatever the letters repeat (run with -race to check that
// the weighing shares nothing it writes).
func TestWeighAll(t *testing.T) {
	var letters []corpus.Response
	asks := []string{"Who supplies the force's body-worn video cameras?", "How many drones does Cambria Police operate?",
		"When does the contact centre contract expire?", "What was the annual spend (a) on software and (b) on hardware?",
		"Who is the supplier and when does that contract end?"}
	for y := 2018; y < 2026; y++ {
		r := corpus.Response{Authority: "Cambria Police", Reference: fmt.Sprintf("FOI %d/%d", y, y), Date: corpus.NewDate(y, time.May, 1)}
		for i, a := range asks[:2+y%4] {
			r.Questions = append(r.Questions, corpus.Question{ID: corpus.QuestionID(1+i%2, i+1), Part: 1 + i%2, Number: i + 1,
				Text: a, Context: fmt.Sprintf("Part %d", 1+i%2)})
		}
		letters = append(letters, r)
	}
	var texts []string
	for _, l := range letters {
		for _, q := range l.Questions {
			texts = append(texts, q.Text)
		}
	}
	w := NewWeigher(texts)
	got := weighAll(w, letters)
	want := map[memoKey]questionVector{}
	for _, l := range letters {
		for _, q := range l.Questions {
			want[sentenceKey(q, l.Authority)] = vectorOf(w, withoutOwnName(q, l.Authority))
		}
	}
	if len(got) != len(want) {
		t.Fatalf("weighAll weighed %d sentences, want %d", len(got), len(want))
	}
	for k, v := range want {
		if !reflect.DeepEqual(got[k], v) {
			t.Errorf("weighAll(%q, part %d) differs from vectorOf", k.text, k.part)
		}
	}
	if len(weighAll(w, nil)) != 0 {
		t.Error("weighAll of no letters weighed something")
	}
}

// intentVectors returns questions of part 1 that ask for the given kinds
// of answer, and nothing else: what the order of a letter is tested on.
func intentVectors(intents ...Intent) []questionVector {
	out := make([]questionVector, len(intents))
	for k, in := range intents {
		out[k] = questionVector{intent: in, part: 1}
	}
	return out
}

// TestPlannedIsNotPastYear: a question about something planned is not
// one about what was spent in a year gone by, however alike their words
// (a draft that swapped its questions' order had paired "the value of the
// planned CCTV upgrade" with "what did the council spend on its CCTV
// service in 2020/21"); two questions about plans still match, a year to
// come named or not.
func TestPlannedIsNotPastYear(t *testing.T) {
	old := oneList("FOI-21-0221", 2021, "How many CCTV cameras does the council currently operate in public places?",
		"How many of these are redeployable cameras?",
		"What did the council spend on its CCTV service in 2020/21?",
		"Where are the cameras located?",
		"Does the council have any plans to close libraries within the next two years?")
	draft := oneList("CAS-25120", 2025, "How many public space CCTV cameras does the council operate?",
		"How many of the cameras are redeployable?",
		"Please provide a list of the locations of all public space CCTV cameras.",
		"What is the value of the council's planned CCTV upgrade and who is the supplier?",
		"Is the council planning to close any libraries before 2027?")
	firstMatches(t, matchLetters(draft, []corpus.Response{old}, DefaultMinScore), "P1.Q1", "P1.Q2", "P1.Q4", "", "P1.Q5")
}

// TestRepeatedCounterparts: a draft question whose words fall short of
// an internal review's question in its own letter's context ("What is
// the contract value, (a) for the original term and (b) for the
// extension?" against "What is the value of the CAD contract?", the
// review's title saying nothing of control rooms) still matches it, for
// it repeats near word for word the question of an earlier letter the
// draft question matched ("Value of the CAD contract"): the precedent is
// the review's.
func TestRepeatedCounterparts(t *testing.T) {
	rel := corpus.Stance{Kind: corpus.Released, Exemptions: []string{}}
	wh := corpus.Stance{Kind: corpus.Withheld, Exemptions: []string{"s43(2)"}}
	draft := corpus.Response{Title: "Control room systems, staffing and cyber", Authority: "Western Fells Ambulance Service NHS Trust", Date: corpus.Date{Year: 2025, Month: 10, Day: 1}, Questions: []corpus.Question{
		{ID: "P1.Q1", Part: 1, Number: 1, Text: "How many emergency call handlers (FTE) work in the control room?", Stance: rel, Answer: "112 FTE."},
		{ID: "P1.Q2", Part: 1, Number: 2, Text: "When does the CAD contract end?", Stance: rel, Answer: "31 March 2026."},
		{ID: "P1.Q3", Part: 1, Number: 3, Text: "Which company supplies the CAD system?", Stance: rel, Answer: "Sentinel Dispatch Systems."},
		{ID: "P1.Q4", Part: 1, Number: 4, Text: "What is the contract value, (a) for the original term and (b) for the extension?", Stance: rel, Answer: "(a) £2,150,000. (b) Withheld under section 43(2)."},
		{ID: "P1.Q5", Part: 1, Number: 5, Text: "Which company supplies the control room telephony?", Stance: wh, Answer: "Withheld under section 24(1)."},
		{ID: "P1.Q6", Part: 1, Number: 6, Text: "How many cyber incidents has the Trust reported to NHS England since 2021?", Stance: rel, Answer: "3."},
		{ID: "P1.Q7", Part: 1, Number: 7, Text: "Has the Trust paid any ransom?", Stance: rel, Answer: "No."},
	}}
	a := corpus.Response{Title: "Control room systems", Reference: "F00741", Authority: draft.Authority, Date: corpus.Date{Year: 2019, Month: 5, Day: 1}, Questions: []corpus.Question{
		{ID: "P1.Q1", Part: 1, Number: 1, Text: "Supplier of the computer aided dispatch (CAD) system in the Emergency Operations Centre", Stance: rel, Answer: "Sentinel Dispatch Systems."},
		{ID: "P1.Q2", Part: 1, Number: 2, Text: "Value of the CAD contract", Stance: rel, Answer: "£2,150,000."},
		{ID: "P1.Q3", Part: 1, Number: 3, Text: "Expiry date of the CAD contract", Stance: rel, Answer: "31 March 2024."},
		{ID: "P1.Q4", Part: 1, Number: 4, Text: "Supplier of the control room telephony (ICCS) system", Stance: rel, Answer: "Avaro Ltd."},
	}}
	b := corpus.Response{Title: "Internal review", Reference: "IR-F02011", Authority: draft.Authority, Date: corpus.Date{Year: 2022, Month: 6, Day: 29}, Questions: []corpus.Question{
		{ID: "P1.Q1", Part: 1, Number: 1, Text: "Who supplies your CAD system?", Stance: rel, Answer: "Sentinel Dispatch Systems."},
		{ID: "P1.Q2", Part: 1, Number: 2, Text: "What is the value of the CAD contract?", Stance: wh, Answer: "Withheld under section 43(2)."},
		{ID: "P1.Q3", Part: 1, Number: 3, Text: "When does the CAD contract expire?", Stance: rel, Answer: "31 March 2026."},
		{ID: "P1.Q4", Part: 1, Number: 4, Text: "Who supplies the control room telephony / ICCS?", Stance: wh, Answer: "Withheld under section 31(1)(a)."},
		{ID: "P1.Q5", Part: 1, Number: 5, Text: "Name and email of the contract manager.", Stance: wh, Answer: "Withheld under section 40(2)."},
	}}
	out := matchLetters(draft, []corpus.Response{a, b}, DefaultMinScore)
	var got []string
	for _, p := range out[3] {
		got = append(got, p.Reference+" "+p.QuestionID)
	}
	slices.Sort(got)
	if want := []string{"F00741 P1.Q2", "IR-F02011 P1.Q2"}; !slices.Equal(got, want) {
		t.Errorf("P1.Q4 matches %q, want %q", got, want)
	}
	// A question the source letter asks twice, of two things, vouches
	// for no repeat of it.
	twice := []questionVector{{text: Vector{}}, {}}
	w := NewWeigher([]string{"When does the contract expire?"})
	twice[0].text, twice[1].text = w.Vector("When does the contract expire?"), w.Vector("When does the contract expire?")
	if !askedTwice(twice, 0) {
		t.Error("a sentence asked twice in its letter is not asked twice")
	}
}
