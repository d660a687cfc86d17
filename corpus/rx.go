package corpus

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// An rx is a regular expression that is tried only at the places where a
// match can begin, and gives the same answers as the regexp package.
//
// The regexp package tries an expression at every position of the text
// unless it begins with a literal that ignores no case; nearly all of the
// parser's expressions ignore case, or begin with a word boundary or an
// alternation. At each position its slower engines push and pop state
// before they can tell that the first character rules a match out, and
// that per-position work was most of what the parser's expressions cost.
// An rx knows which bytes a match can begin with, which can come second,
// and whether a word boundary (or a line start) must come before them; at
// the few positions that pass, it runs the expression's program itself
// (see matchFrom), and leaves to the regexp package only a run that reads
// far.
type rx struct {
	// expr is the expression as written. It is compiled, and everything
	// below worked out, on first use (build): the parser's 170 or so
	// expressions took 40 ms of every process's start, and the processes
	// that never parse a letter (the one that writes the index, and
	// every command that only reads it) never use them.
	expr  string
	built sync.Once
	// re is expr compiled; it answers what rx does not.
	re *regexp.Regexp
	// at is the expression anchored after one character of any kind, for
	// a run at a place past the start of the text that read too far: it
	// is run from the character before the place, so that assertions
	// there see what comes before it, as the regexp package's own search
	// does. (At the start of the text the expression itself is run: the
	// leftmost match it finds is the one wanted.) It is compiled when
	// first needed, which is seldom: every byte a process's heap holds at
	// rest raises the heap each collection lets it grow to.
	at     *regexp.Regexp
	atExpr string
	atOnce sync.Once
	// fast is set when matches are sought only where they can begin;
	// not when the expression may match the empty string, or its matches
	// begin at too many places for the tests to rule out much.
	fast bool
	// prog is the expression's program, compiled on first use, which
	// matchFrom runs to tell whether a match begins at a place.
	prog     *syntax.Prog
	progOnce sync.Once
	// ascii holds, for each instruction of prog that consumes a
	// character, the ASCII characters it takes, as two words of bits:
	// most characters of a letter are ASCII, and a bit is quicker to test
	// than a rune against a range or its case variants.
	ascii [][2]uint64
	// starts holds, for each byte, the conditions under which a match can
	// begin with it: startAny, startWord (at a word boundary) and so on.
	starts [256]uint8
	// anchored is set for an expression whose every match begins at the
	// start of the text: at is nil, and starts says which first bytes
	// can begin one.
	anchored bool
	// follow holds, for each ASCII byte a match can begin with, the bytes
	// that can come second, as an index into follows (0 when any byte
	// can). A first byte alone lets through every word that begins with a
	// common letter. The sets are few, and kept once each: every process
	// holds every expression, and a larger heap at rest is a larger heap
	// at every collection.
	follow  [utf8.RuneSelf]uint8
	follows []byteSet
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (b *byteSet) add(c byte)      { b[c>>6] |= 1 << (c & 63) }
func (b *byteSet) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }
func (b *byteSet) union(o *byteSet) {
	b[0], b[1], b[2], b[3] = b[0]|o[0], b[1]|o[1], b[2]|o[2], b[3]|o[3]
}
func (b *byteSet) addAll()         { *b = byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)} }
func (b *byteSet) addBeyondASCII() { b[2], b[3] = ^uint64(0), ^uint64(0) }

// The conditions under which a match can begin with a byte.
const (
	startAny     uint8 = 1 << iota // anywhere
	startWord                      // at a word boundary
	startNotWord                   // where there is no word boundary
	startLine                      // at the start of a line
	startText                      // at the start of the text
)

// mustRx returns expr as an rx, to be compiled on first use, which
// panics if expr does not compile, as regexp.MustCompile would.
// TestRxSameAsRegexp compiles every expression the package gives mustRx
// and the constructors built on it.
func mustRx(expr string) *rx {
	return &rx{expr: expr}
}

