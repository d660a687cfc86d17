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
// date", and forward from it: "for the next financial year", "in the
// coming year". Asked again a year later, such a question asks about
// another period, and a new figure is the period's, not a change of line.
var relativePeriod = regexp.MustCompile(`\b(?:last|previous|past|preceding|most recent|current|this|next|coming|forthcoming|upcoming)\s+((?:(?:full|complete|whole|financial|fiscal|calendar|academic|reporting|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+){0,3})(years?|months?|weeks?|quarters?)\b|\b(?:to date|so far)\b`)

// earlierPeriod finds a period counted back from another the request has
// just named: "the financial year before that", "the year before last".
var earlierPeriod = regexp.MustCompile(`\b((?:financial|fiscal|calendar|academic)\s+)?(years?|months?|quarters?|weeks?)\s+(?:before|prior to)\s+(?:that|last|this)\b`)

// backReference finds a question that asks about what the question
// before it asked: "how many of these assaults", "of those, how many",
// "what was the median wait at that date".
var backReference = regexp.MustCompile(`\b(?:these|those|of them|of which|such|(?:at|on|by|in|for)\s+(?:that|the\s+same)\s+(?:date|day|year|period|time|point))\b`)

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
	q = strings.ToLower(q)
	if !countsBack(q) {
		return noPeriod
	}
	m := relativePeriod.FindStringSubmatch(q)
	if m == nil {
		m = earlierPeriod.FindStringSubmatch(q)
	}
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

// periodWords are the words without one of which no period is counted
// back (relativePeriod, earlierPeriod): a cheap test before theirs.
var periodWords = []string{"last", "previous", "past", "preceding", "recent", "current", "this", "next", "coming", "to date", "so far", "before", "prior"}

