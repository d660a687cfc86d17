package corpus

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// decision is a stance the letter applies outside an answer: a decision
// paragraph naming questions ("citing Section 31 (1) to questions 1,3 in
// part 1"), or a sentence about the whole request.
type decision struct {
	line int
	r    reading
	// text is the sentence of a decision that names no question, so that
	// one naming its subject instead ("The annual contract values are
	// withheld under section 43(2)") can find the question it speaks of.
	text string
	// adds is set when the sentence adds grounds to those given before
	// ("question 2 is additionally exempt by virtue of Section 24(1)").
	adds bool
	// work is set when the sentence reckons the work a question would
	// take ("Q4 would require officers to reconstruct time from diaries,
	// which are not kept per case"): part of a cost estimate.
	work bool
	// below is set when the sentence sends the reader to the answers
	// below for what was given and why ("For questions 3 and 4 we have
	// released part of the information and withheld the rest, as
	// explained below").
	below bool
}

// reExplainedBelow sends the reader to the answers below.
var reExplainedBelow = mustRx(`(?i)\b(?:as\s+)?(?:explained|set\s+out|detailed|described|discussed)\s+below\b|\bsee\s+below\b`)

// deferred reports whether every decision naming q sends the reader to
// the answers below: what is said there answers it.
func deferred(q *qstate) bool {
	if len(q.decisions) == 0 {
		return false
	}
	for _, d := range q.decisions {
		if !d.below {
			return false
		}
	}
	return true
}

// findKeyedAnswers reads the response that follows a restated request for
// answers keyed back to the questions: "Question 7 – ...", "Q2:", "A3",
// "In answer to point 3", or a second numbered run, under part headings
// ("Part 2") where the request had parts.
func (p *parser) findKeyedAnswers() {
	if len(p.questions) == 0 {
		return
	}
	st := &runState{part: 1}
	inArgument := false
	// lastNum is the number of the last answer key read.
	lastNum := 0
	// Letters that answer first and restate the request after ("Answer
	// to Question 1 – ..." above an appendix of the questions) key their
	// answers before the questions: there, only answer labels count.
	first := p.questions[0].firstLine
	partsKey := p.partHeadingsKeyItems()
	partWords := p.partWords()
	for i := 0; i < len(p.lines); i++ {
		if i < p.respStart && i >= first {
			i = p.respStart - 1
			continue
		}
		if i < first && p.labels[i].kind != labelAnswer && !st.inAnswer {
			continue
		}
		if p.used[i] {
			continue
		}
		s := strings.TrimSpace(p.lines[i])
		if s == "" {
			if st.inAnswer && st.paraOnly && !p.introducesList(i) {
				st.cur, st.inAnswer = nil, false
			} else if st.inAnswer {
				p.appendLine(st, i, "")
			}
			continue
		}
		n, _, ok := partHeading(s)
		if !ok {
			n, ok = p.requestPartHeading(s)
		}
		if ok && partsKey {
			// "Part 2 – commission rates" over the answer to the second
			// item of a request in one part: the letter calls its items
			// parts.
			st.part = 1
			p.startAnswer(st, i, []int{n}, "")
			inArgument = false
			continue
		}
		if ok {
			// A part's heading after the harm and public interest
			// sections: its answers follow.
			st.part = n
			st.cur, st.inAnswer = nil, false
			p.used[i] = true
			inArgument = false
			continue
		}
		if p.boilerplateAt(i) || isArgumentHeading(s) {
			st.cur, st.inAnswer = nil, false
			inArgument = isArgumentHeading(s)
			continue
		}
		if n := partNamedBy(s, partWords); p.labels[i].kind == labelNone && n > 0 && n != st.part && p.itemFollows(i) {
			// "Theatre capacity" over answers numbered from 1 again,
			// where the request said "In the second part you asked
			// about theatre capacity": that part's answers follow.
			st.part = n
			st.cur, st.inAnswer = nil, false
			inArgument = false
			continue
		}
		if m := reAnswersPart.FindStringSubmatch(s); m != nil && wordNumber(m[1]+m[2]) > 0 {
			// "Answers – Part A", "Response – Contract 2 – Car parking":
			// the answers to that part follow.
			st.part = wordNumber(m[1] + m[2])
			st.cur, st.inAnswer = nil, false
			inArgument = false
			continue
		}
		if inArgument && reAnswersHeading.MatchString(s) {
			// "Answers to the remaining questions" after the harm and
			// public interest sections: numbered lines are answers again.
			inArgument = false
			continue
		}
		lab := p.labels[i]
		if lab.kind == labelItem && (isArgumentHeading(lab.rest) || isBoilerplate(lab.rest)) {
			// "4. Public interest", "5. Your rights": the letter's own
			// numbered sections, not answers to questions 4 and 5.
			st.cur, st.inAnswer = nil, false
			inArgument = isArgumentHeading(lab.rest)
			continue
		}
		if lab.kind == labelItem && lab.style != "partnum" && p.numberedSection(i) && !reQuestionRef.MatchString(lab.rest) {
			// "2. Our decision" over "2.1 NHS Loch Arrin holds some of
			// the information": the letter's own numbered section.
			st.cur, st.inAnswer = nil, false
			continue
		}
		if lab.kind == labelNone {
			lab = p.namedPartKey(s)
		}
		// "4. Mercia Vale Police can neither confirm nor deny ..." after
		// the harm and public interest sections that follow answer 3:
		// the next answer of the run, where an argument's own numbered
		// paragraphs would count from 1.
		continues := lastNum > 0 && len(lab.nums) > 0 && lab.nums[0] == lastNum+1 && p.unansweredKey(qkey{st.part, lab.nums[0]})
		if p.isAnswerKey(lab, st.part, inArgument && !continues) {
			lastNum = lab.nums[len(lab.nums)-1]
			part := st.part
			if lab.part > 0 {
				part = lab.part
			}
			if _, ok := p.byKey[qkey{part, lab.nums[0]}]; !ok {
				part = 1
			}
			save := st.part
			st.part = part
			p.startAnswer(st, i, lab.nums, lab.rest)
			st.part = save
			st.paraOnly = lab.inProse
			inArgument = false
			continue
		}
		if st.inAnswer && p.listedProvision(i) {
			// "... removed by the following exemptions:" / "Section
			// 23(5) - Information supplied by ...": the list the answer
			// announced, not a heading over an explanation.
			p.appendLine(st, i, s)
			continue
		}
		if st.inAnswer && (p.sectionHeadingAt(i) || p.lawExplanationAt(i, st.targets) || reAnswersBelow.MatchString(s)) {
			// "Section 12" over an explanation of the law, or a paragraph
			// explaining it, ends the answer; so does a pointer to the
			// answers below ("The response to questions 1 and 2 is
			// provided below.").
			st.cur, st.inAnswer = nil, false
			continue
		}
		if st.inAnswer {
			// A decision sentence or new section after an answer ends it.
			if p.respLine(i) && len(st.targets) > 0 && len(st.targets[0].answer) > 0 {
				st.cur, st.inAnswer = nil, false
				continue
			}
			p.appendLine(st, i, s)
		}
	}
}

// partHeadingsKeyItems reports whether the part headings after a request
// in one part ("Part 1 – agent names", "Part 2 – commission rates", ...)
// name its items: one heading at least numbered past 1, every one
// numbered within the items, and none before the request's items.
func (p *parser) partHeadingsKeyItems() bool {
	if p.maxPart() != 1 || len(p.questions) < 2 {
		return false
	}
	first, last := p.questions[0].firstLine, p.questions[len(p.questions)-1].firstLine
	seen := false
	for i, l := range p.lines {
		n, _, ok := partHeading(strings.TrimSpace(l))
		if !ok {
			continue
		}
		if i < first || n < 1 || n > len(p.questions) {
			return false
		}
		if i <= last {
			continue
		}
		if _, ok := p.byKey[qkey{1, n}]; !ok {
			return false
		}
		seen = seen || n > 1
	}
	return seen
}

// splitEmbeddedKeys moves the part of an answer that a sentence inside it
// keys to another question ("For question 2, we can confirm ... For
// question 5, the legal advice is withheld ...") to that question.
func (p *parser) splitEmbeddedKeys() {
	for _, q := range p.questions {
		if len(q.answer) == 0 {
			continue
		}
		text := joinText(q.answer)
		if !containsFoldASCII(text, "question") && !containsFoldASCII(text, "point") {
			continue
		}
		// "As to your first question, ... in 2023, and in reply to your
		// second question, sixty-three ... were rejected": a clause that
		// turns to another question keys it as a sentence does.
		sents := splitNamingClauses(splitSentences(text))
		for k := 1; k < len(sents); k++ {
			lab := parseLabel(capitalise(sents[k]))
			if lab.kind != labelAnswer || len(lab.nums) != 1 || lab.nums[0] == q.key.num {
				continue
			}
			target, ok := p.byKey[qkey{q.key.part, lab.nums[0]}]
			if !ok {
				continue
			}
			q.answer = []string{strings.Join(sents[:k], " ")}
			target.answer = append(target.answer, strings.Join(sents[k:], " "))
			target.hasAnswer = true
			break
		}
	}
}

// isAnswerKey reports whether a label in the response keys an answer to a
// known question.
func (p *parser) isAnswerKey(lab lineLabel, part int, inArgument bool) bool {
	if lab.kind == labelNone || len(lab.nums) == 0 {
		return false
	}
	if lab.part > 0 {
		part = lab.part
	}
	_, ok := p.byKey[qkey{part, lab.nums[0]}]
	if !ok {
		_, ok = p.byKey[qkey{1, lab.nums[0]}]
	}
	if !ok {
		return false
	}
	if !sameListFamily(lab.style, p.runStyle) && lab.kind != labelAnswer {
		return false
	}
	switch lab.kind {
	case labelAnswer, labelQuestion:
		return true
	}
	// A plain "2." in the response answers question 2 only outside an
	// argument section, where numbered paragraphs are reasons.
	return !inArgument
}

// unansweredKey reports whether the letter asks question k and no answer
// has been read for it yet.
func (p *parser) unansweredKey(k qkey) bool {
	q, ok := p.byKey[k]
	return ok && !q.hasAnswer
}

// reAnswersHeading is a heading over answers: "Answers to the remaining
// questions", "Our response", "Information released", "Remaining
// questions".
// reAnswersPart heads the answers to one part: "Answers – Part A",
// "Response to part 2", "Our answers: Part B".
var reAnswersPart = mustRx(`(?i)^\W*(?:(?:our|the)\s+)?(?:answers?|responses?|replies)(?:(?:\s+(?:to|for|on))?\s*[–—:-]?\s*(?:part|section|contract|lot)\s+(\d{1,2}|[a-d]|one|two|three|four)\W*$|(?:\s+(?:to|for|on))?\s*[–—:-]?\s*(?:part|contract|lot)\s+(\d{1,2}|[a-d]|one|two|three|four)\s*[–—:-]\s+\S)`)

var reAnswersHeading = mustRx(`(?i)^\W*(?:(?:(?:our|the)\s+)?(?:answers?|responses?|replies|information\s+(?:released|provided|disclosed))(?:\s+(?:to|for|on)\s+(?:the\s+|your\s+)?(?:(?:remaining|other|outstanding)\s+)?(?:questions?|points?|requests?|parts?|items?))?|(?:the\s+|your\s+)?(?:remaining|other|outstanding)\s+(?:questions?|points?|requests?|parts?|items?))\W*$`)

