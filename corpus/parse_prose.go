package corpus

import (
	"slices"
	"strconv"
	"strings"
)

// proseAnswers reads a response written as running prose after the
// restated request, with no answer keyed to any question: "Turning first
// to suspensions and exclusions, the Academy issued 23 fixed-term
// suspensions ... Your final question concerns grievances ...". Each
// sentence goes to the questions it names (by number or ordinal word) or,
// failing that, whose own words it shares most, weighing a word by how few
// questions use it; a sentence that shares none goes on the question of
// the sentence before it in the same paragraph. Only questions that nothing
// else answered or decided take what is found.
func (p *parser) proseAnswers() {
	if len(p.questions) < 2 || p.respStart >= len(p.lines) {
		return
	}
	open, answered := 0, 0
	for _, q := range p.questions {
		switch {
		case q.hasAnswer:
			answered++
		case len(q.decisions) == 0 || deferred(q):
			open++
		}
	}
	if open < 2 {
		return
	}
	releases := false
	for _, d := range p.letterDecisions {
		releases = releases || d.r.kind == Released
	}
	for _, d := range p.letterDecisions {
		if d.r.kind == Refused && !reOnePart.MatchString(d.text) && (open+answered == len(p.questions) && !releases && !answeredApart(p.questions, p.regime) || reAsAWhole.MatchString(d.text)) {
			// A refusal of the whole request answers every question;
			// one that names its questions ("Questions 2 to 4 are all
			// refused") leaves the others to be read, as does one in a
			// letter that also says it gives what it holds ("Most of
			// this information is held and is provided here ... We are
			// unable to help with the question about ticket gates").
			return
		}
	}
	qw := p.questionWords()
	found := map[*qstate][]string{}
	// said: the questions a paragraph of sentences (not a heading) has
	// answered.
	said := map[*qstate]bool{}
	firstLine := map[*qstate]int{}
	// record gives q a sentence of the paragraph at line.
	record := func(q *qstate, sent string, line int, full bool) {
		found[q] = append(found[q], sent)
		if full {
			said[q] = true
		}
		if _, ok := firstLine[q]; !ok {
			firstLine[q] = line
		}
	}
	var last, before []*qstate
	// keyed: the sentences of paragraphs that name one question by its
	// number and go on about it alone ("Complaints about damp and mould
	// (your question 2): ... We therefore do not hold the information
	// for 2019."). They are that question's, not the letter's.
	var keyed []string
	heading := false
	paras := p.responseParagraphs(false)
	sections := p.sectionTargets(paras, qw)
	// section: the questions the topic heading above names, which the
	// paragraphs under it answer.
	var section []*qstate
	// under: the sentences read under each topic heading, by the
	// heading's paragraph.
	under := map[int][]string{}
	sectionAt := -1
	for k, para := range paras {
		if last != nil {
			before = last
		}
		last = nil
		if k > 0 && quotesLaw(paras[k-1].text, para.text) {
			// "For reference, regulation 12(5)(b) provides:" over the
			// words of the law, quoted: they answer nothing, whatever
			// words they share with a question.
			continue
		}
		// full: the paragraph ends a sentence, so it is no heading.
		full := endsSentence(strings.TrimSpace(para.text))
		if qs, ok := sections[k]; ok {
			// The heading names what follows; it answers nothing
			// itself ("Correspondence with Welsh Government" names no
			// correspondent released).
			section, sectionAt = qs, k
			heading = true
			continue
		}
		// own: the one question the paragraph names by number, if it
		// names one, and the sentences that went to it alone.
		var own *qstate
		var ownSents []string
		// grounds: the paragraph opens by withholding ("The breakdown of
		// commission by agent has been withheld because ..."), as a
		// closing paragraph that gives the grounds of answers above does.
		sents := splitSentences(para.text)
		grounds := false
		if len(sents) > 0 {
			r := classifyText(sents[0], p.regime)
			grounds = r.signal && r.kind != Released && r.kind != Unknown
		}
		for _, sent := range splitNamingClauses(sents) {
			sent = strings.TrimSpace(sent)
			if sent == "" || reArgumentHeading.MatchString(sent) || rePublicInterestTalk.MatchString(sent) && !reAppliesProvision.MatchString(sent) && !groundsForTopic(sent, p.regime) || wholeRequestTalk(sent) || reRequesterTalk.MatchString(sent) {
				// "Factors favouring disclosure – ...": the public
				// interest weighed, which answers nothing; "Because your
				// request concerns land use ...", "Our decision is to
				// release part ...": the request as a whole.
				continue
			}
			if sectionAt >= 0 {
				under[sectionAt] = append(under[sectionAt], sent)
			}
			targets, named := p.proseTargets(sent, qw, false)
			if m := reTopicOpener.FindStringSubmatch(sent); !named && m != nil {
				// "In relation to complaints, this letter is a notice
				// under section 17(1) ...": the sentence says whose it
				// is, in a closing paragraph that sets out the grounds
				// of answers given above.
				if ts, _ := p.proseTargets(m[1], qw, false); len(ts) == 1 {
					targets, named = ts, true
				}
			}
			if !named {
				if both := p.coordinatedTargets(sent, qw); both != nil {
					// "We have not provided the names of the dismissed
					// staff, or the names of the practitioners": each
					// thing is another question's, whichever the
					// sentence before answered.
					targets, named = both, true
				}
			}
			if !named && section != nil {
				// Under a topic heading the sentences answer what it
				// names: "Fewer than 2% of shifts were filled by two
				// agencies" under "Agencies used" is about the agencies,
				// whatever it shares with the question on shifts.
				if in := intersect(targets, section); in != nil {
					targets = in
				} else if claimed(targets, sections) {
					// About questions other headings head: here it
					// only touches on them.
					targets = nil
				}
				if targets == nil && last == nil && len(section) == 1 {
					targets = section
				}
			}
			if !named && last == nil && len(targets) > 1 {
				targets = nextTargets(targets, before, heading, found)
			}
			if !named && len(last) == 1 && (targets == nil || slices.Equal(targets, last)) && reNamesDoer.MatchString(sent) {
				// "The Christmas lights cost £8,420. The work was carried
				// out by Festive Illuminations Ltd" for "how much the
				// Council spent on the lights and who put them up": the
				// doer named answers the next question, which asks who,
				// where the one before asked something else.
				if q := p.nextQuestion(last[0]); q != nil && len(found[q]) == 0 && reAsksWho.MatchString(joinText(q.text)) && !reAsksWho.MatchString(joinText(last[0].text)) {
					// The sentence is that question's; the sentences after
					// it go on with the one before.
					record(q, sent, para.line, full)
					continue
				}
			}
			moveTo := unanswered(targets, said)
			if grounds && len(findCitations(sent, p.regime)) > 0 {
				// "The breakdown of commission by agent has been withheld
				// ... We have relied on section 43(2) .... The names of
				// the two agents whose agreements were terminated ... are
				// exempt under section 40(2).": a closing paragraph's
				// grounds, each for what its own words name, answered
				// above or not. (Within an answer, "We have redacted the
				// names of junior officials" is about the document that
				// answer gives, whatever other question asks for names.)
				moveTo = targets
			}
			if !named && last != nil && (targets == nil || !movesOn(sent, moveTo, last, qw)) {
				// Within a paragraph the subject goes on until a
				// sentence names another question or plainly asks about
				// another thing.
				targets = last
			}
			for _, q := range targets {
				record(q, sent, para.line, full)
			}
			switch {
			case named && len(targets) == 1 && (own == nil || own == targets[0]):
				own = targets[0]
			case len(targets) != 1 || targets[0] != own:
				own, ownSents = nil, nil
			}
			if own != nil {
				ownSents = append(ownSents, sent)
			}
			if targets != nil {
				last = targets
			}
		}
		keyed = append(keyed, ownSents...)
		heading = !full
	}
	for k, qs := range sections {
		// A question its heading names that no sentence under it
		// answers by its words ("Spill data, monitors and investment"
		// over sentences on the monitoring returns) is answered by
		// what is under the heading.
		for _, q := range qs {
			if len(found[q]) == 0 && len(under[k]) > 0 {
				found[q] = under[k]
				firstLine[q] = paras[k].line
			}
		}
	}
	for _, q := range p.questions {
		if q.hasAnswer || len(q.decisions) > 0 && !deferred(q) || len(found[q]) == 0 {
			continue
		}
		if deferred(q) && !p.saysDecided(found[q], latest(q.decisions).kind) {
			continue
		}
		q.answer = found[q]
		q.hasAnswer = true
		q.answerLine = firstLine[q]
	}
	p.letterDecisions = slices.DeleteFunc(p.letterDecisions, func(d decision) bool {
		// What one question's paragraph decides was read as the whole
		// letter's before the paragraph was known to be that question's
		// answer; a question nothing answers takes nothing from it. A
		// refusal stays: a letter may refuse its request as a whole
		// under any question.
		return d.r.kind != Refused && d.text != "" && slices.ContainsFunc(keyed, func(s string) bool { return strings.Contains(s, d.text) })
	})
}

