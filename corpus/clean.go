package corpus

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Clean joins the lines of extracted pages into the clean text the parser
// reads, one line per line, each ending in a newline. It is the same for
// every format, so it relies only on the line conventions the extractors
// share (table cells separated by one TAB, list numbers and bullets written
// out at the start of a line).
//
// In order, Clean:
//   - normalises each line: NFC; ligatures spelt out; no-break and thin
//     spaces made plain spaces; zero-width characters and controls other
//     than TAB removed; smart quotes made straight; an ellipsis made "...";
//     every dash (en, em, figure, horizontal bar, minus) made an en dash
//     "–" and every hyphen variant made "-"; a bullet at the start of a line
//     made "• " (and dropped where a list number follows it, "- 1." → "1.");
//     a TAB after a leading list number made a space, and a space put
//     between a list number and text against it; runs of TABs and the
//     spaces around them made one TAB; trailing space removed;
//   - removes running headers and footers: lines that stand at the same
//     distance from the top (or the bottom) of at least half of the pages,
//     and of at least two, and read the same there once digits are
//     ignored; page numbers ("Page 2 of 5", "- 2 -", a bare number
//     that follows the page count) and protective markings ("OFFICIAL");
//     in a single page, a block of two or more lines that recurs, standing
//     alone, three times or more (a banner that a text export left between
//     paragraphs);
//   - joins the pages, with a blank line only where the last line of a page
//     ends a sentence, so a sentence broken by a page break reads on;
//   - joins words split at the end of a line: after a soft hyphen without
//     the hyphen, after a hard hyphen between lower-case letters keeping it
//     ("fly-" + "tipping" → "fly-tipping"); other soft hyphens are removed;
//   - collapses runs of blank lines to one and drops leading and trailing
//     blank lines.
//
// Clean of no lines is "". It never fails; its cost is linear in the size
// of its input.
func Clean(pages [][]string) string {
	normal := make([][]string, 0, len(pages))
	for _, p := range pages {
		lines := make([]string, len(p))
		for i, l := range p {
			lines[i] = normalizeLine(l)
			if strings.HasPrefix(lines[i], "In") {
				// "Inresponse to question four": OCR lost the space.
				lines[i] = reGluedLeadIn.ReplaceAllString(lines[i], "In $1")
			}
		}
		normal = append(normal, lines)
	}
	repairOCR(normal)
	normal = removeRunning(normal)
	lines := joinPages(normal)
	lines = dehyphenate(lines)
	return render(lines)
}

// reGluedLeadIn is a key's lead-in whose space a scan lost.
var reGluedLeadIn = mustRx(`^In(response|answer|reply|relation)\b`)