var (
	// A reference to questions by number: "questions 1,3,4 and 6",
	// "Q1-3", "points 2 & 5", "question 6".
	reQuestionRef = mustGated(`(?i)\b(?:questions?|qs?|points?|items?|requests?|parts?\s+\d{1,2}\s+and)\s*\.?\s*(\d{1,2}[a-z]?(?:\s*(?:,|&|and|-|–|to|or)\s*(?:q\s*)?\d{1,2}[a-z]?\b)*)`)
	// reSameGrounds refers back to the grounds of the decision before.
	reSameGrounds = mustRx(`(?i)\b(?:under|for|on)\s+the\s+same\s+(?:provisions?|exemptions?|sections?|grounds?|basis)\b|\b(?:likewise|similarly)\s+(?:exempt|withheld)\b`)
	// rePartBefore is a part named just before a reference: "Part 2,
	// question 4", "(Part 1 question 3".
	rePartBefore = mustRx(`(?i)\bpart\s+(\d{1,2}|one|two|three|four|[a-d])\s*[,:–—-]?\s*$`)
	// A part qualifier after a reference: "in part 1", "of part 2 of your
	// request", "of the second part".
	rePartQualifier = mustRx(`(?i)^\s*(?:\)?\s*(?:in|of|from|for|under)\s+(?:the\s+)?(?:part|contract|lot)\s+(\d{1,2}|one|two|three|four|[a-d])\b|\s*(?:in|of)\s+(?:the|your)\s+(first|second|third|fourth)\s+(?:part|request)\b)`)
	// The rest of the request: "all other questions", "the remaining
	// questions", "the rest of your request".
	reRestRef = mustGated(`(?i)all\s+(?:of\s+the\s+)?other\s+(?:questions|parts|points|information)|(?:the\s+)?remaining\s+(?:questions|parts|points|information)|the\s+rest\s+of\s+(?:your|the)\s+(?:request|questions)|the\s+remainder\s+of\s+(?:your|the)\s+(?:request|questions)|any\s+other\s+information\s+relating`)
	// A whole part: "part 2 of your request", "all of part 2".
	reWholePart = mustRx(`(?i)\b(?:all\s+of\s+|the\s+whole\s+of\s+)?part\s+(\d{1,2}|[a-d]|one|two|three|four)(?:\s+of\s+(?:your|the)\s+request|\s+(?:is|are|was|has\s+been|will\s+be)\s)`)
	// A sentence that applies a stance (not one that explains the law).
	reApplies = mustAlternation(`(?i)\b(?:i|we)\s+(?:am|are|have|will|would|can|must|do|consider|believe)|\b(?:is|are|has\s+been|have\s+been)\s+(?:also\s+)?applied\s+to\b|\b(?:is|are)\s+(?:being\s+)?(?:withheld|exempt|refused|not\s+held|engaged|not\s+(?:recorded|collected|collated|kept|retained))|\b(?:is|are)\s+(?:[a-z]+\s+){1,3}?(?:withheld|exempt|refused)\b|\bhas\s+been\s+(?:withheld|applied|refused)|\b(?:is|are|has\s+been|have\s+been)\s+(?:cited|relied\s+(?:on|upon)|invoked)\b|\b(?:applying|citing|relying|engag(?:ing|ed|es)|withholding|refusing)\b|\brel(?:y|ies|ied)\s+(?:on|upon)\b|\b(?:[Ss]ection|[Ss]\.?|[Rr]egulation|[Rr]eg\.?)\s*\d+[a-z]?(?:\s*\([0-9a-z]+\))*\s+(?:applies|is\s+engaged|is\s+applied)\s*\.?\s*$|\bdoes\s+not\s+hold\b|\bdo\s+not\s+hold\b|\bneither\s+confirm|\bexceeds?\b|\bwould\s+exceed\b|\b(?:force|council|trust|constabulary|department|authority|board|service|university|police|ministry)s?\s+(?:is|are|has|have|does|can|will|holds?|considers?|refuses?)\b|\bdecided\s+to\s+(?:refuse|withhold|apply|rely)\b|\brefuses?\s+(?:it|the\s+request|your\s+request|this\s+request)\b|\b(?:has|have|had)\s+(?:withheld|refused|redacted)\b|\b(?:serves?|acts?)\s+as\s+(?:a\s+|the\s+|our\s+)?(?:formal\s+)?refusal\b|provided\s+below|as\s+follows|\bplease\s+find\b|\bis\s+(?:attached|enclosed|provided|released)|\bappl(?:y|ies)\s+to\s+(?:the|your|this|each|every|all)\s+(?:request|questions?|parts?|information)\b|\bappl(?:y|ies)\s+to\s+(?:the\s+)?(?:whole|entirety|all)\s+of\s+(?:your|the|this)\s+request\b|\bwell\s+(?:beyond|above|over)\b|\bnot\s+(?:be\s+)?comply(?:ing)?\b|\bnot\s+obliged\s+to\s+comply\b|\b(?:exemptions?|exceptions?)\s+(?:applied|relied\s+(?:on|upon)|engaged|cited)\s+(?:is|are|was|were)\b`)
)

// qref is one reference to questions found in a sentence.
type qref struct {
	keys []qkey
	rest bool // "all other questions"
	// restPart limits a rest reference to one part ("all other questions
	// of Contract 2"); 0 means every part.
	restPart int
	// except are the questions a rest reference leaves out ("apart from
	// question 5").
	except []qkey
}

var (
	// "apart from question 5", "except questions 2 and 3", "other than Q4"
	reExcept = mustRx(`(?i)\b(?:apart\s+from|except(?:\s+for)?|other\s+than|excluding|with\s+the\s+exception\s+of|but\s+not)\s+(?:questions?|qs?|points?|items?)\s*\.?\s*(\d{1,2}(?:\s*(?:,|&|and|-|–|to)\s*\d{1,2})*)`)
	// A sentence that explains the law rather than applying it ("an
	// authority may respond in this way where ..." too): "Section
	// 31(1)(a) exempts information if ...", "Section 24(1) provides that".
	reExplainsLaw = mustAlternation(`(?i)^\W*(?:section|sections|s\.?|regulation|reg\.?)\s*\d+[a-z]?(?:\s*\([0-9a-z]+\))*(?:\s+(?:and|or|&)\s+\d+[a-z]?(?:\s*\([0-9a-z]+\))*)*(?:\s+of\s+(?:the\s+)?(?:act|foia|fois?a|eir|regulations|freedom\s+of\s+information\s+act(?:\s+2000)?))?(?:\s*\([a-z][^()]{1,60}\))?\s+(?:provides|exempts|states|says|reads|allows|sets\s+out|covers|removes|means|protects|is\s+(?:a|an|the)\s|are\s+(?:both\s+)?(?:qualified|absolute)|is\s+(?:a\s+)?(?:qualified|absolute)\b|applies\s+(?:where|when|to\s+information)|can\s+(?:only\s+)?(?:apply|be\s+applied))|\b(?:is|are)\s+exempt\s+(?:information\s+)?if\b|information\s+is\s+exempt\s+(?:information\s+)?(?:if|where)\b|\b(?:an?|any)\s+(?:scottish\s+)?(?:public\s+)?authority\s+(?:may|can|is\s+(?:able|permitted|entitled))\b|\bauthorities\s+(?:may|can)\b|\bdoes\s+not\s+arise\s+(?:if|where|in\s+relation\s+to)\b|\bif,?\s+or\s+to\s+the\s+extent\s+that\b`)
)

// findDecisions reads sentences outside the questions and answers that
// apply a stance to named questions or to the whole request.
func (p *parser) findDecisions() {
	p.collectRefinements()
	var para []string
	paraStart := -1
	// In a harm or public-interest argument only sentences naming
	// questions can decide anything; its other sentences explain.
	inArgument := false
	flush := func() {
		if len(para) > 0 {
			p.readDecisionParagraph(paraStart, strings.Join(para, " "), inArgument)
		}
		para, paraStart = nil, -1
	}
	firstAsked := len(p.lines) // the line of the first question
	for _, q := range p.questions {
		firstAsked = min(firstAsked, q.firstLine)
	}
	for i, l := range p.lines {
		s := strings.TrimSpace(l)
		if s == "" && !p.used[i] && len(para) > 0 && strings.HasSuffix(para[len(para)-1], ":") {
			// "... by virtue of the following exemptions:" and, after a
			// blank line, the list: the list completes the sentence.
			continue
		}
		if p.used[i] || s == "" {
			flush()
			continue
		}
		if isBoilerplate(s) && !reQuestionRef.MatchString(s) {
			flush()
			if i < firstAsked {
				// "Complaints" in a web page's navigation above the
				// letter: the letter's closing words come after.
				continue
			}
			break
		}
		if isArgumentHeading(s) {
			flush()
			inArgument = true
			continue
		}
		if inArgument && (p.labels[i].kind != labelNone || p.isFreeHeading(i) || isSectionHeading(s)) {
			flush()
			inArgument = false
		}
		if paraStart < 0 {
			paraStart = i
		}
		para = append(para, s)
	}
	flush()
	p.decisionsInAnswers()
}

// introducesList reports whether the paragraph ending before blank line i
// ends with a colon ("... removed by the following exemptions:"): the
// list after the blank line completes its sentence.
func (p *parser) introducesList(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if t := strings.TrimSpace(p.lines[j]); t != "" {
			return strings.HasSuffix(t, ":")
		}
	}
	return false
}

// reProvisionLine opens a line of a list of provisions: "Section 23(5) -
// Information supplied by ...", "Regulation 12(5)(e) – ...".
var reProvisionLine = mustRx(`(?i)^(?:[•·\-*–]\s*)?(?:section|s\.|regulation|reg\.)\s*\d`)

// listedProvision reports whether line i names a provision in a list that
// a line ending with a colon introduces ("... removed by the following
// exemptions:" / "Section 23(5) - ..."), blank lines allowed.
func (p *parser) listedProvision(i int) bool {
	if !reProvisionLine.MatchString(strings.TrimSpace(p.lines[i])) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := strings.TrimSpace(p.lines[j])
		switch {
		case t == "":
			continue
		case strings.HasSuffix(t, ":"):
			return true
		case !reProvisionLine.MatchString(t):
			return false
		}
	}
	return false
}

// refusesWhole reports whether the letter, up to line, says a cost or
// vexatious refusal applies to the request as a whole.
func (p *parser) refusesWhole(line int) bool {
	for j := max(0, line-40); j <= line && j < len(p.lines); j++ {
		l := strings.ToLower(p.lines[j])
		if wholeRequestTalk(l) || strings.Contains(l, "whole of your request") || strings.Contains(l, "request as a whole") {
			return true
		}
	}
	return false
}

// reNotAnswering says answers are not given, with no ground of its own:
// "I am therefore not providing answers to questions 1, 3 or 4".
var reNotAnswering = mustRx(`(?i)\bnot\s+(?:providing|giving|answering|supplying)\s+(?:any\s+|an?\s+|the\s+)?(?:answers?|responses?|information)\b|\bno\s+(?:answers?|responses?)\s+(?:is|are|will\s+be)\s+(?:given|provided)\b|\b(?:will|shall)\s+not\s+(?:provide|give|supply)\s+any\s+(?:of\s+the\s+)?(?:answers?|responses?|information)\b`)

// reRequesterAsks is a sentence in which the requester asks something of
// the body: "If any of this is exempt, please release the rest", "Please
// answer the other parts", "I would prefer the information by e-mail".
var reRequesterAsks = mustRx(`(?i)^\W*if\b[^.;]{0,200}?,\s*(?:please|could\s+you|can\s+you|would\s+you|i\s+(?:would|ask|request))\b|^\W*(?:please|kindly)\s+(?:answer|provide|advise\s+me|let\s+me\s+know|tell\s+me|send\s+me|supply|disclose|release)\b|^\W*i\s+would\s+(?:like|be\s+grateful|prefer|appreciate)\b`)

// reNumberedHeading is a short heading of a word and a number: "Section
// 2", "Schedule 1 – Contracts"; not "Contract 1: started 1 April 2015".
var reNumberedHeading = mustRx(`^\W*(\p{L}+)\s+(\d{1,2}|[A-Fa-f])\b\s*(?:[.:–—-]\s*[^\d;,.:]{0,60})?$`)

// requestPartHeading reads a heading in the response that repeats the
// one a part of the request had: "Section 2" over the answers to the
// questions asked under "Section 2 – Staffing". Read alone, "Section 2"
// could be the Act's.
func (p *parser) requestPartHeading(s string) (int, bool) {
	m := reNumberedHeading.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	head := strings.ToLower(m[1] + " " + m[2])
	for _, q := range p.questions {
		c := strings.ToLower(strings.TrimSpace(q.context))
		if strings.HasPrefix(c, head) && (len(c) == len(head) || !unicode.IsDigit(rune(c[len(head)]))) {
			return q.key.part, true
		}
	}
	return 0, false
}

// reThisInformation opens a sentence about the information just named:
// "this information is exempt", "it is withheld", "we have decided that
// this information is exempt", "however I am withholding it".
var reThisInformation = mustRx(`(?i)^\W*(?:(?:however|but|and|yet|nevertheless),?\s+)?(?:(?:this|these|that|those|the|such)\s+(?:information|data|records?|details|material|documents?|values?|figures?|amounts?|names?|reports?|assessments?|costs?|sums?)|(?:it|they)\s+(?:is|are|has|have)\b|(?:i|we)\s+(?:am|are|have|must|will|do)\s+(?:\w+\s+)?(?:withh[oe]ld(?:ing)?|refus(?:e|ed|ing)|not\s+(?:releas|disclos|provid)\w*)\s+(?:it|them|this|these|that|those)\b)|\b(?:decided|concluded|considers?|satisfied)\s+that\s+(?:this|these|such)\s+(?:information|data|details|records?)\s+(?:is|are)\b`)

// rePublicInterestTalk marks a sentence weighing the public interest,
// which names sections without giving any question its ground.
var rePublicInterestTalk = mustRx(`(?i)\bpublic\s+interest\b|\bbalance\s+(?:of|lies|test)\b`)

// startsLower reports whether s begins with a lower-case letter, as a
// clause after a semicolon does.
func startsLower(s string) bool {
	t := strings.TrimLeft(s, " \t")
	return t != "" && t[0] >= 'a' && t[0] <= 'z'
}

// reAdditionally adds grounds to a decision given before.
var reAdditionally = mustRx(`(?i)\b(?:additionally|in\s+addition|also\s+(?:exempt|withheld|engaged|applies|apply)|further\s+exempt)\b`)

// reWorkTalk reckons the work answering would take.
var reWorkTalk = mustRx(`(?i)\bwould\s+(?:require|take|involve|need|mean)\b|\b\d+\s+(?:hours|minutes)\b`)

// confirmsHeldOnly reports whether a sentence says only that information
// is held ("I can confirm that the Board holds the information requested
// at questions 2-4"), giving none of it.
func confirmsHeldOnly(sent string) bool {
	l := strings.ToLower(sent)
	return reHoldConfirm.MatchLower(l) && !reGiven.MatchLower(l) && !reGivenList.MatchString(l)
}

// pendingRefs returns the questions a sentence that decides nothing names,
// for the sentence after it to decide.
func (p *parser) pendingRefs(sent string) []qref {
	if !reQuestionRef.MatchString(sent) {
		return nil
	}
	return p.questionRefs(sent)
}

