package corpus

import (
	"regexp/syntax"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A gatedRegexp is a regular expression that is run only on texts holding,
// for each part that every match has, one of the literals that part
// contains. Most lines and sentences of a letter lack one of them, and a
// substring search costs far less than the regexp package's slower engines
// trying the expression at every position. Methods that are not gated are
// those of the whole expression: the answers are always the same.
type gatedRegexp struct {
	*rx
	// need holds sets of literals: a match contains one literal of every
	// set. With none, the expression always runs. It is worked out on
	// first use, as the rx is compiled (see rx.expr).
	need  [][]literal
	gated sync.Once
}

// mustGated returns expr gated by the literals its matches need.
func mustGated(expr string) *gatedRegexp {
	return &gatedRegexp{rx: mustRx(expr)}
}

// gate works out need, once.
func (g *gatedRegexp) gate() {
	g.gated.Do(func() {
		if tree, err := syntax.Parse(g.expr, syntax.Perl); err == nil {
			g.need = requiredAll(tree)
		}
	})
}

// requiredAll returns sets of literals such that every match of re
// contains one literal of each set: a set for each part of a sequence that
// has literals (see required), as every match holds every part.
func requiredAll(re *syntax.Regexp) [][]literal {
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return requiredAll(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredAll(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		var out [][]literal
		for _, sub := range re.Sub {
			out = append(out, requiredAll(sub)...)
		}
		return out
	}
	if lits, _ := required(re); len(lits) > 0 {
		return [][]literal{lits}
	}
	return nil
}

// mayMatch reports whether s holds a literal of every set, which every
// match needs.
func (g *gatedRegexp) mayMatch(s string) bool {
	g.gate()
	for _, lits := range g.need {
		if !litsMayMatch(lits, s) {
			return false
		}
	}
	return true
}

func (g *gatedRegexp) MatchString(s string) bool {
	return g.mayMatch(s) && g.rx.MatchString(s)
}

func (g *gatedRegexp) FindStringIndex(s string) []int {
	if !g.mayMatch(s) {
		return nil
	}
	return g.rx.FindStringIndex(s)
}

func (g *gatedRegexp) FindString(s string) string {
	if !g.mayMatch(s) {
		return ""
	}
	return g.rx.FindString(s)
}

func (g *gatedRegexp) FindStringSubmatch(s string) []string {
	if !g.mayMatch(s) {
		return nil
	}
	return g.rx.FindStringSubmatch(s)
}

func (g *gatedRegexp) FindStringSubmatchIndex(s string) []int {
	if !g.mayMatch(s) {
		return nil
	}
	return g.rx.FindStringSubmatchIndex(s)
}

func (g *gatedRegexp) FindAllStringIndex(s string, n int) [][]int {
	if !g.mayMatch(s) {
		return nil
	}
	return g.rx.FindAllStringIndex(s, n)
}

func (g *gatedRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !g.mayMatch(s) {
		return nil
	}
	return g.rx.FindAllStringSubmatchIndex(s, n)
}

// mayQuoteStatute is a cheap test that reQuotedStatute could match t: t
// opens with a parenthesis, or a quotation mark (or any character beyond
// ASCII, which may be one) comes before the first letter, digit or
// underscore. Most sentences open with a word.
func mayQuoteStatute(t string) bool {
	if strings.HasPrefix(t, "(") {
		return true
	}
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == '"' || c >= utf8.RuneSelf:
			return true
		case c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			return false
		}
	}
	return false
}

// A leadRegexp is an expression anchored at the start of the text whose
// every match begins with one of a few literals ("(?i)^(?:kind\s+regards|
// yours\s+...)"): it runs only on texts that begin with one. The regexp
// package clears state in proportion to the text and the expression on
// every call, even when the first character rules a match out.
type leadRegexp struct {
	*rx
	// byFirst lists the leading literals by the lower case of their first
	// byte when it and all its case variants are ASCII; other lists those
	// that begin otherwise. With all nil, the expression always runs.
	byFirst [128][]leadLiteral
	other   []leadLiteral
	gated   bool
	// led is done once the literals are worked out, on first use (see
	// rx.expr).
	led sync.Once
}

type leadLiteral struct {
	runes []rune
	fold  bool
}

// mustLead returns expr gated by the literals its matches begin with.
func mustLead(expr string) *leadRegexp {
	return &leadRegexp{rx: mustRx(expr)}
}