// reTopicOpener opens a sentence with what it is about: "In relation to
// IMSI catcher technology, ...", "As regards the training costs, ...";
// its group is the subject.
var reTopicOpener = mustRx(`^\W*(?:In\s+(?:relation|respect|regard)\s+to|With\s+(?:regard|respect|reference)\s+to|As\s+(?:regards|for)|Regarding|Concerning|Turning\s+to)\s+(?:the\s+|your\s+)?([^,;.]{3,80}),`)

// groundsForTopic reports whether a sentence gives the grounds for what
// it opens by naming: "In relation to IMSI catcher technology, I have
// applied section 18(1) ..., as to confirm or deny ... would itself be
// contrary to the public interest" applies a provision, whatever it says
// of the public interest.
func groundsForTopic(sent string, regime Regime) bool {
	return reTopicOpener.MatchString(sent) && len(findCitations(sent, regime)) > 0
}

// nextQuestion returns the question after q in its part, or nil.
func (p *parser) nextQuestion(q *qstate) *qstate {
	return p.byKey[qkey{q.key.part, q.key.num + 1}]
}

// reNamesDoer names who did or supplies something: "carried out by
// Festive Illuminations", "supplied by", a company's "Ltd".
var reNamesDoer = mustRx(`\b(?:carried\s+out|provided|supplied|installed|put\s+up|undertaken|delivered|performed|operated|managed|maintained)\s+by\s+(?:the\s+)?\p{Lu}|\b(?:Ltd|Limited|plc|LLP)\b`)

// reAsksWho asks who does or supplies something.
var reAsksWho = mustRx(`(?i)^\W*(?:and\s+)?(?:who|which\s+(?:company|companies|firm|firms|contractor|contractors|supplier|suppliers|organisation|organisations))\b|\bnames?\s+of\s+the\s+(?:company|companies|contractor|contractors|supplier|suppliers|firm|provider|providers)\b`)

