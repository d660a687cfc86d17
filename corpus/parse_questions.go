package corpus

import (
	"slices"
	"strings"
)

// findQuestions reads the restated request: the numbered items (with parts
// whose numbering restarts), and, where the layout interleaves them, the
// answer that follows each. It sets respStart to where the authority's own
// response begins.
func (p *parser) findQuestions() {
	if p.findTableQuestions() {
		return
	}
	start := p.firstItem()
	b0, b1 := p.bulletRequest()
	if b0 >= 0 && start < 0 && p.readAnsweredBullets() {
		// Each point of the request answered on the line under it, as a
		// disclosure log inserts its answers into the requester's
		// e-mail ("• How much the council spent on TA in 2023/24." /
		// "£71.6 million (gross) ..."): the answers are no wrapped lines
		// of the points.
		return
	}
	if b0 >= 0 && (start < 0 || b1 < start && (p.responseBetween(b1, start) || p.keysBullets(b0, b1, start) || p.numbersBullets(b1, start) || p.answerKeyAt(start))) {
		// The request was a bulleted list; a numbered list after it is
		// the authority numbering its answers, as a key in an answer's
		// voice after it is ("Points 1 and 2: In 2023/24 crews
		// attended ...").
		p.readBullets(b0, b1)
		return
	}
	if start < 0 {
		if !p.readAnsweredBullets() && !p.readAnsweredParagraphs() && !p.readReportedTurns() {
			p.findUnnumberedQuestions()
		}
		return
	}
	if p.proseKeyedByNumbers(start) {
		return
	}
	p.readRun(start)
	if !p.splitInlineAnswers() {
		p.trimTrailingResponse()
	}
}

// answersAfterDash reads answers given on each question's own line after
// a dash ("1. How many Penalty Charge Notices were issued in 2024? –
// 68,412"), where most questions have one and none has an answer yet;
// the answer runs on over the question's later lines. It reports whether
// it read them.
func (p *parser) answersAfterDash() bool {
	if len(p.questions) < 2 {
		return false
	}
	at := map[*qstate][2]int{}
	for _, q := range p.questions {
		if q.hasAnswer {
			return false
		}
		for k, l := range q.text {
			if m := reDashAnswer.FindStringSubmatchIndex(l); m != nil {
				at[q] = [2]int{k, m[2]}
				break
			}
		}
	}
	if len(at)*2 < len(p.questions) || len(at) < 2 {
		return false
	}
	for q, a := range at {
		q.answerFrom(a[0], a[1], func(asked string) string { return reDashTail.ReplaceAllString(asked, "?") })
	}
	return true
}

// answerFrom splits q at offset from of its line k: the rest of that line
// and the lines after it are its answer, what comes before its question,
// as tidy makes it (nil: as it stands).
func (q *qstate) answerFrom(k, from int, tidy func(asked string) string) {
	line := q.text[k]
	asked := line[:from]
	if tidy != nil {
		asked = tidy(asked)
	}
	q.answer = append([]string{strings.TrimSpace(line[from:])}, q.text[k+1:]...)
	q.text = append(q.text[:k:k], strings.TrimSpace(asked))
	q.hasAnswer = true
}

// answersAfterMark reads answers set on each question's own line right
// after its question mark, with no dash or label between ("1. How many
// registered providers did the Regulator inspect in 2022? 41.", the
// answer in bold that the text has lost), where no question has an
// answer yet and most read so. What follows a question mark is an answer
// only where most such tails open as answers do: a request's own next
// sentence ("? Please break this down by year.") asks for more.
func (p *parser) answersAfterMark() bool {
	if len(p.questions) < 2 {
		return false
	}
	at := map[*qstate][2]int{}
	opens := 0
	for _, q := range p.questions {
		if q.hasAnswer {
			return false
		}
		for k, l := range q.text {
			m := reMarkAnswer.FindStringSubmatchIndex(l)
			if m == nil {
				continue
			}
			tail := l[m[2]:]
			if reRequesterAsks.MatchString(tail) || reAsksFurther.MatchString(tail) || strings.HasSuffix(strings.TrimSpace(tail), "?") {
				break
			}
			at[q] = [2]int{k, m[2]}
			if reAnswerOpening.MatchString(tail) {
				opens++
			}
			break
		}
	}
	if len(at)*2 < len(p.questions) || len(at) < 2 || opens*2 <= len(at) {
		return false
	}
	for _, q := range p.questions {
		if _, ok := at[q]; ok {
			continue
		}
		// "4. Please provide the briefing paper ... January 2023. We
		// hold the paper. ...": a request put without a question mark,
		// its answer after the sentence that asks.
	lines:
		for k, l := range q.text {
			for _, m := range reSentenceAnswer.FindAllStringSubmatchIndex(l, -1) {
				if tail := l[m[2]:]; reAnswerOpening.MatchString(tail) && !reAsksFurther.MatchString(tail) {
					at[q] = [2]int{k, m[2]}
					break lines
				}
			}
		}
	}
	for q, a := range at {
		q.answerFrom(a[0], a[1], nil)
	}
	return true
}

// answersAfterColon reads answers set after a short label of what was
// asked ("1. Incumbent supplier: Maxwell Unified Communications Ltd", "3.
// Contract expiry: 30 April 2026"), where every question reads so and
// none has an answer yet: the label is the question, what follows the
// colon its answer.
func (p *parser) answersAfterColon() bool {
	if len(p.questions) < 2 {
		return false
	}
	at := map[*qstate]int{}
	for _, q := range p.questions {
		if q.hasAnswer || len(q.text) == 0 {
			return false
		}
		m := reLabelAnswer.FindStringSubmatchIndex(q.text[0])
		if m == nil {
			return false
		}
		label := q.text[0][:m[3]]
		tail := joinText(append([]string{q.text[0][m[4]:]}, q.text[1:]...))
		if len(strings.Fields(label)) > 6 || reAsksFurther.MatchString(label) || reRequestWords.MatchString(label) ||
			strings.HasSuffix(tail, "?") || startsLower(tail) || reAsksFurther.MatchString(tail) || reRequestWords.MatchString(firstBytes(tail, 30)) {
			// "1. Incumbent Supplier: the supplier of each contract.",
			// "2. Contract value: please state the annual value": the
			// request's own label and what it asks for.
			return false
		}
		at[q] = m[4]
	}
	for q, from := range at {
		q.answerFrom(0, from, func(asked string) string { return strings.TrimSuffix(strings.TrimSpace(asked), ":") })
	}
	return true
}

// reLabelAnswer is a short label, a colon and what follows: group 1 is
// the label, group 2 the answer.
var reLabelAnswer = mustRx(`^\s*([^:?]{3,60}?):\s+(\S.*)$`)

// reRequestWords are words of an item that asks for something rather
// than labels it: "Please provide the following:".
var reRequestWords = mustRx(`(?i)\b(?:please|provide|following|list|copy|copies|details\s+of|send)\b`)

// reMarkAnswer is a question mark, its closing quotation mark or
// bracket if any, a space and a sentence's start; its group is where the
// sentence starts.
var reMarkAnswer = mustRx(`\?["”')]?\s+((?:\p{Lu}|\d|£)\S*)`)

// reSentenceAnswer is a full stop, a space and a sentence's start; its
// group is where the sentence starts.
var reSentenceAnswer = mustRx(`[a-z0-9)]\.\s+(\p{Lu}|\d|£)`)

// reAsksFurther opens a request's further sentence: "Please ...", "If so,
// ...", "For each ...", "In particular ...".
var reAsksFurther = mustRx(`^(?:Please|Kindly|If|For\s+(?:each|every|all|the)|In\s+particular|In\s+each|And|Also|Could|Can|Would|Where|What|How|Which|Who|When|Why|Does|Do|Did|Is|Are|Has|Have|I\s+(?:would|am|also|want)|This\s+(?:should|request|question)|To\s+clarify|By\s+this)\b`)

// reDashAnswer is a question's mark, a spaced dash and its answer on the
// same line; its group is the answer.
var reDashAnswer = mustRx(`\?\s+[–—-]\s+(\S.*)$`)

// reDashTail is the question's mark and the dash after it.
var reDashTail = mustRx(`\?\s+[–—-]\s+$`)

// trimTrailingResponse ends the restated request where the response
// begins when nothing marked it: the last question's text runs on into a
// new paragraph that is not part of it ("4. The income from PCNs in 2016."
// / "I regret that the council is unable ..."). Interleaved layouts keep
// their answers; this only runs when no question has one.
func (p *parser) trimTrailingResponse() {
	if len(p.questions) == 0 {
		return
	}
	for _, q := range p.questions {
		if q.hasAnswer {
			return
		}
	}
	p.trimLastQuestion(p.respStart)
}

// trimLastQuestion ends the last question's text where the response
// begins, when nothing marked it (trimTrailingResponse), looking no
// further than line limit and giving back to the response only the lines
// before it.
func (p *parser) trimLastQuestion(limit int) {
	last := p.questions[len(p.questions)-1]
	for k := last.firstLine + 1; k+1 < limit; k++ {
		if strings.TrimSpace(p.lines[k]) != "" {
			// Without a blank line: a sentence in the authority's own
			// voice after one that ended ("... 2021/22?" / "I am
			// withholding ...").
			if endsSentence(strings.TrimSpace(p.lines[k-1])) && reProseOpener.MatchString(strings.TrimSpace(p.lines[k])) {
				p.cutTextTo(last, k, limit)
				p.respStart = k
				return
			}
			continue
		}
		prev := strings.TrimSpace(p.lines[k-1])
		next := strings.TrimSpace(p.lines[k+1])
		if next == "" || !endsSentence(prev) || !startsParagraph(next) {
			continue
		}
		p.cutTextTo(last, k, limit)
		p.respStart = k + 1
		return
	}
}

// quoteCloses reports whether lines, a request's or a question's, open
// with a quotation mark that their last line closes, as many closing
// marks as opening ones by then: '"1. How many bus shelters ...' to '6.
// Which shelters have CCTV cameras fitted?"'.
func quoteCloses(lines []string) bool {
	last := ""
	for k := len(lines) - 1; k >= 0 && last == ""; k-- {
		last = strings.TrimSpace(lines[k])
	}
	if !strings.HasSuffix(last, "\"") && !strings.HasSuffix(last, "”") {
		return false // most lines: nothing to join
	}
	joined := strings.TrimLeft(strings.TrimSpace(strings.Join(lines, " ")), ": ")
	switch {
	case strings.HasPrefix(joined, "“"):
		return strings.HasSuffix(last, "”") && strings.Count(joined, "“") == strings.Count(joined, "”")
	case strings.HasPrefix(joined, "\""):
		return strings.HasSuffix(last, "\"") && strings.Count(joined, "\"")%2 == 0
	}
	return false
}

// endsSentence reports whether a line ends a sentence or a question.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "*_\"' )")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, ":") || strings.HasSuffix(s, ";")
}

// startsParagraph reports whether a line opens a paragraph of its own
// rather than continuing a question: not a sub-item ("a.", "(i)", a
// bullet) and not a lower-case continuation.
func startsParagraph(s string) bool {
	if reSubItem.MatchString(s) {
		return false
	}
	r := []rune(s)
	return len(r) > 0 && !(r[0] >= 'a' && r[0] <= 'z')
}

// reSubItemLetter is a sub-item's letter at a line's start: "(a) ",
// "b) ", "c. ".
var reSubItemLetter = mustRx(`^\(?([a-hA-H])[.)]\s`)

var reSubItem = mustRx(`^(?:[•●▪◦·\-*–]\s|\(?[a-hA-H]\)\s|[a-hA-H]\.\s|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]\s)`)

// firstItem finds the line of the request's first numbered question: the
// first item numbered 1 that a second item numbered 2 follows (a lone "1."
// in a letterhead or an address is not a request).
func (p *parser) firstItem() int {
	if i := p.firstItemOf(false); i >= 0 {
		return i
	}
	if i := p.firstItemOf(true); i >= 0 {
		return i
	}
	return p.quotedItems()
}

// quotedItems finds a run of the request's questions quoted by their own
// numbers, not from 1: an internal review's "Your review request
// concerned questions 3 and 4 only, which read:" over "3. ..." and "4.
// ...". The run follows a line ending with a colon, its items numbered
// one after the other, the first of them asking.
func (p *parser) quotedItems() int {
	for i := range p.lines {
		lab := p.labels[i]
		if lab.kind != labelItem || lab.style != "dot" && lab.style != "paren" || len(lab.nums) != 1 || lab.nums[0] < 2 {
			continue
		}
		if prev := strings.TrimSpace(p.lines[p.prevNonBlank(i)]); p.prevNonBlank(i) == i || !strings.HasSuffix(prev, ":") {
			continue
		}
		for j := i + 1; j < len(p.lines) && j < i+12; j++ {
			if next := p.labels[j]; next.kind == labelItem && next.style == lab.style && len(next.nums) == 1 && next.nums[0] == lab.nums[0]+1 {
				return i
			}
		}
	}
	return -1
}

// firstItemOf is firstItem for numbered (alpha false) or lettered items.
func (p *parser) firstItemOf(alpha bool) int {
	for i := range p.lines {
		lab := p.labels[i]
		if (lab.kind != labelItem && lab.kind != labelQuestion) || lab.nums[0] != 1 || !sameListFamily(lab.style, "alpha") != !alpha {
			continue
		}
		if lab.style == "alpha-key" && (lab.rest == "" || !p.answerLabelFollows(i)) {
			// "Part (a):" keys an answer to a lettered item; "Request
			// (a): The readings ..." over "Answer: ..." asks.
			continue
		}
		if lab.kind == labelQuestion && lab.style == "item" && lab.rest == "" && !p.askedBelow(i) {
			// "Item 1" alone heads an answer keyed back, unless what
			// it heads asks something.
			continue
		}
		if !alpha && lab.style != "partnum" && p.numberedSection(i) {
			continue // "1. Your request" over "1.1 We received ...": a section
		}
		for j := i + 1; j < len(p.lines) && j < i+80; j++ {
			next := p.labels[j]
			if next.kind == lab.kind && next.style == lab.style && len(next.nums) > 0 && next.nums[0] == 2 {
				return i
			}
		}
		// A single question is still a request when it is labelled as
		// one, or asks something: a letterhead's or an address's "1."
		// never ends in a question mark.
		if lab.kind == labelQuestion || (!alpha && strings.HasSuffix(strings.TrimSpace(lab.rest), "?")) {
			return i
		}
		// Or when an answer label follows it ("1. Please state ..." then
		// "Response: ...").
		if !alpha && p.answerLabelFollows(i) {
			return i
		}
	}
	return -1
}

// answerLabelFollows reports whether one of the few lines after line i
// (past the item's own wrapped text) opens an answer: "Response:",
// "Answer –", "A:".
func (p *parser) answerLabelFollows(i int) bool {
	for j := i + 1; j < len(p.lines) && j <= i+6; j++ {
		s := strings.TrimSpace(p.lines[j])
		if s == "" {
			continue
		}
		if reAnswerLabel.MatchString(s) {
			return true
		}
		if p.labels[j].kind != labelNone {
			return false
		}
	}
	return false
}

// runState tracks the reading of a numbered run.
type runState struct {
	part        int
	pendingPart int
	partContext string
	cur         *qstate
	inAnswer    bool
	last        int
	sawAnswer   bool
	// targets are the questions an answer being read belongs to: several
	// for a grouped answer ("A1 & 2").
	targets []*qstate
	// skipping is set after an answer ends at a section heading: lines
	// are read as no question's until the next label.
	skipping bool
	// paraOnly is set for an answer keyed in running prose, which ends
	// with its paragraph (lineLabel.inProse).
	paraOnly bool
	// keyedPart is the part whose answers follow a "Response to Part A"
	// heading, in letters that answer each part after asking it; 0 when
	// reading questions.
	keyedPart int
	// answersEachPart is set once a bare "Response:" heading has
	// answered one part before the next part was asked.
	answersEachPart bool
	// inOriginal is set while an internal review quotes the decision it
	// reviews, before its own.
	inOriginal bool
}

// setAside reads the lines that follow as no question's, until the next
// label.
func (st *runState) setAside() {
	st.cur, st.inAnswer = nil, false
	st.targets = st.targets[:0]
	st.skipping = true
}

// reAskedFor opens a question reported in the letter's words: "Question
// 1 asked how many ...", "You requested the ...".
var reAskedFor = mustRx(`(?i)^(?:asked|requested|sought|wanted)\b`)

// reYouAskedThen is a question reported and its answer after a
// semicolon: "You asked for the vacancy rate ...; the rates were ...".
var reYouAskedThen = mustRx(`(?i)^((?:you\s+)?(?:asked|requested|wanted)\b[^;]{8,}?);\s+(\S.*)$`)

// reHeadingAnswer is an item's short heading and what follows a dash.
var reHeadingAnswer = mustRx(`^([^?–—]{3,80}?)\s+[–—-]\s+(\S.*)$`)