// countsBack reports whether the lower-case q may count a period back.
func countsBack(q string) bool {
	for _, w := range periodWords {
		if strings.Contains(q, w) {
			return true
		}
	}
	return false
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

// periodOffset is how far back from the answer the period a question asks
// about lies: 1 for the last period ("in the last financial year"), 2 for
// the one before it ("in the financial year before that"), -1 for the
// one after the answer's ("for the next financial year"), 0 when the
// question counts no period back. Two questions about periods at different
// offsets ask about different periods, and so are different questions.
func periodOffset(q string) int {
	q = strings.ToLower(q)
	switch {
	case !countsBack(q):
		return 0
	case earlierPeriod.MatchString(q):
		return 2
	}
	if m := relativePeriod.FindString(q); m != "" {
		if forward(m) {
			return -1
		}
		return 1
	}
	return 0
}

// forward reports whether a period relativePeriod found lies after the
// answer's day ("next financial year", "the coming year").
func forward(m string) bool {
	for _, w := range []string{"next", "coming", "forthcoming", "upcoming"} {
		if strings.HasPrefix(m, w) {
			return true
		}
	}
	return false
}

// periodQuestion is the text that tells the period the i-th of a letter's
// questions asks about: its own, and where it refers back to what the
// questions before it asked ("how many of these assaults led to a
// prosecution") and names no period of its own, also that of the nearest
// question before it in its part that names one.
func periodQuestion(qs []corpus.Question, i int) string {
	q := qs[i]
	if namesPeriod(q.Text) {
		return q.Text
	}
	low := strings.ToLower(q.Text)
	counts := pastCount.MatchString(low) && !presentState.MatchString(low)
	if backReference.MatchString(low) || counts {
		for k := i - 1; k >= 0 && qs[k].Part == q.Part; k-- {
			if namesPeriod(qs[k].Text) {
				return q.Text + " (" + qs[k].Text + ")"
			}
		}
	}
	if counts {
		// "How many of the claims were paid?" above "... in 2024/25?":
		// the request's period, named once, is every count's.
		for k := i + 1; k < len(qs) && qs[k].Part == q.Part; k++ {
			if namesPeriod(qs[k].Text) {
				return q.Text + " (" + qs[k].Text + ")"
			}
		}
	}
	return q.Text
}

// namesPeriod reports whether a question names the period it asks about:
// a year, or a period counted back from its answer.
func namesPeriod(q string) bool {
	return relativePeriodOf(q) != noPeriod || len(namedYears(q)) > 0
}

// presentState finds a question about what is now ("how many officers
// are employed", "how many drones does the force have"), which a later
// letter may answer differently without any period between them.
var presentState = regexp.MustCompile(`\b(?:are|is|does|do|have|has|currently|now)\b`)

// pastCount finds a question that counts what happened ("how many claims
// were received", "number of potholes repaired", "the total paid"): asked
// in a request about a period, it counts within that period, unlike one
// about what is ("how many drones does the force own").
var pastCount = regexp.MustCompile(`^(?:how\s+many\b[^?]*\b(?:were|was|did|had|[a-z]+ed|paid|spent|made|lost|taken|given|won)\b|(?:the\s+)?(?:number|total|amount|value|sum|average|mean)\s+(?:of\s+)?[a-z\s-]*?\b(?:[a-z]+ed|paid|spent|made|held|lost|taken|given|won)\b|(?:the\s+)?(?:total|amount)\s+(?:paid|spent)\b|how\s+much\b[^?]*\b(?:was|were|did)\b)`)

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
	if len(py) == 0 && !prev.Date.IsZero() && allAfter(cy, prev.Date) && !forward(relativePeriod.FindString(strings.ToLower(prev.Question))) {
		// "At the start of the 2023-24 winter" against "at the start of
		// last winter", asked in January 2023: the earlier letter could
		// not give a figure for a period that had not begun, unless it
		// asked ahead ("the budget for next financial year").
		return true
	}
	// One names its year, the other counts it back from its answer's
	// date: "in 2023/24" and "in the last financial year" asked on 17
	// June 2024 ask about one year.
	if len(cy) == 1 && len(py) == 0 && !prev.Date.IsZero() {
		if same, ok := sameYear(cy, prev.Question, prev.Date); ok {
			return !same
		}
	}
	if len(py) == 1 && len(cy) == 0 && !cur.Date.IsZero() {
		if same, ok := sameYear(py, cur.Question, cur.Date); ok {
			return !same
		}
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

// sameYear reports whether the one year in named is the year that q,
// answered on d, counts back ("the last financial year": the one before
// the financial year d is in); ok is false when q counts back no
// financial or calendar year, or named is not a year of that kind
// ("2023/24" is a financial year, "2023" a calendar one).
func sameYear(named map[string]bool, q string, d corpus.Date) (same, ok bool) {
	k := relativePeriodOf(q)
	if k != financialYear && k != calendarYear {
		return false, false
	}
	var n string
	for y := range named {
		n = y
	}
	if (k == financialYear) != (len(n) > 4) {
		return false, false
	}
	start := 0
	for _, r := range n[:4] {
		start = start*10 + int(r-'0')
	}
	back := 1
	lq := strings.ToLower(q)
	if earlierPeriod.MatchString(lq) {
		back = 2
	} else if m := relativePeriod.FindString(lq); strings.HasPrefix(m, "current") || strings.HasPrefix(m, "this") {
		back = 0
	} else if forward(m) {
		back = -1
	}
	return periodKey(k, d)-back == start, true
}

// allAfter reports whether every year named begins after day d ("2023-24"
// begins in 2023, in April at the earliest); false when none is named.
func allAfter(named map[string]bool, d corpus.Date) bool {
	if len(named) == 0 {
		return false
	}
	for n := range named {
		start := 0
		for _, r := range n[:4] {
			start = start*10 + int(r-'0')
		}
		// A year written over two ("2023-24": a financial, academic or
		// winter year) begins in April at the earliest.
		if start < d.Year || start == d.Year && (len(n) == 4 || d.Month >= time.April) {
			return false
		}
	}
	return true
}

func namedYears(q string) map[string]bool {
	out := map[string]bool{}
	for _, y := range namedYear.FindAllString(q, -1) {
		out[y] = true
	}
	return out
}
