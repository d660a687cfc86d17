package compare

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/foicheck/foicheck/corpus"
)

// MaterialChange reports whether two released answers differ in substance
// rather than wording: a different figure, date, or name (a supplier, a
// product), or a yes turned into a no. Rewording, reordering and a
// difference of case or punctuation are not material. An empty answer on
// either side is not compared (nothing was recorded to compare with).
func MaterialChange(before, after string) bool {
	return materialChange(before, after, true)
}

// materialChange is MaterialChange, comparing figures only when figures
// is true.
func materialChange(before, after string, figures bool) bool {
	a, b := facts(before), facts(after)
	if a.empty() || b.empty() || onlyAttached(before) || onlyAttached(after) {
		// "Please see the attached spreadsheet (FOI-2025-0519
		// workforce.xlsx), which gives the figures as at 31 March
		// 2025": the answer is in the attachment, and the letter states
		// nothing to compare.
		return false
	}
	if onlyPeriodMoved(before, after) {
		// "Standards Met (2023/24 submission)" and "Standards Met
		// (2024/25 submission)": the same answer for a later year.
		return false
	}
	if len(b.numbers) == 0 && len(b.names) == 0 && reUnchanged.MatchString(after) {
		// "Not applicable – see the floor area given in our response
		// FOI2025/0031, which is unchanged": the answer stands as given.
		return false
	}
	if a.polarity != 0 && b.polarity != 0 && a.polarity != b.polarity {
		return true
	}
	// Figures: compared as sets, so "1,250 cameras" equals "1250". Only a
	// figure of each side missing on the other counts: an answer that adds
	// a sentence with a year is not a new figure unless the old ones are
	// gone, and one that gives the total without the breakdown ("Three"
	// for "3 (two aerial ladder platforms and one turntable ladder)")
	// changes nothing it gave.
	// "0 – the Trust does not provide NHS 111" and "Not applicable – the
	// Trust does not run NHS 111" give one answer: nothing.
	a.numbers, b.numbers = withoutNilZero(a.numbers, after), withoutNilZero(b.numbers, before)
	if figures && differentStamps(before, after) {
		// "264 (1 September 2023)" and "251, as at 1 April 2025", "£42,050
		// in 2022/23" and "£43,900 (2024/25)": each answer dates its
		// figure, and the dates differ, so the figures are of two
		// periods, not one figure changed.
		figures = false
	}
	if figures && len(a.numbers) > 0 && len(b.numbers) > 0 && !sameSet(a.numbers, b.numbers) {
		if !subset(a.numbers, b.numbers) && !subset(b.numbers, a.numbers) && !explainedYears(a.numbers, b.numbers) {
			return true
		}
	}
	if changedSince(before, after, a, figures) {
		return true
	}
	if renamed(before, after) {
		return true
	}
	if len(a.names) > 0 && len(b.names) > 0 && 2*max(shared(a.names, wordSet(after)), shared(b.names, wordSet(before))) < min(len(a.names), len(b.names)) {
		// Another name: fewer than half the words of the shorter
		// answer's names are in the other's. "Allstar Business
		// Solutions" is not "Radius Payment Solutions"; "EDF" is "EDF
		// Energy".
		return true
	}
	return false
}

// reAttachment points to where an answer is given instead of giving it:
// an attached or enclosed document, a spreadsheet, an annex.
var reAttachment = regexp.MustCompile(`(?i)\b(?:attached|enclosed|attachment|spreadsheet|annex|appendix)\b`)

// onlyAttached reports whether an answer says only that the information
// is in an attachment: every sentence that is not about the attachment
// states no fact.
func onlyAttached(s string) bool {
	if !reAttachment.MatchString(s) {
		return false
	}
	var rest []string
	for _, sent := range strings.SplitAfter(s, ". ") {
		if !reAttachment.MatchString(sent) {
			rest = append(rest, sent)
		}
	}
	return facts(strings.Join(rest, " ")).empty()
}

