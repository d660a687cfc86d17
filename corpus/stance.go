package corpus

import (
	"slices"
	"sort"
	"strings"
)

// reading is what a piece of answer text says about a stance.
type reading struct {
	kind       StanceKind
	exemptions []string
	// signal is true when the text itself carried a stance (a refusal, a
	// citation, "not held"); a plain answer is released without a signal.
	signal bool
}

// Phrases that carry a stance. Matched on lower-cased text with spaces
// folded.
var (
	reNCND     = mustAlternation(`neither\s+confirm(?:s|ing)?\s+n?or\s+den(?:y|ies|ying)|will\s+not\s+confirm\s+or\s+deny|(?:can|could)\s*not\s+confirm\s+or\s+deny|(?:unable|not\s+able)\s+to\s+(?:either\s+)?confirm\s+or\s+deny|\bncnd\b|neither\s+to\s+confirm\s+nor\s+deny|duty\s+to\s+confirm\s+or\s+deny\s+does\s+not\s+apply|duty\s+to\s+confirm\s+or\s+deny\s+(?:is|has\s+been)\s+(?:removed|excluded|disapplied)|duty\s+to\s+confirm\s+or\s+deny\s+does\s+not\s+arise`)
	reCost     = mustAlternation(`appropriate\s+limit|cost\s+limit|costs?\s+(?:of\s+compliance\s+)?(?:would\s+)?exceed|exceeds?\s+the\s+(?:appropriate\s+|cost\s+|time\s+|fees?\s+)?limit|would\s+exceed\s+(?:the\s+)?(?:£\s?(?:450|600)|18|24)|\b(?:18|24)\s+hours\b[^.]*(?:limit|cost|£|compl|retriev|locat|extract|search)|(?:limit|cost|£|compl|retriev|locat|extract|search)[^.]*\b(?:18|24)\s+hours\b|£\s?(?:450|600)(?:\.00)?(?:[^\d,.]|[.,](?:\D|$)|$)|excessive\s+cost`)
	reVex      = mustAlternation(`vexatious|repeated\s+request|repeat\s+request|substantially\s+similar\s+request|manifestly\s+unreasonable`)
	reNotHeld  = mustAlternation(`\bno\s+(?:copies\s+of\s+)?(?:minutes|notes|records|reports|documents|files|e-?mails|logs|registers|statistics|papers|recordings|photographs)\b(?:\s+(?:or|and)\s+[a-z-]+)?(?:\s+(?:of|about|relating\s+to|from|for|on)\s+[^.;]{1,60}?)?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+held\b|(?:does|do|did)\s*(?:not|n't)\s+(?:[a-z]+\s+(?:or|nor)\s+)?hold|(?:does|do|did)\s*(?:not|n't)\s+have\s+(?:this|that|the|any|such)\s+(?:information|data|records?|figures?|details)\b|(?:does|do|did)\s*(?:not|n't)\s+(?:maintain|keep|collate|capture)\s+(?:a\s+|any\s+)?(?:records?|information|data)\b|\bfalls?\s+outside\s+(?:what|the\s+information)\s+(?:we|it|the\s+\w+)\s+(?:holds?|records?|keeps?)\b|\bnot\s+held\b|holds?\s+no\s+(?:recorded\s+)?(?:information|data|records?)|holds?\s+no\s+such\s+(?:\w+\s+)?(?:reports?|documents?|audits?|reviews?|assessments?|policy|policies|plans?|lists?|registers?|logs?|minutes|correspondence|figures?|statistics|records?|information|data)\b|no\s+(?:recorded\s+|relevant\s+|such\s+)?(?:information|data|records?|footage|recordings?|documents?|documentation|correspondence|emails?)\s+(?:is\s+|are\s+|was\s+|were\s+|has\s+been\s+|have\s+been\s+)?(?:held|recorded|found|kept|available|exists?|preserved|retained|located)|(?:is|are|was|were)\s+not\s+(?:recorded|collated|collected|captured|retained|kept|centrally\s+recorded|separately\s+(?:recorded|identified|costed|held))|(?:does|do|did)\s*(?:not|n't)\s+(?:record|collate|collect|capture|retain|keep|centrally\s+record)|no\s+information\s+(?:can\s+be\s+|could\s+be\s+)?(?:provided|located|identified)\s+as\s+(?:it|this|none)|there\s+is\s+no\s+(?:recorded\s+)?information|we\s+have\s+no\s+(?:record|information|data)|information\s+is\s+not\s+held|not\s+recorded\s+separately|no\s+information\s+held|nothing\s+(?:is\s+)?held|not\s+hold\s+(?:any|this|that|the)|no\s+such\s+(?:\w+\s+){1,2}?(?:exists?|is\s+held|has\s+been\s+(?:found|located))|no\s+longer\s+(?:holds?|has|retains?|keeps?)\s+(?:this|the|that|any|these|those|such)\b|\bholds?\s+nothing\b|none\s+of\s+(?:the|this|that|these|those|your)\s+(?:requested\s+)?(?:information|data|records?|details|documents?|figures?)(?:\s+(?:that\s+)?(?:you\s+)?(?:requested|asked\s+for|sought|described|want))?\s+(?:is|are|was|were)\s+(?:recorded\s+or\s+)?held\b`)
	reWithheld = mustAlternation(`(?:decided|chosen|chose|elected)\s+not\s+to\s+(?:release|disclose|provide|publish)|\bexempt|withh[oe]ld|withholding|not\s+(?:be\s+)?(?:disclos|releas|provid)|unable\s+to\s+(?:provide|disclose|release|supply|share)|(?:can|could)\s*not\s+(?:provide|disclose|release|supply)|will\s+not\s+(?:be\s+)?(?:provid|disclos|releas|supply)|\brefus(?:al|als|ing|ed)\b|\brefuses?\s+(?:to|this|that|the\s+(?:request|information|application)|your|it|them|all|each)\b|redact|applies\s+to\s+this|is\s+engaged|being\s+applied`)
	rePartial  = mustAlternation(`redact|partial|\b(?:given|provided|released|disclosed|supplied)\b[^.;]{0,60}?\bbut\s+(?:have\s+)?withh[eo]ld\b|partly\s+(?:upheld|uphold|released|disclosed|provided|withheld|overturned?|reversed?|varied|vary|allowed|answered)|(?:released|disclosed|provided)\s+part\s+of\b|withh[eo]ld(?:ing)?\s+the\s+rest\b|in\s+part(?:\s*[,.;]|\s+(?:because|as|under|since|due|and|but|only)\b|$)|some\s+of\s+(?:the|this)\s+information|with\s+the\s+exception\s+of|except\s+(?:for|the)|apart\s+from|the\s+remainder|the\s+remaining\s+information|other\s+than\s+the|however\s+(?:the|their|his|her)\s+(?:value|name|cost|contact|names|details)|(?:provided|released|disclosed|given|attached|enclosed|supplied)\s+(?:you\s+with\s+)?a\s+summary\s+of\b|(?:refus|withh[eo]ld|declin)\w*\s+(?:to\s+(?:provide|disclose|release|supply)\s+)?(?:this|that)\s+part\s+of\s+(?:the\s+|your\s+)?(?:information|request|question)\b`)
	reSignpost = mustAlternation(`published\s+in\s+(?:the|our)|(?:can|may)\s+(?:be\s+)?f(?:ou|i)nd\s+(?:it|this|them|the)|https?://|www\.|reasonably\s+accessible|publicly\s+available|available\s+(?:on|via|at|from|through)\s+(?:our|the|their)\s+(?:website|web\s*site|publication\s+scheme|internet)|published\s+(?:on|at|via)|intend(?:s|ed)?\s+(?:for\s+(?:it|this)\s+)?to\s+publish|future\s+publication|will\s+be\s+published`)
	rePending  = mustAlternation(`still\s+(?:gathering|collating|compiling|considering|locating)|will\s+write\s+(?:to\s+you\s+)?again|(?:is|are)\s+(?:also\s+|still\s+)?being\s+considered|need\s+(?:further|more|additional)\s+time\s+to\s+consider|will\s+(?:respond|reply)\s+(?:to\s+this\s+(?:question|part)\s+)?(?:separately|shortly|as\s+soon)|not\s+yet\s+(?:able|in\s+a\s+position)\s+to\s+(?:answer|respond)|(?:is|are)\s+(?:still\s+)?considering\s+whether\s+(?:an?|any)\s+(?:exemption|exception)s?\s+(?:applies|apply)`)
	reReleased = mustAlternation(`provided\s+below|\battached\b|\benclosed\b|(?:is|are)\s+(?:as\s+follows|provided|set\s+out|attached|enclosed|released|disclosed)|please\s+(?:find|see)\s+(?:attached|enclosed|below)|answered\s+below|(?:we|i)\s+(?:can|am able to|are able to)\s+(?:confirm|provide|disclose|release)`)
	// Sentences that say an exemption is not used ("Section 40 does not
	// apply") carry no stance.
	reNotUsed    = mustAlternation(`not\s+(?:been\s+)?(?:applied|relied|engaged|needed)|not\s+(?:gone\s+on\s+to\s+)?consider(?:ed)?\s+(?:it|them|this|that|whether)\b|(?:does|do|did|will)\s+not\s+(?:apply|rely)|no\s+longer|no\s+part\s+of\s+(?:this|the|your)\s+request\s+(?:exceeded|exceeds|would\s+exceed)|(?:did|does|would)\s+not\s+exceed|(?:is|was|were|are)\s+(?:well\s+)?(?:within|below|under)\s+(?:the|that)\s+(?:cost\s+|appropriate\s+)?limit`)
	reNotApplied = mustAlternation(`cannot\s+(?:apply|be\s+applied)|\b(?:(?:do|does|did|could|can)\s+not|cannot|am\s+(?:not\s+able|unable)\s+to)\s+uphold\s+(?:the\s+|its\s+|their\s+|[a-z]+(?:'s|’s)\s+)?(?:application|use|citing|reliance)\s+(?:of|on|upon)\b|\b(?:had\s+(?:your|the|this)\s+request|if\s+(?:your|the|this)\s+request\s+had)\s+(?:covered|included|asked|been|extended)\b[^.;]{0,160}?\bwould\s+have\b|\b(?:cost|appropriate)\s+limit\s+(?:has|had|was|is)\s+not\s+(?:been\s+)?(?:an?\s+)?(?:issue|factor|problem|concern|relevant|engaged|reached)\b|\b(?:did|do|does|has|have|had)\s+not\s+(?:consider(?:ed)?|appl(?:y|ied)|rel(?:y|ied)\s+on)\s+the\s+(?:cost|appropriate)\s+limit\b|\b(?:did|does|do|would)\s+not\s+come\s+(?:near|close\s+to)\s+(?:that|the|this)\s+(?:cost\s+|appropriate\s+)?limit\b|\b(?:has|have|had|is|was|were|are)\s+not\s+(?:been\s+)?refused\b|\b(?:are|is|am|were|was)\s+not\s+(?:refusing|withholding|relying\s+on|applying|citing)\b|\b(?:has|have|had)\s+not\s+withheld\s+(?:anything|any\s+(?:of\s+it|information|part))|\bnothing\s+(?:has\s+been|is|was)\s+withheld\b|\b(?:did|do|does)\s+think\s+about\s+whether\b|\b(?:would|could|might)\s+(?:allow|entitle|permit|enable)\s+(?:us|the\s+\w+|it|them)\s+to\s+refuse\b|\bconsidered\s+(?:section|sections|s\.?|regulation|reg\.?)\s*\d[^.;]{0,120}?\bbut\b[^.;]{0,120}?\b(?:provided|released|disclosed|given|already\s+public|publicly\s+available|not\s+(?:been\s+)?redacted|(?:does|do|did)\s+not\s+(?:consider|think|believe))\b|\bfor\s+(?:your\s+)?information\s+only\b|\balthough\s+(?:section|sections|s\.?|regulation|reg\.?)\s*\d+[^.;]{0,60}?\b(?:was|were|has\s+been|had\s+been)\s+(?:considered|referred\s+to|mentioned|raised|cited)\b|\bconsidered\b[^.;]{0,80}?\bbut\s+(?:concluded|decided|found|determined)\b|\b(?:has|have|had)\s+not\s+considered\s+(?:it|them|this|that|(?:your|the|this)\s+request\s+under)\b|\b(?:refusal|exemption|exception|reliance)\s+(?:on\s+\S+\s+)?(?:is|was|has\s+been|have\s+been)\s+(?:therefore\s+|now\s+|hereby\s+)?withdrawn\b|to\s+which\s+(?:section|s\.?)\s*\d+\S*\s+applies|\boriginal(?:ly)?\b|\bpreviously\b|\bwell\s+within\b|\bcame\s+within\b|within\s+the\s+(?:cost\s+|appropriate\s+)+limit|below\s+the\s+(?:cost|appropriate)\s+limit|nothing\s+in\s+this|should\s+(?:not\s+)?be\s+read\s+as|not\s+upheld|overturned|was\s+(?:therefore\s+|thus\s+|also\s+|plainly\s+)?(?:not\s+correct|incorrect|wrong)|no\s+longer\s+(?:being\s+)?(?:applies|apply|applied|relied|rel(?:y|ies)\s+on|cite[sd]?|use[sd]?|engaged|maintained)|not\s+(?:been\s+|(?:found|find|felt|feel|consider(?:ed)?|think|thought|deem(?:ed)?)\s+it\s+)?(?:needed|had|required|necessary)\s+to\s+(?:apply|rely|use|consider)|(?:could|can|would)\s+not\s+(?:\w+\s+)?(?:apply|be\s+(?:applied|engaged|relied))|will\s+be\s+subject\s+to|(?:does|do|did|will)\s+not\s+rel(?:y|ied)|(?:do|does|did)\s+not\s+need\s+to\s+(?:rely|apply|use|consider)|not\s+relying|consider(?:ed)?\s+whether|considering\s+whether\s+(?:the\s+|an?\s+|any\s+)?(?:exemptions?|exceptions?|section|regulation)\b|(?:not|before)\s+(?:gone\s+on\s+to\s+)?consider(?:ed)?\s+(?:whether|any|the\s+application|applying|section|s\.?\s?\d|regulation|exemption)|would\s+(?:also\s+|otherwise\s+|likely\s+)?be\s+exempt|may\s+(?:also\s+)?(?:be\s+)?(?:apply|exempt)|might\s+(?:apply|be\s+exempt)|would\s+(?:also\s+)?apply|could\s+(?:also\s+)?(?:apply|be\s+exempt)|if\s+(?:any\s+|the\s+|such\s+)?information\s+(?:were|was|is)\s+held|\bif\s+(?:it\s+(?:is|were|was)\s+|any\s+(?:is|were|was)\s+)?held\b|(?:does|do|did|would|will)\s+not\s+(?:apply|be\s+engaged)|not\s+(?:have\s+)?(?:been\s+)?(?:applied|engaged|relied)|(?:has|have|had)\s+not\s+(?:used|cited|invoked|claimed)\s+(?:section|sections|s\.?\s*\d|regulation|reg\.?\s*\d|any\s+exemption|an?\s+exemption|the\s+exemption|this\s+exemption|that\s+exemption|it\b)|is\s+not\s+engaged|no\s+exemption|would\s+be\s+considered|may\s+be\s+(?:used|relied|applied)\s+(?:where|when|if)|neither\s+(?:applies|apply|is\s+engaged|has\s+been\s+applied)|none\s+(?:of\s+(?:these|them|which)\s+)?(?:applies|apply|has\s+been\s+applied)|no\s+requirement\s+(?:for|to)|considered\s+but\s+not|\bnot\s+(?:sought|needed|chosen|found\s+it\s+necessary)\s+to\s+(?:rely|apply|use|cite|engage)\b|\bnor\s+(?:does|do|did|has|have|will|is|are)\s+(?:\w+\s+){0,3}?(?:rely|relied|relying|apply|applied|cite|cited|use|used|engaged)\b|\b(?:do|does|did)\s+not\s+(?:consider|think|believe|find|agree)\s+(?:that\s+)?(?:(?:the|that|this|these|those|either|any)\s+(?:exemption|exception|section|provision|regulation)s?|it|they|this|that|these|section\s*[\w()]+|s\.?\s*\d[\w()]*|regulation\s*[\w()]+)(?:\s*\([^)]{0,60}\))?\s+(?:is\s+|are\s+|was\s+|were\s+|to\s+be\s+|had\s+been\s+|has\s+been\s+)?(?:correctly\s+|properly\s+|rightly\s+|validly\s+|appropriately\s+)?(?:engaged|applies|apply|applied|applicable|relevant)\b|concluded\s+(?:that\s+)?it\s+(?:did|does|would)\s+not|(?:section|s\.?|regulation|reg\.?)\s*\d+[^.;]{0,80}?\b(?:was|were|has\s+been|have\s+been)\s+considered\b[^.;]{0,80}?\bbut\b|(?:concluded|decided|found|satisfied)\s+(?:that\s+)?[^.;]{0,80}?\b(?:would\s+not\s+(?:be\s+likely\s+to\s+)?(?:prejudice|harm|damage|adversely\s+affect)|(?:could|can|should)\s+(?:still\s+)?be\s+(?:released|disclosed|provided))|\balthough\s+(?:we|i|the\s+\w+)\s+(?:have\s+|had\s+)?considered\b|(?:decided|chose|chosen|elected)\s+not\s+to\s+(?:apply|rely|use|engage|cite)|not\s+been\s+considered|exemptions?\s+(?:that\s+)?(?:we|the\s+\w+)\s+(?:can\s+|may\s+|might\s+)?uses?\b|read\s+more\s+about|only\s+(?:those|the\s+exemptions?|the\s+sections?)\s+(?:named|listed|cited)|mutually\s+exclusive|no\s+part\s+of\s+(?:this|the|your)\s+request\s+(?:exceeded|exceeds|would\s+exceed)|(?:did|does|would)\s+not\s+exceed|(?:is|was|were|are)\s+(?:well\s+)?(?:within|below|under)\s+(?:the|that)\s+(?:cost\s+|appropriate\s+)?limit|\byou\s+(?:did\s+not|didn't|have\s+not|haven't)\s+(?:ask|request)\s+(?:for\s+)?(?:them|it|this|these|that|those)\b|\balthough\s+(?:your|the)\s+[^.;]{0,40}?\b(?:mentioned|referred\s+to|cited|raised|quoted)\s+(?:section|s\.?|regulation|reg\.?)\s*\d|\bno\s+personal\s+(?:data|information)\s+(?:was|is|were|are|has\s+been)\s+(?:involved|requested|included|concerned|disclosed)\b|\bif\b[^.;]{0,160}?,\s*(?:please|could\s+you|can\s+you|would\s+you)\b|\b(?:(?:has|have|had|did|do|does)\s+(?:also\s+)?not\s+(?:treated|treat|handled|handle|dealt\s+with|regarded|regard|deemed|found|considered|judged)|(?:are|is|am|were|was)\s+(?:also\s+)?not\s+(?:treating|handling|regarding|deeming|considering|judging))\s+(?:your|the|this|these)\s+(?:requests?|application)\s+(?:to\s+be\s+|as\s+)?(?:an?\s+)?(?:being\s+)?(?:vexatious|repeat(?:ed)?|manifestly)|\b(?:has|have|had|bears?|bore)\s+no\s+bearing\s+on\b`)
)

