package corpus

import (
	"sort"
	"strconv"
	"strings"
	"time"
)

// dateSpan is one calendar date found in text.
type dateSpan struct {
	Start, End int // byte offsets of the date as written, weekday included
	Date       Date
	// InRange is true when the date bounds a period ("from 1 April 2023
	// to 31 March 2024", "between ... and ...", "since 1 April 2020"):
	// such a date belongs to the request, never to the letter.
	InRange bool
}

const (
	monthPat   = `(january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)`
	weekdayPat = `(?:(?:monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun)\.?,?\s+(?:the\s+)?)?`
)

var (
	// 13th December 2024, 21st of November 2024, Tue 17 January 2023,
	// 07 Jun 2011, 13 Sept 2024, 07-Jun-2011.
	dmyRE = mustRx(`(?i)\b` + weekdayPat + `(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?(?:\s+|\s*-\s*)` + monthPat + `\.?,?(?:\s+|\s*-\s*)(\d{4})\b`)
	// December 20, 2024; Dec 20 2024; Tuesday, December 20th, 2024.
	mdyRE = mustRx(`(?i)\b` + weekdayPat + monthPat + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// 13/12/2024, 13.12.2024, 01-12-2016, 13/12/24 (day first).
	numRE = mustRx(`(?i)\b` + weekdayPat + `(\d{1,2})([/.\-])(\d{1,2})([/.\-])(\d{4}|\d{2})\b`)
	// 2024-12-13.
	isoRE = mustRx(`\b(\d{4})([\-/.])(\d{1,2})([\-/.])(\d{1,2})\b`)
)

// monthOf returns the month a name or abbreviation names, or 0.
func monthOf(s string) time.Month {
	s = strings.ToLower(s)
	if len(s) < 3 {
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), s[:3]) {
			return m
		}
	}
	return 0
}

// validDate returns the date when y-m-d exists and y is plausible for a
// letter (1950 to 2099).
func validDate(y int, m time.Month, d int) (Date, bool) {
	if y < 1950 || y > 2099 || m < time.January || m > time.December || d < 1 || d > 31 {
		return Date{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != m {
		return Date{}, false
	}
	return Date{y, m, d}, true
}

// findDates returns the dates written in s, in order of position and
// without overlaps. It recognises day-first forms ("13th December 2024",
// "21st of November 2024", "Tue 17 January 2023", "13/12/2024",
// "13.12.2024", "01-12-2016"), month-first forms with the month as a word
// ("December 20, 2024", "Dec 20 2024") and ISO dates ("2024-12-13"). It
// rejects impossible dates and does not take periods for dates ("2023-24",
// "2013/14", "April 2023 to March 2024", "FY 2022/23" contain none); the
// ends of a period written with full dates are marked InRange. A numeric
// date is always read day first, as UK letters write it.
func findDates(s string) []dateSpan {
	var spans []dateSpan
	for _, w := range digitWindows(s) {
		spans = appendDates(spans, s, w[0], w[1])
	}
	return settleDates(s, spans)
}

// ISODates returns s with every full date in it ("31 March 2026",
// "31/03/2026", "Tuesday 31st March 2026") written as YYYY-MM-DD, so that
// two texts giving one date in two styles read alike.
func ISODates(s string) string {
	spans := findDates(s)
	if len(spans) == 0 {
		return s
	}
	var b strings.Builder
	at := 0
	for _, d := range spans {
		b.WriteString(s[at:d.Start])
		b.WriteString(d.Date.String())
		at = d.End
	}
	b.WriteString(s[at:])
	return b.String()
}

// settleDates orders the dates found in s, drops those overlapping an
// earlier (or, at the same start, longer) one and marks periods.
func settleDates(s string, spans []dateSpan) []dateSpan {
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].Start != spans[j].Start {
			return spans[i].Start < spans[j].Start
		}
		return spans[i].End > spans[j].End
	})
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 && sp.Start < out[n-1].End {
			continue
		}
		out = append(out, sp)
	}
	markRanges(s, out)
	return out
}

// dateReach is more than the length of the longest date findDates reads
// ("Wednesday, the 21st of September, 2024" is 38 bytes).
const dateReach = 64

// digitWindows returns the stretches of s within dateReach bytes of a
// digit, merged where they overlap. Every date has a digit, so searching
// only these stretches finds every date, and skips prose quickly. A window
// edge is never within a date: a date crossing it would hold a digit
// closer than dateReach to the edge.
func digitWindows(s string) [][2]int {
	var ws [][2]int
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		lo, hi := max(0, i-dateReach), min(len(s), i+1+dateReach)
		if n := len(ws); n > 0 && lo <= ws[n-1][1] {
			ws[n-1][1] = hi
		} else {
			ws = append(ws, [2]int{lo, hi})
		}
	}
	return ws
}

