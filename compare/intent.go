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
	IntentMeasure
	IntentDocument
	IntentProduct
)

// intentWords are, per intent in the order tried, the words and phrases
// (of words as words splits them) that show it. A length of time (how
// long, how quickly) and a depth are measured values, and come before
// count: "the average number of days to
// close a case" asks how long, as "the average time taken" does. Money
// before count: "how
// much did ... cost" and "the total value"; a share before count: "what
// percentage of staff" is no count; a measured value (a reading, an
// average, the longest) last: "the average number of calls" is a count, "the average
// cost" money, "the mean nitrogen dioxide reading at each station" is
// neither, nor the number of stations.
var intentWords = []struct {
	intent  Intent
	words   map[string]bool
	phrases [][]string
	marks   string // characters that show it on their own
}{
	{IntentMoney, setOf(`cost costs costed costing spend spends spending spent expenditure expenditures value values valued
budget budgets budgeted price prices priced paid pay pays paying fee fees worth payment payments`),
		phrasesOf("how much|hourly rate|hourly rates|day rate|day rates|daily rate|daily rates|rate per hour|rates per hour|what is the penalty|level of the penalty|level of the fixed penalty|amount of the penalty|amount of the fixed penalty|what is the fixed penalty|how much is the fixed penalty|how much is the penalty"), "£"},
	{IntentShare, setOf(`percentage percentages proportion proportions percent rate rates`), phrasesOf("per cent"), "%"},
	{IntentMeasure, setOf(`depth deep duration`), phrasesOf(`term of the contract|contract term|term of the agreement|agreement term|term of the deal|
term of the arrangement|term of the lease|for what term|what term|how many years|number of years|in months or years|in years or months|length of the contract|length of contract|how long|how many days|how many weeks|how many months|how many hours|how many minutes|
number of days|number of weeks|number of months|number of hours|number of minutes|time taken|length of time|average time|
retention period|retained for|kept for|how quickly|how soon|how fast|what timescale|what timescales|target time|target times`), ""},
	{IntentCount, setOf(`quantity volumes tonnage headcount`), phrasesOf("how many|number of|numbers of|size of|count of|volume of"), ""},
	{IntentWho, setOf(`who whom whose supplier suppliers provider providers manufacturer vendor contractor`),
		phrasesOf(`which company|which companies|which supplier|which suppliers|which provider|which providers|which firm|
names of|the names|name of|which organisation|which product|which products|which system|which software|which manufacturer|which model|which models|
name of the|name the|make and model|make or model|what model|model of`), ""},
	{IntentWhen, setOf(`when expiry expire expires expiration`),
		phrasesOf(`renewal date|review date|start date|end date|what date|what dates|which date|which dates|what month|what months|date the|date of|date on which|dates of|
which month|which months|what day|what days|which day|which days`), ""},
	{IntentWhere, setOf(`locations location located sited situated address addresses postcode postcodes`), phrasesOf("where is|where are|where was|where were|where do|where does"), ""},
	{IntentMeasure, setOf(`reading readings concentration concentrations measurement measurements average averages mean median
longest shortest`), nil, ""},
}

// payService is a service named by how one pays for it.
var payService = regexp.MustCompile(`\bpay[\s-]+(?:by[\s-]+(?:phone|app|card|mobile)|and[\s-]+display|on[\s-]+(?:foot|exit|entry))\b`)

// whichThing opens a question asking which of some things: "which
// agency", "which single supplier".
var whichThing = regexp.MustCompile(`^which\s+(?:single\s+|one\s+|individual\s+)?([a-z]+)\b`)

// asksWhichThing reports whether a question opens by asking which of some
// things that are not times ("which agency", not "which year").
func asksWhichThing(s string) bool {
	if !strings.HasPrefix(s, "which") {
		return false
	}
	m := whichThing.FindStringSubmatch(s)
	return m != nil && !timeWords[m[1]]
}