// decisionsInAnswers reads the sentences of answers that decide for other
// questions: "Questions 3 to 5 ... are withheld under section 31(1)(a).
// Q2 & Q7 are answered only in part ... under section 38(1)(b)" read as
// the answer to questions 3 to 5 also decides questions 2 and 7. Such a
// sentence is no part of its own answer's stance (ownSentences).
func (p *parser) decisionsInAnswers() {
	seen := map[string]bool{}
	for _, q := range p.questions {
		if !q.hasAnswer {
			continue
		}
		line := q.answerLine
		if line < 0 {
			// An answer split from its question's own lines ("3. How
			// many ...?" / "29." / "The Service neither confirms nor
			// denies ... at questions 1 and 2 ..."): it is no earlier
			// than the question.
			line = q.firstLine
		}
		for _, s := range splitFullSentences(joinText(q.answer)) {
			m := reQuestionRef.FindStringSubmatch(s)
			if m == nil || slices.Contains(numbersIn(m[1]), q.key.num) || rePointer.MatchString(s) || seen[s] {
				continue
			}
			if rePublicInterestTalk.MatchString(s) && len(findCitations(s, p.regime)) == 0 || weighsAnswered(s) {
				// "... scrutiny of university spending, which the total
				// given at point 3 meets in part", "In applying section
				// 43(2) we considered the public interest ..., partly met
				// by the total given in answer to your second question":
				// the public interest weighed, no decision about point 3
				// or question 2.
				continue
			}
			seen[s] = true
			p.readDecisionParagraph(line, s, false)
		}
	}
}

// unbracketRefs writes questions named with bracketed numbers as plain
// ones: "In respect of question (1)", "Questions (3) to (5)" as
// "question 1", "Questions 3 to 5", the way the readers of question
// references take them.
func unbracketRefs(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	return reBracketedRef.ReplaceAllStringFunc(s, func(ref string) string {
		return reBracketedNumber.ReplaceAllString(ref, "$1")
	})
}

var (
	// reBracketedRef is a question reference whose numbers are in
	// brackets: "question (1)", "Questions (3) to (5)", "items (a)" not.
	reBracketedRef = mustRx(`(?i)\b(?:questions?|qs?|points?|items?|requests?)\s*\(\d{1,2}\)(?:\s*(?:,|&|and|-|–|to|or)\s*\(\d{1,2}\))*`)
	// reBracketedNumber is one bracketed number of such a reference.
	reBracketedNumber = mustRx(`\((\d{1,2})\)`)
)

// readDecisionParagraph looks for decision sentences in one paragraph.
func (p *parser) readDecisionParagraph(line int, text string, inArgument bool) {
	// "your third and fourth questions are exempt" as "your questions 3
	// and 4 ...".
	text = numberOrdinalRefs(unbracketRefs(text), p.lastQuestionNumber())
	// named are the questions the paragraph's last deciding sentence
	// named: "questions 2 & 3 is exempt. The addresses are withheld under
	// section 31(1)(a); the owners' names under section 40(2)."
	var named []*qstate
	// grounds are those of the paragraph's last decision that gave any,
	// for "... under the same provisions and under section 40(2)".
	var grounds []string
	// pending are the questions the sentence before named without
	// deciding anything.
	var pending []qref
	prev := ""
	for _, cl := range p.decisionClauses(splitSentences(text)) {
		sent, whole := cl.text, cl.whole
		before := prev
		prev = sent
		if inArgument && !reQuestionRef.MatchString(sent) {
			continue
		}
		if reRequesterAsks.MatchString(sent) {
			// "If any part of this request would exceed the cost limit,
			// please answer the other parts": the requester's words, in
			// a request not yet answered or one quoted in full.
			continue
		}
		if weighsAnswered(sent) {
			continue
		}
		if reRespondedOn.MatchString(sent) && p.isReview() {
			// "The University responded on 24 May 2024, refusing
			// questions 1, 2, 3 and 5 under section 31(1)(a)": in a
			// review, the decision under review, reported; the review
			// decides.
			continue
		}
		if explainsLaw(sent) && !reNotApplied.MatchLower(strings.ToLower(sent)) {
			// "Section 12(1) provides that ...": the letter names what it
			// relies on by explaining it.
			p.explained = append(p.explained, citedExemptions(sent, p.regime)...)
			continue
		}
		if reRefusalNoticeUnder.MatchString(sent) {
			// "This letter is a refusal notice under section 12(1)":
			// the provision the refusal rests on, named by the notice
			// (section 17's notice names none).
			p.explained = append(p.explained, citedExemptions(sent, p.regime)...)
		}
		applies := reApplies.MatchString(sent)
		if !applies && whole == sent && strings.HasSuffix(strings.TrimSpace(before), ";") && reQuestionRef.MatchString(sent) {
			// "...: Part 1, Q7 – Section 31(1)(a)(b) ...; Part 2, Q6 –
			// Section 40(2) ...": the part after the semicolon goes on
			// the sentence before it.
			whole = before + " " + sent
		}
		if !applies && (whole == sent || !reApplies.MatchString(whole)) &&
			(len(named) == 0 || !startsLower(sent)) {
			// A clause after a semicolon that gives named questions their
			// grounds ("...; the cost under section 43(2)") has no verb
			// of its own.
			pending = p.pendingRefs(sent)
			if reGroundHeading.MatchString(sent) {
				// "Section 31(1)(a) (Part A, question 4).": a reason's
				// heading, naming the ground of the question it names.
				for _, ref := range pending {
					for _, k := range ref.keys {
						if q, ok := p.byKey[k]; ok {
							q.noted = append(q.noted, citedExemptions(sent, p.regime)...)
						}
					}
				}
			}
			continue
		}
		r := classifyDecision(sent, p.regime)
		if !r.signal && whole != sent {
			// "The exemptions relied upon are: Part 1, Q7 – Section
			// 31(1)(a)(b) ...; Part 2, Q6 – Section 40(2) ...": a clause
			// that names its questions and grounds decides by the verb
			// of its sentence.
			r = clauseDecision(sent, whole, p.regime)
		}
		if !r.signal || r.kind == Released && confirmsHeldOnly(sent) {
			// "I can confirm that the Service holds the information
			// requested at question 6. This information is exempt ...":
			// saying it is held decides nothing; the sentence after does.
			pending = p.pendingRefs(sent)
			continue
		}
		if pairs := p.pairedDecisions(sent, r); pairs != nil {
			// "Section 31(1)(a)(b) to question 3, s.40(2) to question 4":
			// each citation goes with its own questions.
			for _, pr := range pairs {
				for _, k := range pr.keys {
					if q, ok := p.byKey[k]; ok {
						q.decisions = append(q.decisions, decision{line: line, r: pr.r})
					}
				}
			}
			continue
		}
		if r.kind == Withheld && len(r.exemptions) == 0 && (containsFoldASCII(sent, "refus") || reNotAnswering.MatchString(sent)) {
			// "... a request is assessed as a whole, and questions 1 to 5
			// are refused together": refused as the request was, on the
			// same grounds.
			if d, ok := p.requestRefusal(); ok {
				r = d
			} else if reNotAnswering.MatchString(sent) && p.refusesWhole(line) {
				// "Section 12(2) is applied to the whole of your request.
				// I am therefore not providing answers to questions 1 or
				// 3.": refused, on the grounds given to the others.
				r = reading{kind: Refused, signal: true}
			}
		}
		if r.kind == NCND && len(r.exemptions) == 0 {
			// "... applying section 12(2) to your request as a whole. We
			// therefore neither confirm nor deny whether the information
			// in questions 1 to 5 is held": the cost refusal, not an
			// exemption's NCND.
			if d, ok := p.requestRefusal(); ok && slices.ContainsFunc(d.exemptions, IsCostProvision) {
				r = d
			} else if cost := slices.DeleteFunc(slices.Clone(p.explained), func(e string) bool { return !IsCostProvision(e) }); len(cost) > 0 && !slices.ContainsFunc(p.explained, func(e string) bool { return provisionRole(e) == roleNCND }) {
				// "Section 12(2) ... provides that a public authority is
				// not obliged to confirm or deny whether it holds
				// information if the cost of establishing whether it is
				// held would alone exceed the appropriate limit." / "The
				// Trust therefore neither confirms nor denies ...": the
				// cost limit explained is the ground.
				r = reading{kind: Refused, exemptions: uniqueSorted(cost), signal: true}
			}
		}
		refs := p.questionRefs(sent)
		if len(refs) == 0 && pending != nil && reThisInformation.MatchString(sent) {
			// "The force holds information relevant to question 2 in part
			// 1; this information is exempt under section 31(1)(a)": the
			// questions were named just before.
			refs = pending
		} else if len(refs) == 0 && pending != nil && strings.HasSuffix(strings.TrimSpace(before), ";") && startsLower(sent) {
			// "For question 4 we have given the job title of the contract
			// manager; their name is withheld under section 40(2)": the
			// clause after the semicolon decides the questions named
			// before it, and what that clause gave makes it a part.
			refs = pending
			if r.kind == Withheld && reGaveSome.MatchString(strings.ToLower(before)) {
				r.kind = PartiallyReleased
			}
		}
		pending = nil
		if r.kind == Withheld || r.kind == PartiallyReleased || r.kind == NCND {
			if len(grounds) > 0 && reSameGrounds.MatchString(sent) {
				r.exemptions = uniqueSorted(append(slices.Clone(grounds), r.exemptions...))
			}
			r.exemptions = p.refine(r.exemptions, line)
		}
		if len(r.exemptions) > 0 {
			grounds = r.exemptions
		}
		if len(refs) == 0 && len(named) > 0 && len(r.exemptions) > 0 && (r.kind == Withheld || r.kind == PartiallyReleased) && !rePublicInterestTalk.MatchString(sent) {
			p.groundsByClause(named, sent, line)
			continue
		}
		named = nil
		if len(refs) > 0 && r.kind == Refused && reWholeRefused.MatchString(strings.ToLower(sent)) {
			// "... neither confirms nor denies whether it holds
			// information relevant to question 4, and your request is
			// refused in its entirety under section 12(2)": the question
			// named set off the refusal, which is of the whole request.
			p.letterDecisions = append(p.letterDecisions, decision{line: line, r: r, text: sent})
		}
		if len(refs) == 0 {
			// Above the request only a refusal of it as a whole counts:
			// "we are refusing your request as a whole" may come first.
			if line >= p.respStart || len(p.questions) == 0 || line > p.questions[0].firstLine || r.kind == Refused {
				p.letterDecisions = append(p.letterDecisions, decision{line: line, r: r, text: sent})
			}
			continue
		}
		if c := strings.Index(sent, ":"); c > 0 && r.kind == Withheld && (strings.Contains(sent[c:], ";") || containsFoldASCII(sent[c:], ", and ") && (len(p.questionRefs(sent[c:])) >= 2 || groundedClauses(sent[c+1:], p.regime) >= 2)) {
			// "The information at question 4 of Part 1 and question 2 of
			// Part 2 is withheld: the addresses under section 40(2) ...;
			// the cost under section 43(2) ...": each ground goes with
			// the question it speaks of.
			var qs []*qstate
			for _, ref := range refs {
				for _, k := range ref.keys {
					if q, ok := p.byKey[k]; ok {
						qs = append(qs, q)
					}
				}
			}
			if len(qs) >= 2 && len(citedExemptions(sent[:c], p.regime)) == 0 {
				p.groundsByClause(qs, sent[c+1:], line)
				named = qs // the clauses after the semicolon go on
				continue
			}
		}
		d := decision{line: line, r: r, work: reWorkTalk.MatchString(sent), adds: reAdditionally.MatchString(sent), below: reExplainedBelow.MatchString(whole)}
		for _, ref := range refs {
			if ref.rest {
				for _, q := range p.questions {
					if len(q.decisions) > 0 || q.hasAnswer || ref.restPart > 0 && q.key.part != ref.restPart || slices.Contains(ref.except, q.key) {
						continue
					}
					q.decisions = append(q.decisions, d)
				}
				continue
			}
			for _, k := range ref.keys {
				if q, ok := p.byKey[k]; ok {
					q.decisions = append(q.decisions, d)
					if len(r.exemptions) == 0 && (r.kind == Withheld || r.kind == PartiallyReleased) {
						named = append(named, q)
					}
				}
			}
		}
	}
}

// reGroundHeading is the heading of a reason that names its provision and,
// in brackets, the question it is the ground of: "Section 31(1)(a) (Part
// A, question 4).", "Section 40(2) (question 3)".
var reGroundHeading = mustRx(`(?i)^\W*(?:sections?|regulations?|s\.|reg\.)\s*\d[^.;]{0,60}?\(\s*(?:part\s+\w+\s*,\s*)?(?:questions?|q)\s*\d[^()]{0,40}\)\W*$`)

// reGaveSome says, in lower case, that something was given: "we have
// given the job title", "the total is provided".
var reGaveSome = mustRx(`\b(?:have|has|had)\s+(?:given|provided|released|disclosed|supplied)\b|\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:given|provided|released|disclosed|supplied)\b`)

// reInEachPart follows question numbers that stand for the same
// question in every part: "question 2 in each part", "of both parts".
var reInEachPart = mustRx(`(?i)^\s*(?:\)\s*)?(?:in|of|under|for)\s+(?:each|every|both|all)\s+(?:of\s+the\s+)?(?:parts?|contracts?|sections?|lots?|requests?)\b`)