// render removes leftover soft hyphens, collapses blank lines and writes
// the text.
func render(lines []string) string {
	var b strings.Builder
	blank := false
	started := false
	for _, l := range lines {
		l = strings.TrimRight(strings.ReplaceAll(l, "\u00ad", ""), " \t")
		if strings.TrimSpace(l) == "" {
			blank = started
			continue
		}
		if blank {
			b.WriteByte('\n')
			blank = false
		}
		started = true
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// replacement returns the normal spelling of a character that Clean
// rewrites, and false for any other. Soft hyphens are not rewritten here:
// dehyphenate needs them at line ends.
func replacement(r rune) (string, bool) {
	if r&0xff == 0 && r >= 0x6100 && r <= 0x7a00 {
		// A ligature's letters written one byte too high by a PDF
		// producer's ToUnicode map ("over昀氀ow" is "overflow", 昀 being
		// U+6600, "f" shifted): the ideographs at a Latin letter times
		// 256, which a letter in English never holds.
		return string(rune(r >> 8)), true
	}
	switch r {
	case 'ﬀ':
		return "ff", true
	case 'ﬁ':
		return "fi", true
	case 'ﬂ':
		return "fl", true
	case 'ﬃ':
		return "ffi", true
	case 'ﬄ':
		return "ffl", true
	case 'ﬅ', 'ﬆ':
		return "st", true
	case '‘', '’', '‚', '‛', '′':
		return "'", true
	case '“', '”', '„', '‟', '″':
		return `"`, true
	case '…':
		return "...", true
	case '‐', '‑':
		return "-", true
	case '‒', '—', '―', '−', '⁃':
		return "–", true
	}
	return "", false
}

// normalizeLine applies the character-level rules of Clean to one line.
func normalizeLine(s string) string {
	if !plainASCII(s) {
		s = normalizeRunes(s)
	}
	s = strings.TrimRight(s, " \t")
	// a soft hyphen inside a line is invisible; only one that ends the line
	// marks a broken word
	body, soft := strings.CutSuffix(s, "\u00ad")
	s = strings.ReplaceAll(body, "\u00ad", "")
	if soft {
		s += "\u00ad"
	}
	s = strings.TrimRight(collapseTabs(s), " \t")
	if isRule(s) {
		// A rule drawn in characters ("-----", "=====") separates what
		// is above it from what is below, as a blank line does; kept, it
		// would stand between a running footer and the page's edge.
		return ""
	}
	s = normalizeBullet(s)
	if strings.Contains(s, "th ") || strings.Contains(s, "st ") {
		s = ocrOrdinalDays(s)
	}
	if strings.Contains(s, "FO!") || strings.Contains(s, "FO|") {
		// "Our ref: FO! 047/2015": OCR read the I of FOI as a mark.
		s = reOCRFOI.ReplaceAllString(s, "FOI$1")
	}
	return markerSpace(markerTab(s))
}

// reOCRFOI is "FOI" before a reference's figures with its I read as "!"
// or "|".
var reOCRFOI = mustRx(`\bFO[!|]([\s/-]*\d)`)

// ocrOrdinalDays mends the day of a date that OCR read with letters for
// figures: "Sth November 2020" (5th), "lst March" (1st), "2Oth" (20th).
// Only an ordinal day before a month's name is touched, where no word
// of English stands.
func ocrOrdinalDays(s string) string {
	return reOCRDay.ReplaceAllStringFunc(s, func(m string) string {
		day, rest, _ := strings.Cut(m, " ")
		n := len(day) - 2
		fixed := strings.NewReplacer("S", "5", "s", "5", "O", "0", "o", "0", "l", "1", "I", "1").Replace(day[:n])
		if fixed == day[:n] || !allDigits(fixed) {
			return m
		}
		return fixed + day[n:] + " " + rest
	})
}

// reOCRDay is an ordinal day of one or two characters, letters among
// them, before a month's name.
var reOCRDay = mustRx(`\b[0-9SOlI]{1,2}(?:st|nd|rd|th) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b`)

// normalizeRunes applies the rules of Clean for single characters: NFC,
// spaces, invisible characters and replacements. It leaves plain ASCII
// as it is.
func normalizeRunes(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteByte('\t')
		case r == '\u00ad':
			b.WriteRune(r)
		case isBlankRune(r):
			b.WriteByte(' ')
		case isInvisible(r):
			// zero-width characters and controls carry no text
		default:
			if rep, ok := replacement(r); ok {
				b.WriteString(rep)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// plainASCII reports whether s is printable ASCII and tabs only, which
// normalizeRunes leaves unchanged: most lines of most letters are.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < ' ' || c > '~') && c != '\t' {
			return false
		}
	}
	return true
}

// isBlankRune reports whether r is a space other than TAB that should read as
// a plain space (no-break, thin, em spaces and line-breaking controls).
func isBlankRune(r rune) bool {
	switch r {
	case ' ', '\u00a0', '\u202f', '\u205f', '\u3000', '\u1680', '\n', '\r', '\v', '\f':
		return true
	}
	return r >= '\u2000' && r <= '\u200a'
}

// isInvisible reports whether r is a control or format character that
// renders as nothing.
func isInvisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f':
		return true
	}
	return unicode.IsControl(r)
}

// isRule reports whether a line is a rule drawn in characters: eight or
// more of one of "-", "=", "_", "*", "~" or "–" and nothing else but
// spaces.
func isRule(s string) bool {
	var mark rune
	n := 0
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t':
			continue
		case !strings.ContainsRune("-=_*~–", r), mark != 0 && r != mark:
			return false
		}
		mark = r
		n++
	}
	return n >= 8
}

