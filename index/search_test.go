package index

import (
	"errors"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/foicheck/foicheck/corpus"
)

func searchFixture(t *testing.T) *Index {
	t.Helper()
	a := resp("a1", "FOI 0456/22", day(2022, 5, 2),
		q(1, 1, "Who is the incumbent supplier of your contact centre?", "Capita plc", corpus.Released),
		q(1, 2, "When does the contact centre contract expire?", "", corpus.Withheld, "s31(1)(a)", "s31(1)(b)"),
		q(1, 3, "How many body-worn video cameras do you hold?", "1,250 cameras", corpus.Released))
	b := resp("b1", "FOI 1045/24", day(2024, 12, 13),
		q(1, 1, "Who is the incumbent supplier of your contact centre?", "", corpus.Withheld, "s31(1)(a)"),
		q(1, 2, "What is the annual cost of CCTV maintenance?", "", corpus.NotHeld),
		q(1, 3, "Do you use drones for surveillance?", "", corpus.NCND, "s23(5)", "s24(2)"))
	c := resp("c1", "EIR 12/23", day(2023, 3, 1),
		q(1, 1, "Contract details for the incumbent supplier of waste collection", "", corpus.Withheld, "reg12(5)(e)"))
	c.Authority = "Northshire Council"
	return newIndex(t, a, b, c)
}

func TestSearch(t *testing.T) {
	ix := searchFixture(t)
	type hit struct{ ref, qid string }
	for _, tc := range []struct {
		name     string
		q        Query
		want     []hit
		anyOrder bool
	}{
		{"words in any order", Query{Text: "supplier incumbent"},
			[]hit{{"FOI 1045/24", "P1.Q1"}, {"FOI 0456/22", "P1.Q1"}, {"EIR 12/23", "P1.Q1"}}, true},
		{"stemmed", Query{Text: "camera"}, []hit{{"FOI 0456/22", "P1.Q3"}}, false},
		{"answer text", Query{Text: "capita"}, []hit{{"FOI 0456/22", "P1.Q1"}}, false},
		{"every word required", Query{Text: "supplier drones"}, nil, false},
		{"stop words ignored", Query{Text: "the drones"}, []hit{{"FOI 1045/24", "P1.Q3"}}, false},
		{"authority", Query{Text: "incumbent supplier", Authority: "northshire council."}, []hit{{"EIR 12/23", "P1.Q1"}}, false},
		{"since", Query{Text: "supplier", Since: day(2023, 3, 1)}, []hit{{"FOI 1045/24", "P1.Q1"}, {"EIR 12/23", "P1.Q1"}}, true},
		{"until", Query{Text: "supplier", Until: day(2023, 3, 1)}, []hit{{"FOI 0456/22", "P1.Q1"}, {"EIR 12/23", "P1.Q1"}}, true},
		{"stance", Query{Text: "supplier", Stances: []corpus.StanceKind{corpus.Released}}, []hit{{"FOI 0456/22", "P1.Q1"}}, false},
		{"section", Query{Exemption: "s31"}, []hit{{"FOI 1045/24", "P1.Q1"}, {"FOI 0456/22", "P1.Q2"}}, false},
		{"subsection", Query{Exemption: "s31(1)(b)"}, []hit{{"FOI 0456/22", "P1.Q2"}}, false},
		{"EIR", Query{Exemption: "reg12(5)"}, []hit{{"EIR 12/23", "P1.Q1"}}, false},
		{"phrase", Query{Text: `"contact centre contract"`}, []hit{{"FOI 0456/22", "P1.Q2"}}, false},
		{"phrase across punctuation", Query{Text: `"body worn video"`}, []hit{{"FOI 0456/22", "P1.Q3"}}, false},
		{"no text, newest first", Query{Stances: []corpus.StanceKind{corpus.NotHeld, corpus.NCND}},
			[]hit{{"FOI 1045/24", "P1.Q2"}, {"FOI 1045/24", "P1.Q3"}}, false},
		{"limit", Query{Exemption: "s31", Limit: 1}, []hit{{"FOI 1045/24", "P1.Q1"}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ix.Search(t.Context(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []hit
			for _, h := range res.Hits {
				got = append(got, hit{h.Reference, h.QuestionID})
			}
			if tc.anyOrder {
				// Scores differ with field lengths; only membership is tested.
				less := func(h []hit) func(i, j int) bool {
					return func(i, j int) bool { return h[i].ref+h[i].qid < h[j].ref+h[j].qid }
				}
				sort.Slice(got, less(got))
				sort.Slice(tc.want, less(tc.want))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("hits = %v, want %v", got, tc.want)
			}
			if tc.q.Limit == 0 && res.Total != len(tc.want) {
				t.Errorf("total = %d, want %d", res.Total, len(tc.want))
			}
		})
	}
	if _, err := ix.Search(t.Context(), Query{Text: "the of and"}); !errors.Is(err, ErrEmptyQuery) {
		t.Errorf("stop words only: %v, want ErrEmptyQuery", err)
	}
}

func TestSearchHitFields(t *testing.T) {
	ix := searchFixture(t)
	res, err := ix.Search(t.Context(), Query{Text: "drones"})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("%v %+v", err, res)
	}
	h := res.Hits[0]
	if h.Authority != "Westmarch Police" || h.Date != day(2024, 12, 13) || h.SHA256 != "b1" ||
		h.Stance.Kind != corpus.NCND || !reflect.DeepEqual(h.Stance.Exemptions, []string{"s23(5)", "s24(2)"}) ||
		h.Source != "letters/b1.pdf" || h.Field != "question" {
		t.Errorf("hit = %+v", h)
	}
	if len(h.Highlights) != 1 || h.Fragment[h.Highlights[0].Start:h.Highlights[0].End] != "drones" {
		t.Errorf("fragment %q highlights %v", h.Fragment, h.Highlights)
	}
}

func TestCut(t *testing.T) {
	long := strings.Repeat("filler words here ", 30) + "the incumbent supplier is named " + strings.Repeat("tail text ", 40)
	i := strings.Index(long, "incumbent")
	frag, marks := cut(long, []Span{{i, i + len("incumbent")}})
	if !strings.HasPrefix(frag, "\u2026 ") || !strings.HasSuffix(frag, " \u2026") {
		t.Errorf("fragment not marked as cut: %q", frag)
	}
	if len(marks) != 1 || frag[marks[0].Start:marks[0].End] != "incumbent" {
		t.Errorf("marks %v in %q", marks, frag)
	}
	if n := len([]rune(frag)); n > fragmentRunes+4 {
		t.Errorf("fragment has %d runes", n)
	}
	frag, marks = cut("Short  text\nwith   spaces", []Span{{7, 11}})
	if frag != "Short text with spaces" || len(marks) != 1 || frag[marks[0].Start:marks[0].End] != "text" {
		t.Errorf("cut = %q %v", frag, marks)
	}
	if frag, marks := cut("", nil); frag != "" || marks != nil {
		t.Errorf("empty: %q %v", frag, marks)
	}
}

func TestSplitQuery(t *testing.T) {
	w, p := splitQuery(`contract "contact centre"  expiry “body worn” "open`)
	if !reflect.DeepEqual(w, []string{"contract", "expiry"}) || !reflect.DeepEqual(p, []string{"contact centre", "body worn", "open"}) {
		t.Errorf("words %q phrases %q", w, p)
	}
}