// itemFollows reports whether the next line that is not blank after line
// i is a numbered item or question label.
func (p *parser) itemFollows(i int) bool {
	for j := i + 1; j < len(p.lines) && j <= i+3; j++ {
		if strings.TrimSpace(p.lines[j]) == "" {
			continue
		}
		k := p.labels[j].kind
		return (k == labelItem || k == labelQuestion) && len(p.labels[j].nums) > 0
	}
	return false
}

// partWords returns, for a request in parts, the longer words of each
// part's heading and questions (contentStems), by part; nil for a request
// in one part.
func (p *parser) partWords() map[int]map[string]bool {
	if p.maxPart() < 2 {
		return nil
	}
	parts := map[int]map[string]bool{}
	for _, q := range p.questions {
		st := parts[q.key.part]
		if st == nil {
			st = contentStems(q.context)
			parts[q.key.part] = st
		}
		maps.Copy(st, contentStems(joinText(q.text)))
	}
	if len(parts) < 2 {
		return nil
	}
	return parts
}

// partNamedBy returns the part of a request in parts (its words by part,
// as partWords gives them) that a short heading names by its subject:
// every longer word of the heading is in that part's heading or questions
// and not all of them in any other part's ("Theatre capacity" over
// answers numbered from 1 again, where the second part asked about
// theatre sessions and "the value of contracts ... for theatre
// capacity"). It returns 0 for any other line.
func partNamedBy(heading string, parts map[int]map[string]bool) int {
	if parts == nil || !isShortHeading(heading) || len(strings.Fields(heading)) > 6 {
		return 0
	}
	words := contentStems(heading)
	if len(words) == 0 {
		return 0
	}
	found := 0
	for part, st := range parts {
		all := true
		for w := range words {
			all = all && st[w]
		}
		if all {
			if found > 0 {
				return 0
			}
			found = part
		}
	}
	return found
}

// maxPart returns the highest part number of the questions.
func (p *parser) maxPart() int {
	n := 0
	for _, q := range p.questions {
		n = max(n, q.key.part)
	}
	return n
}

// decisionClauses splits a sentence that decides for two sets of
// questions on two grounds ("questions 2 and 3 are exempt under section
// 43(2), and that the details in question 5 are exempt under section
// 40(2)") into its clauses, each naming its questions and its ground.
func (p *parser) decisionClauses(sents []string) []clause {
	var out []clause
	for _, s := range sents {
		var parts []string
		if mayJoinClauses(s) && !reNotApplied.MatchLower(asciiLower(s)) {
			// A sentence that weighs provisions and applies none ("I
			// considered whether section 24(2) should be cited for
			// question 3, and whether section 38 applied to question
			// 2") is not cut into clauses that would each apply one.
			parts = reClauseSplit.Split(s, -1)
			if len(parts) < 2 {
				// "Question 3 is exempt under section 40(2) and
				// questions 7-8 are exempt under sections 24(1) and
				// 31(1)(a)."
				parts = splitAtAndQuestion(s)
			}
		}
		if len(parts) < 2 {
			out = append(out, clause{s, s})
			continue
		}
		whole, grounded := true, false
		for _, c := range parts {
			cited := len(findCitations(c, p.regime)) > 0
			grounded = grounded || cited
			// "I am withholding the information requested in question 2
			// under section 31(1)(a), and the response to questions 1,
			// 3, 4 and 5 is given below": a clause that names its
			// questions and gives them is a clause of its own.
			if len(p.questionRefs(c)) == 0 || !cited && !reGivenClause.MatchString(c) {
				whole = false
				break
			}
		}
		whole = whole && grounded
		if !whole {
			out = append(out, clause{s, s})
			continue
		}
		for _, c := range parts {
			out = append(out, clause{c, s})
		}
	}
	return out
}

// clauseDecision reads a clause without a verb of its own by the verb of
// its sentence (whole): the sentence's stance with the clause's grounds.
func clauseDecision(clause, whole string, regime Regime) reading {
	w := classifyDecision(whole, regime)
	if !w.signal || (w.kind != Withheld && w.kind != PartiallyReleased && w.kind != NCND && w.kind != Refused) {
		return reading{kind: Unknown}
	}
	ex := citedExemptions(clause, regime)
	if len(ex) == 0 {
		return reading{kind: Unknown}
	}
	return reading{kind: w.kind, exemptions: uniqueSorted(ex), signal: true}
}

// clause is part of a decision sentence, with the sentence it is from:
// "and section 31(1)(a) to question 5" decides by the verb of the whole.
type clause struct{ text, whole string }

// mayJoinClauses reports whether s has a place where reClauseSplit may
// split it: most sentences have none.
func mayJoinClauses(s string) bool {
	return strings.Contains(s, ";") || containsFoldASCII(s, ", and") || containsFoldASCII(s, ", but") ||
		containsFoldASCII(s, ", while") || containsFoldASCII(s, ", whereas") || containsFoldASCII(s, " and q")
}

// reAndQuestion is " and " before a question named by number, where a
// second clause may start.
var reAndQuestion = mustRx(`(?i)\s+and\s+(?:questions?|qs?)\.?\s*\d`)

// splitAtAndQuestion cuts s before each " and question N".
func splitAtAndQuestion(s string) []string {
	var parts []string
	from := 0
	for _, m := range reAndQuestion.FindAllStringIndex(s, -1) {
		parts = append(parts, s[from:m[0]])
		from = m[0] + len(" and ")
		for from < len(s) && s[from] == ' ' {
			from++
		}
	}
	return append(parts, s[from:])
}

// groundsByClause gives the questions a decision named without grounds
// the grounds a following sentence states clause by clause: each clause's
// provisions go to the named question that shares most words with it
// ("the owners' names ... section 40(2)" to "The name of the owner of each
// property"), or to all of them when none stands out.
func (p *parser) groundsByClause(named []*qstate, sent string, line int) {
	asked := make([]map[string]bool, len(named))
	for k, q := range named {
		asked[k] = contentStems(joinText(q.text))
	}
	for _, clause := range reClauseSplit.Split(sent, -1) {
		r := classifyDecision(clause, p.regime)
		if len(r.exemptions) == 0 {
			continue
		}
		r.exemptions = p.refine(r.exemptions, line)
		targets := named
		if own := p.namedIn(clause, named); own != nil {
			// "...: question 2 is exempt by virtue of sections 24(1) and
			// 31(1)(a)(b), and question 4 by virtue of section 31(1)(a)".
			targets = own
		} else if best := closestAll(contentStems(clause), asked, 1); best != nil {
			// "... the cyber security information under section
			// 35(1)(a)": the questions that share the most words with
			// what the clause names, however many share as many.
			targets = nil
			for _, k := range best {
				targets = append(targets, named[k])
			}
		}
		for _, q := range targets {
			q.decisions = append(q.decisions, decision{line: line, r: reading{kind: Withheld, exemptions: r.exemptions, signal: true}})
		}
	}
}

// groundedClauses counts the clauses of s (reClauseSplit) that cite an
// exemption: ": the contract value under section 33(1)(b), and the cyber
// security information under section 35(1)(a)" has two.
func groundedClauses(s string, regime Regime) int {
	n := 0
	for _, clause := range reClauseSplit.Split(s, -1) {
		if len(citedExemptions(clause, regime)) > 0 {
			n++
		}
	}
	return n
}

// citedExemptions returns the exemptions s cites: not a procedural
// section such as section 17's refusal notice, nor another Act's.
func citedExemptions(s string, regime Regime) []string {
	var ex []string
	for _, c := range findCitations(s, regime) {
		if c.Exemption && !c.Other {
			ex = append(ex, c.Exemptions...)
		}
	}
	return ex
}

// namedIn returns those of qs a clause names by number, or nil.
func (p *parser) namedIn(clause string, qs []*qstate) []*qstate {
	var out []*qstate
	for _, q := range p.questionsNamed(clause) {
		if slices.Contains(qs, q) {
			out = append(out, q)
		}
	}
	return out
}

// reLetteredRef names a question of a request lettered (a), (b), ...:
// "item (c)", "point (d)", or after a word that turns to it ("Turning to
// (b)", "Lastly, (e)").
var reLetteredRef = mustRx(`(?i)\b(items?|points?|questions?|parts?|paragraphs?|to|on|for|as\s+for|lastly,?|finally,?)\s+\(([a-z])\)`)

// letteredRefs writes a lettered request's references to its items as
// numbers ("item (c)" is item 3), for the readers of numbered ones.
func (p *parser) letteredRefs(s string) string {
	if p.runStyle != "alpha" || !strings.Contains(s, "(") {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range reLetteredRef.FindAllStringSubmatchIndex(s, -1) {
		n := letterIndex(s[m[4]:m[5]])
		if n == 0 || n > len(p.questions) {
			continue
		}
		word := s[m[2]:m[3]]
		b.WriteString(s[last:m[0]])
		b.WriteString(word)
		switch strings.ToLower(strings.TrimRight(word, ",")) {
		case "item", "items", "point", "points", "question", "questions", "part", "parts", "paragraph", "paragraphs":
			b.WriteString(" ")
		default:
			b.WriteString(" item ")
		}
		b.WriteString(strconv.Itoa(n))
		last = m[1]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// questionsNamed returns the letter's questions a sentence names by
// number, each once, in the order named.
func (p *parser) questionsNamed(s string) []*qstate {
	if !reQuestionRef.MatchString(s) {
		return nil
	}
	var out []*qstate
	for _, ref := range p.questionRefs(s) {
		for _, k := range ref.keys {
			if q, ok := p.byKey[k]; ok && !slices.Contains(out, q) {
				out = append(out, q)
			}
		}
	}
	return out
}

// reGivenClause is a clause whose subject is its questions or their
// answers and which says they are given: "the response to questions 1,
// 3, 4 and 5 is given below", "questions 1 and 2 are answered in full"
// (not "..., although the job title ... is provided below").
var reGivenClause = mustRx(`(?i)^\W*(?:the\s+)?(?:responses?|answers?|replies|reply|information)\s+(?:to|for|requested\s+(?:in|at|by))\s+(?:questions?|qs?)\b[^.;]*?\b(?:is|are)\s+(?:given|provided|set\s+out|released|disclosed)\b|^\W*(?:questions?|qs?)\s*\d{1,2}(?:\s*(?:,|&|and|to|-|–)\s*\d{1,2})*\s+(?:(?:in|of)\s+part\s+\w+\s+)?(?:is|are)\s+(?:answered|given|provided|released)\b`)

// reClauseSplit splits a sentence into clauses that may each state a
// ground or decide for their own questions: at semicolons and at ", and
// (that)", ", but", ", while".
var reClauseSplit = mustRx(`(?i);\s*(?:and\s+)?|,\s+(?:and|but|while|whilst|whereas)\s+(?:that\s+)?`)

// reBrokenDown is "broken down", as requests ask for a breakdown.
var reBrokenDown = mustRx(`(?i)\bbroken\s+down\b`)

// contentStems returns the longer words of s, lower case, with plural and
// possessive endings dropped: "owners'" and "owner" are one word.
func contentStems(s string) map[string]bool {
	out := map[string]bool{}
	if strings.Contains(s, "roken down") {
		// "broken down by agent" asks for what the answer calls "the
		// breakdown of commission by agent".
		s = reBrokenDown.ReplaceAllString(s, "breakdown")
	}
	for _, w := range stemWords(s) {
		if st := contentStem(w); st != "" {
			out[st] = true
		}
	}
	return out
}

// stemWords returns the words of s in lower case, apostrophes kept, for
// contentStem.
func stemWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
}

// contentStem returns the stem of a word of stemWords, or "" when it is
// too short or a word any clause may hold.
func contentStem(w string) string {
	w = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), "'’")
	w = trimVerbEnding(singular(w))
	if len(w) < 4 || decisionStopWords[w] {
		return ""
	}
	if len(w) >= 6 && w[len(w)-1] == 'e' {
		// "charges" and "charged" ("charg"), "service" and "serviced":
		// the noun keeps the e the verb lost with its ending.
		w = w[:len(w)-1]
	}
	return w
}

// singular takes a plural's ending off w: "names" and "name", "homes"
// and "home", "boxes" and "box", "companies" and "compani" (as "company"
// is not made, the stem is what "supplied" and "supplies" share).
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"),
		strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"):
		return w
	}
	return strings.TrimSuffix(w, "s")
}

// trimVerbEnding takes the ending off a long word that makes it a verb's
// form or the doer's name, so that an answer's "The supplier was ..."
// shares a word with the question "who supplied it", and "installation"
// with "installed": "supplied" and "supplier" are "suppli", "installed"
// and "installation" "install".
func trimVerbEnding(w string) string {
	if len(w) < 7 {
		return w
	}
	for _, end := range []string{"ation", "ing", "ied", "ier", "ed", "er"} {
		if strings.HasSuffix(w, end) {
			w = strings.TrimSuffix(w, end)
			if end == "ied" || end == "ier" {
				w += "i"
			}
			return w
		}
	}
	return w
}

// decisionStopWords are words any clause or question may hold.
var decisionStopWords = map[string]bool{
	"withheld": true, "under": true, "section": true, "exempt": true, "information": true, "such": true,
	"each": true, "this": true, "that": true, "with": true, "from": true, "would": true, "which": true,
	"council": true, "request": true, "question": true, "pleas": true, "provide": true, "number": true,
	"personal": true, "data": true, "disclosure": true, "their": true, "there": true, "have": true,
	"releas": true, "released": true, "decided": true, "refused": true, "held": true, "below": true, "given": true,
}

