package corpus

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// meta is what a letter says about itself. Each field is empty (the zero
// Date) when the letter does not show it clearly; nothing is guessed.
type meta struct {
	Authority string
	Reference string
	Date      Date // the response date
	Received  Date // when the request was received
	Title     string
}

// parseMeta reads a letter's metadata from its clean lines, one line per
// element, in reading order:
//
//   - Reference: the letter's own reference. A labelled one ("Our ref:",
//     "Reference:", "FOI reference", "Case number") near the top wins; then
//     the one in the subject line; then the first FOI-like reference in the
//     first quarter of the text. The requester's ("Your ref"), the
//     regulator's (IC-59229-Y8B6, FS50318536) and earlier requests the
//     letter quotes are never taken.
//   - Date: a "Date:" label, else a line near the top that is only a date,
//     else a dated signature near the end; never a received or request date,
//     nor a date that bounds a period.
//   - Received: the date the request was received ("received by X on the
//     21st of November 2024", "Date received:"), else the date of the
//     request ("your email of 3 May 2023", "Requested Tue 17 January 2023").
//   - Authority: the body answering, by cue phrases ("received by X",
//     "X does hold", "interest in X"), letterhead and signature, weighted
//     by how often the name recurs; never the ICO or a tribunal.
//   - Title: the subject line without its reference and stock words,
//     else what the first sentences say the request was about ("Thank you
//     for your request for information about speed cameras, which ...").
//
// It never fails: a letter without a field gives the zero value for it.
func parseMeta(lines []string) meta {
	l := newLetter(headerRows(lines))
	var m meta
	subject := l.subject()
	m.Reference = l.labelledRef()
	if m.Reference == "" {
		m.Reference = subject.ref
	}
	if m.Reference == "" {
		m.Reference = l.bareRef()
	}
	if m.Reference == "" {
		m.Reference = l.looseRef()
	}
	m.Title = subject.title
	if m.Title == "" {
		m.Title = l.bodyTopic()
	}
	if m.Title == "" {
		m.Title = l.bodySubject()
	}
	m.Date = l.letterDate()
	m.Received = l.received()
	m.Authority = l.authority()
	return m
}

// headerRows rewrites a table of the letter's head whose first row names
// the fields and whose second gives them ("Our reference | Date | Your
// request received" over "SPA/FOI/25/0033 | 21/03/2025 | 24/02/2025") as
// one "label: value" line a field, as letters that label each field on
// its own line write them.
func headerRows(lines []string) []string {
	var out []string
	i := 0
	for ; i < min(len(lines), 80); i++ {
		labels := cellsOf(lines[i])
		j := i + 1
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		if len(labels) < 2 || j >= len(lines) || !allLabels(labels) || !reFieldName.MatchString(lines[i]) {
			out = append(out, lines[i])
			continue
		}
		values := cellsOf(lines[j])
		if len(values) != len(labels) || !hasDigit(lines[j]) || allLabels(values) {
			out = append(out, lines[i])
			continue
		}
		for k := range labels {
			out = append(out, labels[k]+": "+values[k])
		}
		i = j
	}
	return append(out, lines[i:]...)
}

// reFieldName is a word naming a field of a letter's head.
var reFieldName = mustRx(`(?i)\b(?:ref|reference|date|dated|received|responded|response|case|request)\b`)

// cellsOf splits a table row at its tabs, or nil when it has none.
func cellsOf(ln string) []string {
	if !strings.Contains(ln, "\t") {
		return nil
	}
	return slices.DeleteFunc(splitCells(ln), func(c string) bool { return c == "" })
}

// allLabels reports whether every cell reads as a field's name: a few
// words, with no figure.
func allLabels(cells []string) bool {
	for _, c := range cells {
		if hasDigit(c) || len(strings.Fields(c)) > 5 || strings.ContainsAny(c, ":/@") {
			// "Your ref:<tab>JT/school-transport" labels its own value.
			return false
		}
	}
	return true
}

// letter is the text of a letter prepared for metadata search.
type letter struct {
	lines []string // trimmed lines
	text  string   // the lines joined by "\n"
	start []int    // offset of each line in text
	top   int      // lines [0, top) are the head of the letter
}

// newLetter trims the lines, joins them and fixes the head: 30% of the
// lines, at least 15 and at most 60.
func newLetter(lines []string) letter {
	l := letter{lines: make([]string, len(lines)), start: make([]int, len(lines))}
	var b strings.Builder
	for i, ln := range lines {
		ln = strings.TrimSpace(strings.ReplaceAll(ln, "\u00a0", " "))
		l.lines[i] = ln
		l.start[i] = b.Len()
		b.WriteString(ln)
		b.WriteByte('\n')
	}
	l.text = b.String()
	n := len(lines)
	l.top = min(n, max(15, min(60, n*30/100)))
	for i := l.top; i < min(n, 60); i++ {
		// A head longer than its share of a short letter (a disclosure
		// log's navigation above the reference and the date) runs to
		// the salutation.
		if reSalutationLine.MatchString(l.lines[i]) {
			l.top = i
			break
		}
	}
	return l
}

// reSalutationLine opens a letter's body.
var reSalutationLine = mustRx(`^(?i:dear|to\s+whom\s+it\s+may\s+concern)\b`)

var bodyOpenerRE = mustRx(`(?i)^(?:thank\s+you|thanks\s+for|i\s+refer|i\s+write|i\s+am\s+writing|we\s+have|we\s+are|your\s+(?:request|email|e-mail|letter)\s+(?:for|of|dated|was|has|is|received)|further\s+to|in\s+response|i\s+can\s+confirm|yours\s+)`)

// bodyStart returns the index of the first line of the letter's body
// within the head: a paragraph of 20 words or more, or a line opening as
// letters' first sentences do ("Thank you for", "I refer to"). It returns
// top when the head has no such line.
func (l letter) bodyStart() int {
	for i := 0; i < l.top; i++ {
		if len(strings.Fields(l.lines[i])) >= 20 || bodyOpenerRE.MatchString(l.lines[i]) {
			return i
		}
	}
	return l.top
}

// ---- references ----

var (
	refLabelRE = mustRx(`(?i)(?:^|[^a-z])(your\s+request(?:\s+(?:no|number))?\s*:|(?:our|my)\s+ref(?:erence)?(?:\s+(?:no|number))?|(?:foi|foisa|eir|request|case|file)\s+(?:ref(?:erence)?(?:\s+(?:no|number))?|number|no|id)|reference(?:\s+(?:no|number))?|ref(?:\s+no)?|case|response\s+to\s+(?:your\s+)?request)\.?\s*(?:[:\-–]\s*)?`)
	icoRefRE   = mustRx(`(?i)^(?:IC-\d|ICO|FS5\d{7}|FER0?\d{6}|ENF\d|EIR0\d{6}\b)`)
	looseRefRE = mustRx(`\b(?:\d{1,3}\.FOI\.\d{2}\.\d+|F-?\d{4,}\b|(?:[A-Z]{1,5}[/-])?(?:FOI|FOIR|EIR|FOISA|RFI|IR)[-/ ]?\d[A-Za-z0-9/.\-]*)`)
	// badRefContext before a reference shows it is someone else's.
	badRefContext = mustRx(`(?i)(?:\byour\s*$|previous|earlier|prior|former|original|commissioner|\bico\b|tribunal|decision\s+notice|complaint|\blast\s+(?:year|month|week|time)\b)`)
)

// labelledRef returns the first reference given under a label in the head
// of the letter, or "".
func (l letter) labelledRef() string {
	for i := 0; i < l.top; i++ {
		ln := l.lines[i]
		if !mayLabelRef(ln) {
			continue
		}
		for _, m := range refLabelRE.FindAllStringSubmatchIndex(ln, -1) {
			label := ln[m[2]:m[3]]
			if badRefContext.MatchString(lastWords(lastBytes(ln[:m[2]], 80), 6)) {
				continue
			}
			lower := strings.ToLower(label)
			if strings.HasPrefix(lower, "ref") && !strings.HasPrefix(lower, "reference") && m[1] == m[3] {
				// "ref" inside a word such as "refer" has no separator.
				continue
			}
			value := ln[m[1]:]
			if v := strings.TrimLeft(value, " "); strings.HasPrefix(v, "/") {
				// "Our reference / Ein cyfeirnod<tab>FOI-GCBC-2025-0061":
				// the label in a second language, then its value.
				if k := strings.IndexAny(v, "\t:"); k > 0 && k < 40 {
					value = v[k+1:]
				}
			}
			if strings.TrimSpace(value) == "" && i+1 < len(l.lines) &&
				(strings.ContainsAny(ln[m[2]:m[1]], ":-–") || strings.TrimSpace(ln[:m[2]]) == "") {
				// "Our ref:" or a bare "Reference" above its value,
				// as two-column letterheads and disclosure-log pages
				// come out.
				value = l.lines[i+1]
			}
			if v := strings.TrimSpace(value); strings.HasSuffix(v, "-") && !strings.Contains(v, " ") && i+1 < len(l.lines) {
				// "[Ref: BCC-FOI-" / "10492]": a reference wrapped at
				// its hyphen at the end of the line.
				if f := strings.Fields(l.lines[i+1]); len(f) > 0 && isDigit(f[0][0]) {
					value = v + f[0]
				}
			}
			heading := strings.HasPrefix(lower, "response to")
			ref, rest, ok := leadingRef(firstBytes(value, 100))
			if k := strings.IndexAny(rest, "\t|"); k >= 0 {
				rest = rest[:k]
			}
			if ok && hasDigit(ref) && reRefSuffix.MatchString(strings.TrimSpace(rest)) {
				// "Our Ref: 2021-089 LA": the letters after the number,
				// alone to the end of the line, are the reference's own.
				ref += " " + strings.TrimSpace(rest)
			}
			if !ok || heading && strings.IndexFunc(ref, unicode.IsLetter) < 0 {
				// A heading's "Response to request 2026-0931" gives a
				// short form of the reference the letter gives whole
				// further down; one with its letters is whole.
				continue
			}
			if strings.TrimSpace(ln[:m[2]]) != "" && !strings.ContainsAny(ln[m[3]:m[1]], ":-–\t") && !heading {
				// A label inside a sentence without a colon ("the case
				// number 12345 was closed") counts only before an
				// FOI-like reference ("reference FOI 2345"); a heading's
				// "Response to request CAS-28844-F5T2L7" names the letter's
				// own.
				if loc := looseRefRE.FindStringIndex(ref); loc == nil || loc[0] != 0 {
					continue
				}
			}
			return ref
		}
	}
	return ""
}

