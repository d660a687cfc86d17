package compare

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/foicheck/foicheck/corpus"
)

// DefaultMinScore is the similarity from which an earlier question is
// taken to ask the same thing. It was calibrated on the labelled
// evaluation set (see TestEvaluation): the lowest threshold at which match
// precision stays at its goal.
const DefaultMinScore = 0.40

// Context weighs the part's heading in a question's similarity: enough to
// tell apart the same sentence asked in two parts about different things,
// not so much that a reworded heading breaks a match.
const contextWeight = 0.2

// neighbourSlack is how far below the threshold a question may score and
// still match when the question next to it matched the question next to
// its counterpart.
const neighbourSlack = 0.15

// clearMargin is how much more the pairs of a letter must gain in all
// for two questions that are each other's best counterpart to be paired
// against the letter's order: a little better is the same sentence in
// another part (whose heading differs), which the order rightly passed
// over.
const clearMargin = 0.1

// loneMargin is how far above the threshold a letter's only counterpart
// of a draft's questions must score to count, where the letter and the
// draft ask several questions each.
const loneMargin = 0.1

// swapScore is the similarity from which a pair left out by the
// order-respecting alignment (two questions that swapped places) is still
// matched.
const swapScore = 0.85

// subjectPenalty scales the similarity of two questions whose subjects
// (their terms that are not generic) are disjoint: what they share is
// only the asking.
const subjectPenalty = 0.4

// oneSubjectFactor scales the similarity of a question that names a
// subject and one that names none (in its words or its part's heading),
// which takes it from its letter.
const oneSubjectFactor = 0.75

// periodPenalty scales the similarity of two questions about periods
// counted back different distances from the answer.
const periodPenalty = 0.4

type questionVector struct {
	text, context Vector
	intent        Intent
	// offset: how far back the period asked about lies (periodOffset).
	offset int
	// named: the one year the question names (the first of "2023/24"),
	// 0 when it names none or several; asked: the year of its letter, 0
	// when unknown.
	named, asked int
	// part is the question's part of its letter.
	part int
	// topic: the letter's title (empty when it has none).
	topic Vector
	// about: the question asks about complaints, appeals or claims
	// (countsAbout), in its words or, asking "how many of those", in
	// the question before it.
	about bool
	// occasions: the question counts occasions ("how many times were
	// drones sent", "the number of deployments"); stock: it counts what
	// the body has ("how many drones does the Service own", "the size of
	// the fleet"). Neither when it shows neither.
	occasions, stock bool
	// stat: the statistic the question asks for ("mean", "percentile",
	// "median", "max", "min"), "" when it names none.
	stat string
	// each: the question asks for an amount or a count for each of
	// several things ("how much was paid to each"); total: for one total
	// ("the total expenditure on agency nurses").
	each, total bool
	// planned: the question asks about something planned or proposed
	// ("the value of the planned CCTV upgrade").
	planned bool
	// series: the question asks a figure for each of several periods
	// ("spend by year for the last three financial years").
	series bool
	// halves: the two questions a question joins with "and" when they
	// ask for different kinds of answer ("Who supplied the vehicles and
	// when does that contract expire?"); nil otherwise.
	halves []questionVector
	// part: the words of all the questions of the question's part, with
	// its heading (empty for a letter without parts): what the part is
	// about, where its heading alone may be reworded ("Part 1 - Control
	// room" one year, "Part 1 - Mobilising system" the next).
	partWords Vector
	// textCtx: the question's words with its part's heading, for a
	// comparison with a question asked in no part (empty when it has no
	// heading).
	textCtx Vector
}

// joinedAsks splits a question that joins two asks for different kinds
// of answer with "and" ("Who supplied the vehicles and when does that
// contract expire?", "Names of the agencies used and the amounts paid to
// each"), at the first "and" where both sides show an intent and they
// differ, or where the second asks about a share of what the first
// counted ("and how many of these were at hospitals?").
func joinedAsks(q string) (first, second string, ok bool) {
	for from, n := 0, 0; n < 3; n++ {
		k := strings.Index(q[from:], " and ")
		if k < 0 {
			return "", "", false
		}
		k += from
		from = k + 1
		a, b := strings.TrimRight(q[:k], " ,;"), q[k+len(" and "):]
		ia := IntentOf(a)
		if ia == IntentOther {
			continue
		}
		if ib := IntentOf(b); ib != IntentOther && ia != ib {
			return a, b, true
		}
		if ofThese.MatchString(b) {
			// "How many false alarms did you attend, and how many of
			// these were at hospitals?": the second counts a share
			// of what the first counted, another ask of its own.
			return a, b, true
		}
	}
	return "", "", false
}

// ofThese opens an ask about a share of what the ask before it counted.
var ofThese = regexp.MustCompile(`^(?i)(?:how many|what number|what proportion|what percentage) of (?:these|those|them|which)\b`)

// Similarity is how alike two questions are, in 0..1, by their words
// weighted by w, and by their parts' headings where both have one.
func Similarity(w *Weigher, a, b corpus.Question) float64 {
	return similarity(vectorOf(w, a), vectorOf(w, b))
}

func vectorOf(w *Weigher, q corpus.Question) questionVector {
	q.Text = englishOf(q.Text)
	asked := withoutExclusions(withoutSpan(q.Text))
	v := questionVector{text: w.Vector(asked), context: w.Vector(q.Context), part: q.Part,
		offset: periodOffset(q.Text), named: oneNamedYear(q.Text), planned: rePlanned.MatchString(q.Text)}
	v.setAsking(q.Text)
	if q.Context != "" {
		v.textCtx = w.Vector(asked + "\n" + q.Context)
	}
	half := func(text, own string) questionVector {
		h := questionVector{text: w.Vector(text), context: v.context, part: q.Part, offset: v.offset, named: v.named, about: v.about, planned: v.planned}
		h.setAsking(own)
		return h
	}
	v.about = countsAbout(&v)
	if first, second, ok := joinedAsks(q.Text); ok {
		// The second asks about the first's subject ("that
		// contract"): its words are weighed with the first's.
		v.halves = []questionVector{half(first, first), half(second+"\n"+first, second)}
	} else if m := lettered(q.Text); m != nil {
		// "What is the average wait (a) for children's services and (b)
		// for adult services?": the asking with each of its things.
		v.halves = []questionVector{half(m[1]+" "+m[2], m[1]+" "+m[2]), half(m[1]+" "+m[3], m[1]+" "+m[3])}
	} else if m := forEachOf(q.Text); m != nil {
		// "the contractors used for responsive repairs and for void
		// works": the asking for each of the things.
		v.halves = []questionVector{half(m[1]+m[2], m[1]+m[2]), half(m[1]+m[3], m[1]+m[3])}
	}
	return v
}

// setAsking sets what a question's words ask for: the kind of answer,
// something for each of several things or a total, and a statistic.
func (v *questionVector) setAsking(text string) {
	v.intent = IntentOf(text)
	v.occasions, v.stock = countKind(text)
	v.each, v.total = perItem(text)
	v.series = bySeries(text)
	v.stat = statOf(text)
}

// statOf returns the statistic a question asks for, by the first of its
// words that names one: a percentile, a median, a mean, a longest or a
// shortest; "" when none.
func statOf(q string) string {
	l := strings.ToLower(q)
	switch {
	case strings.Contains(l, "percentile"):
		return "percentile"
	case strings.Contains(l, "median"):
		return "median"
	case strings.Contains(l, "longest") || strings.Contains(l, "maximum") || strings.Contains(l, "highest"):
		return "max"
	case (strings.Contains(l, "the most") || strings.Contains(l, "top ") || strings.Contains(l, "capped") || strings.Contains(l, "cap on")) &&
		(strings.Contains(l, "rate") || strings.Contains(l, "per hour") || strings.Contains(l, "hourly")):
		// "The most the Trust has paid per hour", "the top hourly rate",
		// "the capped hourly rate": the highest rate.
		return "max"
	case strings.Contains(l, "shortest") || strings.Contains(l, "minimum") || strings.Contains(l, "lowest"):
		return "min"
	case strings.Contains(l, "average") || strings.Contains(l, "mean") && reMean.MatchString(l):
		return "mean"
	}
	return ""
}

// bySeries reports whether a question asks a figure for each of several
// periods: "spend by year", "in each of the last three financial years".
func bySeries(q string) bool {
	l := strings.ToLower(q)
	if !strings.Contains(l, "year") && !strings.Contains(l, "month") && !strings.Contains(l, "quarter") {
		return false
	}
	return reSeries.MatchString(l)
}

// reSeries is a breakdown by period.
var reSeries = regexp.MustCompile(`\b(?:by|per|for\s+each|in\s+each)\s+(?:of\s+the\s+)?(?:last\s+\w+\s+)?(?:complete\s+|full\s+)?(?:financial\s+|calendar\s+)?(?:year|years|month|months|quarter|quarters)\b`)

// extreme reports whether a statistic is a greatest or a least value.
func extreme(stat string) bool { return stat == "max" || stat == "min" }

// reMean is "mean" as a statistic, not "means" or "meaning".
var reMean = regexp.MustCompile(`\bmean\b`)

// perItem reports whether a question asks for something for each of
// several things, and whether it asks for a total.
func perItem(q string) (each, total bool) {
	// Most questions hold neither word: a cheap test first.
	l := strings.ToLower(q)
	if strings.Contains(l, "each") || strings.Contains(l, "per ") {
		each = reEach.MatchString(q)
	}
	if strings.Contains(l, "total") || strings.Contains(l, "overall") || strings.Contains(l, "altogether") || strings.Contains(l, "in all") {
		total = reTotal.MatchString(q)
	}
	return each, total
}

var (
	reEach  = regexp.MustCompile(`(?i)\b(?:to|for|by|of|on|with)\s+each\b|\beach\s+(?:of\s+(?:them|these|those)|agency|supplier|provider|contractor|company|firm|one)\b|\bper\s+(?:agency|supplier|provider|contractor|company|firm)\b`)
	reTotal = regexp.MustCompile(`(?i)\b(?:total|overall|altogether|in\s+all)\b`)
)