// onlyPeriodMoved reports whether two answers say the same words, their
// financial or academic years aside, the later answer's years later, and
// have no other figure: the answer given again for a later period. A
// year alone ("approved in 2019", "in 2021") may be the fact asked for,
// and is compared as a figure.
func onlyPeriodMoved(before, after string) bool {
	from, to := rePeriod.FindString(before), rePeriod.FindString(after)
	if from == "" || to == "" || from >= to {
		return false
	}
	x, y := rePeriod.ReplaceAllString(before, " "), rePeriod.ReplaceAllString(after, " ")
	if strings.ContainsAny(x+y, "0123456789") {
		return false
	}
	words := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }), " ")
	}
	w := words(x)
	return w != "" && w == words(y)
}

// rePeriod is a financial or academic year: "2023/24", "2023-2024".
var rePeriod = regexp.MustCompile(`\b(?:19|20)\d\d\s*[/-]\s*(?:(?:19|20)?\d\d)\b`)

// wordSet is the set of s's words, lower case, without the punctuation
// around them: a capitalised word of one answer ("Winter 2021/22: £2.54m")
// that the other has in lower case ("Spend in winter 2021/22") names
// nothing new.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		if t := strings.ToLower(possessive(bare(w))); t != "" {
			m[t] = true
		}
	}
	return m
}

// bare returns a word without the punctuation around it.
func bare(w string) string { return strings.Trim(w, ".,;:!?()[]\"'“”‘’") }

// possessive returns a word without its possessive ending: "ESPO's" is
// "ESPO".
func possessive(w string) string {
	for _, end := range []string{"'s", "’s"} {
		if len(w) > len(end)+1 && strings.HasSuffix(w, end) {
			return w[:len(w)-len(end)]
		}
	}
	for _, end := range []string{"s'", "s’"} {
		// "the suppliers' names": the plural keeps its "s".
		if len(w) > len(end)+1 && strings.HasSuffix(w, end) {
			return w[:len(w)-len(end)+1]
		}
	}
	return w
}

// differentStamps reports whether each answer dates what it gives (a day,
// or a financial or academic year written "2024/25") and no date of the
// one is a date of the other.
func differentStamps(before, after string) bool {
	a, figureA := stamps(before)
	b, figureB := stamps(after)
	if len(a) == 0 || len(b) == 0 || !figureA || !figureB {
		return false
	}
	for k := range a {
		if b[k] {
			return false
		}
	}
	return true
}

// stamps returns the days (as YYYY-MM-DD) and the two-year periods
// ("2024/25") an answer names, and whether it gives a figure besides
// them: "31 March 2026" is the answer itself, "264 (1 September 2023)"
// dates the figure 264.
func stamps(s string) (days map[string]bool, figure bool) {
	iso := corpus.ISODates(s)
	days = map[string]bool{}
	for _, m := range reStamp.FindAllString(iso, -1) {
		days[strings.Replace(m, "-", "/", 1)] = true
	}
	return days, strings.ContainsAny(reStamp.ReplaceAllString(iso, " "), "0123456789")
}

// reStamp is a day written YYYY-MM-DD or a period "2024/25", "2024-25".
var reStamp = regexp.MustCompile(`\b(?:19|20)\d\d-\d\d-\d\d\b|\b(?:19|20)\d\d[/-]\d\d\b`)

// reNilAnswer says there is nothing to give: "Not applicable", "None",
// "Nil", "N/A".
var reNilAnswer = regexp.MustCompile(`(?i)^\W*(?:not\s+applicable|n/?a|none|nil)\b`)

// withoutNilZero returns numbers without a 0 when the other answer says
// there is nothing to give, which is the same answer.
func withoutNilZero(numbers map[string]bool, other string) map[string]bool {
	if !numbers["0"] || !reNilAnswer.MatchString(other) {
		return numbers
	}
	out := make(map[string]bool, len(numbers))
	for n := range numbers {
		if n != "0" {
			out[n] = true
		}
	}
	return out
}

// changedSince reports whether after keeps the earlier answer only to say
// what it has become: "Kestrel Living Ltd (formerly Kestrel Property
// Services Ltd)" gives a new name before the marker, "31 December 2024,
// extended to 31 December 2026" a new date after it. a is before's facts.
func changedSince(before, after string, a answerFacts, figures bool) bool {
	if reChangeMarker.MatchString(before) {
		return false
	}
	m := reChangeMarker.FindStringSubmatchIndex(after)
	if m == nil {
		return false
	}
	now := after[m[1]:] // "extended to 31 December 2026"
	if m[2] >= 0 {
		now = after[:m[0]] // "Kestrel Living Ltd (formerly"
	}
	f := facts(now)
	return shared(f.names, a.names) < len(f.names) || figures && shared(f.numbers, a.numbers) < len(f.numbers)
}

