package index

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/foicheck/foicheck/corpus"
)

func q(part, n int, text, answer string, kind corpus.StanceKind, ex ...string) corpus.Question {
	if ex == nil {
		ex = []string{}
	}
	return corpus.Question{ID: corpus.QuestionID(part, n), Part: part, Number: n, Text: text,
		Answer: answer, Stance: corpus.Stance{Kind: kind, Exemptions: ex}}
}

func resp(sha, ref string, date corpus.Date, qs ...corpus.Question) corpus.Response {
	return corpus.Response{Source: "letters/" + sha + ".pdf", SHA256: sha, Authority: "Westmarch Police",
		Reference: ref, Date: date, Received: corpus.NewDate(date.Year, date.Month, 1),
		Title: "ICT contracts", Questions: qs}
}

func day(y int, m time.Month, d int) corpus.Date { return corpus.NewDate(y, m, d) }

// newIndex creates an index in a temporary directory, filled with rs, and
// returns it open for writing.
func newIndex(t *testing.T, rs ...corpus.Response) *Index {
	t.Helper()
	ix, err := Open(filepath.Join(t.TempDir(), "idx"), ReadWrite)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	put(t, ix, rs...)
	return ix
}

func put(t *testing.T, ix *Index, rs ...corpus.Response) {
	t.Helper()
	b, err := ix.NewBatch()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if err := b.PutResponse(r, Meta{Format: corpus.FormatPDF, Pages: 2, Ingested: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)}); err != nil {
			t.Fatal(err)
		}
		if err := b.PutPath(r.Source, r.SHA256); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Commit(b); err != nil {
		t.Fatal(err)
	}
}

func TestOpenStates(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing")
	if _, err := Open(missing, ReadOnly); !errors.Is(err, ErrNotExist) {
		t.Errorf("read-only open of a missing index: %v, want ErrNotExist", err)
	}
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	if _, err := Open(empty, ReadOnly); !errors.Is(err, ErrNotExist) {
		t.Errorf("read-only open of an empty directory: %v, want ErrNotExist", err)
	}
	foreign := filepath.Join(dir, "letters")
	os.Mkdir(foreign, 0o755)
	os.WriteFile(filepath.Join(foreign, "a.pdf"), []byte("%PDF-1.4"), 0o644)
	for _, m := range []Mode{ReadOnly, ReadWrite} {
		if _, err := Open(foreign, m); !errors.Is(err, ErrNotIndex) {
			t.Errorf("open (mode %d) of a folder of letters: %v, want ErrNotIndex", m, err)
		}
	}
	if _, err := os.Stat(filepath.Join(foreign, "index_meta.json")); err == nil {
		t.Error("opening a foreign folder wrote into it")
	}

	// Created on the first write-open, then readable by several readers.
	ix, err := Open(empty, ReadWrite)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	r1, err := Open(empty, ReadOnly)
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := Open(empty, ReadOnly)
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	r2.Close()
	if _, err := r1.NewBatch(); !errors.Is(err, ErrReadOnly) {
		t.Errorf("batch on a read-only index: %v, want ErrReadOnly", err)
	}
}

func TestOpenLocked(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	w, err := Open(dir, ReadWrite)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	for _, m := range []Mode{ReadOnly, ReadWrite} {
		start := time.Now()
		_, err := Open(dir, m)
		if !errors.Is(err, ErrLocked) {
			t.Errorf("open (mode %d) while a writer holds the index: %v, want ErrLocked", m, err)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("open (mode %d) took %v to report the lock, want under 3s", m, d)
		}
	}
}

func TestOpenVersion(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	ix, err := Open(dir, ReadWrite)
	if err != nil {
		t.Fatal(err)
	}
	b := ix.b.NewBatch()
	b.SetInternal([]byte(schemaKey), []byte("999"))
	if err := ix.b.Batch(b); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if _, err := Open(dir, ReadOnly); !errors.Is(err, ErrVersion) {
		t.Errorf("open of an index with another layout: %v, want ErrVersion", err)
	}
}

func TestResponseRoundTrip(t *testing.T) {
	r := resp("aaaa1111", "FOI 0456/22", day(2022, 5, 2),
		q(1, 1, "Incumbent supplier of the contact centre", "Capita plc", corpus.Released),
		q(1, 2, "Contract expiry", "", corpus.Withheld, "s31(1)(a)", "s43(2)"),
		q(2, 1, "Number of agents", "0", corpus.Released))
	r.Questions[2].Context = "inbound network contracts"
	ix := newIndex(t, r)
	got, err := ix.Response(t.Context(), r.SHA256)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Response, r) {
		t.Errorf("rebuilt response differs:\n got %+v\nwant %+v", got.Response, r)
	}
	if got.Meta.Format != corpus.FormatPDF || got.Meta.Pages != 2 || got.Meta.Ingested.IsZero() {
		t.Errorf("meta = %+v", got.Meta)
	}
	if !reflect.DeepEqual(got.Paths, []string{r.Source}) {
		t.Errorf("paths = %v", got.Paths)
	}
	if _, err := ix.Response(t.Context(), "nope"); !errors.Is(err, ErrNoResponse) {
		t.Errorf("unknown hash: %v, want ErrNoResponse", err)
	}
}