// countKind reports whether a counting question counts occasions (how
// many times something was done) or a stock (how many of a thing the body
// has). A question counting neither way shows neither: "how many
// fly-tipping incidents were reported" is as like "how many times was
// fly-tipping reported" as it is like "the number of reports".
func countKind(q string) (occasions, stock bool) {
	l := strings.ToLower(q)
	if !strings.Contains(l, "many") && !strings.Contains(l, "number") && !strings.Contains(l, "size") && !strings.Contains(l, "often") {
		return false, false
	}
	if reOccasions.MatchString(l) {
		return true, false
	}
	return false, reStock.MatchString(l)
}

// reOccasions counts occasions: "how many times", "how often", "on how
// many occasions", "the number of deployments".
var reOccasions = regexp.MustCompile(`\bhow\s+(?:many\s+times|often)\b|\bon\s+how\s+many\s+occasions\b|\b(?:number|numbers|total)\s+of\s+(?:times|occasions)\b|\b(?:number|numbers|total|how\s+many)\s+(?:of\s+)?(?:\w+\s+){0,2}?(?:deployments|call[\s-]?outs|flights|sorties|activations|mobilisations)\b`)

// reStock counts what a body has: "how many drones does the Service own",
// "the number of vehicles operated by", "the size of your fleet", "how
// many cameras are in service".
var reStock = regexp.MustCompile(`\b(?:does|do|did)\s+(?:the\s+|your\s+)?(?:\w+\s+){0,3}?(?:own|have|hold|possess|operate|run|maintain)\b|\b(?:owned|held|operated|possessed)\s+by\b|\bsize\s+of\b|\bfleet\b|\bin\s+(?:service|stock|its\s+possession|your\s+possession)\b`)

// withoutExclusions returns a question without what it says it does not
// ask about: "not counting reserve or training vehicles", "excluding
// agency staff", "other than those at headquarters". Those words name
// other things, which the question would otherwise share with a
// question about them.
func withoutExclusions(q string) string {
	l := strings.ToLower(q)
	if !strings.Contains(l, "not ") && !strings.Contains(l, "exclud") && !strings.Contains(l, "other than") && !strings.Contains(l, "except") && !strings.Contains(l, "apart from") && !strings.Contains(l, "leaving") {
		return q
	}
	return reExclusion.ReplaceAllString(q, " ")
}

// reExclusion is a clause that leaves things out of a question, to the
// next comma, bracket or end of sentence, or a bracket that says what is
// not asked ("bank (not agency) nursing spend").
var reExclusion = regexp.MustCompile(`(?i)\b(?:not\s+(?:counting|including)|excluding|except(?:\s+for)?|other\s+than|apart\s+from|leaving\s+(?:out|aside))\s+[^,;.?()]+|\(\s*not\s+[^()]*\)`)

// withoutSpan returns a question without the span of years it covers
// ("in each of the last three complete financial years", "in those
// years", "for 2021/22, 2022/23 and 2023/24"): the span is compared apart
// (periodOffset, oneNamedYear), and its many words would otherwise make
// two questions about different things over the same years alike.
func withoutSpan(q string) string {
	if !mayHoldSpan(q) {
		return q
	}
	return reOneYear.ReplaceAllString(reYearSpan.ReplaceAllString(q, " "), " ")
}

// mayHoldSpan is a cheap test before reYearSpan's.
func mayHoldSpan(q string) bool {
	l := strings.ToLower(q)
	return strings.Contains(l, "year") || strings.Contains(l, "period") || strings.Contains(l, "/") || strings.Contains(l, " 20") || strings.Contains(l, "month") || strings.Contains(l, "quarter")
}

// reOneYear is the one year or the one recent period a question covers:
// "in 2021/22", "in the 2021/22 academic year", "in the most recent full
// academic year", "during the last financial year".
var reOneYear = regexp.MustCompile(`(?i)\b(?:in|for|during|over|within)\s+(?:the\s+)?(?:(?:(?:most\s+recent|last|previous|past|current)\s+(?:(?:full|complete|whole)\s+)?(?:(?:financial|fiscal|calendar|academic|reporting)\s+)?(?:year|quarter|month)|(?:(?:financial|fiscal|calendar|academic)\s+year\s+)?(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?(?:\s+(?:financial|fiscal|calendar|academic)\s+year)?)\b)`)

// reYearSpan is a span of several years a question covers, or a recent
// stretch of time counted back or from a date ("in the last 24 months",
// "since April 2022").
var reYearSpan = regexp.MustCompile(`(?i)\b(?:in|for|over|during|across)\s+(?:each\s+of\s+|every\s+one\s+of\s+)?(?:the\s+)?(?:(?:(?:(?:last|past|previous|preceding)\s+)?(?:two|three|four|five|six|\d)\s+(?:(?:complete|full|whole)\s+)?(?:(?:financial|fiscal|calendar|academic)\s+)?years|(?:those|these|the\s+same)\s+(?:(?:financial|calendar)\s+)?(?:years|period))\b|(?:(?:(?:financial|calendar|academic)\s+)?years?\s+)?(?:\d{4}[/-]\d{2,4}(?:\s*,\s*|\s+and\s+|\s+to\s+))*\d{4}[/-]\d{2,4}\b)|\b(?:between|from)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})\s+(?:and|to|until)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})\b|\b(?:in|over|during|within|for)\s+the\s+(?:last|past|previous|preceding)\s+(?:\d{1,2}|two|three|four|five|six|twelve|eighteen|twenty-four)\s+(?:calendar\s+)?(?:months|years)\b|\bsince\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b`)

// englishOf returns a bilingual question's English lines: a Welsh
// authority asks each question in Welsh and in English ("Faint o dronau
// sydd gan yr heddlu?" over "How many drones does the force have?"), and
// the Welsh words, which no English question shares, would only dilute
// the English ones. A text without a Welsh line is returned as it is.
func englishOf(q string) string {
	if !strings.Contains(q, "\n") {
		return q
	}
	lines := strings.Split(q, "\n")
	var kept []string
	for _, l := range lines {
		if !welshLine(l) {
			kept = append(kept, l)
		}
	}
	if len(kept) == 0 || len(kept) == len(lines) {
		return q
	}
	return strings.Join(kept, "\n")
}

// welshLine reports whether a line is Welsh: two or more distinct words
// of its own that are common in Welsh and are not English words.
func welshLine(l string) bool {
	seen := 0
	for _, f := range strings.FieldsFunc(strings.ToLower(l), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if welshWords[f] {
			seen++
			if seen >= 2 {
				return true
			}
		}
	}
	return false
}

var welshWords = map[string]bool{
	"yr": true, "sydd": true, "gan": true, "yn": true, "mae": true, "maen": true, "faint": true, "sawl": true,
	"pwy": true, "ble": true, "pryd": true, "eich": true, "ddiwethaf": true, "hyn": true, "gyfer": true,
	"ydy": true, "yw": true, "oes": true, "wedi": true, "blwyddyn": true, "flwyddyn": true,
	"nifer": true, "rhestr": true, "darparu": true, "heddlu": true, "cyngor": true, "ac": true, "neu": true,
}

// letteredHalves finds a question asking one thing of two others
// lettered (a) and (b).
var letteredHalves = regexp.MustCompile(`(?i)^(.*?)\s*\(a\)\s*(.+?)[\s,;]*(?:and\s+|or\s+)?\(b\)\s*(.+)$`)

func lettered(q string) []string {
	if !strings.Contains(q, "(a)") && !strings.Contains(q, "(A)") {
		return nil
	}
	return letteredHalves.FindStringSubmatch(q)
}

func forEachOf(q string) []string {
	if !strings.Contains(q, " and for ") && !strings.Contains(q, " And for ") && !strings.Contains(q, " AND FOR ") {
		return nil
	}
	return forEach.FindStringSubmatch(q)
}

// forEach finds a question asking one thing for two others, each named
// after "for": "the contractors for responsive repairs and for void
// works".
var forEach = regexp.MustCompile(`(?i)^(.*?\bfor\s+)(.+?),?\s+and\s+for\s+(.+)$`)

// countOrMeasure reports whether an intent asks for a count or a measured
// value.
func countOrMeasure(in Intent) bool { return in == IntentCount || in == IntentMeasure }

// textSimilarity blends two views of the same words: cosine similarity,
// which rewards questions that say the same, and overlap, which forgives a
// question that asks the same and more. Either alone errs: cosine drops
// when a round-robin request adds sub-questions, overlap is fooled by a
// short question inside a long one.
func textSimilarity(a, b Vector) float64 {
	s, _ := compareTexts(a, b)
	return s
}

func similarity(a, b questionVector) float64 {
	s, _ := similarities(a, b)
	return s
}

// similarities returns the similarity of two questions and that of their
// own words alone, without their parts' headings. A question that asks
// two things (halves) is as like another as the closer of its halves is,
// when that is closer than the whole.
func similarities(a, b questionVector) (float64, float64) {
	s, own := wholeSimilarities(a, b)
	for _, h := range a.halves {
		if hs, ho := wholeSimilarities(h, b); hs > s {
			s, own = hs, ho
		}
	}
	for _, h := range b.halves {
		if hs, ho := wholeSimilarities(a, h); hs > s {
			s, own = hs, ho
		}
		for _, g := range a.halves {
			if hs, ho := wholeSimilarities(g, h); hs > s {
				s, own = hs, ho
			}
		}
	}
	return s, own
}

