package index

import (
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/foicheck/foicheck/corpus"
)

// TestFieldBuilderSameAsMapping checks that question documents built
// directly are those bleve's mapping makes of the same maps: every field
// with the same name, positions, options, value and analysis.
func TestFieldBuilderSameAsMapping(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "idx"), ReadWrite)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	fb := ix.fields()
	if fb == nil {
		t.Fatal("no field builder for the index's own mapping")
	}
	rs := []corpus.Response{
		resp("a1", "FOI 1/22", day(2022, 5, 2),
			q(1, 1, "Who supplies the contact centre software?", "Contoso Ltd.", corpus.Released),
			q(1, 2, "When does the contract expire?", "", corpus.Withheld, "s43(2)", "s31(1)(a)"),
			q(2, 1, "How many agents?", "We do not hold this.", corpus.NotHeld)),
		resp("b2", "FOI 2/23", corpus.Date{},
			q(1, 1, "Please provide the costs, in £, for 2021-22 – and 2022/23.", "£1,204 ("+"nil"+")", corpus.PartiallyReleased, "s40(2)")),
	}
	rs[0].Questions[0].Context = "Contact centre contract"
	rs[1].Title = ""
	rs[1].Authority = ""
	m := ix.b.Mapping()
	n := 0
	for _, r := range rs {
		docs, err := responseDocs(r, Meta{Format: corpus.FormatPDF})
		if err != nil {
			t.Fatal(err)
		}
		for id, d := range docs {
			if d[typeField] != typeQuestion {
				continue
			}
			got, ok := fb.document(id, d)
			if !ok {
				t.Fatalf("%s: the builder left it to the mapping", id)
			}
			want := document.NewDocument(id)
			if err := m.MapDocument(want, d); err != nil {
				t.Fatal(err)
			}
			if g, w := fieldsOf(got), fieldsOf(want); !reflect.DeepEqual(g, w) {
				t.Errorf("%s:\n got %v\nwant %v", id, g, w)
			}
			n++
		}
	}
	if n < 4 {
		t.Fatalf("compared %d documents", n)
	}
}

// fieldsOf describes a document's fields, sorted, analysed.
func fieldsOf(d *document.Document) []string {
	var out []string
	d.VisitFields(func(f bleveindex.Field) {
		f.Analyze()
		tf := f.AnalyzedTokenFrequencies()
		var terms []string
		for term, freq := range tf {
			terms = append(terms, fmt.Sprintf("%s:%d:%v", term, freq.Frequency(), freq.Locations != nil))
		}
		sort.Strings(terms)
		out = append(out, fmt.Sprintf("%s %v opts=%v len=%d value=%q terms=%v", f.Name(), f.ArrayPositions(), f.Options(), f.AnalyzedLength(), f.Value(), terms))
	})
	sort.Strings(out)
	return out
}

// TestFieldBuilderDeclines checks that a mapping the builder cannot
// follow to the letter leaves every document to the mapping.
func TestFieldBuilderDeclines(t *testing.T) {
	im := newMapping().(*mapping.IndexMappingImpl)
	im.TypeMapping[typeQuestion].Properties[fText].Fields[0].Analyzer = ""
	if newFieldBuilder(im) != nil {
		t.Error("a field whose analyzer is left to a default was taken on")
	}
	im = newMapping().(*mapping.IndexMappingImpl)
	im.TypeMapping[typeQuestion].Dynamic = true
	if newFieldBuilder(im) != nil {
		t.Error("a dynamic mapping was taken on")
	}
	fb := newFieldBuilder(newMapping())
	if _, ok := fb.document("x", map[string]interface{}{"unknown": "a"}); ok {
		t.Error("a field the mapping does not name was built")
	}
	if _, ok := fb.document("x", map[string]interface{}{fDate: "2022-05-02"}); ok {
		t.Error("a date given as text was built")
	}
}