// build compiles the expression, once.
func (r *rx) build() {
	r.built.Do(func() {
		r.re = regexp.MustCompile(r.expr)
		if tree, err := syntax.Parse(r.expr, syntax.Perl); err == nil {
			r.speedUp(r.expr, tree)
		}
	})
}

// rxOf is mustRx for an expression already compiled and parsed, as the
// alternatives of an alternation are.
func rxOf(re *regexp.Regexp, tree *syntax.Regexp) *rx {
	r := &rx{expr: re.String()}
	r.built.Do(func() {
		r.re = re
		r.speedUp(r.expr, tree)
	})
	return r
}

// String returns the expression as written.
func (r *rx) String() string { return r.expr }

// NumSubexp returns the number of groups in the expression.
func (r *rx) NumSubexp() int {
	r.build()
	return r.re.NumSubexp()
}

// speedUp sets at, starts and follow, or leaves them unset when it cannot
// tell where matches begin or that test would rule out little.
func (r *rx) speedUp(expr string, tree *syntax.Regexp) {
	var starts [256]uint8
	if nullable, ok := matchStarts(tree, startAny, &starts); !ok || nullable {
		return
	}
	anchored := true
	for _, cond := range starts {
		anchored = anchored && cond&^startText == 0
	}
	r.starts = starts
	r.setFollow(tree)
	if anchored {
		// "^...": the regexp package tries the start of the text only,
		// but it clears state in proportion to the text first; the
		// text's first bytes often rule a match out.
		r.anchored = true
		return
	}
	if r.startDensity() > mostStarts {
		r.starts, r.follow, r.follows = [256]uint8{}, [utf8.RuneSelf]uint8{}, nil
		return
	}
	r.atExpr, r.fast = `\A(?s:.)(?:`+expr+`)`, true
}

// anchoredAt returns at, compiling it on first use; nil if it does not
// compile as it should (it always does: expr compiled, and what is added
// around it captures nothing), and the whole expression is then run.
func (r *rx) anchoredAt() *regexp.Regexp {
	r.atOnce.Do(func() {
		if at, err := regexp.Compile(r.atExpr); err == nil && at.NumSubexp() == r.NumSubexp() {
			r.at = at
		}
	})
	return r.at
}

// setFollow sets follow and follows from the compiled program of re: the
// instructions that can consume a first character, then those that can
// consume a second. Assertions are passed over as if they held, so the
// sets hold more than can follow, never less. It sets nothing when it
// cannot compile re.
func (r *rx) setFollow(re *syntax.Regexp) {
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return
	}
	accepts := make([]byteSet, len(prog.Inst))
	for pc := range prog.Inst {
		accepts[pc] = acceptedBytes(&prog.Inst[pc])
	}
	var f [utf8.RuneSelf]byteSet
	firsts, _ := closure(prog, uint32(prog.Start))
	for _, pc := range firsts {
		nexts, end := closure(prog, prog.Inst[pc].Out)
		var then byteSet
		if end {
			// A match may end after one character: anything may follow.
			then.addAll()
		}
		for _, q := range nexts {
			then.union(&accepts[q])
		}
		for c := range utf8.RuneSelf {
			if accepts[pc].has(byte(c)) {
				f[c].union(&then)
			}
		}
	}
	var all byteSet
	all.addAll()
	for c := range f {
		if f[c] == all || f[c] == (byteSet{}) {
			continue // any byte may follow, or c begins no match
		}
		k := slices.Index(r.follows, f[c])
		if k < 0 {
			if len(r.follows) == 255 {
				continue
			}
			r.follows = append(r.follows, f[c])
			k = len(r.follows) - 1
		}
		r.follow[c] = uint8(k + 1)
	}
}