// wholeSimilarities is similarities for two questions taken whole.
func wholeSimilarities(a, b questionVector) (float64, float64) {
	if a.context.Empty() != b.context.Empty() {
		// One question asked in a part ("Incumbent supplier" under "Part
		// 1 - contact centre"), the other in a letter of one list ("Who
		// supplies your contact centre software?"): the part's heading
		// says what the first, naming nothing itself, asks about.
		// A question of no words at all asks about nothing, heading or
		// not.
		if !a.text.subject && !a.text.Empty() && b.text.subject && !a.textCtx.Empty() {
			a.text = a.textCtx
		}
		if !b.text.subject && !b.text.Empty() && a.text.subject && !b.textCtx.Empty() {
			b.text = b.textCtx
		}
	}
	t, shared := compareTexts(a.text, b.text)
	if a.context.Empty() != b.context.Empty() && a.text.subject && b.text.subject {
		// The same sentence asked in two parts ("What is the amount of
		// the fixed penalty?" under littering and under fly-tipping),
		// and a letter of one list that names its subject ("the fixed
		// penalty for dumping waste"): the heading that says what the
		// draft's words say is the part it asks about.
		c, p := &a.text, b
		if b.context.Empty() {
			c, p = &b.text, a
		}
		if namedByHeading(c, &p.text, &p.context) {
			if x, xs := compareTexts(*c, p.textCtx); x > t {
				t, shared = x, shared || xs
			}
		}
	}
	if !(a.stat == "mean" && b.stat == "mean" && countOrMeasure(a.intent) && countOrMeasure(b.intent)) {
		// "The average sickness absence per firefighter" and "the
		// average number of shifts lost to sickness per firefighter" are
		// one average, whether it reads as a count or a measure.
		t *= intentFactor(a.intent, b.intent)
	}
	if a.stat != "" && b.stat != "" && a.stat != b.stat {
		// "The mean response time" is not "the 90th percentile
		// response time", nor the longest.
		t *= subjectPenalty
	}
	if extreme(a.stat) && (b.total || b.series) && b.stat == "" || extreme(b.stat) && (a.total || a.series) && a.stat == "" {
		// "The highest hourly rate paid for an agency nurse" is not "the
		// total agency expenditure".
		t *= subjectPenalty
	} else if a.stat == "mean" && b.total && b.stat == "" || b.stat == "mean" && a.total && a.stat == "" {
		// Nor is "the average cost per bed day" "the total out of area
		// spend".
		t *= subjectPenalty
	}
	if a.each && !a.total && b.total && !b.each || b.each && !b.total && a.total && !a.each {
		// "How much was paid to each agency" is not "the total spent
		// on agency nurses".
		t *= subjectPenalty
	}
	if (a.text.subject || a.context.subject) != (b.text.subject || b.context.subject) {
		// One question names what it asks about, in its words or its
		// part's heading, the other nothing: "please state the total
		// contract value", asked in a letter about another subject, is
		// weaker evidence for "how much was spent on body-worn video".
		t *= oneSubjectFactor
	}
	disjoint := false
	if a.text.subject && b.text.subject && !shared {
		// The same kind of question about another subject: "who is the
		// waste collection contractor" is not "who is the highways
		// maintenance contractor", however much of the asking they
		// share.
		t *= subjectPenalty
		disjoint = true
	} else if (a.text.subject || b.text.subject || a.context.subject && b.context.subject) && !sameSubject(&a, &b) {
		// A question whose words name no subject takes it from its
		// part's heading: "Who is the supplier?" under "Part 2 - Fuel
		// cards" is not "Who supplies your firewall?".
		t *= subjectPenalty
		disjoint = true
	}
	if !disjoint && !topicShared(&a, &b) {
		// A question that names no subject in its words or its part's
		// heading asks about what its letter is about: "When does the
		// contract expire?" in a request about speed cameras is not the
		// same sentence in one about body-worn video. A subject so found
		// is weaker evidence still.
		t *= subjectPenalty * oneSubjectFactor
		disjoint = true
	}
	if !disjoint && narrowedByTitle(&a, &b) && narrowedByTitle(&b, &a) {
		// "How many complaints about illegal vapes did Trading
		// Standards receive?" in a letter about vapes is not "How many
		// doorstep crime complaints were received by Trading
		// Standards?" in a letter about doorstep crime: each names its
		// own letter's subject, which the other names nowhere.
		t *= subjectPenalty
		disjoint = true
	}
	if !disjoint && otherSide(&a, &b) {
		// Placements of children are not placements of adults, however
		// alike the asking.
		t *= subjectPenalty
		disjoint = true
	}
	if !disjoint && a.about != b.about {
		// "How many complaints referred to body-worn video?" counts
		// complaints about the cameras, not the cameras.
		t *= subjectPenalty
		disjoint = true
	}
	if !disjoint && (a.occasions && b.stock || a.stock && b.occasions) {
		// "How many times were the drones sent to incidents?" counts
		// what was done with them, not the drones the Service owns.
		t *= subjectPenalty
		disjoint = true
	}
	if !disjoint && (contrasts(a.text, b.text) || contrasts(b.text, a.text)) {
		// "Non-emergency" call handlers are not emergency ones.
		t *= subjectPenalty
		disjoint = true
	}
	if !disjoint && (a.planned && !b.planned && b.pastYear() || b.planned && !a.planned && a.pastYear()) {
		// "The value of the planned CCTV upgrade" is not "what the
		// council spent on its CCTV service in 2020/21": one asks about
		// what is to come, the other about a year gone by.
		t *= subjectPenalty
		disjoint = true
	}
	if yearsApart(&a, &b) {
		// "For comparison, in 2020/21", asked in 2026, is not the year
		// before the answer that "in 2023/24" was, asked in 2024.
		t *= periodPenalty
	} else if a.offset != 0 && b.offset != 0 && a.offset != b.offset {
		// "In the last financial year" and "in the financial year
		// before that" ask about two periods.
		t *= periodPenalty
	}
	own := t
	if disjoint {
		// Questions about two subjects are not one question however
		// they are placed: the order of the letters vouches for
		// neither as the other's counterpart.
		own = 0
	}
	if a.context.Empty() || b.context.Empty() {
		return t, own
	}
	return (1-contextWeight)*t + contextWeight*textSimilarity(a.context, b.context), own
}

// namedByHeading reports whether words name something, not generic, that
// a part's heading names and its question's own words do not: "dumping
// waste" and the heading "fixed penalty notices for fly-tipping" over
// "What is the amount of the fixed penalty?". A word the question says
// itself ("manages the contract" under "Records management") is no
// evidence from the heading; nor is a heading whose question picks
// another of its things ("fixed penalty notices for littering" under
// "Fly-tipping and littering").
func namedByHeading(words, text, heading *Vector) bool {
	named := false
	for t := range words.w {
		if genericTerms[t] {
			continue
		}
		if _, ok := heading.w[t]; !ok {
			continue
		}
		if _, ok := text.w[t]; !ok {
			named = true
			break
		}
	}
	if !named {
		return false
	}
	for t := range text.w {
		if genericTerms[t] {
			continue
		}
		_, inHeading := heading.w[t]
		_, inWords := words.w[t]
		if inHeading && !inWords {
			return false
		}
	}
	return true
}

// yearsAhead is how many years two questions' periods may lie apart,
// counted back from their letters' years, and still be the period such a
// request asks about each time: answers come a year or two after the
// period they count.
const yearsAhead = 2

// yearsApart reports whether two questions ask about periods that lie
// different distances back from their letters' years, by more than
// yearsAhead, and are not the same year: each names a year, or one counts
// its period back ("the last financial year") and the other names one.
func yearsApart(a, b *questionVector) bool {
	back := func(q *questionVector) (int, bool) {
		switch {
		case q.named != 0 && q.asked != 0:
			return q.asked - q.named, true
		case q.named == 0 && q.offset > 0:
			return q.offset, true
		}
		return 0, false
	}
	if a.named != 0 && a.named == b.named {
		return false
	}
	// The same year, one named and the other counted back from its
	// letter's: "in 2021/22", asked in 2025, and "in the most recent
	// full academic year", asked in 2022.
	year := func(q *questionVector) int {
		switch {
		case q.named != 0:
			return q.named
		case q.offset > 0 && q.asked != 0:
			return q.asked - q.offset
		}
		return 0
	}
	if ya := year(a); ya != 0 && ya == year(b) {
		return false
	}
	x, okA := back(a)
	y, okB := back(b)
	if !okA || !okB || a.named == 0 && b.named == 0 {
		return false
	}
	return x-y > yearsAhead || y-x > yearsAhead
}

// rePlanned marks a question about something planned or proposed.
var rePlanned = regexp.MustCompile(`(?i)\b(?:planned|proposed|intended|forthcoming|upcoming|future)\b|\b(?:plans?|planning)\s+to\b`)

// pastYear reports whether the question names one year, before that of
// its letter.
func (v *questionVector) pastYear() bool { return v.named != 0 && v.asked != 0 && v.named < v.asked }

// oneNamedYear returns the year a question names (the first year of
// "2023/24"), 0 when it names none or more than one.
func oneNamedYear(q string) int {
	ys := namedYear.FindAllString(q, 2)
	if len(ys) != 1 {
		return 0
	}
	n, _ := strconv.Atoi(ys[0][:4])
	return n
}

// topicShared reports whether two questions may be about the same thing
// by what their letters are about: where either names no subject in its
// words and so takes it from its part's heading or its letter's title
// (topic), some subject of the one, from its words, heading or title,
// shares a term that is not generic with some subject of the other.
// Where both name their subjects in their words (compared before), or
// either has no subject at all, it may be.
func topicShared(a, b *questionVector) bool {
	if a.text.subject && b.text.subject || !a.topic.subject && !b.topic.subject {
		return true
	}
	as, bs := [3]*Vector{&a.text, &a.context, &a.topic}, [3]*Vector{&b.text, &b.context, &b.topic}
	named := false
	for _, x := range as {
		if !x.subject {
			continue
		}
		for _, y := range bs {
			if !y.subject {
				continue
			}
			named = true
			if _, same := compareTexts(*x, *y); same {
				return true
			}
		}
	}
	// Either has no subject at all: it may be.
	return !named
}

