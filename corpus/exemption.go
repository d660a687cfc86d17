package corpus

import (
	"strconv"
	"strings"
)

// Regime is the access regime a letter answers under.
type Regime int

// The three regimes.
const (
	FOIA  Regime = iota // Freedom of Information Act 2000 (England, Wales, NI)
	EIR                 // Environmental Information Regulations 2004 (or EIR (Scotland) 2004)
	FOISA               // Freedom of Information (Scotland) Act 2002
)

// String returns "FOIA", "EIR" or "FOISA", and "Regime(n)" for any other
// value.
func (r Regime) String() string {
	switch r {
	case FOIA:
		return "FOIA"
	case EIR:
		return "EIR"
	case FOISA:
		return "FOISA"
	}
	return "Regime(" + strconv.Itoa(int(r)) + ")"
}

// otherPrefix marks the Section of a citation of another enactment (the
// Data Protection Act 2018, the UK GDPR, the Police Act 1996): "other:s1",
// "other:reg2", "other:art6". Such citations are returned, never dropped, so
// that a caller can see the words are taken; they carry no Exemptions.
const otherPrefix = "other:"

// citation is one citation of a provision found in text.
//
// A run such as "Section 31(1)(a)(b)" or "36(2)(b)(i), 36(2)(b)(ii) and
// 36(2)(c)" is one citation (one section, several exemptions); "sections
// 40(2) and 43(2)" is two, one per section.
type citation struct {
	Start, End int      // byte offsets of the citation in the searched text
	Regime     Regime   // the regime the citation belongs to
	Section    string   // normalised section without subsections: "s31", "reg12", "foisa:s35"; "other:..." for another Act
	Exemptions []string // normalised exemptions it names: "s31(1)(a)", "s31(1)(b)"; empty when Other

	// Exemption is true when the provision is an exemption or refusal
	// ground of its regime (FOIA ss12, 14, 21-44; EIR reg 12(4), 12(5),
	// 12(6), 13; FOISA ss12, 14, 17, 18, 25-41), false for procedural
	// provisions (s1, s17 of FOIA), numbers the Act does not have, and
	// other Acts.
	Exemption bool
	// Other is true when the provision belongs to another enactment; then
	// Section starts with "other:" and Exemptions is empty.
	Other bool
}

// provision is one parsed provision: a regime, a section or regulation
// number ("31", "22A") and its subsections in order ("1", "a", "ii", "5A").
type provision struct {
	regime Regime
	num    string
	subs   []string
}

// String formats p in normalised form: s31(1)(a), reg12(5)(e),
// foisa:s35(1)(a).
func (p provision) String() string {
	var b strings.Builder
	b.WriteString(sectionKey(p.regime, p.num))
	for _, s := range p.subs {
		b.WriteByte('(')
		b.WriteString(s)
		b.WriteByte(')')
	}
	return b.String()
}

func sectionKey(r Regime, num string) string {
	switch r {
	case EIR:
		return "reg" + num
	case FOISA:
		return "foisa:s" + num
	}
	return "s" + num
}

// number returns the numeric part of p.num ("22A" is 22), or -1.
func (p provision) number() int {
	end := 0
	for end < len(p.num) && isDigit(p.num[end]) {
		end++
	}
	n, err := strconv.Atoi(p.num[:end])
	if err != nil {
		return -1
	}
	return n
}

func (p provision) sub(i int) string {
	if i < len(p.subs) {
		return p.subs[i]
	}
	return ""
}

// englishEIR returns the provision of the EIR 2004 that a provision of the
// Environmental Information (Scotland) Regulations 2004 stands for, which
// number their exceptions differently: regulation 10(4) and 10(5) are
// 12(4) and 12(5), 10(8) (neither confirm nor deny) is 12(6), and 11(2)
// (personal data) is 13. Other provisions are returned as they are: the
// EIR's own regulations 10 and 11 (transfers, representations) are no
// exceptions, and neither is a bare "regulation 11" of either.
func (p provision) englishEIR() provision {
	if p.regime != EIR {
		return p
	}
	switch {
	case p.num == "10" && (p.sub(0) == "4" || p.sub(0) == "5"):
		return provision{regime: EIR, num: "12", subs: p.subs}
	case p.num == "10" && p.sub(0) == "8":
		return provision{regime: EIR, num: "12", subs: append([]string{"6"}, p.subs[1:]...)}
	case p.num == "11" && p.sub(0) == "2":
		return provision{regime: EIR, num: "13", subs: []string{"1"}}
	}
	return p
}

// courseOfCompletion reports whether p is the EIR exception for material
// still in the course of completion (regulation 12(4)(d); in Scotland
// 10(4)(d)): it withholds, although its class is that of FOIA's s22.
func (p provision) courseOfCompletion() bool {
	e := p.englishEIR()
	return e.regime == EIR && e.num == "12" && e.sub(0) == "4" && e.sub(1) == "d"
}

// isExemption reports whether p is an exemption or refusal ground of its
// regime (see citation.Exemption).
func (p provision) isExemption() bool {
	p = p.englishEIR()
	n := p.number()
	switch p.regime {
	case EIR:
		switch n {
		case 13:
			return true
		case 6:
			// Regulation 6(1)(b): the information is already publicly
			// available and easily accessible in another form, the
			// EIR's way of signposting (FOIA's s21).
			return p.sub(0) == "1" && p.sub(1) == "b"
		case 12:
			switch p.sub(0) {
			case "":
				// "regulation 12" alone is a loose way of citing the
				// exceptions as a whole.
				return true
			case "4":
				s := p.sub(1)
				return s == "" || (len(s) == 1 && s[0] >= 'a' && s[0] <= 'e')
			case "5":
				s := p.sub(1)
				return s == "" || (len(s) == 1 && s[0] >= 'a' && s[0] <= 'g')
			case "6":
				return true
			}
		}
		return false
	case FOISA:
		return n == 12 || n == 14 || n == 17 || n == 18 || (n >= 25 && n <= 41)
	}
	return n == 12 || n == 14 || (n >= 21 && n <= 44)
}