// timeWords name a time, which "which" asks for as "when" does.
var timeWords = setOf(`year years month months date dates day days week weeks quarter quarters period periods time times financial calendar academic`)

// dashLabelIn returns dashLabel's submatch indexes in s, nil when s has
// no dash (most questions).
func dashLabelIn(s string) []int {
	if !strings.ContainsAny(s, "–—-") {
		return nil
	}
	return dashLabel.FindStringSubmatchIndex(s)
}

// dashLabel is a short label before a dash that opens a question.
var dashLabel = regexp.MustCompile(`^\s*([^–—?.:]{2,40}?)\s+[–—-]\s+(\S)`)

// contactWords come before "address" in contact details.
var contactWords = setOf(`email e mail contact web website ip postal`)

// phrasesOf splits "a b|c d" into phrases of words.
func phrasesOf(s string) [][]string {
	var out [][]string
	for _, p := range strings.Split(s, "|") {
		out = append(out, strings.Fields(p))
	}
	return out
}

var yesNoStart = regexp.MustCompile(`^(?:(?:please\s+|kindly\s+|can\s+you\s+|could\s+you\s+)?(?:confirm|state|tell\s+(?:me|us)|advise(?:\s+me)?|indicate)\s+(?:whether|if)\b|whether\b|(do|does|did|is|are|was|were|has|have|had|can|could|will|would)\b)`)

// ifSo opens what a yes-or-no question asks for when the answer is yes
// ("Do you hold cyber insurance? If so, with which insurer?", "Is the
// service outsourced? If outsourced, to whom?").
var ifSo = regexp.MustCompile(`\bif (so|yes|\w+ed)\b`)

func ifSoIn(s string) []int {
	if !strings.Contains(s, "if ") {
		return nil
	}
	return ifSo.FindStringIndex(s)
}

// eachOf is a qualifier that says which things a question covers, not
// what it asks about them ("For each supplier, please state the date
// the contract expires" asks when).
var eachOf = regexp.MustCompile(`\b(for|of|with|from) (each|every|all|any) (of )?(the |your )?(suppliers?|contracts?|providers?|contractors?)\b`)

// ranking asks for the names of the first few of a ranking ("which five
// agencies received the most", "the top ten suppliers by spend", "the
// five highest-paid agencies"): names, whatever the ranking is by; "how
// much was spent on the five largest contracts" asks a sum.
var ranking = regexp.MustCompile(`\b(?:which|top|name the|list the)\s+(?:\d+|three|five|ten|twenty)\b|\b(?:\d+|three|five|ten|twenty)\s+(?:highest|largest|biggest|most|top)\b`)

// topPayee names a body by what it was paid, most or least: "the
// agency to which the Trust paid the most", "the staffing agency that
// received the largest payments".
var topPayee = regexp.MustCompile(`\b(?:the|which)\s+(?:\w+\s+)?(?:agency|agencies|supplier|suppliers|provider|providers|contractor|contractors|company|companies|firm|firms|organisation|organisations|consultancy|consultancies)\b.{0,60}?\b(?:the\s+)?(?:most|largest|highest|biggest|greatest|least|smallest|lowest)\b`)

// shareWords ask for a share whatever else a question mentions.
var shareWords = setOf(`percentage percentages proportion proportions percent`)

// mayRank is a cheap test before ranking's: a ranking names how many it
// wants, in figures or in one of ranking's words.
func mayRank(s string) bool {
	return strings.ContainsAny(s, "0123456789") || strings.Contains(s, "three") || strings.Contains(s, "five") ||
		strings.Contains(s, "ten") || strings.Contains(s, "twenty")
}

// headNoun is a question that opens by asking for a number or names:
// "the number of ...", "please list the names of ...", "the name and job
// title of ...".
var headNoun = regexp.MustCompile(`^(?:please\s+)?(?:(?:list|provide|give|state|supply|send|tell\s+me)\s+)?(?:me\s+)?(?:the\s+)?(?:total\s+)?(numbers?|names?)\s+(?:and\s+(?:job\s+)?titles?\s+)?of\b`)