// classifyText reads the stance of an answer.
func classifyText(text string, regime Regime) reading {
	return classify(text, regime, false)
}

// classifyDecision reads the stance of a decision sentence, which names
// questions rather than answering them: what else it says ("I can confirm
// the force holds information") is not a partial release.
func classifyDecision(text string, regime Regime) reading {
	return classify(text, regime, true)
}

func classify(text string, regime Regime, decision bool) reading {
	if strings.TrimSpace(text) == "" {
		return reading{kind: Unknown}
	}
	// Stance phrases count only in sentences that apply something: not in
	// "Section 12 allows ... £600; I have not needed to apply it", nor in
	// quoted statute.
	applying, cites, explained := readSentences(text, regime)
	if strings.Contains(applying, "Exempt") {
		// "Ship Sanitation Control Exemption Certificates": a thing's
		// name in capitals, not an exemption applied.
		applying = reNamedExempt.ReplaceAllStringFunc(applying, func(m string) string {
			if f := strings.Fields(m); len(f) > 0 && !reDeterminer.MatchString(f[0]) {
				return f[0] + " Named " + strings.Join(f[2:], " ")
			}
			return m
		})
	}
	t := foldSpace(strings.ToLower(applying))
	if strings.Contains(t, "provid") {
		// "The contract does not provide for bonuses": what a document
		// says, not what the authority gives.
		t = reProvideFor.ReplaceAllString(t, "cover")
	}
	if t == "" {
		return reading{kind: Released}
	}
	byRole := func(exs []string) map[role][]string {
		m := map[role][]string{}
		for _, ex := range exs {
			r := provisionRole(ex)
			m[r] = append(m[r], ex)
		}
		return m
	}
	if len(cites) > 0 && routedToEIR(t, cites) {
		// "Section 39(2) of FOISA exempts it so that it can be handled
		// under the EIRs": the question is answered under the
		// regulations, and section 39 only sends it there.
		cites = slices.DeleteFunc(slices.Clone(cites), isEnvironmentalRouting)
	}
	if slices.Contains(cites, "s40(2)") && reConditionOf40.MatchString(strings.ToLower(text)) {
		// "exempt under section 40(2) ... by virtue of section
		// 40(3A)(a)": the condition on which section 40(2) applies,
		// not another exemption.
		cites = slices.DeleteFunc(slices.Clone(cites), func(e string) bool { return strings.HasPrefix(e, "s40(3") || strings.HasPrefix(e, "s40(4") })
	}
	applied, told := byRole(cites), byRole(explained)
	// A provision the text only explains ("Section 43(3) removes the duty
	// to confirm or deny") is the one relied on when no other is applied
	// for the same purpose.
	pick := func(r role) []string {
		if len(applied[r]) > 0 {
			return applied[r]
		}
		return told[r]
	}
	costEx, vexEx, ncndEx, notHeldEx, signEx, contentEx := pick(roleCost), pick(roleVexatious), pick(roleNCND), pick(roleNotHeld), pick(roleSignpost), applied[roleExemption]
	// Only a provision applied, or the words of a stance in the sentences
	// that apply something, take a stance; one only explained gives the
	// grounds of a stance so taken ("Section 12(1) reads: ..." beside a
	// signposted answer is no refusal).
	cost := costPhrase.in(t) || len(applied[roleCost]) > 0
	if !cost && len(told[roleCost]) > 0 && (ncndPhrase.in(t) || refusesHere(t) && !reNotApplied.MatchLower(t)) {
		// The cost limit explained is the ground of the refusal that
		// follows: "Section 12(2) of the Act means a force is not
		// obliged to comply ... The Constabulary therefore neither
		// confirms nor denies" (a cost refusal, not a refusal to
		// confirm or deny), "Section 12(1) of the Act allows the
		// Council to refuse a request where the cost ... Questions 12
		// to 14 are therefore refused".
		cost = true
	}
	vex := vexPhrase.in(t) || len(applied[roleVexatious]) > 0
	switch {
	case ncndPhrase.in(t) && !ncndLifted(t) || len(ncndEx) > 0:
		// s12(2): finding out alone would exceed the limit. That is a
		// cost refusal, not a neither-confirm-nor-deny.
		if cost {
			return reading{kind: Refused, exemptions: costEx, signal: true}
		}
		var supposed []string // the exemptions a grounded refusal rests on
		if len(contentEx) == 0 && groundedNCND(ncndEx) {
			supposed = supposedExemptions(text, regime)
		}
		switch {
		case len(ncndEx) == 0:
			ncndEx = contentEx
		case len(contentEx) == 0 && len(applied[roleNCND]) == 0 && len(told[roleExemption]) > 0 && reReadWith.MatchString(strings.ToLower(text)):
			// "In terms of section 18(1) of FOISA, read with sections
			// 35(1)(a) and 35(1)(b), a Scottish public authority may
			// refuse to reveal whether ...": the law the refusal rests
			// on, explained, with the exemptions it is read with.
			ncndEx = uniqueSorted(append(slices.Clone(ncndEx), told[roleExemption]...))
		case len(supposed) > 0:
			// "Section 18(1) of the Act allows a public authority to
			// refuse to reveal whether information exists ... If held,
			// the information would be exempt under section 35(1)(a)
			// and (b)": the refusal rests on the exemption it names, and
			// both are its grounds.
			ncndEx = uniqueSorted(append(slices.Clone(ncndEx), supposed...))
		case len(contentEx) > 0 && (reReadWith.MatchString(t) || groundedNCND(ncndEx)):
			// "Section 18(1), read with section 35(1)(a)": the duty to
			// confirm or deny is removed together with the exemption it
			// rests on, and both are the authority's grounds.
			ncndEx = uniqueSorted(append(ncndEx, contentEx...))
		}
		return reading{kind: NCND, exemptions: ncndEx, signal: true}
	case cost && (len(contentEx) == 0 || len(costEx) > 0):
		return reading{kind: Refused, exemptions: costEx, signal: true}
	case vex && len(contentEx) == 0:
		return reading{kind: Refused, exemptions: vexEx, signal: true}
	case len(contentEx) > 0 && (withheldPhrase.in(t) || len(cites) > 0):
		if !decision && (partialIn(t) || !reInFull.MatchString(t) && hasReleasedContent(text)) || decision && (reGiven.MatchLower(t) || reGaveSome.MatchString(t)) && partialIn(t) {
			// A decision naming a question releases part of it when it
			// says what is given: "A redacted copy (question 8) is
			// attached".
			return reading{kind: PartiallyReleased, exemptions: contentEx, signal: true}
		}
		return reading{kind: Withheld, exemptions: contentEx, signal: true}
	case reNotHeld.MatchLower(t) || len(notHeldEx) > 0:
		// "We hold 12 records; figures before 2019 are not held" answers
		// the question: figures given outside the not-held sentences make
		// it a release.
		if !decision && !reOpensNotHeld.MatchString(text) && (givesFigures(text) || reOpensYes.MatchString(text)) {
			// Figures given, or "Yes. ... we do not hold a separate
			// contract for this": the question is answered, and what is
			// not held is a detail of it.
			return reading{kind: Released, exemptions: signEx}
		}
		return reading{kind: NotHeld, exemptions: notHeldEx, signal: true}
	case len(signEx) > 0 || signpostPhrase.in(t):
		return reading{kind: Released, exemptions: signEx, signal: true}
	case pendingPhrase.in(t) && (decision || !givesFigures(text)) || reDeferred.MatchString(t):
		// "We are still gathering this information": not answered yet.
		// ("£214,602 was paid ... Some claims are still being
		// considered and this figure will change" answers now; "we are
		// extending the time for our response ... by 14 June 2017"
		// does not, whatever figures it gives.)
		return reading{kind: Unknown, signal: true}
	case reWholeRefused.MatchString(t):
		// "... and the whole request is refused": a refusal of the
		// request, on grounds given elsewhere (the cost limit, mostly).
		return reading{kind: Refused, signal: true}
	case withheldPhrase.in(t) && !reNotApplied.MatchLower(t):
		if decision && (reGiven.MatchLower(t) || reGaveSome.MatchString(t)) && partialIn(t) {
			// "For questions 3 and 4 we have released part of the
			// information and withheld the rest": a partial release,
			// on grounds given elsewhere.
			return reading{kind: PartiallyReleased, exemptions: told[roleExemption], signal: true}
		}
		if !decision && hasReleasedContent(text) {
			if len(told[roleExemption]) == 0 {
				// Some detail left out without an exemption ("names of
				// junior staff are not disclosed, but here is the team
				// mailbox") is an answer, not a partial withholding.
				return reading{kind: Released, signal: true}
			}
			return reading{kind: PartiallyReleased, exemptions: told[roleExemption], signal: true}
		}
		return reading{kind: Withheld, exemptions: told[roleExemption], signal: true}
	case releasedPhrase.in(t):
		return reading{kind: Released, signal: true}
	}
	return reading{kind: Released}
}