// collapseTabs turns each run of TABs with spaces among them into one TAB;
// a run of TABs alone is kept.
func collapseTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	i := 0
	for i < len(s) {
		if s[i] != ' ' && s[i] != '\t' {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		tab := false
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			tab = tab || s[j] == '\t'
			j++
		}
		if tab && strings.Trim(s[i:j], "\t") != "" {
			b.WriteByte('\t')
		} else {
			// Spaces, or TABs alone, which keep their count: an empty
			// table cell between two others ("2. Question\t\tUpheld.")
			// holds its column.
			b.WriteString(s[i:j])
		}
		i = j
	}
	return b.String()
}

// bulletRunes are the characters used as bullets at the start of a line,
// including the private-use codes of the Symbol and Wingdings fonts that
// Word's bullets extract as.
const bulletRunes = "•●▪◦·■□◆◇►▸‣➢➤✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06c\uf06e\uf0a8"

// asciiBullets are bullets only when a space follows them: "-" and "*" also
// start negative numbers and emphasis. An en dash is not among them: at the
// start of a line it is more often the dash of "Question 2 – answer"
// wrapped onto a line of its own.
const asciiBullets = "-*"

// normalizeBullet rewrites a bullet at the start of s (after indentation)
// as "• ". Where a list number follows the bullet ("- 1. Supplier") the
// number is the better marker and the bullet is dropped.
func normalizeBullet(s string) string {
	body := strings.TrimLeft(s, " ")
	indent := s[:len(s)-len(body)]
	r, size := utf8.DecodeRuneInString(body)
	if size == 0 {
		return s
	}
	rest := body[size:]
	switch {
	case strings.ContainsRune(bulletRunes, r):
	case strings.ContainsRune(asciiBullets, r) && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, "\t")):
	default:
		return s
	}
	if _, ok := bareNumber(body); ok {
		return s // "- 2 -" is a page number
	}
	// exporters sometimes write the bullet twice
	rest = strings.TrimLeft(rest, " \t"+bulletRunes)
	if rest == "" {
		// a lone bullet is a line of its own in some layouts; keep it
		return indent + "•"
	}
	if listMarkerLen(rest) > 0 {
		return indent + rest
	}
	return indent + "• " + rest
}

// markerTab makes the gap after a leading list number one space: Word
// types a TAB there ("1.\tText"), which would read as a table cell, and
// layouts and exported HTML leave runs of spaces ("1.      Text").
func markerTab(s string) string {
	body := strings.TrimLeft(s, " ")
	n := listMarkerLen(body)
	if n == 0 || n >= len(body) {
		return s
	}
	rest := strings.TrimLeft(body[n:], " \t")
	if len(body)-n-len(rest) == 1 && body[n] == ' ' {
		return s
	}
	return s[:len(s)-len(body)+n] + " " + rest
}

// listMarkerLen returns the length in bytes of the list number at the
// start of s: "12." "12)" "(12)" "a." "a)" "(a)" "(iv)" "iv." followed by
// a space, a TAB or the end — or 0 if s does not start with one.
func listMarkerLen(s string) int {
	n := markerLen(s)
	if n == 0 || n < len(s) && s[n] != ' ' && s[n] != '\t' {
		return 0 // "1.5", "e.g."
	}
	return n
}

// tightMarkerLen is listMarkerLen for a number written against its text
// ("1.Incumbent", "(a)Household"): the marker must be followed by an
// upper-case letter, and by a word rather than a code: "01.FOI.24.031877"
// is a reference whose first group happens to look like a list number.
func tightMarkerLen(s string) int {
	n := markerLen(s)
	if n == 0 || n >= len(s) || s[n] < 'A' || s[n] > 'Z' {
		return 0
	}
	word := s[n:]
	if k := strings.IndexAny(word, " \t"); k >= 0 {
		word = word[:k]
	}
	if strings.ContainsAny(strings.TrimRight(word, ".,;:)"), "0123456789./") {
		return 0
	}
	return n
}