// reRefSuffix is a few capitals that end a reference after a space.
var reRefSuffix = mustRx(`^[A-Z]{2,3}$`)

// firstBytes returns at most the first n bytes of s; the metadata searches look
// only a short way ahead, and bounding them keeps parseMeta linear.
func firstBytes(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// lastBytes returns at most the last n bytes of s.
func lastBytes(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// bareRef returns a reference standing alone on a line of the letterhead
// ("F-00059"), or "". Only a single token that mixes letters and digits or
// joins digits with a separator qualifies: a postcode or a telephone
// number does not.
func (l letter) bareRef() string {
	for i := 0; i < l.bodyStart(); i++ {
		ln := l.lines[i]
		// A page's metadata line: "VSA-FOI-2025/064 · Published 19
		// December 2025".
		if k := strings.IndexAny(ln, "·|\t"); k > 0 {
			ln = strings.TrimSpace(ln[:k])
		}
		if spacedRef(ln) {
			// "APT FOI 25-0233" alone on its line: the body's letters
			// and the reference together.
			return ln
		}
		if m := reTitledRef.FindStringSubmatch(ln); m != nil && len(strings.Fields(ln)) <= 12 && validRef(m[1]) && hasDigit(m[1]) && strings.ContainsFunc(m[1], func(r rune) bool { return r < 128 && isLetter(byte(r)) }) {
			// A disclosure log's heading, "Cyber security
			// (FOI/2019/0644)": the entry's reference after its title.
			return m[1]
		}
		if ln == "" || strings.ContainsAny(ln, " \t") || allDigits(ln) || !validRef(ln) {
			continue
		}
		hasLetter := strings.ContainsFunc(ln, func(r rune) bool { return r < 128 && isLetter(byte(r)) })
		if hasLetter && hasDigit(ln) || strings.ContainsAny(ln, "/-") {
			return ln
		}
	}
	return ""
}

// reTitledRef is a heading's title and, in brackets at its end, a
// reference of one word: group 1.
var reTitledRef = mustRx(`^\p{Lu}[^()]{2,80}\(([A-Za-z]{1,8}[/-]?[A-Za-z0-9/.-]*\d[A-Za-z0-9/.-]*)\)$`)

// spacedRef reports whether a line standing alone is a reference of
// words set apart by spaces: two or three, the first ones capitals only
// ("APT FOI", "FOI"), the last with digits and a slash or dash
// ("25-0233").
func spacedRef(ln string) bool {
	f := strings.Fields(ln)
	if len(f) < 2 || len(f) > 3 || !validRef(ln) {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if len(w) < 2 || len(w) > 5 || strings.ToUpper(w) != w || !isLetter(w[0]) || hasDigit(w) {
			return false
		}
	}
	last := f[len(f)-1]
	return len(last) >= 5 && strings.ContainsAny(last, "/-") && allDigits(strings.NewReplacer("/", "", "-", "").Replace(last))
}

// lastWords returns the last n words of s.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// looseRef returns the first FOI-like reference in the first quarter of
// the letter that is not someone else's, or "".
func (l letter) looseRef() string {
	text := l.text[:len(l.text)/4]
	for _, m := range looseRefRE.FindAllStringIndex(text, -1) {
		if badRefContext.MatchString(lastWords(text[max(0, m[0]-80):m[0]], 6)) {
			continue
		}
		if ref, _, ok := leadingRef(firstBytes(text[initialsBefore(text, m[0]):], 100)); ok {
			return ref
		}
	}
	return ""
}

// leadingRef reads a reference at the start of s ("FOI 1045/24 Contact
// centre" gives "FOI 1045/24") and returns it with the rest of s.
func leadingRef(s string) (ref, rest string, ok bool) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return "", s, false
	}
	used := 1
	cand := f[0]
	switch {
	case (isRefPrefix(cand) || isInitials(cand)) && len(f) > 2 && isRefPrefix(f[1]) && !hasDigit(f[1]) && hasDigit(f[2]):
		// "MC FOI 412/12", "RVT FOI 23/1187", "TfNC FOI 2025/0642": an
		// authority's initials before the prefix.
		cand += " " + f[1] + " " + f[2]
		used = 3
	case isRefPrefix(cand) && len(f) > 2 && isYear(f[1]) && allDigits(f[2]) && len(f[2]) >= 3 && len(f[2]) <= 6:
		// "WXC 2025 1402": a prefix, the year and the number, spaced.
		cand += " " + f[1] + " " + f[2]
		used = 3
	case (isRefPrefix(cand) || initialsPrefix(cand)) && len(f) > 1 && hasDigit(f[1]):
		cand += " " + f[1]
		used = 2
	case strings.HasSuffix(cand, "-") && len(f) > 1 && allDigits(f[1]):
		// "286- 25": a stray space inside the reference, kept as
		// written so that the reference reads as the letter shows it.
		cand += " " + f[1]
		used = 2
	}
	if strings.HasSuffix(cand, "-") && len(f) > used && allDigits(f[used]) {
		// "FOI 286- 25": the same after a prefix.
		cand += " " + f[used]
		used++
	}
	if len(f) > used+1 && f[used] == "/" && hasDigit(cand) && allDigits(f[used+1]) && (len(f[used+1]) == 2 || len(f[used+1]) == 4) {
		// "FOI 0212 / 25": the year after a slash set apart by spaces,
		// kept as written.
		cand += " / " + f[used+1]
		used += 2
	}
	year := ""
	if len(f) > used && hasDigit(cand) && !reFourDigitYear.MatchString(cand) && reBracketYear.MatchString(strings.TrimRight(f[used], ".,;:")) {
		// "FOI 07 (2024-25)": a number that starts again each year,
		// with the year it belongs to.
		year = " " + strings.TrimRight(f[used], ".,;:")
		used++
	}
	cand = strings.TrimRight(cand, ".,;:)]'\"")
	cand = strings.TrimLeft(cand, "([#'\"")
	if !validRef(cand) {
		return "", s, false
	}
	cand += year
	// Find where the used fields end in s.
	rest = s
	for i := 0; i < used; i++ {
		rest = strings.TrimLeft(rest, " \t")
		j := strings.IndexAny(rest, " \t")
		if j < 0 {
			j = len(rest)
		}
		rest = rest[j:]
	}
	return cand, strings.TrimSpace(rest), true
}

// reBracketYear is a year or a year's span in brackets: "(2024-25)",
// "(2024/25)", "(2025)".
var reBracketYear = mustRx(`^\((?:19|20)\d\d(?:[-/–](?:\d\d|(?:19|20)\d\d))?\)$`)

// reFourDigitYear is a year of four figures standing apart in a
// reference: "FOI/2024/118".
var reFourDigitYear = mustRx(`(?:^|\D)(?:19|20)\d\d(?:\D|$)`)

// isRefPrefix reports whether w is a short capitalised prefix written
// before a reference number: "FOI", "DC/FOI", "EIR", "OPCC-W".
func isRefPrefix(w string) bool {
	if len(w) == 0 || len(w) > 8 || notRefPrefix[w] {
		return false
	}
	letters := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == '/' || c == '-' && i > 0:
			// "DC/FOI", "OPCC-W 286-25"
		default:
			return false
		}
	}
	return letters >= 2
}

// initialsPrefix reports whether w is a body's initials and a prefix
// joined by a slash: "RhG/FOI" (Rhyddid Gwybodaeth), "UoT/FOI".
func initialsPrefix(w string) bool {
	a, b, ok := strings.Cut(w, "/")
	return ok && isInitials(a) && isRefPrefix(b)
}

// isInitials reports whether w is a body's initials written with the
// small words of its name in lower case: "UoT", "TfNC", "DfE".
func isInitials(w string) bool {
	return len(w) >= 3 && len(w) <= 6 && capitalsWord(w)
}

// capitalsWord reports whether w is letters only, opens with a capital
// and holds at least two: "OLT", "TfNC".
func capitalsWord(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	upper := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	return upper >= 2
}

// notRefPrefix are words in capitals that stand before a reference in a
// heading ("FREEDOM OF INFORMATION REQUEST F-02264") without being part of
// it.
var notRefPrefix = map[string]bool{"REQUEST": true, "REQUESTS": true, "RESPONSE": true, "NUMBER": true,
	"CASE": true, "REF": true, "NO": true, "REVIEW": true, "NOTICE": true, "DECISION": true, "LETTER": true,
	"FILE": true, "OUR": true, "YOUR": true, "RE": true, "SUBJECT": true}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// validRef reports whether s is shaped like a reference: it has a digit,
// only reference characters, is not a year, a date, a sum of money or a
// regulator's case number.
func validRef(s string) bool {
	if len(s) < 2 || len(s) > 40 || !hasDigit(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isLetter(c) || isDigit(c) || strings.IndexByte("/.-_ ", c) >= 0) {
			return false
		}
	}
	if allDigits(s) && (len(s) < 3 || len(s) == 4 && (s[:2] == "19" || s[:2] == "20")) {
		return false
	}
	if _, ok := parseLetterDate(s); ok {
		return false
	}
	return !icoRefRE.MatchString(s)
}

// ---- subject line and title ----

type subjectLine struct{ ref, title string }

var (
	subjectLabelRE = mustRx(`(?i)^(?:re|subject|title|request|topic|regarding)\s*[:\-–]\s*`)
	subjectStartRE = mustRx(`(?i)^(?:freedom\s+of\s+information|environmental\s+information|foi\b|foisa\b|foia\b|eirs?\b|request\s+for\s+information|information\s+request|internal\s+review)`)
	// stockWordRE strips one stock word or separator from the front of a
	// subject.
	stockWordRE = mustRx(`(?i)^(?:re\s*:|subject\s*:|title\s*:|topic\s*:|regarding\s*:|request\s*:|freedom\s+of\s+information(?:\s*\(\s*scotland\s*\))?(?:\s+act)?(?:\s+\d{4})?|environmental\s+information(?:\s*\(\s*scotland\s*\))?(?:\s+regulations)?(?:\s+\d{4})?|foisa\b|foia\b|foi\b|eirs?\b|requests?\s+for\s+information|information\s+requests?|internal\s+review|your\b|my\b|of\b|for\b|requests?\b|applications?\b|enquiry\b|response\b|reply\b|release\b|disclosure\b|decision\b|outcome\b|result\b|findings\b|notice\b|under\b|the\b|our\s+ref(?:erence)?\b\.?|ref(?:erence)?(?:\s+(?:no|number))?\b\.?|no\.|number\b|[-–—:,;|/.]+)\s*`)
	// officeLineRE is the sender's office in a letterhead ("Freedom of
	// Information Unit, Police Headquarters, ..."), which opens with the
	// words a subject opens with but names no request.
	officeLineRE = mustRx(`(?i)^(?:freedom\s+of\s+information|foi|information\s+(?:requests?|rights|governance|compliance|access))(?:\s+(?:and|&)\s+(?:data\s+protection|records\s+management|information\s+governance|complaints|disclosure))?\s+(?:unit|team|office|officer|department|section|manager|co-?ordinator|bureau|desk|hub|lead|advisor|adviser)s?\b`)
	titleLeadRE  = mustRx(`(?i)^(?:about|regarding|re|concerning|relating\s+to|in\s+relation\s+to|on|for|and|[-–—:,;|(]+)\s+`)
)

