package compare

import (
	"testing"

	"github.com/foicheck/foicheck/corpus"
)

func TestExplanationCovers(t *testing.T) {
	f := Finding{Kind: NewlyWithheld, QuestionID: "P1.Q1", Question: "Who are the incumbent suppliers of the contact centre?"}
	d := corpus.NewDate(2024, 12, 11)
	for _, tc := range []struct {
		name string
		e    Explanation
		want bool
	}{
		{"nothing set covers nothing", Explanation{Reason: "r"}, false},
		{"kind", Explanation{Kind: NewlyWithheld}, true},
		{"other kind", Explanation{Kind: NewlyReleased}, false},
		{"words in any form", Explanation{Matching: "Incumbent Supplier"}, true},
		{"every word needed", Explanation{Matching: "incumbent supplier drones"}, false},
		{"stop words ignored", Explanation{Matching: "the incumbent"}, true},
		{"reference without punctuation", Explanation{Reference: "foi-1187-24"}, true},
		{"other reference", Explanation{Reference: "FOI 1188/24"}, false},
		{"question", Explanation{Reference: "FOI 1187/24", QuestionID: "p1.q1"}, true},
		{"other question", Explanation{Reference: "FOI 1187/24", QuestionID: "P1.Q2"}, false},
		{"authority", Explanation{Authority: "WESTMARCH police"}, true},
		{"other authority", Explanation{Authority: "Eastmarch Police"}, false},
		{"from before", Explanation{Kind: NewlyWithheld, From: corpus.NewDate(2023, 6, 1)}, true},
		{"from after", Explanation{Kind: NewlyWithheld, From: corpus.NewDate(2025, 1, 1)}, false},
		{"until after", Explanation{Kind: NewlyWithheld, Until: corpus.NewDate(2024, 12, 11)}, true},
		{"until before", Explanation{Kind: NewlyWithheld, Until: corpus.NewDate(2024, 12, 10)}, false},
		{"period alone is no scope", Explanation{From: corpus.NewDate(2020, 1, 1)}, false},
	} {
		if got := tc.e.Covers(f, "FOI 1187/24", "Westmarch Police", d); got != tc.want {
			t.Errorf("%s: Covers = %v, want %v", tc.name, got, tc.want)
		}
	}
	// Explain marks with the first that covers.
	fs := []Finding{f, {Kind: NewlyReleased, QuestionID: "P1.Q2", Question: "How many drones?"}}
	Explain(fs, "FOI 1187/24", "Westmarch Police", d, []Explanation{{ID: "e1", Kind: NewlyWithheld, Reason: "a"}, {ID: "e2", Kind: NewlyWithheld, Reason: "b"}})
	if fs[0].Explained == nil || fs[0].Explained.ID != "e1" || fs[1].Explained != nil {
		t.Errorf("Explain marked %+v, %+v", fs[0].Explained, fs[1].Explained)
	}
}

func TestTimelineOf(t *testing.T) {
	r := corpus.Response{Reference: "C", Date: corpus.NewDate(2024, 1, 1), Questions: []corpus.Question{
		{ID: "P1.Q1", Text: "a", Stance: corpus.Stance{Kind: corpus.Withheld}},
		{ID: "P1.Q2", Text: "b", Stance: corpus.Stance{Kind: corpus.Released}},
	}}
	prev := func(ref string, y int, k corpus.StanceKind) Previous {
		return Previous{Reference: ref, Date: corpus.NewDate(y, 1, 1), Stance: corpus.Stance{Kind: k}}
	}
	tl := timelineOf(r, [][]Previous{
		{prev("B", 2023, corpus.Released), prev("A", 2022, corpus.Released)},
		{prev("A", 2022, corpus.NotHeld)},
	})
	if len(tl.Letters) != 3 || tl.Letters[0].Reference != "A" || tl.Letters[1].Reference != "B" || tl.Letters[2].Reference != "C" {
		t.Fatalf("letters %+v", tl.Letters)
	}
	want := [][]corpus.StanceKind{{corpus.Released, corpus.Released, corpus.Withheld}, {corpus.NotHeld, "", corpus.Released}}
	for i, row := range tl.Rows {
		for j, k := range row.Stances {
			if k != want[i][j] {
				t.Errorf("row %d cell %d = %q, want %q", i, j, k, want[i][j])
			}
		}
	}
}
