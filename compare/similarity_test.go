package compare

import (
	"reflect"
	"testing"
)

func TestTerms(t *testing.T) {
	for _, tc := range []struct{ in, want []string }{
		// A possessive's "s" is no term.
		{[]string{"How many of the force's drones are in use?"}, []string{"drone"}},
		// Synonyms find their group whatever the inflection: "drones"
		// and "unmanned aerial vehicles" are drones.
		{[]string{"How many unmanned aerial vehicles?"}, []string{"drone", "drone", "vehicl"}},
		// Who supplies, which company, the supplier, the manufacturer:
		// one term, which "please supply" (the asking) is not.
		{[]string{"Who supplies the cameras?", "Which company is the supplier of the cameras?", "Please supply the manufacturer of the cameras."},
			[]string{"supplier", "camera"}},
		{[]string{"When does the contract expire?", "What is the contract's expiry date?", "When does the contract end?"},
			[]string{"contract", "expiry"}},
		// "Most recent" is "recent": framing, not subject; a part's
		// number and the word "part" say where, not what.
		{[]string{"How many calls in the most recent year?"}, []string{"call"}},
		{[]string{"Part 2 – Inbound network contracts"}, []string{"inbound", "network", "contract"}},
	} {
		for _, in := range tc.in {
			got := Terms(in)
			set := map[string]bool{}
			for _, w := range got {
				set[w] = true
			}
			want := map[string]bool{}
			for _, w := range tc.want {
				want[w] = true
			}
			if !reflect.DeepEqual(set, want) {
				t.Errorf("Terms(%q) = %v, want the terms %v", in, got, tc.want)
			}
		}
	}
}
