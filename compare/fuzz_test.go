package compare

import (
	"math"
	"slices"
	"testing"

	"github.com/foicheck/foicheck/corpus"
)

// FuzzSimilarity: any two questions score in 0..1, symmetrically, and a
// question is as similar to itself as anything can be.
func FuzzSimilarity(f *testing.F) {
	for _, s := range [][2]string{
		{"How many body-worn cameras are in service?", "How many body-worn video cameras does the force use?"},
		{"Who supplies the contact centre?", "When does the contact centre contract expire?"},
		{"", "?"}, {"2023/24 £1,250 ½ ﬁ", "\x00\xff"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		w := NewWeigher([]string{a, b})
		qa, qb := corpus.Question{Text: a, Context: b}, corpus.Question{Text: b, Context: a}
		ab, ba := Similarity(w, qa, qb), Similarity(w, qb, qa)
		if math.IsNaN(ab) || ab < 0 || ab > 1 {
			t.Fatalf("Similarity = %v", ab)
		}
		if math.Abs(ab-ba) > 1e-9 {
			t.Fatalf("not symmetric: %v and %v", ab, ba)
		}
		self := Similarity(w, qa, qa)
		if self+1e-9 < ab {
			t.Fatalf("a question is less like itself (%v) than like another (%v)", self, ab)
		}
		_ = IntentOf(a)
		_ = MaterialChange(a, b)
	})
}

// FuzzAlign: any matrix of scores gives a one-to-one pairing of pairs at
// or above the threshold.
func FuzzAlign(f *testing.F) {
	f.Add([]byte{200, 10, 10, 200, 120, 130}, uint8(3), uint8(100))
	f.Fuzz(func(t *testing.T, data []byte, cols uint8, min uint8) {
		m := int(cols%8) + 1
		n := len(data) / m
		if n == 0 || n > 12 {
			return
		}
		s := make([][]float64, n)
		for i := range s {
			s[i] = make([]float64, m)
			for j := range s[i] {
				s[i][j] = float64(data[i*m+j]) / 255
			}
		}
		th := float64(min)/255*0.9 + 0.05
		// The questions' own words score no higher than with their
		// parts' headings; here, the same.
		own := make([][]float64, n)
		for i := range s {
			own[i] = slices.Clone(s[i])
		}
		rows, colsUsed := map[int]bool{}, map[int]bool{}
		for _, p := range align(s, own, th) {
			if rows[p[0]] || colsUsed[p[1]] {
				t.Fatalf("pair %v reuses a row or column", p)
			}
			rows[p[0]], colsUsed[p[1]] = true, true
			if s[p[0]][p[1]] < th-neighbourSlack-1e-9 {
				t.Fatalf("pair %v scores %v, below %v", p, s[p[0]][p[1]], th)
			}
		}
	})
}