// lead works out the leading literals, once.
func (g *leadRegexp) lead() {
	g.led.Do(g.findLeads)
}

func (g *leadRegexp) findLeads() {
	tree, err := syntax.Parse(g.expr, syntax.Perl)
	if err != nil || tree.Op != syntax.OpConcat || len(tree.Sub) < 2 || tree.Sub[0].Op != syntax.OpBeginText {
		return
	}
	leads, ok := leadingLiterals(tree.Sub[1])
	if !ok {
		return
	}
	for _, l := range leads {
		ll := leadLiteral{runes: l.Rune, fold: l.Flags&syntax.FoldCase != 0}
		r := l.Rune[0]
		if ll.fold && !asciiFold(r) || r >= utf8.RuneSelf {
			g.other = append(g.other, ll)
			continue
		}
		// Listed under the lower case of the first byte, which is how
		// mayMatch looks it up; prefixOf then compares case as the
		// literal does.
		c := byte(r)
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		g.byFirst[c] = append(g.byFirst[c], ll)
	}
	g.gated = true
}

// leadingLiterals returns literals one of which every match of re begins
// with, and false when some alternative begins otherwise.
func leadingLiterals(re *syntax.Regexp) ([]*syntax.Regexp, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []*syntax.Regexp{re}, len(re.Rune) > 0
	case syntax.OpCapture:
		return leadingLiterals(re.Sub[0])
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return nil, false
		}
		return leadingLiterals(re.Sub[0])
	case syntax.OpAlternate:
		var all []*syntax.Regexp
		for _, sub := range re.Sub {
			leads, ok := leadingLiterals(sub)
			if !ok {
				return nil, false
			}
			all = append(all, leads...)
		}
		return all, true
	}
	return nil, false
}

// mayMatch reports whether s begins with one of the leading literals.
func (g *leadRegexp) mayMatch(s string) bool {
	g.lead()
	if !g.gated {
		return true
	}
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		for _, l := range g.byFirst[c] {
			if l.prefixOf(s) {
				return true
			}
		}
	} else {
		// Any literal may begin with a rune beyond ASCII, as a case
		// variant of its first letter ('ſ' for 's').
		for _, list := range g.byFirst {
			for _, l := range list {
				if l.prefixOf(s) {
					return true
				}
			}
		}
	}
	for _, l := range g.other {
		if l.prefixOf(s) {
			return true
		}
	}
	return false
}

// prefixOf reports whether s begins with the literal, read rune by rune
// as the regexp package reads it (an invalid byte is U+FFFD), and, when
// the literal ignores case, with any case variant of each rune.
func (l leadLiteral) prefixOf(s string) bool {
	for _, lr := range l.runes {
		if s == "" {
			return false
		}
		r, n := utf8.DecodeRuneInString(s)
		s = s[n:]
		if r == lr {
			continue
		}
		if !l.fold {
			return false
		}
		same := false
		for f := unicode.SimpleFold(lr); f != lr; f = unicode.SimpleFold(f) {
			if f == r {
				same = true
				break
			}
		}
		if !same {
			return false
		}
	}
	return true
}

func (g *leadRegexp) MatchString(s string) bool {
	return g.mayMatch(s) && g.rx.MatchString(s)
}

// refLabelWords are words one of which every match of refLabelRE holds,
// ignoring case: "ref" (our ref, reference), "reque" (your request), and
// the names before "no" or "number" (FOI no, case number). The long s
// ('ſ'), which a case-insensitive "s" matches, is let through whole.
var refLabelWords = []string{"ref", "reque", "foi", "eir", "case", "file"}

// mayLabelRef is a cheap test that refLabelRE could match ln: most lines of
// a letterhead hold no reference label, and the expression is tried at
// every position of the line.
func mayLabelRef(ln string) bool {
	for _, w := range refLabelWords {
		if containsFoldASCII(ln, w) {
			return true
		}
	}
	return strings.ContainsRune(ln, 'ſ')
}

// trimLeadNoise removes what reLeadNoise matches at the start of s. The
// expression needs a bullet, dash, quotation mark, '>', '#' or '*' first:
// a line that begins with anything else in ASCII is returned as it is,
// without a copy.
func trimLeadNoise(s string) string {
	if s == "" || s[0] < utf8.RuneSelf && !strings.ContainsRune(`-*>#"'`, rune(s[0])) {
		return s
	}
	return reLeadNoise.ReplaceAllString(s, "")
}