// findCitations returns the citations in s, in order of position, without
// overlaps. regime is the letter's regime, used where a citation does not
// say (a bare "section 35" in a Scottish letter is FOISA); a "section" in an
// EIR letter is FOIA (the EIR has regulations, not sections) and a
// "regulation" in a FOIA or FOISA letter is EIR. Citations of other Acts
// ("section 1 of the Data Protection Act 2018", "Article 6 of the UK GDPR")
// are returned with Other set (see citation). It runs in time linear in
// len(s).
func findCitations(s string, regime Regime) []citation {
	if regime != EIR && regime != FOISA {
		regime = FOIA
	}
	var out []citation
	for i := 0; i < len(s); {
		h, ok := matchHead(s, i)
		if !ok {
			i++
			continue
		}
		cs, end := readCitations(s, h, regime)
		if len(cs) == 0 {
			i = h.end
			continue
		}
		if n := len(out); n > 0 && regime != FOISA && out[n-1].Regime == FOISA && cs[0].Regime != FOISA && reReadWithScottish.MatchString(s[out[n-1].End:h.start]) {
			// "section 18(1) of FOISA, read with section 38(1)(b)": the
			// provision read with one of the Scottish Act is of that Act
			// too, in a letter that answers under two regimes.
			if fs, fend := readCitations(s, h, FOISA); len(fs) > 0 && fs[0].Regime == FOISA {
				cs, end = fs, fend
			}
		}
		out = append(out, cs...)
		i = end
	}
	return out
}

// reReadWithScottish is what lies between a provision of FOISA and one
// read with it: "of FOISA, read with", "and", "taken together with".
var reReadWithScottish = mustRx(`(?i)^[\s,]*(?:(?:of\s+)?(?:the\s+)?(?:FOISA|Freedom\s+of\s+Information\s+\(Scotland\)\s+Act(?:\s+2002)?)[\s,]*)?(?:read\s+with|together\s+with|in\s+conjunction\s+with|taken\s+with|and|&)\s*$`)

type headKind int

const (
	headSection headKind = iota
	headReg
	headEIR
	headArticle
)

// head is a word that introduces a citation: "section", "s.", "Reg",
// "EIR", "Article".
type head struct {
	kind   headKind
	plural bool
	start  int // offset of the head word
	end    int // offset of the number that follows it
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isSpace(c byte) bool  { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixFold reports whether s[i:] starts with the lower-case word w,
// ignoring ASCII case.
func hasPrefixFold(s string, i int, w string) bool {
	if len(s)-i < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		if lower(s[i+j]) != w[j] {
			return false
		}
	}
	return true
}

// skipSpace returns the offset after at most max bytes of white space at i.
func skipSpace(s string, i, max int) int {
	for n := 0; i < len(s) && isSpace(s[i]) && n < max; n++ {
		i++
	}
	return i
}

// headWords are tried longest first so that "sections" is not read as
// "section" followed by "s". The table is read-only.
var headWords = []struct {
	word   string
	kind   headKind
	plural bool
	tight  bool // may be written against its number: "s40", "reg12"
}{
	{"sections", headSection, true, false},
	{"section", headSection, false, false},
	{"regulations", headReg, true, false},
	{"regulation", headReg, false, false},
	// "exemption 24(1)", "exemptions 40(2) and 43(2)": FOI officers'
	// shorthand for the sections; "exception 12(5)(e)" for a regulation.
	{"exemptions", headSection, true, false},
	{"exemption", headSection, false, false},
	{"exceptions", headReg, true, false},
	{"exception", headReg, false, false},
	{"articles", headArticle, true, false},
	{"article", headArticle, false, false},
	// "sec. 43(2)", "sect 40(2)": officers' abbreviations of section.
	{"sect.", headSection, false, true},
	{"sect", headSection, false, true},
	{"secs.", headSection, true, true},
	{"secs", headSection, true, true},
	{"sec.", headSection, false, true},
	{"sec", headSection, false, true},
	{"regs.", headReg, true, true},
	{"regs", headReg, true, true},
	{"reg.", headReg, false, true},
	{"reg", headReg, false, true},
	{"eirs", headEIR, false, false},
	{"eir", headEIR, false, false},
	{"art.", headArticle, false, true},
	{"ss.", headSection, true, true},
	{"ss", headSection, true, true},
	{"s.", headSection, false, true},
	{"s", headSection, false, true},
}

// matchHead reports whether a citation head starts at i and is followed by
// a number.
func matchHead(s string, i int) (head, bool) {
	if i > 0 {
		p := s[i-1]
		if isLetter(p) || isDigit(p) || p == '\'' || p == '_' {
			return head{}, false
		}
		// A right single quote before "s" is a possessive ("Council’s 4").
		if i >= 3 && s[i-3:i] == "’" {
			return head{}, false
		}
	}
	for _, w := range headWords {
		if !hasPrefixFold(s, i, w.word) {
			continue
		}
		j := i + len(w.word)
		if j < len(s) && isLetter(s[j]) {
			continue
		}
		k := skipSpace(s, j, 3)
		if k == j && !w.tight {
			continue
		}
		if w.tight && k > j+1 && !strings.HasSuffix(w.word, ".") {
			// "s  40" is too loose to be a citation.
			continue
		}
		if w.word == "s" && k != j {
			// A bare "s 40" is too often something else.
			continue
		}
		if k < len(s) && isDigit(s[k]) {
			return head{kind: w.kind, plural: w.plural, start: i, end: k}, true
		}
		return head{}, false
	}
	return head{}, false
}

// item is one provision read from a list: its number and the exemptions its
// subsections expand to.
type item struct {
	start, end int
	num        string
	exs        [][]string // subsection paths
}

// readCitations reads the head h and the list that follows it ("sections
// 21, 22 and 40", "31(1)(a) & (b)"), and returns its citations and the
// offset where reading stopped.
func readCitations(s string, h head, regime Regime) ([]citation, int) {
	var items []item
	plural := h.plural
	i := h.end
	num, j, ok := readNumber(s, i)
	if !ok {
		return nil, h.end
	}
	it := item{start: h.start, num: num}
	path, j := readGroups(s, j, &it)
	it.end = j
	items = append(items, it)
	end := j
	for len(items) < 64 {
		// "Sections 24(2) (National Security) and 31(3)": a title in
		// brackets between the items of a list.
		k, ok := readSeparator(s, skipTitle(s, end))
		if !ok {
			break
		}
		// Sibling subsections only: "31(1)(a) & (b)".
		if k < len(s) && s[k] == '(' {
			last := &items[len(items)-1]
			groups, gEnd := scanGroups(s, k)
			if len(groups) == 0 || kindIndex(path, resolveKind(groups[0], path)) < 0 {
				break
			}
			path = applyGroups(path, groups, last, false)
			last.end = gEnd
			end = gEnd
			continue
		}
		// Another provision, with or without its own head.
		start := k
		if nh, ok := matchHead(s, k); ok && sameFamily(nh.kind, h.kind) {
			k = nh.end
			plural = plural || nh.plural
		} else if k < len(s) && !isDigit(s[k]) {
			break
		}
		n, nEnd, ok := readNumber(s, k)
		if !ok {
			break
		}
		next := item{start: start, num: n}
		p, gEnd := readGroups(s, nEnd, &next)
		if len(p) == 1 && k == start && !plural {
			// A bare number after a singular head ("section 12 and 14
			// days") is not a citation.
			break
		}
		if len(p) == 1 && k == start && followedByUnit(s, gEnd) {
			break
		}
		next.end = gEnd
		items = append(items, next)
		path = p
		end = gEnd
	}
	return buildCitations(s, h, items, regime), end
}

func sameFamily(a, b headKind) bool {
	if a == headEIR {
		a = headReg
	}
	if b == headEIR {
		b = headReg
	}
	return a == b
}

// followedByUnit reports whether the number ending at i is a quantity
// ("21 days", "18 hours") rather than a section.
func followedByUnit(s string, i int) bool {
	j := skipSpace(s, i, 2)
	if j == i {
		return false
	}
	w := j
	for w < len(s) && isLetter(s[w]) && w-j < 12 {
		w++
	}
	switch strings.ToLower(s[j:w]) {
	case "day", "days", "hour", "hours", "week", "weeks", "month", "months",
		"year", "years", "working", "minutes", "minute", "per", "percent",
		"questions", "question", "requests", "people", "officers", "staff":
		return true
	}
	return false
}

// readNumber reads a section or regulation number at i: one to three
// digits with an optional capital letter ("22A"), not part of a longer
// number, a decimal ("2.1") or a fraction ("2013/14").
func readNumber(s string, i int) (string, int, bool) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j == i || j-i > 3 {
		return "", i, false
	}
	if j+1 < len(s) && (s[j] == '.' || s[j] == '/' || s[j] == ':') && isDigit(s[j+1]) {
		return "", i, false
	}
	n := strings.TrimLeft(s[i:j], "0")
	if n == "" {
		n = "0"
	}
	if j < len(s) && s[j] >= 'A' && s[j] <= 'Z' && (j+1 >= len(s) || !isLetter(s[j+1]) && !isDigit(s[j+1])) {
		n += s[j : j+1]
		j++
	}
	return n, j, true
}