// referenceLike reports whether a word with digits is a reference or a
// name rather than a figure: it opens with two letters or more
// ("FOI2025/0031", "IC-12345", "NO2"). A figure may carry one ("c.2,000").
func referenceLike(t string) bool {
	letters := 0
	for _, r := range t {
		if !unicode.IsLetter(r) {
			break
		}
		letters++
	}
	return letters >= 2 && strings.ContainsAny(t, "0123456789")
}

// referenceWords are the words before the number of a letter, a case or
// a provision ("section 40(2) would apply" names no figure).
var referenceWords = setOf("foi eir foisa ref reference request ic fs case section sections s regulation regulations reg regs")

// reUnchanged says in an answer that what was given before still holds.
var reUnchanged = regexp.MustCompile(`(?i)\bunchanged\b|\bno\s+change\b|\b(?:has|have)\s+not\s+changed\b|\b(?:remains?|is|are)\s+the\s+same\b|\bas\s+(?:previously|before)\s+(?:provided|given|released|disclosed|stated)\b`)

// reChangeMarker says in an answer that what it gives has replaced what
// was given before; its group is set for the markers that follow the new
// value ("formerly"), unset for those that come before it ("extended
// to").
var reChangeMarker = regexp.MustCompile(`(?i)\b(?:(formerly|previously\s+known\s+as|previously\s+called|changed\s+(?:its|their)\s+name\s+from|renamed\s+from|(?:which|that|who)\s+(?:acquired|took\s+over|bought|absorbed))|renamed(?:\s+as)?|changed\s+its\s+name\s+to|now\s+(?:called|known\s+as|trading\s+as)|extended\s+(?:to|until)|replaced\s+by|taken\s+over\s+by|acquired\s+by|novated\s+to)\b`)

// explainedYears reports whether the figures of before that after lacks
// are all years, told beside a figure that after keeps: "4 (the Leeds
// office closed in 2024)" and "4" give one figure, the year only dates
// the explanation. A year that was the answer itself ("Bristol 2026,
// Manchester 2027" against "Bristol 2026") is kept by nothing else.
func explainedYears(before, after map[string]bool) bool {
	if !subset(after, before) {
		return false
	}
	kept := false
	for n := range after {
		if !yearFigure(n) {
			kept = true
		}
	}
	if !kept {
		return false
	}
	for n := range before {
		if !after[n] && !yearFigure(n) {
			return false
		}
	}
	return true
}

// yearFigure reports whether a figure is a year: "2024", or "2024/25".
func yearFigure(n string) bool {
	if len(n) == 7 && n[4] == '/' {
		n = n[:4]
	}
	return isYear(n)
}

type answerFacts struct {
	numbers  map[string]bool
	names    map[string]bool
	polarity int // 1 yes, -1 no, 0 neither
	words    int
}

func (f answerFacts) empty() bool { return f.words == 0 }