// withoutTerms returns v without the terms of name: the words of an
// authority's own name ("North Pennine Ambulance Service NHS Trust") are
// in the titles of many of its letters and say nothing of what any one
// of them is about ("Private ambulance providers" is not "Ambulance
// performance and agency staff" by "ambulance").
func withoutTerms(v Vector, name string) Vector {
	if name == "" {
		return v
	}
	drop := Terms(name)
	hit := false
	for _, t := range drop {
		if _, ok := v.w[t]; ok {
			hit = true
			break
		}
	}
	if !hit {
		return v
	}
	out := Vector{w: make(map[string]float64, len(v.w))}
	for t, x := range v.w {
		if !slices.Contains(drop, t) {
			out.w[t] = x
		}
	}
	out.settle()
	return out
}

// narrowedByTitle reports whether a's words name what its letter is
// about (terms that are not generic, in its words and its title alike)
// and b names none of them, in its words, heading or title.
func narrowedByTitle(a, b *questionVector) bool {
	if !a.topic.subject || !a.text.subject {
		return false
	}
	narrowed := false
	for t := range a.text.w {
		if genericTerms[t] {
			continue
		}
		if _, ok := a.topic.w[t]; !ok {
			continue
		}
		narrowed = true
		for _, v := range [...]*Vector{&b.text, &b.context, &b.topic} {
			if _, ok := v.w[t]; ok {
				return false
			}
		}
	}
	return narrowed
}

// sides are groups of terms for the two sides of a service that most
// authorities run apart: adults' services and children's.
var sides = [2][]string{{"adult"}, {"child", "children"}}

// sideOf returns which of the two sides a question is about, 0 or 1, by
// its own words, else its part's heading, else, where it has no heading,
// its letter's title; -1 when that names neither side or both.
func sideOf(q *questionVector) int {
	for _, v := range [...]*Vector{&q.text, &q.context, &q.topic} {
		in := [2]bool{}
		for k, terms := range sides {
			for _, t := range terms {
				if _, ok := v.w[t]; ok {
					in[k] = true
				}
			}
		}
		switch {
		case in[0] && !in[1]:
			return 0
		case in[1] && !in[0]:
			return 1
		case in[0] && in[1]:
			return -1
		}
		if v == &q.context && !v.Empty() {
			// A heading that names neither side: the title's
			// side may be another part's.
			return -1
		}
	}
	return -1
}

// otherSide reports whether two questions are about the two sides of a
// service (sideOf).
func otherSide(a, b *questionVector) bool {
	x, y := sideOf(a), sideOf(b)
	return x >= 0 && y >= 0 && x != y
}

// countsAbout reports whether a question asks about what is said or
// claimed about its subject (complaints, appeals, claims) rather than
// about the subject itself, by its words or its part's heading. A review
// of a decision is an appeal against it: "requests for review of
// eligibility decisions" are "requests for a review (appeal)".
func countsAbout(q *questionVector) bool {
	for _, v := range [...]*Vector{&q.text, &q.context} {
		for _, t := range [...]string{"complaint", "complain", "appeal", "claim"} {
			if _, ok := v.w[t]; ok {
				return true
			}
		}
		if _, ok := v.w["review"]; ok {
			for _, t := range [...]string{"decision", "overturn", "upheld", "uphold"} {
				if _, ok := v.w[t]; ok {
					return true
				}
			}
		}
	}
	return false
}

// contrasts reports whether a names the negation of a term of b
// ("non-emergency" against "emergency").
func contrasts(a, b Vector) bool {
	for t := range a.w {
		if len(t) > 3 && strings.HasPrefix(t, "non") {
			if _, ok := b.w[t[3:]]; ok {
				return true
			}
		}
		if o, ok := opposites[t]; ok {
			_, theirs := b.w[o]
			_, ours := b.w[t]
			if theirs && !ours {
				return true
			}
		}
	}
	return false
}

// opposites are terms that qualify a thing one way or the other: incidents
// on private land are not those on public land, part-time staff not
// full-time ones, outbound calls not inbound ones.
var opposites = func() map[string]string {
	m := map[string]string{}
	for _, p := range [][2]string{{"private", "public"}, {"internal", "external"}, {"inbound", "outbound"},
		{"permanent", "temporary"}, {"urban", "rural"}, {"domestic", "commercial"}, {"indoor", "outdoor"},
		// Staff groups: an agency nurse's rate is not a locum doctor's, a
		// paramedic's not a call handler's.
		{"doctor", "nurse"}, {"paramedic", "handler"},
		// A trust's own bank of temporary staff is not an agency.
		{"bank", "agency"},
		// Dropping litter and fly-tipping are two offences, each with
		// its own fixed penalty ("fly" stands for fly-tipping: no other
		// request speaks of flies).
		{"litter", "fly"},
		// Counts of different events in one thing's life: penalty notices
		// issued are not those cancelled, claims received not those
		// rejected. (Not potholes reported and repaired: "the time taken
		// to repair a reported pothole" names both.)
		{"issued", "cancelled"}, {"received", "rejected"},
		// Two restrictive practices, each counted apart.
		{"seclusion", "restraint"}} {
		a, b := Terms(p[0]), Terms(p[1])
		if len(a) == 1 && len(b) == 1 {
			m[a[0]], m[b[0]] = b[0], a[0]
		}
	}
	return m
}()

// sameSubject reports whether two questions, one of which names no subject
// in its words, may be about the same thing: the one takes its subject
// from its part's heading, and the other's words or heading share a term
// that is not generic with it. Where either has no subject at all, it may.
func sameSubject(a, b *questionVector) bool {
	if !a.text.subject && !a.context.subject || !b.text.subject && !b.context.subject {
		return true
	}
	for _, p := range [][2]*Vector{{&a.text, &b.text}, {&a.context, &b.text}, {&a.text, &b.context}, {&a.context, &b.context}} {
		if p[0].subject && p[1].subject {
			if _, same := compareTexts(*p[0], *p[1]); same {
				return true
			}
		}
	}
	// Where the words name no subject ("When does the contract
	// expire?") and the headings share none, the parts' other questions
	// may: "Which mobilising system does Fire Control use?" beside "Please
	// name the mobilising system used in Fire Control".
	if !a.text.subject && !b.text.subject && a.partWords.subject && b.partWords.subject {
		_, same := compareTexts(a.partWords, b.partWords)
		return same
	}
	return false
}

// partVocabulary gives each question of a letter with parts the words of
// its part (partWords).
func partVocabulary(w *Weigher, qs []corpus.Question, vs []questionVector) {
	texts := map[int]string{}
	for _, q := range qs {
		if _, ok := texts[q.Part]; !ok {
			texts[q.Part] = q.Context
		}
		texts[q.Part] += "\n" + englishOf(q.Text)
	}
	if len(texts) < 2 {
		return
	}
	words := map[int]Vector{}
	for part, t := range texts {
		words[part] = w.Vector(t)
	}
	for i, q := range qs {
		vs[i].partWords = words[q.Part]
	}
}

// withoutOwnName returns a question with the name of the body it was put
// to written as the body's kind: "How many drones are operated by Cambria
// Police?" asks about "the force", as the force's other letters do, and
// the name's rare words would weigh against the match.
func withoutOwnName(q corpus.Question, authority string) corpus.Question {
	if authority = strings.TrimSpace(authority); len(authority) < 4 {
		return q
	}
	lower, name := strings.ToLower(q.Text), strings.ToLower(authority)
	if len(lower) != len(q.Text) || len(name) != len(authority) {
		// Lower case that changes a text's length (some non-ASCII
		// letters) would misplace the name: leave the question as it is.
		return q
	}
	// named writes the name at q.Text[i:j] as the body's kind.
	named := func(i, j int) corpus.Question {
		q.Text = q.Text[:i] + "the " + kindOf(authority) + q.Text[j:]
		return q
	}
	if i := strings.Index(lower, name); i >= 0 {
		return named(i, i+len(authority))
	}
	// "How many cameras does Thamesmere deploy?", put to the London
	// Borough of Thamesmere: the body named by its place alone.
	if place := placeOf(authority); len(place) >= 4 {
		if i := strings.Index(q.Text, place); i >= 0 && wordBounded(q.Text, i, i+len(place)) {
			return named(i, kindAfter(q.Text, i+len(place), name))
		}
	}
	return q
}

// kindAfter returns where the words of the body's name that say what
// kind of body it is end, when they follow its place at j: a bilingual
// body, "Heddlu Dyfed-Powys Police", is asked about as "Dyfed-Powys
// Police", whose "Police" is as much its name as the place is. name is
// the body's whole name in lower case.
func kindAfter(text string, j int, name string) int {
	own := map[string]bool{}
	for _, w := range strings.Fields(name) {
		own[w] = true
	}
	for {
		rest := text[j:]
		trimmed := strings.TrimLeft(rest, " ")
		if len(trimmed) == len(rest) || trimmed == "" {
			return j
		}
		end := strings.IndexFunc(trimmed, func(r rune) bool { return !unicode.IsLetter(r) })
		if end < 0 {
			end = len(trimmed)
		}
		w := strings.ToLower(trimmed[:end])
		if !own[w] || !genericNameWords[w] || w == "and" || w == "of" || w == "the" {
			return j
		}
		j += len(rest) - len(trimmed) + end
	}
}

// placeOf returns the words of a body's name that name its place, as
// written: "Thamesmere" of "London Borough of Thamesmere", "North
// Pennine" of "North Pennine Constabulary"; "" when the rest is not one
// run of words.
func placeOf(authority string) string {
	var run []string
	runs := 0
	prevKept := false
	for _, w := range strings.Fields(authority) {
		if genericNameWords[strings.ToLower(strings.Trim(w, ",."))] {
			prevKept = false
			continue
		}
		if !prevKept {
			runs++
		}
		run = append(run, w)
		prevKept = true
	}
	if runs != 1 {
		return ""
	}
	return strings.Join(run, " ")
}

