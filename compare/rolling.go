package compare

import (
	"regexp"
	"strings"
	"time"

	"github.com/foicheck/foicheck/corpus"
)

// relativePeriod finds a period counted back from the day a question is
// answered: "in the last financial year", "the most recent financial
// year", "over the past three years", "in the last twelve months", "to
// date". Asked again a year later, such a question asks about another
// period, and a new figure is the period's, not a change of line.
var relativePeriod = regexp.MustCompile(`\b(?:last|previous|past|preceding|most recent|current|this)\s+((?:(?:full|complete|whole|financial|fiscal|calendar|academic|reporting|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+){0,2})(years?|months?|weeks?|quarters?)\b|\b(?:to date|so far)\b`)

// namedYear finds a year a question names: "2023", "2022/23", "2022-23".
var namedYear = regexp.MustCompile(`\b(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\b`)

// periodKind is how a question's relative period moves on.
type periodKind int

const (
	noPeriod      periodKind = iota
	financialYear            // April to March
	calendarYear
	rollingPeriod // twelve months, three years, to date: moves with every day
)

// relativePeriodOf classifies the relative period q asks about.
func relativePeriodOf(q string) periodKind {
	m := relativePeriod.FindStringSubmatch(strings.ToLower(q))
	switch {
	case m == nil:
		return noPeriod
	case strings.Contains(m[1], "financial") || strings.Contains(m[1], "fiscal"):
		return financialYear
	case m[2] == "year" && !counted(m[1]):
		// "last year", "the previous calendar year": not "the past
		// three years" or "the last twelve months".
		return calendarYear
	}
	return rollingPeriod
}

// counted reports whether the words before a period's unit count it
// ("three", "12").
func counted(words string) bool {
	for _, w := range strings.Fields(words) {
		switch w {
		case "full", "complete", "whole", "calendar", "academic", "reporting":
		default:
			return true
		}
	}
	return false
}

// periodKey names the period of kind k that a letter dated d covers.
func periodKey(k periodKind, d corpus.Date) int {
	switch k {
	case financialYear:
		if d.Month < time.April {
			return d.Year - 1
		}
		return d.Year
	case calendarYear:
		return d.Year
	}
	return d.Year*12 + int(d.Month)
}

// differentPeriods reports whether two answers to a question about a
// period cover different periods: the questions name different years
// ("2022/23" and "2023/24"), or the question counts its period back from
// the day it is answered ("the last financial year") and the two letters
// are dated in different such periods. Where a date is unknown it cannot
// tell, and says no.
func differentPeriods(cur, prev Answer) bool {
	cy, py := namedYears(cur.Question), namedYears(prev.Question)
	if len(cy) > 0 && len(py) > 0 && !sameSet(cy, py) {
		return true
	}
	k := relativePeriodOf(cur.Question)
	if k == noPeriod {
		k = relativePeriodOf(prev.Question)
	}
	if k == noPeriod || cur.Date.IsZero() || prev.Date.IsZero() {
		return false
	}
	return periodKey(k, cur.Date) != periodKey(k, prev.Date)
}

func namedYears(q string) map[string]bool {
	out := map[string]bool{}
	for _, y := range namedYear.FindAllString(q, -1) {
		out[y] = true
	}
	return out
}