// reConditionOf40 names, in lower case, the condition on which section
// 40(2) applies: "by virtue of section 40(3A)(a)", "by virtue of section
// 40(3)(a)(i)".
var reConditionOf40 = mustRx(`\b(?:by\s+virtue\s+of|in\s+(?:accordance|conjunction)\s+with|read\s+with|because\s+(?:the\s+condition\s+(?:in|at)\s+)?)\s*(?:section|s\.?)\s*40\s*\((?:3a?|4a?)\)`)

// reDeferred says, in lower case, that the answer is put off to a later
// letter: no decision reached yet, the time for the response extended,
// a date by which the authority will respond.
var reDeferred = mustRx(`\bnot\s+yet\s+(?:reached|made|taken)\s+(?:a|its|our|the)\s+decision\b|\bno\s+decision\s+has\s+(?:yet\s+)?been\s+(?:taken|made|reached)\s+(?:on|about|as\s+to)\s+(?:whether\s+(?:the|this|that|any)\s+information|(?:this|that|your)\s+(?:part|question|request))\b|\b(?:give|send|provide)\s+you\s+(?:with\s+)?(?:our|a|the|its)\s+decision\s+on\s+(?:this|that)\s+(?:part|question|element|item)\b|\bextend(?:ing|ed)?\s+the\s+time\s+(?:limit\s+)?for\s+(?:our|the|a|its)\s+(?:response|reply)\b|\bwill\s+(?:respond|reply)\s+to\s+(?:this|that)\s+(?:part|question|element|item)(?:\s+of\s+(?:your|the)\s+request)?\s+(?:by|on|before|within)\b|\bwill\s+write\s+to\s+you\s+with\s+(?:our|the|a|its)\s+(?:response|answer|decision)\b|\bwill\s+(?:reply|respond|write)\s+to\s+you\s+(?:directly\s+)?(?:under\s+separate\s+cover|separately)\b`)

// reRefusedHere says, in lower case, that something is refused, or (group
// 1) that it is not.
var reRefusedHere = mustRx(`\b(not\s+(?:been\s+|be\s+)?|n't\s+(?:been\s+)?)?(?:refus(?:ed|e|es|ing|al)\b|declin(?:ed|e|es|ing)\s+to\s+(?:provide|comply|answer)\b)|\b(?:(?:are|is|am)\s+)?(?:therefore\s+)?not\s+(?:obliged|required)\s+to\s+(?:provide|comply|supply|answer)\b`)

// refusesHere reports whether t, in lower case, says that something is
// refused, not only that it is not.
func refusesHere(t string) bool {
	for _, m := range reRefusedHere.FindAllStringSubmatchIndex(t, -1) {
		if m[2] < 0 {
			return true
		}
	}
	return false
}

// reInFull says, in lower case, that what was asked for is withheld
// whole ("withholding them in full", "withheld in its entirety"): a
// figure or a name beside it (a total published elsewhere, the firm that
// gave the advice) is no part released.
var reInFull = mustRx(`\b(?:withheld|withholding|withhold|exempt|refused|redacted)\b[^.;]{0,40}?\bin\s+(?:full|(?:its|their)\s+entirety)\b`)

// reMayNCND says, in lower case, that a body may neither confirm nor deny,
// as the law or the Commissioner allows ("the Commissioner accepted that
// forces may neither confirm nor deny the use of covert tactics"): what
// is allowed, not what was done.
// reWouldBeExempt is the reasoning of a refusal to confirm or deny: "If
// the information existed and were held, it would be exempt under section
// 35(1)(a) and (b)". It names the exemption the refusal is read with, and
// takes back nothing.
var reWouldBeExempt = mustRx(`\bif\b[^.;]{0,80}?\b(?:existed|exists|were\s+held|was\s+held|is\s+held|held)\b[^.;]{0,60}?\bwould\s+be\s+exempt(?:ed)?\b`)

// supposedExemptions returns the exemptions text says the information
// would fall under if it were held ("If held, the information would be
// exempt under section 35(1)(a) and (b)"): the ones a refusal to confirm
// or deny rests on, not the statute's list of those it may rest on
// ("... could be withheld under any of sections 28 to 35").
func supposedExemptions(text string, regime Regime) []string {
	var out []string
	for _, sent := range splitFullSentences(text) {
		l := strings.ToLower(sent)
		m := reWouldBeExempt.FindStringIndex(l)
		if m == nil && regime == EIR {
			// "Regulation 12(6) allows us to respond in this way where
			// confirming or denying would ... adversely affect the
			// interests in regulation 12(5)(g)": the interest the refusal
			// protects.
			m = reAdverselyAffect.FindStringIndex(l)
		}
		if m == nil {
			continue
		}
		for _, c := range findCitations(sent[m[0]:], regime) {
			for _, e := range c.Exemptions {
				if c.Exemption && !c.Other && provisionRole(e) == roleExemption {
					out = append(out, e)
				}
			}
		}
	}
	return uniqueSorted(out)
}

// reAdverselyAffect is the harm to an interest of EIR regulation 12(5)
// that a refusal to confirm or deny under regulation 12(6) protects.
var reAdverselyAffect = mustRx(`\badversely\s+affect(?:s|ed|ing)?\b`)

var reMayNCND = mustRx(`\b(?:may|might|(?:is|are)\s+(?:entitled|permitted|allowed)\s+to)\s+neither\s+confirm\s+nor\s+deny\b`)

// reOpensYes is an answer that opens by saying yes.
var reOpensYes = mustRx(`(?i)^\W*yes\b`)

// reOpensNotHeld opens an answer with its stance, as a label: "Not held.
// Repair times are recorded ... without a manual review of some 6,000 job
// sheets": the figures that follow explain it, and answer nothing.
var reOpensNotHeld = mustRx(`(?i)^\W*(?:not\s+held|information\s+not\s+held|no\s+information\s+(?:is\s+)?held|none\s+held)\s*[.:;–—-]`)