// headingAnswers reports whether the letter answers item by item on the
// item's own line ("2. Annual average spend – £84,200."): most of its
// items (three at least) are a short heading, a dash and what an answer
// says (a figure, a company, not applicable, withheld).
func (p *parser) headingAnswers() bool {
	if p.headingAnswer != 0 {
		return p.headingAnswer > 0
	}
	items, answered := 0, 0
	for _, lab := range p.labels {
		if lab.kind != labelItem || lab.rest == "" {
			continue
		}
		items++
		m := reHeadingAnswer.FindStringSubmatch(lab.rest)
		if m != nil && len(strings.Fields(m[1])) <= 12 && !asks(m[2]) &&
			(reBulletAnswer.MatchString(m[2]) || reCompanyAnswer.MatchString(m[2])) {
			answered++
		}
	}
	p.headingAnswer = -1
	if answered >= 3 && answered*10 >= items*6 {
		p.headingAnswer = 1
	}
	return p.headingAnswer > 0
}

// reCompanyAnswer names a company or says the question does not apply.
var reCompanyAnswer = mustRx(`(?i)\b(?:ltd|limited|plc|llp)\b|^not\s+applicable\b|^n/a\b|^none\b|^nil\b`)

// reEveryPart says a keyed answer serves every part: "(both contracts)",
// "(all parts)", "for each part".
var reEveryPart = mustRx(`(?i)^\W*(?:\(\s*)?(?:both|all|each|every)\s+(?:of\s+the\s+)?(?:contracts|parts|sections|services|lots)\b`)

// reResponseToPart heads the answers to one part: "Response to Part A",
// "Our answers to part 2".
var reResponseToPart = mustRx(`(?i)^\W*(?:our\s+|the\s+council's\s+|the\s+force's\s+)?(?:response|responses|answers?|reply|replies)\s*(?:(?:to|for)\s+(?:part|section|contract|lot)\s+(\d{1,2}|[a-f]|one|two|three|four)\b|[–—:-]\s*(?:part|contract|lot)\s+(\d{1,2}|[a-f]|one|two|three|four)(?:\W*$|\s*[–—:-]\s))`)

// readRun reads numbered items from line start until the request ends.
func (p *parser) readRun(start int) {
	first := p.labels[start]
	p.runStyle = first.style
	st := &runState{part: 1}
	if first.part > 0 {
		st.part = first.part
	}
	if len(first.nums) == 1 && first.nums[0] > 1 {
		// Questions quoted from the middle of the request
		// (quotedItems): the run starts at the first one's number.
		st.last = first.nums[0] - 1
	}
	// A part heading before the first item names part 1 (or 2...).
	if n, ctx, ok := p.partHeadingBefore(start); ok {
		st.part = n
		st.partContext = ctx
	} else if h, ok := p.topicHeadingAbove(start); ok {
		// "About the system your contact centre uses:" over item 1: what
		// the items under it ask about.
		st.partContext = h
	}
	for i := start; i < len(p.lines); i++ {
		s := strings.TrimSpace(p.lines[i])
		if st.cur != nil && !st.inAnswer && p.labels[i].kind == labelNone && reTopicHeading.MatchString(s) {
			if next := p.nextNonBlank(i); next < len(p.lines) {
				h, ok := p.topicHeadingAbove(next)
				if lab := p.labels[next]; ok && h == strings.TrimSuffix(s, ":") && len(lab.nums) == 1 && lab.nums[0] == st.last+1 && lab.style == p.runStyle {
					// "About your inbound telephone numbers (0300/0800)
					// and call routing:" between items 7 and 8 of one
					// list: the items after it are about that, and it is
					// no part of question 7.
					st.partContext = h
					p.used[i] = true
					continue
				}
			}
		}
		if s == "" {
			if st.inAnswer && st.paraOnly && !p.introducesList(i) {
				st.setAside()
				continue
			}
			if st.cur != nil && !st.inAnswer && quoteCloses(p.lines[start:i]) {
				// '"1. How many bus shelters ...' to '6. Which shelters
				// have CCTV cameras fitted?"': the quote that opened the
				// request has closed, and what follows is the letter's.
				p.respStart = i + 1
				return
			}
			p.appendLine(st, i, "")
			continue
		}
		if st.inAnswer && st.paraOnly && p.listedProvision(i) {
			// The provisions the answer's paragraph announced with a
			// colon, listed after it.
			p.appendLine(st, i, s)
			continue
		}
		if n, ctx, ok := partHeading(s); ok && (!st.inAnswer || p.firstItemFollows(i)) {
			st.keyedPart = 0
			st.pendingPart = n
			st.partContext = ctx
			st.cur = nil
			p.used[i] = true
			continue
		}
		if st.inAnswer && p.labels[i].kind == labelNone && i > 0 && strings.TrimSpace(p.lines[i-1]) == "" && p.headingAnswers() && p.firstItemFollows(i) {
			// "Section 2 – Network" between items answered on their own
			// lines, over item 1 again: the next part's heading.
			st.pendingPart = st.part + 1
			st.partContext = s
			st.cur, st.inAnswer = nil, false
			p.used[i] = true
			continue
		}
		if m := reResponseToPart.FindStringSubmatch(s); m != nil {
			st.keyedPart = wordNumber(m[1] + m[2])
			st.cur, st.inAnswer = nil, false
			p.used[i] = true
			continue
		}
		lab := p.labels[i]
		if st.keyedPart > 0 && lab.kind != labelNone && sameListFamily(lab.style, p.runStyle) {
			if _, ok := p.byKey[qkey{st.keyedPart, lab.nums[0]}]; ok {
				save := st.part
				st.part = st.keyedPart
				p.startAnswer(st, i, lab.nums, lab.rest)
				st.part = save
				continue
			}
		}
		if lab.kind == labelAnswer && lab.inProse && !st.sawAnswer && st.cur != nil {
			if k := p.proseResponseFrom(st.cur, i); k > 0 {
				// "As to your second question, 612 officers ..." after
				// the restated request and paragraphs of the
				// authority's own: the response is prose, and began with
				// the first of them.
				p.respStart = i
				p.cutText(st.cur, k)
				p.respStart = k
				return
			}
		}
		switch {
		case lab.kind == labelAnswer:
			p.startAnswer(st, i, lab.nums, lab.rest)
			continue
		case lab.kind == labelQuestion && len(lab.nums) > 1 && st.inAnswer && p.allAsked(st.part, lab.nums, st.last):
			// "Q3 & Q6: ..." after both were asked and answered: one
			// explanation for several questions.
			p.startAnswer(st, i, lab.nums, lab.rest)
			continue
		case (lab.kind == labelItem || lab.kind == labelQuestion) && lab.style == p.runStyle && len(lab.nums) == 1:
			n := lab.nums[0]
			if lab.style == "partnum" && lab.part != st.part && (!st.inAnswer || n == 1) {
				// "B1." after "A2.": the next part's first question.
				st.part, st.last, st.pendingPart = lab.part, 0, 0
			}
			switch {
			case st.pendingPart > 0 && n == 1:
				st.part, st.pendingPart = st.pendingPart, 0
				p.newQuestion(st, i, n, lab.rest)
				continue
			case st.cur == nil && st.last == 0 && n == 1:
				p.newQuestion(st, i, n, lab.rest)
				continue
			case n > st.last && n <= st.last+2:
				p.newQuestion(st, i, n, lab.rest)
				continue
			case n <= st.last:
				// Numbering goes back without a part heading: the letter is now
				// answering the questions it restated.
				if n == 1 {
					if ok, heading, at := p.partCueBetween(st, i); ok {
						if heading != "" {
							p.cutText(st.cur, at)
							if st.part == 1 {
								p.nameFirstPart()
							}
						}
						st.part++
						st.partContext = heading
						p.newQuestion(st, i, n, lab.rest)
						continue
					}
				}
				p.respStart = i
				return
			}
		case lab.kind == labelQuestion && lab.style != p.runStyle && p.runStyle != "q" && p.runStyle != "question" && p.runStyle != "request":
			// "Question 2 – ..." after a "1." run: answers keyed back,
			// whether or not an answer is being read.
			if _, ok := p.byKey[qkey{st.part, lab.nums[0]}]; ok {
				if p.decisionBetweenItems(i, st) {
					// "Q2 & Q7 are withheld under section 40(2)" with
					// questions 6 to 8 still to come: a decision among
					// the questions, left for findDecisions.
					st.setAside()
					continue
				}
				p.respStart = i
				return
			}
		}
		if st.cur != nil && !st.inAnswer && i > 0 && strings.TrimSpace(p.lines[i-1]) == "" && p.decisionBetweenItems(i, st) {
			// "The Trust holds the information requested at questions 3
			// to 5 but it is exempt ..." after question 5, before 6.
			st.setAside()
			continue
		}
		if st.cur != nil && !st.inAnswer && reOriginalLabel.MatchString(s) && p.reviewFollows(i) {
			// The decision under review, then the review's own: the
			// answer is the review's, the original kept beside it.
			p.used[i] = true
			st.inOriginal = true
			st.cur.original = append(st.cur.original, strings.TrimSpace(reOriginalLabel.ReplaceAllString(s, "")))
			continue
		}
		if st.cur != nil && !st.inAnswer && !st.inOriginal && len(st.cur.answer) == 0 && reOriginalLabel.MatchString(s) && p.keyedReview() && !p.reviewAhead(i) {
			// "Original response: 1,842 licences were issued. This was
			// correct and is unchanged." and no review of this question:
			// the original answer stands as its answer.
			// The label stays, so that a review later on the line ("...
			// Review: upheld.") is read as splitReview reads it.
			p.startAnswer(st, i, []int{st.cur.key.num}, s)
			continue
		}
		if st.inOriginal && st.cur != nil && !st.inAnswer && lab.kind == labelNone && !reAnswerLabel.MatchString(s) {
			p.used[i] = true
			st.cur.original = append(st.cur.original, s)
			continue
		}
		st.inOriginal = false
		if st.cur != nil && !st.inAnswer && reAnswerLabel.MatchString(s) && !reQuestionLabel.MatchString(s) {
			rest := strings.TrimSpace(reAnswerLabel.ReplaceAllString(s, ""))
			if rest == "" && p.firstAnswerKeyed(i, st.part) && (st.answersEachPart || p.partFollows(i, st.part)) {
				// "Contract 1" / questions / "Response:" / answers keyed
				// 1, 2, 3 / "Contract 2" / the same questions again: each
				// part answered after it is asked, under a bare heading.
				st.keyedPart, st.answersEachPart = st.part, true
				st.cur, st.inAnswer = nil, false
				p.used[i] = true
				continue
			}
			if rest == "" && !st.sawAnswer && (p.keyedAnswersFollow(i, st.part) || !p.nextItemFollows(i, st.last, st.part)) {
				// A "Response" heading over answers keyed back by number:
				// the restated request has ended.
				p.respStart = i
				return
			}
			p.startAnswer(st, i, []int{st.cur.key.num}, rest)
			continue
		}
		if !st.sawAnswer && !st.inAnswer && st.cur != nil && p.respLine(i) && i > st.cur.firstLine && !p.runGoesOn(i, st.last) && !continuesSentence(s) && !p.answeredBelow(st.cur) {
			p.respStart = i
			return
		}
		if p.boilerplateAt(i) || isArgumentHeading(s) {
			if st.cur != nil && !isBoilerplate(s) && (p.partFollows(i, st.part) || st.inAnswer && p.questionFollows(i, st.last)) {
				// "Public interest test – Part 1, question 2" between
				// the answers to part 1 and part 2, or between the
				// answer to question 2 and "Question 3": the argument
				// belongs to no question, and the rest is still to come.
				st.setAside()
				continue
			}
			if st.inAnswer || st.cur != nil {
				p.respStart = i
				return
			}
		}
		if !st.inAnswer && st.cur != nil && i > 0 && strings.TrimSpace(p.lines[i-1]) == "" && reAuthorityVoice.MatchString(s) && !p.runGoesOn(i, st.last) && !p.answeredBelow(st.cur) {
			// "We have handled your request under ..." after the last
			// question of a restated request: the authority speaks.
			p.respStart = i
			return
		}
		if st.inAnswer && (p.sectionHeadingAt(i) || p.lawExplanationAt(i, st.targets)) {
			// "Section 12" over an explanation of the law ends the answer;
			// what follows belongs to no question until the next label.
			st.setAside()
			continue
		}
		if st.skipping {
			continue
		}
		if !st.inAnswer && st.cur != nil && p.garbledAnswerKey(i) {
			// "AL. 61,408 hours." under "Q1. How many hours ...?" in a
			// scan whose other answers read "A2.", "A3.": the key of
			// the answer to the question above, misread.
			p.startAnswer(st, i, []int{st.cur.key.num}, strings.TrimSpace(s[3:]))
			continue
		}
		if !st.inAnswer && st.cur != nil && p.bulletAnswer(st.cur, i) {
			// "2. What is the value of the contract?" then "• Contract
			// value: £497,000." on the next line: answers set out as
			// bullet points under each question.
			p.startAnswer(st, i, []int{st.cur.key.num}, s)
			continue
		}
		p.appendLine(st, i, s)
	}
	p.respStart = len(p.lines)
}

// answeredBelow reports whether most questions read before q carry a
// paragraph of answer below them, after a blank line (inlineAnswerAt):
// the letter answers each question under it, and the paragraph under the
// last question is its answer, not the authority's closing words.
func (p *parser) answeredBelow(q *qstate) bool {
	n, below := 0, 0
	for _, o := range p.questions {
		if o == q {
			continue
		}
		n++
		if inlineAnswerAt(o.text) > 0 {
			below++
		}
	}
	return n >= 2 && below*2 > n
}

// garbledAnswerKey reports whether line i opens with an answer's key as
// a scan's text layer misreads it ("AL.", "AS.", "AA." for "A1.", "A5.",
// "A4."): "A", one letter or digit, a full stop and a space, in a letter
// whose answers are otherwise keyed "A" and their number.
func (p *parser) garbledAnswerKey(i int) bool {
	s := strings.TrimSpace(p.lines[i])
	if len(s) < 5 || s[0] != 'A' || s[2] != '.' || s[3] != ' ' || !(s[1] >= 'A' && s[1] <= 'Z' || s[1] >= 'a' && s[1] <= 'z') {
		return false
	}
	keyed := 0
	for _, l := range p.lines {
		if t := strings.TrimSpace(l); len(t) > 3 && t[0] == 'A' && t[1] >= '1' && t[1] <= '9' && (t[2] == '.' || t[2] >= '0' && t[2] <= '9' && len(t) > 4 && t[3] == '.') {
			keyed++
		}
	}
	return keyed >= 2
}

// bulletAnswer reports whether the bullet points from line i, straight
// under a question that ends in a question mark, answer it rather than
// set out what it asks: each is a statement (none asks, none leads on to
// a list) and one at least says what an answer says (yes or no, a figure,
// a decision). A request's own bullets under such a question are things
// asked for: "• the number of cameras", "• their locations?".
func (p *parser) bulletAnswer(q *qstate, i int) bool {
	if len(q.text) == 0 || !strings.HasSuffix(strings.TrimSpace(q.text[len(q.text)-1]), "?") {
		return false
	}
	answerLike := false
	j := i
	for ; j < len(p.lines); j++ {
		s := strings.TrimSpace(p.lines[j])
		if s == "" || p.labels[j].kind != labelNone {
			break
		}
		b := bulletText(s)
		if b == "" {
			return false
		}
		if !strings.HasSuffix(b, ".") || reBulletAsks.MatchString(b) {
			return false
		}
		if reBulletAnswer.MatchString(b) || reApplies.MatchString(b) {
			answerLike = true
		}
	}
	return j > i && answerLike
}

// bulletText returns a bullet point's text, or "" when s is no bullet.
func bulletText(s string) string {
	for _, m := range []string{"•", "●", "▪", "◦", "·", "- ", "* ", "– ", "\uf0b7"} {
		if strings.HasPrefix(s, m) {
			return strings.TrimSpace(strings.TrimPrefix(s, m))
		}
	}
	return ""
}

// reBulletAsks marks a bullet point that asks for something: "the number
// of cameras bought in 2023.", "how many are in use.", "a copy of the
// contract."
var reBulletAsks = mustRx(`(?i)^(?:(?:the|a|an|any|all)\s+)?(?:number|numbers|total|cost|costs|value|name|names|details|copy|copies|list|date|dates|amount|breakdown|figures?)\s+(?:of|for)\b|^(?:how|what|which|who|when|where|whether|why|can|could|would|do|does|did|is|are)\b|^please\s+(?:provide|send|supply|give|state|list|confirm|tell|include|advise|detail|explain|share)\b`)

// reBulletAnswer marks a bullet point that answers: yes or no, a figure,
// or what the authority holds or gives.
var reBulletAnswer = mustRx(`(?i)^(?:yes|no)\b|\d|\bnot\s+(?:held|hold|recorded)\b|\bwithheld\b|\bexempt\b|\battached\b|\bpublished\b|\bsupplied\s+by\b`)