// namedInPassing gives each question still without an answer or a
// decision the sentences of the response that name it in passing, where
// answers grouped by subject run in another order than the questions
// ("Of this, £12.9 million was spent on nursing agency staff (question
// two)", "The highest hourly rate ..., asked about at question five, was
// £185", "so question fourteen is not held"): each sentence is read where
// it stands, whatever answer it was taken into.
func (p *parser) namedInPassing() {
	open := map[*qstate]bool{}
	for _, q := range p.questions {
		if !q.hasAnswer && len(q.decisions) == 0 {
			open[q] = true
		}
	}
	if len(open) == 0 || len(open) == len(p.questions) || p.respStart >= len(p.lines) || len(p.letterDecisions) > 0 {
		// A decision for the whole letter (a cost refusal, mostly)
		// decides the questions without answers of their own, and its
		// reasons name them ("to answer question 2 we would need ...").
		return
	}
	found := map[*qstate][]string{}
	at := map[*qstate]int{}
	for _, para := range p.responseParagraphs(true) {
		for _, sent := range splitSentences(para.text) {
			sent = strings.TrimSpace(sent)
			if sent == "" || reSeeAnswers.MatchString(sent) {
				continue
			}
			named := p.questionsNamed(digitsForWordRefs(sent))
			if len(named) == 0 {
				// "..., which answers your third question": the place
				// in words is the number, where no number is named.
				named = p.questionsNamed(numberOrdinalRefs(sent, p.lastQuestionNumber()))
			}
			if len(named) > 3 || slices.ContainsFunc(named, func(q *qstate) bool { return !open[q] }) {
				// "... a refusal notice for questions 1 to 4", "to
				// question 3 or question 4 on their own": about the
				// request, or beside an answer given elsewhere.
				continue
			}
			for _, q := range named {
				found[q] = append(found[q], sent)
				if _, ok := at[q]; !ok {
					at[q] = para.line
				}
			}
		}
	}
	for q, sents := range found {
		q.answer, q.hasAnswer, q.answerLine = sents, true, at[q]
	}
}

// notedGrounds gives an answer that points to a labelled note of the
// letter's reasons ("Withheld – see Reasons, paragraph (a).", "See note
// B below.") the opening of that note ("(a) Section 31(1)(g) – law
// enforcement.", "Note B – Section 31(1)(a) Law enforcement"), which
// names the provision the answer applies and does not name itself.
func (p *parser) notedGrounds() {
	notes := map[string]string{}
	for i, raw := range p.lines {
		m := reNoteLabel.FindStringSubmatch(strings.TrimSpace(raw))
		if m == nil || (i > 0 && strings.TrimSpace(p.lines[i-1]) != "") {
			continue
		}
		key := strings.ToLower(m[1] + m[2])
		if _, ok := notes[key]; ok {
			continue
		}
		rest := strings.TrimSpace(p.paragraphAt(i)[len(m[0]):])
		if sents := splitSentences(rest); len(sents) > 0 {
			first := strings.TrimSpace(sents[0])
			if len(findCitations(first, p.regime)) > 0 && len(first) < 160 {
				notes[key] = first
			}
		}
	}
	if len(notes) == 0 {
		return
	}
	for _, q := range p.questions {
		answer := joinText(q.answer)
		for _, m := range reSeeNote.FindAllStringSubmatch(answer, -1) {
			if note, ok := notes[strings.ToLower(m[1])]; ok {
				q.answer = append(q.answer, note)
			}
		}
	}
}

// reNoteLabel opens a note of reasons by its label: "(a)", "Note A –",
// "Note 2:"; group 1 or 2 is the label.
var reNoteLabel = mustRx(`^(?:\(([a-z])\)|(?i:note)\s+([a-z0-9]{1,2})\b\s*[-–—:.]?)\s*`)

// reSeeNote points an answer to a labelled note; its group is the label.
var reSeeNote = mustRx(`(?i)\bsee\s+(?:the\s+)?(?:reasons?\s*,?\s*)?(?:note|paragraph|para\.?)\s*\(?([a-z0-9]{1,2})\)?`)

// digitsForWordRefs writes the number words that follow "question",
// "point" or "item" as digits ("points ten and eleven" as "points 10 and
// 11"), for the readers of question references.
func digitsForWordRefs(s string) string {
	if !reWordRef.MatchString(s) {
		return s
	}
	return reWordRef.ReplaceAllStringFunc(s, func(ref string) string {
		return reCardinal.ReplaceAllStringFunc(ref, func(w string) string {
			if n := cardinalWords[strings.ToLower(w)]; n > 0 {
				return strconv.Itoa(n)
			}
			return w
		})
	})
}

// reWordRef is a question named by number words: "question two", "points
// seven and nine".
var reWordRef = mustRx(`(?i)\b(?:questions?|points?|items?)\s+` + cardinal + `(?:\s*(?:,|&|and|to|or)\s*` + cardinal + `)*\b`)

// reCardinal is one of cardinalWords.
var reCardinal = mustRx(`(?i)\b` + cardinal + `\b`)

// cardinal matches the number words of cardinalWords.
const cardinal = `(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`

// reAppliesProvision says a provision applies: "Section 18(1) of the Act
// applies, read with section 35(1)(a), where revealing ... would be
// contrary to the public interest" decides, whatever it says of the
// public interest.
var reAppliesProvision = mustRx(`(?i)\b(?:section|regulation)\s*\d+(?:\(\w+\))*(?:\s+of\s+the\s+(?:act|regulations))?\s+(?:applies|is\s+engaged)\b`)

// answeredApart reports whether a question has an answer of its own
// that releases something: a letter that answers one question in its own
// paragraph ("In response to your first question: Taser was discharged
// on 93 occasions") and refuses another on cost has not refused the whole
// request.
func answeredApart(qs []*qstate, regime Regime) bool {
	for _, q := range qs {
		if q.hasAnswer && len(q.decisions) == 0 && len(q.answer) > 0 && classifyText(joinText(q.answer), regime).kind == Released {
			return true
		}
	}
	return false
}

// nextTargets narrows the questions a new paragraph shares words with,
// when it shares them with several. Under a heading that went to some of
// them, the paragraph goes on with those ("The consultancy review" over
// "The review was carried out by ..."). Otherwise it answers those not
// yet answered: a letter answering in paragraphs goes on to the next
// thing asked ("The five operators that received the largest amounts
// were Westerby Cars ..." shares the county's name with the question
// answered two paragraphs above).
func nextTargets(targets, before []*qstate, heading bool, found map[*qstate][]string) []*qstate {
	var kept []*qstate
	for _, q := range targets {
		if heading && slices.Contains(before, q) || !heading && len(found[q]) == 0 {
			kept = append(kept, q)
		}
	}
	if len(kept) == 0 {
		return targets
	}
	return kept
}