// readSentences reads text sentence by sentence, once: it returns the
// text of the sentences that apply something (not those that explain or
// quote the law, nor those that say a provision is not used), and the
// normalised exemptions cited, applied (in such sentences) and explained
// ("Section 12(1) provides that ..."). The law explained speaks in
// conditionals ("where, if it did exist, it would be exempt"), so only a
// plain "not relied on" takes its citations away. Procedural provisions
// (s1, s17, reg 12(2)'s presumption) and other Acts are never stances.
func readSentences(text string, regime Regime) (applying string, applied, explained []string) {
	var b strings.Builder
	// An answer that reverses a decision (an internal review: "the
	// original decision was not correct ... is now released") reports the
	// old decision in the past tense; that report is no stance.
	reversed := reReversal.MatchLower(strings.ToLower(text))
	// lastApplied are the provisions the sentence before applied, for "I
	// have noted your reference to section 38. That section was not
	// applied ...": the sentence after takes them back.
	var lastApplied, lastExplained []string
	for _, s := range splitSupposing(splitFullSentences(text)) {
		l := strings.ToLower(s)
		explains := explainsLaw(s) || isQuotedStatute(s) || reWhereApplied.MatchString(l) || reOnlyApplied.MatchString(l) || reLawExplainedElsewhere.MatchString(l)
		// "... neither confirm nor deny, as the duty in s1(1)(a) does not
		// apply": the negation is the stance itself.
		// "I have upheld the original decision that ... exceeds the
		// limit": the original decision, confirmed, is the stance.
		upheld := upholds(l)
		if strings.Contains(l, "not upheld") {
			// "... complaints, many of which were not upheld": what
			// became of the complaints asked about, not of a decision.
			l = reWhichNotUpheld.ReplaceAllString(l, " ")
		}
		if strings.Contains(l, "no requirement") {
			// "Section 23 is an absolute exemption and there is no
			// requirement to consider the public interest": the law
			// described, no provision set aside.
			l = reNoPublicInterestTest.ReplaceAllString(l, " ")
		}
		if strings.Contains(l, "not apply") {
			// "... an offence to disclose it, except in circumstances
			// that do not apply here", "the public interest test does
			// not apply": what does not apply is no provision.
			l = reOtherNotApplying.ReplaceAllString(l, " ")
		}
		notApplied := notAppliedPhrase.in(l) && !ncndPhrase.in(foldSpace(l)) && !upheld && !saysApplies(l) ||
			reversed && rePastDecision.MatchLower(l) || reMayNCND.MatchString(l)
		if !explains && !notApplied {
			b.WriteString(s)
			b.WriteByte(' ')
		}
		if notApplied && !explains && len(applied) > 0 && !reWouldBeExempt.MatchString(l) {
			// "In its earlier response the Authority relied on section
			// 43(2) ... we have not relied on section 43(2) in this
			// response": a provision the answer names as not relied on
			// is taken back wherever it was cited before.
			var named []string
			applies := reSectionApplies.FindAllStringIndex(l, -1)
			for _, c := range findCitations(s, regime) {
				if slices.ContainsFunc(applies, func(m []int) bool { return m[0] <= c.Start && c.Start < m[1] }) {
					// "... but as section 31(1)(a) applies we have not
					// found it necessary to rely on it": the provision
					// that applies is not taken back.
					continue
				}
				if c.Start <= len(s) && reSaveFor.MatchString(strings.ToLower(s[max(0, c.Start-24):c.Start])) {
					// "no exemption other than section 40(2) has been
					// applied": that one has.
					continue
				}
				named = append(named, c.Exemptions...)
			}
			noLonger := strings.Contains(l, "no longer")
			applied = slices.DeleteFunc(applied, func(e string) bool {
				// "We no longer rely on section 31" takes back section
				// 31(1)(a), cited for what was done in earlier years.
				return slices.ContainsFunc(named, func(n string) bool {
					return e == n || noLonger && !strings.Contains(n, "(") && strings.HasPrefix(e, n+"(")
				})
			})
		}
		if notApplied && len(lastApplied)+len(lastExplained) > 0 && reProvisionBack.MatchString(l) && !citesExemption(s, regime) {
			// ("The section 31 exemption is no longer applied to this
			// document" takes back section 31, which it names, not the
			// section 40(2) the sentence before applied.)
			applied = slices.DeleteFunc(applied, func(e string) bool { return slices.Contains(lastApplied, e) })
			// "Section 12(2) allows ... We have not relied on it": what
			// was explained is not to be taken as relied on either.
			explained = slices.DeleteFunc(explained, func(e string) bool { return slices.Contains(lastExplained, e) })
		}
		lastApplied, lastExplained = nil, nil
		if explains && reNotUsed.MatchLower(l) || !explains && notApplied {
			continue
		}
		for _, c := range findCitations(dropContrasted(s), regime) {
			if !c.Exemption || c.Other {
				continue
			}
			if explains {
				explained = append(explained, c.Exemptions...)
				lastExplained = append(lastExplained, c.Exemptions...)
			} else {
				applied = append(applied, c.Exemptions...)
				lastApplied = append(lastApplied, c.Exemptions...)
			}
		}
	}
	return b.String(), refineBare(uniqueSorted(applied), explained), uniqueSorted(explained)
}

// citesExemption reports whether sentence s cites an exemption of the
// regime by its number.
func citesExemption(s string, regime Regime) bool {
	for _, c := range findCitations(s, regime) {
		if c.Exemption && !c.Other {
			return true
		}
	}
	return false
}

// reSaveFor ends, in lower case, the words before a provision that a
// sentence denying others leaves applied ("no exemption other than").
var reSaveFor = mustRx(`\b(?:other\s+than|except(?:\s+for)?|apart\s+from|save\s+for|besides|but)\s+$`)

// reWhichNotUpheld, in lower case, says in a relative clause that some
// of the things named were not upheld ("complaints, many of which were not
// upheld"): no decision of the letter.
var reWhichNotUpheld = mustRx(`\b(?:of\s+)?which\s+(?:were|was|are|is|had\s+been|have\s+been)\s+not\s+upheld\b`)

// reOtherNotApplying, in lower case, says that something other than a
// provision does not apply: the circumstances a statutory bar allows, or
// the public interest test beside an absolute exemption.
var reOtherNotApplying = mustRx(`\b(?:circumstances|conditions|situations|cases|gateways|purposes|exceptions\s+to\s+(?:that|this|the)\s+(?:prohibition|bar))\s+(?:that|which)\s+(?:do|does|did|would)\s+not\s+apply\b|\bpublic\s+interest\s+test\s+(?:does|do|did|would|will)\s+not\s+apply\b`)

// reNoPublicInterestTest says, in lower case, that an absolute exemption
// needs no weighing of the public interest.
var reNoPublicInterestTest = mustRx(`\bno\s+requirement\s+(?:for\s+(?:us|the\s+\w+)\s+)?to\s+(?:consider|carry\s+out|conduct|apply|undertake)\s+(?:the\s+|a\s+)?public\s+interest(?:\s+test)?`)

// reWhereApplied opens a remark on the letter's exemptions in general, in
// lower case: "Where we have applied a qualified exemption (sections 31
// and 43), we have considered the public interest" applies nothing to the
// answer it follows.
var reWhereApplied = mustRx(`^\W*(?:where|wherever|if)\s+(?:we|the\s+\w+)\s+(?:has|have)\s+(?:applied|relied\s+on|used|cited)\s+(?:an?\s+|any\s+)?(?:qualified\s+|absolute\s+)?(?:exemptions?|exceptions?)\b`)

// reLawExplainedElsewhere, in lower case, points to where the law is
// explained ("The Freedom of Information Act, including section 40
// (personal information) and section 38 (health and safety), is
// explained in detail on our FOI pages"): the sections it names are the
// Act's, applied to no answer.
var reLawExplainedElsewhere = mustRx(`\b(?:is|are)\s+(?:explained|described|summarised|summarized)\s+(?:in\s+(?:more\s+|further\s+|full\s+|greater\s+)?detail\s+)?(?:on|in|at)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}(?:website|web\s*site|web\s*pages?|pages?|guidance|leaflet)\b`)

// reOnlyApplied, in lower case, sums up the letter's exemptions after the
// last answer ("Please note that section 40(2) and section 38(1)(b) are
// the only exemptions applied"): it applies nothing to that answer.
var reOnlyApplied = mustRx(`\b(?:are|is)\s+the\s+only\s+(?:exemptions?|exceptions?|provisions?)\s+(?:that\s+(?:have\s+been|has\s+been|were|was)\s+)?(?:applied|relied\s+(?:up)?on|used|cited)\b`)

// reNamedExempt is "Exemption" or "Exempt" inside a name written in
// capitals: a capitalised word before it (not a determiner opening a
// sentence: "The Exemption applies") and a word after it.
var reNamedExempt = mustRx(`\b\p{Lu}\p{Ll}+\s+Exempt(?:ion)?\s+\p{L}+`)

// reDeterminer is a word that opens a noun phrase, not a name.
var reDeterminer = mustRx(`^(?:The|This|That|These|Those|An|A|Its|Our|Their|Each|Any|No|Every)$`)

// routedToEIR reports whether a lower-case answer was dealt with under the
// Environmental Information Regulations: it says so, or applies one of
// their provisions (cites).
func routedToEIR(t string, cites []string) bool {
	return strings.Contains(t, "environmental information") || strings.Contains(t, "eirs") ||
		slices.ContainsFunc(cites, func(e string) bool { return strings.HasPrefix(e, "reg") })
}

// isEnvironmentalRouting reports whether an exemption is the one that
// sends environmental information to the EIR: FOIA s39, FOISA s39(2).
func isEnvironmentalRouting(e string) bool {
	s := ExemptionSection(e)
	return s == "s39" || s == "foisa:s39"
}

// saysApplies reports whether a lower-case sentence says in so many
// words that a provision applies ("...; section 31(3) applies."), in a
// clause that does not deny it: the conditionals of the reasons around it
// ("could also prejudice any investigation") take nothing away.
func saysApplies(l string) bool {
	if !strings.Contains(l, "appl") && !strings.Contains(l, "engaged") || reNotUsed.MatchLower(l) || strings.Contains(l, "considered") {
		// "we have considered section 40(2) but, given section 32
		// applies, we have not needed to rely on it"
		return false
	}
	for _, m := range reSectionApplies.FindAllStringIndex(l, -1) {
		clause := l[:m[0]]
		if k := strings.LastIndexAny(clause, ";,:"); k >= 0 {
			clause = clause[k+1:]
		}
		if !strings.Contains(clause, "not ") && !strings.Contains(clause, "n't") && !strings.Contains(clause, "whether") && !strings.Contains(clause, "if ") {
			return true
		}
	}
	return false
}

// reSectionApplies is a provision said to apply: "section 31(3)
// applies", "regulation 12(5)(e) is engaged". l is lower case.
var reSectionApplies = mustRx(`(?:section|s\.?|regulation|reg\.?)\s*\d+[a-z]?(?:\s*\([0-9a-z]+\))*\s+(?:applies|is\s+engaged|is\s+applied)\b`)

// refineBare replaces a bare section applied ("Section 12 has been
// applied") by the subsections of it the answer cites elsewhere ("Section
// 12(2) means the force is not obliged ..."): the same ground, stated
// precisely.
func refineBare(applied, cited []string) []string {
	var out []string
	changed := false
	for _, a := range applied {
		if strings.Contains(a, "(") {
			out = append(out, a)
			continue
		}
		var precise []string
		for _, c := range append(applied, cited...) {
			if strings.HasPrefix(c, a+"(") {
				precise = append(precise, c)
			}
		}
		if len(precise) == 0 {
			out = append(out, a)
			continue
		}
		out = append(out, precise...)
		changed = true
	}
	if !changed {
		return applied
	}
	return uniqueSorted(out)
}

// reContrasted is a provision named only to say it is not the one used:
// "under section 40(2) rather than section 43(2)", "Unlike section 30,
// which applies to investigations ..., section 31 is the appropriate
// exemption".
var reContrasted = mustRx(`(?i)\b(?:rather\s+than|instead\s+of|in\s+place\s+of|unlike|as\s+opposed\s+to)\s+(?:under\s+|citing\s+|relying\s+on\s+)?(?:the\s+)?(?:sections?|s\.|s|regulations?|reg\.?)\s*\d+[a-z]?(?:\s*\(\w{1,4}\))*`)

// reReplaced names the provision a sentence puts another in place of:
// "has substituted section 27(1) ... for section 30(c)" (group 1 is the
// one replaced), "replaced section 30(c) with section 27(1)" (group 2).
var reReplaced = mustRx(`(?i)\bsubstitut\w*\b[^.;]{0,120}?(\s+for\s+(?:the\s+)?(?:sections?|s\.|s|regulations?|reg\.?)\s*\d+[a-z]?(?:\s*\(\w{1,4}\))*)|\breplac(?:ed|es|e|ing)\s+((?:the\s+)?(?:sections?|s\.|s|regulations?|reg\.?)\s*\d+[a-z]?(?:\s*\(\w{1,4}\))*)[^.;]{0,80}?\s+(?:with|by)\s+(?:sections?|s\.|s|regulations?|reg\.?)\s*\d`)

// dropContrasted removes from a sentence the provisions it names only as
// not used, and those it says another replaced.
func dropContrasted(s string) string {
	l := strings.ToLower(s)
	if strings.Contains(l, "substitut") || strings.Contains(l, "replac") {
		var b strings.Builder
		from := 0
		for _, m := range reReplaced.FindAllStringSubmatchIndex(s, -1) {
			for g := 2; g <= 4; g += 2 {
				if m[g] >= 0 {
					b.WriteString(s[from:m[g]])
					b.WriteByte(' ')
					from = m[g+1]
				}
			}
		}
		b.WriteString(s[from:])
		s = b.String()
		l = strings.ToLower(s)
	}
	if !strings.Contains(l, "rather than") && !strings.Contains(l, "instead of") && !strings.Contains(l, "in place of") &&
		!strings.Contains(l, "unlike") && !strings.Contains(l, "as opposed to") {
		return s
	}
	return reContrasted.ReplaceAllString(s, " ")
}

