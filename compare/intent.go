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

// IntentOf classifies a question by the answer it asks for: the first
// pattern that matches, in the order money, share, count, who, when,
// where; else a
// question opening with an auxiliary verb ("Does the force use ...") asks
// yes or no.
func IntentOf(q string) Intent {
	s := strings.ToLower(q)
	// A label before a colon ("Contract Expiry: please state ...") names
	// the question; read it with the rest.
	for _, p := range intentPatterns {
		if p.re.MatchString(s) {
			return p.intent
		}
	}
	// "Contract duration: do you ..." – skip a leading label.
	if i := strings.IndexByte(s, ':'); i > 0 && i < 60 {
		s = s[i+1:]
	}
	if yesNoStart.MatchString(strings.TrimSpace(s)) {
		return IntentYesNo
	}
	return IntentOther
}

// intentPenalty scales the similarity of two questions asking for
// different kinds of answer.
const intentPenalty = 0.7

func intentFactor(a, b Intent) float64 {
	if a == IntentOther || b == IntentOther || a == b {
		return 1
	}
	return intentPenalty
}