// questionRefs finds the questions a sentence names, with their parts.
func (p *parser) questionRefs(sent string) []qref {
	var refs []qref
	var pending [][]int // number lists waiting for a part qualifier
	flushTo := func(part int) {
		for _, nums := range pending {
			var keys []qkey
			for _, n := range nums {
				keys = append(keys, qkey{part, n})
			}
			refs = append(refs, qref{keys: keys})
		}
		pending = nil
	}
	excepted := reExcept.FindAllStringIndex(sent, -1)
	for _, m := range reQuestionRef.FindAllStringSubmatchIndex(sent, -1) {
		if inSpans(m[0], excepted) {
			continue // "apart from question 5" names what the decision leaves out
		}
		nums := numbersIn(sent[m[2]:m[3]])
		if reInEachPart.MatchString(sent[m[1]:min(len(sent), m[1]+32)]) && p.maxPart() > 1 {
			// "question 2 in each part": that number in every part.
			var keys []qkey
			for _, q := range p.questions {
				if slices.Contains(nums, q.key.num) {
					keys = append(keys, q.key)
				}
			}
			refs = append(refs, qref{keys: keys})
			continue
		}
		pending = append(pending, nums)
		// The qualifier follows the list directly: a short window keeps a
		// sentence with many references linear.
		if q := rePartQualifier.FindStringSubmatch(sent[m[1]:min(len(sent), m[1]+48)]); q != nil {
			flushTo(wordNumber(q[1] + q[2]))
		} else if q := rePartBefore.FindStringSubmatch(sent[max(0, m[0]-24):m[0]]); q != nil {
			// "Part 2, question 4": the part comes first.
			flushTo(wordNumber(q[1]))
		}
	}
	flushTo(p.defaultPart())
	for _, m := range reWholePart.FindAllStringSubmatchIndex(sent, -1) {
		// Skip "questions 1-5 in part 2 of your request": a qualifier, not
		// a whole part.
		before := strings.ToLower(sent[max(0, m[0]-12):m[0]])
		if strings.Contains(before, " in ") || strings.HasSuffix(strings.TrimSpace(before), "in") || strings.HasSuffix(strings.TrimSpace(before), "of") {
			continue
		}
		part := wordNumber(sent[m[2]:m[3]])
		var keys []qkey
		for _, q := range p.questions {
			if q.key.part == part {
				keys = append(keys, q.key)
			}
		}
		refs = append(refs, qref{keys: keys})
	}
	if m := reRestRef.FindStringIndex(sent); m != nil {
		r := qref{rest: true}
		tail := sent[m[1]:]
		if q := rePartQualifier.FindStringSubmatch(tail[:min(len(tail), 48)]); q != nil {
			r.restPart = wordNumber(q[1] + q[2])
		}
		if e := reExcept.FindStringSubmatchIndex(tail); e != nil {
			part := r.restPart
			if q := rePartQualifier.FindStringSubmatch(tail[e[1]:min(len(tail), e[1]+48)]); q != nil {
				part = wordNumber(q[1] + q[2])
			}
			if part == 0 {
				part = p.defaultPart()
			}
			for _, n := range numbersIn(tail[e[2]:e[3]]) {
				r.except = append(r.except, qkey{part, n})
			}
		}
		refs = append(refs, r)
	}
	return refs
}

// defaultPart is the part an unqualified question number belongs to: part
// 1 (the only part, or the first).
func (p *parser) defaultPart() int { return 1 }

// numbersIn expands a number list such as "1,3,4 and 6" or "1-5".
func numbersIn(s string) []int {
	toks := tokeniseNumList(s)
	if len(toks) == 0 {
		return nil
	}
	first := toks[0]
	return expandNums(first, strings.Join(toks[1:], " "))
}

// reHeadingCitation is a short line that starts with a citation: the
// heading under which a letter explains an exemption it applies
// ("Section 31 (1) (a)(b), Law Enforcement").
var reHeadingCitation = mustRx(`(?i)^\W{0,3}(?:section|s\.?|regulation|reg\.?)\s*\d`)

// collectRefinements records heading-like citations in the response: they
// make a decision's bare section precise.
func (p *parser) collectRefinements() {
	for i := p.respStart; i < len(p.lines); i++ {
		s := strings.TrimSpace(p.lines[i])
		if len(s) > 90 || !reHeadingCitation.MatchString(s) {
			continue
		}
		for _, c := range findCitations(s, p.regime) {
			c.Start = i // the line, for nearness
			p.refinements = append(p.refinements, c)
		}
	}
}

// refine replaces a bare exemption ("s31(1)") with the more precise ones a
// heading below it gives ("s31(1)(a)", "s31(1)(b)").
func (p *parser) refine(exs []string, line int) []string {
	var out []string
	for _, e := range exs {
		var more []string
		for _, c := range p.refinements {
			if c.Start < line {
				continue
			}
			for _, r := range c.Exemptions {
				if strings.HasPrefix(r, e+"(") {
					more = append(more, r)
				}
			}
			if len(more) > 0 {
				break
			}
		}
		if len(more) == 0 {
			more = []string{e}
		}
		out = append(out, more...)
	}
	return uniqueSorted(out)
}

// stanceOf decides a question's stance from its own answer, the decisions
// naming it and the decisions about the whole request.
// quietNames writes in lower case the names an answer repeats from its
// question ("Meadowbrook Primary had a small number of suspensions" under
// a question about Meadowbrook Primary): a name the question gave is no
// information the answer releases.
func quietNames(answer, question string) string {
	if question == "" {
		return answer
	}
	for _, d := range reDuration.FindAllString(question, -1) {
		// "resolved within 28 days" in the question and the answer's
		// "we do not hold whether a report was resolved within 28 days":
		// the question's own period, no figure given.
		answer = strings.ReplaceAll(answer, d, "that period")
	}
	if strings.Contains(strings.ToLower(question), "refus") && strings.Contains(answer, "refus") {
		// "How many planning applications did the Council refuse?" /
		// "In 2023 the Council refused 27 planning applications": what
		// was refused is what was asked, no refusal of the request.
		answer = reRefusedCounted.ReplaceAllStringFunc(answer, func(m string) string {
			return strings.Replace(m, "refused", "turned down", 1)
		})
		answer = reRefusalReason.ReplaceAllString(answer, "reason for turning it down")
	}
	names := map[string]bool{}
	for i, w := range strings.Fields(question) {
		w = strings.Trim(w, ".,;:?!()\"'“”‘’")
		if i > 0 && len(w) > 2 && unicode.IsUpper([]rune(w)[0]) && !commonCapitals[w] {
			names[w] = true
		}
	}
	if len(names) == 0 {
		return answer
	}
	return reCapitalWord.ReplaceAllStringFunc(answer, func(w string) string {
		if names[w] {
			return strings.ToLower(w)
		}
		return w
	})
}

// reRemainingApply says the other grounds of a decision still apply after
// one is taken back: "the remaining three provisions apply", "the other
// exemptions still apply".
var reRemainingApply = mustRx(`(?i)\b(?:the\s+)?(?:remaining|other)\s+(?:\w+\s+)?(?:provisions?|exemptions?|sections?|grounds?)\s+(?:still\s+|continue\s+to\s+|do\s+)?appl(?:y|ies)\b`)

// reRefusedCounted is "refused" before a count of what was refused: "the
// Council refused 27 planning applications", "refused 14 of them".
var reRefusedCounted = mustRx(`\brefused\s+(?:a\s+total\s+of\s+)?\d[\d,]*\s+(?:[a-z]+\s+){0,3}?(?:applications?|requests?|claims?|licences?|licenses?|permits?|appeals?|cases?|grants?|of\s+them|of\s+these|in\s+total)\b`)

// reRefusalReason is why an application was refused: "a reason for
// refusal".
var reRefusalReason = mustRx(`\b(?:reasons?|grounds?)\s+for\s+(?:the\s+|its\s+|their\s+)?refusal\b`)

// reDuration is a period written with a figure: "28 days", "18 weeks",
// "12 months".
var reDuration = mustRx(`\b\d{1,3}\s+(?:working\s+|calendar\s+)?(?:days|weeks|months|hours|years)\b`)

// reCapitalWord is a word that opens with a capital.
var reCapitalWord = mustRx(`\b\p{Lu}[\p{L}'’-]+`)

func (p *parser) stanceOf(q *qstate, answer string) Stance {
	if q.hasAnswer && len(q.original) == 0 {
		if original, rest, ok := splitVerdict(answer); ok {
			// "Withheld – section 43(2). Not upheld. The management fee
			// was £642,000 ...": a review's row read as one answer, the
			// decision reviewed first, then the review's verdict and
			// its answer.
			c := *q
			c.original, c.answer = []string{original}, []string{rest}
			return p.stanceOf(&c, rest)
		}
	}
	var r reading
	if q.hasAnswer && reOnlyPointer.MatchString(answer) && (len(q.decisions) > 0 || p.hasLetterDecision()) {
		// "See below" in a table's answer cell, the decision given
		// after the table: the answer says nothing of its own.
		c := *q
		c.hasAnswer, c.answer = false, nil
		return p.stanceOf(&c, "")
	}
	answer = englishHalves(answer)
	switch {
	case q.hasAnswer && strings.TrimSpace(answer) != "":
		if ref, ok := p.backReference(q, answer); ok {
			// "As Part 1, Question 7.": the same answer as that question.
			return p.stanceOf(ref, joinText(ref.answer))
		}
		r = classifyText(quietNames(ownSentences(answer, q.key.num), joinText(q.text)), p.regime)
		r = p.combine(r, q, answer)
		if r.kind == Released && reReportsEarlier.MatchString(answer) {
			if len(q.decisions) > 0 {
				// "On 9 May 2017 we responded to your earlier request
				// ..., in which you asked for exactly the same
				// information" and, below, "we are therefore refusing
				// questions 1 to 3 under section 14(2)": the refusal of
				// these questions, on those grounds.
				if d := latest(q.decisions); d.kind == Refused && slices.ContainsFunc(d.exemptions, isVexatiousProvision) {
					return Stance{Kind: d.kind, Exemptions: d.exemptions}
				}
			}
			if d, ok := p.requestRefusal(); ok && slices.ContainsFunc(d.exemptions, isVexatiousProvision) {
				// "The Trust has decided that this request is
				// vexatious, and it is refused in full under section
				// 14(1)" / "Questions 1 and 3 repeat, in substance,
				// requests ... which were answered in full": the reasons
				// for refusing the request say what earlier requests
				// were given, and release nothing now.
				return Stance{Kind: d.kind, Exemptions: d.exemptions}
			}
		}
		if r.kind == Released && len(r.exemptions) == 0 && len(q.decisions) > 0 && reRemainingApply.MatchString(answer) {
			// "Wexmoor Police can neither confirm nor deny ... questions
			// 1 to 4, by virtue of sections 23(5), 24(2), 30(3) and
			// 31(3)", then "In respect of question 4, section 30(3) is
			// not relied upon ...; the remaining three provisions
			// apply": the decision stands on the rest of its grounds.
			if d := latest(q.decisions); d.kind != Released && d.kind != Unknown {
				dropped := map[string]bool{}
				for _, c := range findCitations(answer, p.regime) {
					for _, e := range c.Exemptions {
						dropped[e] = true
					}
				}
				d.exemptions = slices.DeleteFunc(slices.Clone(d.exemptions), func(e string) bool { return dropped[e] })
				if len(d.exemptions) > 0 {
					r = d
				}
			}
		}
		if r.kind == NotHeld && len(r.exemptions) == 0 && answersNo(joinText(q.text), answer) {
			// "Does the Trust hold cyber insurance?" / "The Trust does
			// not hold a separate cyber insurance policy": the answer
			// is no, which is information given, not information
			// missing.
			r = reading{kind: Released, signal: true}
		}
		if r.kind == PartiallyReleased && withholdsDocumentAsked(joinText(q.text), answer) {
			// "Please provide a copy of the due-diligence report": "The
			// review was carried out by Hallam Bright LLP ... The report
			// itself is withheld." Who wrote the document and when
			// describes it; the document asked for is withheld whole.
			r.kind = Withheld
		}
		if (r.kind == Withheld || r.kind == NCND || r.kind == PartiallyReleased) && len(r.exemptions) == 0 {
			// "Please see our response to question 7 of Part 1 – the
			// same exemptions apply to this question": that question's
			// grounds.
			if ref, ok := p.pointedTo(q, answer); ok {
				if st := p.stanceOf(ref, joinText(ref.answer)); st.Kind == r.kind || st.Kind == Withheld {
					r.exemptions = st.Exemptions
				}
			}
		}
		if len(r.exemptions) == 0 && r.kind != Released && reSeeAbove.MatchString(answer) {
			// "Refused – see above.": the decision about the whole
			// request, grounds and all.
			if d, ok := p.letterDecision(); ok && d.kind != Released && (r.kind == Unknown || d.kind == r.kind || r.kind == Withheld && d.kind == Refused) {
				r = d
			}
		}
		if len(q.original) > 0 && len(r.exemptions) == 0 && (r.kind == Unknown || !r.signal) && upholdsWhole(answer) {
			// "I uphold the original decision." with no ground of its
			// own: the original decision stands, grounds and all.
			r = classifyText(joinText(q.original), p.regime)
		} else if len(r.exemptions) == 0 && (r.kind == Unknown || !r.signal) && upholdsWhole(answer) {
			// "Originally withheld under section 31(1)(a) and (g). I
			// uphold this decision.": the decision reported, upheld.
			if r2 := classifyText(reOriginalWord.ReplaceAllString(answer, "earlier"), p.regime); r2.signal {
				r = r2
			}
		}
		if len(r.exemptions) == 0 && r.kind != Released && r.kind != Unknown && upholdsWhole(answer) {
			// "The original response withheld it under section 35(1)(a)
			// ... This decision is upheld.": the grounds upheld are the
			// original's.
			if r2 := classifyText(reOriginalWord.ReplaceAllString(answer, "earlier"), p.regime); r2.kind == r.kind {
				r.exemptions = r2.exemptions
			}
			if r2 := classifyText(joinText(q.original), p.regime); len(r.exemptions) == 0 && r2.kind == r.kind {
				// "Original response: refused under section 12(1)." /
				// "Review: Upheld. ... well over the 18 hours."
				r.exemptions = r2.exemptions
			}
		} else if len(q.original) > 0 && len(r.exemptions) > 0 && (r.kind == Withheld || r.kind == NCND || r.kind == Refused) && upholdsWhole(answer) {
			// "Original response: withheld under section 36(2)(b)(ii)." /
			// "Review outcome: Upheld. ... the minutes also contain
			// patient details, which are withheld under section 40(2)":
			// the grounds upheld stand beside the one the review adds.
			if r2 := classifyText(joinText(q.original), p.regime); r2.kind == r.kind {
				// One the review names itself it has decided on ("section
				// 31(1)(g) was not the correct provision").
				named := citedExemptions(answer, p.regime)
				for _, e := range r2.exemptions {
					if !slices.Contains(named, e) {
						r.exemptions = append(r.exemptions, e)
					}
				}
				r.exemptions = uniqueSorted(r.exemptions)
			}
		}
	case len(q.decisions) > 0:
		r = latest(q.decisions)
		if r.kind == NotHeld && newest(q.decisions).work {
			// What a question would take, in a cost estimate for the
			// whole request, is no statement of what is held.
			if d, ok := p.requestRefusal(); ok && slices.ContainsFunc(d.exemptions, IsCostProvision) {
				r = d
			}
		}
		if r.kind == Refused && len(r.exemptions) == 0 {
			// "Questions 1 to 5 ... the whole request is refused" after
			// "we refuse your request under section 12(1)".
			if d, ok := p.letterDecision(); ok && d.kind == Refused {
				r.exemptions = d.exemptions
			}
		}
	case len(q.original) > 0:
		// "Original response: 1,842 licences were issued. This was
		// correct and is unchanged." with no review of its own: the
		// original answer stands.
		r = classifyText(joinText(q.original), p.regime)
	default:
		if d, ok := p.subjectDecision(q); ok {
			r = d
		} else if d, ok := p.letterDecision(); ok {
			r = d
		} else {
			r = reading{kind: Unknown}
		}
	}
	if r.kind == Withheld || r.kind == PartiallyReleased || r.kind == NCND {
		r.exemptions = p.refine(r.exemptions, 0)
	}
	if r.kind == Refused {
		// "Section 12 – Cost of compliance" as a heading, "Section 12(1)
		// ... allows" in the text: the subsection is the ground.
		r.exemptions = refineBare(r.exemptions, p.explained)
	}
	if len(r.exemptions) == 0 && len(q.noted) > 0 && (r.kind == Withheld || r.kind == PartiallyReleased || r.kind == NCND) {
		// "Withheld – see reasons below" under a reasons section headed
		// "Section 31(1)(a) (Part A, question 4).": that section.
		r.exemptions = q.noted
	}
	if len(r.exemptions) == 0 {
		r.exemptions = p.explainedFor(r)
	}
	// A bare "section 31" beside "section 31(1)(a)" is the same citation
	// made loosely: keep the precise one.
	ex := mostSpecific(uniqueSorted(foldPurposes(append([]string(nil), r.exemptions...))))
	if ex == nil {
		ex = []string{}
	}
	return Stance{Kind: r.kind, Exemptions: ex}
}