// ncndLifted reports whether every sentence of lower-case t that speaks
// of neither confirming nor denying says that stance is lifted: "The NCND
// response is therefore overturned, and I can confirm that the force
// carried out 2,318 searches" confirms.
func ncndLifted(t string) bool {
	lifted := false
	for _, s := range splitSentences(t) {
		if !ncndPhrase.in(s) {
			continue
		}
		if !reNCNDLifted.MatchString(s) {
			return false
		}
		lifted = true
	}
	return lifted
}

// reNCNDLifted says, in lower case, that a refusal to confirm or deny is
// overturned or withdrawn, or no longer needed ("we no longer consider
// it necessary to neither confirm nor deny").
var reNCNDLifted = mustRx(`\b(?:ncnd|neither[\s-]+confirm(?:s|ed|ing)?[\s-]+nor[\s-]+deny(?:ing)?)\b(?:\s+(?:response|position|stance|decision|approach|reply))?\s+(?:is|was|has\s+been|have\s+been)\s+(?:therefore\s+|now\s+|hereby\s+)?(?:overturned|withdrawn|reversed|set\s+aside|not\s+upheld|incorrect|not\s+correct|lifted)\b|\b(?:no\s+longer|not)\s+(?:(?:consider|think|find|deem)\s+it\s+|(?:is|was)\s+(?:it\s+)?)?(?:necessary|appropriate|needed|required|justified)\s+to\s+(?:neither[\s-]+confirm|ncnd)|\bno\s+longer\s+(?:neither[\s-]+confirms?|ncnd)\b`)

// upholds reports whether lower-case l upholds an earlier decision, and
// does not say it is not upheld.
func upholds(l string) bool {
	return reUpheld.MatchLower(l) && !reNotUpheld.MatchString(l)
}

var (
	// reReversal says an earlier decision has been reversed, in whole or
	// in part.
	reReversal = mustAlternation(`not\s+correct|\bincorrect|not\s+upheld|overturn|\bnow\s+(?:being\s+)?(?:released|disclosed|provided)|(?:can|will)\s+now\s+(?:disclose|release|provide)|\bcan\s+disclose|decision\s+(?:is|has\s+been|was)\s+(?:reversed|changed|varied)`)
	// reUpheld confirms an earlier decision.
	// "The information remains withheld" keeps the earlier decision too.
	reUpheld = mustAlternation(`^\W*(?:(?:original\s+)?decision\s+)?upheld\b|\b(?:have|has|is|was|been|am)\s+(?:\w+\s+)?upheld\b|\bi\s+uphold\b|\bupholding\b|\bremains?\s+(?:withheld|exempt|refused)\b|\bcontinues?\s+to\s+(?:be\s+)?(?:withh[oe]ld|exempt|refused)\b`)
	// reNotUpheld says a decision is not upheld: "section 31 is not
	// upheld for these questions", which reUpheld's "is ... upheld"
	// would read as upheld.
	reNotUpheld = mustRx(`\bnot\s+(?:been\s+)?upheld\b|\b(?:cannot|can\s*not|do\s+not|does\s+not|did\s+not)\s+uphold\b`)
	// rePastDecision reports a decision in the past tense.
	rePastDecision = mustAlternation(`\b(?:was|were|had\s+been)\s+(?:withheld|refused|exempt|neither\s+confirmed)|\b(?:original|earlier|initial|previous|first)\s+(?:response|decision|reply|answer)\b[^.;]{0,200}?\b(?:refused|withheld|applied|cited|relied)\b`)
)

// role is what a provision does to a request.
type role int

const (
	roleOther     role = iota // not a ground for refusing (s1, s17 notice, other Acts)
	roleExemption             // a content exemption: withheld
	roleCost                  // s12, reg12(4)(b) on cost
	roleVexatious             // s14
	roleNCND                  // removes the duty to confirm or deny
	roleNotHeld               // reg12(4)(a), FOISA s17 notice
	roleSignpost              // s21, s22 and their equivalents: released
)

// provisionRole classifies a normalised exemption by what it does to a
// request. EIR reg 12(4)(d) (material in the course of completion) is an
// exception that withholds, although its class is the approximate
// equivalent of s22.
func provisionRole(ex string) role {
	if isCostMachinery(ex) {
		// s12(3)-(5): how the cost is estimated and aggregated, not a
		// ground of refusal.
		return roleOther
	}
	// The provision is parsed once here: each Is...Provision would
	// normalise it again, and this runs for every citation of a letter.
	p, ok := provisionOf(ex)
	if !ok {
		return roleOther
	}
	class := classOf(p)
	unreasonable := p.manifestlyUnreasonable()
	switch {
	case class == classNCND || strings.HasPrefix(class, classNCND+":"):
		return roleNCND
	case p.regime != EIR && p.num == "12" || unreasonable:
		return roleCost
	case p.regime != EIR && p.num == "14":
		return roleVexatious
	case class == classNotHeld:
		return roleNotHeld
	case (class == classAccessible || class == classFuture) && !p.courseOfCompletion():
		return roleSignpost
	case p.isExemption():
		return roleExemption
	}
	return roleOther
}

// isCostMachinery reports whether ex is one of FOIA's (or FOISA's)
// section 12 subsections that set out how costs are counted: s12(3), (4)
// and (5).
func isCostMachinery(ex string) bool {
	for _, sub := range []string{"s12(3)", "s12(4)", "s12(5)", "foisa:s12(3)", "foisa:s12(4)", "foisa:s12(5)"} {
		if ex == sub || strings.HasPrefix(ex, sub+"(") {
			return true
		}
	}
	return false
}

// atoiSafe reads a small decimal number, or -1 when s is not one.
func atoiSafe(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' || n > 1000 {
			return -1
		}
		n = n*10 + int(r-'0')
	}
	return n
}

var (
	reRefusalTalk = mustAlternation(`\bholds?\s+(?:a|an|the|this|these|some|information|copies|records?)\b|\bcan\s+confirm\s+(?:that\s+)?(?:it|we|the\s+\w+)\s+holds?\b|\bexempt|withh[oe]ld|withholding|disclos|releas|public\s+interest|prejudice|\bharm|sections?\s*\d|\bs\.?\s?\d|regulation|\breg\.?\s?\d|\brefus(?:al|als|ing|ed)\b|\brefuses?\s+(?:to|this|that|the\s+(?:request|information|application)|your|it|them|all|each)\b|redact|confirm\s+or\s+deny|not\s+held|not\s+hold|please\s+(?:refer|note)|the\s+information\s+(?:you\s+)?requested|under\s+the\s+(?:act|foia|freedom)|this\s+(?:is|means)|^n/?a$|^none\.?$|\b(?:cost|appropriate)\s+limit\b|\b(?:does|do|will|would)\s+not\s+(?:routinely\s+)?(?:publish|name|identify)\b|\bdecision\s+notices?\b|\bhad\s+regard\s+to\b|\btribunal\s+(?:decision|ruling|judgment|has\s+(?:held|found|accepted|ruled)|held|found|accepted|ruled)\b|\bv\.?\s+(?:the\s+)?information\s+commissioner\b`)
)

// hasReleasedContent reports whether some sentence of text gives
// information rather than talking about withholding it or explaining why:
// a figure, a sum, an address, a named supplier, a plain yes or no.
func hasReleasedContent(text string) bool {
	if strings.Contains(text, "(") && strings.Contains(text, ";") {
		// "the Street Lighting Team Manager (job title released; name
		// and email address withheld as above)": the brackets hold one
		// remark, whose semicolon ends no sentence.
		text = reBracketWithheld.ReplaceAllStringFunc(text, func(m string) string { return strings.ReplaceAll(m, ";", ",") })
	}
	for _, s := range splitSentences(text) {
		s = strings.TrimSpace(s)
		l := strings.ToLower(s)
		if reRequestTalk.MatchString(l) || reAsideTalk.MatchString(l) || reOthersFigure.MatchString(l) || reBareAnnex.MatchString(l) || reFileLink.MatchString(l) || pointsElsewhere(l) || rePolicyReason.MatchString(l) || isBoilerplate(s) || reUnnamedDoers.MatchString(l) {
			// "Your final question asked for the paper ...", "For
			// information, Barrowdene is a one-appliance station": the
			// request restated, or a remark beside the answer; "If you
			// are unhappy with this response please write to the Clerk
			// ...": the letter's closing rights, run on into it.
			continue
		}
		if reGiven.MatchLower(l) && reOtherQuestion.MatchString(l) {
			continue // "the total at Request 1 has been provided"
		}
		if strings.Contains(s, "(") && reBracketWithheld.MatchString(s) {
			// "Head of Clinical Systems (name withheld, see above)": what
			// is given stands outside the brackets that withhold the rest.
			if out := strings.TrimSpace(strings.Trim(reBracketWithheld.ReplaceAllString(s, " "), " .;,")); out != "" && (hasProperNoun(out) || reDataToken.MatchString(stripLabels(stripDates(out)))) {
				return true
			}
		}
		if reGiven.MatchLower(l) && !reWithheld.MatchLower(l) && !reReasoning.MatchLower(l) && !reGivenToOthers.MatchString(l) {
			// "The equality impact assessment is attached." ("Codes are
			// given to 999 callers when a defibrillator is needed" says
			// what is done with the thing withheld, and gives nothing.)
			return true
		}
		if reGivenList.MatchString(l) {
			return true // "whose names and grades are released: Ms Harriet Osei ..."
		}
		if reFigureStatement.MatchString(s) || reCountStatement.MatchString(l) || reDateStatement.MatchString(l) {
			return true // "Investigations opened: 23.", "We recorded 6 incidents ..."
		}
		if len(reBreakdownItem.FindAllStringIndex(l, 3)) >= 2 {
			// "... fall into the following categories: conviction for a
			// motoring offence – 3 failure to meet the medical standard –
			// 2 ...": a list of counts, whatever refusal runs on after it
			// where the list's lines had no full stops.
			return true
		}
		if len(l) < 2 || reRefusalTalk.MatchLower(l) || reReasoning.MatchLower(l) || reHoldConfirm.MatchLower(l) || describesPublishing(l) {
			continue
		}
		if givesData(stripLabels(stripDates(reServiceNumber.ReplaceAllString(s, "")))) || reShortAnswer.MatchString(l) || hasProperNoun(s) {
			return true
		}
	}
	return false
}

// reSupposing opens, after a colon or semicolon, a clause that supposes:
// "We are relying on section 18(1) of FOISA, read with section 38(1)(b):
// if the information existed it would be exempt ...".
var reSupposing = mustRx(`(?i)[:;]\s+(?:if|had|were|should)\s`)

// splitSupposing splits sentences where a clause that supposes follows a
// colon or semicolon, so that what the clause supposes ("it would be
// exempt") does not take back what the sentence applies.
func splitSupposing(sents []string) []string {
	var out []string // nil until a sentence is split: most are not
	for k, s := range sents {
		m := reSupposing.FindStringIndex(s)
		if m == nil {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(sents)+1), sents[:k]...)
		}
		out = append(out, s[:m[0]+1], strings.TrimSpace(s[m[0]+1:]))
	}
	if out == nil {
		return sents
	}
	return out
}

// reBareAnnex points to an annex and says nothing of what is there, in
// lower case: "Please see the Annex." beside a withholding points to its
// reasons ("Please see Annex A for the figures" gives something).
var reBareAnnex = mustRx(`^(?:please\s+)?(?:see|refer\s+to)\s+(?:the\s+)?(?:annex|appendix)(?:\s+[a-z0-9])?\s*\.?$`)