func (p *parser) newQuestion(st *runState, i, n int, text string) {
	st.skipping = false
	if reQuestionLabel.MatchString(text) {
		// "1. You asked: How much did ...": the label is not the
		// question.
		text = strings.TrimSpace(reQuestionLabel.ReplaceAllString(text, ""))
	}
	answer := ""
	if reAskedFor.MatchString(text) {
		// "Question 1 asked how many households ... . The Council
		// recorded 1,204": the question reported, then its answer.
		if sents := splitSentences(text); len(sents) > 1 {
			text, answer = sents[0], strings.Join(sents[1:], " ")
		}
	}
	if m := reYouAskedThen.FindStringSubmatch(text); m != nil && answer == "" {
		// "1. You asked how many midwives the Trust employed; we hold
		// this figure and it was 214.6 WTE.": the question and its
		// answer in one paragraph.
		text, answer = m[1], strings.TrimSpace(m[2])
	} else if m := reHeadingAnswer.FindStringSubmatch(text); m != nil && answer == "" && p.headingAnswers() {
		// "1. Incumbent supplier – Telecomms Direct plc.": each item's
		// heading, then its answer.
		text, answer = m[1], strings.TrimSpace(m[2])
	}
	st.cur = p.add(st.part, n, i, text, st.partContext)
	st.last = n
	st.inAnswer = false
	st.targets = st.targets[:0]
	p.used[i] = true
	if answer != "" {
		st.cur.answer = append(st.cur.answer, answer)
		st.cur.hasAnswer, st.cur.answerLine = true, i
		st.targets = append(st.targets, st.cur)
		st.inAnswer, st.sawAnswer = true, true
	}
}

// startAnswer opens the answer to the questions numbered nums in the
// current part (or to the current question when none of them exists).
// Grouped answers ("A1 & 2") give their text to every question named.
func (p *parser) startAnswer(st *runState, i int, nums []int, rest string) {
	st.skipping = false
	st.paraOnly = p.labels[i].inProse
	st.targets = st.targets[:0]
	part := st.part
	if lp := p.labels[i].part; lp > 0 {
		part = lp
	}
	for _, n := range nums {
		if reEveryPart.MatchString(rest) {
			// "Questions 3 and 4 (both contracts)": the same numbers in
			// every part.
			for _, q := range p.questions {
				if q.key.num == n {
					st.targets = append(st.targets, q)
				}
			}
			continue
		}
		if q, ok := p.byKey[qkey{part, n}]; ok {
			st.targets = append(st.targets, q)
		}
	}
	if len(st.targets) == 0 && st.cur != nil {
		st.targets = append(st.targets, st.cur)
	}
	for _, q := range st.targets {
		q.hasAnswer = true
		q.answerLine = i
		if rest != "" {
			q.answer = append(q.answer, rest)
		}
	}
	if len(st.targets) > 0 {
		st.cur = st.targets[len(st.targets)-1]
	}
	st.inAnswer = len(st.targets) > 0
	st.sawAnswer = st.sawAnswer || st.inAnswer
	p.used[i] = true
}

func (p *parser) appendLine(st *runState, i int, s string) {
	if st.cur == nil {
		if st.pendingPart > 0 || st.partContext != "" {
			if s != "" && len(st.partContext) < 400 {
				st.partContext = strings.TrimSpace(st.partContext + " " + s)
			}
		}
		return
	}
	p.used[i] = true
	if st.inAnswer {
		if reQuestionLabel.MatchString(s) && strings.TrimSpace(reQuestionLabel.ReplaceAllString(s, "")) == "" {
			// "You asked:" over the next numbered question.
			return
		}
		for _, q := range st.targets {
			q.answer = append(q.answer, s)
		}
		return
	}
	if strings.TrimSpace(strings.Join(st.cur.text, "")) == "" && reQuestionLabel.MatchString(s) {
		// "Question 1" / "You asked: How many ...": the label is not the
		// question.
		s = strings.TrimSpace(reQuestionLabel.ReplaceAllString(s, ""))
	}
	st.cur.text = append(st.cur.text, s)
}

// partHeadingBefore looks back from the first item for a part heading and
// its preamble ("The first part of my request relates to ...").
func (p *parser) partHeadingBefore(start int) (int, string, bool) {
	for j := start - 1; j >= 0 && j >= start-25; j-- {
		if n, ctx, ok := partHeading(p.lines[j]); ok {
			var b strings.Builder
			b.WriteString(ctx)
			for k := j + 1; k < start && b.Len() < 400; k++ {
				if t := strings.TrimSpace(p.lines[k]); t != "" {
					b.WriteString(" ")
					b.WriteString(t)
				}
			}
			return n, b.String(), true
		}
	}
	return 0, "", false
}

// topicHeadingAbove returns the heading over line i (a blank line
// between them at most), a paragraph of its own, that says what the
// items below it are about: "About your inbound telephone numbers
// (0300/0800) and call routing:", not a lead-in that asks ("Please
// provide the following:").
func (p *parser) topicHeadingAbove(i int) (string, bool) {
	k := i - 1
	for k >= 0 && k < len(p.lines) && strings.TrimSpace(p.lines[k]) == "" && i-k <= 2 {
		k--
	}
	if k < 1 || k >= len(p.lines) || strings.TrimSpace(p.lines[k-1]) != "" {
		return "", false
	}
	h := strings.TrimSpace(p.lines[k])
	if !reTopicHeading.MatchString(h) {
		return "", false
	}
	return strings.TrimSuffix(h, ":"), true
}

// reTopicHeading is a short heading of what follows, ending with a colon
// and opening with what it is about: "About the system your contact
// centre uses:", "Regarding the inbound network:".
var reTopicHeading = mustRx(`^(?i:about|regarding|concerning|on|for|in\s+relation\s+to|relating\s+to|with\s+regard\s+to)\s+[^:?]{3,120}:$`)

// partCueBetween reports whether the text since the current question hints
// that a new part of the request begins ("For a contract relating to the
// above", "The second part", "inbound network").
//
// A short heading of its own between the two items ("Inbound network
// services contracts") also opens a part; it is returned with its line.
func (p *parser) partCueBetween(st *runState, i int) (bool, string, int) {
	if st.cur == nil {
		return false, "", 0
	}
	heading := -1
	from := st.cur.firstLine + 1
	if st.cur.answerLine >= from {
		from = st.cur.answerLine + 1 // past the answer's own label
	}
	inline := p.answeredInline(st)
	for j := from; j < i; j++ {
		l := strings.ToLower(p.lines[j])
		if p.respLine(j) && !(inline && heading < 0) || reResponseToPart.MatchString(l) || isBoilerplate(l) {
			// In a letter that answers each question in the paragraph
			// after it, the last question's answer may open as a
			// response does ("We are withholding this information
			// ..."): before the heading, it is that answer.
			return false, "", 0
		}
		if p.isFreeHeading(j) {
			heading = j
		}
		if rePartTalk.MatchString(l) || strings.Contains(l, "second") || strings.Contains(l, "contract 2") {
			if t := strings.TrimSpace(p.lines[j]); j > from && strings.TrimSpace(p.lines[j-1]) == "" && strings.HasSuffix(t, ":") && len(strings.Fields(t)) <= 25 {
				// "In the second part you asked about theatre
				// capacity:", a paragraph of its own: the part's
				// heading, not the last question's words.
				return true, strings.TrimSuffix(t, ":"), j
			}
			return true, "", 0
		}
	}
	// The last heading before the new item 1 opens a part when it follows
	// the last question directly and a short preamble at most separates it
	// from the item.
	// In an interleaved layout the last question's answer stands between.
	if heading > 0 && (st.cur.hasAnswer || inline || p.onlyQuestionBefore(st.cur, heading)) && nonBlank(p.lines[heading+1:i]) <= 8 {
		return true, strings.TrimSpace(p.lines[heading]), heading
	}
	return false, "", 0
}

// rePartTalk speaks, in lower case, of a part of a request ("part 2",
// "the next part", "this part of my request"), not of something done in
// part ("the contract has been published in part").
var rePartTalk = mustRx(`\bpart\s+(?:\d{1,2}|one|two|three|four|five|[a-f])\b|\b(?:next|other|last|final|first|this|that|each)\s+part\b|\bpart\s+of\s+(?:my|the|your|this)\s+(?:request|questions?)\b`)

// answeredInline reports whether every question read so far in the
// current part, two at least, has its answer in the paragraph after it,
// unlabelled: a question ending with a question mark, a blank line and
// more text ("Who is the supplier of the finance system?" / "" /
// "Ledgerline Systems.").
func (p *parser) answeredInline(st *runState) bool {
	n := 0
	for _, q := range p.questions {
		if q.key.part != st.part {
			continue
		}
		n++
		k := slices.IndexFunc(q.text, func(l string) bool { return strings.HasSuffix(strings.TrimSpace(l), "?") })
		if k < 0 || !slices.ContainsFunc(q.text[k+1:], func(l string) bool { return strings.TrimSpace(l) != "" }) {
			return false
		}
	}
	return n >= 2
}

func nonBlank(lines []string) int {
	n := 0
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}

// isFreeHeading reports whether line j is a heading standing on its own:
// short, blank lines around it, not ending a sentence, not a label.
func (p *parser) isFreeHeading(j int) bool {
	s := strings.TrimSpace(p.lines[j])
	if s == "" || j == 0 || j+1 >= len(p.lines) {
		return false
	}
	if strings.TrimSpace(p.lines[j-1]) != "" || strings.TrimSpace(p.lines[j+1]) != "" {
		return false
	}
	if len(strings.Fields(s)) > 10 || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, ":") || p.labels[j].kind != labelNone {
		return false
	}
	r := []rune(s)
	return r[0] >= 'A' && r[0] <= 'Z' && !p.respLine(j) && !isBoilerplate(s) && !isArgumentHeading(s)
}

// onlyQuestionBefore reports whether the lines from q's first line to j
// are q's own paragraph: a heading that follows prose is not a part
// heading but a section of the response.
func (p *parser) onlyQuestionBefore(q *qstate, j int) bool {
	blank := false
	for k := q.firstLine + 1; k < j; k++ {
		switch {
		case strings.TrimSpace(p.lines[k]) == "":
			blank = true
		case blank && !reSubItem.MatchString(strings.TrimSpace(p.lines[k])):
			return false
		}
	}
	return true
}

// nameFirstPart gives the first part, found to be a part only when the
// second began, the heading that stood over its first question.
func (p *parser) nameFirstPart() {
	if len(p.questions) == 0 {
		return
	}
	first := p.questions[0].firstLine
	for j := first - 1; j >= 0 && j >= first-6; j-- {
		if p.isFreeHeading(j) {
			h := strings.TrimSpace(p.lines[j])
			for _, q := range p.questions {
				if q.key.part == 1 && q.context == "" {
					q.context = h
				}
			}
			return
		}
	}
}

// proseResponseFrom returns the first line of the second paragraph of
// q's text, when that paragraph starts before line i and reads as the
// authority's own prose; 0 when there is none.
func (p *parser) proseResponseFrom(q *qstate, i int) int {
	for k := q.firstLine + 2; k < i; k++ {
		if strings.TrimSpace(p.lines[k-1]) == "" && strings.TrimSpace(p.lines[k]) != "" {
			if startsParagraph(strings.TrimSpace(p.lines[k])) && endsSentence(strings.TrimSpace(p.lines[k-2])) {
				return k
			}
			return 0
		}
	}
	return 0
}

// cutText ends question q's text before line end, giving back to the
// response the lines from end on.
func (p *parser) cutText(q *qstate, end int) {
	p.cutTextTo(q, end, p.respStart)
}

// cutTextTo is cutText giving back to the response the lines from end
// to upTo only.
func (p *parser) cutTextTo(q *qstate, end, upTo int) {
	keep := 0
	if p.labels[q.firstLine].rest != "" {
		keep++
	}
	for j := q.firstLine + 1; j < end; j++ {
		if strings.TrimSpace(p.lines[j]) != "" {
			keep++
		}
	}
	// The text holds the blank lines between its paragraphs too: keep
	// its entries up to the keep-th line with words.
	cut, words := 0, 0
	for k, t := range q.text {
		if words == keep {
			break
		}
		if strings.TrimSpace(t) != "" {
			words++
		}
		cut = k + 1
	}
	if cut < len(q.text) {
		q.text = q.text[:cut]
	}
	for j := end; j < upTo; j++ {
		p.used[j] = false
	}
}

// splitInlineAnswers handles interleaved layouts without answer labels: a
// question, a paragraph break, then the answer ("1. How many ...?" / "We
// hold 12."). It only acts when most questions show that shape, so that a
// question's own second paragraph is not mistaken for an answer.
func (p *parser) splitInlineAnswers() bool {
	if p.answersAfterDash() || p.answersAfterMark() || p.answersAfterColon() {
		return true
	}
	split := map[*qstate]int{}
	answered := false
	for _, q := range p.questions {
		answered = answered || q.hasAnswer
		if k := inlineAnswerAt(q.text); k > 0 {
			split[q] = k
		}
	}
	for _, q := range p.questions {
		k := 1
		for k < len(q.text) && strings.TrimSpace(q.text[k]) == "" {
			k++ // the answer a paragraph below, as Word letters set it
		}
		if !q.hasAnswer && k < len(q.text) && quotedWhole(q.text[0]) {
			// '1. "How many incidents ...?"' and the answer below it:
			// the quotation marks close the question.
			q.answer = append(q.answer, q.text[k:]...)
			q.text = q.text[:1]
			q.hasAnswer = true
			answered = true
			delete(split, q)
		}
	}
	if answered {
		// Some answers are keyed ("In answer to point 1, ..."), others
		// follow their question unlabelled: those whose first line
		// reads as an answer's are split off.
		for q, k := range split {
			if !q.hasAnswer && reAnswerOpening.MatchString(strings.TrimSpace(q.text[k])) {
				q.answer = append(q.answer, q.text[k:]...)
				q.text = q.text[:k]
				q.hasAnswer = true
			}
		}
		if last := p.questions[len(p.questions)-1]; !last.hasAnswer {
			// "5. What is the annual budget ...?" then the letter's
			// decision paragraph, in which "In relation to question 2,
			// ..." keyed an answer: the last question ends where the
			// response begins all the same. The lines given back are
			// those before the first answer keyed among them, which
			// keep their answers.
			limit := p.respStart
			for _, q := range p.questions {
				if q.hasAnswer && q.answerLine > last.firstLine && q.answerLine < limit {
					limit = q.answerLine
				}
			}
			p.trimLastQuestion(limit)
		}
		return true
	}
	if len(p.questions) >= 2 && len(split)*2 < len(p.questions) {
		// Questions put as short headings ("1. Incumbent supplier"), each
		// answered on the line below it: when most answers open as
		// answers do, every heading's next line starts its answer.
		sure := 0
		headed := map[*qstate]int{}
		for _, q := range p.questions {
			if len(q.text) > 1 && isShortHeading(q.text[0]) && startsParagraph(strings.TrimSpace(q.text[1])) {
				headed[q] = 1
				if reAnswerOpening.MatchString(strings.TrimSpace(q.text[1])) {
					sure++
				}
			}
		}
		if sure*2 >= len(p.questions) {
			split = headed
		}
	}
	for q, k := range split {
		if closesQuotation(q.text[:k]) {
			// '2. For each revocation, the reason recorded."' then the
			// letter's own paragraphs: the quoted request has ended,
			// and what follows answers no one question.
			delete(split, q)
		}
	}
	if len(p.questions) < 2 || len(split)*2 < len(p.questions) {
		return false
	}
	if _, ok := split[p.questions[len(p.questions)-1]]; ok && len(split) == 1 {
		// Only the last question runs on into paragraphs after it: they
		// are the letter's own, after the request ("This request is
		// substantially similar to your earlier request ..."), not an
		// answer beneath it.
		return false
	}
	for q, k := range split {
		q.answer = append(q.answer, q.text[k:]...)
		q.text = q.text[:k]
		q.hasAnswer = true
	}
	return true
}

// inlineAnswerAt returns the index of the first line after a paragraph
// break that follows a line ending a question, or 0.
// closesQuotation reports whether a line of text ends a quotation opened
// before the question: a closing quotation mark after a sentence's end,
// where the question's own words open none. The request was quoted whole
// ('"1. ... 2. For each revocation, the reason recorded."').
func closesQuotation(text []string) bool {
	opens, straight := false, 0
	for _, l := range text {
		t := strings.TrimRight(strings.TrimSpace(l), " *_")
		opens = opens || strings.Contains(t, "“")
		straight += strings.Count(t, "\"")
		if strings.HasSuffix(t, ".\"") || strings.HasSuffix(t, "?\"") || strings.HasSuffix(t, ".”") || strings.HasSuffix(t, "?”") {
			return !opens && straight < 2
		}
	}
	return false
}

func inlineAnswerAt(text []string) int {
	// "1. A copy of the contract." with the answer on the next line, no
	// blank between: a one-line question that ends, then a sentence.
	if len(text) > 1 && text[1] != "" && endsSentence(strings.TrimSpace(text[0])) && startsParagraph(strings.TrimSpace(text[1])) {
		return 1
	}
	for k := 1; k < len(text); k++ {
		if text[k] != "" || k+1 >= len(text) {
			continue
		}
		prev := strings.TrimSpace(text[k-1])
		if strings.HasSuffix(prev, "?") || strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "*") {
			return k + 1
		}
	}
	// Sub-items lettered (a), (b), then a line lettered from (a) again:
	// the answers, keyed to the sub-items ("(a) 28 June 2022. (b) They
	// have been revised twice").
	seen := map[byte]bool{}
	for k := 1; k < len(text); k++ {
		m := reSubItemLetter.FindStringSubmatch(strings.TrimLeft(text[k], " \t*_"))
		if m == nil {
			continue
		}
		c := m[1][0] | 0x20
		if seen[c] && len(seen) >= 2 {
			return k
		}
		seen[c] = true
	}
	// A question wrapped over lines, then its answer with no blank line
	// between: the answer opens with a statement ("The submissions are
	// exempt ..."), where a request's next sentence asks for more
	// ("Please break this down by year.").
	for k := 2; k < len(text) && text[k-1] != ""; k++ {
		line := strings.TrimSpace(text[k])
		if endsSentence(strings.TrimSpace(text[k-1])) && startsParagraph(line) && reAnswerOpening.MatchString(line) {
			return k
		}
	}
	return 0
}