// acceptedBytes returns the bytes a character the instruction consumes
// can begin with: its ASCII characters, and every byte from 0x80 when it
// consumes anything beyond ASCII (whose encodings, and the invalid bytes
// read as U+FFFD, begin there).
func acceptedBytes(inst *syntax.Inst) byteSet {
	var b byteSet
	switch inst.Op {
	case syntax.InstRuneAny:
		b.addAll()
	case syntax.InstRuneAnyNotNL:
		b.addAll()
		b[0] &^= 1 << '\n'
	case syntax.InstRune1, syntax.InstRune:
		runes := inst.Rune
		if len(runes) == 1 {
			// One rune, with its case variants when it folds case.
			r := runes[0]
			variants := []rune{r}
			if syntax.Flags(inst.Arg)&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					variants = append(variants, f)
				}
			}
			for _, v := range variants {
				if v < utf8.RuneSelf {
					b.add(byte(v))
				} else {
					b.addBeyondASCII()
				}
			}
			return b
		}
		for i := 0; i+1 < len(runes); i += 2 {
			lo, hi := runes[i], runes[i+1]
			for c := lo; c <= hi && c < utf8.RuneSelf; c++ {
				b.add(byte(c))
			}
			if hi >= utf8.RuneSelf {
				b.addBeyondASCII()
			}
		}
	}
	return b
}

// closure returns the instructions that consume a character reachable
// from pc without consuming one, and whether a match can end there.
func closure(prog *syntax.Prog, pc uint32) (consuming []uint32, end bool) {
	seen := make([]bool, len(prog.Inst))
	stack := []uint32{pc}
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		inst := &prog.Inst[pc]
		switch inst.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, inst.Out, inst.Arg)
		case syntax.InstNop, syntax.InstCapture, syntax.InstEmptyWidth:
			stack = append(stack, inst.Out)
		case syntax.InstMatch:
			end = true
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			consuming = append(consuming, pc)
		}
	}
	return consuming, end
}

// none reports that an expression anchored at the start of the text
// cannot match s, by its first byte.
func (r *rx) none(s string) bool {
	return r.anchored && (s == "" || !r.canStart(s, 0))
}

// mostStarts is the share of a letter's positions, at most, where a match
// can begin for an expression to be sped up: the anchored expression costs
// several times what the regexp package spends on a position it rules out
// at once.
const mostStarts = 0.25

// startDensity returns the share of positions of sampleProse at which a
// match can begin, after the text start (which the regexp package tries
// first anyway).
func (r *rx) startDensity() float64 {
	n := 0
	for i := 1; i < len(sampleProse); i = advance(sampleProse, i) {
		if r.canStart(sampleProse, i) {
			n++
		}
	}
	return float64(n) / float64(len(sampleProse))
}

// sampleProse is the kind of text the parser reads: a letter's headings,
// questions and answers, with figures, references and a citation.
const sampleProse = `Our ref: FOI 2024/0512
Date: 14 March 2024

Dear Requester,

Thank you for your request for information received on 20 February 2024.
You asked:
1. Please provide the number of officers trained in the use of the system.
2. Who is the supplier of the contact centre software, and when does the
contract expire?

Response
1. 147 officers have been trained since April 2022.
2. The supplier is Example Systems Ltd. The contract expires on 31 March 2026.
Some of the information is exempt under section 43(2) of the Act, and the
remainder is provided below. The public interest test is set out in the annex.
If you are dissatisfied with the handling of your request, you may ask for an
internal review within 40 working days.

Yours sincerely,
Information Management Unit`