// reOthersFigure disowns, in lower case, a figure the sentence gives as
// someone else's: "You may come across a figure of £392 per attendance,
// which appeared in a 2015 report by a neighbouring fire and rescue
// service; that figure was calculated by that service on its own basis and
// is not one the Service holds". Beside "we hold no information", it
// releases nothing.
var reOthersFigure = mustRx(`\byou\s+may\s+(?:have\s+)?(?:come\s+across|seen|see|read|heard|be\s+aware\s+of|find|noticed)\s+(?:a|the|an|some|other)\s+(?:figures?|estimates?|numbers?|amounts?|costs?|totals?|statistics)\b|\b(?:is|are|was|were)\s+not\s+(?:one|ones|a\s+figure|figures|a\s+number)\s+(?:that\s+|which\s+)?(?:the\s+\w+|we|it|this\s+\w+|our\s+\w+)\s+(?:holds?|has\s+adopted|uses?|recognises?|produces?|calculates?|records?)\b|\b(?:that|this|the)\s+(?:figure|estimate|number|amount)\s+(?:was|is|has\s+been)\s+(?:calculated|produced|published|compiled|estimated)\s+by\s+(?:that|another|a\s+different|the\s+other)\b`)

// reHelpAside offers a figure beside the answer as help, not as the
// answer (lower case): "In total, 141 site inspections were made, which
// we provide by way of advice and assistance"; "The park-wide figure was
// £388,000, if that is of help"; "To help you, the number of learners
// ... in Powys was 1,932"; "However, as advice and assistance, the total
// spend ..."; "you may find it useful to know that ...". Beside a
// not-held answer, the figure is of another thing than was asked.
var reHelpAside = mustRx(`(?:^|[,;:]\s)\W*(?:(?:however|but|although|though)\s*,?\s*)?(?:to|in\s+order\s+to|so\s+as\s+to|in\s+an?\s+(?:effort|attempt)\s+to)\s+(?:help|assist)(?:\s+you(?:r\s+(?:request|enquiry|research))?)?\s*[,:]|\byou\s+may\s+find\s+it\s+(?:useful|helpful|of\s+(?:some\s+)?(?:interest|use|help))\s+to\s+(?:know|note|learn)\b|\b(?:by\s+way\s+of|as|as\s+part\s+of\s+(?:our|the|its)\s+duty\s+to|under\s+(?:our|the|its)\s+duty\s+to|in\s+(?:the\s+)?spirit\s+of)\s+(?:advice\s+and\s+assistance|advise\s+and\s+assist)\b|\bif\s+(?:that|this|it)\s+(?:is|would\s+be|may\s+be|proves)\s+(?:of\s+)?(?:any\s+|some\s+)?(?:help|helpful|use|useful|assistance|interest)\b|\bin\s+case\s+(?:it|this|that)\s+(?:is|may\s+be|proves)\s+(?:of\s+)?(?:any\s+|some\s+)?(?:help|helpful|use|useful|interest)\b|\bwhich\s+(?:may|might)\s+be\s+of\s+(?:some\s+|any\s+)?(?:help|interest|use|assistance)\b`)

// reBreakdownItem is one item of a breakdown by category in lower case,
// its label's last word then a dash and the count: "other conduct matters
// – 2". Two or more of them in a sentence give figures.
var reBreakdownItem = mustRx(`[a-z]\s+[–—-]\s+\d[\d,]*(?:\s|$)`)

// reBracketWithheld is an aside in brackets (one level of brackets inside
// it allowed) that says something was withheld: "(name withheld – Section
// 40(2))", "(figure redacted)".
var reBracketWithheld = mustRx(`(?i)\((?:[^()]|\([^()]*\))*?\b(?:withh[eo]ld|redacted|exempt|not\s+(?:given|provided|disclosed|released))\b(?:[^()]|\([^()]*\))*\)`)

// reUnnamedDoers says, in lower case, who did something or how to reach
// them without naming anyone, beside names withheld: "The inspections
// were carried out by officers of the Central Area Environment Team",
// "The team can be contacted at assurance@...".
var reUnnamedDoers = mustRx(`\b(?:carried\s+out|undertaken|conducted)\s+by\s+(?:\w+\s+)?(?:officers|staff|members|inspectors|engineers|colleagues)\s+(?:of|from|in|within|below)\b|\b(?:team|teams|officers?|inspectors?|staff|service)\s+(?:\w+\s+)?can\s+be\s+contacted\s+(?:at|via|through|on|by)\b`)

// rePolicyReason states, in lower case, what a body's policy is as the
// reason for a withholding: "it is not Trust policy to publish the names
// of staff below Band 8c" gives no band, whatever figures it names.
var rePolicyReason = mustRx(`\b(?:is|was|are)\s+(?:not\s+)?(?:(?:our|the|its|\w+)\s+)?policy\s+(?:not\s+)?to\s+(?:publish|release|disclose|name|identify|provide|share)\b`)

// reProvideFor is "provide for" in the sense of "allow for". t is lower
// case.
var reProvideFor = mustRx(`\bprovid(?:e|es|ed|ing)\s+for\b`)

// reWhichClause is a relative clause after a comma, in lower case, to
// the end of its sentence or the next comma: ", which is not recorded
// against this service line".
var reWhichClause = mustRx(`,\s*which\s+[^,.;]*`)

// reContextCount is a count in words after a preposition: "leased to
// two operators", "competes with two neighbouring ports". It sets the
// scene of a withholding; a count that answers is the subject or the
// object of its sentence ("Nineteen stations were unavailable", "We have
// six cameras", "fewer than five").
var reContextCount = mustRx(`(?i)\b(?:with|between|among|amongst|across|against|alongside|(?:leased|let|licensed|rented|sublet)\s+to)\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:` + countWords + `)\b`)

// givesData reports whether s holds a token of released data (reDataToken)
// beyond the counts that only set the scene (reContextCount).
func givesData(s string) bool {
	if !reDataToken.MatchString(s) {
		return false
	}
	return !reContextCount.MatchString(s) || reDataToken.MatchString(reContextCount.ReplaceAllString(s, " "))
}

// pointsElsewhere reports whether a lower-case sentence only says where
// something beside what was asked can be found ("summary learning from
// serious incidents is included in the trust's quarterly learning from
// deaths report"), giving no figure of it: a pointer beside a
// withholding, not a part released.
func pointsElsewhere(l string) bool {
	// A threshold of what is published ("spend with suppliers above
	// £500") gives no figure.
	return rePointsElsewhere.MatchString(l) && !strings.ContainsAny(reThreshold.ReplaceAllString(l, ""), "0123456789") && !reTitledName.MatchString(l)
}

// reThreshold is, in lower case, a threshold: "above £500", "over
// £25,000", "of more than £5,000".
var reThreshold = mustRx(`\b(?:above|over|exceeding|under|below|of\s+more\s+than|of\s+less\s+than)\s+£\d[\d,]*(?:\.\d+)?\b`)

// reTitledName is a person named with a title, in lower case: "dr imran
// qadir, whose name is published on our website" names them here.
var reTitledName = mustRx(`\b(?:dr|mr|mrs|ms|miss|prof|professor|sir|dame|cllr|councillor)\.?\s+[a-z]+\s+[a-z]+`)

// rePointsElsewhere says, in lower case, that something is included or
// published in a report, the accounts, a website or another of the
// documents bodies publish ("is published in its annual Statement of
// Assurance", "is set out in the workforce plan", "is shown in the
// Council's published budget book").
var rePointsElsewhere = mustRx(`\b(?:strategy|plan|policy|framework|statement|programme)\s+(?:sets\s+out|describes|explains|outlines)\s+(?:its|our|the\s+\w+'s|their|how)\s+(?:plans?|approach|aims?|ambitions?|priorities|commitments?|intentions?)\b|\b(?:is|are)\s+(?:included|set\s+out|summari[sz]ed|reported|published|shown)\s+(?:(?:monthly|quarterly|annually|weekly|yearly|regularly|already|also)\s+)?(?:in|on|within)\s+(?:the|our|its|their)\b[^.;]{0,80}?\b(?:report|reports|accounts|website|annual\s+review|board\s+papers|statement|statements|plan|strategy|returns|register|bulletin|publication\s+scheme|budget(?:\s+book)?)\b`)

// describesPublishing reports whether a lower-case sentence says what the
// authority publishes as a rule ("The ICB publishes the names of staff at
// Director level and above only") without pointing to where: the reason
// for a withholding, not a release.
func describesPublishing(l string) bool {
	return (strings.Contains(l, "publishes") || rePublishedWith.MatchString(l)) && !strings.Contains(l, "http") && !strings.Contains(l, "www.")
}

// rePublishedWith says, in lower case, that other papers are published
// alongside a body's business, or that a wider figure is published in its
// periodic reports ("The decision report and its appendices are published
// with the Cabinet papers", "The overall availability figure for on-call
// appliances (71.4%) is published in our annual Statement of
// Assurance"): where related papers may be read, beside a withholding,
// gives none of what was asked.
var rePublishedWith = mustRx(`\b(?:is|are|was|were|has\s+been|have\s+been)\s+published\s+(?:(?:with|alongside|as\s+part\s+of)\s+(?:the|its|our)\s+(?:[a-z-]+\s+){0,2}(?:papers|agenda|agendas|minutes|reports?|committee|meeting|meetings)|in\s+(?:the|its|our)\s+(?:[a-z'’-]+\s+){0,3}(?:annual|quarterly|monthly)\s+(?:[a-z-]+\s+){0,4}(?:statement|report|accounts|review)(?:\s+of\s+[a-z]+)?)\b`)

// countWords are the numbers from two to ninety written as words, as a
// count opens ("twenty-three (23) officers", "five suppliers were").
const countWords = `two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety`

