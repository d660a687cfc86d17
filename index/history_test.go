package index

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/foicheck/foicheck/corpus"
)

// TestSimilarPrefersNewest: among earlier letters asking exactly the same
// question, a look-up that can keep only a few keeps the newest, since the
// precedent is the most recent matching answer.
func TestSimilarPrefersNewest(t *testing.T) {
	var rs []corpus.Response
	for y := 2000; y < 2030; y++ {
		rs = append(rs, resp(fmt.Sprintf("%064d", y), fmt.Sprintf("FOI %d", y), day(y, 3, 1),
			q(1, 1, "Who is the incumbent supplier of the contact centre telephony platform?", "Capita", corpus.Released),
			q(1, 2, "When does the contact centre contract expire?", "2030", corpus.Released)))
	}
	ix := newIndex(t, rs...)
	got, err := ix.Similar(t.Context(), "Who is the incumbent supplier of the contact centre telephony platform?", "",
		"Westmarch Police", day(2025, 6, 1), 3)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{fmt.Sprintf("%064d", 2025), fmt.Sprintf("%064d", 2024), fmt.Sprintf("%064d", 2023)}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Similar = %v\nwant the newest before the date: %v", got, want)
	}
	// Another authority's letters are not history.
	got, err = ix.Similar(t.Context(), "incumbent supplier telephony", "", "Eastmarch Police", day(2025, 6, 1), 3)
	if err != nil || len(got) != 0 {
		t.Errorf("other authority: %v, %v", got, err)
	}
	// A whole letter at once.
	got, err = ix.SimilarLetters(t.Context(), []string{"Who is the incumbent supplier of the contact centre telephony platform?",
		"When does the contact centre contract expire?"}, "westmarch police", day(2011, 1, 1), 2)
	if err != nil {
		t.Fatal(err)
	}
	want = []string{fmt.Sprintf("%064d", 2011), fmt.Sprintf("%064d", 2010)}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SimilarLetters = %v, want %v", got, want)
	}
}

func TestResponsesInOrder(t *testing.T) {
	a := resp("aa", "FOI 1", day(2020, 1, 1), q(1, 1, "One", "x", corpus.Released))
	b := resp("bb", "FOI 2", day(2021, 1, 1), q(1, 1, "Two", "y", corpus.Withheld, "s43(2)"))
	ix := newIndex(t, a, b)
	got, err := ix.Responses(t.Context(), []string{"bb", "zz", "aa"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !reflect.DeepEqual(got[0], b) || !reflect.DeepEqual(got[1], a) {
		t.Errorf("Responses = %+v", got)
	}
	between, err := ix.Between(t.Context(), day(2020, 6, 1), corpus.Date{})
	if err != nil || len(between) != 1 || between[0].SHA256 != "bb" {
		t.Errorf("Between = %+v, %v", between, err)
	}
}

// TestLetters: a small history is listed whole, up to the year of the
// date asked about; a history of more questions than allowed is not
// listed, nor is any history when no authority is named.
func TestLetters(t *testing.T) {
	var rs []corpus.Response
	for y := 2018; y < 2024; y++ {
		rs = append(rs, resp(fmt.Sprintf("%064d", y), fmt.Sprintf("FOI %d", y), day(y, 3, 1),
			q(1, 1, "Who is the incumbent supplier of the contact centre telephony platform?", "Capita", corpus.Released),
			q(1, 2, "When does the contact centre contract expire?", "2030", corpus.Released)))
	}
	ix := newIndex(t, rs...)
	got, ok, err := ix.Letters(t.Context(), "Westmarch Police", day(2021, 6, 1), 100)
	if err != nil || !ok {
		t.Fatalf("Letters = %v, %v", ok, err)
	}
	var want []string
	for y := 2018; y <= 2021; y++ {
		want = append(want, fmt.Sprintf("%064d", y))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Letters = %v\nwant %v", got, want)
	}
	if got, ok, err := ix.Letters(t.Context(), "Westmarch Police", day(2021, 6, 1), 5); ok || err != nil || got != nil {
		t.Errorf("more questions than allowed: %v, %v, %v; want not listed", got, ok, err)
	}
	if _, ok, _ := ix.Letters(t.Context(), "", day(2021, 6, 1), 100); ok {
		t.Error("no authority named: listed")
	}
	if got, ok, err := ix.Letters(t.Context(), "Eastmarch Police", day(2021, 6, 1), 100); err != nil || len(got) != 0 {
		t.Errorf("another authority: %v, %v, %v", got, ok, err)
	}
}