// subject finds the subject line in the head of the letter and splits it
// into reference and title.
func (l letter) subject() subjectLine {
	// A labelled subject ("Subject: Waste contracts") outranks a heading
	// that only looks like one ("Freedom of Information (Scotland) Act
	// 2002 / Environmental" wrapped before its line ends).
	var best, labelledBest subjectLine
	for i, end := 0, l.bodyStart(); i < end; i++ {
		ln := l.lines[i]
		if ln == "" || len(ln) > 200 {
			continue
		}
		labelled := subjectLabelRE.MatchString(ln)
		if !labelled && (!subjectStartRE.MatchString(ln) || officeLineRE.MatchString(ln)) {
			continue
		}
		// A subject wrapped onto a second line: "... Contact centre" /
		// "contract".
		if i+1 < len(l.lines) {
			next := l.lines[i+1]
			if next != "" && len(strings.Fields(next)) <= 6 && next[0] >= 'a' && next[0] <= 'z' {
				ln += " " + next
			}
		}
		s := splitSubject(ln)
		if best.ref == "" {
			best.ref = s.ref
		}
		if best.title == "" {
			best.title = s.title
		}
		if labelled && labelledBest.title == "" {
			labelledBest.title = s.title
		}
		if best.ref != "" && best.title != "" && (labelled || labelledBest.title != "") {
			break
		}
	}
	if labelledBest.title != "" {
		best.title = labelledBest.title
	}
	return best
}

// bodySubjectRE labels a subject line set in the body, under the opening
// sentence ("Subject: Library management system").
var bodySubjectRE = mustRx(`(?i)^(?:subject|re|title|topic)\s*:\s*\S`)

// bodySubject returns the title of a labelled subject line among the first
// lines of the letter's body, "" when there is none. Only a label counts
// there: the body's other short lines are the request's own.
func (l letter) bodySubject() string {
	start := l.bodyStart()
	for i := start; i < min(len(l.lines), start+6); i++ {
		ln := l.lines[i]
		if len(ln) > 120 || strings.HasSuffix(ln, "?") || !bodySubjectRE.MatchString(ln) {
			continue
		}
		return splitSubject(ln).title
	}
	return ""
}

// topicRE finds what a letter's opening says its request was about.
var topicRE = mustRx(`(?i)\brequest(?:\s+for\s+information)?(?:\s+[A-Z]*[-/.\s]?\d[\w/.\-]*)?\s+(?:about|regarding|concerning|relating\s+to|in\s+relation\s+to)\s+([^,.;:()\n]{3,100}?)\s*(?:[,.;:(]|\s+(?:which|that|received|dated|made|sent)\b|$)`)

// bodyTopic returns what the first lines of the letter's body say the
// request was about, "" when they do not say.
func (l letter) bodyTopic() string {
	start := l.bodyStart()
	end := min(len(l.lines), start+4)
	if start >= end {
		return ""
	}
	m := topicRE.FindStringSubmatch(strings.Join(l.lines[start:end], " "))
	if m == nil {
		return ""
	}
	return cleanTitle(m[1])
}

// splitSubject splits one subject line: "FREEDOM OF INFORMATION REQUEST –
// FOI 1045/24 Contact centre contract" is FOI 1045/24 and "Contact centre
// contract".
func splitSubject(ln string) subjectLine {
	var s subjectLine
	rest := strings.TrimSpace(ln)
	for n := 0; n < 20 && rest != ""; n++ {
		if ref, after, ok := leadingRef(rest); ok {
			s.ref, rest = ref, after
			break
		}
		loc := stockWordRE.FindStringIndex(rest)
		if loc == nil || loc[1] == 0 {
			break
		}
		rest = rest[loc[1]:]
	}
	if s.ref == "" {
		// A reference after the title: "Parking fines (FOI 123/24)".
		if m := looseRefRE.FindStringIndex(rest); m != nil {
			at := initialsBefore(rest, m[0])
			if ref, _, ok := leadingRef(rest[at:]); ok {
				s.ref = ref
				rest = rest[:at] + rest[at+len(ref):]
				rest = strings.NewReplacer("()", "", "[]", "").Replace(rest)
			}
		}
	}
	s.title = cleanTitle(rest)
	return s
}

// initialsBefore returns where a reference found at i starts when the
// body's initials stand before its prefix ("[MTC FOI 02/2025]"), or i.
func initialsBefore(s string, i int) int {
	if i < 2 || s[i-1] != ' ' {
		return i
	}
	j := strings.LastIndexAny(s[:i-1], " [(\t\n") + 1
	if w := s[j : i-1]; isInitials(w) && !notRefPrefix[strings.ToUpper(w)] && !notInitials[strings.ToUpper(w)] {
		return j
	}
	return i
}

// notInitials are words in capitals that stand before a reference in a
// subject line without being a body's initials.
var notInitials = map[string]bool{"THE": true, "FOR": true, "AND": true, "NEW": true, "RESP": true, "INFO": true, "FROM": true, "WITH": true, "EIR": true, "FOI": true, "FOIA": true, "FOISA": true}

// reTrailingRef is a bracketed reference at the end of a subject, closed
// or cut off by the end of the line.
var reTrailingRef = mustRx(`(?i)\s*[\[(]\s*(?:our\s+|your\s+)?ref(?:erence)?\b[^\])]*[\])]?\s*$`)

// cleanTitle trims stock words and punctuation from a title, returning ""
// when nothing meaningful is left.
func cleanTitle(t string) string {
	for n := 0; n < 10; n++ {
		t = strings.TrimSpace(t)
		loc := titleLeadRE.FindStringIndex(t)
		if loc == nil {
			break
		}
		t = t[loc[1]:]
	}
	// "Home to school transport [Ref: BCC-FOI-": a reference cut off
	// at the end of the line is no part of the subject.
	t = reTrailingRef.ReplaceAllString(t, "")
	t = trimBalanced(t)
	t = strings.TrimSuffix(strings.TrimSpace(t), ".")
	t = strings.Join(strings.Fields(t), " ")
	if _, ok := parseLetterDate(t); ok {
		// "FOI request ABC-FOI-1522     11 June 2025": the letter's
		// date after its reference is no subject.
		return ""
	}
	words := strings.Fields(strings.ToLower(t))
	if len(words) > 0 && (isOfficeWord(words[0]) || len(words) <= 5 && isOfficeWord(words[len(words)-1])) {
		// A signature or letterhead such as "FOI Team", "Freedom of
		// Information Office · Level 2" is not a subject.
		return ""
	}
	if reRequestRefOnly.MatchString(t) {
		// "Response to request CAS-28844-F5T2L7": which request, not
		// what it asked about.
		return ""
	}
	if len(words) > 0 && (words[0] == "received" || words[0] == "dated") {
		// "EIR - request received 30 May 2023": when, not what.
		return ""
	}
	if len(words) == 1 {
		switch strings.Trim(words[0], "()") {
		case "eir", "eirs", "foi", "foia", "foisa", "release":
			return ""
		}
	}
	if strings.ContainsAny(t, "@·") || strings.Contains(t, "www.") || strings.Contains(t, "http") {
		// An address or a web line, not a subject.
		return ""
	}
	if utf8.RuneCountInString(t) > 150 || !strings.ContainsFunc(t, func(r rune) bool {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}) {
		return ""
	}
	return t
}

// reRequestRefOnly is a heading that only names the request by its
// reference: "to request CAS-28844-F5T2L7", "Response to request
// 2026-0931".
var reRequestRefOnly = mustRx(`(?i)^(?:response\s+)?to\s+(?:your\s+)?request\s+\S*\d\S*$`)

// isOfficeWord reports whether w names a unit of an organisation.
func isOfficeWord(w string) bool {
	switch w {
	case "team", "office", "unit", "officer", "department", "service", "manager":
		return true
	}
	return false
}

// trimBalanced trims separators and brackets from both ends of t, but not a
// closing bracket that closes one inside ("Section 14(1)").
func trimBalanced(t string) string {
	t = strings.Trim(t, " \t-–—:;,|[")
	for {
		u := strings.TrimLeft(t, "( \t")
		u = strings.TrimRight(u, " \t")
		for strings.HasSuffix(u, ")") && strings.Count(u, "(") < strings.Count(u, ")") {
			u = strings.TrimSpace(strings.TrimSuffix(u, ")"))
		}
		u = strings.Trim(u, " \t-–—:;,|[]")
		if u == t {
			return t
		}
		t = u
	}
}

// ---- dates ----

var (
	// dateLabelRE finds a label of the response date. Group 1 is a label
	// that names the response ("Date of response", "Responded"), which may
	// stand without a colon at the start of a line; group 2 is a bare
	// "Date:", "Dated:" or "Sent:", which needs its colon, a tab, or the
	// value on the next line.
	dateLabelRE = mustGated(`(?i)(?:^|[^a-z])(?:(date\s+of\s+(?:response|reply|letter|issue|decision|this\s+letter|(?:this\s+)?(?:internal\s+)?review(?:\s+(?:decision|outcome|response))?|review\s+outcome)|(?:internal\s+)?review\s+date|(?:internal\s+)?review\s+(?:completed|concluded|issued|sent)(?:\s+on)?|(?:response|reply|decision|letter)\s+date\b|date\s+(?:sent|issued|responded|of\s+despatch)|response\s+sent(?:\s+on)?|(?:response|reply|letter|decision)\s+(?:issued|sent|dated)(?:\s+on)?|responded(?:\s+on)?|replied(?:\s+on)?)\s*[:\t]?\s*|(date|dated|sent)(?:\s*:\s*|\t\s*|\s*$))`)
	// receiptCueRE at the end of the text before a date shows the date is
	// when the request arrived.
	receiptCueRE = mustRx(`(?i)(?:(?:received|receipt|recieved|logged)\s*:?\s*|(?:received|recieved|logged)\b[^.!?]{0,60}?\s(?:on|dated)(?:\s+the)?\s+|date\s+of\s+receipt\s*:?\s*)$`)
	// requestCueRE before a date shows it is the request's own date.
	requestCueRE = mustRx(`(?i)(?:(?:your|the|this|their)\s+(?:original\s+)?(?:request|email|e-mail|letter|application|correspondence|enquiry|message)\b[^.!?]{0,60}?\b(?:dated|of|on|sent(?:\s+on)?|made\s+on|submitted\s+on)(?:\s+the)?\s*:?\s*$|\brequest(?:ed)?(?:\s+(?:date|dated|made|submitted))?(?:\s+on)?\s*:?\s*$|date\s+of\s+(?:request|application)\s*:?\s*$)`)
)