// IntentOf classifies a question by the answer it asks for. A label
// before a colon ("Contract Expiry: please state ...") names the question
// and decides when it shows an intent; a yes-or-no question followed by
// "if so" asks for what follows. A question asking for the first few of
// a ranking asks for names. Otherwise the first pattern that matches
// the question, in the order money, share, count, who, when, where,
// measure; else a question opening with an auxiliary verb ("Does the
// force use ...") asks yes or no.
func IntentOf(q string) Intent {
	s := strings.ToLower(q)
	if strings.Contains(s, "ransom") {
		// A ransom demand met is a ransom paid.
		s = metRansom.ReplaceAllString(s, "paid $1 ransom")
	}
	if loc := ifSoIn(s); loc != nil && yesNoStart.MatchString(strings.TrimSpace(s)) {
		return patternIntent(s[loc[1]:])
	}
	if i := strings.IndexByte(s, ':'); i > 0 && i < 60 {
		if in := patternIntent(s[:i]); in != IntentOther {
			return in
		}
		s = s[i+1:]
	} else if m := dashLabelIn(s); m != nil && len(strings.Fields(s[m[2]:m[3]])) <= 4 {
		// "End date – when is each contract scheduled to finish?",
		// "Procurement – does the Council intend to ...": a label before
		// a dash names the question as one before a colon does.
		if in := patternIntent(s[m[2]:m[3]]); in != IntentOther {
			return in
		}
		s = s[m[4]:]
		if loc := ifSoIn(s); loc != nil && yesNoStart.MatchString(strings.TrimSpace(s)) {
			return patternIntent(s[loc[1]:])
		}
	}
	if strings.Contains(s, "each") || strings.Contains(s, "every") || strings.Contains(s, "all") || strings.Contains(s, "any") {
		s = eachOf.ReplaceAllString(s, "")
	}
	if !strings.HasPrefix(strings.TrimSpace(s), "how ") && mayRank(s) && ranking.MatchString(s) {
		return IntentWho
	}

	if strings.Contains(s, "who") {
		// "everyone who works for the force" names people, asking
		// nothing about who they are.
		s = relativeWho.ReplaceAllString(s, "$1 that")
	}
	yesNo := yesNoStart.MatchString(strings.TrimSpace(s))
	if yesNo && strings.Contains(s, "when") && !tellsWhen.MatchString(s) {
		// "Do firefighters wear body cameras when attending
		// incidents?" asks whether, at a time it names; "Can you tell
		// me when it expires?" asks when.
		s = whileWhen.ReplaceAllString(s, "while $1")
	}
	if yesNo && (strings.Contains(s, "location") || strings.Contains(s, "site")) && !tellsWhere.MatchString(s) {
		// "Do you use surveillance cameras ... at locations prone to
		// fly-tipping?" asks whether, of the places it names; "Can you
		// list the locations?" asks where.
		s = placesNamed.ReplaceAllString(s, "$1 places")
	}
	in := patternIntent(s)
	if (in == IntentMoney || in == IntentShare) && (asksWhichThing(strings.TrimSpace(s)) || strings.HasPrefix(strings.TrimSpace(s), "who ") || topPayee.MatchString(s)) {
		// "Which agency did you pay the most?", "Who was your biggest
		// agency supplier by spend?", "the agency to which the Trust
		// paid the most": the agency's name, whatever was paid; "which
		// year" asks when.
		return IntentWho
	}
	t := strings.TrimSpace(s)
	if in == IntentOther && nameFirst.MatchString(t) {
		// "Name, role and email address of the contract manager"
		// asks who.
		return IntentWho
	}
	if in == IntentMoney && strings.HasPrefix(t, "how many ") {
		// "How many staff are paid more than £100,000 a year?" counts
		// the staff, whatever money it mentions.
		return IntentCount
	}
	if m := headNoun.FindStringSubmatch(t); m != nil {
		// "The number of interim managers paid more than £750 per day"
		// counts them; "please list the names of interim managers paid
		// over £750" names them: what the question opens by asking for
		// decides, whatever money it mentions.
		if strings.HasPrefix(m[1], "number") {
			return IntentCount
		}
		if in == IntentMoney || in == IntentShare || in == IntentCount {
			return IntentWho
		}
	}
	if in != IntentOther {
		if in == IntentWho && productAsked(s) {
			return IntentProduct
		}
		if in == IntentWho && yesNoStart.MatchString(strings.TrimSpace(s)) && !containsAny(words(s), namingWords) {
			// "Did the Trust use private ambulance providers?" asks
			// whether, not who: the providers are only its subject.
			return IntentYesNo
		}
		return in
	}
	if productAsked(s) {
		return IntentProduct
	}
	if yesNoStart.MatchString(strings.TrimSpace(s)) {
		return IntentYesNo
	}
	if strings.Contains(s, "list") && listOf.MatchString(s) || strings.HasPrefix(strings.TrimSpace(s), "which ") || whatKindOf.MatchString(s) {
		return IntentWho
	}
	if ws := words(s); containsAny(ws, documentWords) || sendsDocument.MatchString(s) {
		return IntentDocument
	}
	return IntentOther
}