// reSeeAbove points an answer to what the letter said before or after
// it: "Refused – see above.", "As explained above."
var reSeeAbove = mustRx(`(?i)\b(?:see|as\s+(?:explained|set\s+out|stated|noted)?)\s*(?:above|below|the\s+(?:covering\s+letter|introduction|decision\s+above))\b`)

// reOnlyPointer is an answer that only points to what the letter says
// elsewhere: "See below.", "Please see our response above".
var reOnlyPointer = mustRx(`(?i)^\W*(?:please\s+)?(?:see|refer\s+to)\s+(?:(?:our|the)\s+)?(?:(?:response|answer|reply|explanation|decision|information)?\s*(?:above|below|overleaf)|notes?\s+[a-z0-9]{1,3}(?:\s*(?:,|and|&)\s*[a-z0-9]{1,3})*(?:\s+(?:above|below|overleaf))?)\W*$`)

// reReportsEarlier says what earlier requests were given: "repeat, in
// substance, requests ... which were answered in full", "has already
// been provided to you".
var reReportsEarlier = mustRx(`(?i)\brepeat(?:s|ed)?\b[^.;]{0,80}?\brequests?\b|\b(?:responded|replied)\s+to\s+your\s+(?:earlier|previous|last|first)\s+request\b|\b(?:already\s+been|previously\s+been|were|was)\s+(?:provided|answered|given|released|disclosed)\b[^.;]{0,40}?\b(?:in\s+full|to\s+you|previously|already|under)\b|\balready\s+been\s+(?:provided|given|released|disclosed)\b`)

// isReview reports whether the letter is an internal review's outcome: a
// question holds the decision under review, or the letter says it gives
// the outcome of a review.
func (p *parser) isReview() bool {
	for _, q := range p.questions {
		if len(q.original) > 0 {
			return true
		}
	}
	for _, l := range p.lines {
		if reReviewOutcome.MatchString(l) {
			return true
		}
	}
	return false
}

// reReviewOutcome says a letter gives a review's outcome.
var reReviewOutcome = mustRx(`(?i)\b(?:outcome|result)\s+of\s+(?:the|your|this)\s+internal\s+review\b|\binternal\s+review\s+(?:reference|outcome|decision)\b`)

// reVerdict opens a review's verdict on the decision it reviews.
var reVerdict = mustRx(`(?i)(?:^|[.;:]\s+)((?:not|partially|partly|wholly|fully)\s+upheld|upheld|(?:decision\s+)?overturned|(?:decision\s+)?(?:upheld|reversed|varied))\s*[.:–-]\s*`)

// splitVerdict splits an answer that opens with the decision reviewed, a
// short one naming a stance ("Withheld – section 43(2)."), then a
// review's verdict ("Not upheld.", "Partially upheld.") and what the
// review decides. ok is false for any other answer.
func splitVerdict(answer string) (original, rest string, ok bool) {
	m := reVerdict.FindStringSubmatchIndex(answer)
	if m == nil || m[2] == 0 {
		return "", "", false
	}
	original = strings.TrimSpace(answer[:m[2]])
	if len(strings.Fields(original)) > 12 || !reStanceLabel.MatchString(original) {
		return "", "", false
	}
	return original, strings.TrimSpace(answer[m[2]:]), true
}

// reStanceLabel opens a decision stated as a label: "Withheld – section
// 43(2).", "Released: Aspire Community Leisure Ltd.", "Not held."
var reStanceLabel = mustRx(`(?i)^\W*(?:withheld|released|refused|not\s+held|information\s+not\s+held|neither\s+confirmed\s+nor\s+denied|ncnd|exempt|partially\s+released|part(?:ly|ially)?\s+withheld|provided|disclosed)\b`)

// reRespondedOn reports when an earlier response was sent: "The
// University responded on 24 May 2024, refusing ...", "We replied to you
// on 3 March".
var reRespondedOn = mustRx(`(?i)\b(?:responded|replied|wrote)\s+(?:to\s+(?:you|your\s+request)\s+)?on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})`)

// reRefusalNoticeUnder names a refusal notice by the provision it rests
// on: "a refusal notice under section 12(1)".
var reRefusalNoticeUnder = mustRx(`(?i)\brefusal\s+notice\s+(?:under|in\s+reliance\s+on|citing)\s+(?:section|regulation|s\.?|reg\.?)\s*\d`)

// isVexatiousProvision reports whether a provision refuses a request as
// vexatious or repeated: FOIA s14, FOISA s14, EIR regulation 12(4)(b).
func isVexatiousProvision(e string) bool {
	return provisionRole(e) == roleVexatious
}

// requestRefusal returns the last decision read so far that refuses the
// request as a whole, with the grounds that decision gave (letterDecision
// gathers the grounds of every refusal, as a question without an answer
// takes them).
func (p *parser) requestRefusal() (reading, bool) {
	for i := len(p.letterDecisions) - 1; i >= 0; i-- {
		if d := p.letterDecisions[i]; d.r.kind == Refused {
			return d.r, true
		}
	}
	return reading{}, false
}

// hasLetterDecision reports whether the letter decides for the request
// as a whole (not a release).
func (p *parser) hasLetterDecision() bool {
	d, ok := p.letterDecision()
	return ok && d.kind != Released
}

// englishHalves drops the Welsh halves of a bilingual answer, each set
// before its English with " / " ("Mae'r wybodaeth hon wedi'i heithrio o
// dan adran 43(2) o'r Ddeddf (buddiannau masnachol). / This information
// is exempt under section 43(2) ..."), where the answer wraps over lines
// that englishLabel reads one at a time: the Welsh would count twice,
// and as content given.
func englishHalves(answer string) string {
	if !strings.Contains(answer, " / ") {
		return answer
	}
	parts := strings.Split(answer, " / ")
	kept := parts[:0:0]
	for k, part := range parts {
		if k < len(parts)-1 && (looksWelsh(part) || welshNumbers[strings.ToLower(strings.TrimSpace(part))]) {
			// "Naw / Nine serious incidents were reported": the count
			// in Welsh, then in English.
			continue
		}
		kept = append(kept, part)
	}
	return strings.Join(kept, " / ")
}

// welshNumbers are the Welsh numbers from nought to ten, as answers give
// a count before its English ("Dim / None", "Naw / Nine").
var welshNumbers = map[string]bool{
	"dim": true, "un": true, "dau": true, "dwy": true, "tri": true, "tair": true, "pedwar": true, "pedair": true,
	"pump": true, "chwech": true, "saith": true, "wyth": true, "naw": true, "deg": true,
}

// answersNo reports whether an answer says "no" to a question that asks
// whether the body has something: the question asks "Does the Council
// hold/have/use ...?" and the answer says the body does not have a thing
// the question names ("does not hold a separate commercial cyber
// insurance policy"), not that it holds no information, records or data.
func answersNo(question, answer string) bool {
	qm := reAsksHas.FindStringSubmatch(question)
	if qm == nil {
		return false
	}
	asked := contentStems(qm[1])
	for _, m := range reHasNo.FindAllStringSubmatch(answer, -1) {
		if reRecordWords.MatchString(m[1]) {
			continue
		}
		for w := range contentStems(m[1]) {
			if asked[w] {
				return true
			}
		}
	}
	return false
}

var (
	// reAsksHas asks whether the body has something; its group is what.
	reAsksHas = mustRx(`(?i)^\W*(?:\d{1,2}[.)]\s*)?(?:does|do|has|have)\s+(?:the|your)\s+(?:[\w'’-]+\s+){1,4}?(?:hold|have|own|operate|use|maintain|run|carry|subscribe\s+to)\s+([^?]{3,80})\?`)
	// reHasNo says the body does not have a thing; its group is the thing.
	reHasNo = mustRx(`(?i)\b(?:does|do|did)\s+not\s+(?:hold|have|own|operate|use|maintain|run|carry|subscribe\s+to)\s+(?:an?|any)\s+([^.;,]{3,80})`)
	// reRecordWords are what information is held in: an answer that the
	// body holds no such thing says the information is not held.
	reRecordWords = mustRx(`(?i)\b(?:information|data|records?|figures?|details|documents?|documentation|statistics|breakdown|list|register|log|copy|copies|reports?)\b`)
)

// reOriginalWord marks a sentence about the decision under review.
var reOriginalWord = mustRx(`(?i)\boriginal(?:ly)?\b`)

// upholdsWhole reports whether an answer upholds the decision under
// review in full ("I uphold the original decision", not "I have partly
// upheld").
func upholdsWhole(answer string) bool {
	l := strings.ToLower(answer)
	return upholds(l) && !rePartlyUpheld.MatchString(l)
}

// rePartlyUpheld upholds a decision in part ("I uphold the original
// decision in part", "partly upheld"); "met in part by our published
// policy" elsewhere in the answer does not. l is lower case.
var rePartlyUpheld = mustRx(`\b(?:partly|partially|in\s+part)\s+(?:upheld|uphold)|\b(?:upheld|uphold)\b[^.]{0,60}?\b(?:in\s+part|partly|partially)\b`)