// matchStarts marks in starts the bytes a match of re can begin with,
// under cond, the condition an assertion before re sets, and reports
// whether re matches the empty string. It reports false for ok for an
// operator it does not know. What it marks may be more than can begin a
// match, never less.
func matchStarts(re *syntax.Regexp, cond uint8, starts *[256]uint8) (nullable, ok bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return false, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		// An assertion consumes nothing; in a sequence it sets the
		// condition of what follows (see OpConcat).
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		r := re.Rune[0]
		markStart(starts, r, cond)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				markStart(starts, f, cond)
			}
		}
		return false, true
	case syntax.OpCharClass:
		// A class that ignores case holds the case variants already.
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			markRange(starts, lo, hi, cond)
		}
		return false, true
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		for c := range starts {
			if c != '\n' || re.Op == syntax.OpAnyChar {
				starts[c] |= cond
			}
		}
		return false, true
	case syntax.OpCapture, syntax.OpPlus:
		return matchStarts(re.Sub[0], cond, starts)
	case syntax.OpStar, syntax.OpQuest:
		_, ok := matchStarts(re.Sub[0], cond, starts)
		return true, ok
	case syntax.OpRepeat:
		if re.Max == 0 {
			return true, true
		}
		n, ok := matchStarts(re.Sub[0], cond, starts)
		return n || re.Min == 0, ok
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if c, ok := assertionCond[sub.Op]; ok && cond == startAny {
				// "\bword": what follows begins at a word boundary.
				cond = c
			}
			n, ok := matchStarts(sub, cond, starts)
			if !ok || !n {
				return false, ok
			}
		}
		return true, true
	case syntax.OpAlternate:
		any := false
		for _, sub := range re.Sub {
			n, ok := matchStarts(sub, cond, starts)
			if !ok {
				return false, false
			}
			any = any || n
		}
		return any, true
	}
	return false, false
}

// assertionCond gives the condition each assertion before a match's first
// character sets. The end assertions are not listed: they look only at
// what follows.
var assertionCond = map[syntax.Op]uint8{
	syntax.OpWordBoundary:   startWord,
	syntax.OpNoWordBoundary: startNotWord,
	syntax.OpBeginLine:      startLine,
	syntax.OpBeginText:      startText,
}

// markStart marks the first byte of r's encoding. U+FFFD, which the
// regexp package reads an invalid byte as, marks every byte from 0x80.
func markStart(starts *[256]uint8, r rune, cond uint8) {
	markRange(starts, r, r, cond)
}

// markRange marks the first bytes of the runes lo to hi. The first byte
// of an encoding grows with the rune, so those of lo and hi bound them.
func markRange(starts *[256]uint8, lo, hi rune, cond uint8) {
	if lo <= utf8.RuneError && utf8.RuneError <= hi {
		for c := utf8.RuneSelf; c < len(starts); c++ {
			starts[c] |= cond
		}
	}
	hi = min(hi, unicode.MaxRune)
	if lo > hi {
		return
	}
	first := func(r rune) int {
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], r)
		return int(b[0])
	}
	// Surrogates have no encoding; the runes either side bound them.
	if lo >= 0xD800 && lo <= 0xDFFF {
		lo = 0xE000
	}
	if hi >= 0xD800 && hi <= 0xDFFF {
		hi = 0xD7FF
	}
	for c := first(lo); c <= first(hi) && lo <= hi; c++ {
		starts[c] |= cond
	}
}

// canStart reports whether a match can begin at s[i], the first byte of a
// character.
func (r *rx) canStart(s string, i int) bool {
	c := s[i]
	cond := r.starts[c]
	return cond != 0 && (cond&startAny != 0 || r.holds(s, i, cond)) && r.second(s, i, c)
}

// second reports whether the byte after s[i] (c) can follow c in a match.
func (r *rx) second(s string, i int, c byte) bool {
	if c >= utf8.RuneSelf || i+1 >= len(s) || r.follow[c] == 0 {
		return true
	}
	return r.follows[r.follow[c]-1].has(s[i+1])
}

// holds reports whether one of the conditions cond holds at s[i]. Only
// ASCII letters, digits and '_' are word characters to the regexp
// package, so bytes decide a word boundary.
func (r *rx) holds(s string, i int, cond uint8) bool {
	if cond&(startWord|startNotWord) != 0 {
		boundary := (i > 0 && isWordByte(s[i-1])) != isWordByte(s[i])
		if boundary && cond&startWord != 0 || !boundary && cond&startNotWord != 0 {
			return true
		}
	}
	return cond&startLine != 0 && (i == 0 || s[i-1] == '\n') || cond&startText != 0 && i == 0
}

// next returns the first position at or after i where a match can begin,
// or -1. Positions are those the regexp package tries: each character's
// first byte, an invalid byte counting as a character.
func (r *rx) next(s string, i int) int {
	// canStart and advance written out: this loop runs over every byte
	// of every text an expression is tried on, and neither is inlined.
	for i < len(s) {
		c := s[i]
		if cond := r.starts[c]; cond != 0 && (cond&startAny != 0 || r.holds(s, i, cond)) && r.second(s, i, c) {
			return i
		}
		if c < utf8.RuneSelf {
			i++
		} else {
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
		}
	}
	return -1
}