// markerLen returns the length of a list number at the start of s,
// whatever follows it.
func markerLen(s string) int {
	i := 0
	paren := false
	if strings.HasPrefix(s, "(") {
		paren = true
		i = 1
	}
	j := i
	for j < len(s) && j-i < 4 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == i {
		for j < len(s) && j-i < 5 && isRomanOrLetter(s[j]) {
			j++
		}
		// one letter, or a run of roman numerals
		if j-i > 1 && !isRomanNumeral(s[i:j]) {
			return 0
		}
	}
	if j == i || j >= len(s) {
		return 0
	}
	switch {
	case paren && s[j] == ')':
		return j + 1
	case !paren && (s[j] == '.' || s[j] == ')'):
		return j + 1
	}
	return 0
}

// markerSpace puts a space between a leading list number and the text
// written against it ("1.Incumbent" → "1. Incumbent"), as exporters that
// float the number in its own box leave it.
func markerSpace(s string) string {
	body := strings.TrimLeft(s, " ")
	n := tightMarkerLen(body)
	if n == 0 {
		return s
	}
	off := len(s) - len(body) + n
	return s[:off] + " " + s[off:]
}

func isRomanOrLetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isRomanNumeral(s string) bool {
	return strings.Trim(strings.ToLower(s), "ivxlc") == ""
}

// pageRegion is how many non-blank lines at the top and at the bottom of a
// page are looked at for running headers and footers.
const pageRegion = 5

// removeRunning removes running headers, footers, page numbers and
// protective markings from pages.
func removeRunning(pages [][]string) [][]string {
	out := make([][]string, len(pages))
	drop := make([][]bool, len(pages))
	for i, p := range pages {
		drop[i] = make([]bool, len(p))
		for j, l := range p {
			drop[i][j] = isMarking(l) || isPageLabel(l)
		}
	}
	if len(pages) >= 2 {
		// page numbers first: once gone, headers and footers stand at the
		// same distance from the page edge on every page
		markPageNumbers(pages, drop)
		markRepeated(pages, drop)
	} else if len(pages) == 1 {
		markRepeatedBlocks(pages[0], drop[0])
	}
	markBanners(pages, drop)
	for i, p := range pages {
		kept := make([]string, 0, len(p))
		for j, l := range p {
			if !drop[i][j] {
				kept = append(kept, l)
			}
		}
		out[i] = kept
	}
	return out
}

// markBanners drops a banner line that recurs three times or more in the
// letter wherever it stands: items joined by bars or dots and no sentence
// ("SEVERNMOOR CONSTABULARY | Safer Roads, Safer Streets | Armed Forces
// Covenant Signatory"), which some letters repeat after every answer as
// well as at the foot of each page, and which would otherwise run on from
// the line above into a question or an answer.
func markBanners(pages [][]string, drop [][]bool) {
	counts := map[string]int{}
	for _, p := range pages {
		for _, l := range p {
			if t := strings.TrimSpace(l); bannerLine(t) {
				counts[t]++
			}
		}
	}
	for i, p := range pages {
		for j, l := range p {
			if t := strings.TrimSpace(l); counts[t] >= 3 {
				drop[i][j] = true
			}
		}
	}
}

// bannerLine reports whether a line is items joined by two bars, dots or
// bullets or more, with no sentence or question among them.
func bannerLine(t string) bool {
	if len(t) < 20 || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.Contains(t, ". ") {
		return false
	}
	seps := 0
	for _, sep := range []string{" | ", " · ", " • "} {
		seps += strings.Count(t, sep)
	}
	return seps >= 2
}

// edges returns the indexes of the first and of the last pageRegion
// non-blank lines of a page that are not dropped already, each from the
// edge inwards. On a short page a line may be in both.
func edges(p []string, drop []bool) (top, bottom []int) {
	for j := 0; j < len(p) && len(top) < pageRegion; j++ {
		if !drop[j] && strings.TrimSpace(p[j]) != "" {
			top = append(top, j)
		}
	}
	for j := len(p) - 1; j >= 0 && len(bottom) < pageRegion; j-- {
		if !drop[j] && strings.TrimSpace(p[j]) != "" {
			bottom = append(bottom, j)
		}
	}
	return top, bottom
}