// combine merges an answer's own reading with the decisions that name its
// question: an answer that gives information where a decision withholds
// part of it is a partial release; an answer that says only "exempt" takes
// the decision's sections.
func (p *parser) combine(r reading, q *qstate, answer string) reading {
	if len(q.decisions) == 0 {
		return r
	}
	d := latest(q.decisions)
	switch {
	case (r.kind == Withheld && len(r.exemptions) == 0 || r.kind == Released && !r.signal && !hasReleasedContent(answer)) && d.kind == NCND && len(d.exemptions) > 0:
		// "the Force neither confirms nor denies ... citing Section
		// 30(3)" for the question, and an answer that only argues it.
		return d
	case (r.kind == Withheld || r.kind == NCND) && len(r.exemptions) == 0:
		r.exemptions = d.exemptions
	case r.kind == Released && (d.kind == Withheld || d.kind == PartiallyReleased):
		if !hasReleasedContent(answer) {
			// The answer only explains the decision.
			return d
		}
		return reading{kind: PartiallyReleased, exemptions: d.exemptions, signal: true}
	case r.kind == PartiallyReleased && len(r.exemptions) == 0:
		r.exemptions = d.exemptions
	}
	return r
}

// letterDecision is the decision about the whole request, if any: a
// refusal of the whole request (cost, vexatious) outranks anything else the
// letter says in passing; otherwise the last decision stands.
func (p *parser) letterDecision() (reading, bool) {
	if len(p.letterDecisions) == 0 {
		return reading{}, false
	}
	var refusals []decision
	for _, d := range p.letterDecisions {
		if d.r.kind == Refused {
			refusals = append(refusals, d)
		}
	}
	if len(refusals) > 0 {
		r := latest(refusals)
		var ex []string
		for _, d := range refusals {
			ex = append(ex, d.r.exemptions...)
		}
		r.exemptions = mostSpecific(uniqueSorted(ex))
		return r, true
	}
	return latest(p.letterDecisions), true
}

// subjectDecision is the decision that names an unanswered question by
// its subject rather than its number: "The University has decided to
// release ... The annual contract values are withheld under section 43(2)
// ... The name and email address of the contract manager are withheld
// under section 40(2)". Where the letter withholds on two or more grounds
// in such sentences, each question takes the one that shares the most
// words of its subject with it, if one clearly does; a refusal of the
// whole request outranks them all.
func (p *parser) subjectDecision(q *qstate) (reading, bool) {
	var cands []decision
	for _, d := range p.letterDecisions {
		switch d.r.kind {
		case Refused:
			return reading{}, false
		case Withheld, PartiallyReleased, NCND, NotHeld:
			if d.text != "" {
				cands = append(cands, d)
			}
		}
	}
	if len(cands) < 2 {
		return reading{}, false
	}
	said := make([]map[string]bool, len(cands))
	for i, d := range cands {
		said[i] = contentStems(d.text)
	}
	if best := closestWords(contentStems(joinText(q.text)), said, 2); best >= 0 {
		return cands[best].r, true
	}
	return reading{}, false
}

// closestWords returns the index of the word set in cands that shares the
// most words with target, at least least of them, or -1 when none does or
// two share as many.
func closestWords(target map[string]bool, cands []map[string]bool, least int) int {
	if best := closestAll(target, cands, least); len(best) == 1 {
		return best[0]
	}
	return -1
}