// advance returns the position after the character at s[i].
func advance(s string, i int) int {
	if s[i] < utf8.RuneSelf {
		return i + 1
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	return i + w
}

// find returns the leftmost match at or after from, with its submatches
// when subs is set, as positions in s; nil for none. The first position
// where a match begins has the leftmost match, and what the run (or the
// anchored expression) finds there is what the whole expression prefers
// there. A run that reads too far is settled by the regexp package: at the
// start of the text by the expression itself, whose leftmost match is the
// one wanted wherever it begins.
func (r *rx) find(s string, from int, subs bool) []int {
	caps := r.caps(subs) // a run fills it afresh
	for i := r.next(s, from); i >= 0; i = r.next(s, advance(s, i)) {
		matched, decided := r.runFrom(s, i, caps)
		switch {
		case decided && matched:
			return caps
		case decided:
			continue
		case i == 0:
			return r.whole(s, subs)
		}
		if at := r.anchoredAt(); at != nil {
			if m := r.findAt(at, s, i, subs); m != nil {
				return m
			}
		}
	}
	return nil
}

// caps returns room for a match's positions, and its submatches' when
// subs is set.
func (r *rx) caps(subs bool) []int {
	if subs {
		return make([]int, 2*(r.NumSubexp()+1))
	}
	return make([]int, 2)
}

// whole returns the regexp package's leftmost match in s.
func (r *rx) whole(s string, subs bool) []int {
	if subs {
		return r.re.FindStringSubmatchIndex(s)
	}
	return r.re.FindStringIndex(s)
}

// first returns the leftmost match in s, as find does, for an expression
// sped up, anchored at the start of the text, or neither.
func (r *rx) first(s string, subs bool) []int {
	switch {
	case r.fast:
		return r.find(s, 0, subs)
	case r.anchored:
		if r.none(s) {
			return nil
		}
		caps := r.caps(subs)
		if matched, decided := r.runFrom(s, 0, caps); decided {
			if matched {
				return caps
			}
			return nil
		}
	}
	return r.whole(s, subs)
}

// findAt returns the match beginning at s[i], the first byte of a
// character after the first, or nil. The anchored expression is run from
// the character before i, which it passes over, so that a word boundary
// or line start at i is judged as in the whole text. That character is
// the one the regexp package reads before i: stepping forward from it, as
// the expression does, ends at i, since i is where a character begins.
func (r *rx) findAt(at *regexp.Regexp, s string, i int, subs bool) []int {
	_, w := utf8.DecodeLastRuneInString(s[:i])
	j := i - w
	var m []int
	if subs {
		m = at.FindStringSubmatchIndex(s[j:])
	} else {
		m = at.FindStringIndex(s[j:])
	}
	if m == nil {
		return nil
	}
	for k := range m {
		if m[k] >= 0 {
			m[k] += j
		}
	}
	m[0] = i
	return m
}

func (r *rx) MatchString(s string) bool {
	r.build()
	switch {
	case r.anchored:
		if r.none(s) {
			return false
		}
		if matched, decided := r.matchFrom(s, 0); decided {
			return matched
		}
		return r.re.MatchString(s)
	case !r.fast:
		return r.re.MatchString(s)
	}
	for i := r.next(s, 0); i >= 0; i = r.next(s, advance(s, i)) {
		if matched, decided := r.matchFrom(s, i); decided {
			if matched {
				return true
			}
			continue
		}
		// A run that read far, left to the regexp package.
		if i == 0 {
			return r.re.MatchString(s)
		}
		if at := r.anchoredAt(); at != nil && r.findAt(at, s, i, false) != nil {
			return true
		}
	}
	return false
}

func (r *rx) FindStringIndex(s string) []int {
	r.build()
	return r.first(s, false)
}

func (r *rx) FindString(s string) string {
	r.build()
	if m := r.first(s, false); m != nil {
		return s[m[0]:m[1]]
	}
	return ""
}

func (r *rx) FindStringSubmatchIndex(s string) []int {
	r.build()
	return r.first(s, true)
}

func (r *rx) FindStringSubmatch(s string) []string {
	r.build()
	m := r.first(s, true)
	if m == nil {
		return nil
	}
	return submatches(s, m)
}

func submatches(s string, m []int) []string {
	out := make([]string, len(m)/2)
	for k := range out {
		if m[2*k] >= 0 {
			out[k] = s[m[2*k]:m[2*k+1]]
		}
	}
	return out
}

// allIndex returns the successive matches, at most n (all when n < 0),
// as the regexp package's FindAllStringIndex, or with submatches as its
// FindAllStringSubmatchIndex. Matches are never empty, so each search
// starts where the last match ended, as the regexp package's does.
func (r *rx) allIndex(s string, n int, subs bool) [][]int {
	if !r.fast {
		switch {
		case r.none(s):
			return nil
		case subs:
			return r.re.FindAllStringSubmatchIndex(s, n)
		}
		return r.re.FindAllStringIndex(s, n)
	}
	var out [][]int
	for pos := 0; n < 0 || len(out) < n; {
		m := r.find(s, pos, subs)
		if m == nil {
			break
		}
		out = append(out, m)
		pos = m[1]
	}
	return out
}

func (r *rx) FindAllStringIndex(s string, n int) [][]int {
	r.build()
	return r.allIndex(s, n, false)
}

func (r *rx) FindAllStringSubmatchIndex(s string, n int) [][]int {
	r.build()
	return r.allIndex(s, n, true)
}

func (r *rx) FindAllString(s string, n int) []string {
	r.build()
	var out []string
	for _, m := range r.allIndex(s, n, false) {
		out = append(out, s[m[0]:m[1]])
	}
	return out
}

func (r *rx) FindAllStringSubmatch(s string, n int) [][]string {
	r.build()
	var out [][]string
	for _, m := range r.allIndex(s, n, true) {
		out = append(out, submatches(s, m))
	}
	return out
}

// ReplaceAllString replaces each match with repl, expanding $1 and the
// like as the regexp package does.
func (r *rx) ReplaceAllString(s, repl string) string {
	r.build()
	if !r.fast {
		return r.re.ReplaceAllString(s, repl)
	}
	subs := strings.Contains(repl, "$")
	return r.replace(s, subs, func(b []byte, m []int) []byte {
		return r.re.ExpandString(b, repl, s, m)
	})
}

func (r *rx) ReplaceAllStringFunc(s string, repl func(string) string) string {
	r.build()
	if !r.fast {
		return r.re.ReplaceAllStringFunc(s, repl)
	}
	return r.replace(s, false, func(b []byte, m []int) []byte {
		return append(b, repl(s[m[0]:m[1]])...)
	})
}

func (r *rx) replace(s string, subs bool, repl func([]byte, []int) []byte) string {
	var b []byte
	last := 0
	for _, m := range r.allIndex(s, -1, subs) {
		b = append(b, s[last:m[0]]...)
		b = repl(b, m)
		last = m[1]
	}
	return string(append(b, s[last:]...))
}

// Split slices s into the pieces between matches, as the regexp package
// does: at most n pieces when n > 0, none when n is 0.
func (r *rx) Split(s string, n int) []string {
	r.build()
	if !r.fast {
		return r.re.Split(s, n)
	}
	if n == 0 {
		return nil
	}
	if len(r.String()) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := r.FindAllStringIndex(s, n)
	out := make([]string, 0, len(matches)+1)
	beg, end := 0, 0
	for _, m := range matches {
		if n > 0 && len(out) >= n-1 {
			break
		}
		end = m[0]
		if m[1] != 0 {
			out = append(out, s[beg:end])
		}
		beg = m[1]
	}
	if end != len(s) {
		out = append(out, s[beg:])
	}
	return out
}
