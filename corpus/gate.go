package corpus

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// A gatedRegexp is a regular expression that is run only on texts holding,
// for each part that every match has, one of the literals that part
// contains. Most lines and sentences of a letter lack one of them, and a
// substring search costs far less than the regexp package's slower engines
// trying the expression at every position. Methods that are not gated are
// those of the whole expression: the answers are always the same.
type gatedRegexp struct {
	*regexp.Regexp
	// need holds sets of literals: a match contains one literal of every
	// set. With none, the expression always runs.
	need [][]literal
}

// mustGated compiles expr and the literals its matches need.
func mustGated(expr string) *gatedRegexp {
	g := &gatedRegexp{Regexp: regexp.MustCompile(expr)}
	if tree, err := syntax.Parse(expr, syntax.Perl); err == nil {
		g.need = requiredAll(tree)
	}
	return g
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
	for _, lits := range g.need {
		if !(gatedAlt{lits: lits}).mayMatch(s) {
			return false
		}
	}
	return true
}

func (g *gatedRegexp) MatchString(s string) bool {
	return g.mayMatch(s) && g.Regexp.MatchString(s)
}

func (g *gatedRegexp) FindStringIndex(s string) []int {
	if !g.mayMatch(s) {
		return nil
	}
	return g.Regexp.FindStringIndex(s)
}

func (g *gatedRegexp) FindString(s string) string {
	if !g.mayMatch(s) {
		return ""
	}
	return g.Regexp.FindString(s)
}

func (g *gatedRegexp) FindStringSubmatch(s string) []string {
	if !g.mayMatch(s) {
		return nil
	}
	return g.Regexp.FindStringSubmatch(s)
}

func (g *gatedRegexp) FindStringSubmatchIndex(s string) []int {
	if !g.mayMatch(s) {
		return nil
	}
	return g.Regexp.FindStringSubmatchIndex(s)
}

func (g *gatedRegexp) FindAllStringIndex(s string, n int) [][]int {
	if !g.mayMatch(s) {
		return nil
	}
	return g.Regexp.FindAllStringIndex(s, n)
}

func (g *gatedRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !g.mayMatch(s) {
		return nil
	}
	return g.Regexp.FindAllStringSubmatchIndex(s, n)
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