// isReceiptContext reports whether before (the text just before a date)
// makes the date a received or request date.
func isReceiptContext(before string) bool {
	return receiptCueRE.MatchString(before) || requestCueRE.MatchString(before)
}

// sentenceBefore returns the text of the sentence before offset i, at most
// 140 bytes.
func sentenceBefore(s string, i int) string {
	lo := max(0, i-140)
	seg := s[lo:i]
	if k := strings.LastIndex(seg, ". "); k >= 0 {
		seg = seg[k+2:]
	}
	if k := strings.LastIndex(seg, "\n\n"); k >= 0 {
		seg = seg[k+2:]
	}
	return seg
}

// letterDate returns the response date.
func (l letter) letterDate() Date {
	if d, ok := l.labelledDate(0, l.top, true); ok {
		return d
	}
	if d, ok := l.dateLine(0, l.top); ok {
		return d
	}
	if d, ok := l.labelledDate(l.top, len(l.lines), false); ok {
		return d
	}
	// A dated signature at the end.
	if d := l.lastDateLine(max(l.top, len(l.lines)*70/100), len(l.lines)); !d.IsZero() {
		return d
	}
	// A disclosure-log page that gives no date but its publication's:
	// "Published: 03/09/2025", "VSA-FOI-2025/064 · Published 19 December
	// 2025".
	for i, ln := range l.lines[:l.top] {
		if m := rePublishedDate.FindStringSubmatchIndex(ln); m != nil {
			value := ln[m[1]:]
			if strings.TrimSpace(value) == "" && m[0] == 0 && i+1 < len(l.lines) {
				// "Date published" over "04/11/2026".
				value = l.lines[i+1]
			}
			if ds := findDates(value); len(ds) > 0 && ds[0].Start == 0 {
				return ds[0].Date
			}
		}
	}
	return Date{}
}

// rePublishedDate is the label of a page's publication date.
var rePublishedDate = mustRx(`(?i)\b(?:published|first\s+published|date\s+published|publication\s+date)\s*(?:on\s*)?:?\s*`)

// labelledDate returns the first date under a "Date:" label in lines
// [from, to), skipping received and request dates. An e-mail's "Sent:"
// counts only when sent is true: at the top it is the reply's, further down
// it is usually the quoted request's.
func (l letter) labelledDate(from, to int, sent bool) (Date, bool) {
	for i := from; i < to; i++ {
		ln := l.lines[i]
		for _, m := range dateLabelRE.FindAllStringSubmatchIndex(ln, -1) {
			ls, le := m[2], m[3]
			if ls < 0 {
				ls, le = m[4], m[5]
			}
			if !sent && strings.EqualFold(ln[ls:le], "sent") {
				continue
			}
			if isOtherDateLabel(lastWords(lastBytes(labelLead(ln[:ls]), 40), 2)) {
				continue
			}
			if before := strings.TrimSpace(ln[:ls]); before != "" && !strings.ContainsAny(ln[le:m[1]], ":\t") && !strings.HasSuffix(before, "·") && !strings.HasSuffix(before, "|") && !strings.HasSuffix(before, "•") && !afterDatedItem(before) &&
				!(m[2] >= 0 && strings.HasSuffix(before, ".") && ln[ls] >= 'A' && ln[ls] <= 'Z') {
				// "we responded on 2 August" in a sentence is not a
				// label; a label starts its line (or follows a "·"
				// between items of one line, or a dash after the item before
				// it: "Request received 11/01/2024 – Response sent
				// 08/02/2024", or opens a sentence: "Request received on 14
				// May 2025. Response sent on 11 June 2025.") or has a colon.
				continue
			}
			value := firstBytes(ln[m[1]:], 80)
			if value == "" && i+1 < len(l.lines) {
				value = firstBytes(l.lines[i+1], 80)
			}
			if ds := findDates(value); len(ds) > 0 && !ds[0].InRange && leadsValue(value[:ds[0].Start]) {
				return ds[0].Date, true
			}
		}
	}
	return Date{}, false
}

// afterDatedItem reports whether before, what comes before a label on
// its line, is an item ending in a date and a dash between
// the two: "Request received 11/01/2024 –".
func afterDatedItem(before string) bool {
	for _, sep := range []string{"–", "—", " -"} {
		if rest, ok := strings.CutSuffix(before, sep); ok {
			ds := findDates(rest)
			return len(ds) > 0 && strings.TrimSpace(rest[ds[len(ds)-1].End:]) == ""
		}
	}
	return false
}

// labelLead returns what comes before a date label within its own item
// of a line: after any date before it and after the last TAB or "·", "|",
// "•" between items, so that "Received: 30/05/2023 · Responded:" does not
// make "Responded" a received date.
func labelLead(before string) string {
	if ds := findDates(before); len(ds) > 0 {
		before = before[ds[len(ds)-1].End:]
	}
	for _, sep := range []string{"\t", "·", "|", "•"} {
		if k := strings.LastIndex(before, sep); k >= 0 {
			before = before[k+len(sep):]
		}
	}
	return before
}

// leadsValue reports whether what comes before a date leaves it the
// label's value: nothing, or the same date in another language first
// ("10 Rhagfyr 2024 / 10 December 2024", with its weekday: "Dydd Llun 17
// Mawrth 2025 / Monday 17 March 2025").
func leadsValue(before string) bool {
	before = strings.TrimSpace(before)
	return before == "" || strings.HasSuffix(before, "/") && len(strings.Fields(before)) <= 7
}

// dateLine returns the first line in [from, to) that is only a date (or a
// place and a date), and is not labelled as a received date.
func (l letter) dateLine(from, to int) (Date, bool) {
	for i := from; i < to; i++ {
		if d, ok := l.dateOnLine(i); ok {
			return d, true
		}
	}
	return Date{}, false
}

func (l letter) lastDateLine(from, to int) Date {
	for i := to - 1; i >= from; i-- {
		if d, ok := l.dateOnLine(i); ok {
			return d
		}
	}
	return Date{}
}

// reSentBy is a letterhead's note of how the letter goes: "By email",
// "Sent by e-mail only", not a label of the date under it.
var reSentBy = mustRx(`(?i)^\W*(?:sent\s+)?(?:by|via)\s+(?:e-?mail|post|hand|first\s+class\s+post)(?:\s+only)?\W*$`)

// isOtherDateLabel reports whether the words before a date label make it
// some other date: "Request date:", "Date received:" (read elsewhere),
// "Your letter dated:", "Due date:".
func isOtherDateLabel(before string) bool {
	b := strings.ToLower(before)
	if strings.Contains(b, "our letter") || strings.Contains(b, "our response") || strings.Contains(b, "our reply") {
		return false // "Our letter dated: 22 January 2025" is the letter's own date
	}
	for _, w := range []string{"request", "receiv", "birth", "due", "your", "email", "e-mail", "letter", "incident", "review", "original", "previous", "earlier", "initial"} {
		if strings.Contains(b, w) {
			return true
		}
	}
	return false
}

// isPublicationLabel reports whether the words before a date make it the
// date a web page was published or updated, not the response's.
func isPublicationLabel(before string) bool {
	b := strings.ToLower(before)
	for _, w := range []string{"published", "updated", "posted", "modified", "printed", "last", "page"} {
		if strings.Contains(b, w) {
			return true
		}
	}
	return false
}

// dateOnLine reports the date of line i when the line is a letter date: a
// date alone, or short text ending in a date ("Penrith, 13 December 2024")
// that is not a received date, or under a label line that says so.
func (l letter) dateOnLine(i int) (Date, bool) {
	ln := l.lines[i]
	k := strings.LastIndexByte(ln, '\t')
	if k < 0 {
		// A plain-text letterhead sets its date apart with spaces.
		k = strings.LastIndex(strings.TrimRight(ln, " "), "   ")
		if k >= 0 {
			k += 2
		}
	}
	if k >= 0 && i < l.top && !isReceiptContext(ln[:k]+" ") && !askedInCell(ln[:k]) {
		// "Your ref: FT/2019/22 <TAB> 14 March 2019": a letterhead's
		// date set at the right of another line.
		if d, ok := parseLetterDate(strings.TrimSpace(ln[k+1:])); ok {
			return d, true
		}
	}
	if ln == "" || len(ln) > 60 {
		return Date{}, false
	}
	if prev := l.prevNonEmpty(i); prev != "" && !reSentBy.MatchString(prev) && !isAddressLine(prev) && (strings.HasSuffix(prev, ":") || len(strings.Fields(prev)) <= 4 && !hasDigit(prev) && !strings.Contains(prev, ":")) &&
		(isReceiptContext(prev+" ") || isOtherDateLabel(prev) || isPublicationLabel(prev)) {
		// The date under "Request received" or "Date of request:", or
		// a web page's "Published" (the page's date, not the letter's).
		return Date{}, false
	}
	if d, ok := parseLetterDate(ln); ok {
		return d, true
	}
	ds := findDates(ln)
	if len(ds) != 1 || ds[0].InRange || strings.TrimRight(ln[ds[0].End:], " .") != "" {
		return Date{}, false
	}
	before := ln[:ds[0].Start]
	if len(strings.Fields(before)) > 4 && !leadsValue(before) || isReceiptContext(before) || isOtherDateLabel(before) || isPublicationLabel(before) {
		return Date{}, false
	}
	return ds[0].Date, true
}

// askedInCell reports whether a table row's first cell asks a question
// ("3. When is the next renewal of the agreement?"): the date beside it
// answers it, and is no letterhead's date.
func askedInCell(cell string) bool {
	c := strings.TrimSpace(cell)
	return strings.HasSuffix(c, "?") || reNumberedLine.MatchString(c)
}