func TestResponseWithoutDates(t *testing.T) {
	r := resp("bbbb", "", corpus.Date{}, q(1, 1, "Anything", "", corpus.Unknown))
	r.Received = corpus.Date{}
	r.Authority = ""
	ix := newIndex(t, r)
	got, err := ix.Response(t.Context(), "bbbb")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Response, r) {
		t.Errorf("rebuilt response differs:\n got %+v\nwant %+v", got.Response, r)
	}
}

func TestPathsCountsAndReplace(t *testing.T) {
	a := resp("aaaa", "FOI 1/22", day(2022, 1, 1), q(1, 1, "One", "yes", corpus.Released), q(1, 2, "Two", "", corpus.NotHeld))
	ix := newIndex(t, a)
	// The same content under a second name.
	b, _ := ix.NewBatch()
	b.PutPath("copies/a.pdf", "aaaa")
	if err := ix.Commit(b); err != nil {
		t.Fatal(err)
	}
	paths, err := ix.Paths(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{a.Source: "aaaa", "copies/a.pdf": "aaaa"}
	if !reflect.DeepEqual(paths, want) {
		t.Errorf("paths = %v, want %v", paths, want)
	}
	c, _ := ix.Count(t.Context())
	if c != (Counts{Responses: 1, Questions: 2, Paths: 2}) {
		t.Errorf("counts = %+v", c)
	}
	// Replace the content: delete the old response, add the new, move the path.
	qids, err := ix.QuestionIDs(t.Context(), "aaaa")
	if err != nil || !reflect.DeepEqual(qids, []string{"P1.Q1", "P1.Q2"}) {
		t.Fatalf("question ids = %v, %v", qids, err)
	}
	n := resp("cccc", "FOI 1/22", day(2022, 1, 1), q(1, 1, "One", "no", corpus.Withheld, "s31(1)(a)"))
	b, _ = ix.NewBatch()
	b.DeleteResponse("aaaa", qids)
	b.DeletePath("copies/a.pdf")
	b.PutResponse(n, Meta{})
	b.PutPath(a.Source, "cccc")
	if err := ix.Commit(b); err != nil {
		t.Fatal(err)
	}
	c, _ = ix.Count(t.Context())
	if c != (Counts{Responses: 1, Questions: 1, Paths: 1}) {
		t.Errorf("counts after replacing = %+v", c)
	}
	if ok, _ := ix.Has(t.Context(), "aaaa"); ok {
		t.Error("old version still indexed")
	}
	if ok, _ := ix.Has(t.Context(), "cccc"); !ok {
		t.Error("new version not indexed")
	}
}

func TestFind(t *testing.T) {
	ix := newIndex(t,
		resp("abcdef0123456789", "FOI 1045/24", day(2024, 12, 13), q(1, 1, "One", "", corpus.Released)),
		resp("fedcba9876543210", "FOI-1045-24", day(2023, 1, 1), q(1, 1, "One", "", corpus.Released)),
		resp("0000000000000000", "FOI 99/24", day(2024, 1, 1), q(1, 1, "One", "", corpus.Released)))
	for _, tc := range []struct {
		ref  string
		want []string
	}{
		{"FOI 1045/24", []string{"abcdef0123456789", "fedcba9876543210"}},
		{"foi104524", []string{"abcdef0123456789", "fedcba9876543210"}},
		{"fedcba98", []string{"fedcba9876543210"}},
		{"FOI 1/24", nil},
		{"  ", nil},
	} {
		got, err := ix.Find(t.Context(), tc.ref)
		if err != nil {
			t.Fatal(err)
		}
		var shas []string
		for _, s := range got {
			shas = append(shas, s.SHA256)
		}
		if !reflect.DeepEqual(shas, tc.want) {
			t.Errorf("Find(%q) = %v, want %v", tc.ref, shas, tc.want)
		}
	}
}

func TestKey(t *testing.T) {
	// One body however its name is written: "&" or "and", a force as
	// constabulary or police (corpus.AuthorityKey).
	for in, want := range map[string]string{
		"Cumbria Constabulary":        "cumbria police",
		"  CUMBRIA   constabulary. ":  "cumbria police",
		"Avon & Somerset Police":      "avon somerset police",
		"Avon and Somerset-Police":    "avon somerset police",
		"":                            "",
		"Heddlu Dyfed-Powys Police":   "heddlu dyfed powys police",
		"NHS Lothian (Health Board)":  "lothian health board",
		"Comhairle nan Eilean Siar ’": "comhairle nan eilean siar",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
	if referenceKey("FOI 1045/24") != referenceKey("foi-1045-24") {
		t.Error("reference keys differ across punctuation")
	}
}

func TestSections(t *testing.T) {
	got := sections([]string{"s31(1)(a)", "s31(1)(b)", "reg12(5)(e)", "foisa:s35(1)(a)"})
	want := []string{"foisa:s35", "foisa:s35(1)", "foisa:s35(1)(a)", "reg12", "reg12(5)", "reg12(5)(e)",
		"s31", "s31(1)", "s31(1)(a)", "s31(1)(b)"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sections = %v\nwant %v", got, want)
	}
}