// genericNameWords are the words of bodies' names that say what kind of
// body they are, not where.
var genericNameWords = map[string]bool{"london": true, "borough": true, "council": true, "of": true, "the": true, "city": true,
	"county": true, "metropolitan": true, "district": true, "police": true, "constabulary": true, "nhs": true, "trust": true,
	"foundation": true, "service": true, "services": true, "fire": true, "and": true, "rescue": true, "authority": true,
	"ambulance": true, "university": true, "hospitals": true, "hospital": true, "health": true, "board": true, "royal": true,
	"combined": true, "unitary": true, "partnership": true, "community": true, "care": true, "integrated": true,
	// Welsh bodies' names come in both languages ("Heddlu Dyfed-Powys
	// Police", "Cyngor Sir Ceredigion"): the Welsh words of kind are as
	// generic as the English.
	"heddlu": true, "cyngor": true, "sir": true, "bwrdeistref": true, "sirol": true, "dinas": true,
	"gwasanaeth": true, "tân": true, "ac": true, "achub": true, "prifysgol": true, "bwrdd": true,
	"iechyd": true, "gig": true, "ymddiriedolaeth": true, "awdurdod": true}

// wordBounded reports whether s[i:j] stands as whole words.
func wordBounded(s string, i, j int) bool {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); isWord(r) {
			return false
		}
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); isWord(r) {
			return false
		}
	}
	return true
}

// kindOf is what a body calls itself in a request: "the force" for a
// police force or constabulary, "the council" for a borough, else the
// last word of its name that says what it is ("the trust", "the
// university" of the University of Westmarch), or failing one its last
// word.
func kindOf(authority string) string {
	f := strings.Fields(strings.ToLower(authority))
	for _, w := range f {
		switch w {
		case "police", "constabulary":
			return "force"
		case "borough", "council":
			return "council"
		}
	}
	for k := len(f) - 1; k >= 0; k-- {
		if bodyKinds[f[k]] {
			return f[k]
		}
	}
	return f[len(f)-1]
}

// bodyKinds are the words of bodies' names that say what they are.
var bodyKinds = map[string]bool{"trust": true, "university": true, "board": true, "service": true, "authority": true,
	"agency": true, "department": true, "commission": true, "office": true, "college": true, "executive": true,
	"commissioner": true, "regulator": true, "company": true}

// matchLetters aligns the draft with each earlier letter and returns, per
// draft question, its matches, best first.
func matchLetters(draft corpus.Response, letters []corpus.Response, min float64) [][]Previous {
	// texts are every question; headings, the letters' titles and parts'
	// headings, where abbreviations are written out as often.
	var texts, headings []string
	for _, r := range append([]corpus.Response{draft}, letters...) {
		headings = append(headings, r.Title)
		for i, q := range r.Questions {
			texts = append(texts, q.Text)
			if i == 0 || q.Context != r.Questions[i-1].Context {
				headings = append(headings, q.Context)
			}
		}
	}
	w := NewWeigher(texts)
	w.learnAcronyms(append(headings, texts...))
	// Round-robin letters ask the same sentences again and again: weigh
	// each once.
	// The sentence's own vector depends on its words, part and body only;
	// the letter's year and title are set on a copy, so a sentence asked
	// every year is weighed once, not once a year.
	memo, weighed := map[memoKey]questionVector{}, weighAll(w, append([]corpus.Response{draft}, letters...))
	titles := map[[2]string]Vector{}
	vector := func(q corpus.Question, title, authority string, asked int) questionVector {
		k := memoKey{q.Text, q.Context, title, authority, q.Part, asked}
		v, ok := memo[k]
		if !ok {
			v = weighed[sentenceKey(q, authority)]
			v.asked = asked
			if title != "" {
				t, ok := titles[[2]string{title, authority}]
				if !ok {
					t = withoutTerms(w.Vector(title), authority)
					titles[[2]string{title, authority}] = t
				}
				v.topic = t
				v.halves = slices.Clone(v.halves)
				for k := range v.halves {
					v.halves[k].topic = v.topic
				}
			}
			memo[k] = v
		}
		return v
	}
	dv := make([]questionVector, len(draft.Questions))
	for i, q := range draft.Questions {
		dv[i] = vector(q, draft.Title, draft.Authority, draft.Date.Year)
	}
	inheritIntents(draft.Questions, dv)
	inheritSubjects(w, draft.Questions, dv)
	partVocabulary(w, draft.Questions, dv)
	out := make([][]Previous, len(draft.Questions))
	counterparts := make([][]found, len(draft.Questions))
	draftThemes := themes(dv)
	lvs := make([][]questionVector, len(letters))
	scores := make([][][]float64, len(letters))
	draftFacts := distinctiveFacts(draft.Questions)
	for li, l := range letters {
		s, t := make([][]float64, len(dv)), make([][]float64, len(dv))
		scores[li] = s
		lv := make([]questionVector, len(l.Questions))
		for j, q := range l.Questions {
			lv[j] = vector(q, l.Title, l.Authority, l.Date.Year)
		}
		inheritIntents(l.Questions, lv)
		inheritSubjects(w, l.Questions, lv)
		partVocabulary(w, l.Questions, lv)
		lvs[li] = lv
		echo := answerEchoes(draftFacts, distinctiveFacts(l.Questions))
		for i := range dv {
			s[i], t[i] = make([]float64, len(lv)), make([]float64, len(lv))
			for j := range lv {
				s[i][j], t[i][j] = similarities(dv[i], lv[j])
			}
		}
		pairs := align(s, t, min)
		pairs = append(pairs, echoPairs(pairs, s, t, echo, min)...)
		pairs = append(pairs, yearTwins(pairs, s, dv, lv, min)...)
		pairs = append(pairs, sandwiched(pairs, s, dv, lv, min)...)
		if extra := otherHalves(pairs, s, dv, lv, min); extra != nil {
			// The pairs of halves vouch for their neighbours as any
			// pair does.
			pairs = append(pairs, extra...)
			usedRow, usedCol := usedBy(pairs, len(dv), len(lv))
			pairs = neighbours(pairs, s, t, min, usedRow, usedCol)
		}
		if len(dv) >= themeQuestions && len(lv) >= themeQuestions && disjoint(draftThemes, themes(lv)) {
			// The draft and the letter are about different things:
			// keep only pairs that name their shared subject.
			pairs = slices.DeleteFunc(pairs, func(p [2]int) bool {
				a, b := dv[p[0]], lv[p[1]]
				if a.text.subject && b.text.subject && !onTheme(a, draftThemes) {
					// A question that names its subject, which its
					// own letter asks about nothing else ("has the
					// Service paid a ransom?" among questions about
					// drones): the letter's themes say nothing of it.
					return false
				}
				_, same := compareTexts(a.text, b.text)
				return !(a.text.subject && b.text.subject && same && s[p[0]][p[1]] >= themeKeep)
			})
		}
		for _, p := range pairs {
			// A letter of several questions that shares only one with a
			// draft of several, and that one doubtfully, has nothing
			// that vouches for it: neither the order of the letters nor
			// a neighbour ("how many contact centre agents does the
			// force employ" against "how many contact centre agents were
			// on long-term sickness absence", in a letter about sickness
			// absence and drones).
			if len(pairs) == 1 && len(lv) > 1 && len(dv) > 1 && s[p[0]][p[1]] < min+loneMargin {
				continue
			}
			counterparts[p[0]] = append(counterparts[p[0]], found{letter: li, question: p[1], score: s[p[0]][p[1]]})
		}
	}
	repeatedCounterparts(counterparts, scores, lvs, letters, min)
	for i, fs := range counterparts {
		for _, f := range fs {
			// A draft question that asks two things may match both
			// questions an earlier letter asked apart.
			if dv[i].halves == nil && askedApart(f, fs, lvs, min) {
				continue
			}
			l := letters[f.letter]
			q := l.Questions[f.question]
			out[i] = append(out[i], Previous{
				Reference: l.Reference, Date: l.Date, Source: l.Source, SHA256: l.SHA256,
				QuestionID: q.ID, Score: round(f.score), Stance: normStance(q.Stance),
				Answer: q.Answer, Question: q.Text, Period: periodQuestion(l.Questions, f.question),
			})
		}
	}
	for i := range out {
		out[i] = dedupe(out[i])
	}
	return out
}

// usedBy returns which of n draft questions (rows) and m earlier ones
// (columns) the pairs already take.
func usedBy(pairs [][2]int, n, m int) (rows, cols []bool) {
	rows, cols = make([]bool, n), make([]bool, m)
	for _, p := range pairs {
		rows[p[0]], cols[p[1]] = true, true
	}
	return rows, cols
}

// echoFloor is how alike in words two questions must be for the same
// fact in their answers to count; echoBonus, what it adds (echoPairs).
const (
	echoFloor = 0.2
	echoBonus = 0.25
)

// echoPairs pairs a draft question left unmatched with an earlier
// question left unmatched whose answer gives the same distinctive fact,
// when their words are alike enough (echoFloor) that the fact, worth
// echoBonus, lifts them to the threshold: a question asked again in other
// words. It adds to the alignment rather than joining it, so that no pair
// the words made is undone. The pair's score is raised as it was.
func echoPairs(pairs [][2]int, s, t [][]float64, echo [][]bool, min float64) [][2]int {
	if len(s) == 0 {
		return nil
	}
	usedRow, usedCol := usedBy(pairs, len(s), len(s[0]))
	var out [][2]int
	for i := range s {
		if usedRow[i] {
			continue
		}
		best, bestScore := -1, 0.0
		for j := range s[i] {
			if usedCol[j] || !echo[i][j] || s[i][j] < echoFloor || t[i][j] <= 0 {
				continue
			}
			if v := math.Min(1, s[i][j]+echoBonus); v >= min && v > bestScore {
				best, bestScore = j, v
			}
		}
		if best >= 0 {
			s[i][best], t[i][best] = bestScore, math.Min(1, t[i][best]+echoBonus)
			usedRow[i], usedCol[best] = true, true
			out = append(out, [2]int{i, best})
		}
	}
	return out
}