// isAddressLine reports whether a line is a letterhead's e-mail or web
// address ("information.requests@caradonexe.example.co.uk"), whose words
// label no date under it.
func isAddressLine(s string) bool {
	f := strings.Fields(s)
	return len(f) == 1 && (strings.Contains(f[0], "@") || strings.HasPrefix(strings.ToLower(f[0]), "www.") || strings.Contains(f[0], "://"))
}

func (l letter) prevNonEmpty(i int) string {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if l.lines[j] != "" {
			return l.lines[j]
		}
	}
	return ""
}

// received returns the date the request was received, or else the
// request's own date. The first date the letter gives either way decides,
// since letters state them at the start; a request date followed closely by
// a receipt date ("your request dated 31 January 2025, received on 3
// February 2025") yields the receipt date.
func (l letter) received() Date {
	text := l.text
	// The dates near cues are found only as far as they are looked at.
	next := nearCueDates(text)
	var dates []dateSpan
	more := func() bool {
		for {
			ds, ok := next()
			if !ok {
				return false
			}
			if len(ds) > 0 {
				dates = append(dates, ds...)
				return true
			}
		}
	}
	for i := 0; i < len(dates) || more(); i++ {
		d := dates[i]
		if d.InRange {
			continue
		}
		before := sentenceBefore(text, d.Start)
		if receiptCueRE.MatchString(before) {
			return d.Date
		}
		if !requestCueRE.MatchString(before) {
			continue
		}
		for j := i + 1; j < len(dates) || more(); j++ {
			e := dates[j]
			if e.Start-d.End > 200 {
				break
			}
			if !e.InRange && receiptCueRE.MatchString(sentenceBefore(text, e.Start)) {
				return e.Date
			}
		}
		return d.Date
	}
	return Date{}
}

// ---- authority ----

// authNameWord is a word of a body's name: a capital, then letters (Welsh
// and Gaelic ones too: "Gŵyr", "Môn"), apostrophes and hyphens.
const authNameWord = `[A-Z][\p{L}'’\-]*`

var (
	// authRE matches a body's name: a prefix form ("Department for
	// Transport", "Office of the Police and Crime Commissioner for
	// Cumbria"), tried first so that it is not cut short by the suffix form
	// ("Cumbria Constabulary", "Leeds City Council").
	authRE = mustRx(
		`\b(?:(?:Police\s+Service\s+of|(?:London|Royal|Metropolitan|County)\s+Borough\s+of|Department\s+(?:for|of)|Ministry\s+of|Transport(?:\s+for)?|University\s+of|Office\s+(?:of|for)|NHS|HM|His\s+Majesty's|Her\s+Majesty's)` +
			`(?:\s+(?:the\s+)?` + authNameWord + `)(?:\s+(?:and\s+|of\s+|for\s+|&\s+)?` + authNameWord + `){0,5}` +
			`|Police\s+` + authNameWord +
			`|` + authNameWord + `\s+(?:(?:` + authNameWord + `|of|and|for|the|upon|on|in|&)\s+){0,6}` +
			`(?:Police\s+Service|Police|Constabulary|County\s+Council|Borough\s+Council|District\s+Council|City\s+Council|Council|Councils|` +
			`NHS\s+Foundation\s+Trust|NHS\s+Trust|Foundation\s+Trust|Trust|Integrated\s+Care\s+Board|Health\s+Board|` +
			`Fire\s+(?:and|&)\s+Rescue\s+(?:Service|Authority)|Ambulance\s+Service|Prison\s+Service|University|Agency|` +
			`Authority|Office|Commission|Executive|Ombudsman|Regulator|Inspectorate|Registry|Housing\s+Association|Survey|Archives|Board|Parliament|Assembly|College|School|` +
			`Academy|Museum|Library|Water|Joint\s+Committee|Homes(?:\s+(?:Limited|Ltd))?|Harbour\s+Commissioners|Port\s+Commissioners|Conservancy|(?:Learning|Education|Schools?|Academies|Transport)\s+Partnership)` +
			// "College of Further Education", "Office for England and Wales".
			`(?:\s+(?:of|for)(?:\s+the)?\s+` + authNameWord + `(?:\s+(?:and\s+)?` + authNameWord + `){0,4})?)\b`)
	// authAnchoredRE is authRE matched only at the start of the text.
	authAnchoredRE = mustRx(`^(?:` + authRE.String() + `)`)
	// Cues before and after a name that show it is the body answering.
	authCueBeforeRE = mustAlternation(`(?i)(?:received\s+by|interest\s+in|on\s+behalf\s+of|contacting|writing\s+to|request\s+to|sent\s+to|made\s+to)\s+(?:the\s+)?$`)
	// authParentCueRE ends the words before a name that make it the body
	// that owns or engages the one answering: an arm's-length company's
	// "Managing homes on behalf of", "wholly owned by".
	authParentCueRE = mustRx(`(?i)(?:\b(?:manag\w*|provid\w*|deliver\w*|services?|homes|housing|operat\w*|work\w*)\s+(?:\w+\s+){0,2}on\s+behalf\s+of|\bowned\s+by|\b(?:subsidiary|company|organisation|organization)\s+of)\s+(?:the\s+)?$`)
	authCueAfterRE  = mustRx(`(?i)^(?:'s|’s)?\s+(?:does|do|holds?|can|cannot|is\s+(?:not\s+)?(?:able|unable|required|obliged|satisfied)|has|have|confirms?|will|would\s+like|neither|received|publishes)\b`)
)

// cuedBefore reports whether the words before a name on its line show it
// is the body answering: "request to the", a web page's "©". "On behalf
// of" does so only where it signs ("For and on behalf of"): in a
// sentence, "water charges collected on behalf of Scottish Water" names
// another body.
func cuedBefore(words string) bool {
	before := lastBytes(words, 40)
	if reCopyrightEnd.MatchString(before) {
		return true
	}
	return authCueBeforeRE.MatchString(before) && (!reOnBehalfEnd.MatchString(before) || len(strings.Fields(words)) <= 5)
}

// reCopyrightEnd ends the words before a name with a copyright sign: a
// web page's "© Netherfordshire County Council 2022" names the body that
// publishes the site, its disclosure log included.
var reCopyrightEnd = mustRx(`(?i)(?:©|\(c\)|\bcopyright)\s*$`)

// reOnBehalfEnd ends the words before a name with "on behalf of".
var reOnBehalfEnd = mustRx(`(?i)on\s+behalf\s+of\s+(?:the\s+)?$`)

// rankCandidates orders candidates by weight, then by whether they are
// written whole, then by where they are first named, then by name.
func rankCandidates(list []*authCandidate) {
	sort.Slice(list, func(i, j int) bool {
		if list[i].score != list[j].score {
			return list[i].score > list[j].score
		}
		if (list[i].whole > 0) != (list[j].whole > 0) {
			// Of two as likely, the one the letter writes whole
			// ("Ashcombe and Lyde Hospitals NHS Foundation Trust" above
			// the signature) over one joined from a letterhead's lines.
			return list[i].whole > 0
		}
		if list[i].first != list[j].first {
			return list[i].first < list[j].first
		}
		return list[i].name < list[j].name
	})
}

// reAddressInName is a word of an address (a building, a street) inside
// what reads as a body's name.
var reAddressInName = mustRx(`\b(?:Hall|House|Offices|Buildings|Chambers|Street|Road|Lane|Avenue|Square|Place|Way)\b`)

// shortCells reports whether each cell of a letterhead's line is short:
// the cells a wide gap, a bilingual name's " / " or a letterhead's "·"
// divides ("Awdurdod Parc Cenedlaethol Bannau Gwyn / Bannau Gwyn National
// Park Authority", "University of Castlebridge · Senate House · ...").
func shortCells(ln string) bool {
	for _, c := range strings.FieldsFunc(strings.ReplaceAll(ln, " / ", " | "), func(r rune) bool { return r == '|' || r == '·' || r == '•' }) {
		if len(strings.Fields(c)) > 10 {
			return false
		}
	}
	return true
}

// nameInitials returns the initials of a name of three words or more
// ("OPHR" for "Office for Ports and Harbours Regulation"; "of", "for",
// "and", "the" and "in" are left out), or "" for a shorter name.
func nameInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch w {
		case "of", "for", "and", "the", "in", "&":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	if b.Len() < 3 {
		return ""
	}
	return b.String()
}

// withoutInitials returns a name without the initials a logo prints
// before it: "Office for Ports and Harbours Regulation" for "OPHR Office
// for Ports and Harbours Regulation".
func withoutInitials(name string) string {
	if first, rest, ok := strings.Cut(name, " "); ok && first == nameInitials(rest) {
		return rest
	}
	return name
}

// countWord counts the occurrences of w in s that are whole words.
func countWord(s, w string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return n
		}
		at := i + j
		end := at + len(w)
		if (at == 0 || !isWordByte(s[at-1])) && (end == len(s) || !isWordByte(s[end])) {
			n++
		}
		i = end
	}
}

// headsLine reports whether the name at m opens a letterhead's line
// that goes on with no sentence: the English name before the Welsh one,
// "Canol Cymru Fire and Rescue Service Gwasanaeth Tân ac Achub Canol",
// too many words for a short line, is still the letterhead.
func headsLine(ln string, m []int) bool {
	if strings.TrimSpace(ln[:m[0]]) != "" {
		return false
	}
	rest := strings.TrimSpace(ln[m[1]:])
	if rest == "" || strings.ContainsAny(rest, ".,;:()") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && len(strings.Fields(rest)) <= 10
}

// maxAuthCandidates bounds the names weighed for one letter: a real letter
// names a handful of bodies, and the bound keeps the counting linear.
const maxAuthCandidates = 40

// authCandidate accumulates the evidence for one name.
type authCandidate struct {
	name  string
	score int
	// whole counts the times the name is written whole on a line: a
	// name read from a letterhead broken over lines ("Ashcombe General
	// Hospital" over "NHS Foundation Trust") may be no name at all.
	whole int
	first int // offset of the first mention, for ties
}