type subKind int

const (
	kindSection   subKind = iota
	kindNum               // (1), (5A)
	kindLetter            // (a)
	kindRoman             // (ii)
	kindAmbiguous         // (i), (v), (x): a letter or a roman numeral
)

// group is one parenthesised subsection as written.
type group struct {
	kind subKind
	v    string
}

type pathEl struct {
	kind subKind
	v    string
}

// scanGroups reads consecutive parenthesised subsections at i, allowing
// short white space between them ("31 (1) (a)(b)"). It stops at anything
// that is not a subsection ("(cost)").
func scanGroups(s string, i int) ([]group, int) {
	var gs []group
	end := i
	for len(gs) < 8 {
		j := skipSpace(s, end, 2)
		if j >= len(s) || s[j] != '(' {
			break
		}
		k := j + 1
		for k < len(s) && k-j <= 6 && s[k] != ')' {
			k++
		}
		if k >= len(s) || s[k] != ')' {
			break
		}
		g, ok := parseGroup(s[j+1 : k])
		if !ok {
			break
		}
		gs = append(gs, g)
		end = k + 1
	}
	return gs, end
}

// parseGroup classifies the inside of one pair of parentheses.
func parseGroup(t string) (group, bool) {
	if t == "" {
		return group{}, false
	}
	if isDigit(t[0]) {
		j := 0
		for j < len(t) && isDigit(t[j]) {
			j++
		}
		if j > 3 {
			return group{}, false
		}
		n := strings.TrimLeft(t[:j], "0")
		if n == "" {
			n = "0"
		}
		switch {
		case j == len(t):
		case j+1 == len(t) && isLetter(t[j]):
			n += strings.ToUpper(t[j:])
		default:
			return group{}, false
		}
		return group{kindNum, n}, true
	}
	for i := 0; i < len(t); i++ {
		if !isLetter(t[i]) {
			return group{}, false
		}
	}
	v := strings.ToLower(t)
	if len(v) == 1 {
		if v == "i" || v == "v" || v == "x" {
			return group{kindAmbiguous, v}, true
		}
		return group{kindLetter, v}, true
	}
	if isRoman(v) {
		return group{kindRoman, v}, true
	}
	return group{}, false
}

// isRoman reports whether v is a lower-case roman numeral from ii to xx.
func isRoman(v string) bool {
	switch v {
	case "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii",
		"xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx":
		return true
	}
	return false
}

// resolveKind decides whether an ambiguous (i), (v) or (x) continues a run
// of letters ("(h)(i)") or starts roman sub-paragraphs ("(b)(i)").
func resolveKind(g group, path []pathEl) subKind {
	if g.kind != kindAmbiguous {
		return g.kind
	}
	if len(path) == 0 {
		return kindLetter
	}
	last := path[len(path)-1]
	switch last.kind {
	case kindRoman:
		return kindRoman
	case kindLetter:
		if len(last.v) == 1 && last.v[0]+1 == g.v[0] {
			return kindLetter
		}
		return kindRoman
	}
	return kindLetter
}

func kindIndex(path []pathEl, k subKind) int {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i].kind == k {
			return i
		}
	}
	return -1
}

// readGroups reads the subsections after a number and records the
// exemptions they name in it. It returns the path of the last exemption.
func readGroups(s string, i int, it *item) ([]pathEl, int) {
	groups, end := scanGroups(s, i)
	path := applyGroups([]pathEl{{kindSection, it.num}}, groups, it, true)
	return path, end
}