// answerEchoes reports, for each draft question and each question of an
// earlier letter (their distinctiveFacts), whether both were answered by
// release with the same distinctive fact: a name, or a figure or date of
// three digits or more, that no other answer of either letter gives. A
// round-robin request reworded from one year to the next ("Could you
// confirm the identity of the contractor delivering your highway
// maintenance services?" for "Who is the Council's term contractor for
// highway maintenance?") is often answered the same way ("Kestrel
// Highways Ltd").
func answerEchoes(df, lf []map[string]bool) [][]bool {
	out := make([][]bool, len(df))
	for i := range out {
		out[i] = make([]bool, len(lf))
		for j := range lf {
			for f := range df[i] {
				if lf[j][f] {
					out[i][j] = true
					break
				}
			}
		}
	}
	return out
}

// distinctiveFacts returns, for each question released with an answer,
// the names and long figures its answer gives that no other answer of the
// letter gives.
func distinctiveFacts(qs []corpus.Question) []map[string]bool {
	out := make([]map[string]bool, len(qs))
	count := map[string]int{}
	for i, q := range qs {
		if q.Stance.Kind != corpus.Released || strings.TrimSpace(q.Answer) == "" {
			continue
		}
		f := facts(q.Answer)
		m := map[string]bool{}
		for n := range f.numbers {
			if digits(n) >= 3 && !yearFigure(n) {
				m["#"+n] = true
			}
		}
		for n := range f.names {
			m["@"+n] = true
		}
		for k := range m {
			count[k]++
		}
		out[i] = m
	}
	for _, m := range out {
		for k := range m {
			if count[k] > 1 {
				delete(m, k)
			}
		}
	}
	return out
}

// digits counts the digits of s.
func digits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// themeQuestions is how many questions a letter must ask for its themes
// to say what it is about; themeKeep, how alike two questions of letters
// about different things must be, in words that name their subject, to
// be the same question all the same.
const (
	themeQuestions = 3
	themeKeep      = 0.6
)

// themes are what a letter's questions are about: the terms that are not
// generic and that two of its questions or more use (in their words or
// their part's heading), or its title: "fly-tipping" in a request whose
// questions ask about fly-tipping incidents, penalties, prosecutions and
// cameras.
func themes(vs []questionVector) map[string]bool {
	count := map[string]int{}
	for _, v := range vs {
		seen := map[string]bool{}
		for _, vec := range []Vector{v.text, v.context} {
			for t := range vec.w {
				if !genericTerms[t] && !seen[t] {
					seen[t] = true
					count[t]++
				}
			}
		}
	}
	out := map[string]bool{}
	for t, n := range count {
		if n >= 2 {
			out[t] = true
		}
	}
	// The letter's title says what it is about as plainly: "Body worn
	// video" over questions that say "those devices" and "the contract".
	if len(vs) > 0 {
		for t := range vs[0].topic.w {
			if !genericTerms[t] {
				out[t] = true
			}
		}
	}
	return out
}

// onTheme reports whether a question's own words name one of its
// letter's themes.
func onTheme(v questionVector, th map[string]bool) bool {
	for t := range v.text.w {
		if th[t] {
			return true
		}
	}
	return false
}

// disjoint reports whether two letters each have themes and share none.
func disjoint(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for t := range a {
		if b[t] {
			return false
		}
	}
	return true
}