// quotedWhole reports whether a line is one quotation, marks and all.
func quotedWhole(line string) bool {
	t := strings.TrimSpace(line)
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"'", "'"}, {"‘", "’"}} {
		if len(t) > len(q[0])+len(q[1]) && strings.HasPrefix(t, q[0]) && strings.HasSuffix(t, q[1]) && !strings.Contains(t[len(q[0]):len(t)-len(q[1])], q[1]) {
			return true
		}
	}
	return false
}

// isShortHeading reports whether a question's first line is a heading
// rather than the start of a sentence that wraps: a few words, with no
// closing punctuation and not ending in a word that needs more after it.
func isShortHeading(line string) bool {
	t := strings.TrimSpace(line)
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > 14 || strings.ContainsAny(t[len(t)-1:], ".?!:;,") {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "and", "or", "of", "the", "a", "an", "to", "for", "in", "on", "by", "with", "per", "from", "at", "each", "any", "all", "your", "its", "their":
		return false
	}
	return true
}

// reAnswerOpening is how an answer's first sentence starts when it states
// something: a figure, a pointer to another answer ("Please see the
// answer to question 6"), yes or no, or a subject and a verb of holding,
// giving or withholding; the subject may be the body by its name
// ("Greater Severn Police can neither confirm nor deny ...").
var reAnswerOpening = mustRx(`^(?:(?:£|\d)[\d,.]*\s*(?:million|m|k|bn)?\b|(?i:please\s+(?:see|refer\s+to)\s+(?:the\s+|our\s+)?(?:answer|response|reply)\s+(?:to|at|for|given\s+(?:to|at))\s+(?:question|request|point|item|part)\s+\d)|(?i:yes|no|none|nil)\b|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)\s+[a-z]+\s+(?:was|were|have|has|had)\b|(?:The|This|These|That|We|I|It|They|Our|There)\b[^.?]{0,80}?\b(?:is|are|was|were|has|have|had|holds?|does|do|did|can|cannot|will|would)\b|(?:\p{Lu}[\p{L}'&-]*\s+){0,5}(?:Police|Constabulary|Council|Trust|Board|Service|Authority|Department|University|Office|Agency|Commission|Executive|College|Academy|ICB)\s+(?:can|cannot|does|did|holds?|has|is|was|will|would|neither|confirms?|considers|refuses)\b)`)

// findUnnumberedQuestions reads layouts that label rather than number:
// "You asked: ... Our response: ...", "REQUEST / RESPONSE". Each question
// label opens the next question.
func (p *parser) findUnnumberedQuestions() {
	st := &runState{part: 1}
	n := 0
	started := false
	heading := ""
	reported := p.reportedAsks()
	topics, parts := p.topicHeadings(reported)
	for i, raw := range p.lines {
		s := strings.TrimSpace(raw)
		if topics[i] {
			// "Contact centre" over the first questions, "Inbound
			// network services" over the rest: a request in parts, each
			// numbered from 1; one question under each heading is one
			// request, its headings naming what each asks about.
			if started && parts {
				st.part++
				n = 0
			}
			heading = s
			st.cur, st.inAnswer = nil, false
			p.used[i] = true
			continue
		}
		if rest, ok := reported[i]; ok {
			if !started {
				st.partContext = heading
			}
			n++
			started = true
			p.newQuestion(st, i, n, rest)
			continue
		}
		if reQuestionLabel.MatchString(s) && !p.respLine(i) && !p.continuesSentence(i) {
			rest := strings.TrimSpace(reQuestionLabel.ReplaceAllString(s, ""))
			num := n + 1
			if lab := itemLabel(rest); lab.kind == labelItem && len(lab.nums) == 1 && lab.style != "alpha" {
				// "You asked: 1. Who is ...": the request's own numbers,
				// which start again in each part.
				num, rest = lab.nums[0], lab.rest
				if started && num == 1 && n >= 1 {
					st.part++
				}
			}
			if !started || num == 1 {
				st.partContext = heading
			}
			n = num
			started = true
			p.newQuestion(st, i, n, rest)
			continue
		}
		if _, ctx, ok := partHeading(s); ok {
			heading = ctx
			st.cur, st.inAnswer = nil, false
			p.used[i] = true
			continue
		}
		if !started {
			continue
		}
		if st.cur != nil && !st.inAnswer && reAnswerLabel.MatchString(s) {
			rest := strings.TrimSpace(reAnswerLabel.ReplaceAllString(s, ""))
			p.startAnswer(st, i, []int{st.cur.key.num}, rest)
			continue
		}
		if st.cur != nil && !st.inAnswer && p.answersUnlabelled(st.cur, i) {
			// "Question: How many ...?" then, after a blank line, "27
			// members of staff ...": the answer under its question,
			// with no label of its own.
			p.startAnswer(st, i, []int{st.cur.key.num}, s)
			continue
		}
		if p.boilerplateAt(i) {
			p.respStart = i
			st.cur = nil
			continue
		}
		if st.inAnswer && (isArgumentHeading(s) || p.sectionHeadingAt(i) || p.lawExplanationAt(i, []*qstate{st.cur})) {
			// "Public interest test (section 43(2))" after the last
			// answer, or "Section 24(1) applies where ..." explaining
			// what an answer above applied: an argument of the
			// letter's, no answer's.
			st.cur, st.inAnswer = nil, false
			continue
		}
		p.appendLine(st, i, s)
	}
	if !started {
		p.respStart = 0
		if p.bareQuestionRun() || p.listedAfterLeadIn() {
			return
		}
		p.findParagraphQuestion()
		return
	}
	p.splitLabelledProse()
}

// bareQuestionRun reads a request quoted as paragraphs of their own,
// neither numbered nor labelled, after a sentence about the request ("I
// respond in the following terms." / "How many times was Taser
// discharged in 2024?" / "How many officers are trained ...?" / "Copies
// of all internal emails ..."): two at least, each of one to three
// lines, most of them questions and the rest things asked for, the run
// ending where the letter goes on in prose. Each is a question, in
// order; the response after them is left for the reading of prose
// answers. It reports whether it found such a run.
func (p *parser) bareQuestionRun() bool {
	// paras are [first line, past the last].
	paras := paragraphSpans(p.lines)
	text := func(pa [2]int) string { return p.paragraphAt(pa[0]) }
	asked := func(pa [2]int) (question, item bool) {
		t := text(pa)
		if pa[1]-pa[0] > 3 || len(strings.Fields(t)) < 4 || isBoilerplate(t) || p.respLine(pa[0]) {
			return false, false
		}
		if strings.HasSuffix(t, "?") && strings.Count(t, "?") == 1 {
			return true, false
		}
		return false, strings.HasSuffix(t, ".") && reAskedThing.MatchString(t) && !strings.Contains(t[:len(t)-1], ". ")
	}
	for k := 1; k < len(paras); k++ {
		if !reAboutRequest.MatchString(text(paras[k-1])) {
			continue
		}
		end, questions := k, 0
		for end < len(paras) {
			q, item := asked(paras[end])
			if !q && !item {
				break
			}
			if q {
				questions++
			}
			end++
		}
		if n := end - k; n < 2 || questions*2 <= n || end == len(paras) {
			continue
		}
		for n, pa := range paras[k:end] {
			p.add(1, n+1, pa[0], text(pa), "")
			for i := pa[0]; i < pa[1]; i++ {
				p.used[i] = true
			}
		}
		p.respStart = paras[end][0]
		return true
	}
	return false
}

// listedAfterLeadIn reads a request restated as a list with neither
// numbers nor bullets under a lead-in that ends "the following:" or "as
// follows:" ("... in which you asked for the following:" / "The total
// amount the Council spent on agency staff in 2017/18." / "The name of
// the agency ... through which the Council engages most" / "of its agency
// workers." / ...): each line that opens after one ended a sentence starts
// an item, and each item that asks (a question, or a thing asked for by
// its noun) is a question, in order, two at least. The list ends at the
// first line that asks nothing ("I have set out the Council's response in
// the same order."); the response after it is left for the reading of
// prose answers. It reports whether it found such a list.
func (p *parser) listedAfterLeadIn() bool {
	for i, raw := range p.lines {
		l := strings.ToLower(strings.TrimSpace(raw))
		if !strings.HasSuffix(l, "following:") && !strings.HasSuffix(l, "as follows:") {
			continue
		}
		if !reAboutRequest.MatchString(l) && !reAboutRequest.MatchString(p.lines[p.prevNonBlank(i)]) || p.respLine(i) {
			continue
		}
		var items []string
		var at []int
		open := false // the item before has not ended its sentence
		j := i + 1
		for ; j < len(p.lines); j++ {
			t := strings.TrimSpace(p.lines[j])
			if t == "" {
				continue
			}
			if open {
				items[len(items)-1] += " " + t
			} else {
				if p.respLine(j) || isBoilerplate(t) || !reListedAsk.MatchString(t) {
					break
				}
				items = append(items, t)
				at = append(at, j)
			}
			open = !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, ";")
			if open && len(strings.Fields(items[len(items)-1])) > 80 {
				items = nil // no list: a paragraph of prose
				break
			}
		}
		if len(items) < 2 || open || j == len(p.lines) {
			continue
		}
		for n, it := range items {
			p.add(1, n+1, at[n], it, "")
		}
		for k := i + 1; k < j; k++ {
			p.used[k] = true
		}
		p.respStart = j
		return true
	}
	return false
}

// reListedAsk opens an item of a request listed without numbers: a
// question, or a thing asked for by its noun ("The total amount ...", "A
// breakdown of ...", "Copies of ...", "Details of ...").
var reListedAsk = mustRx(`^(?:(?:How|What|Which|Whether|Who|When|Where|Why|Is|Are|Does|Do|Did|Has|Have|Can|Could|Please)\b|(?:The|A|An|Any|All)\s+(?:total|number|amount|name|names|cost|costs|value|values|date|dates|details|highest|lowest|average|breakdown|list|copy|copies|contract|job|title|annual)\b|(?:Copies|Details|Confirmation|A\s+copy|Numbers?|Totals?)\b)`)

// reAboutRequest is a sentence about the request that comes before it is
// quoted: "Your request for information of 10 June 2025 has now been
// considered", "You asked the following:".
var reAboutRequest = mustRx(`(?i)\b(?:request|requested|you\s+asked|following|you\s+wrote)\b`)

// reAskedThing opens a thing asked for by its noun: "Copies of all
// internal emails ...", "The number of ...", "Details of ...".
var reAskedThing = mustRx(`^(?i:(?:please\s+(?:provide|send)\s+(?:me\s+)?)?(?:copies|a\s+copy|the\s+(?:number|total|names?|cost|amount|value|details)|details|a\s+list|any\s+(?:reports?|documents?|correspondence|emails?|minutes))\s+of)\b`)

// splitLabelledProse reads a request set out as one paragraph of prose
// under a label of its own ("Request" / "Received: 25 February 2025" /
// "Please could you send me ... Does the council monitor ...? I would also
// like copies of ...") and answered by topic under "Response": each thing
// the prose asks is a question, numbered in the order asked, and the
// response is left for the reading of prose answers. A lone labelled
// question that asks one thing, or whose answer is no prose, is left as
// it is.
func (p *parser) splitLabelledProse() {
	if len(p.questions) != 1 {
		return
	}
	q := p.questions[0]
	if q.key != (qkey{1, 1}) || q.answerLine < 0 || len(q.decisions) > 0 {
		return
	}
	var text []string
	for _, l := range q.text {
		if l = strings.TrimSpace(l); l != "" && !(len(text) == 0 && datedField(l)) {
			text = append(text, l)
		}
	}
	asks := proseAsks(strings.Join(text, " "))
	if len(asks) < 2 {
		return
	}
	p.questions, p.byKey = nil, map[qkey]*qstate{}
	for n, a := range asks {
		p.add(1, n+1, q.firstLine, a, q.context)
	}
	p.respStart = q.answerLine
	for k := q.answerLine; k < len(p.lines); k++ {
		p.used[k] = false
	}
}

// endsParagraph reports whether a line, trimmed, may close the paragraph
// before a heading: it is blank, or it ends a sentence ("31 July 2028."
// straight above "Part B – Virtual Learning Environment contract" where
// the letter's producer left no blank lines).
func endsParagraph(prev string) bool {
	return prev == "" || strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "?")
}

// topicHeadings finds the headings that divide a request set out in
// unnumbered "You asked:" blocks into parts: short lines standing alone
// (a blank line before them) with no full stop, each straight above a
// question's label, two at least and the first above the first question.
// It returns their lines, or nil.
func (p *parser) topicHeadings(reported map[int]string) (map[int]bool, bool) {
	asked := func(i int) bool {
		_, ok := reported[i]
		return ok || reQuestionLabel.MatchString(strings.TrimSpace(p.lines[i]))
	}
	var at, questions []int
	firstQuestion := -1
	for i, raw := range p.lines {
		s := strings.TrimSpace(raw)
		if asked(i) {
			if firstQuestion < 0 {
				firstQuestion = i
			}
			questions = append(questions, i)
			continue
		}
		if !topicHeadingLine(s) || i > 0 && !endsParagraph(strings.TrimSpace(p.lines[i-1])) {
			continue
		}
		j := i + 1
		for j < len(p.lines) && strings.TrimSpace(p.lines[j]) == "" {
			j++
		}
		if j < len(p.lines) && asked(j) {
			at = append(at, i)
		}
	}
	if len(at) < 2 || firstQuestion < 0 || at[0] > firstQuestion {
		return nil, false
	}
	m := map[int]bool{}
	for _, i := range at {
		m[i] = true
	}
	// Parts only where a heading holds two questions or more.
	parts := false
	for k, h := range at {
		end := len(p.lines)
		if k+1 < len(at) {
			end = at[k+1]
		}
		n := 0
		for _, q := range questions {
			if q > h && q < end {
				n++
			}
		}
		parts = parts || n >= 2
	}
	return m, parts
}