var (
	// Reasons and descriptions that come with a withholding: they describe
	// the information, they do not give it.
	reReasoning = mustAlternation(`\breasons?\s+(?:for|why|behind|of|are\s+(?:set|given|explained)|is\s+(?:that|as))\b|\bunder\s+the\s+[a-z][a-z ,'&-]{2,60}\bact\s+(?:18|19|20)\d\d\b|\bstill\s+(?:being\s+)?(?:drafted|developed|prepared|finali[sz]ed|written)\b|\bnot\s+(?:yet\s+)?(?:be\s+|been\s+)?finali[sz]ed\b|\bin\s+the\s+course\s+of\s+completion\b|\b(?:for|by)\s+(?:these|the\s+following|this|that|the\s+same|similar|the)?\s*reasons?\b|\breasons?\s+(?:above|below)\b|\bexplanation|\bpublic\s+interest|\bjustif|\brationale\b|\bgrounds\b|to\s+the\s+world|\bduty\s+(?:to|of\s+confidence)\b|\binvestigat(?:e|ed|es|ing|ion|ions|ive)\b|\bwill\s+be\b|\bdraft\b|\byou\s+may\b|\bhelpful\b|\bbecause\b|\bwould\b|\bsince\s+(?:it|they|this|that|these|those|we|disclos\w*|releas\w*|the\s+(?:information|data|release|disclosure|details|figures?|names?|records?))\b|\bpersonal\s+(?:data|information)|\bconfiden|\bsensitiv|\bidentif|\bcommercial(?:ly)?\s+(?:sensitiv|interests?|confiden|prejudic|harm|value|reasons?)|\bprejudic|\bconcerns?\b|\bnegotiat|\bbalance\b|\bcandid|\bdiscuss|\bnot\s+yet\b|\bpending\b|\bongoing\b|\bdeliberat|\bsafeguard|\bsecurity\b|\bcriminal|\bharm|\bexpected\b|\bopinion\b|\bconsider|\bsafe\s+space|\bdescribes?\b|\bcontains?\b|\bcomprises?\b|free\s+and\s+frank|\bguidance\b|\bsupports?\s+(?:this|that|our|the|its)\s+(?:position|approach|view|decision|conclusion)\b|\bchilling\b|\bstill\s+live\b`)
	// A figure under a label: "Investigations opened: 23."
	reFigureStatement = mustRx(`^[A-Z][^.:;]{0,60}:\s*[£$€]?\d[\d,.]*\s*(?:%|million|m|bn|k)?\.?$`)
	// A count stated as such: "We recorded 6 incidents", "(a) 312 vouchers
	// have been identified", "23 serious incidents were declared",
	// "twenty-three (23) officers hold ...", "five registered suppliers
	// were suspended", "there were 3 in 2023/24" (lower case). It counts
	// whatever reasons the sentence runs on to ("..., but we are unable to
	// provide the reports themselves, as these contain ...").
	reCountStatement = mustRx(`^(?:\(?[a-h]\)\s*)?(?:there\s+(?:were|was|have\s+been|has\s+been)\s+(?:a\s+total\s+of\s+)?[£$€]?\d[\d,]*\b(?:\s+[a-z-]+){0,3}\s+(?:in|during|between|over|since)\s+|(?:we|the\s+\w+(?:\s+\w+)?)\s+(?:recorded|received|issued|employ(?:s|ed)?|spent|paid|carried\s+out|completed|identified|served|handled|made|dealt\s+with|declared|reported|logged|attended)\s+(?:a\s+total\s+of\s+)?[£$€]?\d[\d,.]*\s+[a-z]|[£$€]?\d[\d,.]*\s+(?:[a-z-]+\s+){1,3}?(?:were|was|have\s+been|has\s+been)\b|[£$€]?\d[\d,.]*\s+[a-z]+\s+(?:are|is)\b|(?:one|` + countWords + `)(?:-[a-z]+)?\s*\(\d[\d,]*\)\s+[a-z]|(?:` + countWords + `)(?:-[a-z]+)?\s+(?:[a-z-]+\s+){1,2}(?:were|have\s+been)\s+[a-z]+ed\b)`)
	// A date stated as a fact of its own: "The contract end date is 31
	// March 2027", "The current agreement expires on 30/09/2026". Dates
	// are read as when, not what, everywhere else; here the date is the
	// answer, and a withholding beside it leaves it given.
	reDateStatement = mustRx(`^(?:the\s+|its\s+|our\s+|their\s+)?(?:[a-z-]+\s+){0,3}?(?:(?:end|expiry|start|commencement|renewal|review|award|completion|termination|break|go-live)\s+date\s+(?:is|was|will\s+be|was\s+set\s+as)|(?:expires?|expired|ends|ended|commenced|started|began|runs\s+until|ran\s+until|will\s+(?:end|expire|be\s+reviewed|be\s+renewed)|is\s+due\s+to\s+(?:end|expire|be\s+reviewed|be\s+renewed)|was\s+(?:awarded|signed|let)))\s+(?:on\s+|in\s+)?:?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4})\b`)
	// A sentence that confirms what is held, next to a withholding ("We
	// hold two submissions. They are withheld ..."), gives nothing.
	reHoldConfirm = mustAlternation(`^(?:the\s+)?(?:[a-z]+\s+){1,3}holds\s+(?:the|this|these|those|its|legal|a|an|some|copies|correspondence|information|records?|reports?|data|details|e-?mails|notes|minutes|documents?|files?|papers|advice|briefings?|submissions?|letters|material|recordings?|footage|images|photographs|messages|communications)\b|\b(?:we|i|it|they)\s+(?:do\s+)?hold\b|\bfalls?\s+within\s+(?:the\s+scope\s+of\s+)?(?:your|the|this)\s+request\b|\b(?:is|are)\s+within\s+(?:the\s+)?scope\b|\bcaught\s+by\s+(?:your|the|this)\s+request\b|\bconfirms?\s+(?:that\s+)?(?:it|we|the\s+\w+)\s+(?:holds?|has|have)\b|\bholds?\s+(?:two|three|four|five|six|several|\d+)\b|\bholds?\s+(?:\w+\s+){1,3}(?:two|three|four|five|six|several|\d+)\s+\w+\.?$`)
	// A sentence that restates what was asked, in lower case.
	reRequestTalk = mustRx(`^(?:in\s+)?your\s+(?:\w+\s+){0,2}(?:question|request|point|query)\s+(?:\w+\s+)?(?:asked|asks|sought|seeks|requested|concerned|concerns|was\s+for|is\s+for)\b|^you\s+(?:also\s+|then\s+|finally\s+|have\s+|had\s+)?(?:asked|requested|sought|wanted|mentioned|referred|raised|quoted|cited)\b`)
	// A web page's link to a file, alone, in lower case: "foi 2024-311
	// appliance list (pdf, 84kb)" lists what the page holds, beside any
	// answer.
	reFileLink = mustRx(`^[^.]{2,160}\((?:pdf|docx?|xlsx?|csv|odt|ods|zip|pptx?)\b[^)]{0,24}\)\.?$`)
	// A remark made beside the answer, in lower case: "For information,
	// the station is ...", "By way of background, ...", or where to send
	// queries ("Queries about procurement can be sent to ...").
	reAsideTalk = mustRx(`^(?:for\s+(?:your\s+)?(?:information|context|background|completeness)(?:\s+only)?|by\s+way\s+of\s+(?:background|context|explanation)|as\s+(?:background|context))\s*[,:]|^you\s+may\s+(?:wish|like|want|be\s+interested)\s+to\s+(?:know|note|be\s+aware)\b|^(?:any\s+|general\s+|further\s+)?(?:queries|questions|enquiries|correspondence)\b[^.;]{0,80}?\b(?:can|may|should)\s+be\s+(?:sent|directed|addressed|made|emailed)\b`)
	// Another question named as where something was given: "at Request
	// 1", "in our answer to question 2".
	reOtherQuestion = mustRx(`\b(?:at|in|under|for|with)\s+(?:(?:our|the|my)\s+)?(?:(?:answer|response|reply)\s+to\s+)?(?:request|question|point|part|item)\s+\d`)
	// A sentence that says information is given.
	reGiven = mustAlternation(`\b(?:we|i)\s+(?:are|am)\s+(?:now\s+)?(?:releasing|disclosing|providing)\b|\b(?:we|i)\s+(?:have\s+)?decided\s+to\s+(?:release|disclose|provide)\b|\bthe\s+[a-z]+\s+(?:has\s+)?decided\s+to\s+(?:release|disclose|provide)\b|\b(?:we|i)\s+have\s+(?:released|disclosed|provided)\b|\b(?:is|are|has\s+been|have\s+been)(?:\s*,\s*(?:however|though|nevertheless|instead)\s*,)?\s+(?:now\s+|hereby\s+)?(?:attached|enclosed|provided|released|disclosed|given|set\s+out\s+below)\b|\b(?:is|are|has\s+been|have\s+been)\s+(?:listed|shown|detailed|set\s+out|included|summarised)\s+(?:in|at|below|overleaf|on)\b|please\s+find\s+(?:attached|enclosed)|\battached\s+(?:is|are)\b`)
	// Tokens that carry released information.
	reDataToken = mustRx(`\d|£|€|\$|@|https?://|www\.|\b(?:Ltd|Limited|plc|PLC|LLP|Inc)\b|(?i:\b(?:` + countWords + `|hundred|thousand|million)\b)`)
	// reFigure is a figure: digits or a sum.
	reFigure = mustRx(`(?:^|[^A-Za-z])\d|£|€`)
	// reShortAnswer: "None.", "Yes, ...", "Nil" (not "none of the ...").
	reShortAnswer = mustRx(`^(?:yes|no|none|nil|n/?a|not\s+applicable)\b(?:\s*[.,;:!]|\s*$)`)
	reProperNoun  = mustRx(`\s([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)`)
)

// commonCapitals are capitalised words that name the parties and the law of
// any letter rather than released information.
var commonCapitals = map[string]bool{
	"Council": true, "Trust": true, "Force": true, "Act": true, "Board": true, "Department": true,
	"Government": true, "Minister": true, "Ministers": true, "Police": true, "Constabulary": true,
	"Service": true, "Information": true, "Freedom": true, "Commissioner": true, "Regulations": true,
	"Regulation": true, "Section": true, "Authority": true, "Office": true, "Parts": true, "Part": true,
	"Chief": true, "Executive": true, "Officer": true, "University": true, "Agency": true,
	"Environmental": true, "Data": true, "Protection": true, "The": true, "This": true, "We": true,
	"However": true, "Ministry": true, "Scotland": true, "England": true, "Wales": true, "Kingdom": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
	"United": true, "UK": true, "College": true, "School": true, "Academy": true, "Commission": true,
}

// hasProperNoun reports whether a sentence names something (a supplier,
// a system, a place) after its first word: a capitalised word, or a name
// in capitals that the sentence gives as what something is or who made
// or supplied it ("The aircraft are manufactured by DJI", "The provider
// is BT").
func hasProperNoun(s string) bool {
	for _, m := range reProperNoun.FindAllStringSubmatch(s, -1) {
		for _, w := range strings.Fields(m[1]) {
			// "the College's solicitors": the body's own word, owning.
			if !commonCapitals[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")] {
				return true
			}
		}
	}
	for _, m := range reCapitalsName.FindAllStringSubmatch(s, -1) {
		if !lawAndServiceAcronyms[m[1]] {
			return true
		}
	}
	return false
}

// reCapitalsName is a name in capitals given after a verb of being,
// making or supplying, ending its clause.
var reCapitalsName = mustRx(`\b(?:by|from|is|are|was|were|with)\s+([A-Z][A-Z0-9&]{1,7})(?:\s+(?:Ltd|Limited|plc|PLC|Group|UK))?\s*(?:[.,;)]|$)`)

// lawAndServiceAcronyms are capitals that name the law, the parties or a
// kind of thing, not a supplier or a system: "withheld under the FOIA",
// "the cameras are CCTV".
var lawAndServiceAcronyms = map[string]bool{
	"FOI": true, "FOIA": true, "FOISA": true, "EIR": true, "EIRS": true, "ICO": true, "DPA": true, "GDPR": true,
	"UK": true, "NHS": true, "CCTV": true, "ANPR": true, "ICT": true, "IT": true, "HR": true, "PDF": true,
	"BWV": true, "PNC": true, "MOD": true, "HMRC": true, "DWP": true, "CPS": true, "PCC": true, "PCSO": true,
	"N/A": true, "NA": true, "TBC": true, "FTE": true, "WTE": true, "EU": true, "USA": true, "US": true,
}

// splitSentences splits text at sentence ends, keeping "s.40" and "e.g."
// whole.
func splitSentences(text string) []string {
	var out []string
	start := 0
	for _, m := range sentenceEnds(text) {
		end := m[0] + 1
		word := lastWord(text[start:m[0]])
		if text[m[0]] == '.' && isAbbrev(word) && !lettered(text[start:m[0]]) {
			continue
		}
		// The closing marks after the full stop stay with its sentence.
		out = append(out, strings.TrimSpace(text[start:max(end, m[1])]))
		start = m[1]
	}
	if start < len(text) {
		out = append(out, strings.TrimSpace(text[start:]))
	}
	return out
}

func lastWord(s string) string {
	i := strings.LastIndexAny(s, " \t(\n")
	return strings.ToLower(s[i+1:])
}

// lettered reports whether s ends in a letter that names something
// ("Appendix A", "Table B"), which can end a sentence, unlike an initial.
func lettered(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f[len(f)-1]) != 1 {
		return false
	}
	switch strings.ToLower(f[len(f)-2]) {
	case "appendix", "annex", "annexe", "table", "schedule", "part", "option", "category", "grade", "band", "figure", "plan", "lot", "phase", "item", "point":
		return true
	}
	return false
}

func isAbbrev(w string) bool {
	switch w {
	case "s", "ss", "reg", "regs", "e.g", "i.e", "no", "nos", "para", "sch", "mr", "mrs", "ms", "dr", "st", "art", "sec", "v", "vs", "cf", "approx":
		return true
	}
	return len(w) == 1 && w[0] >= 'a' && w[0] <= 'z'
}