// sandwiched pairs the draft questions left unmatched with the letter's
// questions left unmatched in the same places: a run of them after a
// matched pair, as long on both sides, that ends where another matched
// pair stands or where both parts end (or, walking back, begins where
// both parts begin), in the same part, each asking for the same kind of
// answer as its counterpart. A requester who rewords every question
// ("Annual Average Spend: ... please state the annual average spend" for
// "What does the platform cost the Council in a typical year?") leaves
// little in common but the place and the kind of answer; a question
// that replaced another in its place usually asks for another kind.
func sandwiched(pairs [][2]int, s [][]float64, dv, lv []questionVector, min float64) [][2]int {
	if len(pairs) == 0 || len(pairs) == 1 && !sameShape(pairs[0], dv, lv) {
		// One pair is too little order to go on, unless the two letters
		// are one request asked again: as many questions in the pair's
		// parts, the pair in the same place.
		return nil
	}
	usedRow, usedCol := usedBy(pairs, len(dv), len(lv))
	paired := map[[2]int]bool{}
	for _, p := range pairs {
		paired[p] = true
	}
	free := func(i, j, pi, pj int) bool {
		return i >= 0 && j >= 0 && i < len(dv) && j < len(lv) && !usedRow[i] && !usedCol[j] &&
			dv[i].part == dv[pi].part && lv[j].part == lv[pj].part
	}
	// edge reports whether row i and column j both lie past their
	// parts' ends (or before their starts).
	edge := func(i, j, pi, pj int) bool {
		return (i < 0 || i >= len(dv) || dv[i].part != dv[pi].part) && (j < 0 || j >= len(lv) || lv[j].part != lv[pj].part)
	}
	var out [][2]int
	for _, p := range pairs {
		for _, d := range []int{1, -1} {
			var run [][2]int
			i, j := p[0]+d, p[1]+d
			for ; len(run) < maxGap && free(i, j, p[0], p[1]); i, j = i+d, j+d {
				run = append(run, [2]int{i, j})
			}
			// Between two pairs the place is good evidence; at a part's
			// end, where questions are often added and dropped, it takes
			// two in a row asking for the same kinds of answer, or words
			// in common too.
			if len(run) == 0 || !paired[[2]int{i, j}] && !(edge(i, j, p[0], p[1]) && (len(run) >= 2 || s[run[0][0]][run[0][1]] >= edgeFloor)) {
				continue
			}
			// A counterpart other pairs took stops a question found by
			// its place only where the place is weak: one question at a
			// part's end.
			lone := len(run) == 1 && !paired[[2]int{i, j}]
			ok := true
			for _, c := range run {
				a, b := dv[c[0]], lv[c[1]]
				if a.intent == IntentOther || a.intent != b.intent || lone && clearlyElsewhere(s, c[0], c[1]) ||
					resemblesMore(s, c[0], c[1], neighbourSlack, usedRow, usedCol) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			for _, c := range run {
				s[c[0]][c[1]] = math.Max(s[c[0]][c[1]], min)
				usedRow[c[0]], usedCol[c[1]] = true, true
				out = append(out, c)
			}
		}
	}
	return out
}

// sameShape reports whether the draft's part holding pair p and the
// letter's part holding it ask as many questions, p standing at the same
// place in both.
func sameShape(p [2]int, dv, lv []questionVector) bool {
	place := func(vs []questionVector, k int) (at, n int) {
		for i, v := range vs {
			if v.part != vs[k].part {
				continue
			}
			if i < k {
				at++
			}
			n++
		}
		return at, n
	}
	a, n := place(dv, p[0])
	b, m := place(lv, p[1])
	return a == b && n == m && n >= 3
}

// maxGap is the longest run of questions sandwiched pairs by their place;
// edgeFloor, how alike a lone question at a part's end must be to its
// counterpart there.
const (
	maxGap    = 3
	edgeFloor = 0.2
)

// clearlyElsewhere reports whether row i or column j has a counterpart
// that resembles it clearly more than they resemble each other.
func clearlyElsewhere(s [][]float64, i, j int) bool {
	return resemblesMore(s, i, j, neighbourSlack, nil, nil)
}

// resemblesMore reports whether another row resembles column j, or
// another column row i, more than they resemble each other, by a margin
// above by; rows and columns marked in usedRow and usedCol (when given)
// are left out.
func resemblesMore(s [][]float64, i, j int, by float64, usedRow, usedCol []bool) bool {
	for k := range s {
		if k != i && (usedRow == nil || !usedRow[k]) && s[k][j] > s[i][j]+by {
			return true
		}
	}
	for k := range s[i] {
		if k != j && (usedCol == nil || !usedCol[k]) && s[i][k] > s[i][j]+by {
			return true
		}
	}
	return false
}

// yearTwins pairs a draft question left unmatched with the letter's
// question that names the same year and that another draft question,
// naming another year, took: "For comparison, how many complaints in
// 2020/21?" beside "How many complaints in 2024/25?" is the question a
// letter of 2021 asked about 2020/21, which the other matched as the
// same yearly question.
func yearTwins(pairs [][2]int, s [][]float64, dv, lv []questionVector, min float64) [][2]int {
	var extra [][2]int
	usedRow, _ := usedBy(pairs, len(dv), len(lv))
	for _, p := range pairs {
		j, r := p[1], p[0]
		if lv[j].named == 0 || dv[r].named == 0 || dv[r].named == lv[j].named {
			continue
		}
		for i := range dv {
			if !usedRow[i] && dv[i].named == lv[j].named && s[i][j] >= min {
				usedRow[i] = true
				extra = append(extra, [2]int{i, j})
				break
			}
		}
	}
	return extra
}

// inheritIntents gives a question that is a part of the one before it
// ("Of which agency nursing" after "Agency staff spend in 2023/24") and
// shows no intent of its own that question's intent: it asks for the same
// kind of answer about a part of the same thing. A question "of those"
// after one about complaints is about complaints too.
func inheritIntents(qs []corpus.Question, vs []questionVector) {
	for j := 1; j < len(qs); j++ {
		if qs[j].Part != qs[j-1].Part {
			continue
		}
		if vs[j].intent == IntentOther && partOfBeforeMay(qs[j].Text) && partOfBefore.MatchString(qs[j].Text) {
			vs[j].intent = vs[j-1].intent
		}
		if !vs[j].about && vs[j-1].about && ofThose.MatchString(qs[j].Text) {
			// "How many of those were upheld?" after a question
			// about complaints counts complaints.
			vs[j].about = true
		}
	}
}

// inheritSubjects gives a short question that names its subject only by
// a pronoun ("Where are they?" after "How many public space CCTV cameras
// does the Council operate?", "What did that cost?") the words of the
// question before it, beside its own (at borrowedShare of their weight):
// asked again after the same
// question, it is the same question; after another, another.
func inheritSubjects(w *Weigher, qs []corpus.Question, vs []questionVector) {
	for j := 1; j < len(qs); j++ {
		if qs[j].Part != qs[j-1].Part || vs[j].text.subject || len(strings.Fields(qs[j].Text)) > 8 || !followUp.MatchString(qs[j].Text) {
			continue
		}
		vs[j].text = blend(vs[j].text, w.Vector(englishOf(qs[j-1].Text)), borrowedShare)
	}
}

// borrowedShare weighs the words a follow-up question takes from the one
// before it against its own.
const borrowedShare = 0.5

// followUp finds the pronoun by which a question names what the one
// before it asked about.
var followUp = regexp.MustCompile(`(?i)\b(?:they|them|it|its|their|those|these|that)\b`)

// ofThose finds a question about what the one before it counted: "How
// many of those were upheld?", or "How many went to the ombudsman?",
// which names nothing it counts.
var ofThose = regexp.MustCompile(`(?i)\b(?:of|among)\s+(?:those|these|them|which)\b|^\W*how\s+many\s+(?:were|was|went|are|is|have|had|did|got|resulted|led|reached)\b`)

// partOfBeforeMay is a cheap test before partOfBefore's.
func partOfBeforeMay(q string) bool {
	l := strings.ToLower(q)
	return strings.Contains(l, "of ") || strings.Contains(l, "including")
}

// partOfBefore opens a question about a part of what the one before it
// asked.
var partOfBefore = regexp.MustCompile(`(?i)^\W*(?:of (?:which|these|those|them|that|this)|of that total|including)\b`)

// otherHalves pairs the other half of a question that asks two things
// (halves) and was matched by one of them. A draft question asking two
// things also matches the letter's question, left unmatched, that its
// other half resembles most, and more than the half matched ("Who
// supplied the vehicles and when does that contract expire?" is both "Who
// supplied the vehicles?" and "When does the contract expire?"; "the
// average wait (a) for children's services and (b) for adult services" is
// both averages asked apart). An earlier question asking two things
// also matches a draft question left unmatched that asks its other half,
// where it is that draft question's best counterpart in the letter ("the
// contractors for responsive repairs and for void works" is who does the
// repairs and who does the void works, asked apart). Such a pair's score
// (in s) is its half's.
func otherHalves(pairs [][2]int, s [][]float64, dv, lv []questionVector, min float64) [][2]int {
	var extra [][2]int
	usedRow, usedCol := usedBy(pairs, len(dv), len(lv))
	for _, p := range pairs {
		hs := dv[p[0]].halves
		if hs == nil {
			continue
		}
		matched := closestHalf(hs, lv[p[1]])
		for h := range hs {
			if h == matched {
				continue
			}
			best, bv := -1, min
			for k := range lv {
				if usedCol[k] {
					continue
				}
				if v := similarity(hs[h], lv[k]); v >= bv && v > similarity(hs[matched], lv[k]) {
					best, bv = k, v
				}
			}
			if best >= 0 {
				s[p[0]][best] = math.Max(s[p[0]][best], bv)
				usedCol[best] = true
				extra = append(extra, [2]int{p[0], best})
			}
		}
	}
	for _, p := range pairs {
		hs := lv[p[1]].halves
		if hs == nil {
			continue
		}
		matched := closestHalf(hs, dv[p[0]])
		for i := range dv {
			if usedRow[i] {
				continue
			}
			for h := range hs {
				v := similarity(dv[i], hs[h])
				if h == matched || v < min || v <= similarity(dv[i], hs[matched]) || !bestInRow(s[i], p[1]) {
					continue
				}
				s[i][p[1]] = math.Max(s[i][p[1]], v)
				usedRow[i] = true
				extra = append(extra, [2]int{i, p[1]})
				break
			}
		}
	}
	return extra
}

// closestHalf returns which of halves q resembles most.
func closestHalf(halves []questionVector, q questionVector) int {
	best, bv := 0, -1.0
	for h := range halves {
		if v := similarity(halves[h], q); v > bv {
			best, bv = h, v
		}
	}
	return best
}

// bestInRow reports whether column j scores highest in row.
func bestInRow(row []float64, j int) bool {
	for k := range row {
		if row[k] > row[j]+1e-9 {
			return false
		}
	}
	return true
}

// sentenceKey is what a question's own vector (vectorOf) depends on.
func sentenceKey(q corpus.Question, authority string) memoKey {
	return memoKey{text: q.Text, context: q.Context, authority: authority, part: q.Part}
}

// weighAll returns the vector of every distinct question of the letters
// (vectorOf), by sentenceKey. Weighing a sentence is most of a match's
// work and each is independent of the others, so it is shared among the
// processors (eachIndex): w is only read.
func weighAll(w *Weigher, letters []corpus.Response) map[memoKey]questionVector {
	out := map[memoKey]questionVector{}
	var keys []memoKey
	var qs []corpus.Question
	for _, l := range letters {
		for _, q := range l.Questions {
			k := sentenceKey(q, l.Authority)
			if _, ok := out[k]; ok {
				continue
			}
			out[k] = questionVector{}
			keys = append(keys, k)
			qs = append(qs, withoutOwnName(q, l.Authority))
		}
	}
	vs := make([]questionVector, len(qs))
	_ = eachIndex(len(qs), func(i int) error {
		vs[i] = vectorOf(w, qs[i])
		return nil
	})
	for i, k := range keys {
		out[k] = vs[i]
	}
	return out
}

type memoKey struct {
	text, context, title, authority string
	part, asked                     int
}

// found is a draft question's counterpart in an earlier letter.
type found struct {
	letter, question int
	score            float64
}

// Thresholds of repeatedCounterparts: how alike two earlier letters'
// questions must be to be the same sentence asked again, how alike in
// words the draft question must still be to the second, and by how much
// more than to any other repeat.
const (
	repeatScore  = 0.9
	repeatFloor  = 0.1
	repeatMargin = 0.05
)

// askedTwice reports whether the letter's question k is asked again, near
// word for word, elsewhere in its letter: the same sentence of two things
// ("Contract expiry: when does the contract end?" in the part about the
// contact centre and in the part about the network), whose repeats in
// other letters its words cannot tell apart.
func askedTwice(lv []questionVector, k int) bool {
	for j := range lv {
		if j != k && textSimilarity(lv[k].text, lv[j].text) >= repeatScore {
			return true
		}
	}
	return false
}

// repeatedCounterparts adds to a draft question's counterparts the
// question of another earlier letter that repeats one of them nearly word
// for word ("What is the value of the CAD contract?" in an internal
// review, "Value of the CAD contract" in the request it reviewed), where
// that letter gave the draft question no counterpart of its own and no
// other draft question took it: the draft question asks what both asked,
// though its own words ("What is the contract value, (a) for the original
// term and (b) for the extension?") fell short of the second's, in its
// letter's context. Only a letter of the same authority that already
// answers another of the draft's questions is looked at, and only from a
// counterpart its own letter asks once. The counterpart's score is the one
// it repeats.
func repeatedCounterparts(counterparts [][]found, scores [][][]float64, lvs [][]questionVector, letters []corpus.Response, min float64) {
	taken := map[[2]int]bool{}
	has := make([]map[int]bool, len(counterparts))
	answers := map[int]int{} // draft questions each letter answers
	for i, fs := range counterparts {
		has[i] = map[int]bool{}
		for _, f := range fs {
			taken[[2]int{f.letter, f.question}] = true
			if !has[i][f.letter] {
				answers[f.letter]++
			}
			has[i][f.letter] = true
		}
	}
	for i, fs := range counterparts {
		// The counterparts that may vouch for a repeat: sure ones, each
		// asking one thing, asked once in its own letter. (A question
		// asking two things repeats each of them, asked apart, as near
		// word for word.)
		var sources []found
		for _, f := range fs {
			if f.score >= min && lvs[f.letter][f.question].halves == nil && !askedTwice(lvs[f.letter], f.question) {
				sources = append(sources, f)
			}
		}
		var extra []found
		for lk := range lvs {
			if len(sources) == 0 || has[i][lk] || scores[lk] == nil || answers[lk] == 0 {
				continue
			}
			// The repeats of the sources in lk, each with the first
			// source it repeats, told apart by the draft question's own
			// score against each: the same sentence asked there of two
			// things ("Expiry date (household waste collection)",
			// "Expiry date (street cleansing)") is told apart by the
			// draft's words, or not at all.
			s := scores[lk][i]
			best, second, from := -1, -1.0, found{}
			for k := range lvs[lk] {
				if taken[[2]int{lk, k}] || s[k] < repeatFloor {
					continue
				}
				for _, f := range sources {
					if letters[f.letter].Authority != letters[lk].Authority || similarity(lvs[f.letter][f.question], lvs[lk][k]) < repeatScore {
						continue
					}
					if best < 0 || s[k] > s[best] {
						if best >= 0 {
							second = max(second, s[best])
						}
						best, from = k, f
					} else {
						second = max(second, s[k])
					}
					break
				}
			}
			if best >= 0 && s[best]-second >= repeatMargin {
				taken[[2]int{lk, best}] = true
				extra = append(extra, found{letter: lk, question: best, score: from.score})
			}
		}
		counterparts[i] = append(counterparts[i], extra...)
	}
}

// witnesses is how many of a draft question's surest counterparts are
// asked whether a doubtful one is the same question.
const witnesses = 3

// askedApart reports whether a doubtful counterpart f of a draft question
// is another question in the eyes of an earlier letter: a letter where the
// draft question found a surer counterpart asked, beside it (in its part), a question
// that f resembles clearly more, asking for the same kind of answer, and
// that resembles f more than any other question of f's letter (the two
// are each other's counterparts). Two questions that one letter asked side
// by side are two questions ("how many fly-tipping incidents" and "how
// many fly-tipping prosecutions"), however alike their words; this keeps a
// letter that asked only one of them from matching the other.
func askedApart(f found, all []found, lvs [][]questionVector, min float64) bool {
	if f.score >= swapScore {
		return false
	}
	sure := make([]found, 0, len(all))
	for _, g := range all {
		if g.letter != f.letter && g.score > f.score+clearMargin {
			sure = append(sure, g)
		}
	}
	sort.SliceStable(sure, func(a, b int) bool { return sure[a].score > sure[b].score })
	if len(sure) > witnesses {
		sure = sure[:witnesses]
	}
	x := lvs[f.letter]
	q := x[f.question]
	if q.intent == IntentOther || q.halves != nil {
		// A doubtful counterpart that joins two asks ("Who runs the
		// leisure centres and how many sites does that contract
		// cover?") is like the surer letter's question asking its
		// other half, and still the counterpart of the one asking this.
		return false
	}
	for _, g := range sure {
		lv := lvs[g.letter]
		// r: the question of the surer letter asking for f's kind of
		// answer that f resembles most.
		r, v := -1, 0.0
		for k := range lv {
			// Beside it: in its part. The same sentence in another part
			// asks about another thing.
			if k == g.question || lv[k].intent != q.intent || lv[k].part != lv[g.question].part {
				continue
			}
			if sim := similarity(q, lv[k]); r < 0 || sim > v {
				r, v = k, sim
			}
		}
		if r < 0 || v < min || v < similarity(q, lv[g.question])+clearMargin {
			continue
		}
		// ...and that resembles f most of the doubtful letter's questions
		// of that kind: the two are each other's counterparts.
		mutual := true
		for k := range x {
			if k != f.question && x[k].intent == q.intent && similarity(lv[r], x[k]) > v {
				mutual = false
				break
			}
		}
		if mutual {
			return true
		}
	}
	return false
}

// align pairs rows with columns one to one, keeping their order, so that
// the total similarity of the pairs scoring at least min is greatest,
// except where a row and a column that are each other's best counterpart
// give more against that order (see below); then pairs neighbours of
// matched pairs whose own words (t: without their parts' headings) come
// within neighbourSlack of min; then pairs the rows and columns left over
// whose similarity is at least swapScore, or that are each other's best
// (questions that changed places), best first.
func align(s, t [][]float64, min float64) [][2]int {
	n := len(s)
	if n == 0 {
		return nil
	}
	m := len(s[0])
	rowBest, colBest := bestOf(s)
	// A question and its counterpart that are each other's best over
	// the whole letter are paired against the letter's order when that
	// gives the letter's pairs more in all, by more than clearMargin: the
	// order of the letter must not give a question's near-certain
	// counterpart to a neighbour that only resembles it (a question that
	// moved, whose place a look-alike took), but it decides between two
	// near-equal readings (the same sentence in the next part, whose
	// heading differs).
	skipRow, skipCol := make([]bool, n), make([]bool, m)
	var moved [][2]int
	// total: the gain of the pairs in order and of those moved, each
	// moved one less clearMargin; base: that of the moved ones alone.
	pairs, total := inOrder(s, min, skipRow, skipCol)
	base := 0.0
	for len(moved) < n {
		bestGain, bi := total, -1
		var bestPairs [][2]int
		for i := 0; i < n; i++ {
			j := rowBest[i]
			if skipRow[i] || j < 0 || skipCol[j] || colBest[j] != i || s[i][j] < min || pairOfRow(pairs, i) == j {
				continue
			}
			skipRow[i], skipCol[j] = true, true
			rest, g := inOrder(s, min, skipRow, skipCol)
			skipRow[i], skipCol[j] = false, false
			if g += base + gain(s[i][j], min) - clearMargin; g > bestGain+1e-9 {
				bestGain, bi, bestPairs = g, i, rest
			}
		}
		if bi < 0 {
			break
		}
		bj := rowBest[bi]
		skipRow[bi], skipCol[bj] = true, true
		moved = append(moved, [2]int{bi, bj})
		base += gain(s[bi][bj], min) - clearMargin
		total, pairs = bestGain, bestPairs
	}
	pairs = append(pairs, moved...)
	usedRow, usedCol := usedBy(pairs, n, m)
	pairs = neighbours(pairs, s, t, min, usedRow, usedCol)
	// Swapped questions: a row and a column left over that are each
	// other's best counterpart (over the whole letter), or that are near
	// identical, match even against the letter's order. Best first.
	type cand struct {
		i, j int
		v    float64
	}
	var extra []cand
	for i := 0; i < n; i++ {
		if usedRow[i] {
			continue
		}
		for j := 0; j < m; j++ {
			if usedCol[j] || s[i][j] < min {
				continue
			}
			if s[i][j] >= swapScore || (rowBest[i] == j && colBest[j] == i) {
				extra = append(extra, cand{i, j, s[i][j]})
			}
		}
	}
	sort.Slice(extra, func(a, b int) bool {
		if extra[a].v != extra[b].v {
			return extra[a].v > extra[b].v
		}
		if extra[a].i != extra[b].i {
			return extra[a].i < extra[b].i
		}
		return extra[a].j < extra[b].j
	})
	for _, c := range extra {
		if !usedRow[c.i] && !usedCol[c.j] {
			usedRow[c.i], usedCol[c.j] = true, true
			pairs = append(pairs, [2]int{c.i, c.j})
		}
	}
	sort.Slice(pairs, func(a, b int) bool { return pairs[a][0] < pairs[b][0] })
	return pairs
}

// neighbours adds to pairs the neighbours of matched pairs that face
// each other: a question between two that matched, facing the question
// between their counterparts, is very likely its counterpart even when
// reworded past the threshold: the order of the letter vouches for it.
// A neighbour on one side is enough, down to neighbourSlack below min of
// the questions' own words (t): their parts' headings, which neighbours
// share by their place alone, are no further evidence. usedRow and usedCol
// mark the rows and columns paired.
func neighbours(pairs [][2]int, s, t [][]float64, min float64, usedRow, usedCol []bool) [][2]int {
	n, m := len(usedRow), len(usedCol)
	for changed := true; changed; {
		changed = false
		for _, p := range append([][2]int(nil), pairs...) {
			for _, d := range []int{-1, 1} {
				i, j := p[0]+d, p[1]+d
				if i < 0 || j < 0 || i >= n || j >= m || usedRow[i] || usedCol[j] {
					continue
				}
				if t[i][j] >= min-neighbourSlack && !resemblesMore(s, i, j, betterBy, usedRow, usedCol) {
					// A neighbour's place is no evidence against a
					// question not yet paired that fits better.
					// The order of the letter is evidence too: the pair's
					// score in context is its words' similarity raised
					// by the slack, so that what is reported as a match
					// always scores at least the threshold.
					s[i][j] = math.Min(1, math.Max(s[i][j]+neighbourSlack, min))
					usedRow[i], usedCol[j] = true, true
					pairs = append(pairs, [2]int{i, j})
					changed = true
				}
			}
		}
	}
	return pairs
}

// betterBy is how much more another free question must resemble one for
// a neighbour's place to count for nothing.
const betterBy = 0.05

// inOrder pairs the rows and columns not skipped one to one, keeping
// their order, so that the total gain of the pairs scoring at least min is
// greatest; it returns the pairs and their total gain.
func inOrder(s [][]float64, min float64, skipRow, skipCol []bool) ([][2]int, float64) {
	n, m := len(s), len(s[0])
	f := make([][]float64, n+1)
	for i := range f {
		f[i] = make([]float64, m+1)
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			best := max(f[i-1][j], f[i][j-1])
			if v := s[i-1][j-1]; v >= min && !skipRow[i-1] && !skipCol[j-1] {
				best = max(best, f[i-1][j-1]+gain(v, min))
			}
			f[i][j] = best
		}
	}
	var pairs [][2]int
	for i, j := n, m; i > 0 && j > 0; {
		v := s[i-1][j-1]
		switch {
		case v >= min && !skipRow[i-1] && !skipCol[j-1] && f[i][j] == f[i-1][j-1]+gain(v, min):
			pairs = append(pairs, [2]int{i - 1, j - 1})
			i, j = i-1, j-1
		case f[i][j] == f[i-1][j]:
			i--
		default:
			j--
		}
	}
	return pairs, f[n][m]
}