// markRepeated marks running headers and footers: the lines at the top
// (or the bottom) edge of a page that read the same, once digits are
// ignored, as the line at the same distance from that edge on at least
// half of the pages, and on at least two. A header is peeled from the edge
// inwards and stops at the first line that is not repeated, so body text
// that happens to recur at the same place on a page ("Question 2 – see the
// attached", a stock paragraph repeated for each question) stays.
func markRepeated(pages [][]string, drop [][]bool) {
	counts := map[string]int{}
	tops := make([][]int, len(pages))
	bottoms := make([][]int, len(pages))
	for i, p := range pages {
		tops[i], bottoms[i] = edges(p, drop[i])
		for k, j := range tops[i] {
			counts[slotKey("t", k, p[j])]++
		}
		for k, j := range bottoms[i] {
			counts[slotKey("b", k, p[j])]++
		}
	}
	need := max(2, (len(pages)+1)/2)
	peel := func(p []string, drop []bool, edge string, lines []int) {
		for k, j := range lines {
			if strings.HasSuffix(slotKey(edge, k, p[j]), "|") || counts[slotKey(edge, k, p[j])] < need {
				return
			}
			drop[j] = true
		}
	}
	for i, p := range pages {
		if i > 0 || !letterhead(p, tops[i]) {
			peel(p, drop[i], "t", tops[i])
		}
		peel(p, drop[i], "b", bottoms[i])
	}
}

// letterhead reports whether the lines at the top of a first page that
// recur at the top of later pages are the letter's letterhead, printed
// again on every page: it names a body ("Midland Coast Ambulance Service
// NHS Trust") and is kept there once, where the letter begins, since that
// is where a reader finds who is writing.
func letterhead(p []string, top []int) bool {
	for _, j := range top {
		if authRE.MatchString(titleCaseCaps(p[j])) {
			return true
		}
	}
	return false
}

// slotKey names a line by its edge, its distance from the edge and its
// key; it ends in "|" for a line that has no key. A question or answer
// label ("Q5.", "Question 7", "Request 4") has no key: with its number
// ignored it reads the same at the top of every page a question starts,
// and it is the letter's structure, never a running header.
func slotKey(edge string, k int, line string) string {
	if reLabelOnly.MatchString(strings.TrimSpace(line)) {
		return edge + strconv.Itoa(k) + "|"
	}
	return edge + strconv.Itoa(k) + "|" + lineKey(line)
}

// reLabelOnly is a line that is only a label of a question or answer.
var reLabelOnly = mustRx(`(?i)^(?:q|question|request|item|point|a|answer|response)\s*\d{0,3}\s*[.:)\-–—]?$`)

// lineKey is the form of a line compared when looking for running
// headers: lower case, digits and spaces collapsed. Lines with no letters
// give "": bare numbers are page numbers or content, never matched by
// repetition.
func lineKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	letters := 0
	space := false
	digit := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsDigit(r):
			if !digit {
				b.WriteByte('0')
			}
			digit, space = true, false
			continue
		case unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
			}
			digit, space = false, true
			continue
		case unicode.IsLetter(r):
			letters++
		}
		digit, space = false, false
		b.WriteRune(unicode.ToLower(r))
	}
	if letters == 0 {
		return ""
	}
	return b.String()
}

// markPageNumbers marks bare numbers ("2", "- 2 -", "2 |") in the page
// regions when they follow the page count: the number minus the page's
// index is the same on at least half of the pages, and on at least two.
func markPageNumbers(pages [][]string, drop [][]bool) {
	type cand struct{ page, line, offset int }
	var cands []cand
	offsets := map[int]int{}
	for i, p := range pages {
		seen := map[int]bool{}
		top, bottom := edges(p, drop[i])
		for _, j := range append(top, bottom...) {
			n, ok := bareNumber(p[j])
			if !ok {
				continue
			}
			off := n - i
			cands = append(cands, cand{i, j, off})
			if !seen[off] {
				seen[off] = true
				offsets[off]++
			}
		}
	}
	need := max(2, (len(pages)+1)/2)
	for _, c := range cands {
		if offsets[c.offset] >= need {
			drop[c.page][c.line] = true
		}
	}
}