// closestAll returns the indexes of the candidates sharing the most words
// with target, at least least of them; nil when none shares that many.
func closestAll(target map[string]bool, cands []map[string]bool, least int) []int {
	var best []int
	bestN := least
	for i, words := range cands {
		n := 0
		for w := range words {
			if target[w] {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN = []int{i}, n
		case n == bestN:
			best = append(best, i)
		}
	}
	return best
}

// mostSpecific drops an exemption that another in the list refines:
// "s12" goes when "s12(1)" is there.
func mostSpecific(exs []string) []string {
	var out []string
	for _, e := range exs {
		refined := false
		for _, f := range exs {
			if f != e && strings.HasPrefix(f, e+"(") {
				refined = true
				break
			}
		}
		if !refined {
			out = append(out, e)
		}
	}
	return out
}

// newest is the decision made last: the one on the latest line, and of
// those the last read.
func newest(ds []decision) decision {
	best := ds[0]
	for _, d := range ds[1:] {
		if d.line >= best.line {
			best = d
		}
	}
	return best
}

// latest returns the last decision in letter order: in an internal review
// the outcome comes after the original decision it replaces.
func latest(ds []decision) reading {
	best := newest(ds)
	r := best.r
	if best.adds {
		// "... is additionally exempt by virtue of Section 24(1)": the
		// grounds given before still stand.
		for _, d := range ds {
			if d.r.kind == r.kind && d.line <= best.line {
				r.exemptions = uniqueSorted(append(slices.Clone(r.exemptions), d.r.exemptions...))
			}
		}
	}
	if len(r.exemptions) == 0 {
		// "... favours withholding the information in questions 3 to 5"
		// after "questions 3 to 5 are exempt under section 43(2)": the
		// later sentence repeats the decision without its ground.
		line := -1
		for _, d := range ds {
			if d.r.kind == r.kind && len(d.r.exemptions) > 0 && d.line > line {
				r.exemptions, line = d.r.exemptions, d.line
			}
		}
	}
	return r
}

// inSpans reports whether offset i falls inside one of the spans.
func inSpans(i int, spans [][]int) bool {
	for _, s := range spans {
		if i >= s[0] && i < s[1] {
			return true
		}
	}
	return false
}

// explainsLaw reports whether a sentence explains the law rather than
// applying it (reExplainsLaw), checking first for what every such
// sentence has: an opening provision, or "exempt".
func explainsLaw(s string) bool {
	if m := reLeadIn.FindStringIndex(s); m != nil {
		// "For completeness: Section 24(1) of the Act exempts ...".
		s = s[m[1]:]
	}
	t := strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if t == "" {
		return false
	}
	if c := t[0] | 0x20; c != 's' && c != 'r' && !containsFoldASCII(s, "exempt") && !mayExplainAuthority(s) {
		return false
	}
	return reExplainsLaw.MatchString(s)
}

// reLeadIn is a note's opening words before what it says.
var reLeadIn = mustRx(`(?i)^\W*(?:for\s+completeness|for\s+(?:your\s+)?information|please\s+note(?:\s+that)?|note|by\s+way\s+of\s+background)\s*[:,.–-]?\s*`)

// mayExplainAuthority reports whether s may say what an authority may do
// ("an authority may respond in this way where ..."): the test before the
// expression, since most sentences name the authority.
func mayExplainAuthority(s string) bool {
	for _, w := range []string{"authority may", "authority can", "authorities may", "authorities can", "authority is able", "authority is permitted", "authority is entitled"} {
		if containsFoldASCII(s, w) {
			return true
		}
	}
	return false
}

// pairedDecision is one citation of a decision sentence with the questions
// it is applied to.
type pairedDecision struct {
	keys []qkey
	r    reading
}

// pairedDecisions splits a sentence that applies different exemptions to
// different questions ("I am applying section 31(1)(a)(b) to question 3,
// s.40(2) to question 4 and section 31(1)(a) to question 5") into one
// decision per citation. It returns nil when the sentence names one
// citation, or when citations and question references do not pair up.
func (p *parser) pairedDecisions(sent string, r reading) []pairedDecision {
	var cites []citation
	for _, c := range findCitations(sent, p.regime) {
		if c.Exemption && !c.Other {
			cites = append(cites, c)
		}
	}
	if out := p.respectively(sent, cites, r); out != nil {
		return out
	}
	refs := reQuestionRef.FindAllStringIndex(sent, -1)
	if len(cites) < 2 || len(refs) != len(cites) {
		return nil
	}
	// Pair in order; the sentence must alternate the same way throughout
	// (citation then its questions, or questions then their citation).
	citeFirst := cites[0].Start < refs[0][0]
	var out []pairedDecision
	for i, c := range cites {
		if (c.Start < refs[i][0]) != citeFirst {
			return nil
		}
		lo, hi := min(c.Start, refs[i][0]), max(c.End, refs[i][1])
		if i+1 < len(cites) && hi > min(cites[i+1].Start, refs[i+1][0]) {
			return nil
		}
		seg := sent[lo:hi]
		if end := min(len(sent), hi+48); hi < end {
			seg = sent[lo:end] // keep a part qualifier after the numbers
		}
		keys := []qkey{}
		for _, ref := range p.questionRefs(seg) {
			keys = append(keys, ref.keys...)
		}
		pr := r
		pr.exemptions = p.refine(c.Exemptions, 0)
		out = append(out, pairedDecision{keys: keys, r: pr})
	}
	return out
}

// respectively pairs the questions and the citations of a sentence that
// gives them in the same order: "questions 4 and 5 are exempt under
// section 38(1)(b) and section 30(c) respectively". Only the citations
// before "respectively" count, and there must be as many as questions.
func (p *parser) respectively(sent string, cites []citation, r reading) []pairedDecision {
	at := strings.Index(strings.ToLower(sent), "respectively")
	if at < 0 {
		return nil
	}
	var before []citation
	for _, c := range cites {
		if c.End <= at {
			before = append(before, c)
		}
	}
	var keys []qkey
	for _, ref := range p.questionRefs(sent[:at]) {
		if ref.rest {
			return nil
		}
		keys = append(keys, ref.keys...)
	}
	if len(before) < 2 || len(keys) != len(before) {
		return nil
	}
	out := make([]pairedDecision, len(keys))
	for i, k := range keys {
		pr := r
		pr.exemptions = p.refine(before[i].Exemptions, 0)
		out[i] = pairedDecision{keys: []qkey{k}, r: pr}
	}
	return out
}

// isSectionHeading reports whether a line is a short heading that names a
// provision ("Section 12", "Regulation 12(5)(e) – commercial
// confidentiality"), over an explanation of the law.
func isSectionHeading(s string) bool {
	t := strings.TrimSpace(strings.Trim(s, "*_# "))
	if len(t) > 70 || t == "" || t[0] < 'A' || t[0] > 'Z' || !reHeadingCitation.MatchString(t) {
		return false
	}
	return !strings.HasSuffix(t, ".")
}

// sectionHeadingAt reports whether line i is a section heading rather than
// an item of a list the line before introduces ("by virtue of the
// following exemptions:" / "Section 24(2) National Security").
func (p *parser) sectionHeadingAt(i int) bool {
	if !isSectionHeading(p.lines[i]) {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if prev := strings.TrimSpace(p.lines[j]); prev != "" {
			// After "the following exemptions:" or another provision,
			// the line is an item of a list.
			return !strings.HasSuffix(prev, ":") && !reHeadingCitation.MatchString(prev)
		}
	}
	return true
}

// reLawExplanation opens a paragraph that explains an exemption rather
// than answers a question: "Section 43(2) exempts information whose ...",
// "Regulation 12(5)(e) provides that ...".
var reLawExplanation = mustRx(`(?i)^(?:section|s\.?|regulation|reg\.?)\s*\d+(?:\s*\(\s*\w{1,4}\s*\))*(?:\s+of\s+the\s+(?:act|regulations|freedom\s+of\s+information\s+act(?:\s+\d{4})?|foia))?\s+(?:exempts|provides|states|allows|applies\s+(?:to|where|when)|sets\s+out|is\s+(?:an?|the)\s+(?:qualified|absolute|prejudice|class|exemption|exception)|is\s+engaged|permits|says)\b`)

// weighsAnswered reports whether a sentence weighs the public interest
// and names a question only by the answer given to it ("In applying
// section 43(2) we considered the public interest ..., which is partly met
// by the total given in answer to your second question"): the reasons for
// withholding something else, no decision about, nor answer to, the
// question named.
func weighsAnswered(s string) bool {
	return rePublicInterestTalk.MatchString(s) && reAnsweredRef.MatchString(s)
}

// reAnsweredRef names a question by the answer given to it: "the total
// given in answer to your second question", "the figures provided at
// question 3".
var reAnsweredRef = mustRx(`(?i)\b(?:given|provided|released|disclosed|set\s+out|shown)\s+(?:in\s+(?:answer|response|reply)\s+to|at|under|for)\s+(?:your\s+|the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:question|point|item|request)|(?:question|point|item|request)s?\s*\d)`)

// reApplyingOpener opens the reasons for applying a provision: "In
// applying section 43(2) ...", "In relying on regulation 12(5)(e) ...".
var reApplyingOpener = mustRx(`^(?i:in\s+(?:applying|relying\s+on|citing)\s+)`)

// reTitledProvision opens a paragraph with a provision and its title, the
// reasons running on after it: "Section 31(1)(a)(b) - Law Enforcement
// Revealing the size of the fleet ...", "Section 40(2) – personal
// information. The information relates to ...", "Section 43(2): the
// contract value is withheld because ...".
var reTitledProvision = mustRx(`^(?i:sections?|s\.?|regulations?|reg\.?)\s*\d+(?:\s*\(\s*\w{1,4}\s*\))*(?:\s*[-–—:]\s*(?:\p{Lu}[\p{L} ]{2,40}?\s+\p{Lu}\p{Ll}+\s+\p{Ll}|\p{L}[\p{L} ,']{2,50}\.\s+\p{Lu})|(?:\s*(?:,|and|&)\s*\d+(?:\s*\(\s*\w{1,4}\s*\))*)*\s*:\s+\p{Ll})`)

// lawExplanationAt reports whether line i opens a paragraph explaining a
// provision that another question's answer has already applied: the
// letter is setting out the reasons for that answer, so the answer being
// read (of question cur) has ended, as at a "Section 43" heading. An
// explanation of a provision no earlier answer cited is the reasoning of
// the answer being read ("... 640 hours. Section 12(1) provides that
// ... we can therefore neither confirm nor deny"), and stays in it.
func (p *parser) lawExplanationAt(i int, cur []*qstate) bool {
	if i == 0 || strings.TrimSpace(p.lines[i-1]) != "" {
		return false
	}
	line := strings.TrimSpace(p.lines[i])
	if m := reApplyingOpener.FindString(line); m != "" {
		// "In applying section 43(2) we considered the public
		// interest ...": the reasons for a decision, from its provision.
		line = line[len(m):]
	} else if !reLawExplanation.MatchString(line) && !reTitledProvision.MatchString(line) {
		return false
	}
	cs := findCitations(line, p.regime)
	if len(cs) == 0 || cs[0].Start != 0 {
		return false
	}
	section := cs[0].Section
	for _, q := range p.byKey {
		if slices.Contains(cur, q) {
			continue
		}
		for _, a := range q.answer {
			for _, c := range findCitations(a, p.regime) {
				if c.Section == section {
					return true
				}
			}
		}
	}
	return false
}

// reNamedKey keys an answer to a question of a part named in words:
// "Contact centre, question 1:", "Inbound network – Q3".
var reNamedKey = mustRx(`^([A-Z][^,:;.]{2,50}?)\s*[,:–—-]\s*(?i:questions?|q|point|item|request)\s*(\d{1,2})\s*(?:[:.)\-–—]\s*|$)`)

// namedPartKey reads a key that names its part in words, choosing the part
// whose heading shares the most words with the name.
func (p *parser) namedPartKey(s string) lineLabel {
	m := reNamedKey.FindStringSubmatch(s)
	if m == nil {
		return lineLabel{}
	}
	name := strings.Fields(strings.ToLower(m[1]))
	best, bestScore := 0, 0
	for _, q := range p.questions {
		ctx := strings.ToLower(q.context)
		score := 0
		for _, w := range name {
			if len(w) > 2 && strings.Contains(ctx, w) {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = q.key.part, score
		}
	}
	if best == 0 {
		return lineLabel{}
	}
	n := atoiSafe(m[2])
	return lineLabel{kind: labelQuestion, nums: []int{n}, style: p.runStyle, rest: cleanRest(s[len(m[0]):]), part: best}
}

// explainedFor returns the provisions the letter explains that fit a
// reading left without any: a cost refusal relies on the s12 the letter
// sets out, a neither-confirm-nor-deny on the subsection it describes.
func (p *parser) explainedFor(r reading) []string {
	var want []role
	switch r.kind {
	case Refused:
		want = []role{roleCost, roleVexatious}
	case NCND:
		want = []role{roleNCND}
	case NotHeld:
		want = []role{roleNotHeld}
	default:
		return nil
	}
	for _, w := range want {
		var out []string
		for _, ex := range p.explained {
			if provisionRole(ex) == w {
				out = append(out, ex)
			}
		}
		if len(out) > 0 {
			return mostSpecific(uniqueSorted(out))
		}
	}
	return nil
}

// reSeeAnswers points to the answers of several questions for this one's:
// "See the response to questions 4 and 5 below."
var reSeeAnswers = mustRx(`(?i)^\W*(?:please\s+)?(?:see|refer\s+to)\s+(?:the\s+|our\s+)?(?:answers?|responses?|replies)\s+(?:to|for|at)\s+(questions?\s+[\d,&\sand-]+?)\s*(?:below|above|overleaf)?\W*$`)

// sharedBackReference returns the first of several questions an answer
// points to, when they all have the same stance.
func (p *parser) sharedBackReference(q *qstate, answer string) (*qstate, bool) {
	m := reSeeAnswers.FindStringSubmatch(answer)
	if m == nil {
		return nil, false
	}
	var first *qstate
	var want Stance
	for _, ref := range p.questionRefs(m[1]) {
		for _, k := range ref.keys {
			r, ok := p.byKey[qkey{q.key.part, k.num}]
			if !ok || r == q || reBackReference.MatchString(joinText(r.answer)) || reSeeAnswers.MatchString(joinText(r.answer)) {
				return nil, false
			}
			st := p.stanceOf(r, joinText(r.answer))
			if first == nil {
				first, want = r, st
			} else if st.Kind != want.Kind || !slices.Equal(st.Exemptions, want.Exemptions) {
				return nil, false
			}
		}
	}
	return first, first != nil
}

// pointedTo returns the one other question a sentence of q's answer
// points to (rePointer), whose answer does not point in turn.
func (p *parser) pointedTo(q *qstate, answer string) (*qstate, bool) {
	for _, s := range splitSentences(answer) {
		if !rePointer.MatchString(s) {
			continue
		}
		others := slices.DeleteFunc(p.questionsNamed(s), func(r *qstate) bool { return r == q })
		if len(others) == 0 {
			continue
		}
		if len(others) > 1 {
			return nil, false
		}
		found := others[0]
		if rePointer.MatchString(joinText(found.answer)) {
			return nil, false
		}
		return found, true
	}
	return nil, false
}

// reBackReference is an answer given by pointing at another: "As Part 1,
// Question 7.", "See the answer to question 3", "As in the first request,
// question 9.", "See question 9.".
var reBackReference = mustRx(`(?i)^\W*(?:please\s+)?(?:as\s+(?:in\s+|for\s+|per\s+)?|see\s+(?:(?:the\s+|our\s+)?(?:answer|response)\s+(?:to|for|at)\s+)?|refer\s+to\s+(?:the\s+|our\s+)?(?:answer|response)\s+(?:to|for|at)\s+)(?:(?:part|contract)\s+(\d{1,2}|[a-d]|one|two|three)\s*,?\s+|(?:the\s+)?(first|second|third|fourth)\s+(?:part|request|contract)\s*,?\s+)?(?:questions?|q)\s*(\d{1,2})\W*$`)

// backReference returns the question an answer points to for its answer,
// when that is all the answer says.
func (p *parser) backReference(q *qstate, answer string) (*qstate, bool) {
	answer = strings.TrimSpace(answer)
	if first, rest, ok := strings.Cut(answer, "\n"); ok && reNotApplied.MatchLower(strings.ToLower(rest)) {
		// "As in the first request, question 9." and the letter's
		// closing note that a section was not relied on.
		answer = first
	}
	m := reBackReference.FindStringSubmatch(answer)
	if m == nil {
		return p.sharedBackReference(q, answer)
	}
	part := q.key.part
	if m[1]+m[2] != "" {
		part = wordNumber(m[1] + m[2])
	}
	ref, ok := p.byKey[qkey{part, atoiSafe(m[3])}]
	if !ok || ref == q || len(ref.answer) == 0 {
		return nil, false
	}
	if _, loop := p.backReference(ref, joinText(ref.answer)); loop {
		return nil, false
	}
	return ref, true
}

// rePointer points to another answer for this one's content ("Not held –
// see Part 2, question 1", "withheld ... for the same reasons as question
// 3", "as explained in our answer to question 2", "removed under
// regulation 12(5)(b), for the reasons given under Request 3", "for
// reasons similar to those given at Request 2"): the
// sentence is this question's own.
var rePointer = mustRx(`(?i)\b(?:see|refer\s+to|as\s+(?:in|for|at|with)|same\s+as|(?:for\s+)?the\s+reasons?\s+(?:given|set\s+out|explained|stated)\s+(?:at|in|for|under)(?:\s+(?:our|the)\s+(?:answer|response)\s+to)?|reasons?\s+(?:similar|like|akin|comparable)\s+to\s+(?:those|that|the\s+ones?)\s+(?:given|set\s+out|explained|stated)\s+(?:at|in|for|under)(?:\s+(?:our|the)\s+(?:answer|response)\s+to)?|same\s+reasons?\s+(?:as(?:\s+(?:those\s+)?(?:given|set\s+out|explained))?(?:\s+(?:in|for|at|under|with))?|(?:given|set\s+out|explained)\s+(?:in|for|at|under))|as\s+(?:explained|set\s+out|stated|described|given|noted)\s+(?:in|at|under|for))\s+(?:(?:our|the)\s+)?(?:(?:answer|response|reply)\s+(?:to|at)\s+)?(?:part\s+\w+,?\s+)?(?:questions?\b|q\b|q\s*\d|points?\b|(?:requests?|items?)\s+\d)`)

// ownSentences drops from an answer the sentences that speak of other
// questions only ("Section 12 applies to question 4 only"): an answer run
// on into the decision about another question is not about this one.
func ownSentences(answer string, own int) string {
	all := answer
	var b strings.Builder
	for _, s := range splitFullSentences(answer) {
		if m := otherQuestionRef(s); m != "" && !slices.Contains(numbersIn(m), own) && !rePointer.MatchString(s) && !reAlongWith.MatchString(s) {
			continue
		}
		// One sentence a line, so that reading the answer again finds
		// the same sentences ("... policy-v3.pdf" ends one without a
		// full stop).
		b.WriteString(s)
		b.WriteByte('\n')
	}
	if strings.TrimSpace(b.String()) == "" {
		return all // an answer that only points elsewhere stays whole
	}
	return b.String()
}

// otherQuestionRef returns the numbers of the first question a sentence
// names ("Section 12 applies to question 4 only"), or "": a point on a
// scale or a grade ("paid on Scale Point 24") names none.
func otherQuestionRef(s string) string {
	for _, m := range reQuestionRef.FindAllStringSubmatchIndex(s, -1) {
		if reScaleBefore.MatchString(s[:m[0]]) {
			continue
		}
		return s[m[2]:m[3]]
	}
	return ""
}

// reScaleBefore ends with a word that makes "point" a place on a scale:
// "Scale Point 24", "spinal column point 30", "pay point 12".
var reScaleBefore = mustRx(`(?i)\b(?:scale|spinal|column|pay|salary|grade|band|access|charging|focal)\s+$`)

// reAlongWith names another question as taken with this one: "...,
// including the correspondence you ask for at question 7, is withheld".
var reAlongWith = mustRx(`(?i)\b(?:including|as\s+well\s+as|together\s+with|along\s+with|and\s+also)\b[^.;]{0,80}?\b(?:questions?|points?|requests?|items?)\s+\d`)

// purposeSections are the sections whose subsection (2) lists the purposes
// for which limbs (g) to (i) of subsection (1) withhold: FOIA's section 31
// and FOISA's section 35.
var purposeSections = []string{"s31", "foisa:s35"}

// foldPurposes adds the limb of section 31(1) that a purpose of section
// 31(2) serves when the letter cites the purpose without it: "the
// relevant purposes are those at section 31(2)(a) and (c)" beside a
// heading naming section 31(1)(g) that is no sentence of its own. A
// purpose is no exemption alone; limb (g) is the one nearly always meant.
func foldPurposes(ex []string) []string {
	for _, sec := range purposeSections {
		purposes, limb := false, false
		for _, e := range ex {
			switch {
			case strings.HasPrefix(e, sec+"(2)"):
				purposes = true
			case strings.HasPrefix(e, sec+"(1)(g)") || strings.HasPrefix(e, sec+"(1)(h)") || strings.HasPrefix(e, sec+"(1)(i)"):
				limb = true
			}
		}
		if purposes && !limb {
			ex = append(ex, sec+"(1)(g)")
		}
	}
	return ex
}

// withholdsDocumentAsked reports whether a question asks for a copy of a
// document and nothing else, and its answer withholds that document
// whole ("The report itself is withheld", "The draft report is withheld
// under regulation 12(4)(d)"), giving none of it: nothing attached,
// redacted or released in part.
func withholdsDocumentAsked(question, answer string) bool {
	loc := reAsksForCopy.FindStringIndex(question)
	if loc == nil || reAsksMore.MatchString(question) || reOtherAskBefore.MatchString(question[:loc[0]]) {
		return false
	}
	l := strings.ToLower(answer)
	return reDocumentWithheld.MatchString(l) && !partialIn(l) && !reGiven.MatchLower(l) && !reReleased.MatchLower(l)
}

var (
	// reAsksForCopy asks for a copy of something.
	reAsksForCopy = mustRx(`(?i)\bcop(?:y|ies)\s+of\b`)
	// reAsksMore asks for something besides: "a copy of the contract and
	// the name of the supplier".
	reAsksMore = mustRx(`(?i)\b(?:and|also|together\s+with|as\s+well\s+as)\s+(?:(?:please\s+)?(?:how|what|who|when|which|whether|where)\b|the\s+(?:names?|number|cost|costs|value|amount|total|date|dates)\b)`)
	// reOtherAskBefore, before the copy asked for, asks for something else:
	// "The number of serious incident investigations ..., and copies of
	// the investigation reports".
	reOtherAskBefore = mustRx(`(?i)\b(?:number|numbers|how|what|who|when|which|whether|where|names?|list|total|cost|value|amount)\b`)
	// reDocumentWithheld, in lower case, withholds a document by its
	// name: "the report itself is withheld", "the draft report is
	// withheld under ...", "both reports are withheld in full".
	reDocumentWithheld = mustRx(`\b(?:the|this|that|both|these|those)\s+(?:[a-z-]+\s+){0,2}(?:report|reports|review|appraisal|assessment|audit|document|documents|minutes|study|analysis|evaluation|survey|business\s+case|correspondence|emails|plan|strategy)(?:\s+itself|\s+themselves)?\s+(?:is|are|has\s+been|have\s+been|was|were)\s+(?:therefore\s+|also\s+|being\s+)?withh[eo]ld\b`)
)