// applyGroups walks groups from path, expanding runs of siblings: "(1)(a)(b)"
// names (1)(a) and (1)(b); "(b)(i)(ii)" names (b)(i) and (b)(ii). When
// pending is true, path itself is not yet recorded. It returns the final
// path, which it has recorded.
func applyGroups(path []pathEl, groups []group, it *item, pending bool) []pathEl {
	for _, g := range groups {
		k := resolveKind(g, path)
		el := pathEl{k, g.v}
		idx := kindIndex(path, k)
		if idx < 1 {
			if len(path) >= 6 {
				break
			}
			path = append(append([]pathEl(nil), path...), el)
			pending = true
			continue
		}
		if pending {
			it.exs = append(it.exs, pathStrings(path))
		}
		path = append(append([]pathEl(nil), path[:idx]...), el)
		pending = true
	}
	if pending {
		it.exs = append(it.exs, pathStrings(path))
	}
	return path
}

func pathStrings(path []pathEl) []string {
	out := make([]string, 0, len(path)-1)
	for _, el := range path[1:] {
		out = append(out, el.v)
	}
	return out
}

// readSeparator reads a list separator at i (",", "and", "&", "or",
// "and/or", "/", "plus", or a comma followed by one of them) and returns
// where the next item starts.
// skipTitle returns the offset after a provision's title at i, in
// brackets ("(National Security)": words, no digits) or not ("National
// Security", a few capitalised words), or i when there is none.
func skipTitle(s string, i int) int {
	j := skipSpace(s, i, 3)
	if j < len(s) && s[j] >= 'A' && s[j] <= 'Z' {
		// "sections 24(1) National Security and 31(1)(a)(b) Law
		// Enforcement": up to four capitalised words.
		k, end := j, i
		for words := 0; words < 4 && k < len(s) && s[k] >= 'A' && s[k] <= 'Z'; words++ {
			for k < len(s) && isLetter(s[k]) {
				k++
			}
			end = k
			if k+1 < len(s) && s[k] == ' ' {
				k++
			}
		}
		return end
	}
	if j+3 >= len(s) || s[j] != '(' || !isLetter(s[j+1]) || !isLetter(s[j+2]) {
		return i
	}
	for k := j + 1; k < len(s) && k < j+80; k++ {
		switch {
		case s[k] == ')':
			return k + 1
		case isDigit(s[k]) || s[k] == '(':
			return i
		}
	}
	return i
}

func readSeparator(s string, i int) (int, bool) {
	j := skipSpace(s, i, 3)
	found := false
	for n := 0; n < 2; n++ {
		k := j
		switch {
		case k < len(s) && (s[k] == ',' || s[k] == '&' || s[k] == '/'):
			k++
		case hasPrefixFold(s, k, "and/or"):
			k += 6
		case hasPrefixFold(s, k, "and"):
			k += 3
		case hasPrefixFold(s, k, "or"):
			k += 2
		case hasPrefixFold(s, k, "plus"):
			k += 4
		default:
			return skipSpace(s, j, 3), found
		}
		if k < len(s) && isLetter(s[k]) && isLetter(s[k-1]) {
			return skipSpace(s, j, 3), found
		}
		found = true
		j = skipSpace(s, k, 3)
	}
	return j, found
}

// buildCitations turns the items read after one head into citations,
// merging consecutive items of the same section and settling the regime.
func buildCitations(s string, h head, items []item, letter Regime) []citation {
	regime, other := citationRegime(s, h, items[len(items)-1].end, letter)
	var out []citation
	for i, it := range items {
		if n := len(out); n > 0 && items[i-1].num == it.num {
			c := &out[n-1]
			c.End = it.end
			c.add(it, regime, other)
			continue
		}
		c := citation{Start: it.start, End: it.end, Regime: regime, Other: other}
		switch {
		case other:
			c.Section = otherPrefix + otherKey(h.kind) + it.num
		default:
			c.Section = sectionKey(regime, it.num)
		}
		c.add(it, regime, other)
		out = append(out, c)
	}
	// Drop citations whose every exemption was an odd, non-canonical run.
	kept := out[:0]
	for _, c := range out {
		if c.Other || len(c.Exemptions) > 0 {
			kept = append(kept, c)
		}
	}
	return kept
}

func (c *citation) add(it item, regime Regime, other bool) {
	if other {
		return
	}
	for _, subs := range it.exs {
		if !canonicalPath(subs) {
			continue
		}
		p := provision{regime: regime, num: it.num, subs: subs}
		ex := p.String()
		if !containsString(c.Exemptions, ex) {
			c.Exemptions = append(c.Exemptions, ex)
		}
		if p.isExemption() {
			c.Exemption = true
		}
	}
}

// canonicalPath reports whether subs, written out alone, reads back as
// itself: one exemption with the same subsections. Odd runs such as
// "(xx)(x)(a)" expand to paths that would read back differently; they are
// dropped so that every exemption returned is in normalised form.
func canonicalPath(subs []string) bool {
	gs := make([]group, 0, len(subs))
	for _, v := range subs {
		g, ok := parseGroup(v)
		if !ok {
			return false
		}
		gs = append(gs, g)
	}
	it := item{num: "1"}
	applyGroups([]pathEl{{kindSection, it.num}}, gs, &it, true)
	if len(it.exs) != 1 || len(it.exs[0]) != len(subs) {
		return false
	}
	for i := range subs {
		if it.exs[0][i] != subs[i] {
			return false
		}
	}
	return true
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func otherKey(k headKind) string {
	switch k {
	case headReg, headEIR:
		return "reg"
	case headArticle:
		return "art"
	}
	return "s"
}

// citationRegime settles the regime of the citations introduced by h and
// ending at end: an Act named after them ("of FOISA") or before them
// ("Police Act 1996 section 30") decides; else the head (regulation means
// the EIR); else the letter's regime.
func citationRegime(s string, h head, end int, letter Regime) (Regime, bool) {
	if h.kind == headArticle {
		return letter, true
	}
	act, named := actAfter(s, end)
	if !named {
		act, named = actBefore(s, h.start)
	}
	if h.kind == headEIR {
		if named && act == actOther {
			return letter, true
		}
		return EIR, false
	}
	if named {
		switch act {
		case actOther:
			return letter, true
		case actFOISA:
			if h.kind == headReg {
				return EIR, false
			}
			return FOISA, false
		case actFOIA:
			if h.kind == headReg {
				return letter, true
			}
			return FOIA, false
		case actEIR:
			if h.kind == headSection {
				return letter, true
			}
			return EIR, false
		}
	}
	if h.kind == headReg {
		return EIR, false
	}
	if letter == EIR {
		return FOIA, false
	}
	return letter, false
}

type actName int

const (
	actDefault actName = iota // "the Act": the letter's own
	actFOIA
	actEIR
	actFOISA
	actOther
)

// actEndWords end the name of an enactment.
func isActEndWord(w string) bool {
	switch strings.ToLower(strings.Trim(w, "(),’'")) {
	case "act", "regulations", "regs", "gdpr", "foia", "foisa", "eir", "eirs",
		"order", "rules", "code", "directive", "convention", "charter", "measure":
		return true
	}
	return false
}

// classifyAct names the regime an enactment's name refers to.
func classifyAct(name string) actName {
	n := " " + strings.ToLower(strings.Join(strings.Fields(name), " ")) + " "
	n = strings.NewReplacer("(", " ", ")", " ", ",", " ").Replace(n)
	n = " " + strings.Join(strings.Fields(n), " ") + " "
	switch {
	case strings.Contains(n, " foisa ") || strings.Contains(n, " scotland act ") && strings.Contains(n, " information ") ||
		strings.Contains(n, "freedom of information scotland act"):
		// "the Freedom of Information (Scotland) Act", "the Information
		// (Scotland) Act"; not "the National Parks (Scotland) Act 2000".
		return actFOISA
	case strings.Contains(n, "environmental information") || strings.Contains(n, " eir ") ||
		strings.Contains(n, " eirs "):
		return actEIR
	case strings.Contains(n, "freedom of information act") || strings.Contains(n, " foi act ") ||
		strings.Contains(n, " foia "):
		return actFOIA
	}
	switch strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(n), "the ")) {
	case "act", "regulations", "said act", "above act", "legislation":
		return actDefault
	}
	return actOther
}