// reportedAsks finds a request reported question by question, each over
// its answer: "You asked for a copy of the draft report." then "Response:
// ...". Two at least; it maps each line to the thing asked.
func (p *parser) reportedAsks() map[int]string {
	out := map[int]string{}
	for i, raw := range p.lines {
		s := strings.TrimSpace(raw)
		m := reReportedAskLine.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		if j := p.nextNonBlank(i); j >= len(p.lines) || !reAnswerLabel.MatchString(strings.TrimSpace(p.lines[j])) {
			continue
		}
		at := m[2]
		if at < 0 {
			at = m[4]
		}
		out[i] = s[at:]
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// continuesSentence reports whether line i carries on the sentence of
// the line above ("... no record of breakdowns as such that would answer
// your" / "question."): a word of prose, not a label.
func (p *parser) continuesSentence(i int) bool {
	if i == 0 {
		return false
	}
	prev := strings.TrimSpace(p.lines[i-1])
	if prev == "" {
		return false
	}
	// A word of a sentence running on ends the line: a lower-case one, or
	// a comma. A field ("Responded: 21/06/2022") or a heading does not,
	// nor a part's heading ending in a lower-case word ("Part A – Email
	// and cloud productivity contract" over "You asked:").
	if reNamedPartHeading.MatchString(prev) && topicHeadingLine(prev) {
		return false
	}
	last := prev[len(prev)-1]
	return last >= 'a' && last <= 'z' || last == ','
}

// reReportedAskLine opens a line reporting one thing asked: "You asked
// for ...", "You asked how many ...".
var reReportedAskLine = mustRx(`^(?i:you\s+(?:also\s+)?asked\s+(?:us\s+)?)(?:(?i:for)\s+(\S)|((?i:how|whether|if|what|which|who|when|where|about|to)\b))`)

// reNamedPartHeading opens a heading that names its part, then its
// subject, which may run longer than a bare topic: "Part A – Email and
// cloud productivity contract".
var reNamedPartHeading = mustRx(`^(?:Part|Section|Contract|Lot)\s+(?:[A-H]|\d{1,2})\s*[–—:-]\s+\S`)

// topicHeadingLine reports whether s may be a heading naming what the
// questions under it are about: one to six words (twelve after a part's
// name), opening with a capital, ending with no punctuation, and no label
// or boilerplate.
func topicHeadingLine(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 6 && (len(f) > 12 || !reNamedPartHeading.MatchString(s)) || s[0] < 'A' || s[0] > 'Z' || strings.ContainsAny(s[len(s)-1:], ".?:;,!") {
		return false
	}
	return !reAnswerLabel.MatchString(s) && !isBoilerplate(s) && !isArgumentHeading(s)
}

// findParagraphQuestion handles a request quoted as prose without numbers
// or labels: the quoted request becomes one question, P1.Q1.
func (p *parser) findParagraphQuestion() {
	if p.reportedList() {
		return
	}
	for i, raw := range p.lines {
		l := strings.ToLower(raw)
		m := reRequestLeadIn.FindStringIndex(l)
		if m == nil {
			continue
		}
		var text []string
		if rest := strings.TrimSpace(raw[m[1]:]); (len(strings.Fields(rest)) >= 3 || rest != "" && i+1 < len(p.lines) && strings.TrimSpace(p.lines[i+1]) != "") && (reReportedAsk.MatchString(l[m[0]:m[1]]) || opensQuote(rest)) {
			// "You asked how much the Council spent on the lights, and
			// who supplied them.": the request reported in the letter's
			// own sentence starts on the line that reports it, were it
			// only its first word ("You wanted to know what" / "salary
			// the Town Clerk is paid, ...").
			text = append(text, strings.TrimLeft(rest, ": "))
		}
		j := i + 1
		for ; j < len(p.lines); j++ {
			s := strings.TrimSpace(p.lines[j])
			if s == "" && len(text) > 0 {
				break
			}
			if p.respLine(j) {
				break
			}
			if len(text) == 0 && datedField(s) {
				// "Received: 25 February 2025" under the heading
				// "Request", before the request's words.
				continue
			}
			if s != "" {
				text = append(text, s)
			}
		}
		if len(text) == 0 {
			continue
		}
		if joined := strings.Join(text, " "); strings.TrimSpace(l[m[0]:m[1]]) == ":" && !strings.Contains(joined, "?") && len(proseAsks(joined)) < 2 && len(sentenceAsks(joined)) == 0 {
			// "... this takes on average 4 minutes per file, so:" over
			// the working "1,140 files x 4 minutes = 76 hours": a colon
			// before words that ask nothing introduces no request.
			continue
		}
		if asks := proseAsks(strings.Join(text, " ")); len(asks) >= 2 {
			// "Could you tell me how many pupils were excluded, and how
			// many suspensions there were? I would also like to know
			// whether ...": each thing asked is a question, numbered in
			// the order asked.
			for n, a := range asks {
				p.add(1, n+1, i+1, a, "")
			}
		} else {
			q := p.add(1, 1, i, "", "")
			q.text = text
		}
		for k := i; k < j; k++ {
			p.used[k] = true
		}
		p.respStart = j
		return
	}
	p.quotedMessageRequest()
}

// quotedMessageRequest reads the request from the message an e-mail reply
// quotes below its answer ("-----Original Message-----", its header,
// "Dear Wealdshire Constabulary," and the requester's paragraphs): the
// things the paragraphs ask, in order, are the questions. It gives none
// when the quoted message asks nothing.
func (p *parser) quotedMessageRequest() {
	at := -1
	for i, raw := range p.lines {
		if i > 0 && reOriginalMessage.MatchString(strings.TrimSpace(raw)) {
			at = i
			break
		}
	}
	if at < 0 {
		return
	}
	var text []string
	first := -1
	for i := at + 1; i < len(p.lines); i++ {
		s := strings.TrimSpace(p.lines[i])
		switch {
		case s == "" || reMailHeader.MatchString(s):
			continue
		case first < 0 && reGreeting.MatchString(s):
			continue
		case isBoilerplate(s) || reMessageClose.MatchString(s):
			i = len(p.lines)
			continue
		}
		if first < 0 {
			first = i
		}
		text = append(text, s)
	}
	if first < 0 {
		return
	}
	joined := strings.Join(text, " ")
	asked := proseAsks(joined)
	if len(asked) == 0 {
		asked = sentenceAsks(joined)
	}
	for n, a := range asked {
		p.add(1, n+1, first, a, "")
	}
}

var (
	// reOriginalMessage marks the message a reply quotes.
	reOriginalMessage = mustRx(`(?i)^-{2,}\s*(?:original\s+message|forwarded\s+message)\s*-{2,}$`)
	// reMailHeader is a line of a quoted message's header.
	reMailHeader = mustRx(`(?i)^(?:from|sent|to|cc|date|subject|importance)\s*:`)
	// reGreeting opens a message: "Dear Sir or Madam,", "Hello".
	reGreeting = mustRx(`(?i)^(?:dear|hello|hi|good\s+(?:morning|afternoon))\b[^.?]{0,60}$`)
	// reMessageClose ends a requester's message where the letter's own
	// sign-offs (isBoilerplate) do not: "Thanks in advance", "Yours
	// truly", "Regards, Jane".
	reMessageClose = mustRx(`(?i)^(?:yours\s+truly|thanks(?:\s+in\s+advance)?|thank\s+you(?:\s+in\s+advance)?|regards|best\s+wishes)\b[^.]{0,20}$`)
)

// datedField reports whether a line is a field of the letter's dates, a
// short label and a date: "Received: 25 February 2025", "Date of request:
// 3 March 2025".
func datedField(s string) bool {
	k := strings.IndexByte(s, ':')
	if k < 2 || k > 30 {
		return false
	}
	_, ok := parseLetterDate(strings.TrimSpace(s[k+1:]))
	return ok
}

// opensQuote reports whether s, after the colon that ends a lead-in,
// opens a quotation: "You wrote: \"I would like to" starts the request on
// the lead-in's line.
func opensQuote(s string) bool {
	s = strings.TrimLeft(s, ": ")
	return strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“")
}

// reReportedAsk is a lead-in that reports the request in the letter's own
// sentence ("you asked", "you requested"), after which the request's words
// follow on the same line.
var reReportedAsk = mustRx(`^you\s+(?:asked|requested|wanted\s+to\s+know|wrote\s+.*\basking|said\s+(?:that\s+)?you\s+(?:would\s+like|wanted|wished)\s+to\s+know)$`)

// reportedList reads a request reported in one sentence of the letter as
// a list ("... and asked us for the running hours of the pumping station,
// what the Board spent on electricity, any flood risk modelling, details
// of complaints, and the number of pollution incidents"): each item, three
// at least, is a question. It reports whether it found one.
func (p *parser) reportedList() bool {
	for i, raw := range p.lines {
		m := reAskedForList.FindStringIndex(raw)
		if m == nil {
			continue
		}
		// The sentence may run on over the paragraph's next lines, as a
		// PDF wraps it.
		rest, last := raw[m[1]:], i
		more := func() bool {
			if last+1 >= len(p.lines) || last-i >= maxReportedLines || strings.TrimSpace(p.lines[last+1]) == "" {
				return false
			}
			last++
			rest += " " + strings.TrimSpace(p.lines[last])
			return true
		}
		for !holdsSentenceEnd(rest) && more() {
		}
		first := rest
		if ss := splitSentences(rest); len(ss) > 0 {
			first = ss[0]
		}
		items := commaItems(first)
		if len(items) < 3 {
			items = forItems(first)
		}
		if len(items) < 2 {
			continue
		}
		// "You also asked for copies of ..., and for the number of
		// ...": the request goes on in the sentences after.
		end := last
		rest = strings.TrimSpace(rest[len(first):])
		for {
			for !holdsSentenceEnd(rest) && more() {
			}
			a := reAlsoAsked.FindStringIndex(rest)
			if a == nil {
				break
			}
			sent := rest
			if ss := splitSentences(rest); len(ss) > 0 {
				sent = ss[0]
			}
			if len(sent) <= a[1] {
				break
			}
			asked := sent[a[1]:]
			extra := forItems(asked)
			if extra == nil {
				extra = commaItems(asked)
			}
			if extra == nil {
				extra = []string{strings.TrimSpace(strings.TrimRight(strings.TrimSpace(asked), "."))}
			}
			if !threeWordsEach(extra) {
				break
			}
			items = append(items, extra...)
			end = last
			rest = strings.TrimSpace(rest[len(sent):])
		}
		for n, it := range items {
			p.add(1, n+1, i, it, "")
		}
		for k := i; k <= end; k++ {
			p.used[k] = true
		}
		p.respStart = end + 1
		return true
	}
	return false
}

// reAlsoAsked opens a sentence that goes on reporting the request: "You
// also asked for", "You further requested".
var reAlsoAsked = mustRx(`^(?i:(?:you|they|the\s+requester)\s+(?:also|further|then|additionally|lastly|finally)\s+(?:asked|requested)(?:\s+(?:us|me))?(?:\s+for)?\s+)`)

// maxReportedLines is how many lines past its first a sentence reporting
// the request may run on.
const maxReportedLines = 8

// holdsSentenceEnd reports whether s holds the end of a sentence.
func holdsSentenceEnd(s string) bool {
	return endsSentence(strings.TrimSpace(s)) || len(splitSentences(s)) > 1
}

// forItems splits a request reported as things asked for, each after its
// own "for" ("You asked for storm overflow spill data for 2024, for a
// list of the monitors that were not working, ... and for the results of
// every investigation since 2015"): two things at least, three words or
// more each. A "for" that qualifies what comes before it ("the fines
// issued, for each year since 2020") starts no new thing. It returns nil
// when there is no such list.
func forItems(s string) []string {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "."))
	var out []string
	from := 0
	for _, m := range reForItem.FindAllStringSubmatchIndex(s, -1) {
		if reForQualifier.MatchString(s[m[2]:]) {
			continue
		}
		out = append(out, strings.TrimSpace(s[from:m[0]]))
		from = m[2]
	}
	if len(out) == 0 {
		return nil
	}
	out = append(out, strings.TrimSpace(s[from:]))
	if !threeWordsEach(out) {
		return nil
	}
	return out
}

// reForItem is the comma and "for" (with "and", perhaps) before the next
// thing asked for; its group starts the thing.
var reForItem = mustRx(`,\s+(?:and\s+)?for\s+(\S)`)

// reForQualifier opens what a "for" qualifies rather than asks: "each
// year", "every month", "example", "the period".
var reForQualifier = mustRx(`(?i)^(?:(?:each|every|all)\s+(?:of\s+the\s+)?(?:(?:financial|calendar|academic)\s+)?(?:years?|months?|weeks?|quarters?|days?|periods?)|example|instance|the\s+(?:period|years?|months?|last|past|same|financial|calendar|academic)|(?:19|20)\d\d|this|that|these|those)\b`)

// reAskedForList introduces a request reported as a list: "asked us for",
// "you asked for", "requested".
var reAskedForList = mustRx(`(?i)\b(?:asked|requested)\s+(?:us\s+|me\s+|the\s+(?:board|council|trust|authority|force|department|university|college)\s+)?for\s+`)

// commaItems splits a list run on with commas ("the running hours ...,
// what the Board spent ..., any flood risk modelling ..., and the number
// of ...") where each item opens as an item of a request does; it returns
// nil unless every piece does and has three words or more.
func commaItems(s string) []string {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "."))
	var out []string
	start := 0
	for i := 0; i+2 < len(s); i++ {
		if s[i] != ',' || s[i+1] != ' ' {
			continue
		}
		next := strings.TrimPrefix(s[i+2:], "and ")
		if !opensItem(next) {
			continue
		}
		out = append(out, strings.TrimSpace(s[start:i]))
		start = len(s) - len(next)
	}
	out = append(out, strings.TrimSpace(s[start:]))
	if !threeWordsEach(out) {
		return nil
	}
	return out
}

// opensItem reports whether s opens as an item of a request: "the number
// of", "what the Board spent", "any reports", "details of", "copies of".
func opensItem(s string) bool {
	w := strings.ToLower(s)
	if k := strings.IndexAny(w, " ,"); k > 0 {
		w = w[:k]
	}
	switch w {
	case "the", "any", "all", "what", "how", "which", "who", "whether", "when", "where", "details", "copies", "a", "an", "your", "its", "their":
		return true
	}
	return false
}

// proseAsks returns the things a request written as prose asks, each as a
// question's text: its sentences that ask, each split where it goes on to
// ask another thing (", and how many ...", "and, if they do, how many
// ..."). It returns nil when the prose asks one thing or none it can tell.
func proseAsks(text string) []string {
	text = strings.Trim(strings.TrimSpace(text), "\"“”'")
	if items := semicolonItems(text); items != nil {
		// Each item of a list run on with semicolons may ask two things
		// itself ("how many are on zero-hours contracts and how many
		// are on fixed-term contracts"), or open with the sentence
		// naming the request's subject before "You asked ...".
		var out []string
		for k, item := range items {
			asked := sentenceAsks(item)
			if k == 0 && len(asked) > 1 && reTopicOnly.MatchString(asked[0]) {
				asked = asked[1:]
			}
			if len(asked) == 0 {
				asked = []string{item}
			}
			out = append(out, asked...)
		}
		return out
	}
	out := completeElliptical(joinDetails(sentenceAsks(text)))
	if len(out) < 2 {
		return nil
	}
	return out
}

// reElliptical is an ask that leaves out the verb of the one before it:
// "(and) how much on agency workers?", "how many for 2023/24". Groups:
// the question words, the preposition.
var reElliptical = mustRx(`(?i)^(?:and\s+)?(how\s+(?:much|many))\s+(on|for|in|at|by|to|from)\s+\S`)

// completeElliptical writes out an ask that borrows the verb of the ask
// before it: after "how much did the Council spend in 2023/24 on relief
// or sessional workers", "how much on agency workers?" asks "how much
// did the Council spend in 2023/24 on agency workers?". Read as it
// stands it shares few words with its answer ("Spend on agency workers
// in 2023/24 was £3,615,009"), and none with the same question asked
// again in later years.
func completeElliptical(asks []string) []string {
	for k := 1; k < len(asks); k++ {
		m := reElliptical.FindStringSubmatchIndex(asks[k])
		if m == nil {
			continue
		}
		words, prep := strings.ToLower(asks[k][m[2]:m[3]]), strings.ToLower(asks[k][m[4]:m[5]])
		prev := asks[k-1]
		at := strings.Index(strings.ToLower(prev), words+" ")
		end := strings.LastIndex(strings.ToLower(prev), " "+prep+" ")
		if at < 0 || end <= at {
			continue
		}
		asks[k] = prev[at:end] + " " + asks[k][m[4]:]
	}
	return asks
}

// reConfirmAsk asks to confirm what was said before it: "is that
// correct?", "is this true?".
var reConfirmAsk = mustRx(`(?i)^(?:and\s+)?(?:is|was)\s+(?:that|this|it)\s+(?:correct|true|right|accurate|the\s+case)\s*\?*$`)

// reTopicOnly is a sentence that names what a request is about and asks
// nothing itself: "information about staff contracts and about the
// Principal's expenses", before "You asked how many ...".
var reTopicOnly = mustRx(`(?i)^information\s+(?:about|on|regarding|concerning|relating\s+to)\b[^?]*\.$`)

// sentenceAsks returns the asks of the sentences of text, in order.
func sentenceAsks(text string) []string {
	var out []string
	prev := "" // the piece before, asking or not
	for _, sent := range splitSentences(text) {
		sent = strings.Trim(strings.TrimSpace(sent), "\"“”'")
		asked := false // whether the piece before asked
		for k, piece := range splitFurtherAsks(sent) {
			piece = strings.TrimSpace(strings.TrimRight(piece, ",;"))
			if piece == "" {
				continue
			}
			if k > 0 && !asked && reRelativeOpen.MatchString(piece) {
				// "Thank you for your email, which the Council received
				// on 3rd March": a relative clause of words that ask
				// nothing, not another ask.
				continue
			}
			if k > 0 && asked && len(out) > 0 && reRelativeSaid.MatchString(piece) {
				// "the valuation of the Corn Exchange, which you
				// understand to be £3.2 million": what the requester
				// says of the thing asked for, part of that ask.
				out[len(out)-1] = strings.TrimRight(out[len(out)-1], ",; ") + ", " + strings.TrimRight(piece, ".")
				continue
			}
			asked = false
			if k > 0 && reForThing.MatchString(piece) && len(strings.Fields(piece)) >= 4 {
				// "..., who holds the contract, and for the clerk's
				// annual salary": a thing asked for, after the asks
				// before it.
				out = append(out, strings.TrimRight(piece, "."))
				asked = true
				continue
			}
			if reConfirmAsk.MatchString(piece) && prev != "" && !asked {
				// "I have heard that the Agency has been looking into
				// the Morwenna Rose ...; is that correct?": what is to be
				// confirmed, and the ask.
				out = append(out, prev+"; "+piece)
				asked = true
				continue
			}
			prev = piece
			lead := reAskLeadIn.FindString(piece)
			if lead == "" {
				if loc := reMidAskLead.FindStringIndex(piece); loc != nil && loc[0] > 0 && len(strings.Fields(piece[:loc[0]])) <= 12 {
					// "Following the problems on the A421 last winter I
					// would like to know how much road salt ...": the ask
					// after the words that say why.
					piece = piece[loc[0]:]
					lead = reAskLeadIn.FindString(piece)
				}
			}
			if rest := piece[len(lead):]; asks(rest) || reAskingLead.MatchString(lead) && len(strings.Fields(rest)) >= 3 || k > 0 && reObliqueAsk.MatchString(piece) {
				// "I'd also like to see the contract you have with ...":
				// the lead-in asks for what follows.
				out = append(out, piece)
				asked = true
			}
		}
	}
	return out
}

// reObliqueAsk opens an ask run on after the ask before it by a
// preposition or by "to know": "(and) through which framework the Trust
// buys agency workers", "(and) to know whether the Trust uses a master
// vendor", "(and) for each investigation what the outcome was", "(and)
// any record the council holds of complaints ...".
var reObliqueAsk = mustRx(`(?i)^(?:(?:through|by|from|with|under)\s+(?:which|what|whom)|to\s+know\s+(?:whether|if|how|what|which|who|when|where)|for\s+each\s+[a-z]+(?:\s+[a-z]+)?\s*,?\s+(?:what|how|which|who|when|where|whether)|` + anyRecords + `)\b`)

