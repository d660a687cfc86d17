package compare

import (
	"reflect"
	"slices"
	"testing"
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