// authority returns the public authority answering the letter, or "".
func (l letter) authority() string {
	cands := map[string]*authCandidate{}
	add := func(name string, at, points int) {
		c := cands[name]
		if c == nil && len(cands) >= maxAuthCandidates {
			return
		}
		if c == nil {
			c = &authCandidate{name: name, first: at}
			cands[name] = c
		}
		c.score += points
		c.first = min(c.first, at)
	}
	n := len(l.lines)
	headEnd, footStart := min(n, 15), max(0, n-25)
	for i, ln := range l.lines {
		// A name never runs from one cell of a letterhead into the next.
		ln = markCells(titleCaseCaps(ln))
		matches := authMatches(ln)
		if matches == nil {
			continue
		}
		// Letterheads and signatures are short lines; a name in a
		// sentence there is as likely to be a supplier or a regulator.
		placed := (i < headEnd || i >= footStart) && shortCells(ln)
		for _, m := range matches {
			placed := placed || i < headEnd && headsLine(ln, m)
			if strings.HasSuffix(lastBytes(ln[:m[0]], 12), "Information ") {
				continue // the Information Commissioner's Office
			}
			name, ok := cleanAuthority(ln[m[0]:m[1]])
			if !ok {
				continue
			}
			if strings.TrimSpace(ln) == "The "+name {
				// A body whose name begins with "The", as its own
				// letterhead or signature writes it.
				name = "The " + name
			}
			at := l.start[i] + m[0]
			if authParentCueRE.MatchString(lastBytes(ln[:m[0]], 60)) {
				// "Managing homes on behalf of Brackenfield Borough
				// Council", "wholly owned by ...": the body that owns or
				// engages the one writing, not the one writing.
				continue
			}
			if cuedBefore(ln[:m[0]]) || authCueAfterRE.MatchString(firstBytes(ln[m[1]:], 60)) {
				add(name, at, 3)
			}
			if placed {
				add(name, at, 2)
			}
		}
	}
	for i := 0; i+1 < headEnd; i++ {
		if name, ok := l.splitName(i, headEnd); ok {
			add(name, l.start[i], 3)
		}
	}
	if len(cands) == 0 {
		return ""
	}
	// Every later mention of a candidate adds weight, capped so that a
	// body discussed at length in the answers does not outweigh the
	// letterhead.
	list := make([]*authCandidate, 0, len(cands))
	lowerText := asciiLower(l.text)
	selfRefs := map[string]int{}
	for _, c := range cands {
		// Case is ignored: letterheads are often in capitals.
		c.whole = strings.Count(lowerText, asciiLower(c.name))
		c.score += min(5, c.whole)
		// A letter calls its own body by its kind: "the Trust does not
		// hold", "the Council has decided". A body named with that kind
		// gains; a supplier or a department's office named once does not.
		if kind := bodyKind(c.name); len(kind) > 2 && kind != "limited" {
			n, ok := selfRefs[kind]
			if !ok {
				n = selfRefCount(l.text, capitalise(kind))
				selfRefs[kind] = n
			}
			c.score += min(4, n)
		}
		base := withoutInitials(c.name)
		if acr := nameInitials(base); acr != "" && (strings.Contains(l.text, acr+" "+base) || strings.Contains(l.text, base+" ("+acr+")")) {
			// "OPHR Office for Ports and Harbours Regulation" on the
			// letterhead, and "OPHR holds the information ..." below:
			// the body calls itself by its initials.
			c.score += min(4, countWord(l.text, acr))
		}
		if reAddressInName.MatchString(c.name) {
			// "County Hall County Council": a building of the address
			// beside the letterhead's kind, read as one name.
			c.score -= 2
		}
		list = append(list, c)
	}
	// A shorter name inside a longer one ("Cumbria Police" in "Cumbria
	// Police Authority") lends its weight to the more specific one only
	// when the longer one is itself a candidate: to the one with the most
	// weight of its own (the first in rank), when two are ("County
	// Council" in "North Wexley County Council" and in an address's
	// "County Hall County Council"), whatever order the candidates were
	// gathered in.
	rankCandidates(list)
	for i := len(list) - 1; i >= 0; i-- {
		short := list[i]
		if short.score <= 0 {
			continue
		}
		for _, long := range list {
			if long != short && (strings.Contains(long.name, short.name) || shortForm(short.name, long.name)) {
				long.score += short.score
				short.score = 0
				break
			}
		}
	}
	rankCandidates(list)
	for _, c := range list {
		if c.score < 3 {
			break
		}
		if !genericName(c.name) {
			return withoutInitials(c.name)
		}
	}
	return ""
}

// splitName returns the body's name a letterhead breaks over line i and
// the line under it: "Kelvinbrae" over "Housing Association Ltd ·
// Scottish Charity ...", "Department for" over "Digital Public
// Services", "North Coast Ambulance Service" over "NHS Trust", or, in the
// left cell of a two-column letterhead, "Kettlewold" over "District
// Council" with the address's lines beside and between them. Only the
// lines' first cells are read: a name never runs from one cell into the
// next.
func (l letter) splitName(i, headEnd int) (string, bool) {
	raw := strings.TrimSpace(firstCell(unglueNHS(l.lines[i])))
	if raw == "" || raw[0] < 'A' || raw[0] > 'Z' {
		return "", false
	}
	j := i + 1
	columns := strings.Contains(l.lines[i], "\t") || strings.Contains(l.lines[i], "   ")
	for columns && j < headEnd && j <= i+3 && strings.TrimSpace(l.lines[j]) != "" && hasDigit(firstCell(l.lines[j])) {
		// A line of the address beside the name, its left cell empty
		// (and trimmed away): "Kettlewold KW9 2DL".
		j++
	}
	if j >= headEnd {
		return "", false
	}
	if strings.TrimSpace(l.lines[j]) == "" && (strings.HasSuffix(raw, " for") || strings.HasSuffix(raw, " of")) {
		for j+1 < headEnd && strings.TrimSpace(l.lines[j]) == "" {
			j++ // "Department for", a blank line, "Digital Public Services"
		}
	}
	first := titleCaseCaps(raw)
	next := titleCaseCaps(strings.TrimSpace(firstCell(unglueNHS(l.lines[j]))))
	if !splitNameStart(raw, first, next) {
		return "", false
	}
	if strings.HasSuffix(first, " NHS") && strings.HasPrefix(next, "NHS ") {
		// "Harrowdene Hospitals NHS" (the logo) over "NHS Foundation
		// Trust".
		first = strings.TrimSuffix(first, " NHS")
	}
	joined := first + " " + next
	m := authAnchoredRE.FindStringIndex(joined)
	if m == nil || m[1] <= len(first)+1 {
		return "", false
	}
	ff, nf := strings.Fields(first), strings.Fields(next)
	name, ok := cleanAuthority(joined[m[0]:m[1]])
	if !ok || len(nf) == 0 || !strings.Contains(name, ff[len(ff)-1]+" "+nf[0]) || !(strings.HasPrefix(name, ff[0]+" ") || len(ff) > 1 && strings.HasPrefix(name, ff[1]+" ")) {
		// The name must run from the first line into the next, and hold
		// the first line whole (bar a logo's "NHS").
		return "", false
	}
	if ff[0] == "The" && m[0] == 0 {
		name = "The " + name // as the letterhead writes it
	}
	return name, true
}

// genericName reports whether a name is only a kind of body ("District
// Council", "NHS Trust", "Metropolitan Borough Council"), the body's own
// name left on another line. Such a name lends its mentions to a longer
// one that holds it, but never names the body answering.
func genericName(name string) bool {
	return !slices.ContainsFunc(strings.Fields(name), func(w string) bool { return !tierWords[w] && !kindWords[w] && !isConnective(w) })
}

// firstCell is a line's text before its first wide gap (a tab or three
// spaces), where a letterhead sets its columns apart.
func firstCell(ln string) string {
	for g := range wideGaps(ln) {
		return ln[:g[0]]
	}
	return ln
}

// reGluedNHS is the NHS logo's letters run into the name beside them
// ("NHSNorth Coast Ambulance Service"), as a web page's logo and heading
// come out side by side.
var reGluedNHS = mustRx(`\bNHS(\p{Lu}\p{Ll})`)

func unglueNHS(ln string) string {
	if !strings.Contains(ln, "NHS") {
		return ln
	}
	return reGluedNHS.ReplaceAllString(ln, "NHS $1")
}

// splitNameStart reports whether a letterhead line's first cell (first,
// title-cased from raw) and the first cell of the line under it (next)
// may be one body's name set on two lines: a lone
// capitalised word over the rest ("Kelvinbrae" over "Housing Association
// Ltd"; an acronym over the name it stands for, "VPRA" over "Veterinary
// Practice Regulation Authority", is no part of it), a name broken after
// "for" or "of", or a name over its kind alone ("NHS Trust", "District
// Council").
func splitNameStart(raw, first, next string) bool {
	f := strings.Fields(first)
	switch {
	case len(f) == 0:
		return false
	case len(f) == 1:
		w := strings.TrimSpace(raw)
		return len(w) >= 4 && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) && strings.ToUpper(w) != w
	case len(f) > 8:
		return false
	case f[len(f)-1] == "for" || f[len(f)-1] == "of":
		return true
	}
	nf := strings.Fields(next)
	if len(nf) == 0 || len(nf) > 5 {
		return false
	}
	if !slices.ContainsFunc(nf, func(w string) bool { return !tierWords[w] && !kindWords[w] }) {
		return true // "North Coast Ambulance Service" over "NHS Trust"
	}
	// "Lochanbrae and Kinnaird" over "Valuation Joint Board": a run of
	// capitalised words that is no body's name alone, nor a department's
	// ("Corporate Services" over "Wexcombe Council" is the department
	// above its body).
	if (isAuthStopWord(f[0]) && f[0] != "The") || unitWords[f[len(f)-1]] || authAnchoredRE.MatchString(first) {
		return false
	}
	for _, w := range f {
		if !isConnective(w) && (w[0] < 'A' || w[0] > 'Z') {
			return false
		}
		if !isConnective(w) && slices.Contains(nf, w) {
			// The name twice, in two languages or two forms: "Cyngor
			// Sir Glanmorfa" over "Glanmorfa County Council", "Brackley
			// Vale MBC" over its name in full.
			return false
		}
	}
	return true
}

// unitWords end the name of a part of a body or of its building, which a
// letterhead may set over the body's own name.
var unitWords = map[string]bool{
	"Services": true, "Service": true, "Team": true, "Unit": true, "Office": true, "Offices": true,
	"Directorate": true, "Governance": true, "Department": true, "Division": true, "Section": true,
	"Resources": true, "Centre": true, "Center": true, "House": true, "Hall": true, "Chambers": true,
	"Building": true, "Headquarters": true, "Group": true, "Hub": true, "Court": true, "Road": true,
	"Street": true, "Lane": true, "Way": true, "Square": true, "Place": true, "Campus": true,
}

// kindWords are the words a body's kind is named by, beside tierWords.
var kindWords = map[string]bool{
	"Council": true, "Trust": true, "Board": true, "Health": true, "Integrated": true, "Care": true,
	"Service": true, "Authority": true, "Police": true, "Constabulary": true, "Ambulance": true,
	"Partnership": true, "Agency": true, "Commission": true, "Ltd": true, "Limited": true, "Homes": true,
}