// reMidAskLead is a lead-in to an ask inside a sentence: "... last
// winter I would like to know how much ...".
var reMidAskLead = mustRx(`\b(?:I\s+would\s+(?:like|be\s+grateful)|I\s+should\s+like|I\s+wish\s+to|(?:[Pp]lease|[Cc]ould\s+you)\s+(?:please\s+)?(?:provide|tell|send|supply|confirm|let\s+me\s+know))\b`)

// reRelativeOpen opens a relative clause: "which the Council received".
var reRelativeOpen = mustRx(`(?i)^(?:which|who|whom|whose)\s`)

// reRelativeSaid opens a relative clause whose subject is a person ("which
// you understand to be £3.2 million", "which I believe was signed in
// 2021"), where "which company supplies it" would ask.
var reRelativeSaid = mustRx(`(?i)^(?:which|whom)\s+(?:you|i|we|they|he|she)\s+(?:\w+\s+)?(?:understand|believe|think|know|say|said|stated|mentioned|referred|reported|quoted|published|announced|described|understood|believed|thought|gave|told)\b`)

// joinDetails joins to the ask before it a short ask by a question word
// that names a thing of it by "that" or "those" ("which hospital had the
// longest handover delay and how long that delay lasted"): a detail of
// the same question, not another.
func joinDetails(asks []string) []string {
	var out []string
	for _, a := range asks {
		if n := len(out); n > 0 && len(strings.Fields(a)) <= 6 && reAskWord.MatchString(a) && !anotherKind(out[n-1], a) {
			if m := reThatThing.FindStringSubmatch(a); m != nil && len(m[1]) >= 4 && strings.Contains(strings.ToLower(out[n-1]), strings.ToLower(strings.TrimSuffix(m[1], "s"))) {
				out[n-1] = strings.TrimRight(out[n-1], ",;") + " and " + a
				continue
			}
			if reEachOne.MatchString(a) {
				// "the names of the providers and what each is paid": what
				// each of the things just asked for is paid is a detail
				// of them, answered beside their names.
				out[n-1] = strings.TrimRight(out[n-1], ",;") + " and " + a
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// reAskWord opens an ask by its question word ("how long that delay
// lasted"), not by the thing asked for ("the minutes of those meetings",
// another thing).
var reAskWord = mustRx(`(?i)^(?:how|what|when|where|which|who|whether)\b`)

// anotherKind reports whether ask asks how much after prev asked how
// many, or who after prev asked how much or how many: "how many penalty
// charge notices the council issued in 2015, and how much income those
// notices generated" asks for a count and then for money, "how much the
// University has paid to consultants, and who those consultants were"
// for a sum and then for names: two answers, though the second names the
// first's things.
func anotherKind(prev, ask string) bool {
	return reHowMuch.MatchString(ask) && reHowMany.MatchString(prev) || reWhoAsk.MatchString(ask) && reHowMuchOrMany.MatchString(prev)
}

var (
	reHowMuch = mustRx(`(?i)^how\s+much\b`)
	reHowMany = mustRx(`(?i)\bhow\s+many\b`)
	// reWhoAsk asks who; reHowMuchOrMany asks for a sum or a count.
	reWhoAsk        = mustRx(`(?i)^who\b`)
	reHowMuchOrMany = mustRx(`(?i)\bhow\s+(?:much|many)\b`)
)

// reEachOne asks of each of the things named before, by "each" alone:
// "what each is paid", "how much each was paid".
var reEachOne = mustRx(`(?i)^(?:what|how\s+much|when|where)\s+each\s+(?:is|was|were|has|had|received|receives|costs?)\b`)

// reThatThing is "that delay", "those incidents": a thing named before.
var reThatThing = mustRx(`(?i)\b(?:that|those|this|these)\s+([a-z]+)\b`)

// semicolonItems returns the items of a list run on with semicolons
// ("how many agents the University has contracts with; the total
// commission paid to them; ...; and the names of the staff"), three at
// least, each of three words or more, or nil.
func semicolonItems(text string) []string {
	// The list's last item may end with a semicolon of its own.
	parts := strings.Split(strings.TrimSuffix(strings.TrimSpace(text), ";"), ";")
	if len(parts) < 3 {
		return nil
	}
	var out []string
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if low := strings.ToLower(part); strings.HasPrefix(low, "and ") {
			part = strings.TrimSpace(part[4:])
		}
		out = append(out, part)
	}
	if !threeWordsEach(out) {
		return nil
	}
	return out
}

// threeWordsEach reports whether every item of a list has three words or
// more: a shorter piece is no item of a request ("their cost").
func threeWordsEach(items []string) bool {
	for _, it := range items {
		if len(strings.Fields(it)) < 3 {
			return false
		}
	}
	return true
}

// forThing is a thing asked for after "and": "for the clerk's salary",
// "for a copy of the policy".
const forThing = `for\s+(?:the|a|an|any|all|copies|details)\s`

// reForThing opens a piece of a request with forThing.
var reForThing = mustRx(`(?i)^` + forThing)

// splitFurtherAsks splits a sentence of a prose request where it goes on
// to ask another thing, keeping the asking word with what follows.
func splitFurtherAsks(sent string) []string {
	ms := append(reFurtherAsk.FindAllStringSubmatchIndex(sent, -1), reAndAsk.FindAllStringSubmatchIndex(sent, -1)...)
	slices.SortFunc(ms, func(a, b []int) int { return a[0] - b[0] })
	var out []string
	from := 0
	for _, m := range ms {
		if m[0] < from {
			continue // the same "and" found by both
		}
		if strings.Count(sent[:m[0]], "(") > strings.Count(sent[:m[0]], ")") {
			continue // "(if so, who)": an aside in brackets asks on with its ask
		}
		if m[2] < 0 && m[4] >= 0 && len(strings.Fields(sent[from:m[0]])) < 3 {
			continue // "Finally, how much ...": a comma after a word that leads in
		}
		// at: where the asking word begins, in whichever of the
		// expressions' ways matched (one group only matches).
		at := -1
		for k := 2; k < len(m); k += 2 {
			at = max(at, m[k])
		}
		if reObliqueAsk.MatchString(sent[at:]) && strings.Contains(strings.ToLower(sent[m[0]:at]), "if") {
			// "... a master vendor arrangement and, if so, with which
			// company": who holds the arrangement asked about, part of
			// that ask.
			continue
		}
		if len(strings.Fields(sent[at:])) <= 2 {
			// "whether any drivers have been removed ..., and if so how
			// many?": the count of what the ask before asked about,
			// which its answer gives.
			continue
		}
		out = append(out, sent[from:m[0]])
		from = at
	}
	return append(out, sent[from:])
}

// reFurtherAsk is where a sentence of a prose request goes on to ask
// another thing: ", and how many ...", "; and which ...", "and, if they
// do, how many ...", "and if so, which ...", ", and the name of ...",
// ", and through which framework ...", ", and to know whether ...". Its
// group is the asking word.
var reFurtherAsk = mustRx(`(?i)(?:[,;]\s+and\s+(?:,?\s*if\s+(?:so|they\s+do|it\s+does|there\s+are|there\s+is|any)\s*,?\s*)?(?:also\s+)?|\s+and\s*,?\s*if\s+(?:so|they\s+do|it\s+does|there\s+are|there\s+is|any)\s*,\s*)((?:how|what|which|who|whether|when|where)\b|(?:through|by|from|with|under)\s+(?:which|what|whom)\b|to\s+know\s+(?:whether|if|how|what|which|who|when|where)\b|for\s+each\s+[a-z]+(?:\s+[a-z]+)?\s*,?\s+(?:what|how|which|who|when|where|whether)\b|` + askedNoun + `|` + askVerb + `|i\s+(?:would|['’]d)\s+(?:also\s+)?like\b)`)

// askVerb opens an ask put as a command: "give me the names of ...",
// "send me a copy of ...", "please provide the ...".
const askVerb = `(?:please\s+)?(?:(?:give|send|tell|show)\s+(?:me|us)\b|(?:provide|supply)\s+(?:me\s+with\s+|us\s+with\s+)?(?:the|a|an|any|copies|details)\b)`

// reAndAsk joins a further ask with "and" and no comma, or with a comma
// and no "and", where what follows plainly asks again: "how many appeals
// were lodged and how many of those were upheld", "how many people are on
// the list and who they are", "what the council charges for a plot, how
// many people are waiting, ...", "which company provides it, when that
// agreement comes to an end, ...", "..., and for the clerk's salary",
// "send me the names of the companies ... and tell me what fees ...". Its
// group (whichever matched) is the asking word.
var reAndAsk = mustRx(`(?i)\s+and\s+(?:also\s+)?((?:how\s+(?:many|much|long|often)|whether|who|(?:please\s+)?(?:tell|send|give|show)\s+(?:me|us)\b|let\s+(?:me|us)\s+know\b|what\s+(?:they|it|he|she|those|these|that|this|each)\s+(?:is|are|was|were|cost|costs|earn|earns)|what\s+(?:they|it|he|she)\s+(?:are|is|were|was)\s+paid)\b)|,\s+((?:how\s+(?:many|much|long|often)|whether|who|what|which|when)\b|` + askedNoun + `)|,\s+and\s+((?:could|can|would|may)\s+(?:i|you|we)\b)|,\s+and\s+(` + forThing + `)|,\s+(?:together|along)\s+with\s+(` + askedNoun + `)`)

// askedNoun opens a thing asked for by its noun: "the names of the
// officials", "a copy of the contract", "the minutes of those meetings".
const askedNoun = `(?:(?:for\s+)?the\s+(?:total\s+)?(?:names?|number|total|cost|amount|value|valuation|date|details|contact\s+details|minutes|address(?:es)?|locations?|dates)\s+of|(?:for\s+)?a\s+(?:copy|list)\s+of|(?:for\s+)?copies\s+of|` + anyRecords + `)\b`

// anyRecords opens a thing asked for as whatever records are held: "any
// record the council holds of complaints ...", "any correspondence
// about ...".
const anyRecords = `any\s+(?:records?|correspondence|reports?|documents?|minutes|e-?mails|notes)\s+(?:of|about|on|relating\s+to|concerning|that|which|the\s+\w+\s+holds?)`

// reAskLeadIn is the polite opening of a sentence that asks: "Could you
// tell me", "I would also like to know", "Finally,", "Specifically I would
// like to know".
var reAskLeadIn = mustRx(`(?i)^(?:(?:finally|lastly|also|secondly|thirdly|next|further(?:more)?|in\s+addition|additionally|separately|specifically|in\s+particular)\s*,?\s*)?(?:(?:could|can|would|will)\s+you\s+(?:please\s+|also\s+)?(?:tell|let|advise|confirm|provide|send|say|inform)\s+(?:me|us)?\s*|i(?:\s+would|['’]d)\s+(?:also\s+)?(?:like|be\s+grateful)\s+(?:to\s+know|to\s+ask|to\s+request|to\s+see|to\s+have|to\s+receive|to\s+obtain|for|if\s+you\s+could\s+(?:tell|let|advise)\s+me)?\s*|i\s+(?:also\s+)?(?:want|wish|need)\s+to\s+know\s*|you\s+(?:also\s+)?(?:wanted\s+to\s+know|asked(?:\s+(?:us|me))?(?:\s+for)?)\s*|please\s+(?:also\s+)?(?:tell|let|advise)\s+me\s*|it\s+would\s+(?:also\s+)?(?:help|be\s+(?:helpful|useful|good))\s+(?:me\s+)?to\s+(?:know|have|see|receive)\s*)?`)

// reAskingLead is a lead-in that itself asks for what follows it: "I'd
// like to see", "could you send me", not "Finally,".
var reAskingLead = mustRx(`(?i)\b(?:like|want|wish|need|grateful|tell|let|advise|provide|send|confirm|inform|help\s+(?:me\s+)?to\s+know|helpful\s+to\s+know|useful\s+to\s+know)\b`)

// keyedAnswersFollow reports whether, within the next few lines after i,
// an answer is keyed back to an existing question by number: then a bare
// "Response" line is a section heading, not the answer to the question
// just read.
func (p *parser) keyedAnswersFollow(i, part int) bool {
	seen := 0
	for j := i + 1; j < len(p.lines) && seen < 6; j++ {
		s := strings.TrimSpace(p.lines[j])
		if s == "" {
			continue
		}
		seen++
		if reQuestionLabel.MatchString(s) {
			// "You asked:" over the next question: the heading was
			// over the answer to the question just read.
			return false
		}
		if _, _, ok := partHeading(s); ok {
			return true
		}
		lab := p.labels[j]
		if lab.kind == labelNone || len(lab.nums) == 0 {
			continue
		}
		if lab.kind == labelItem && !sameListFamily(lab.style, p.runStyle) {
			// "(a) 86" / "(b) 94" under "Our response:" in a request
			// numbered "You asked (1):": the answer's own parts, not
			// answers keyed to questions 1 and 2.
			continue
		}
		if _, ok := p.byKey[qkey{part, lab.nums[0]}]; ok && lab.nums[0] == 1 || lab.kind == labelAnswer {
			return true
		}
	}
	return false
}

// firstAnswerKeyed reports whether the first line after a bare answer
// heading at i is an item of the run numbered 1, asked in the part: the
// heading is over the part's answers keyed back, not over the answer to
// the question just read.
func (p *parser) firstAnswerKeyed(i, part int) bool {
	for j := i + 1; j < len(p.lines); j++ {
		if strings.TrimSpace(p.lines[j]) == "" {
			continue
		}
		lab := p.labels[j]
		if lab.kind != labelItem || !sameListFamily(lab.style, p.runStyle) || len(lab.nums) != 1 || lab.nums[0] != 1 {
			return false
		}
		_, ok := p.byKey[qkey{part, 1}]
		return ok
	}
	return false
}

// decisionBetweenItems reports whether the paragraph at line i, among a
// run's questions, decides for questions named by number rather than
// answering the one above it: it names several questions, one of them
// asked already, and the run goes on after it with the next question.
func (p *parser) decisionBetweenItems(i int, st *runState) bool {
	s := strings.TrimSpace(p.lines[i])
	m := reQuestionRef.FindStringSubmatch(s)
	if m == nil || rePointer.MatchString(s) || !p.runGoesOn(i, st.last) {
		return false
	}
	// Several questions, one of them asked already: an answer that
	// points to another ("the same as for question 3") names one, and
	// "item7" in a web address names one not yet asked.
	nums := numbersIn(m[1])
	return len(nums) >= 2 && slices.Min(nums) <= st.last
}

// partFollows reports whether the heading of a part after part and its
// first item come after line i, before the letter's closing boilerplate
// (a heading of part 1 again would start the answers to a request
// restated above).
// questionFollows reports whether the run's next question, numbered
// last+1 in the run's own style, comes after line i before the letter's
// closing boilerplate.
func (p *parser) questionFollows(i, last int) bool {
	for j := i + 1; j < len(p.lines); j++ {
		if isBoilerplate(strings.TrimSpace(p.lines[j])) {
			return false
		}
		if lab := p.labels[j]; lab.style == p.runStyle && len(lab.nums) == 1 && lab.nums[0] == last+1 {
			return true
		}
	}
	return false
}

func (p *parser) partFollows(i, part int) bool {
	for j := i + 1; j < len(p.lines); j++ {
		s := strings.TrimSpace(p.lines[j])
		if isBoilerplate(s) {
			return false
		}
		if n, _, ok := partHeading(s); ok && p.firstItemFollows(j) {
			return n > part
		}
	}
	return false
}

// firstItemFollows reports whether the next labelled line after i, within
// a few lines, is an item numbered 1 in the run's style: a part heading in
// the middle of an answer then opens a new part of the request.
func (p *parser) firstItemFollows(i int) bool {
	for j := i + 1; j < len(p.lines) && j <= i+12; j++ {
		lab := p.labels[j]
		if lab.kind == labelNone {
			continue
		}
		return lab.style == p.runStyle && len(lab.nums) == 1 && lab.nums[0] == 1
	}
	return false
}

// reviewFollows reports whether a review's answer label follows line i
// within its paragraph.
func (p *parser) reviewFollows(i int) bool {
	for j := i + 1; j < len(p.lines) && j <= i+8 && strings.TrimSpace(p.lines[j]) != ""; j++ {
		if reAnswerLabel.MatchString(strings.TrimSpace(p.lines[j])) {
			return true
		}
	}
	return false
}

// askedBelow reports whether the first line after line i asks something:
// "Item 1" over "How many appliances were off the run ...?".
func (p *parser) askedBelow(i int) bool {
	for j := i + 1; j < len(p.lines) && j <= i+2; j++ {
		s := strings.TrimSpace(p.lines[j])
		if s == "" {
			continue
		}
		return p.labels[j].kind == labelNone && !reAnswerLabel.MatchString(s) && asks(s)
	}
	return false
}

// keyedReview reports whether the letter reviews question by question,
// each with its original response: more than one line opens with one.
func (p *parser) keyedReview() bool {
	n := 0
	for _, l := range p.lines {
		if reOriginalLabel.MatchString(strings.TrimSpace(l)) {
			if n++; n > 1 {
				return true
			}
		}
	}
	return false
}

// reviewAhead reports whether a review's own answer ("Review: upheld")
// follows line i before the next question, blank lines or not.
func (p *parser) reviewAhead(i int) bool {
	for j := i + 1; j < len(p.lines) && j <= i+12; j++ {
		s := strings.TrimSpace(p.lines[j])
		if s == "" {
			continue
		}
		if reAnswerLabel.MatchString(s) {
			return true
		}
		if p.labels[j].kind != labelNone || reOriginalLabel.MatchString(s) {
			return false
		}
	}
	return false
}

// reAuthorityVoice opens a paragraph in the authority's own voice.
var reAuthorityVoice = mustRx(`^(?:We|I|Our|The\s+(?:Council|Department|Trust|Force|Authority|Board|University|Agency|Service|Constabulary|Police|Office|Commission|College|Executive|ICB|Ministry))\s`)

// continuesSentence reports whether a line carries on a sentence from
// the line before: it starts in lower case ("system does not hold ... We
// can confirm ...").
func continuesSentence(s string) bool {
	return s != "" && s[0] >= 'a' && s[0] <= 'z'
}

// allAsked reports whether every question in nums is one of part's
// questions already read, none beyond last.
func (p *parser) allAsked(part int, nums []int, last int) bool {
	for _, n := range nums {
		if _, ok := p.byKey[qkey{part, n}]; !ok || n > last {
			return false
		}
	}
	return true
}

// runGoesOn reports whether the next item of the run after line i is
// the one after last: "Please find attached ..." between items 1 and 2
// answers item 1; the response proper starts the numbering again.
func (p *parser) runGoesOn(i, last int) bool {
	for j := i + 1; j < len(p.lines); j++ {
		lab := p.labels[j]
		if lab.style == p.runStyle && len(lab.nums) == 1 {
			return lab.nums[0] == last+1
		}
		if isBoilerplate(p.lines[j]) {
			return false
		}
	}
	return false
}

// nextItemFollows reports whether the run goes on after line i with the
// item numbered last+1 (or a new part's item 1). When it does not, and no
// earlier question had an answer, a "Response" line heads the response to
// the whole request rather than answering the last question.
func (p *parser) nextItemFollows(i, last, part int) bool {
	for j := i + 1; j < len(p.lines); j++ {
		if n, _, ok := partHeading(p.lines[j]); ok && n <= part && part > 1 {
			// "First request" again after the second request's last
			// question: the answers, keyed by part, not a question.
			return false
		}
		lab := p.labels[j]
		if lab.style == p.runStyle && len(lab.nums) == 1 && (lab.nums[0] == last+1 || lab.nums[0] == 1) {
			return true
		}
		if isBoilerplate(p.lines[j]) {
			return false
		}
	}
	return false
}

// openQuoteTrimmed is a line without its spaces and an opening quotation
// mark: a request quoted in full opens its first item with the mark
// ("\"(a) How much has the Department spent ...").
func openQuoteTrimmed(l string) string {
	return strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "\"“‘'"))
}

var reBullet = mustRx(`^(?:[•●▪◦·*\-–]|\(?[a-h]\))\s+(\S.*)$`)

// bulletRequest finds a request set out as bullets after a lead-in ("You
// asked:"), returning the first and last bullet lines, or -1.
func (p *parser) bulletRequest() (int, int) {
	bullets := 0
	for _, l := range p.lines {
		if reBullet.MatchString(openQuoteTrimmed(l)) {
			bullets++
		}
	}
	if bullets < 2 {
		return -1, -1
	}
	for i, l := range p.lines {
		if !reRequestLeadIn.MatchString(strings.ToLower(l)) {
			continue
		}
		first, last, n := -1, -1, 0
		for j := i + 1; j < len(p.lines) && j < i+60; j++ {
			s := openQuoteTrimmed(p.lines[j])
			switch {
			case s == "":
				continue
			case reBullet.MatchString(s):
				if first < 0 {
					first = j
				}
				last = j
				n++
				continue
			case first < 0 && j < i+4:
				continue // a line of preamble between the lead-in and the list
			case first >= 0 && strings.TrimSpace(p.lines[j-1]) != "" && !p.respLine(j) && !reResponseLabel.MatchString(s):
				last = j // a wrapped bullet (an answer's label is none)
				continue
			}
			break
		}
		if n >= 2 {
			return first, last
		}
	}
	return -1, -1
}

// proseKeyedByNumbers reads a request quoted as prose, asking as many
// things as the numbered items from line start answer ("I have taken
// these as four questions and answered them in the same order." over "1.
// The council spent £8,946 ..."): the prose asks, the numbers key the
// answers. It reports whether it did.
func (p *parser) proseKeyedByNumbers(start int) bool {
	keys := 0
	style := ""
	for i := start; i < len(p.lines); i++ {
		lab := p.labels[i]
		if lab.kind == labelNone {
			continue
		}
		if keys == 0 {
			style = lab.style
		}
		rest := lab.rest
		for j := i + 1; j < len(p.lines) && strings.TrimSpace(p.lines[j]) != "" && p.labels[j].kind == labelNone; j++ {
			rest += " " + strings.TrimSpace(p.lines[j]) // the item's wrapped lines
		}
		if lab.kind == labelQuestion && lab.nums[0] == keys+1 && consecutive(lab.nums) && rest != "" && !strings.Contains(rest, "?") {
			// "Questions 1, 2 and 3 – fixed penalty notices issued, paid
			// and income", "Question 4 – use of a private enforcement
			// company": headings that key the answers by the numbers the
			// letter gave the asks of a request in prose.
			keys = lab.nums[len(lab.nums)-1]
			continue
		}
		if lab.kind != labelItem || len(lab.nums) != 1 || lab.nums[0] != keys+1 || rest == "" || !states(rest) {
			break
		}
		keys++
	}
	if keys < 2 {
		return false
	}
	for i := 0; i < start; i++ {
		at, rest, ok := p.requestLeadIn(i, start)
		if !ok {
			continue
		}
		var text []string
		if opensQuote(rest) {
			text = append(text, strings.TrimLeft(rest, ": "))
		}
		i = at
		j := i + 1
		for ; j < start; j++ {
			t := strings.TrimSpace(p.lines[j])
			if t == "" && len(text) > 0 {
				break
			}
			if t != "" {
				text = append(text, t)
			}
		}
		asked := proseAsks(strings.Join(text, " "))
		switch {
		case len(asked) < keys:
			// The numbers say how many things were asked: "who supplies
			// them and what the scheme has cost" is two; "the current
			// basic salary of the Vice-Chancellor, details of all
			// flights ..., and any severance payment ..." three.
			asked = splitBareAnds(asked)
			if len(asked) < keys {
				asked = splitListCommas(asked, keys)
			}
		case len(asked) > keys:
			// "which library management system the service uses and who
			// provides it" is one.
			asked = joinFollowUps(asked, keys)
		}
		if len(asked) != keys {
			continue
		}
		for n, a := range asked {
			p.add(1, n+1, i+1, a, "")
		}
		for k := i; k < j; k++ {
			p.used[k] = true
		}
		p.respStart = j
		if sameListFamily(style, "alpha") {
			// "(a) The five agencies ...", "(b) This information is
			// withheld ...": the answers are keyed by letter, and only
			// a lettered run reads them as keys.
			p.runStyle = style
		}
		return true
	}
	return false
}

// requestLeadIn reports whether line i, before line end, opens with or
// holds the words that introduce a request ("You wrote:", "you asked for
// the following:"), and returns the line they end on and the text after
// them. A lead-in may wrap: "I refer to your email ... in which you" /
// "wrote:" ends on the line after i.
func (p *parser) requestLeadIn(i, end int) (int, string, bool) {
	l := strings.ToLower(p.lines[i])
	if m := reRequestLeadIn.FindStringIndex(l); m != nil {
		return i, strings.TrimSpace(p.lines[i][m[1]:]), true
	}
	if i+1 >= end || strings.TrimSpace(l) == "" {
		return 0, "", false
	}
	next := strings.TrimSpace(p.lines[i+1])
	if !strings.HasSuffix(next, ":") || len(strings.Fields(next)) > 4 {
		return 0, "", false
	}
	joined := strings.TrimRight(l, " ") + " " + strings.ToLower(next)
	if m := reRequestLeadIn.FindStringIndex(joined); m != nil && m[1] > len(strings.TrimRight(l, " ")) {
		return i + 1, strings.TrimSpace(joined[m[1]:]), true
	}
	return 0, "", false
}

// consecutive reports whether nums run on one by one: 1, 2, 3.
func consecutive(nums []int) bool {
	for k := 1; k < len(nums); k++ {
		if nums[k] != nums[k-1]+1 {
			return false
		}
	}
	return true
}

// splitBareAnds splits each ask further where "and" with no comma starts
// another question word ("who supplies them and what the scheme has
// cost"). Alone this splits too much ("how many and what kind of
// vehicles"): it serves where the answers' numbers say how many asks
// there were.
func splitBareAnds(asked []string) []string {
	var out []string
	for _, a := range asked {
		from := 0
		for _, m := range reBareAndAsk.FindAllStringSubmatchIndex(a, -1) {
			if len(strings.Fields(a[from:m[0]])) >= 3 {
				out = append(out, strings.TrimSpace(a[from:m[0]]))
				from = m[2] // the question word
			}
		}
		out = append(out, strings.TrimSpace(a[from:]))
	}
	return out
}

// splitListCommas splits the asks that list things with commas ("A, B,
// and C") at each comma, the longest first, until there are want asks,
// each piece three words or more; it returns asked as it is when that
// cannot be done.
func splitListCommas(asked []string, want int) []string {
	out := slices.Clone(asked)
	for len(out) < want {
		best, bestLen := -1, 0
		for k, a := range out {
			if pieces := listPieces(a); len(pieces) > 1 && len(a) > bestLen {
				best, bestLen = k, len(a)
			}
		}
		if best < 0 {
			return asked
		}
		pieces := listPieces(out[best])
		if len(out)-1+len(pieces) > want {
			return asked
		}
		out = slices.Replace(out, best, best+1, pieces...)
	}
	return out
}

// listPieces splits a list of things at its commas (", and" included),
// or returns it whole when a piece would be under three words.
func listPieces(s string) []string {
	parts := reListComma.Split(s, -1)
	if len(parts) < 2 || !threeWordsEach(parts) {
		return []string{s}
	}
	for k := range parts {
		parts[k] = strings.TrimSpace(parts[k])
	}
	return parts
}

// reListComma is a comma between the things of a list.
var reListComma = mustRx(`,\s+(?:and\s+)?`)

// joinFollowUps joins to the ask before it each short ask that names its
// subject only by a pronoun ("who provides it"), latest first, until
// there are want asks; it returns asked as it is when they run out first.
func joinFollowUps(asked []string, want int) []string {
	out := slices.Clone(asked)
	for k := len(out) - 1; k > 0 && len(out) > want; k-- {
		if len(strings.Fields(out[k])) <= 6 && rePronounSubject.MatchString(out[k]) {
			out[k-1] = strings.TrimRight(out[k-1], ",;") + " and " + out[k]
			out = slices.Delete(out, k, k+1)
		}
	}
	if len(out) != want {
		return asked
	}
	return out
}

// rePronounSubject names what an ask before it asked about.
var rePronounSubject = mustRx(`(?i)\b(?:it|its|them|they|their|these|those|this|that)\b`)

// reBareAndAsk is " and " before a question word (its group) with a verb
// after it.
var reBareAndAsk = mustRx(`(?i)\s+and\s+((?:who|what|how\s+(?:much|many|long|often)|when|where|which|whether)\s+(?:\w+\s+){0,3}?(?:is|are|was|were|has|have|had|does|do|did|will|can|cost|costs|supplies|provides)\b)`)

// states reports whether an item's text answers rather than asks: it
// does not read as a request, or it has a verb that states and no
// question mark ("Details of planned operations are withheld ...", "A copy
// of the contract is attached").
func states(s string) bool {
	return !asks(s) || !strings.Contains(s, "?") && (reStatement.MatchString(s) || rePointsToEnclosed.MatchString(s))
}

// rePointsToEnclosed opens an answer that points to what comes with the
// letter: "Please see the attached spreadsheet, which lists ...", "Please
// find enclosed ...". A request's "please" asks; this one gives.
var rePointsToEnclosed = mustRx(`(?i)^please\s+(?:see|refer\s+to|find)\s+(?:the\s+)?(?:attached|enclosed|accompanying|appended)\b|^please\s+find\s+(?:attached|enclosed)\b`)

// paragraphAt returns the text of the paragraph that starts at line j.
func (p *parser) paragraphAt(j int) string {
	var ws []string
	for k := j; k < len(p.lines) && strings.TrimSpace(p.lines[k]) != ""; k++ {
		ws = append(ws, strings.TrimSpace(p.lines[k]))
	}
	return strings.Join(ws, " ")
}

// keysBullets reports whether the numbered headings from line start
// ("Question one", "Question 2", each alone on its line), or numbered
// items that answer ("1. 187 licences."), key answers to the bullets
// between lines b0 and b1, one a bullet: "For ease of reference I have
// numbered your questions one to four".
func (p *parser) keysBullets(b0, b1, start int) bool {
	bullets := 0
	for i := b0; i <= b1; i++ {
		if reBullet.MatchString(strings.TrimSpace(p.lines[i])) {
			bullets++
		}
	}
	keys := 0
	for i := start; i < len(p.lines); i++ {
		lab := p.labels[i]
		if lab.kind == labelNone {
			continue
		}
		if keys > 0 && lab.kind == labelItem && strings.TrimSpace(p.lines[i-1]) != "" && (len(lab.nums) != 1 || lab.nums[0] != keys+1) {
			// "18(1) of FOISA the Council may ..." wrapped onto a line
			// of an answer under a heading: a figure in its text.
			continue
		}
		if len(lab.nums) != 1 || lab.nums[0] != keys+1 {
			break
		}
		switch {
		case lab.kind == labelQuestion && lab.rest == "":
			if j := p.nextNonBlank(i); j < len(p.lines) && asks(strings.TrimSpace(p.lines[j])) && !states(p.paragraphAt(j)) {
				// The heading is over a question of its own, not over
				// "The total cost ... was £6.9 million."
				return false
			}
		case lab.kind == labelItem && lab.rest != "":
			// "1.  187 hackney carriage vehicle licences.": the
			// authority's numbers over its answers.
			if !states(lab.rest) {
				return false
			}
		default:
			return false
		}
		keys++
	}
	return keys >= 2 && keys == bullets
}

// answerKeyAt reports whether the label at line i keys an answer in the
// authority's voice: "Points 1 and 2: In 2023/24 crews attended ...".
func (p *parser) answerKeyAt(i int) bool {
	lab := p.labels[i]
	return lab.kind == labelAnswer || lab.kind == labelQuestion && lab.style == "point" && lab.rest != "" && !strings.Contains(lab.rest, "?") && states(lab.rest)
}

// numbersBullets reports whether a sentence between the bulleted request
// (ending at line b1) and the first numbered item says that the authority
// numbered the questions itself ("For ease of reference we have numbered
// your questions 1 to 7 in the order you asked them."): the numbers are
// its keys to the answers, whatever their layout.
func (p *parser) numbersBullets(b1, start int) bool {
	for j := b1 + 1; j < start; j++ {
		if reNumberedForYou.MatchString(p.paragraphAt(j)) {
			return true
		}
	}
	return false
}

// reNumberedForYou says the authority numbered the requester's questions.
var reNumberedForYou = mustRx(`(?i)\b(?:we\s+have|I\s+have|have\s+been|are|been)\s+(?:numbered|labelled|referenced)\b.{0,60}\b(?:questions?|points?|requests?|items?|order)\b|\b(?:numbered|labelled)\s+(?:your|the|each\s+of\s+your)\s+(?:questions|points|requests|items)\b`)

// responseBetween reports whether a line between a and b opens the
// authority's response.
func (p *parser) responseBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if p.respLine(j) {
			return true
		}
	}
	return false
}