// whileWhen is "when" joining a circumstance to a question ("when
// attending incidents", "when they are off sick", "when on patrol").
var whileWhen = regexp.MustCompile(`\bwhen\s+([a-z]+ing|they|it|he|she|we|you|staff|officers|firefighters|crews|employees|at|on|in|off|there)\b`)

// tellsWhen asks to be told when: "can you tell me when", "do you know
// when", "please confirm when".
var tellsWhen = regexp.MustCompile(`\b(?:tell|know|advise|confirm|state|say|indicate|inform)\s+(?:me\s+|us\s+)?when\b`)

// placesNamed is a place named as a circumstance: "at locations prone
// to", "on sites where".
var placesNamed = regexp.MustCompile(`\b(at|in|on|near|across|around)\s+(?:the\s+|some\s+|any\s+|all\s+)?(?:locations?|sites?)\b`)

// tellsWhere asks to be told where: "tell me where", "list the
// locations", "which sites".
var tellsWhere = regexp.MustCompile(`\b(?:tell|know|advise|confirm|state|say|indicate|inform|list|provide|give|name)\s+(?:me\s+|us\s+)?(?:where|the\s+(?:locations?|sites?|addresses?))\b|\bwhich\s+(?:locations?|sites?)\b`)

// metRansom is a ransom demand met: "met a ransom demand".
var metRansom = regexp.MustCompile(`\b(?:met|meet|meets|meeting)\s+(a|any|the)\s+ransom`)

// whatKindOf opens a question that asks for the kind of a thing by name,
// as "which" does: "What type of drones do you fly?" is answered by makes
// and models.
var whatKindOf = regexp.MustCompile(`^\W*what\s+(?:types?|kinds?|sorts?|makes?|models?|brands?)\s+of\b`)

// productAsked reports whether a question asks which system or software
// is used, naming no one who makes or supplies it: "What rostering
// system does the trust use?", "Name of the patient record system in
// use." ask for a product's name, "Who supplies the rostering system?"
// for a company's, and the two are different questions.
func productAsked(s string) bool {
	ws := words(s)
	return containsAny(ws, productWords) && !containsAny(ws, makerWords) &&
		(containsAny(ws, setOf("which what list")) || hasPhraseIn(ws, []string{"name", "of"}))
}

// productWords name a system or software; makerWords whoever makes,
// supplies or runs it.
var (
	productWords = setOf(`system systems software platform platforms application applications tool tools solution solutions package packages`)
	makerWords   = setOf(`who whom supplier suppliers supplies supplied supply supplying provider providers provides provided
manufacturer manufacturers vendor vendors contractor contractors company companies firm firms organisation organisations operator`)
)