// bareNumber reads a line that is only a number, perhaps decorated as
// "- 2 -", "[2]", "2 |" or "| 2".
func bareNumber(s string) (int, bool) {
	s = strings.Trim(s, " \t-–|[]()")
	if s == "" || len(s) > 4 {
		return 0, false
	}
	n := 0
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// isPageLabel reports whether a line is only a labelled page number:
// "Page 2", "Page 2 of 5", "2 | Page", "Page | 2", "p. 2", "2 of 5". Such a
// line is never content, wherever it stands.
func isPageLabel(s string) bool {
	// Every form holds an ASCII digit: most lines are ruled out before
	// they are split into words. A page number set to the right margin
	// in a text letter comes with the spaces before it.
	s = strings.TrimSpace(s)
	if len(s) > 40 || strings.IndexFunc(s, func(r rune) bool { return '0' <= r && r <= '9' }) < 0 {
		return false
	}
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("|-–:.,[]()", r)
	})
	var words []string
	for _, w := range f {
		if w != "" {
			words = append(words, w)
		}
	}
	num := func(w string) bool {
		_, ok := bareNumber(w)
		return ok
	}
	switch len(words) {
	case 2:
		return (words[0] == "page" || words[0] == "p") && num(words[1]) ||
			num(words[0]) && words[1] == "page"
	case 3:
		return num(words[0]) && words[1] == "of" && num(words[2])
	case 4:
		return words[0] == "page" && num(words[1]) && words[2] == "of" && num(words[3])
	}
	return false
}

// isMarkingKey reports whether a line key is a protective marking of UK
// government documents.
func isMarkingKey(k string) bool {
	switch markingDashes.Replace(k) {
	case "official", "official sensitive", "official sensitive commercial",
		"not protectively marked", "unclassified", "protect", "restricted",
		"classification: official", "security classification: official":
		return true
	}
	return false
}

// markingDashes reads the dashes in a marking as spaces.
var markingDashes = strings.NewReplacer(" – ", " ", " - ", " ", "-", " ", "–", " ")

// isMarking reports whether a line is only a protective marking. A single
// word such as "Restricted" only counts in capitals: in mixed case it may
// be an answer.
func isMarking(s string) bool {
	t := strings.TrimSpace(s)
	// every marking is short and starts with one of these letters
	if len(t) > 40 || t == "" || !strings.ContainsRune("oOnNuUpPrRcCsS", rune(t[0])) {
		return false
	}
	k := lineKey(t)
	if !isMarkingKey(k) {
		return false
	}
	if !strings.Contains(k, " ") && !strings.Contains(k, "-") {
		return t == strings.ToUpper(t)
	}
	return true
}

// maxBlock is the longest run of lines considered as repeated boilerplate
// in a single page.
const maxBlock = 12

// markRepeatedBlocks marks, in a page without page breaks, the running
// boilerplate that a text export leaves between paragraphs at each former
// page break: a section of two to maxBlock non-blank lines, set apart by at
// least two blank lines on each side (or the start or end of the text),
// that recurs verbatim three times or more. Lines repeated in the body (the
// same answer given in two parts, "Response:" before each answer) are never
// set apart like that, so they stay. Where the text around a removed section
// reads on (no full stop before, a lower-case word after) the blank lines
// around it go too.
func markRepeatedBlocks(p []string, drop []bool) {
	type section struct{ first, last, lines int } // line indexes, non-blank count
	var sections []section
	cur := section{first: -1}
	blanks := 2 // the start of the text counts as a wide gap
	for j, l := range p {
		if strings.TrimSpace(l) == "" {
			blanks++
			continue
		}
		if blanks >= 2 && cur.first >= 0 {
			sections = append(sections, cur)
			cur = section{first: -1}
		}
		blanks = 0
		if cur.first < 0 {
			cur.first = j
		}
		cur.last = j
		cur.lines++
	}
	if cur.first >= 0 {
		sections = append(sections, cur)
	}
	key := func(s section) string {
		var b strings.Builder
		for _, l := range p[s.first : s.last+1] {
			if t := strings.TrimSpace(l); t != "" {
				b.WriteString(t)
				b.WriteByte('\n')
			}
		}
		return b.String()
	}
	keys := make([]string, len(sections))
	counts := map[string]int{}
	for i, s := range sections {
		if s.lines >= 2 && s.lines <= maxBlock && s.last-s.first < 3*maxBlock {
			keys[i] = key(s)
			counts[keys[i]]++
		}
	}
	dropped := make([]bool, len(sections))
	for i, s := range sections {
		if keys[i] == "" || counts[keys[i]] < 3 {
			continue
		}
		dropped[i] = true
		for j := s.first; j <= s.last; j++ {
			drop[j] = true
		}
	}
	// Between two kept sections with removed ones between them, let the
	// text read on when it is one sentence. Each gap is visited once.
	prev := -1
	for i := range sections {
		if dropped[i] {
			continue
		}
		if prev >= 0 && i > prev+1 {
			bridgeGap(p, drop, sections[prev].last, sections[i].first)
		}
		prev = i
	}
}