// readBullets makes one question of each bullet between lines first and
// last, numbered in order.
func (p *parser) readBullets(first, last int) {
	st := &runState{part: 1}
	n := 0
	for i := first; i <= last; i++ {
		s := strings.TrimSpace(p.lines[i])
		if m := reBullet.FindStringSubmatch(openQuoteTrimmed(s)); m != nil {
			n++
			p.newQuestion(st, i, n, strings.TrimSpace(m[1]))
			continue
		}
		p.appendLine(st, i, s)
	}
	p.respStart = last + 1
	p.answerBulletsInTurn(last + 1)
}

// answerBulletsInTurn reads answers set out as bullet points after a
// bulleted request, as many as it has questions and in the same order
// ("Our response, taking each bullet point in turn:" over "• 2,114 AFA
// calls." / "• Please see the attached spreadsheet." ...): each bullet,
// with the lines it wraps over, answers the question at its place. The
// run must start within a few lines after the request.
func (p *parser) answerBulletsInTurn(from int) {
	n := len(p.questions)
	if n < 2 {
		return
	}
	var starts []int
	end := from
	for i := from; i < len(p.lines); i++ {
		s := strings.TrimSpace(p.lines[i])
		switch {
		case s == "":
			continue
		case reBullet.MatchString(s):
			starts = append(starts, i)
			end = i + 1
			continue
		case len(starts) == 0:
			if i > from+4 {
				return // no bullets soon after the request
			}
			continue
		case strings.TrimSpace(p.lines[i-1]) != "" && !isBoilerplate(s):
			end = i + 1 // a bullet's wrapped line
			continue
		}
		break
	}
	if len(starts) != n {
		return
	}
	for k, at := range starts {
		stop := end
		if k+1 < n {
			stop = starts[k+1]
		}
		var answer []string
		for j := at; j < stop; j++ {
			s := strings.TrimSpace(p.lines[j])
			if j == at {
				s = strings.TrimSpace(reBullet.FindStringSubmatch(s)[1])
			}
			if s != "" {
				answer = append(answer, s)
			}
			p.used[j] = true
		}
		q := p.questions[k]
		q.answer, q.hasAnswer, q.answerLine = answer, true, at
	}
	p.respStart = end
}