// bestOf returns, per row, the column it scores highest with, and per
// column the row (the first on a tie; -1 when there is none).
func bestOf(s [][]float64) (rowBest, colBest []int) {
	n, m := len(s), len(s[0])
	rowBest, colBest = make([]int, n), make([]int, m)
	for i := range rowBest {
		rowBest[i] = -1
	}
	for j := range colBest {
		colBest[j] = -1
	}
	for i := 0; i < n; i++ {
		for j := 0; j < m; j++ {
			if rowBest[i] < 0 || s[i][j] > s[i][rowBest[i]] {
				rowBest[i] = j
			}
			if colBest[j] < 0 || s[i][j] > s[colBest[j]][j] {
				colBest[j] = i
			}
		}
	}
	return rowBest, colBest
}

func pairOfRow(pairs [][2]int, i int) int {
	for _, p := range pairs {
		if p[0] == i {
			return p[1]
		}
	}
	return -1
}

// gain is what a pair adds to an alignment: its similarity above the
// threshold, so that one near-certain pair outweighs two doubtful ones
// crossing it (look-alike neighbours such as contract expiry and contract
// review, which the sum of plain similarities would pair crosswise). The
// small constant keeps a pair at the threshold worth taking.
func gain(v, min float64) float64 { return v - min + 0.01 }

// dedupe keeps one match per earlier question (the same letter ingested
// twice, as a PDF and as a web page, is one answer) and orders them best
// first, then newest, then by reference and question.
func dedupe(ps []Previous) []Previous {
	type key struct {
		ref, qid string
		date     corpus.Date
	}
	best := map[key]int{}
	var out []Previous
	for _, p := range ps {
		k := key{corpus.Fold(p.Reference), p.QuestionID, p.Date}
		if p.Reference == "" {
			k.ref = p.SHA256
		}
		if i, ok := best[k]; ok {
			if p.Score > out[i].Score {
				out[i] = p
			}
			continue
		}
		best[k] = len(out)
		out = append(out, p)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if c := a.Date.Compare(b.Date); c != 0 {
			return c > 0
		}
		if a.Reference != b.Reference {
			return a.Reference < b.Reference
		}
		return a.QuestionID < b.QuestionID
	})
	return out
}

// round keeps scores readable and stable across platforms.
func round(x float64) float64 {
	return float64(int(x*1000+0.5)) / 1000
}