// facts pulls out of an answer what a reader would call its content: the
// figures (thousands separators and currency signs dropped), the names
// (capitalised words that are not ordinary letter vocabulary), and whether
// it opens with yes or no.
func facts(s string) answerFacts {
	f := answerFacts{numbers: map[string]bool{}, names: map[string]bool{}}
	// "31 March 2026" and "31/03/2026" are one date; "08:17:01" and "8h
	// 17m 1s" one duration.
	words := tokens(spelledNumbers(extensionEnds(durations(corpus.ISODates(reQuestionNumbers.ReplaceAllString(s, " "))))))
	f.words = len(words)
	if f.words > 0 {
		switch strings.ToLower(strings.Trim(words[0].text, ".,;:!")) {
		case "yes":
			f.polarity = 1
		case "no":
			f.polarity = -1
		}
	}
	for i, w := range words {
		// "ESPO's MSTAR3 framework" names ESPO, as "ESPO MSTAR3" does.
		t := possessive(bare(w.text))
		if t == "" {
			continue
		}
		if referenceLike(t) || i > 0 && referenceWords[strings.ToLower(bare(words[i-1].text))] {
			// "FOI 2025/0031": the number of a letter.
			continue
		}
		if m := reTimes.FindStringSubmatch(t); m != nil {
			// "(x2)", "×2": a count of two.
			t = m[1]
		}
		if n, ok := number(t); ok {
			// A figure is its value: "£62m", "£62 million" and
			// "£62,000,000" are one figure, as are "4.0" and "4".
			next := ""
			if i+1 < len(words) {
				next = strings.ToLower(bare(words[i+1].text))
			}
			f.numbers[figureValue(n, next)] = true
			continue
		}
		if n, ok := numberWords[strings.ToLower(t)]; ok {
			// "Four incidents" is "4 incidents".
			f.numbers[n] = true
			continue
		}
		r := []rune(t)
		low := strings.ToLower(t)
		if !unicode.IsUpper(r[0]) {
			// A word before a company's legal form is its name, however
			// it is written ("char.gy Ltd").
			if i+1 < len(words) && legalForms[strings.ToLower(bare(words[i+1].text))] &&
				!commonWords[low] {
				f.names[low] = true
			}
			continue
		}
		if commonWords[low] || months[low] {
			continue
		}
		// A capitalised word opening a sentence is a name only when it is
		// not an ordinary word there (checked by the list above) and is
		// not a word of one or two letters, unless it is all capitals
		// ("BT plc").
		if i == 0 || w.sentenceStart {
			if len(r) < 2 || (len(r) < 3 && strings.ToUpper(t) != t) {
				continue
			}
		}
		f.names[low] = true
	}
	return f
}

type token struct {
	text          string
	sentenceStart bool
}

func tokens(s string) []token {
	var out []token
	start := true
	for _, w := range strings.Fields(s) {
		out = append(out, token{text: w, sentenceStart: start})
		start = strings.HasSuffix(w, ".") || strings.HasSuffix(w, ":") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!")
	}
	return out
}

