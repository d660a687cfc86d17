package corpus

import (
	"cmp"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// An alternation is a regular expression of many alternatives, matched
// one alternative at a time, each only when the text holds a literal that
// every match of that alternative contains.
//
// The stance and decision expressions are long alternations of phrases
// without a common literal prefix: the regexp package tries them at every
// position of the text, and once a sentence is longer than a few hundred
// bytes it runs them in its slowest engine. Most alternatives need a word
// the text lacks; checking for the word is a substring search. The answer
// is the same as the whole expression's, as a text matches an alternation
// exactly when it matches one of its alternatives.
type alternation struct {
	re    *rx // the whole expression
	alts  []*gatedAlt
	split sync.Once
}

// gatedAlt is one alternative and the literals one of which every match
// contains; with none it is always run.
type gatedAlt struct {
	lits []literal
	// rank orders the alternatives by what they cost to rule out.
	rank int
	// sub is the alternative, compiled into re when first run, from its
	// printed form: a process never runs most alternatives of most
	// alternations (their literals are rare), and printing, parsing back
	// and compiling them all took a third of a process's start. whole,
	// the alternation's whole expression, stands in for one whose printed
	// form does not parse back to the same expression (none does so far),
	// as a text matches the alternation exactly when the whole matches.
	sub   *syntax.Regexp
	whole *rx
	once  sync.Once
	re    *rx
}

// compiled returns the alternative's rx, compiling it on first use.
func (g *gatedAlt) compiled() *rx {
	g.once.Do(func() {
		if g.re != nil {
			return
		}
		g.re = g.whole
		s, ok := printExpr(g.sub)
		if !ok || !printsBack(s, g.sub) {
			if s = g.sub.String(); !printsBack(s, g.sub) {
				return
			}
		}
		if re, err := regexp.Compile(s); err == nil {
			g.re = rxOf(re, g.sub)
		}
	})
	return g.re
}

// literal is a string a match contains, exactly or, when fold is set,
// ignoring ASCII case (s is then lower case and its letters' case
// variants are all ASCII, so a byte comparison is exact).
type literal struct {
	s    string
	fold bool
	k    int // the index of s's rarest byte, looked for first
}

// mustAlternation returns expr as an alternation, split on first use (as
// an rx is compiled: see rx.expr). An expression it cannot split
// faithfully is kept whole, as one alternative that always runs.
func mustAlternation(expr string) *alternation {
	return &alternation{re: mustRx(expr)}
}

// parts returns the alternatives, splitting the expression the first time.
func (a *alternation) parts() []*gatedAlt {
	a.split.Do(a.splitUp)
	return a.alts
}

func (a *alternation) splitUp() {
	tree, err := syntax.Parse(a.re.expr, syntax.Perl)
	if err != nil {
		a.alts = []*gatedAlt{{re: a.re}}
		return
	}
	for _, sub := range alternatives(tree) {
		var lits []literal
		rank := 0
		if !anchoredAtStart(sub) {
			// An anchored alternative is tried at the start of the text
			// only, which costs less than looking for its literals.
			var shortest int
			lits, shortest = required(sub)
			rank = 1 + max(0, rankedLiteral-shortest)
		}
		a.alts = append(a.alts, &gatedAlt{lits: lits, rank: rank, sub: sub, whole: a.re})
	}
	// A text matches when any alternative matches, so they can be tried
	// in any order: those ruled out at least cost come first, and one
	// whose literal is a letter or two (which nearly every text holds,
	// so that it nearly always runs) last, where a text that matches
	// another alternative never reaches it.
	slices.SortStableFunc(a.alts, func(x, y *gatedAlt) int { return cmp.Compare(x.rank, y.rank) })
}

// rankedLiteral is the literal length from which longer literals are not
// thought to rule out more texts.
const rankedLiteral = 6

// alternatives returns the alternatives of re, those of an alternative
// that is itself an alternation (a group) included: a text matches re
// exactly when it matches one of them.
func alternatives(re *syntax.Regexp) []*syntax.Regexp {
	if re.Op != syntax.OpAlternate {
		return []*syntax.Regexp{re}
	}
	var out []*syntax.Regexp
	for _, sub := range re.Sub {
		out = append(out, alternatives(sub)...)
	}
	return out
}

// anchoredAtStart reports whether every match of re begins at the start
// of the text.
func anchoredAtStart(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpCapture:
		return anchoredAtStart(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchoredAtStart(re.Sub[0])
	}
	return false
}

// printsBack reports whether s, an alternative's printed form, parses
// back to the same expression, so that compiling s compiles it.
func printsBack(s string, sub *syntax.Regexp) bool {
	back, err := syntax.Parse(s, syntax.Perl)
	return err == nil && back.Equal(sub)
}

// MatchString reports whether s contains a match of the expression.
func (a *alternation) MatchString(s string) bool {
	for _, alt := range a.parts() {
		if litsMayMatch(alt.lits, s) && alt.compiled().MatchString(s) {
			return true
		}
	}
	return false
}

// MatchLower is MatchString for a text without upper-case ASCII letters
// (lowered by strings.ToLower or asciiLower), as the stance phrases are
// matched: a plain substring search then finds the case-folded literals,
// and it is several times faster than a search that folds case.
func (a *alternation) MatchLower(s string) bool {
	for _, alt := range a.parts() {
		if litsMayMatchLower(alt.lits, s) && alt.compiled().MatchString(s) {
			return true
		}
	}
	return false
}

// litsMayMatchLower is litsMayMatch for a text without upper-case ASCII
// letters.
func litsMayMatchLower(lits []literal, s string) bool {
	if len(lits) == 0 {
		return true
	}
	for _, l := range lits {
		if containsAt(s, l.s, l.k) {
			return true
		}
	}
	return false
}

// litsMayMatch reports whether s holds one of lits, the literals a match
// needs; with none, a match needs none.
func litsMayMatch(lits []literal, s string) bool {
	if len(lits) == 0 {
		return true
	}
	for _, l := range lits {
		if l.fold {
			if containsFoldAt(s, l.s, l.k) {
				return true
			}
		} else if containsAt(s, l.s, l.k) {
			return true
		}
	}
	return false
}

// required returns literals one of which every match of re contains, and
// the length of the shortest (longer literals rule out more texts); no
// literals when it cannot tell.
func required(re *syntax.Regexp) ([]literal, int) {
	switch re.Op {
	case syntax.OpLiteral:
		l, ok := literalOf(re)
		if !ok {
			return nil, 0
		}
		return []literal{l}, len(l.s)
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		// Every part is in every match: the part with the longest
		// shortest literal.
		var best []literal
		bestLen := 0
		for _, sub := range re.Sub {
			if lits, n := required(sub); len(lits) > 0 && n > bestLen {
				best, bestLen = lits, n
			}
		}
		return best, bestLen
	case syntax.OpAlternate:
		// A match matches one of the alternatives: one of all their
		// literals, if each has some.
		var all []literal
		shortest := 0
		for i, sub := range re.Sub {
			lits, n := required(sub)
			if len(lits) == 0 {
				return nil, 0
			}
			all = append(all, lits...)
			if i == 0 || n < shortest {
				shortest = n
			}
		}
		return all, shortest
	}
	return nil, 0
}

// literalOf returns the literal text of a literal node. A case-folded
// literal is kept as its longest run of runes whose case variants are all
// ASCII (not k or s, which fold to the Kelvin sign and the long s).
func literalOf(re *syntax.Regexp) (literal, bool) {
	if re.Flags&syntax.FoldCase == 0 {
		// The regexp package reads an invalid byte as U+FFFD, which a
		// substring search would not find.
		s := string(re.Rune)
		return literal{s: s, k: rarest(s)}, s != "" && !strings.ContainsRune(s, utf8.RuneError)
	}
	var best, cur []byte
	for _, r := range re.Rune {
		if !asciiFold(r) {
			cur = cur[:0]
			continue
		}
		cur = append(cur, byte(unicode.ToLower(r)))
		if len(cur) > len(best) {
			best = append(best[:0], cur...)
		}
	}
	return literal{s: string(best), fold: true, k: rarest(string(best))}, len(best) > 0
}

// asciiFold reports whether r and every rune that folds to it are ASCII.
func asciiFold(r rune) bool {
	if r >= utf8.RuneSelf {
		return false
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// containsFoldASCII reports whether s contains sub (lower case ASCII)
// ignoring the case of ASCII letters.
func containsFoldASCII(s, sub string) bool {
	return containsFoldAt(s, sub, 0)
}

// containsFoldAt is containsFoldASCII that looks first for sub[k], in
// either case: candidates are found with IndexByte, which is much faster
// than a loop, but slow when it stops often, as at every 'e' of a text.
// A literal's rarest byte (see rarest) stops it least.
func containsFoldAt(s, sub string, k int) bool {
	n := len(sub)
	if n == 0 {
		return true
	}
	if n > len(s) {
		return false
	}
	lower, upper := sub[k], sub[k]
	if 'a' <= lower && lower <= 'z' {
		upper = lower - 'a' + 'A'
	}
	// The next of each case is found in turn.
	last := len(s) - n + k // the last place sub[k] can be
	lo, up := nextByte(s, k, last, lower), -1
	if upper != lower {
		up = nextByte(s, k, last, upper)
	}
	for lo >= 0 || up >= 0 {
		i := lo
		if i < 0 || up >= 0 && up < i {
			i = up
		}
		if equalFoldASCII(s[i-k:i-k+n], sub) {
			return true
		}
		if i == lo {
			lo = nextByte(s, i+1, last, lower)
		}
		if i == up {
			up = nextByte(s, i+1, last, upper)
		}
	}
	return false
}

// containsAt reports whether s contains sub, looking first for sub[k] as
// containsFoldAt does.
func containsAt(s, sub string, k int) bool {
	n := len(sub)
	if n == 0 {
		return true
	}
	last := len(s) - n + k // the last place sub[k] can be
	for i := k; i <= last; i++ {
		j := strings.IndexByte(s[i:last+1], sub[k])
		if j < 0 {
			return false
		}
		i += j
		if s[i-k:i-k+n] == sub {
			return true
		}
	}
	return false
}

// rarest returns the index of the byte of lit least common in letters,
// ignoring case: the 'x' of "exempt", the 'v' of "vexatious".
func rarest(lit string) int {
	k := 0
	for i := 1; i < len(lit); i++ {
		if byteCommonness[lit[i]|caseBit(lit[i])] < byteCommonness[lit[k]|caseBit(lit[k])] {
			k = i
		}
	}
	return k
}

// caseBit is the bit that lowers an ASCII capital, 0 for other bytes.
func caseBit(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return 'a' - 'A'
	}
	return 0
}

// byteCommonness ranks the bytes of lower-case text by how often they
// occur in letters: the space and the letters by their frequency in
// English highest, digits and punctuation below them, and bytes beyond
// ASCII lowest.
var byteCommonness = func() (rank [256]uint8) {
	for c := range rank {
		rank[c] = 2
	}
	for c := utf8.RuneSelf; c < len(rank); c++ {
		rank[c] = 1
	}
	for c := '0'; c <= '9'; c++ {
		rank[c] = 4
	}
	for _, c := range ".,()-:;/'" {
		rank[c] = 5
	}
	const letters = "zqjxkvbpgyfwmculdrhsnioate" // least common first
	for i, c := range letters {
		rank[c] = uint8(10 + i)
	}
	rank[' '] = 40
	return rank
}()

// nextByte returns the index of the first c in s at or after from and at
// or before last, or -1.
func nextByte(s string, from, last int, c byte) int {
	if from > last {
		return -1
	}
	k := strings.IndexByte(s[from:last+1], c)
	if k < 0 {
		return -1
	}
	return from + k
}

// equalFoldASCII reports whether s equals sub (lower case ASCII) ignoring
// the case of ASCII letters.
func equalFoldASCII(s, sub string) bool {
	for j := 0; j < len(sub); j++ {
		c := s[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != sub[j] {
			return false
		}
	}
	return true
}