// answersUnlabelled reports whether line i, a new paragraph under a
// labelled question whose sentence has ended, is its answer: it neither
// asks nor goes on with the request, and it is the authority's voice, a
// figure or a decision.
func (p *parser) answersUnlabelled(q *qstate, i int) bool {
	if i == 0 || strings.TrimSpace(p.lines[i-1]) != "" || len(q.text) == 0 {
		return false
	}
	last := strings.TrimSpace(q.text[len(q.text)-1])
	if last == "" && len(q.text) > 1 {
		last = strings.TrimSpace(q.text[len(q.text)-2])
	}
	// A request quoted whole ("You asked:" over "\"Please tell me ...
	// and how much on agency workers?\"") ends where its quote closes:
	// the paragraph after is the letter's, however it opens ("On the
	// number of adults placed outside the area: ...").
	quoted := quoteCloses(q.text)
	if !quoted && !endsSentence(last) {
		return false
	}
	s := strings.TrimSpace(p.lines[i])
	if asks(s) || p.labels[i].kind != labelNone || isBoilerplate(s) || isArgumentHeading(s) {
		return false
	}
	return quoted || answerOpening(s) || reAuthorityVoice.MatchString(s)
}

// reResponseLabel labels the authority's answer, and nothing else (a
// review's finding or the original answer quoted have labels of their
// own): "Response:", "Our answer –", "Council's response:".
var reResponseLabel = mustRx(`(?i)^\**(?:our\s+|force\s+|council\s+|trust\s+|(?:the\s+)?(?:council|force|trust|board|authority|service|department|university|agency|college|constabulary)['’]?s\s+)?(?:response|answer|reply)\**\s*(?:[:.\-–—]\s*|$)`)

// bulletItem is one bullet point of a request answered in place: the
// lines of what was asked, then the lines of the answer under it.
type bulletItem struct {
	line     int
	question []string
	answer   []string
	answerAt int
}

// readAnsweredBullets reads a request set out as bullet points each
// answered under its own point ("• The number of assaults on staff in
// 2023/24." / "312 assaults were reported ..."), where no item is
// numbered. The asked sentence ends its line; what follows in the same
// point is the answer when it reads as one. Most points must split so,
// or the bullets are the request's own sub-items and their wrapped
// sentences.
func (p *parser) readAnsweredBullets() bool {
	var items []bulletItem
	var cur *bulletItem
	// open: the last point, while no line but blank ones has followed
	// it; an answer's label may come after them.
	var open *bulletItem
	for i, l := range p.lines {
		s := strings.TrimSpace(l)
		if s != "" && open != nil && cur == nil && !reResponseLabel.MatchString(s) {
			open = nil
		}
		switch {
		case bulletText(s) != "":
			items = append(items, bulletItem{line: i, question: []string{bulletText(s)}, answerAt: -1})
			cur = &items[len(items)-1]
			open = cur
		case s != "" && reResponseLabel.MatchString(s) && (cur != nil || open != nil):
			// "• How many buses meet the Euro VI standard?" / "Response:
			// 212 of the 264 buses ...": the point's answer, labelled,
			// on the next line or after a blank one.
			if cur == nil {
				cur = open
			}
			if cur.answerAt >= 0 {
				cur.answer = append(cur.answer, s)
				break
			}
			cur.answerAt = i
			cur.answer = append(cur.answer, strings.TrimSpace(reResponseLabel.ReplaceAllString(s, "")))
			open = nil
		case s == "" || p.labels[i].kind != labelNone:
			cur = nil
		case cur != nil && cur.answerAt < 0 && endsSentence(cur.question[len(cur.question)-1]) && answerOpening(s):
			cur.answerAt = i
			cur.answer = append(cur.answer, s)
		case cur != nil && cur.answerAt >= 0:
			cur.answer = append(cur.answer, s)
		case cur != nil:
			cur.question = append(cur.question, s)
		}
	}
	answered := 0
	for _, it := range items {
		if it.answerAt >= 0 {
			answered++
		}
	}
	if answered < 2 || 3*answered < 2*len(items) {
		return false
	}
	p.addAnsweredItems(items)
	p.respStart = items[len(items)-1].line + len(items[len(items)-1].question) + len(items[len(items)-1].answer)
	return true
}

// addAnsweredItems makes a question of each item, numbered in order, with
// its answer. An answer's lines are consecutive, or paragraphs apart (an
// empty line in it stands for the blank lines between them).
func (p *parser) addAnsweredItems(items []bulletItem) {
	st := &runState{part: 1}
	for n, it := range items {
		p.newQuestion(st, it.line, n+1, strings.Join(it.question, " "))
		for k := 1; k < len(it.question); k++ {
			p.used[it.line+k] = true
		}
		if it.answerAt < 0 {
			continue
		}
		p.startAnswer(st, it.answerAt, nil, it.answer[0])
		at := it.answerAt
		for _, a := range it.answer[1:] {
			// Skip the blank lines between the answer's paragraphs.
			for at++; at < len(p.lines) && strings.TrimSpace(p.lines[at]) == "" && a != ""; at++ {
			}
			p.appendLine(st, at, a)
		}
	}
}

// readAnsweredParagraphs reads a request whose questions, neither
// numbered, bulleted nor labelled, each open a paragraph answered in the
// rest of it or in the paragraphs after ("How many automatic fire alarm
// calls did the Service attend in 2024?" / "The Service attended 2,931
// ..."), as a letter reads that set its questions in bold. A paragraph
// opens with a question when its first lines end in one question mark or
// ask for something ("Please name the ten premises ... at each."). Two
// such paragraphs in a row at least, most of them asking with a question
// mark, and most answered: a request quoted whole before a response in
// prose answers none but its last, and is left to the readers of prose.
// The run ends at the letter's closing words.
func (p *parser) readAnsweredParagraphs() bool {
	for i := range p.lines {
		if reQuestionLabel.MatchString(strings.TrimSpace(p.lines[i])) || p.labels[i].kind != labelNone {
			return false
		}
	}
	var items []bulletItem
	var cur *bulletItem
	marks := 0
	beneath := false // the letter has said its answers are under each item
	for _, sp := range paragraphSpans(p.lines) {
		i := sp[0]
		para := p.lines[sp[0]:sp[1]]
		if isBoilerplate(para[0]) || beneath && len(items) > 0 && isArgumentHeading(para[0]) {
			// ("Public interest test (regulation 12(5)(e))" after the
			// last item: the letter's argument, not that item's answer.)
			break
		}
		if len(items) == 0 && reAnswersBeneath.MatchString(strings.Join(para, " ")) {
			beneath = true
			continue
		}
		k, mark := openingQuestion(para)
		if k == 0 && beneath {
			k = openingItem(para)
		}
		if k > 0 {
			it := bulletItem{line: i, answerAt: -1}
			for _, l := range para[:k] {
				it.question = append(it.question, strings.TrimSpace(l))
			}
			if k < len(para) {
				it.answerAt = i + k
				for _, l := range para[k:] {
					it.answer = append(it.answer, strings.TrimSpace(l))
				}
			}
			items = append(items, it)
			cur = &items[len(items)-1]
			if mark {
				marks++
			}
		} else if cur != nil {
			// A paragraph that does not ask goes on answering the
			// question before it.
			if cur.answerAt < 0 {
				cur.answerAt = i
			} else {
				cur.answer = append(cur.answer, "")
			}
			for _, l := range para {
				cur.answer = append(cur.answer, strings.TrimSpace(l))
			}
		}
	}
	answered := 0
	for _, it := range items {
		if it.answerAt >= 0 && !strings.HasSuffix(it.answer[len(it.answer)-1], "?") {
			answered++
		}
	}
	if len(items) < 2 || answered < 2 || 3*answered < 2*len(items) || 2*marks <= len(items) && !beneath {
		return false
	}
	p.addAnsweredItems(items)
	last := items[len(items)-1]
	p.respStart = last.line + len(last.question)
	if last.answerAt >= 0 {
		p.respStart = last.answerAt + len(last.answer)
	}
	return true
}

// readReportedTurns reads a letter that takes the request in turn, each
// paragraph reporting one question in its first sentence and answering it
// in the rest ("You first asked how many false alarms ... Our crews
// attended 2,118 ...", "Your second question asked how many premises
// were charged ... In 2023/24, 37 premises were charged ...", "Finally,
// you asked for the names and addresses ..."): two such paragraphs at
// least, each a question numbered in order. It reports whether it found
// them.
func (p *parser) readReportedTurns() bool {
	var items []bulletItem
	for _, sp := range paragraphSpans(p.lines) {
		para := p.paragraphAt(sp[0])
		if isBoilerplate(para) {
			break
		}
		m := reReportedTurn.FindStringIndex(para)
		if m == nil {
			continue
		}
		sents := splitFullSentences(para[m[1]:])
		if len(sents) < 2 {
			continue
		}
		it := bulletItem{line: sp[0], question: []string{strings.TrimSpace(sents[0])}, answerAt: sp[0]}
		it.answer = []string{strings.TrimSpace(strings.Join(sents[1:], " "))}
		items = append(items, it)
	}
	if len(items) < 2 {
		return false
	}
	p.addAnsweredItems(items)
	for _, it := range items {
		for i := it.line; i < len(p.lines) && strings.TrimSpace(p.lines[i]) != ""; i++ {
			p.used[i] = true
		}
	}
	p.respStart = len(p.lines)
	return true
}

// reReportedTurn opens a paragraph that reports a question of the request
// before answering it; what follows it is the question's words.
var reReportedTurn = mustRx(`^(?i:(?:(?:first(?:ly)?|secondly|thirdly|next|then|finally|lastly|in\s+addition)\s*,?\s*)?you\s+(?:(?:first|also|then|next|finally|lastly|further)\s+)?(?:asked|wanted\s+to\s+know|requested)|your\s+(?:first|second|third|fourth|fifth|sixth|next|final|last)\s+(?:question|request|point)\s+(?:asked|was|concerned|sought)|in\s+your\s+(?:first|second|third|fourth|fifth|sixth|next|final|last)\s+(?:question|request|point)\s*,?\s+you\s+(?:asked|wanted\s+to\s+know|requested))\s+`)

// paragraphSpans returns where the paragraphs of lines begin and end:
// runs of lines that are not blank, as [first, past the last).
func paragraphSpans(lines []string) [][2]int {
	var out [][2]int
	for i := 0; i < len(lines); {
		if strings.TrimSpace(lines[i]) == "" {
			i++
			continue
		}
		j := i
		for j < len(lines) && strings.TrimSpace(lines[j]) != "" {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// openingQuestion returns how many of a paragraph's first lines are a
// question of the request (0 when it does not open with one) and whether
// it ends in a question mark. The question is at most three lines, one
// sentence, not in the authority's voice; the lines after it, if any,
// must not go on asking.
func openingQuestion(para []string) (int, bool) {
	first := strings.TrimSpace(para[0])
	if len(strings.Fields(first)) < 3 || reProseOpener.MatchString(first) || !startsParagraph(first) {
		return 0, false
	}
	k, mark := 0, false
	for n := 0; n < len(para) && n < 3; n++ {
		l := strings.TrimSpace(para[n])
		if strings.HasSuffix(l, "?") {
			k, mark = n+1, true
			break
		}
		if strings.HasSuffix(l, ".") && asks(first) && !strings.HasSuffix(first, "?") {
			k = n + 1
			break
		}
	}
	if k == 0 {
		return 0, false
	}
	q := strings.Join(para[:k], " ")
	if strings.Count(q, "?") > 1 || strings.Contains(strings.TrimRight(q, ".?"), ". ") {
		return 0, false
	}
	if k < len(para) {
		next := strings.TrimSpace(para[k])
		if asks(next) || reWantOpener.MatchString(next) || !startsParagraph(next) {
			return 0, false
		}
	}
	return k, mark
}

// reAnswersBeneath says the answers are set under each item of the
// request: "Our responses appear beneath each item of your request",
// "The answers are given below each question".
var reAnswersBeneath = mustRx(`(?i)\b(?:responses?|answers?|replies)\b[^.]{0,40}?\b(?:appear|appears|are|is|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:beneath|below|under|after)\s+(?:each|every)\s+(?:item|question|point|part|request|element)\b`)

// openingItem returns how many lines open para with an item of a request
// that asks for a thing without asking a question ("A copy of the
// viability assessment submitted by the applicant with planning
// application 21/01877/FUL." over "A redacted copy of the viability
// assessment is attached."): one sentence of one to three lines, ending
// where its line ends, the next line opening another sentence. It is read
// only where the letter has said its answers are set under each item.
func openingItem(para []string) int {
	first := strings.TrimSpace(para[0])
	if len(strings.Fields(first)) < 3 || reProseOpener.MatchString(first) || !startsParagraph(first) || answerOpening(first) {
		return 0
	}
	for n := 0; n < len(para)-1 && n < 3; n++ {
		l := strings.TrimSpace(para[n])
		if !strings.HasSuffix(l, ".") {
			continue
		}
		q := strings.Join(para[:n+1], " ")
		if strings.Contains(strings.TrimRight(q, "."), ". ") || !startsParagraph(strings.TrimSpace(para[n+1])) {
			return 0
		}
		return n + 1
	}
	return 0
}

// answerOpening reports whether a line under an asked sentence opens its
// answer: a figure, yes or no, the authority's own voice, or a decision.
// A line that asks, or goes on saying what is wanted, does not.
func answerOpening(s string) bool {
	if strings.HasSuffix(s, "?") || reBulletAsks.MatchString(s) || reWantOpener.MatchString(s) {
		return false
	}
	return reAnswerOpener.MatchString(s) || reProseOpener.MatchString(s) || reApplies.MatchString(s)
}

// reAnswerOpener starts an answer: a figure (in digits or words), yes or
// no, "none", "nil", "not applicable".
var reAnswerOpener = mustRx(`(?i)^(?:\d|£\d|yes\b|no\b|none\b|nil\b|zero\b|not\s+applicable\b|n/a\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|one\s+hundred)(?:[\s-]|$)|this\s+(?:is|information\s+is)\s+(?:withheld|not\s+held|exempt)|(?:the\s+)?information\s+(?:is|was)\s+(?:withheld|not\s+held|exempt|attached|published))|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d`)

// reWantOpener continues a request: "Please also include ...", "Broken
// down by year", "For each of the last three years".
var reWantOpener = mustRx(`(?i)^(?:please|broken\s+down|for\s+each|including|and\s|or\s|if\s|where\s|in\s+(?:each|the\s+last))`)

// reProseOpener starts a sentence in the authority's voice, which a
// question of the request does not; the authority may name itself
// ("Northshire Constabulary has now completed its searches").
var reProseOpener = mustRx(`^(?:I|We|Our|Your|Thank|Unfortunately|In\s+(?:response|answer|relation)|The\s+(?:Council|Force|Trust|Department|Authority|University|Board|Service|Constabulary|Agency|Office|Commission|council|force|trust|department|authority|university|board|service|constabulary|agency)\s+(?:has|have|is|was|can|cannot|does|did|will|would|holds?|used|spent|paid|received|employs?|operates?|recorded|neither|confirms?|considers|refuses)\b|The\s+(?:Council|Force|Trust|Department|Authority|University|Board|Service|Constabulary|Agency|Office|Commission)\b|(?:\p{Lu}[\p{L}'&-]*\s+){1,5}(?:Police|Constabulary|Council|Trust|Board|Service|Authority|Department|University|Office|Agency|Commission|Executive|ICB)\s+(?:has|have|is|can|cannot|does|did|will|would|holds?|neither|confirms?|considers|refuses|thanks)\b)\b`)

var reSubsection = mustRx(`^\d{1,2}\.(\d{1,2})\.?\s+\P{Ll}`)

// numberedSection reports whether the item at line i heads a section of a
// letter written in numbered paragraphs: a "1.1" follows within a few
// lines, its paragraph opening as a sentence does ("4.6 years." is an
// answer's figure, not paragraph 4.6).
func (p *parser) numberedSection(i int) bool {
	for j := i + 1; j < len(p.lines) && j <= i+4; j++ {
		if isSubsection(strings.TrimSpace(p.lines[j])) {
			return true
		}
	}
	return false
}

// isSubsection reports whether s opens a numbered paragraph ("2.1 The
// Council holds ..."): not a figure and its unit ("24.0 FTE.", "4.6
// years."), whose decimal may be 0 and whose unit is in capitals or
// lower case, on a short line.
func isSubsection(s string) bool {
	m := reSubsection.FindStringSubmatch(s)
	if m == nil || m[1] == "0" {
		return false
	}
	f := strings.Fields(s) // the number, then the paragraph's first word
	first := strings.TrimRight(f[1], ".,;:")
	return len(first) < 2 || first != strings.ToUpper(first) || len(f) > 4
}