// lastlyAnswer reads the paragraph that opens "Lastly," or "Finally,"
// as the answer to the last question, when every other question has its
// answer and that one has none: a letter that answers in prose "In reply
// to your first question ... On your fourth question ... Lastly, a copy
// of the diary is attached" counts its way to the end without naming the
// last question. Read as a decision of the whole letter, the paragraph
// would give its stance to nothing or to everything left.
func (p *parser) lastlyAnswer() {
	n := len(p.questions)
	if n < 2 || p.questions[n-1].hasAnswer || len(p.questions[n-1].decisions) > 0 {
		return
	}
	after := -1
	for _, q := range p.questions[:n-1] {
		if !q.hasAnswer {
			return
		}
		after = max(after, q.answerLine)
	}
	for i := after + 1; i < len(p.lines); i++ {
		s := strings.TrimSpace(p.lines[i])
		if s == "" || p.used[i] {
			continue
		}
		if isBoilerplate(s) {
			return
		}
		if !reLastly.MatchString(s) {
			continue
		}
		var para []string
		taken := map[string]bool{}
		for j := i; j < len(p.lines); j++ {
			t := strings.TrimSpace(p.lines[j])
			if t == "" || isBoilerplate(t) {
				break
			}
			if p.used[j] {
				// The paragraph's lines after its first, read on into the
				// answer before it: they are this answer's.
				taken[t] = true
			}
			para = append(para, t)
			p.used[j] = true
		}
		if len(taken) > 0 {
			for _, q := range p.questions[:n-1] {
				q.answer = slices.DeleteFunc(q.answer, func(l string) bool { return taken[strings.TrimSpace(l)] })
			}
		}
		para[0] = reLastly.ReplaceAllString(para[0], "")
		last := p.questions[n-1]
		last.answer, last.hasAnswer, last.answerLine = para, true, i
		return
	}
}

// reLastly opens the answer to a letter's last question.
var reLastly = mustRx(`^(?i:(?:and\s+)?(?:lastly|finally))\s*,\s+`)

// reAsAWhole says a decision covers the whole request.
var reAsAWhole = mustRx(`(?i)\b(?:whole|entirety|as\s+a\s+whole|any\s+part\s+of|all\s+(?:of\s+)?(?:your|the)\s+(?:request|questions))\b`)

// reWholeRequestTalk speaks of the request as a whole.
var reWholeRequestTalk = mustRx(`(?i)\byour\s+(?:request|email|e-mail|letter)\b|\bour\s+decision\b|\bthe\s+rest\s+of\b`)

// quotesLaw reports whether a paragraph is the text of a provision,
// quoted under the paragraph that introduces it ("... regulation 12(5)(b)
// provides:").
func quotesLaw(intro, para string) bool {
	para = strings.TrimSpace(para)
	return (strings.HasPrefix(para, `"`) || strings.HasPrefix(para, "“")) && reIntroducesLaw.MatchString(strings.TrimSpace(intro))
}

// reIntroducesLaw ends a sentence that introduces the words of a
// provision: "Section 43(2) provides:", "regulation 12(5)(b) states that:".
var reIntroducesLaw = mustRx(`(?i)\b(?:section|regulation|reg\.?|s\.?)\s*\d+[a-z]?(?:\s*\([0-9a-z]+\))*(?:\s+of\s+the\s+[\w\s]{1,40}?)?\s+(?:provides|states|reads|says|sets\s+out)(?:\s+that)?\s*:$`)

// reRequesterTalk is a requester's courtesy or wish about the form of
// the reply, at the end of a request sent on its own: "I would prefer to
// receive the information electronically", "Thank you for your help".
// It answers nothing, whatever words it shares with a question.
var reRequesterTalk = mustRx(`(?i)^\W*(?:i\s+would\s+(?:prefer|like)\s+to\s+receive\b|i\s+look\s+forward\s+to\b|thank\s+you\s+(?:for\s+your\s+(?:help|time|assistance)|in\s+advance)\b|please\s+(?:send|provide|supply)\s+(?:the|this)\s+information\s+(?:by\s+e-?mail|electronically|in\s+(?:electronic|digital))\b)`)

// wholeRequestTalk reports whether s speaks of the request as a whole:
// "this part of your request" speaks of one part, the one answered
// ("We consider this part of your request manifestly unreasonable and
// refuse it under regulation 12(4)(b)").
func wholeRequestTalk(s string) bool {
	for _, m := range reWholeRequestTalk.FindAllStringIndex(s, -1) {
		if !reAPartOf.MatchString(s[:m[0]]) {
			return true
		}
	}
	return false
}

// partOf is "part of", "element of" and the like.
const partOf = `(?:part|element|aspect|limb|strand)s?\s+of\s+`

// reOnePart speaks of one part of the request: "We consider this part
// of your request manifestly unreasonable", in the paragraph that answers
// that part.
var reOnePart = mustRx(`(?i)\b(?:this|that)\s+` + partOf + `(?:your|the)\s+request\b`)

// reAPartOf ends with partOf.
var reAPartOf = mustRx(`(?i)\b` + partOf + `$`)

// proseParagraph is a paragraph of the response and its first line;
// heading is set for a topic heading read alone (topicHeadingAt).
type proseParagraph struct {
	text    string
	line    int
	heading bool
}

// responseParagraphs returns the paragraphs after the restated request
// that no earlier reading used (or all of them, with used), up to the
// letter's closing boilerplate.
func (p *parser) responseParagraphs(used bool) []proseParagraph {
	var out []proseParagraph
	var cur []string
	start := -1
	flush := func() {
		if len(cur) > 0 {
			out = append(out, proseParagraph{text: strings.Join(cur, " "), line: start})
		}
		cur, start = nil, -1
	}
	for i := p.respStart; i < len(p.lines); i++ {
		s := strings.TrimSpace(p.lines[i])
		if s == "" || p.used[i] && !used {
			flush()
			continue
		}
		if isBoilerplate(s) && !p.askedTopicHeading(i) {
			break
		}
		if start < 0 && p.topicHeadingAt(i) {
			// A heading over what answers it reads alone.
			flush()
			out = append(out, proseParagraph{text: s, line: i, heading: true})
			continue
		}
		if isArgumentHeading(s) {
			// The public interest argued at length belongs to the
			// decision it follows, not to whichever question shares a
			// word with it.
			flush()
			continue
		}
		if start < 0 {
			start = i
		}
		cur = append(cur, s)
	}
	flush()
	return out
}

