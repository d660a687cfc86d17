package compare

import (
	"regexp"
	"strings"
)

// Intent is what kind of answer a question asks for. Two questions about
// the same thing that ask for different kinds of answer are different
// questions ("how many body-worn cameras" is not "who supplies the
// body-worn cameras"), which their shared words alone would not show.
type Intent int

// The intents told apart; IntentOther when a question shows none of them
// (it then differs from no other).
const (
	IntentOther Intent = iota
	IntentCount
	IntentWho
	IntentWhen
	IntentMoney
	IntentYesNo
	IntentWhere
	IntentShare
)

var intentPatterns = []struct {
	intent Intent
	re     *regexp.Regexp
}{
	// Money before count: "how much did ... cost" and "the total value".
	{IntentMoney, regexp.MustCompile(`\b(how much|cost|costs|costed|spend|spent|expenditure|value|budget|price|paid|fee|fees|£)`)},
	// A share before count: "what percentage of staff" is no count.
	{IntentShare, regexp.MustCompile(`\b(percentage|proportion|per cent|percent|rate)\b|%`)},
	{IntentCount, regexp.MustCompile(`\b(how many|number of|total number|numbers of|size of|count of|quantity|volume of|volumes|tonnage)\b`)},
	{IntentWho, regexp.MustCompile(`\b(who|which (company|companies|supplier|suppliers|provider|providers|firm|organisation|product|products|system|software|manufacturer|model|models)|name of the|name the|supplier|suppliers|provider|providers|manufacturer|vendor|contractor|make and model|make or model|what model|model of)\b`)},
	{IntentWhen, regexp.MustCompile(`\b(when|expiry|expire|expires|expiration|renewal date|review date|start date|end date|(what|which) (date|dates|month|months|day|days))\b`)},
	{IntentWhere, regexp.MustCompile(`^where\b|\bwhere (is|are|was|were|do|does)\b|\b(locations?|located|sited|situated)\b`)},
}

var yesNoStart = regexp.MustCompile(`^(do|does|did|is|are|was|were|has|have|had|can|could|will|would)\b`)

// ifSo opens what a yes-or-no question asks for when the answer is yes
// ("Do you hold cyber insurance? If so, with which insurer?").
var ifSo = regexp.MustCompile(`\bif (so|yes)\b`)

// eachOf is a qualifier that says which things a question covers, not
// what it asks about them ("For each supplier, please state the date
// the contract expires" asks when).
var eachOf = regexp.MustCompile(`\b(for|of|with|from) (each|every|all|any) (of )?(the |your )?(suppliers?|contracts?|providers?|contractors?)\b`)

// IntentOf classifies a question by the answer it asks for. A label
// before a colon ("Contract Expiry: please state ...") names the question
// and decides when it shows an intent; a yes-or-no question followed by
// "if so" asks for what follows. Otherwise the first pattern that matches
// the question, in the order money, share, count, who, when, where; else
// a question opening with an auxiliary verb ("Does the force use ...")
// asks yes or no.
func IntentOf(q string) Intent {
	s := strings.ToLower(q)
	if loc := ifSo.FindStringIndex(s); loc != nil && yesNoStart.MatchString(strings.TrimSpace(s)) {
		return patternIntent(s[loc[1]:])
	}
	if i := strings.IndexByte(s, ':'); i > 0 && i < 60 {
		if in := patternIntent(s[:i]); in != IntentOther {
			return in
		}
		s = s[i+1:]
	}
	s = eachOf.ReplaceAllString(s, "")
	if in := patternIntent(s); in != IntentOther {
		return in
	}
	if yesNoStart.MatchString(strings.TrimSpace(s)) {
		return IntentYesNo
	}
	return IntentOther
}

// patternIntent is the intent of the first pattern that matches s,
// IntentOther when none does.
func patternIntent(s string) Intent {
	for _, p := range intentPatterns {
		if p.re.MatchString(s) {
			return p.intent
		}
	}
	return IntentOther
}

// intentPenalty scales the similarity of two questions asking for
// different kinds of answer: enough that the same subject asked another
// way ("how many body-worn cameras", "who supplies the body-worn
// cameras", which share every other word) stays below the threshold even
// where the order of the letter vouches for it (neighbourSlack).
const intentPenalty = 0.4

func intentFactor(a, b Intent) float64 {
	if a == IntentOther || b == IntentOther || a == b {
		return 1
	}
	return intentPenalty
}