// bridgeGap marks the lines strictly between p[before] and p[after], the
// last kept line before removed boilerplate and the first after it, when
// the text reads on from one to the other: no sentence end before, a
// lower-case word after.
func bridgeGap(p []string, drop []bool, before, after int) {
	if endsBlock(p[before]) {
		return
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(p[after]))
	if !unicode.IsLower(r) {
		return
	}
	for j := before + 1; j < after; j++ {
		drop[j] = true
	}
}

// joinPages concatenates pages. Blank lines at the edges of a page are
// dropped; between pages a blank line is kept only where the page's last
// line ends a sentence or a heading, so that text broken by a page break
// (with the footer and header between removed) reads on.
func joinPages(pages [][]string) []string {
	var out []string
	for _, p := range pages {
		p = trimBlank(p)
		if len(p) == 0 {
			continue
		}
		if len(out) > 0 && endsBlock(out[len(out)-1]) {
			out = append(out, "")
		}
		out = append(out, p...)
	}
	return out
}

func trimBlank(p []string) []string {
	for len(p) > 0 && strings.TrimSpace(p[0]) == "" {
		p = p[1:]
	}
	for len(p) > 0 && strings.TrimSpace(p[len(p)-1]) == "" {
		p = p[:len(p)-1]
	}
	return p
}

// endsBlock reports whether a line ends where a paragraph may end: with
// closing punctuation, or as a table row.
func endsBlock(s string) bool {
	s = strings.TrimRight(s, " \t\"')]*")
	if s == "" || strings.Contains(s, "\t") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".:;?!", r) || unicode.IsDigit(r)
}

// dehyphenate joins words split at line ends: the first word of the next
// line moves up to complete the word. A soft hyphen is dropped; a hard
// hyphen between lower-case letters is kept, as it is more often part of
// a compound ("fly-tipping", "cyber-attacks") than a break hyphen. Table
// rows are left alone.
func dehyphenate(lines []string) []string {
	out := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		cur := lines[i]
		if strings.Contains(cur, "\t") {
			out = append(out, cur)
			continue
		}
		// A line may take the start of several following lines in turn
		// ("a-" "b-" "c"): build it once rather than by repeated
		// concatenation, looking only at its last piece.
		var b strings.Builder
		tail := cur // the last piece, not yet written to b
		for i+1 < len(lines) {
			word, rest, ok := brokenWord(tail, lines[i+1])
			if !ok {
				break
			}
			b.WriteString(strings.TrimSuffix(tail, "\u00ad"))
			tail = word
			if rest != "" {
				lines[i+1] = rest
				break
			}
			i++ // the next line was only the word's end
		}
		b.WriteString(tail)
		out = append(out, b.String())
	}
	return out
}

// brokenWord returns the end of a word broken at the end of tail, taken
// from the start of next, and what is left of next; ok is false when tail
// does not end in a break.
func brokenWord(tail, next string) (word, rest string, ok bool) {
	if strings.Contains(next, "\t") {
		return "", "", false
	}
	soft := strings.HasSuffix(tail, "\u00ad")
	if !soft && !breakHyphen(tail) {
		return "", "", false
	}
	body := strings.TrimLeft(next, " ")
	first, _ := utf8.DecodeRuneInString(body)
	if !unicode.IsLetter(first) || !soft && !unicode.IsLower(first) {
		return "", "", false
	}
	word, rest, _ = strings.Cut(body, " ")
	return word, strings.TrimLeft(rest, " "), true
}

// breakHyphen reports whether s ends in a hyphen directly after a
// lower-case letter ("fly-"), not a dash standing alone ("costs -").
func breakHyphen(s string) bool {
	if !strings.HasSuffix(s, "-") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
	return unicode.IsLower(r)
}