// coordinatedTargets returns the questions a sentence answers together
// when it joins two things with "or" or "and", each the words of another
// question ("the names of the dismissed staff, or the names of the
// practitioners responsible"); nil when it joins no such things.
func (p *parser) coordinatedTargets(sent string, qw questionWords) []*qstate {
	parts := reCoordination.Split(sent, -1)
	if len(parts) < 2 || len(parts) > 4 {
		return nil
	}
	var out []*qstate
	for _, part := range parts {
		qs, named := p.proseTargets(part, qw, true)
		if named || len(qs) != 1 || slices.Contains(out, qs[0]) {
			return nil
		}
		out = append(out, qs[0])
	}
	return out
}

// reCoordination joins two things of one sentence: ", or the names of",
// "and the addresses of".
var reCoordination = mustRx(`(?i),?\s+(?:or|and|nor)\s+(?:the|their|its|any)\s+(?:names?|addresses|numbers?|details|locations?|identities|amounts?|dates?)\s+of\b`)

// sectionTargets finds the topic headings among a response's paragraphs
// ("Shifts and spend", "Agencies used", "Off-framework policy"), two at
// least, and the questions each names by its words, by index of the
// paragraph. A heading that names several questions gives up those that
// another heading names alone: "Agencies used" heads the answer on the
// agencies' names, where "Off-framework policy" heads the one on the
// policy about off-framework agencies.
func (p *parser) sectionTargets(paras []proseParagraph, qw questionWords) map[int][]*qstate {
	out := map[int][]*qstate{}
	for k, para := range paras {
		if !para.heading || k+1 >= len(paras) {
			continue
		}
		if q := p.restatedQuestion(para.text); q != nil {
			out[k] = []*qstate{q} // the question itself, said again
			continue
		}
		if qs, named := p.proseTargets(para.text, qw, true); named {
			out[k] = qs
			continue
		}
		// Every question the heading shares a telling word with: a
		// heading lists its topics ("Spill data, monitors and
		// investment").
		words := contentStems(para.text)
		var qs []*qstate
		for _, q := range p.questions {
			if qw.shared(q, words) >= 0.5 {
				qs = append(qs, q)
			}
		}
		out[k] = qs
	}
	if len(out) < 2 {
		return nil
	}
	alone := map[*qstate]bool{}
	for _, qs := range out {
		if len(qs) == 1 {
			alone[qs[0]] = true
		}
	}
	for k, qs := range out {
		if len(qs) < 2 {
			continue
		}
		var kept []*qstate
		for _, q := range qs {
			if !alone[q] {
				kept = append(kept, q)
			}
		}
		if kept != nil {
			out[k] = kept
		}
	}
	return out
}

// claimed reports whether some topic heading names every one of qs, and
// there is one at least.
func claimed(qs []*qstate, sections map[int][]*qstate) bool {
	if len(qs) == 0 {
		return false
	}
	for _, q := range qs {
		named := false
		for _, sqs := range sections {
			if slices.Contains(sqs, q) {
				named = true
				break
			}
		}
		if !named {
			return false
		}
	}
	return true
}

// intersect returns the questions of a that b holds too, in a's order;
// nil when there are none.
func intersect(a, b []*qstate) []*qstate {
	var out []*qstate
	for _, q := range a {
		if slices.Contains(b, q) {
			out = append(out, q)
		}
	}
	return out
}

// topicHeadingAt reports whether line i is a topic heading over the
// text that answers it ("Reservoir inundation maps", "Complaints" where a
// question asks about complaints), a blank line below it or none: the
// heading names what follows, and is no part of its first sentence.
func (p *parser) topicHeadingAt(i int) bool {
	s := strings.TrimSpace(p.lines[i])
	if strings.Contains(s, "\t") {
		return false // a table's row, its cells apart
	}
	if !topicHeadingLine(s) && !(isBoilerplate(s) && p.askedTopicHeading(i)) && !p.restatedHeading(i) {
		return false
	}
	j := p.nextNonBlank(i)
	return j < len(p.lines) && !isBoilerplate(strings.TrimSpace(p.lines[j]))
}

// restatedHeading reports whether line i, a paragraph of its own,
// restates one question of the request over its answer (the request
// listed as bullets, then each item again as the heading of its answer:
// "The tonnage of fly-tipped waste collected in Lyle in 2023/24").
func (p *parser) restatedHeading(i int) bool {
	if i+1 < len(p.lines) && strings.TrimSpace(p.lines[i+1]) != "" || i > 0 && strings.TrimSpace(p.lines[i-1]) != "" {
		return false
	}
	s := strings.TrimSpace(p.lines[i])
	if len(s) > 240 || s == "" || s[0] < 'A' || s[0] > 'Z' || strings.ContainsAny(s[len(s)-1:], ".;:,!") {
		// A sentence that ends is an answer saying what was asked
		// ("In 2023/24 the Trust spent £2,318,560 on bank staff ..."),
		// not a heading.
		return false
	}
	return p.restatedQuestion(s) != nil
}

