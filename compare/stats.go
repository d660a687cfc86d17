package compare

import (
	"slices"
	"sort"
	"strings"

	"github.com/foicheck/foicheck/corpus"
)

// StatsGroup counts one authority's questions of one year.
type StatsGroup struct {
	Year      int    `json:"year"`
	Authority string `json:"authority"`
	Responses int    `json:"responses"`
	Questions int    `json:"questions"`
	// ByStance counts questions by the stance taken; every kind is a key.
	ByStance map[corpus.StanceKind]int `json:"by_stance"`
	// ByExemption counts questions by the exemptions applied, by section
	// with FOIA, EIR and FOISA equivalents merged (see ExemptionGroup); a
	// question citing two subsections of one section counts once.
	ByExemption map[string]int `json:"by_exemption"`
	// Matched counts questions matched to an earlier one (asked before).
	Matched int `json:"matched"`
}

// Stats is exemption-use statistics over a history, one group per year
// and authority, oldest year first, then by authority.
type Stats struct {
	Groups []StatsGroup `json:"groups"`
}

// Tally adds a response to the statistics: its questions are counted in
// the group of its year (0 when undated) and authority. matched is how
// many of its questions were asked before.
func (s *Stats) Tally(r corpus.Response, matched int) {
	g := s.group(r.Date.Year, strings.TrimSpace(r.Authority))
	g.Responses++
	g.Matched += matched
	for _, q := range r.Questions {
		g.Questions++
		g.ByStance[kind(q.Stance)]++
		seen := map[string]bool{}
		for _, ex := range q.Stance.Exemptions {
			name := ExemptionGroup(ex)
			if !seen[name] {
				seen[name] = true
				g.ByExemption[name]++
			}
		}
	}
}

// group returns the group of a year and authority, adding it in its place
// in the order Groups keeps when it is new.
func (s *Stats) group(year int, authority string) *StatsGroup {
	key := corpus.AuthorityKey(authority)
	at := sort.Search(len(s.Groups), func(i int) bool {
		g := s.Groups[i]
		if g.Year != year {
			return g.Year > year
		}
		return corpus.AuthorityKey(g.Authority) >= key
	})
	if at < len(s.Groups) && s.Groups[at].Year == year && corpus.AuthorityKey(s.Groups[at].Authority) == key {
		return &s.Groups[at]
	}
	g := StatsGroup{Year: year, Authority: authority, ByStance: map[corpus.StanceKind]int{}, ByExemption: map[string]int{}}
	for _, k := range corpus.StanceKinds {
		g.ByStance[k] = 0
	}
	s.Groups = slices.Insert(s.Groups, at, g)
	return &s.Groups[at]
}

// exemptionGroups names the groups of provisions that are the same
// stance across the three regimes, by corpus.EquivalenceClass.
var exemptionGroups = map[string]string{
	"not_held":           "not held (s1(1)(a), reg12(4)(a), foisa:s17)",
	"cost":               "cost limit (s12, reg12(4)(b), foisa:s12)",
	"vexatious":          "vexatious or repeated (s14, foisa:s14)",
	"accessible":         "reasonably accessible (s21, reg6(1)(b), foisa:s25)",
	"future_publication": "future publication (s22, reg12(4)(d), foisa:s27)",
	"law_enforcement":    "law enforcement (s31, reg12(5)(b), foisa:s35)",
	"public_affairs":     "public affairs (s36, reg12(4)(e), foisa:s30)",
	"personal":           "personal data (s40, reg13, foisa:s38)",
	"commercial":         "commercial interests (s43, reg12(5)(e), foisa:s33)",
	"national_security":  "national security (s24, reg12(5)(a), foisa:s31)",
	"ncnd":               "neither confirm nor deny (reg12(6), foisa:s18)",
}

// ExemptionGroup names the statistics group of an exemption: its
// cross-regime group where it has one ("law enforcement (s31, ...)"),
// "NCND: " and the group for a provision that removes the duty to confirm
// or deny, else its section ("s35", "reg12(5)(c)").
func ExemptionGroup(ex string) string {
	class := corpus.EquivalenceClass(ex)
	if name, ok := exemptionGroups[class]; ok {
		return name
	}
	if rest, ok := strings.CutPrefix(class, "ncnd:"); ok {
		if name, ok := exemptionGroups[rest]; ok {
			return "NCND: " + name
		}
		return "NCND: " + rest
	}
	return class
}