// actAfter reads "of the Freedom of Information (Scotland) Act 2002",
// "of FOISA", "of the UK GDPR" after offset i. named is false when no
// enactment is named there.
func actAfter(s string, i int) (actName, bool) {
	j := skipSpace(s, i, 3)
	if j < len(s) && s[j] == ',' {
		j = skipSpace(s, j+1, 3)
	}
	if !hasPrefixFold(s, j, "of") || j+2 >= len(s) || !isSpace(s[j+2]) {
		return actUnder(s, j)
	}
	j = skipSpace(s, j+2, 3)
	var words []string
	for n := 0; n < 12 && j < len(s); n++ {
		k := j
		for k < len(s) && !isSpace(s[k]) && s[k] != ',' && s[k] != ';' && s[k] != ':' && k-j < 40 {
			k++
		}
		w := strings.TrimRight(s[j:k], ".")
		if w == "" {
			break
		}
		words = append(words, w)
		if isActEndWord(w) {
			return classifyAct(strings.Join(words, " ")), true
		}
		if k < len(s) && s[k] != ' ' || strings.HasSuffix(s[j:k], ".") {
			break
		}
		j = k + 1
	}
	return actDefault, false
}

// actUnder reads a provision's own words and then the Act they are under,
// from offset j: "section 42 enquiries under the Care Act 2014",
// "section 117 aftercare under the Mental Health Act 1983". The words
// between are lower case, at most three, and the Act's name after "under
// the" is in title case.
func actUnder(s string, j int) (actName, bool) {
	for n := 0; n < 3; n++ {
		k := j
		for k < len(s) && s[k] >= 'a' && s[k] <= 'z' {
			k++
		}
		if k == j || k >= len(s) || !isSpace(s[k]) {
			return actDefault, false
		}
		if s[j:k] != "under" {
			j = skipSpace(s, k, 3)
			continue
		}
		j = skipSpace(s, k, 3)
		if !hasPrefixFold(s, j, "the ") {
			return actDefault, false
		}
		j = skipSpace(s, j+3, 3)
		var words []string
		for m := 0; m < 8 && j < len(s) && s[j] >= 'A' && s[j] <= 'Z'; m++ {
			k := j
			for k < len(s) && !isSpace(s[k]) && s[k] != ',' && s[k] != ';' && s[k] != '.' {
				k++
			}
			words = append(words, s[j:k])
			if isActEndWord(s[j:k]) {
				return classifyAct(strings.Join(words, " ")), true
			}
			j = skipSpace(s, k, 3)
		}
		return actDefault, false
	}
	return actDefault, false
}