// letterheadName returns the name a letter's first line gives, for use
// where no name of a recognised kind of body was found, nor a web page's
// publisher ("Libraries Ulster",
// "Probation Service – Severn and Marches Region"): a short line of
// capitalised words, no figures or addresses, that the letter names
// again. "" when there is none.
func letterheadName(lines []string) string {
	return newLetter(lines).letterheadName()
}

func (l letter) letterheadName() string {
	for i, ln := range l.lines {
		if i >= 3 {
			break
		}
		s := strings.TrimSpace(ln)
		if s == "" {
			continue
		}
		// The name is the line's first cell ("POLICE CALEDONIA" beside
		// "Information Management"), before a dash that goes on to say
		// what the page is ("Police Caledonia – Freedom of Information
		// disclosure log"), and in capitals it is the name in capitals.
		s = firstCell(s)
		if k := strings.Index(s, " – "); k > 0 {
			s = s[:k]
		}
		s = strings.TrimSpace(s)
		if s == strings.ToUpper(s) {
			s = titleCaseCaps(s)
		}
		f := strings.Fields(s)
		if len(f) < 2 || len(f) > 8 || hasDigit(s) || strings.ContainsAny(s, ":@/|·") || s[0] < 'A' || s[0] > 'Z' || reLetterheadNot.MatchString(s) {
			return ""
		}
		for _, w := range f {
			if c := w[0]; !(c >= 'A' && c <= 'Z') && !letterheadJoiners[w] {
				return ""
			}
		}
		if strings.Count(asciiLower(l.text), asciiLower(s)) < 2 {
			return ""
		}
		return s
	}
	return ""
}

// policeThings are the words after "Police" that name a thing of the
// police ("Headquarters", "Officers"), not a service named by its place
// ("Scotland").
var policeThings = map[string]bool{"headquarters": true, "hq": true, "station": true, "stations": true, "officer": true,
	"officers": true, "staff": true, "federation": true, "force": true, "forces": true, "constable": true, "constables": true,
	"service": true, "services": true, "custody": true, "vehicle": true, "vehicles": true, "dog": true, "dogs": true,
	"powers": true, "act": true, "authority": true, "authorities": true, "and": true, "national": true, "information": true,
	"house": true, "office": true, "offices": true, "complaints": true, "conduct": true, "pension": true, "pensions": true,
	"reform": true, "scotland's": true, "now": true, "cadets": true, "volunteers": true, "community": true, "support": true,
	"inspector": true, "inspectors": true, "sergeant": true, "sergeants": true, "misconduct": true, "training": true,
	"college": true, "scotland’s": true, "use": true, "data": true, "records": true, "national’s": true}

// letterheadJoiners are the small words a body's name may hold.
var letterheadJoiners = map[string]bool{"and": true, "of": true, "for": true, "the": true, "–": true, "-": true, "&": true, "in": true, "on": true}

// reLetterheadNot is a first line that names no body: a heading, a
// marking or a greeting.
var reLetterheadNot = mustRx(`(?i)^(?:official|draft|private|confidential|freedom\s+of\s+information|dear|re\b|response|internal\s+review|our\s+ref|your\s+ref)`)

// selfRefCount counts "the Trust" in text, as a word ("the Trust does",
// "the Trust's answer"), not the start of a longer one ("the Trustees").
func selfRefCount(text, kind string) int {
	n := 0
	for _, the := range [...]string{"the ", "The "} {
		w := the + kind
		for i := 0; ; {
			k := strings.Index(text[i:], w)
			if k < 0 {
				break
			}
			end := i + k + len(w)
			if end == len(text) || !unicode.IsLetter(rune(text[end])) {
				n++
			}
			i = end
		}
	}
	return n
}

// shortForm reports whether short is long with words left out of its
// middle, as a letter shortens its own name in running text: "Oldbridge
// Council" for "Oldbridge Metropolitan Borough Council".
func shortForm(short, long string) bool {
	s, l := strings.Fields(short), strings.Fields(long)
	if len(s) < 2 || len(s) >= len(l) || s[0] != l[0] || s[len(s)-1] != l[len(l)-1] {
		return false
	}
	k := 0
	for _, w := range l {
		switch {
		case k < len(s) && w == s[k]:
			k++
		case !tierWords[w]:
			// Only a body's tier or kind is left out: "Harbour Office"
			// is not "Harbour Master's Office".
			return false
		}
	}
	return k == len(s)
}

// tierWords are the words a body leaves out of its name in running text.
var tierWords = map[string]bool{
	"Metropolitan": true, "Borough": true, "District": true, "County": true, "City": true, "Royal": true,
	"Unitary": true, "Regional": true, "Combined": true, "NHS": true, "Foundation": true, "Teaching": true,
	"University": true, "Fire": true, "and": true, "&": true, "Rescue": true,
}

// bodyKind is the word a body's name gives its kind by, lower case:
// the last ("Cumbria Constabulary": constabulary), or the first of a name
// built with "of" or "for" ("University of Wexcombe": university).
func bodyKind(name string) string {
	f := strings.Fields(name)
	if len(f) >= 3 && (f[1] == "of" || f[1] == "for") {
		return strings.ToLower(f[0])
	}
	return lastWord(name)
}

// titleCaseCaps rewrites a line written in capitals ("FERNHILL BOROUGH
// COUNCIL") in title case, with small words in lower case, so that the
// name patterns read it. Other lines are returned unchanged.
func titleCaseCaps(ln string) string {
	if !hasCapitalsRun(ln) {
		return ln
	}
	if strings.Contains(ln, "\t") || strings.Contains(ln, "   ") {
		// A letterhead laid out in cells: "UNIVERSITY OF EASTCOMBE
		// <spaces> Freedom of Information Response". Each cell is read on
		// its own, the gaps between kept.
		return titleCaseBetween(ln, wideGaps(ln))
	}
	if strings.Contains(ln, " · ") || strings.Contains(ln, " | ") {
		// "CALDERBROOK UNIVERSITY · Governance and Legal Services": the
		// items of a running header, each read on its own.
		return titleCaseBetween(ln, func(yield func([2]int) bool) {
			for _, g := range reItemSeparator.FindAllStringIndex(ln, -1) {
				if !yield([2]int{g[0], g[1]}) {
					return
				}
			}
		})
	}
	return titleCaseCell(ln)
}

// titleCaseBetween title-cases each piece of ln between the separators
// gaps gives, keeping the separators.
func titleCaseBetween(ln string, gaps iter.Seq[[2]int]) string {
	var b strings.Builder
	last := 0
	for g := range gaps {
		b.WriteString(titleCaseCell(ln[last:g[0]]))
		b.WriteString(ln[g[0]:g[1]])
		last = g[1]
	}
	b.WriteString(titleCaseCell(ln[last:]))
	return b.String()
}

// reItemSeparator separates the items of a header or footer line.
var reItemSeparator = mustRx(` [·|] `)

// hasCapitalsRun reports whether ln has two capitals in a row, which a
// word in capitals has: most lines have none.
func hasCapitalsRun(ln string) bool {
	for i := 0; i+1 < len(ln); i++ {
		if 'A' <= ln[i] && ln[i] <= 'Z' && 'A' <= ln[i+1] && ln[i+1] <= 'Z' {
			return true
		}
	}
	return false
}

// wideGaps yields, left to right, the gaps between cells of a line: a tab
// with the spaces and tabs around it, or three spaces or more. (It is the
// expression `[ ]*\t[\t ]*| {3,}` read by hand, as most lines of a letter
// are read for it.)
func wideGaps(ln string) iter.Seq[[2]int] {
	return func(yield func([2]int) bool) {
		for i := 0; i < len(ln); {
			if ln[i] != ' ' && ln[i] != '\t' {
				i++
				continue
			}
			j := i
			for j < len(ln) && ln[j] == ' ' {
				j++
			}
			switch {
			case j < len(ln) && ln[j] == '\t':
				for j < len(ln) && (ln[j] == ' ' || ln[j] == '\t') {
					j++
				}
			case j-i < 3:
				// Too few spaces, and no tab after them: no gap begins
				// anywhere in the run.
				i = j
				continue
			}
			if !yield([2]int{i, j}) {
				return
			}
			i = j
		}
	}
}

// markCells puts " | " between the cells of a line, so that a name is
// never read across a letterhead's cells.
func markCells(ln string) string {
	if !strings.Contains(ln, "\t") && !strings.Contains(ln, "   ") {
		return ln
	}
	var b strings.Builder
	last := 0
	for g := range wideGaps(ln) {
		b.WriteString(ln[last:g[0]])
		b.WriteString(" | ")
		last = g[1]
	}
	b.WriteString(ln[last:])
	return b.String()
}

// titleCaseCell is titleCaseCaps for one cell of a line.
func titleCaseCell(ln string) string {
	letters := 0
	for _, r := range ln {
		switch {
		case r >= 'a' && r <= 'z':
			return ln
		case r >= 'A' && r <= 'Z':
			letters++
		}
	}
	if letters < 4 {
		return ln
	}
	words := strings.Fields(ln)
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 && isConnective(lw) {
			words[i] = lw
			continue
		}
		if lw == "nhs" || lw == "hm" || len(w) <= 1 {
			continue
		}
		words[i] = w[:1] + strings.ToLower(w[1:])
	}
	return strings.Join(words, " ")
}

// cleanAuthority trims leading stock words from a matched name and rejects
// names that cannot be the answering body.
// postTitles are posts named before their body: "Headteacher of ...".
var postTitles = map[string]bool{"headteacher": true, "principal": true, "director": true, "head": true, "clerk": true, "chair": true, "chairman": true, "chairperson": true, "governors": true, "secretary": true}

// answeringOffice are the words after "Information" that name the office
// answering requests, not a body: "Information Compliance Office",
// "Information Governance Team", "Information Rights Unit".
var answeringOffice = map[string]bool{"Compliance": true, "Governance": true, "Rights": true, "Management": true, "Access": true, "Team": true, "Unit": true, "Office": true}