// restatedQuestion returns the one question whose words s repeats nearly
// all of, and little else; nil when none does, or more than one.
func (p *parser) restatedQuestion(s string) *qstate {
	words := contentStems(s)
	if len(words) < 3 {
		return nil
	}
	var best *qstate
	bestScore, tie := 0.0, false
	for _, q := range p.questions {
		qs := p.stemsOf(q)
		n := 0
		for w := range words {
			if qs[w] {
				n++
			}
		}
		a, b := float64(n)/float64(len(words)), float64(n)/float64(max(1, len(qs)))
		if a < 0.8 || b < 0.7 {
			continue
		}
		switch sc := min(a, b); {
		case sc > bestScore:
			best, bestScore, tie = q, sc, false
		case sc == bestScore:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}

// stemsOf returns the content stems of q's text, worked out once: it is
// for the reading of the answers, when the questions' texts are settled.
// The map is shared: callers only read it.
func (p *parser) stemsOf(q *qstate) map[string]bool {
	if st, ok := p.stems[q]; ok {
		return st
	}
	if p.stems == nil {
		p.stems = map[*qstate]map[string]bool{}
	}
	st := contentStems(joinText(q.text))
	p.stems[q] = st
	return st
}

// askedTopicHeading reports whether line i, which reads as the heading
// of the letter's closing rights ("Complaints"), heads instead the answer
// to a question about the same thing ("the number of complaints received
// in 2024/25 that concerned agency nurses"): a question names it, and the
// paragraph below says nothing of reviews, complaints procedures or the
// Commissioner.
func (p *parser) askedTopicHeading(i int) bool {
	h := strings.ToLower(strings.Trim(strings.TrimSpace(p.lines[i]), "*_#: "))
	if len(strings.Fields(h)) != 1 || len(h) < 4 {
		return false
	}
	stem := strings.TrimSuffix(h, "s")
	asked := false
	for _, q := range p.questions {
		if strings.Contains(strings.ToLower(strings.Join(q.text, " ")), stem) {
			asked = true
			break
		}
	}
	if !asked {
		return false
	}
	para := strings.ToLower(p.paragraphAt(p.nextNonBlank(i)))
	return para != "" && !reRightsTalk.MatchString(para)
}

// reRightsTalk is the talk of a letter's closing rights.
var reRightsTalk = mustRx(`\b(?:internal\s+review|commissioner|ombudsman|complaints?\s+(?:procedure|process|policy)|(?:dis|un)satisfied|unhappy|right\s+to|appeal)`)

// questionWords are the content words of each question with their
// weights: a word only one question uses says most about which question a
// sentence answers.
type questionWords struct {
	weight map[string]float64
	asked  map[*qstate]map[string]bool
}

// questionWords returns the content words of p's questions.
func (p *parser) questionWords() questionWords {
	qw := questionWords{weight: map[string]float64{}, asked: map[*qstate]map[string]bool{}}
	count := map[string]int{}
	for _, q := range p.questions {
		w := contentStems(reBodyItself.ReplaceAllString(joinText(q.text), " "))
		for k := range w {
			if proseStopWords[k] {
				delete(w, k)
				continue
			}
			count[k]++
		}
		qw.asked[q] = w
	}
	for k, n := range count {
		qw.weight[k] = 1 / float64(n)
	}
	return qw
}

// shared is the weight of the words of a sentence (contentStems) that
// question q asks with.
func (qw questionWords) shared(q *qstate, words map[string]bool) float64 {
	s := 0.0
	for k := range qw.asked[q] {
		if words[k] {
			s += qw.weight[k]
		}
	}
	return s
}

// reBodyItself is the body named by its kind, in capitals, as requests
// name it ("what does it cost the Service each time it attends"): it
// says nothing of what is asked, where "bus services" would.
var reBodyItself = mustRx(`\b(?:[Tt]he|[Yy]our|[Oo]ur|[Tt]his)\s+(?:Service|College|Commission|Agency|Partnership|Executive|Office|Academy|Corporation|Company|Regulator|Ombudsman|Inspectorate)(?:'s|’s)?\b`)

// proseStopWords are words of the asking itself, which every request
// shares with its answers ("how many", "please provide", "the number").
var proseStopWords = map[string]bool{
	"many": true, "much": true, "what": true, "when": true, "where": true, "whether": true,
	"year": true, "last": true, "total": true, "copy": true, "send": true, "list": true,
	"state": true, "tell": true, "also": true, "your": true, "does": true, "were": true,
	"been": true, "they": true, "them": true, "these": true, "those": true, "there": true,
	// A body's words for itself ("the Trust's commercial position").
	"trust": true, "council": true, "force": true, "board": true, "authority": true, "department": true,
	"university": true, "constabulary": true,
}

// reNamingClause opens a clause, after a comma and "and" or a semicolon,
// that turns to another question by name: "..., and in reply to your
// second question, sixty-three of those consignments were rejected". Its
// group is where the clause starts.
var reNamingClause = mustRx(`(?i)(?:,\s*(?:and|while|whilst)|;(?:\s*and)?)\s+((?:in\s+(?:reply|answer|response)\s+to|as\s+(?:to|for|regards)|turning\s+to|with\s+regard\s+to|regarding)\s+(?:(?:your|the|my)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last)\s+(?:question|point|query|request)|(?:question|point|request)\s+\d{1,2}\b))`)

// splitNamingClauses splits sentences where a clause turns to another
// question by name, so that each question takes its own clause.
func splitNamingClauses(sents []string) []string {
	var out []string
	for _, s := range sents {
		for {
			m := reNamingClause.FindStringSubmatchIndex(s)
			if m == nil || m[0] == 0 {
				break
			}
			out = append(out, strings.TrimSpace(s[:m[0]]))
			s = s[m[2]:]
		}
		out = append(out, s)
	}
	return out
}

// reProseOrdinal names questions by place in words: "your first two
// questions", "your final question", "the third part of your request".
var reProseOrdinal = mustRx(`(?i)\b(?:your|the|my)\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last)(?:\s+(two|three|four))?\s+(?:questions?|points?|quer(?:y|ies)|parts?\s+of\s+(?:your|the)\s+request|requests?)\b`)

// unanswered returns those of qs no paragraph before has answered: a
// paragraph that turns to the last thing asked ("Lastly, the minutes are
// enclosed. We have redacted the names of junior officials ...") does not
// turn back, by a word or two, to a question answered above it.
func unanswered(qs []*qstate, said map[*qstate]bool) []*qstate {
	var out []*qstate
	for _, q := range qs {
		if !said[q] {
			out = append(out, q)
		}
	}
	return out
}

// movesOn reports whether a sentence in a paragraph about the questions
// last turns to others: it shares a word or more that only one other
// question uses, and twice what it shares with them.
func movesOn(sent string, targets, last []*qstate, qw questionWords) bool {
	words := contentStems(sent)
	before := 0.0
	for _, q := range last {
		before = max(before, qw.shared(q, words))
	}
	best := 0.0
	for _, q := range targets {
		best = max(best, qw.shared(q, words))
	}
	return best >= 1.5 && best > 2*before
}

// proseTargets returns the questions a sentence of a prose response
// answers, and whether it names them (by number or place); nil when it
// names or shares nothing. Unless within is set (the questions all share
// one answer), a sentence most like a question answered elsewhere is about
// that one, and answers none of these.
func (p *parser) proseTargets(sent string, qw questionWords, within bool) ([]*qstate, bool) {
	if m := reProseOrdinal.FindStringSubmatch(sent); m != nil {
		n := wordNumber(m[1])
		if strings.EqualFold(m[1], "final") || strings.EqualFold(m[1], "last") {
			n = p.questions[len(p.questions)-1].key.num
		}
		count := 1
		if m[2] != "" {
			count = wordNumber(m[2])
		}
		var qs []*qstate
		for _, q := range p.questions {
			if q.key.part == p.questions[0].key.part && q.key.num >= n && q.key.num < n+count {
				qs = append(qs, q)
			}
		}
		if len(qs) > 0 {
			return qs, true
		}
	}
	if qs := p.questionsNamed(p.letteredRefs(sent)); len(qs) > 0 {
		return qs, true
	}
	words := contentStems(sent)
	score := map[*qstate]float64{}
	best := 0.0
	for _, q := range p.questions {
		score[q] = qw.shared(q, words)
		best = max(best, score[q])
	}
	// A word shared with one or two questions is enough; a word that
	// more use is not.
	if best < 0.5 {
		return nil, false
	}
	decidedBest, openBest := false, false
	for _, q := range p.questions {
		if score[q] != best {
			continue
		}
		if !within && q.hasAnswer {
			// About a question answered elsewhere ("The University has
			// decided to release the supplier names, and these are
			// given below").
			return nil, false
		}
		if decidedAgainst(q) {
			decidedBest = true
		} else {
			openBest = true
		}
	}
	if !within && decidedBest && !openBest {
		// About a question decided elsewhere, and no other as much:
		// "Ward names and patients' ages ... could identify the
		// individuals who died" gives the reasons for withholding the
		// questions on wards and ages, and answers none of those it
		// shares a word with (the one on coroners' reports).
		return nil, false
	}
	var qs []*qstate
	for _, q := range p.questions {
		if score[q] >= best*0.8 || score[q] >= 1 {
			qs = append(qs, q)
		}
	}
	return p.bySubject(sent, qs, qw, score, best), false
}

// bySubject weighs the word a sentence is about, its first content word,
// in choosing among the questions it shares words with (qs, scored by
// score, best the highest). A question that holds that word counts it
// twice, and is among the sentence's questions if so it scores near the
// best: "The revenue is not ring-fenced, but ... including bringing empty
// homes back into use" answers "How is the revenue from the premium
// spent?" as much as "How many properties were charged the second homes
// premium?". And a sentence that says one thing (no "and", no semicolon)
// answers the one question of qs that holds that word, where one does:
// "The names of individual civil enforcement officers are withheld"
// answers "give me the names of the three enforcement officers who issued
// the most tickets", not "whether the council sets any targets for its
// civil enforcement officers", though it shares as much with each.
func (p *parser) bySubject(sent string, qs []*qstate, qw questionWords, score map[*qstate]float64, best float64) []*qstate {
	subject := subjectOf(sent)
	if subject == "" || len(qs) == 0 {
		return qs
	}
	// In the order asked, as qs is and the sentences are given.
	near := qs
	qs = nil
	for _, q := range p.questions {
		if slices.Contains(near, q) || qw.asked[q][subject] && score[q]+qw.weight[subject] >= best*0.8 {
			qs = append(qs, q)
		}
	}
	if len(qs) > 1 && !reTwoClauses.MatchString(mainClause(sent)) {
		var holds []*qstate
		for _, q := range qs {
			if qw.asked[q][subject] {
				holds = append(holds, q)
			}
		}
		if len(holds) == 1 {
			return holds
		}
	}
	return qs
}

// mainClause is a sentence up to its reasons or a clause about something
// it named: "The breakdown of commission by agent has been withheld" of
// "... withheld because ... both of the University and of the agents".
func mainClause(sent string) string {
	if loc := reClauseBreak.FindStringIndex(sent); loc != nil {
		return sent[:loc[0]]
	}
	return sent
}

// reClauseBreak opens a sentence's reasons or a clause about something
// it named.
var reClauseBreak = mustRx(`(?i)\b(?:because|since|whose|which|where)\b|[;:]`)

// reTwoClauses finds a sentence that says two things.
var reTwoClauses = mustRx(`(?i)\band\b|;`)

// subjectOf returns a sentence's first content word, as contentStems
// stems it ("" when it has none).
func subjectOf(sent string) string {
	for _, w := range stemWords(sent) {
		if st := contentStem(w); st != "" {
			if proseStopWords[st] {
				return ""
			}
			return st
		}
	}
	return ""
}

// mergedCells gives a question the answer of the question before it
// where a table's answer cell spans both rows: the cell's text opens by
// naming both ("Questions 4 and 5: information held but withheld under
// section 43(2)") and the second row has no answer or only the cell's
// second half, or the second row's cell holds a ditto mark and the rest
// of the first's text ("〃 future negotiations."). The two then share one
// answer, which splitGroupedAnswers may divide.
func (p *parser) mergedCells() {
	for k := 1; k < len(p.questions); k++ {
		q, prev := p.questions[k], p.questions[k-1]
		if q.key.part != prev.key.part || q.key.num != prev.key.num+1 || !prev.hasAnswer || len(prev.answer) == 0 || len(q.decisions) > 0 {
			continue
		}
		own := strings.TrimSpace(joinText(q.answer))
		switch mark := reDitto.FindString(own); {
		case q.hasAnswer && mark != "":
			// The rest of the merged cell, which ran on beside this
			// row, ends the text of the one above.
			if rest := strings.TrimSpace(own[len(mark):]); rest != "" {
				prev.answer = append(prev.answer, rest)
			}
		case (!q.hasAnswer && own == "" || q.hasAnswer && startsLower(own)) && slices.Contains(parseLabel(strings.TrimSpace(prev.answer[0])).nums, q.key.num):
			// The cell that names both, with nothing beside this row or,
			// centred across the two rows in a PDF and read half to
			// each, this row's half, which goes on the text above
			// mid-sentence ("... the formulation and" / "development of
			// a safe space ...").
			if q.hasAnswer {
				prev.answer = append(prev.answer, q.answer...)
			}
		default:
			continue
		}
		q.answer = slices.Clone(prev.answer)
		q.hasAnswer = true
		q.answerLine = prev.answerLine
	}
}

// reDitto opens a table cell that repeats the one above: the mark the
// extractors write for a merged cell ("〃", the constant ditto, written
// out so that the expression's tests can read it), another ditto mark,
// "ditto".
var reDitto = mustRx(`(?i)^\W{0,2}(?:〃|″|ditto\b)\W*`)

// splitGroupedAnswers reads an answer given to several questions at once
// ("Questions 4 & 5: The Trust spent £387,250 ... The amounts paid to
// each provider are withheld under section 43(2)") sentence by sentence,
// as proseAnswers reads prose, so that each question takes the stance of
// the sentences that answer it; the answer shown stays whole. A sentence
// that fits none goes on the questions of the sentence before it, or to
// every question of the group. Only an answer that is a partial release
// is divided, and only when every question keeps a sentence and one of
// them fewer than another.
func (p *parser) splitGroupedAnswers() {
	groups := map[int][]*qstate{}
	for _, q := range p.questions {
		if q.hasAnswer && q.answerLine >= 0 && len(q.answer) > 0 {
			groups[q.answerLine] = append(groups[q.answerLine], q)
		}
	}
	for _, g := range groups {
		if len(g) < 2 || len(g) > 4 {
			continue
		}
		text := joinText(g[0].answer)
		same := true
		for _, q := range g[1:] {
			same = same && joinText(q.answer) == text
		}
		if !same || classifyText(text, p.regime).kind != PartiallyReleased {
			// Only an answer that releases some and withholds some may
			// do each for a different question; a refusal or a
			// withholding of the group is every question's.
			continue
		}
		sub := &parser{questions: g, byKey: map[qkey]*qstate{}, regime: p.regime}
		for _, q := range g {
			sub.byKey[q.key] = q
		}
		qw := sub.questionWords()
		own := map[*qstate][]string{}
		var last []*qstate
		for _, sent := range splitSentences(text) {
			sent = strings.TrimSpace(sent)
			if sent == "" {
				continue
			}
			targets, named := sub.proseTargets(sent, qw, true)
			if targets == nil && last != nil && !named {
				targets = last
			}
			if targets == nil {
				targets = g
			}
			for _, q := range targets {
				own[q] = append(own[q], sent)
			}
			last = targets
		}
		all, uneven := true, false
		for _, q := range g {
			all = all && len(own[q]) > 0
			uneven = uneven || len(own[q]) != len(own[g[0]])
		}
		if !all || !uneven {
			continue
		}
		for _, q := range g {
			q.own = own[q]
		}
	}
}

// saysDecided reports whether the sentences found for a question that a
// decision sent to the answers below, beside those naming questions (the
// decision itself), say what the decision decided: sentences that say
// something else ("Similarly, section 38 has not been used") answer
// another question or none.
func (p *parser) saysDecided(sents []string, kind StanceKind) bool {
	var own []string
	for _, s := range sents {
		if len(p.questionsNamed(s)) == 0 {
			own = append(own, s)
		}
	}
	return len(own) > 0 && classifyText(strings.Join(own, " "), p.regime).kind == kind
}

// decidedAgainst reports whether a decision elsewhere in the letter gives
// q a stance other than release (withheld, not held, refused ...).
func decidedAgainst(q *qstate) bool {
	if len(q.decisions) == 0 || deferred(q) {
		return false
	}
	for _, d := range q.decisions {
		if d.r.kind == Released {
			return false
		}
	}
	return true
}

// swapQuotedRequest handles a reply whose numbered answers come first and
// the request they answer is quoted below them, as an email reply sits
// above the message it answers: read in order, the answers are taken for
// the questions and the questions for answers keyed to them by number.
// When every question has such an answer, and most of those answers ask
// while at most a third of the questions do, the two change places.
func (p *parser) swapQuotedRequest() {
	if len(p.questions) < 2 {
		return
	}
	asks := func(lines []string) bool {
		s := strings.TrimSpace(joinText(lines))
		return strings.HasSuffix(s, "?") || reBulletAsks.MatchString(s)
	}
	textAsks, answerAsks := 0, 0
	for _, q := range p.questions {
		if !q.hasAnswer || len(q.answer) == 0 || q.answerLine <= q.firstLine {
			return
		}
		if asks(q.text) {
			textAsks++
		}
		if asks(q.answer) {
			answerAsks++
		}
	}
	n := len(p.questions)
	if answerAsks*3 < n*2 || textAsks*3 > n {
		return
	}
	for _, q := range p.questions {
		q.text, q.answer = q.answer, q.text
		q.firstLine, q.answerLine = q.answerLine, q.firstLine
	}
}