func hasPhraseIn(ws, ph []string) bool {
	for i := range ws {
		if hasPhrase(ws[i:], ph) {
			return true
		}
	}
	return false
}

// namingWords ask for a name in a question that opens as a yes or no
// one ("Do you know who supplies ...", "Can you name the provider").
var namingWords = setOf(`who whom which name names named identity identify identities`)

// documentWords ask for a document ("please provide your policy on the
// use of agency staff"), where nothing else shows what is asked: no sum,
// count or name, and no yes or no.
var documentWords = setOf(`policy policies procedure procedures guidance strategy strategies protocol protocols copy copies`)

// nameFirst opens a question with the name asked for among other
// details: "Name, role and email address of ...", "Names and job titles".
var nameFirst = regexp.MustCompile(`^names?(?:,| and )`)

// relativeWho is "who" after the people it describes: "everyone who
// works", "staff who left", "officers who were injured".
var relativeWho = regexp.MustCompile(`\b(everyone|everybody|anyone|anybody|someone|those|people|staff|officers|employees|persons?|individuals|members|children|pupils|patients|residents|drivers|users|applicants|workers|colleagues)\s+who\b`)

// sendsDocument asks for a document by asking to be sent it, where
// nothing else shows what is asked: "Please send me the contract in
// full" wants the contract, not what it is worth; "please provide the
// contract value" is not one (the value follows the contract).
var sendsDocument = regexp.MustCompile(`\b(?:send|provide|supply|disclose|share|forward|release|publish)\b[^.?]{0,40}?\b(?:contracts?|agreements?|specifications?|minutes|reports?|plans?|assessments?|business case)(?:\s+in full\b|\s*$|\s*[.?])`)

func containsAny(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

// listOf asks for a list of things, which names them ("please list your
// partner colleges", "a list of the agencies used"), where nothing else shows
// what is asked about them; so does a question opening with "which"
// ("Which agencies did you use?").
var listOf = regexp.MustCompile(`^\W*(?:please\s+)?list\b|\ba list of\b`)

// patternIntent is the intent of the first of intentWords that s shows,
// IntentOther when it shows none; a question opening with "where" asks
// where.
func patternIntent(s string) Intent {
	if strings.Contains(s, "pay") {
		// "Pay-by-phone", "pay and display": a service's name, no
		// payment asked about.
		s = payService.ReplaceAllString(s, "parking")
	}
	ws := words(s)
	// "How many shifts were paid above the cap?" counts shifts: a
	// question that opens "how many" asks a number of things, or a length
	// of time, whatever money or rate it mentions.
	howMany := len(ws) > 1 && ws[0] == "how" && ws[1] == "many"
	if !howMany && containsAny(ws, shareWords) {
		// "Percentage commission paid": a share of what is paid, not
		// an amount.
		return IntentShare
	}
	for _, p := range intentWords {
		if howMany && (p.intent == IntentMoney || p.intent == IntentShare) {
			continue
		}
		if p.marks != "" && strings.ContainsAny(s, p.marks) {
			return p.intent
		}
		for i, w := range ws {
			if p.words[w] && !(p.intent == IntentWhere && i > 0 && contactWords[ws[i-1]]) {
				// "email address", "contact address": contact details
				// asked with a name, not a place.
				return p.intent
			}
			for _, ph := range p.phrases {
				if ph[0] == w && hasPhrase(ws[i:], ph) {
					return p.intent
				}
			}
		}
		if p.intent == IntentWhere && len(ws) > 0 && ws[0] == "where" {
			return p.intent
		}
	}
	return IntentOther
}

func hasPhrase(ws, ph []string) bool {
	if len(ws) < len(ph) {
		return false
	}
	for i := range ph {
		if ws[i] != ph[i] {
			return false
		}
	}
	return true
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
	if a == IntentDocument && b == IntentYesNo || a == IntentYesNo && b == IntentDocument {
		// "Does the trust have a policy on agency staff?" asks what
		// "please provide your policy on agency staff" would show.
		return 1
	}
	return intentPenalty
}