func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func uniqueSorted(xs []string) []string {
	if len(xs) == 0 {
		return nil
	}
	sort.Strings(xs)
	out := xs[:1]
	for _, x := range xs[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}

// givesFigures reports whether a sentence other than a not-held one gives
// a figure or a sum.
func givesFigures(text string) bool {
	for _, s := range splitSentences(text) {
		l := strings.ToLower(s)
		if reHelpAside.MatchString(l) {
			continue
		}
		if strings.Contains(l, ", which") {
			// "These figures exclude medication prescribing, which is
			// not recorded against this service line": what the
			// relative clause says is not held is another thing than
			// the figures given.
			l = reWhichClause.ReplaceAllString(l, "")
		}
		if reNotHeld.MatchLower(l) || reRefusalTalk.MatchLower(l) || reRetention.MatchString(l) {
			continue
		}
		if reAsideTalk.MatchString(strings.TrimSpace(l)) || reOthersFigure.MatchString(l) {
			// "For your information, 3,914 working days were lost to
			// all stress-related absence": a figure beside what was
			// asked, which is not held; "You may come across a figure
			// of £392 per attendance, which appeared in a 2015 report by
			// a neighbouring fire and rescue service": someone else's.
			continue
		}
		// "The response to questions 1, 3, 4 and 7 is provided below":
		// the numbers of questions count nothing.
		s = reQuestionRef.ReplaceAllString(s, "")
		if reFigure.MatchString(stripLabels(stripDates(reServiceNumber.ReplaceAllString(reRefToken.ReplaceAllString(s, ""), "")))) {
			return true
		}
	}
	return false
}

// reRetention is a sentence about how long records are kept, whose
// figures ("retains call data for 13 months only") say why something is
// no longer held. l is lower case.
var reRetention = mustRx(`\b(?:retain(?:s|ed)?|retention|overwrit\w*|purged|(?:deleted|destroyed|erased)\s+after|kept\s+for|no\s+longer\s+(?:exists?|held|available|retained))\b`)

// reYearish matches dates and years, which say when, not how many.
var reYearish = mustRx(`\b(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*`)

func stripDates(s string) string { return reYearish.ReplaceAllString(strings.ToLower(s), "") }

// reLabelNumber is a number that names something rather than counts it:
// "phase 2", "Part 3", "tier 1", "Annex 4", and a period made an
// adjective ("the 24-hour emergency repair target", "a 12-month
// period"), which says what kind of thing, not how many.
var reLabelNumber = mustRx(`\b\d+-(?:hour|day|week|month|year|minute)\b|\b(?:phase|stage|part|parts|tier|level|option|annex|appendix|schedule|question|questions|answer|answers|response|point|points|item|items|paragraph|para|category|type|chapter|clause|condition|conditions|step|round|wave|lot|version|covid)[\s-]+\d+[a-z]?\b`)

// reRefToken is a reference quoted in the text ("your previous request
// (EIR-2024-00912)", "FOI 0456/22", "IC-301442-H7K9"), whose digits count
// nothing.
var reRefToken = mustRx(`\b[A-Za-z]{2,}(?:[-/][A-Za-z]+)*[-/]\d[\w]*(?:[-/.][\w]+)*|\b(?i:FOI|EIR|FOISA|IR|ICO|IC)\s+\d[\d/.-]*\d\b`)

// reServiceNumber is a number that is part of a name: "NHS 111", "A&E",
// "999 callers", "the 101 service".
var reServiceNumber = mustRx(`\b[A-Z]{2,}[ -]?\d{2,3}\b|\b(?:999|111|101)\s+(?:calls?|callers?|services?|numbers?|lines?|operators?)\b`)

// stripLabels removes numbers that label (lower-cased text in, as
// stripDates gives): they say which, not how many.
func stripLabels(l string) string {
	if !hasDigit(l) {
		return l
	}
	return reLabelNumber.ReplaceAllString(l, "")
}

// splitFullSentences splits at full stops, question and exclamation marks
// only: a semicolon joins clauses whose sense runs on ("rates will be
// subject to section 43; we have not applied it").
func splitFullSentences(text string) []string {
	var out []string
	for _, s := range splitSentences(text) {
		if n := len(out); n > 0 && strings.HasSuffix(out[n-1], ";") {
			out[n-1] += " " + s
			continue
		}
		out = append(out, s)
	}
	return out
}

// reQuotedStatute is statutory text quoted in a letter: it opens with a
// quotation mark or a subsection number.
var reQuotedStatute = mustRx(`^\W*["“]|^\(\d+\)\s+(?:section|subsection|a\s+public\s+authority|information)`)

func isQuotedStatute(s string) bool {
	t := strings.TrimSpace(s)
	return mayQuoteStatute(t) && reQuotedStatute.MatchString(t)
}

// phrase is a stance pattern with words one of which every match
// contains: most answers lack them all, and checking for words is far
// cheaper than running the expression. t is lower case.
type phrase struct {
	words []string
	re    *alternation
}

func (p phrase) in(t string) bool {
	for _, w := range p.words {
		if strings.Contains(t, w) {
			return p.re.MatchLower(t)
		}
	}
	return false
}

var (
	ncndPhrase       = phrase{[]string{"confirm", "ncnd"}, reNCND}
	costPhrase       = phrase{[]string{"limit", "exceed", "hours", "£", "cost"}, reCost}
	vexPhrase        = phrase{[]string{"vexatious", "repeat", "similar", "unreasonable"}, reVex}
	withheldPhrase   = phrase{[]string{"exempt", "withh", "disclos", "releas", "provid", "suppl", "shar", "refus", "redact", "appl", "engaged"}, reWithheld}
	partialPhrase    = phrase{[]string{"redact", "partial", "part", "some of", "except", "apart", "remain", "other than", "however", "rest", "but withh", "but have withh", "summary"}, rePartial}
	signpostPhrase   = phrase{[]string{"publish", "publica", "find", "found", "http", "www", "accessible", "available"}, reSignpost}
	pendingPhrase    = phrase{[]string{"still", "write", "respond", "reply", "not yet", "being considered", "time to consider", "considering"}, rePending}
	notAppliedPhrase = phrase{[]string{"not", "overturn", "incorrect", "wrong", "longer", "subject", "consider", "would", "may", "might", "could", "if", "no exemption", "original", "previously", "within", "below", "nothing", "read as", "cannot", "to which", "withdrawn", "information only",
		"neither", "none", "requirement", "use", "read more", "only", "mutually", "no part", "exceed", "under", "bearing"}, reNotApplied}
	releasedPhrase = phrase{[]string{"provide", "attach", "enclos", "follows", "set out", "releas", "disclos", "below", "confirm"}, reReleased}
)

// reGivenToOthers says, in lower case, to whom something is given in the
// course of a service: "codes are given to 999 callers", "a leaflet is
// given to patients".
var reGivenToOthers = mustRx(`\b(?:is|are)\s+(?:only\s+)?given\s+to\s+(?:the\s+|all\s+|any\s+)?(?:\d+\s+)?(?:callers?|patients?|staff|officers?|residents?|members?|drivers?|applicants?|customers?|users?|pupils?|students?|tenants?|visitors?|clients?)\b`)

// reGivenList introduces what is released with a colon: "whose names
// are released: ...", "I have released it: Ms Aileen Foxcroft". l is
// lower case.
var reGivenList = mustRx(`\b(?:(?:is|are|has\s+been|have\s+been)(?:\s*,\s*(?:however|though|nevertheless)\s*,)?\s+(?:now\s+|hereby\s+)?(?:released|disclosed|provided|given)|(?:i|we|and)\s+(?:have\s+|am\s+|are\s+|therefore\s+|now\s+)*(?:released?|releasing|disclos(?:ed?|ing)|provid(?:ed?|ing))\s+(?:it|them|this|these|those|the\s+\w+(?:\s+\w+)?)(?:\s+to\s+you)?)\s*:\s*\S`)

// reWholeRefused says a request is refused as a whole. t is lower case.
var reWholeRefused = mustRx(`\b(?:whole|entire)\s+(?:of\s+(?:the|your)\s+)?request\s+(?:is|was|has\s+been|must\s+be)\s+(?:therefore\s+)?refused\b|\brefus(?:e|ed|ing)\s+(?:your|the|this)\s+request\s+(?:as\s+a\s+whole|in\s+(?:its\s+)?(?:entirety|full))\b|\b(?:your|the|this)\s+request\s+(?:is|was|has\s+been|must\s+be)\s+(?:therefore\s+)?refused\s+(?:as\s+a\s+whole|in\s+(?:its\s+)?(?:entirety|full))\b`)

// reProvisionBack opens a sentence about the provision the sentence
// before named: "That section was not applied", "This exemption has not
// been relied on", "We do not consider that exception is engaged". l is
// lower case.
var reProvisionBack = mustRx(`^\W*(?:that|this|the|such|those|these)\s+(?:section|exemption|exception|provision|regulation)s?\b|^\W*(?:we|i|the\s+\w+)\s+(?:do|does|did)\s+not\s+(?:consider|think|believe|accept)\s+(?:that\s+)?(?:that|this|the|such|those|these)\s+(?:exemption|exception|provision)s?\s+(?:is|are|was|were|to\s+be|applies|apply|would)\b|^\W*(?:none|neither)\s+of\s+(?:these|those|them|which)\b|^\W*it\s+(?:was|has|is|had)\s+not\b|^\W*(?:we|i|the\s+\w+)\s+(?:have|has|had|did|do|does)\s+not\s+(?:relied|applied|used|cited|engaged|needed\s+to\s+(?:rely|apply|use))\s+(?:on\s+|upon\s+)?(?:it|this|that|them|these|those)\b`)

// groundedNCND reports whether the NCND provisions include one that
// works only with an exception or exemption named beside it: EIR reg
// 12(6) (an interest in reg 12(5)) and FOISA s18 (an exemption in ss28-35,
// 38, 39 or 41).
func groundedNCND(exs []string) bool {
	for _, e := range exs {
		if strings.HasPrefix(e, "reg12(6)") || strings.HasPrefix(e, "foisa:s18") {
			return true
		}
	}
	return false
}

// reReadWith joins a provision to another it is applied with.
var reReadWith = mustRx(`\b(?:read|taken|together|in\s+conjunction|in\s+combination)\s+with\b`)

// reNoRedaction says redaction was not possible: the whole was withheld.
var reNoRedaction = mustRx(`(?:cannot|can\s?not|could\s+not|unable\s+to|not\s+(?:possible|practicable|feasible)\s+to)\s+(?:be\s+)?(?:\w+\s+)?redact\w*|(?:does|do|did)\s+not\s+(?:consider|believe|think)\s+(?:that\s+)?(?:[\w-]+\s+){0,3}(?:can|could)\s+be\s+(?:\w+\s+)?redact\w*|redaction\s+(?:would|is|was)\s+not\s+\w+|no\s+(?:meaningful\s+|effective\s+)?redaction|redact\w*\s+(?:[a-z]+\s+){0,6}?(?:would|could)\s+(?:leave|render|make|result\s+in)\s+(?:no|nothing|little|(?:it|them|the\s+\w+)\s+(?:meaningless|unintelligible|of\s+no\s+(?:use|value)))\b`)

// partialIn reports whether lower-cased text says only part was withheld;
// "cannot be sufficiently redacted" says the opposite.
func partialIn(t string) bool {
	if strings.Contains(t, "redact") {
		t = reNoRedaction.ReplaceAllString(t, " ")
	}
	return partialPhrase.in(t)
}

// sentenceEnds finds where sentences may end: a full stop, question or
// exclamation mark or semicolon followed by white space (the whole run of
// it), or a line break. Each end is [the mark, the next sentence's start).
// Closing emphasis, quotes and brackets may come between the mark and the
// space ("... is now released.** The amounts ...").
func sentenceEnds(text string) [][2]int {
	var ends [][2]int
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '\n':
			ends = append(ends, [2]int{i, i + 1})
		case c == '.' || c == '!' || c == '?' || c == ';':
			j := i + 1 + closersLen(text[i+1:])
			if j >= len(text) || !isASCIISpace(text[j]) {
				continue
			}
			for j < len(text) && isASCIISpace(text[j]) {
				j++
			}
			ends = append(ends, [2]int{i, j})
			i = j - 1
		}
	}
	return ends
}

// closersLen is the length of the run of closing marks ("**", "_", a
// quotation mark, a bracket) at the start of s.
func closersLen(s string) int {
	n := 0
	for n < len(s) {
		switch {
		case s[n] == '*' || s[n] == '_' || s[n] == '"' || s[n] == '\'' || s[n] == ')' || s[n] == ']':
			n++
		case strings.HasPrefix(s[n:], "’") || strings.HasPrefix(s[n:], "”"):
			n += len("’")
		default:
			return n
		}
	}
	return n
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