// actBefore reads an enactment named just before a head: "Police Act 1996
// section 30", "FOIA s.40".
func actBefore(s string, i int) (actName, bool) {
	lo := i - 100
	if lo < 0 {
		lo = 0
	}
	seg := s[lo:i]
	if k := strings.LastIndexAny(seg, "\n.;:"); k >= 0 {
		seg = seg[k+1:]
	}
	words := strings.Fields(strings.ReplaceAll(seg, ",", " "))
	if len(words) > 0 && len(words[len(words)-1]) == 4 && allDigits(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if len(words) == 0 || !isActEndWord(words[len(words)-1]) {
		return actDefault, false
	}
	if len(words) > 9 {
		words = words[len(words)-9:]
	}
	a := classifyAct(strings.Join(words, " "))
	if a == actOther {
		// Only a capitalised name is an Act's title; "under the act" is
		// not another Act.
		last := words[len(words)-1]
		if last == strings.ToLower(last) {
			return actDefault, false
		}
		if len(words) >= 2 && strings.EqualFold(words[len(words)-2], "the") && strings.EqualFold(last, "act") {
			return actDefault, false
		}
	}
	return a, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// NormalizeExemption normalises one exemption as written ("s.40(2)",
// "Section 43 (2)", "reg 12(5)(e)", "EIR 12(5)(e)", "section 38(1)(b) of
// FOISA", "foisa:s35(1)(a)") to the contract's form: s40(2), s43(2),
// reg12(5)(e), foisa:s38(1)(b). A "section" without an Act is FOIA. It is
// idempotent. It returns false when s is not a citation of exactly one
// provision of FOIA, the EIR or FOISA (two exemptions such as
// "31(1)(a)(b)", another Act, or no citation at all).
func NormalizeExemption(s string) (string, bool) {
	t := strings.TrimSpace(s)
	regime := FOIA
	if len(t) >= 6 && strings.EqualFold(t[:6], "foisa:") {
		regime = FOISA
		t = strings.TrimSpace(t[6:])
	}
	cs := findCitations(t, regime)
	if len(cs) != 1 || cs[0].Other || len(cs[0].Exemptions) != 1 || cs[0].Start != 0 {
		return "", false
	}
	rest := strings.TrimLeft(t[cs[0].End:], " \t\r\n,")
	if rest != "" && rest[0] != '(' && !hasPrefixFold(rest, 0, "of ") && strings.Trim(rest, ".;:") != "" {
		return "", false
	}
	return cs[0].Exemptions[0], true
}

// parseNormalized parses an exemption already in normalised form.
func parseNormalized(ex string) (provision, bool) {
	var p provision
	switch {
	case strings.HasPrefix(ex, "foisa:s"):
		p.regime, ex = FOISA, ex[len("foisa:s"):]
	case strings.HasPrefix(ex, "reg"):
		p.regime, ex = EIR, ex[len("reg"):]
	case strings.HasPrefix(ex, "s"):
		p.regime, ex = FOIA, ex[1:]
	default:
		return p, false
	}
	i := strings.IndexByte(ex, '(')
	if i < 0 {
		i = len(ex)
	}
	p.num = ex[:i]
	for rest := ex[i:]; rest != ""; {
		j := strings.IndexByte(rest, ')')
		if rest[0] != '(' || j < 0 {
			return p, false
		}
		p.subs = append(p.subs, rest[1:j])
		rest = rest[j+1:]
	}
	return p, p.num != ""
}

// provisionOf normalises ex and parses it.
func provisionOf(ex string) (provision, bool) {
	n, ok := NormalizeExemption(ex)
	if !ok {
		return provision{}, false
	}
	return parseNormalized(n)
}

// The regime-neutral keys of EquivalenceClass.
const (
	classNotHeld    = "not_held"
	classCost       = "cost"
	classVexatious  = "vexatious"
	classAccessible = "accessible"
	classFuture     = "future_publication"
	classLaw        = "law_enforcement"
	classPublic     = "public_affairs"
	classPersonal   = "personal"
	classCommercial = "commercial"
	classSecurity   = "national_security"
	classNCND       = "ncnd"
)

// foiaClasses maps FOIA sections with a cross-regime equivalent to their
// class.
func foiaClass(num string) string {
	switch num {
	case "12":
		return classCost
	case "14":
		return classVexatious
	case "21":
		return classAccessible
	case "22":
		return classFuture
	case "24":
		return classSecurity
	case "31":
		return classLaw
	case "36":
		return classPublic
	case "40":
		return classPersonal
	case "43":
		return classCommercial
	}
	return "s" + num
}

// foiaNCND reports whether p is a FOIA subsection that removes the duty to
// confirm or deny (s23(5), s24(2), s31(3), s40(5), s43(3) and the like).
func foiaNCND(p provision) bool {
	s := p.sub(0)
	switch p.num {
	case "40":
		return s == "5" || s == "5A" || s == "5B"
	case "24", "29", "34", "37", "38", "39", "41", "42", "44", "22":
		return s == "2"
	case "26", "28", "30", "31", "32", "33", "35", "36", "43":
		return s == "3"
	case "27":
		return s == "4"
	case "23":
		return s == "5"
	}
	return false
}

func classOf(p provision) string {
	switch p.regime {
	case EIR:
		return eirClass(p)
	case FOISA:
		return foisaClass(p)
	}
	if foiaNCND(p) {
		return classNCND + ":" + foiaClass(p.num)
	}
	if p.num == "1" && p.sub(0) == "1" && p.sub(1) == "a" {
		return classNotHeld
	}
	return foiaClass(p.num)
}

func eirClass(p provision) string {
	p = p.englishEIR()
	switch p.num {
	case "13":
		if s := p.sub(0); s == "5A" || s == "5B" {
			return classNCND + ":" + classPersonal
		}
		return classPersonal
	case "6":
		if p.sub(0) == "1" && p.sub(1) == "b" {
			return classAccessible
		}
	case "12":
		switch p.sub(0) + p.sub(1) {
		case "4a":
			return classNotHeld
		case "4b":
			return classCost
		case "4d":
			return classFuture
		case "4e":
			return classPublic
		case "5a":
			return classSecurity
		case "5b":
			return classLaw
		case "5e":
			return classCommercial
		}
		if p.sub(0) == "6" {
			return classNCND
		}
		// Each exception of regulation 12 is its own ground.
		q := provision{regime: EIR, num: p.num}
		q.subs = p.subs[:min(2, len(p.subs))]
		return q.String()
	}
	return "reg" + p.num
}

func foisaClass(p provision) string {
	switch p.num {
	case "12":
		return classCost
	case "14":
		return classVexatious
	case "17":
		return classNotHeld
	case "18":
		return classNCND
	case "25":
		return classAccessible
	case "27":
		return classFuture
	case "30":
		return classPublic
	case "31":
		return classSecurity
	case "33":
		return classCommercial
	case "35":
		return classLaw
	case "38":
		return classPersonal
	}
	return "foisa:s" + p.num
}

// EquivalenceClass maps an exemption to a regime-neutral key so that FOIA,
// EIR and FOISA equivalents compare equal:
//
//	key                 FOIA      EIR           FOISA
//	not_held            s1(1)(a)  reg12(4)(a)   s17
//	cost                s12       reg12(4)(b)   s12
//	vexatious           s14       (reg12(4)(b)) s14
//	accessible          s21       reg6(1)(b)    s25
//	future_publication  s22       reg12(4)(d)   s27
//	law_enforcement     s31       reg12(5)(b)   s35
//	public_affairs      s36       reg12(4)(e)   s30
//	personal            s40       reg13         s38
//	commercial          s43       reg12(5)(e)   s33
//	national_security   s24       reg12(5)(a)   s31
//
// EIR reg12(4)(b) is keyed "cost"; SameStanceExemptions also lets it match
// "vexatious".
//
// A FOIA subsection that removes the duty to confirm or deny is "ncnd:"
// followed by its section's key (s31(3) is "ncnd:law_enforcement", s23(5)
// is "ncnd:s23"); EIR reg13(5A) and (5B) are "ncnd:personal"; EIR reg12(6)
// and FOISA s18, which apply to any ground, are plain "ncnd".
//
// Exemptions without an equivalent are keyed by their section, ignoring
// subsections (s35(1)(a) is "s35", foisa:s36(1) is "foisa:s36"), except the
// EIR exceptions, which are keyed by paragraph (reg12(5)(c)), since each is
// a separate ground. The key is section-level even for FOIA because the
// regimes split sections into subsections differently, so a subsection-level
// key would make equivalents differ. ex may be in any form NormalizeExemption
// accepts; one it does not is returned unchanged.
func EquivalenceClass(ex string) string {
	p, ok := provisionOf(ex)
	if !ok {
		return ex
	}
	return classOf(p)
}

// isManifestlyUnreasonable reports whether ex is EIR reg12(4)(b), which
// covers both the cost limit and vexatious requests.
func isManifestlyUnreasonable(ex string) bool {
	p, ok := provisionOf(ex)
	return ok && p.manifestlyUnreasonable()
}

// manifestlyUnreasonable reports whether p is EIR reg12(4)(b) or its
// Scottish counterpart.
func (p provision) manifestlyUnreasonable() bool {
	p = p.englishEIR()
	return p.regime == EIR && p.num == "12" && p.sub(0) == "4" && p.sub(1) == "b"
}

// SameStanceExemptions reports whether two lists of exemptions take the same
// stance once regimes are set aside: whether their sets of equivalence
// classes (EquivalenceClass) are equal. Order and duplicates do not matter;
// two empty lists are the same.
//
// Three refinements follow the law rather than the table: EIR reg12(4)(b)
// matches either the cost limit or a vexatious refusal; a generic NCND
// provision (reg12(6), FOISA s18) cited with grounds is the same as NCND on
// those grounds (FOISA s18 with s35 equals FOIA s31(3)), and cited alone it
// matches any set made only of NCND keys; and NCND on a ground absorbs
// withholding on the same ground (s31(3) with s31(1) equals s31(3)).
func SameStanceExemptions(a, b []string) bool {
	for _, x := range classVariants(a) {
		for _, y := range classVariants(b) {
			if sameClassSet(x, y) {
				return true
			}
		}
	}
	return false
}

// classVariants returns the canonical class sets exs may stand for: one,
// or two when reg12(4)(b) is among them.
func classVariants(exs []string) []map[string]bool {
	build := func(vexatious bool) map[string]bool {
		set := map[string]bool{}
		for _, ex := range exs {
			c := EquivalenceClass(ex)
			if vexatious && isManifestlyUnreasonable(ex) {
				c = classVexatious
			}
			set[c] = true
		}
		return canonicalNCND(set)
	}
	out := []map[string]bool{build(false)}
	for _, ex := range exs {
		if isManifestlyUnreasonable(ex) {
			return append(out, build(true))
		}
	}
	return out
}

// canonicalNCND rewrites a set holding generic "ncnd" and grounds into
// "ncnd:ground" keys, and drops a ground that is also present as NCND.
func canonicalNCND(set map[string]bool) map[string]bool {
	if set[classNCND] {
		var grounds []string
		for c := range set {
			if c != classNCND && !strings.HasPrefix(c, classNCND+":") {
				grounds = append(grounds, c)
			}
		}
		if len(grounds) > 0 {
			delete(set, classNCND)
			for _, g := range grounds {
				delete(set, g)
				set[classNCND+":"+g] = true
			}
		}
	}
	for c := range set {
		if g, ok := strings.CutPrefix(c, classNCND+":"); ok {
			delete(set, g)
		}
	}
	return set
}

func sameClassSet(x, y map[string]bool) bool {
	if onlyGenericNCND(x) && allNCND(y) || onlyGenericNCND(y) && allNCND(x) {
		return true
	}
	if len(x) != len(y) {
		return false
	}
	for c := range x {
		if !y[c] {
			return false
		}
	}
	return true
}

func onlyGenericNCND(set map[string]bool) bool { return len(set) == 1 && set[classNCND] }

func allNCND(set map[string]bool) bool {
	for c := range set {
		if c != classNCND && !strings.HasPrefix(c, classNCND+":") {
			return false
		}
	}
	return len(set) > 0
}

// ExemptionSection returns the section or regulation an exemption belongs
// to, without subsections: "s31" for s31(1)(a), "reg12" for reg12(5)(e),
// "foisa:s35" for foisa:s35(1)(a). ex may be in any form NormalizeExemption
// accepts; for one it does not, the result is "".
func ExemptionSection(ex string) string {
	p, ok := provisionOf(ex)
	if !ok {
		return ""
	}
	return sectionKey(p.regime, p.num)
}

// IsExemptionProvision reports whether ex is an exemption or refusal ground
// of its regime: FOIA ss12, 14 and 21-44; EIR reg12(4)(a)-(e), 12(5)(a)-(g),
// 12(6) and 13; FOISA ss12, 14, 17, 18 and 25-41. It is false for
// procedural provisions (FOIA s1, s17) and for anything NormalizeExemption
// rejects.
func IsExemptionProvision(ex string) bool {
	p, ok := provisionOf(ex)
	return ok && p.isExemption()
}

// IsNCNDProvision reports whether ex removes the duty to confirm or deny:
// the FOIA subsections such as s23(5), s24(2), s31(3), s40(5), s40(5A),
// s40(5B), s43(3); EIR reg12(6), reg13(5A), reg13(5B); FOISA s18.
func IsNCNDProvision(ex string) bool {
	c := EquivalenceClass(ex)
	return c == classNCND || strings.HasPrefix(c, classNCND+":")
}

// IsCostProvision reports whether ex is a cost-limit refusal: FOIA s12,
// FOISA s12, or EIR reg12(4)(b) (manifestly unreasonable, which also covers
// vexatious requests: see IsVexatiousProvision).
func IsCostProvision(ex string) bool {
	p, ok := provisionOf(ex)
	return ok && (p.regime != EIR && p.num == "12" || isManifestlyUnreasonable(ex))
}

// IsVexatiousProvision reports whether ex refuses a vexatious or repeated
// request: FOIA s14, FOISA s14, or EIR reg12(4)(b).
func IsVexatiousProvision(ex string) bool {
	p, ok := provisionOf(ex)
	return ok && (p.regime != EIR && p.num == "14" || isManifestlyUnreasonable(ex))
}

// IsNotHeldProvision reports whether ex says the information is not held:
// FOIA s1(1)(a), EIR reg12(4)(a) or FOISA s17.
func IsNotHeldProvision(ex string) bool { return EquivalenceClass(ex) == classNotHeld }

// IsSignpostProvision reports whether ex points to information published or
// to be published (FOIA s21, s22; FOISA s25, s27; EIR reg6(1)(b),
// reg12(4)(d)): the authority does not dispute release.
func IsSignpostProvision(ex string) bool {
	c := EquivalenceClass(ex)
	return c == classAccessible || c == classFuture
}

// handledRE finds a statement of the regime a request was handled under:
// "we have considered your request under the Environmental Information
// Regulations", "dealt with under FOISA".
var handledRE = mustGated(`(?i)\b(?:consider(?:ed|ing)?|handl(?:ed|ing)|dealt\s+with|process(?:ed|ing)|respond(?:ed|ing)?\s+to|answer(?:ed|ing)|treat(?:ed|ing)|falls?\s+to\s+be\s+(?:considered|dealt\s+with)|falls?\s+(?:within|under)|is\s+made|request\s+(?:is|was)\s+made)\b[^.\n]{0,60}?\b(?:under|within|in\s+accordance\s+with)\s+(?:the\s+)?(?:provisions\s+of\s+(?:the\s+)?)?(environmental\s+information|eirs?\b|freedom\s+of\s+information\s*\(\s*scotland\s*\)|foisa\b|freedom\s+of\s+information\s+act|foia\b|foi\s+act|freedom\s+of\s+information\b)`)

var (
	foisaMarkRE = mustRx(`(?i)freedom\s+of\s+information\s*\(\s*scotland\s*\)\s+act|\bfoisa\b|scottish\s+information\s+commissioner`)
	eirMarkRE   = mustRx(`(?i)environmental\s+information\s+(?:\(\s*scotland\s*\)\s+)?regulations|\beirs?\b|\breg(?:ulation|\.)?\s*1[23]\s*\(`)
	foiaMarkRE  = mustRx(`(?i)freedom\s+of\s+information\s+act|\bfoia\b|\bsection\s+\d`)
)

// findHandled returns the first statement in text of the regime a request
// was handled under, as a handledRE submatch, or nil. Conditional and
// complaint boilerplate ("if you are dissatisfied with the handling of your
// request under the Freedom of Information Act") states nothing about this
// request and is skipped. The pattern never crosses a line, so only lines
// that hold one of its linking words are searched: a quick filter that
// spares most of a letter.
func findHandled(text string) []string {
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		// The linking words are looked for before the line is lowered:
		// most lines have none.
		if !containsFoldASCII(line, "under") && !containsFoldASCII(line, "within") && !containsFoldASCII(line, "accordance") ||
			!mayStateRegime(strings.ToLower(line)) {
			continue
		}
		for _, m := range handledRE.FindAllStringSubmatchIndex(line, -1) {
			if !isHandlingBoilerplate(strings.ToLower(line[max(0, m[0]-120):m[1]])) {
				return []string{line[m[0]:m[1]], line[m[2]:m[3]]}
			}
		}
	}
	return nil
}

// regimeWords begin the regime names handledRE ends with; a name follows
// a space (or another \s) in every match.
var regimeWords = []string{"environmental", "eir", "freedom", "foi"}

// mayStateRegime is a cheap test that handledRE could match a line, given
// in lower case: a regime word after a space ("their" holds no regime).
func mayStateRegime(l string) bool {
	for _, w := range regimeWords {
		for i := 0; ; {
			k := strings.Index(l[i:], w)
			if k < 0 {
				break
			}
			at := i + k
			if at > 0 {
				switch l[at-1] {
				case ' ', '\t', '\n', '\f', '\r':
					return true
				}
			}
			i = at + 1
		}
	}
	return false
}

// isHandlingBoilerplate reports whether a handling statement is conditional or
// part of complaint-rights text.
func isHandlingBoilerplate(s string) bool {
	for _, w := range []string{"if ", "where ", "should ", "dissatisf", "unhappy", "complain", "the handling"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// detectRegime tells which regime a letter answers under from its text. The
// first statement of how the request was handled decides ("we have
// considered your request under the EIR" is EIR whatever the boilerplate
// says; conditional and complaint-rights sentences are not such
// statements); else
// a letter that names FOISA or the Scottish Information Commissioner is
// FOISA unless it mostly cites the EIR; else a letter that cites the EIR
// more than FOIA is EIR; else FOIA. The zero value, FOIA, is the answer
// for a text that says nothing.
func detectRegime(text string) Regime {
	if m := findHandled(text); m != nil {
		w := strings.ToLower(strings.Join(strings.Fields(m[1]), " "))
		switch {
		case strings.HasPrefix(w, "environmental") || strings.HasPrefix(w, "eir"):
			return EIR
		case strings.Contains(w, "scotland") || w == "foisa":
			return FOISA
		case w == "freedom of information" && foisaMarkRE.MatchString(text):
			return FOISA
		}
		return FOIA
	}
	if !mayNameOtherRegime(text) {
		return FOIA
	}
	eir := len(eirMarkRE.FindAllStringIndex(text, -1))
	foisa := len(foisaMarkRE.FindAllStringIndex(text, -1))
	foia := len(foiaMarkRE.FindAllStringIndex(text, -1))
	switch {
	case foisa > 0 && eir <= foisa:
		return FOISA
	case eir > 0 && eir >= foia:
		return EIR
	case foisa > 0:
		return EIR
	}
	return FOIA
}

// mayNameOtherRegime is a cheap test that text could mention the EIR or
// FOISA at all: most letters do not, and counting the marks with regular
// expressions over a whole letter is the costly part of detectRegime.
func mayNameOtherRegime(text string) bool {
	// Only ASCII words are looked for, so lowering ASCII letters is
	// enough, and far cheaper than strings.ToLower on a whole letter.
	l := asciiLower(text)
	for _, w := range []string{"scotland", "scottish", "foisa", "environmental", " eir", "(eir", "eir)", "eirs"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	// "reg 12(", "regulation 13(", "reg.12(": a regulation number.
	for i := strings.Index(l, "reg"); i >= 0; {
		j := i + 3
		for j < len(l) && (l[j] >= 'a' && l[j] <= 'z' || l[j] == '.' || l[j] == ' ') && j < i+12 {
			j++
		}
		if j < len(l) && l[j] == '1' {
			return true
		}
		k := strings.Index(l[i+3:], "reg")
		if k < 0 {
			break
		}
		i += 3 + k
	}
	return false
}