// appendDates appends the dates in s[lo:hi], with offsets in s.
func appendDates(spans []dateSpan, s string, lo, hi int) []dateSpan {
	seg := s[lo:hi]
	add := func(start, end int, dt Date) {
		spans = append(spans, dateSpan{Start: lo + start, End: lo + end, Date: dt})
	}
	s = seg
	// Most windows hold a reference or a section number, not a date: the
	// expressions run only where what every match of theirs needs is there.
	if mayHoldWordDate(s) {
		for _, m := range dmyRE.FindAllStringSubmatchIndex(s, -1) {
			d, _ := strconv.Atoi(s[m[2]:m[3]])
			y, _ := strconv.Atoi(s[m[6]:m[7]])
			if dt, ok := validDate(y, monthOf(s[m[4]:m[5]]), d); ok {
				add(m[0], m[1], dt)
			}
		}
		for _, m := range mdyRE.FindAllStringSubmatchIndex(s, -1) {
			d, _ := strconv.Atoi(s[m[4]:m[5]])
			y, _ := strconv.Atoi(s[m[6]:m[7]])
			if dt, ok := validDate(y, monthOf(s[m[2]:m[3]]), d); ok {
				add(m[0], m[1], dt)
			}
		}
	}
	if !mayHoldNumericDate(s) {
		return spans
	}
	for _, m := range numRE.FindAllStringSubmatchIndex(s, -1) {
		if dt, ok := numericDate(s, m); ok {
			add(m[0], m[1], dt)
		}
	}
	for _, m := range isoRE.FindAllStringSubmatchIndex(s, -1) {
		if s[m[4]:m[5]] != s[m[8]:m[9]] || embedded(s, m[0], m[1]) {
			continue
		}
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[6]:m[7]])
		d, _ := strconv.Atoi(s[m[10]:m[11]])
		if dt, ok := validDate(y, time.Month(mo), d); ok {
			add(m[0], m[1], dt)
		}
	}
	return spans
}

// monthKeys are pieces of the month names, one in each (the three
// spellings of September share "ep": an "s" in a case-insensitive
// expression also matches the long s, "ſ").
var monthKeys = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "ep", "oct", "nov", "dec"}

// mayHoldWordDate reports whether s has what every match of dmyRE and
// mdyRE has: a run of exactly four digits (the year, after a space or a
// hyphen and before a non-word character) and a month name.
func mayHoldWordDate(s string) bool {
	year := false
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i == 4 {
			year = true
			break
		}
		i = j
	}
	if !year {
		return false
	}
	for _, k := range monthKeys {
		if containsFoldASCII(s, k) {
			return true
		}
	}
	return false
}

// mayHoldNumericDate reports whether s has what every match of numRE and
// isoRE has: a digit, a separator ("/", "." or "-") and a digit.
func mayHoldNumericDate(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if isDigit(s[i]) && (s[i+1] == '/' || s[i+1] == '.' || s[i+1] == '-') && isDigit(s[i+2]) {
			return true
		}
	}
	return false
}

// numericDate reads a day-first numeric date matched by numRE.
func numericDate(s string, m []int) (Date, bool) {
	sep1, sep2 := s[m[4]:m[5]], s[m[8]:m[9]]
	year := s[m[10]:m[11]]
	if sep1 != sep2 || embedded(s, m[0], m[1]) {
		return Date{}, false
	}
	// Two-digit years with dots or hyphens only where day and month are
	// written with two digits each ("17.09.25"): "1.2.10" is a paragraph
	// number.
	if len(year) == 2 && sep1 != "/" && (m[3]-m[2] != 2 || m[7]-m[6] != 2) {
		return Date{}, false
	}
	d, _ := strconv.Atoi(s[m[2]:m[3]])
	mo, _ := strconv.Atoi(s[m[6]:m[7]])
	y, _ := strconv.Atoi(year)
	if len(year) == 2 {
		y += 2000
	}
	return validDate(y, time.Month(mo), d)
}

// embedded reports whether the numeric date at s[i:j] is part of a longer
// run of numbers ("1.2.3.2024", "01/02/2024/25", "ref 12-01-2024-7").
func embedded(s string, i, j int) bool {
	if i >= 2 && strings.ContainsRune("/.-", rune(s[i-1])) && isDigit(s[i-2]) {
		return true
	}
	if j+1 < len(s) && strings.ContainsRune("/.-", rune(s[j])) && isDigit(s[j+1]) {
		return true
	}
	return false
}

// markRanges sets InRange on dates that bound a period: a date after
// "from", "since", "between", "until"; two dates joined by "to", "until" or
// a dash; the second date of "between ... and ...".
func markRanges(s string, spans []dateSpan) {
	for i := range spans {
		lo := max(0, spans[i].Start-12)
		before := strings.Fields(strings.ToLower(s[lo:spans[i].Start]))
		if len(before) == 0 {
			continue
		}
		switch before[len(before)-1] {
		case "from", "since", "between", "until", "till":
			spans[i].InRange = true
		}
	}
	for i := 0; i+1 < len(spans); i++ {
		switch strings.ToLower(strings.TrimSpace(s[spans[i].End:spans[i+1].Start])) {
		case "to", "-", "–", "—", "until", "till", "through":
			spans[i].InRange, spans[i+1].InRange = true, true
		case "and":
			if spans[i].InRange {
				spans[i+1].InRange = true
			}
		}
	}
}

// parseLetterDate parses s when it is a date and nothing else (surrounding
// white space and trailing punctuation aside), in any form findDates
// recognises. It returns false otherwise, and for impossible dates.
func parseLetterDate(s string) (Date, bool) {
	t := strings.TrimRight(strings.TrimSpace(s), ".,;:")
	spans := findDates(t)
	if len(spans) != 1 || spans[0].Start != 0 || spans[0].End != len(t) {
		return Date{}, false
	}
	return spans[0].Date, true
}