// number normalises a figure: "1,250" and "1250" are "1250", "£3.5m" is
// "3.5m", "31/03/2025" stays a whole token. It reports false for a token
// without digits.
func number(t string) (string, bool) {
	hasDigit := false
	var b strings.Builder
	for _, r := range t {
		switch {
		case unicode.IsDigit(r):
			hasDigit = true
			b.WriteRune(r)
		case r == ',' || r == '£' || r == '$' || r == '€' || r == '%':
			// "91%" is "91 per cent".
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	if !hasDigit {
		return "", false
	}
	return b.String(), true
}

// extensionEnds returns s (dates written YYYY-MM-DD, terms in months as
// durations writes them) with an extension counted from a date written as
// the day it ends: "expires 2030-03-31 with an option to extend for a
// further 36mo" says what "2030-03-31, with provision to extend to
// 2033-03-31" says, and the two must read alike.
func extensionEnds(s string) string {
	if !strings.Contains(s, "mo") {
		return s
	}
	return reExtension.ReplaceAllStringFunc(s, func(m string) string {
		g := reExtension.FindStringSubmatch(m)
		from, err := time.Parse("2006-01-02", g[1])
		n, err2 := strconv.Atoi(g[3])
		if err != nil || err2 != nil || n <= 0 || n > 240 {
			return m
		}
		return g[1] + g[2] + addMonths(from, n).Format("2006-01-02")
	})
}

// addMonths is t plus n calendar months, kept at the month's last day
// when t's day does not exist there (31 August plus six months is the end
// of February) and when t is itself a month's last day (30 September plus
// six months is 31 March): contract terms end on month ends.
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	last := func(y int, m time.Month) int { return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() }
	target := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	ty, tm, _ := target.Date()
	if d >= last(ty, tm) || d == last(y, m) {
		d = last(ty, tm)
	}
	return time.Date(ty, tm, d, 0, 0, 0, 0, time.UTC)
}

// durations returns s with every length of time in it written as its
// seconds ("08:17:01", "8h 17m 1s" and "8 hours 17 minutes 1 second" are
// each "29821sec"), so that one time given in two styles reads alike.
// "8:43" is read as minutes and seconds, as response times are given.
func durations(s string) string {
	if low := strings.ToLower(s); strings.Contains(low, "year") || strings.Contains(low, "month") {
		// "two years" and "24 months" are one term.
		s = reYearsMonths.ReplaceAllStringFunc(s, func(m string) string {
			g := reYearsMonths.FindStringSubmatch(m)
			lead := m[:strings.Index(m, g[1])] // the character before the number
			n, err := strconv.ParseFloat(g[1], 64)
			if err != nil {
				w, _ := strconv.Atoi(numberWords[strings.ToLower(g[1])])
				n = float64(w)
			}
			if strings.HasPrefix(strings.ToLower(g[2]), "year") {
				n *= 12
			}
			return lead + strconv.FormatFloat(math.Round(n*10)/10, 'f', -1, 64) + "mo"
		})
	}
	if !strings.ContainsAny(s, ":hmsHMS") {
		return s
	}
	return reDuration.ReplaceAllStringFunc(s, func(m string) string {
		g := reDuration.FindStringSubmatch(m)
		secs := 0
		for i, name := range reDuration.SubexpNames() {
			v, err := strconv.Atoi(g[i])
			if name == "" || err != nil {
				continue
			}
			switch name[0] {
			case 'h':
				secs += 3600 * v
			case 'm':
				secs += 60 * v
			case 's':
				secs += v
			}
		}
		return strconv.Itoa(secs) + "sec"
	})
}

var (
	// reExtension is a date followed, in the same sentence (a semicolon
	// or colon does not end it) and with no figure between, by an
	// extension for a term: "2030-03-31 with an option to extend for a
	// further 36mo".
	reExtension = regexp.MustCompile(`\b((?:19|20)\d\d-\d\d-\d\d)([^.\d]{0,80}?\b(?:extend|extension|extendable|extensible|renew|renewal)[a-z]*\b[^.\d]{0,40}?)\b(\d{1,3})mo\b`)
	// reYearsMonths is a term in years or months: "two years", "24
	// months".
	reYearsMonths = regexp.MustCompile(`(?i)(?:^|[^\d.,])\b(\d{1,3}(?:\.\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:further|more|additional|extra|full|whole|calendar)\s+)?(years?|months?)\b`)
	// reQuestionNumbers names questions by number ("The response to
	// questions 1, 3-5 and 7 is provided below"): numbers that count
	// nothing.
	reQuestionNumbers = regexp.MustCompile(`(?i)\b(?:questions?|points?|items?|requests?)\s*\d{1,2}[a-z]?(?:\s*(?:,|&|and|-|–|to)\s*\d{1,2}[a-z]?)*`)
)

// reDuration is a length of time: "08:17:01", "8:43", "8h 17m 1s", "7
// hours 30 minutes 8 seconds", "15m 24s", "45 seconds".
var reDuration = regexp.MustCompile(`(?i)\b(?:(?P<h1>\d{1,2}):(?P<m1>[0-5]\d):(?P<s1>[0-5]\d)|(?P<m2>\d{1,3}):(?P<s2>[0-5]\d)\b|(?P<h3>\d{1,3})\s*(?:h|hrs?|hours?)\b(?:\s*,?\s*(?:and\s+)?(?P<m3>\d{1,3})\s*(?:m|mins?|minutes?)\b)?(?:\s*,?\s*(?:and\s+)?(?P<s3>\d{1,3})\s*(?:s|secs?|seconds?)\b)?|(?P<m4>\d{1,3})\s*(?:mins?|minutes?)\b(?:\s*,?\s*(?:and\s+)?(?P<s4>\d{1,3})\s*(?:s|secs?|seconds?)\b)?|(?P<m5>\d{1,3})\s*m\s*,?\s*(?P<s5>\d{1,3})\s*(?:s|secs?|seconds?)\b|(?P<s6>\d{1,3})\s*(?:secs?|seconds?)\b)`)

// reTimes is a count written as a multiple: "x2", "×3".
var reTimes = regexp.MustCompile(`^[xX×](\d{1,3})$`)

// multipliers are the words and suffixes that scale a figure.
var multipliers = map[string]float64{"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6, "bn": 1e9, "billion": 1e9}

// figureValue is a figure as number gives it, read as a value where it is
// one: a plain or decimal number, scaled by a suffix ("62m", "1.2bn") or
// by the word after it ("62 million"). Any other figure (a date "31/03",
// a period "2023/24", "24/7") is kept as written.
func figureValue(n, next string) string {
	end := len(n)
	for end > 0 && (n[end-1] < '0' || n[end-1] > '9') {
		end--
	}
	v, err := strconv.ParseFloat(n[:end], 64)
	if err != nil || strings.ContainsAny(n[:end], "eE+-") {
		return n
	}
	if suffix := n[end:]; suffix != "" {
		m, ok := multipliers[suffix]
		if !ok {
			return n
		}
		v *= m
	} else if m, ok := multipliers[next]; ok && next != "m" && next != "k" {
		v *= m
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// spelledNumbers writes the numbers an answer spells out of more than one
// word as figures: "four hundred and sixty" is "460", "Thirty-three"
// "33", "one thousand two hundred" "1200". One word alone stays as it is
// (numberWords reads it).
func spelledNumbers(s string) string {
	if !reSpelledNumber.MatchString(s) {
		return s
	}
	return reSpelledNumber.ReplaceAllStringFunc(s, func(m string) string {
		total, cur := 0, 0
		// last is what the word before was: a unit (1 to 19) takes only
		// a scale after it, tens a unit below ten or a scale ("one
		// five-year extension" is no number).
		last := ""
		for _, w := range strings.FieldsFunc(strings.ToLower(m), func(r rune) bool { return r == ' ' || r == '-' || r == '\u2010' || r == '\u2011' }) {
			n, isValue := spelledValue[w]
			scale := w == "hundred" || w == "thousand" || w == "million"
			switch {
			case last == "unit" && !scale, last == "a" && !scale, last == "tens" && !scale && (!isValue || n >= 10):
				return m
			}
			switch {
			case w == "and":
				continue
			case w == "a":
				last = "a"
				continue
			case isValue && n >= 20:
				last = "tens"
			case isValue:
				last = "unit"
			default:
				last = "scale"
			}
			switch {
			case w == "hundred":
				cur = max(cur, 1) * 100
			case w == "thousand" || w == "million":
				scale := 1000
				if w == "million" {
					scale = 1000000
				}
				total += max(cur, 1) * scale
				cur = 0
			default:
				cur += n
			}
		}
		return strconv.Itoa(total + cur)
	})
}

// unitWords and tensWords are the words numbers are spelled with, but
// zero and the scales.
var (
	unitWords = strings.Fields("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
	tensWords = strings.Fields("twenty thirty forty fifty sixty seventy eighty ninety")
)

// spelledValue is the value of each word a spelled-out number is made of,
// but its scales.
var spelledValue = func() map[string]int {
	m := map[string]int{"zero": 0}
	for i, w := range unitWords {
		m[w] = i + 1
	}
	for i, w := range tensWords {
		m[w] = 20 + 10*i
	}
	return m
}()

// reSpelledNumber is a number spelled out in two words or more: tens and
// units joined by a hyphen ("fifty-two"), or with a scale ("four hundred
// and sixty", "a hundred", "two thousand").
var reSpelledNumber = func() *regexp.Regexp {
	units, tens := strings.Join(unitWords, "|"), strings.Join(tensWords, "|")
	return regexp.MustCompile(`(?i)\b(?:(?:a|` + units + `|` + tens + `)(?:[\s\-\x{2010}\x{2011}]+(?:and\s+)?(?:` + units + `|` + tens +
		`|hundred|thousand|million)\b)+|(?:` + tens + `)-(?:` + strings.Join(unitWords[:9], "|") + `))\b`)
}()

// numberWords are the numbers answers write as one word, zero to twenty.
var numberWords = func() map[string]string {
	m := map[string]string{}
	for w, n := range spelledValue {
		if n <= 20 {
			m[w] = strconv.Itoa(n)
		}
	}
	return m
}()

func shared(a, b map[string]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

func sameSet(a, b map[string]bool) bool { return len(a) == len(b) && subset(a, b) }

func subset(a, b map[string]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

var months = setOf("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday")

// commonWords are capitalised words that answers use without naming
// anything: sentence openers, the vocabulary of FOI letters, the names of
// kinds of public body, and the words of a company's name that say what
// kind of business it is rather than which ("Ringway Infrastructure
// Services" and "Milestone Infrastructure" are two companies).
var commonWords = setOf(`a an the this that these those there their they we our us it its he she i you your yes no not
in on at of for to from by with as and or but if when where which who what how all any each some none nil n/a na
please thank thanks dear regards yours sincerely kind
information act freedom section sections regulation regulations exemption exempt request requests response
question questions answer answers part parts contract contracts supplier suppliers service services system systems
police force constabulary council authority trust board nhs service department office unit team commissioner
uk england wales scotland northern ireland british national county city borough district
total number cost costs value date year years month months annual yearly approximately around about over under
currently however also further following below above attached see note please refer link website page
is are was were be been has have had will would can could may might shall should do does did
yes no none nil zero n.a not applicable held hold holds
ltd limited plc llp inc co group holdings
business solutions infrastructure technologies technology communications networks facilities management support
partners partnership enterprises international global digital`)

// legalForms are the abbreviated legal forms that follow a company's
// name and nothing else ("Limited" may be an ordinary word).
var legalForms = setOf("ltd plc llp inc")

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// renamed reports whether a name of before reappears in after as another
// name with the same first word: "Westgate Security Systems Ltd" become
// "Westgate Fire & Security Ltd", "Conexa Services plc" become "Conexa
// Group Ltd". Word by word most of such a name is still there, but it
// names another company or product, or the same one under a new name,
// which the officer should see. A name written shorter or longer ("EDF"
// and "EDF Energy", "Capita Business Services" and "Capita plc", "Vortex
// IoT Ltd" and "Vortex IoT Limited") is the same one.
func renamed(before, after string) bool {
	if reChangeMarker.MatchString(before) || reChangeMarker.MatchString(after) {
		// A former name told beside the current one: changedSince.
		return false
	}
	now := namePhrases(after)
	if len(now) == 0 {
		return false
	}
	for _, p := range namePhrases(before) {
		if len(p) < 2 {
			continue
		}
		same, other := false, false
		for _, q := range now {
			if q[0] != p[0] {
				continue
			}
			if prefixOf(p, q) || prefixOf(q, p) {
				same = true
				break
			}
			other = true
		}
		if other && !same {
			return true
		}
	}
	return false
}

// prefixOf reports whether the words of a begin the words of b.
func prefixOf(a, b []string) bool {
	return len(a) <= len(b) && slices.Equal(a, b[:len(a)])
}

// namePhrases returns the names in s as runs of capitalised words (lower
// case, "&", "and" and "of" kept inside a run, a company's legal form
// dropped from its end), each beginning with a word that names something
// rather than an ordinary word of a letter or a month.
func namePhrases(s string) [][]string {
	var out [][]string
	var cur []string
	flush := func() {
		for len(cur) > 0 && (legalForms[cur[len(cur)-1]] || nameLinks[cur[len(cur)-1]] || cur[len(cur)-1] == "limited") {
			cur = cur[:len(cur)-1]
		}
		if len(cur) > 0 {
			out = append(out, cur)
		}
		cur = nil
	}
	for _, w := range strings.Fields(s) {
		t := strings.Trim(w, ",;:!?()[]\"'“”‘’")
		low := strings.ToLower(strings.TrimRight(t, "."))
		r, _ := utf8.DecodeRuneInString(t)
		switch {
		case t == "":
			flush()
		case len(cur) > 0 && nameLinks[low]:
			cur = append(cur, low)
		case unicode.IsUpper(r) && (len(cur) > 0 || !commonWords[low] && !months[low] && numberWords[low] == ""):
			// "Two DJI Matrice 210": a count opening a sentence is no
			// part of the name after it.
			cur = append(cur, low)
		default:
			flush()
		}
		if t != w || strings.HasSuffix(t, ".") && !legalForms[low] {
			// Punctuation ends a name: "Leeds, Bradford".
			flush()
		}
	}
	flush()
	return out
}

// nameLinks are the lower-case words a name may hold between its
// capitalised ones.
var nameLinks = setOf("& and of")