func cleanAuthority(s string) (string, bool) {
	if strings.Contains(strings.ToLower(s), "information commissioner") {
		return "", false
	}
	words := strings.Fields(s)
	// "Has the Council", "Act the Police": a capitalised word before "the"
	// is the end of something else; the name starts after "the".
	for i := len(words) - 1; i > 0; i-- {
		if words[i] == "the" && !isConnective(words[i-1]) {
			words = words[i+1:]
			break
		}
	}
	for len(words) > 0 && (isAuthStopWord(words[0]) || isConnective(words[0])) {
		words = words[1:]
	}
	// "Headteacher of Portmarsh Academy": a post in a body, not the body.
	if len(words) > 2 && words[1] == "of" && postTitles[strings.ToLower(words[0])] {
		words = words[2:]
	}
	// "University of Castlebridge Information Compliance Office": the
	// office that answers, named after its body, is not part of the name.
	for i := 2; i+1 < len(words); i++ {
		if words[i] == "Information" && answeringOffice[words[i+1]] || words[i] == "Freedom" && words[i+1] == "of" || words[i] == "Data" && words[i+1] == "Protection" {
			words = words[:i]
			break
		}
	}
	// A logo's words before the name that repeats them: "Calderbrook Fire
	// Calderbrook Metropolitan Fire and Rescue Authority" (the logo
	// "CALDERBROOK FIRE" in capitals).
	for k := 1; k <= 3 && k+2 < len(words); k++ {
		if strings.EqualFold(words[k], words[0]) {
			words = words[k:]
			break
		}
	}
	// An NHS logo before the name: "NHS Bramhall Hospitals NHS Trust".
	if len(words) > 2 && words[0] == "NHS" && slices.Contains(words[1:], "NHS") {
		words = words[1:]
	}
	for len(words) > 0 && isConnective(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if len(words) < 2 && !(len(words) == 1 && words[0] == "NHS") {
		return "", false
	}
	if len(words) == 2 && words[0] == "Police" && policeThings[strings.ToLower(strings.Trim(words[1], ".,;:'’"))] {
		// "Police Scotland", "Police Caledonia": a service named by its
		// country; "Police Headquarters", "Police Officers" name none.
		return "", false
	}
	name := strings.Join(words, " ")
	if strings.HasPrefix(name, "Commissioner's Office") || strings.HasPrefix(name, "Commissioner’s Office") {
		// The Information Commissioner's Office with "Information" left
		// at the end of the line before.
		return "", false
	}
	if strings.Contains(strings.ToLower(name), "information commissioner") {
		// The regulator is named in every letter but never answers one.
		return "", false
	}
	for _, w := range words {
		switch strings.ToLower(strings.TrimRight(w, "'’s")) {
		case "ico", "tribunal", "court", "chief":
			// Nor do tribunals, courts or the National Police Chiefs'
			// Council.
			return "", false
		}
	}
	return name, true
}

// isAuthStopWord reports whether w, leading a capitalised run, is not part
// of a body's name ("The", "Dear", "Information Governance").
func isAuthStopWord(w string) bool {
	if len(w) > 2 && w == strings.ToUpper(w) && strings.ToLower(w) != w {
		// A label in capitals before a name: "RESPONSE No. Cambria
		// Police has not been affected".
		w = w[:1] + strings.ToLower(w[1:])
	}
	switch w {
	case "The", "Our", "Your", "This", "That", "Dear", "I", "We", "Yours", "Please",
		"Kind", "Regards", "If", "In", "On", "At", "For", "From", "By", "To", "As",
		"Within", "Both", "Each", "Every", "All", "Information", "Freedom", "Data",
		"Governance", "Disclosure", "Team", "Unit", "Rights", "Compliance", "Records",
		"Complaint", "Whilst", "While", "However", "Thank", "Thanks", "Sincerely",
		"Faithfully", "Re", "RE", "Subject", "Request", "Response", "Internal", "Review",
		"Head", "Chief", "Officer", "Manager", "Public", "Local", "Any", "Some", "No",
		"Other", "A", "An", "Cc", "Copy", "Has", "Have", "Does", "Did", "Do", "Is", "Are",
		"Was", "Were", "Can", "Could", "Will", "Would", "Should", "What", "How", "Which",
		"When", "Where", "Why", "Who", "Whether", "Whom", "Whose", "Provide", "Provision", "Act", "FOIA", "FOISA",
		"EIR", "EIRs", "Under", "Section", "Regulation", "Question", "Answer", "Q", "A1",
		"Requests", "Note", "Since", "Following", "After", "Before", "Empty":
		return true
	}
	return false
}

func isConnective(w string) bool {
	switch w {
	case "of", "and", "for", "the", "upon", "on", "in", "&":
		return true
	}
	return false
}

// receiptWords are the words that every receipt or request cue contains.
var receiptWords = []string{"receiv", "receipt", "reciev", "logged", "request", "email", "e-mail", "letter", "application", "correspondence", "enquiry", "message"}

// datesNearCues returns the dates of text that a receipt or request cue
// could precede: those within reach after one of receiptWords. Finding
// every date of a long letter is the costly part of reading it, and the
// received date always follows its cue closely.
func datesNearCues(text string) []dateSpan {
	var spans []dateSpan
	for next := nearCueDates(text); ; {
		ds, ok := next()
		if !ok {
			return spans
		}
		spans = append(spans, ds...)
	}
}

// nearCueDates returns the dates of datesNearCues a stretch of text at a
// time, in order: each call gives the next stretch's (maybe none), and
// false once there are no more. A caller that needs only the first dates
// reads no further.
func nearCueDates(text string) func() ([]dateSpan, bool) {
	// Lower-case ASCII only, byte for byte, so that offsets in lower are
	// offsets in text (strings.ToLower may change lengths).
	lower := asciiLower(text)
	// Windows from a cue to where a date after it could still end: the
	// cue's sentence (sentenceBefore looks back 140 bytes) and the date.
	// A receipt date that follows a request date has a cue of its own.
	const reach = 140 + dateReach
	var wins [][2]int
	for _, w := range receiptWords {
		for i := 0; ; {
			k := strings.Index(lower[i:], w)
			if k < 0 {
				break
			}
			lo := i + k
			wins = append(wins, [2]int{lo, min(len(text), lo+reach)})
			i = lo + len(w)
		}
	}
	sort.Slice(wins, func(a, b int) bool { return wins[a][0] < wins[b][0] })
	// Merge overlapping windows.
	merged := wins[:0]
	for _, w := range wins {
		if n := len(merged); n > 0 && w[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], w[1])
			continue
		}
		merged = append(merged, w)
	}
	return func() ([]dateSpan, bool) {
		if len(merged) == 0 {
			return nil, false
		}
		w := merged[0]
		merged = merged[1:]
		// Widen to whole lines so that no date is cut at the edge.
		lo := strings.LastIndexByte(text[:w[0]], '\n') + 1
		hi := w[1]
		if k := strings.IndexByte(text[hi:], '\n'); k >= 0 {
			hi += k
		} else {
			hi = len(text)
		}
		ds := findDates(text[lo:hi])
		for i := range ds {
			ds[i].Start += lo
			ds[i].End += lo
		}
		return ds, true
	}
}

// authWords are the words one of which every match of authRE contains,
// followed by a character that is not a letter, digit or underscore (or
// by the end of the line): the word that opens or closes a body's name.
var authWords = []string{"Police", "Constabulary", "Council", "Councils", "Trust", "Board", "Service", "University",
	"Agency", "Authority", "Office", "Commission", "Executive", "Ombudsman", "Regulator", "Inspectorate", "Registry", "Association", "Borough", "Survey",
	"Archives", "Parliament", "Assembly", "College", "School", "Academy", "Museum", "Library", "Water", "Department",
	"Ministry", "Transport", "NHS", "HM", "Majesty", "Homes", "Committee", "Commissioners", "Conservancy", "Partnership"}

// authByLast lists authWords by their last byte, for authMatches.
var authByLast = func() (t [256][]string) {
	for _, w := range authWords {
		t[w[len(w)-1]] = append(t[w[len(w)-1]], w)
	}
	return t
}()

// authMatches returns what authRE.FindAllStringIndex(ln, -1) returns, at a
// fraction of the cost: most lines of a letter name no body, and the
// expression is costly, the more so the longer the text it searches.
//
// A match is made of letters, the spaces \s matches, apostrophes, hyphens
// and ampersands, so none spans another character: the line is
// cut at those into pieces, and only the pieces where one of authWords
// ends a run of word characters, as one does in every match, are read.
// The cuts are not word characters, so \b reads the same at a piece's
// ends as in the whole line. Every match begins a run of word characters
// with a capital and holds one of authWords: the expression is tried,
// anchored, only at such runs before the piece's last of those words,
// in order, as the unanchored search would find them.
func authMatches(ln string) [][]int {
	var out [][]int
	var starts []int // capitalised runs of the piece, by offset
	authEnd := -1    // where the piece's last authWord ends
	piece := 0
	flush := func(end int) {
		next := piece
		for _, p := range starts {
			if p >= authEnd {
				break
			}
			if p < next {
				continue
			}
			if m := authAnchoredRE.FindStringIndex(ln[p:end]); m != nil {
				out = append(out, []int{p, p + m[1]})
				next = p + m[1]
			}
		}
		starts, authEnd = starts[:0], -1
	}
	for i := 0; i < len(ln); {
		c := ln[i]
		switch {
		case isWordByte(c):
			j := i + 1
			for j < len(ln) && isWordByte(ln[j]) {
				j++
			}
			if 'A' <= c && c <= 'Z' {
				starts = append(starts, i)
			}
			run := ln[i:j]
			for _, w := range authByLast[run[len(run)-1]] {
				if strings.HasSuffix(run, w) {
					authEnd = j
					break
				}
			}
			i = j
		case isRegexpSpace(c) || c == '\'' || c == '-' || c == '&':
			i++
		case strings.HasPrefix(ln[i:], "’"):
			i += len("’")
		case c >= utf8.RuneSelf && nonASCIILetter(ln[i:]):
			// A letter of a Welsh or Gaelic name ("Gŵyr") is part of
			// it, though no word character to \b.
			_, size := utf8.DecodeRuneInString(ln[i:])
			i += size
		default:
			if authEnd >= 0 {
				flush(i)
			} else {
				starts = starts[:0]
			}
			i++
			piece = i
		}
	}
	if authEnd >= 0 {
		flush(len(ln))
	}
	return out
}

// nonASCIILetter reports whether s begins with a letter beyond ASCII.
func nonASCIILetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r != utf8.RuneError && unicode.IsLetter(r)
}

// isRegexpSpace reports whether c is a space to the regexp package's \s.
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// isWordByte reports whether c is a word character to the regexp
// package's \b: an ASCII letter, digit or underscore.
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// asciiLower lower-cases the ASCII letters of s and leaves every other
// byte as it is, so that the result has the same length.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// isYear reports whether w is a year of this century or the last
// ("2025").
func isYear(w string) bool {
	return len(w) == 4 && allDigits(w) && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
}
