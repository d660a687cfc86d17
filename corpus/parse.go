package corpus

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Parse reads a Document's clean text into a Response: the letter's
// metadata, the request's questions (with parts), the answer to each and the
// stance taken on each. It is pure (no I/O) and never fails on text: a letter
// whose questions cannot be found parses to a Response with no questions.
// The error is reserved for a Document that carries no text at all.
func Parse(doc Document) (Response, error) {
	if strings.TrimSpace(doc.Text) == "" {
		return Response{}, ErrEmpty
	}
	// Extractors give valid UTF-8; text from elsewhere may not be, and the
	// Response must survive a JSON round trip.
	lines := strings.Split(strings.ToValidUTF8(doc.Text, "\uFFFD"), "\n")
	for i, l := range lines {
		lines[i] = englishLabel(strings.TrimRight(l, " \t\r"))
	}
	m := parseMeta(lines)
	resp := Response{
		Source:    doc.Source,
		SHA256:    doc.SHA256,
		Authority: m.Authority,
		Reference: m.Reference,
		Date:      m.Date,
		Received:  m.Received,
		Title:     m.Title,
	}
	if resp.Authority == "" {
		resp.Authority = doc.Publisher
	}
	if resp.Authority == "" {
		resp.Authority = letterheadName(lines)
	}
	if resp.Reference == "" {
		resp.Reference = doc.PageReference
	}
	p := newParser(splitInlineKeys(numberedPartHeadings(gatherRequestBlocks(answerTags(bareAnswerLabels(splitRunInItems(lazyNumbers(wordItemNumbers(joinWrappedNumbers(ocrItemNumbers(welshTwins(lines))))))))))), detectRegime(doc.Text))
	p.findQuestions()
	p.answersBeforeRequest()
	p.findKeyedAnswers()
	p.swapQuotedRequest()
	p.splitEmbeddedKeys()
	p.lastlyAnswer()
	p.findDecisions()
	p.proseAnswers()
	p.namedInPassing()
	p.mergedCells()
	p.splitGroupedAnswers()
	p.notedGrounds()
	resp.Questions = p.result()
	return resp, nil
}

// reNumberedTitle is a short numbered heading: "2. Free and reduced
// fares".
var reNumberedTitle = mustRx(`^\s*(\d{1,2})\.\s+(\p{Lu}[^?.:;]{2,60})$`)

// numberedPartHeadings rewrites as parts the numbered headings of a
// letter that numbers its questions again under each ("1. Franchised
// services" over "Question 1: ...", "Question 2: ...", then "2. Free and
// reduced fares" over "Question 1: ..."): read as items, they would be
// questions 1 and 2 and the questions under them answers. Two such
// headings at least, numbered 1, 2, ... in order.
func numberedPartHeadings(lines []string) []string {
	type heading struct {
		line       int
		num, title string
	}
	var at []heading
	for i, l := range lines {
		m := reNumberedTitle.FindStringSubmatch(l)
		if m == nil || len(strings.Fields(m[2])) > 8 || atoiSafe(m[1]) != len(at)+1 {
			continue
		}
		next := ""
		for j := i + 1; j < len(lines) && j < i+4; j++ {
			if t := strings.TrimSpace(lines[j]); t != "" {
				next = t
				break
			}
		}
		if lab := parseLabel(next); lab.kind != labelQuestion || len(lab.nums) == 0 || lab.nums[0] != 1 || lab.style == "item" {
			continue
		}
		at = append(at, heading{i, m[1], strings.TrimSpace(m[2])})
	}
	if len(at) < 2 {
		return lines
	}
	out := slices.Clone(lines)
	for _, h := range at {
		out[h.line] = "Part " + h.num + " – " + h.title
	}
	return out
}

// answersBeforeRequest reads a letter that answers first, against the
// numbers of the request, and reproduces the request after: read in
// order, the answers are part 1's items and the request a part 2 with
// the same numbers. When part 2's items ask and part 1's do not, part
// 2's items are the questions and part 1's their answers.
func (p *parser) answersBeforeRequest() {
	var first, second []*qstate
	for _, q := range p.questions {
		switch {
		case q.hasAnswer:
			return
		case q.key.part == 1:
			first = append(first, q)
		case q.key.part == 2:
			second = append(second, q)
		default:
			return
		}
	}
	if len(first) < 2 || len(first) != len(second) || isPartHeading(second[0].context) {
		// A second part under a heading of its own ("Part 2 – clearance
		// contract") is the request's part 2.
		return
	}
	// An answer may open as a request does ("The number of ... was
	// 14"), but seldom asks anything.
	asks := func(qs []*qstate, opening bool) int {
		n := 0
		for _, q := range qs {
			t := strings.TrimSpace(joinText(q.text))
			if strings.Contains(t, "?") || opening && asks(t) {
				n++
			}
		}
		return n
	}
	if a1, a2 := asks(first, false), asks(second, true); a2*10 < len(second)*8 || a1*10 > len(first)*3 {
		return
	}
	for i, q := range first {
		if second[i].key.num != q.key.num {
			return
		}
	}
	for i, q := range first {
		r := second[i]
		q.answer, q.hasAnswer, q.answerLine = q.text, true, q.firstLine
		q.text, q.context = r.text, r.context
		delete(p.byKey, r.key)
	}
	p.questions = first
}

// isPartHeading reports whether s is a part's heading ("Part 2 –
// clearance contract").
func isPartHeading(s string) bool {
	_, _, ok := partHeading(s)
	return ok
}

// ocrItemNumbers puts back an item's number that OCR read as the letter
// it looks like ("A." for "4." after "3. ...") or whose full stop it read
// as a comma ("2, What income ...?"): an item that asks,
// numbered by a letter that stands for the number the list goes on to,
// with no item of the next letter after it (a list lettered A., B., ...
// under item 3 stays lettered).
func ocrItemNumbers(lines []string) []string {
	var out []string
	last := 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if m := reNumberedLine.FindStringSubmatch(t); m != nil {
			last = atoiSafe(m[1])
			continue
		}
		if last == 0 {
			continue
		}
		var rest string
		if m := reCommaNumberedLine.FindStringSubmatch(t); m != nil && atoiSafe(m[1]) == last+1 && asks(m[2]) {
			// "2, What income did ...?" between "1." and "3.": OCR read
			// the full stop as a comma.
			rest = m[2]
		} else if m := reOCRNumberedLine.FindStringSubmatch(t); m != nil && ocrItemDigits[m[1][0]] == last+1 && asks(m[2]) && !nextLetterItem(lines[i+1:], m[1][0]) {
			rest = m[2]
		} else {
			continue
		}
		if out == nil {
			out = slices.Clone(lines)
		}
		last++
		out[i] = strconv.Itoa(last) + ". " + rest
	}
	if out == nil {
		return lines
	}
	return out
}

// reNumberedLine opens an item numbered "3.".
var reNumberedLine = mustRx(`^(\d{1,2})\.\s+\S`)

// reCommaNumberedLine opens an item whose number OCR gave a comma.
var reCommaNumberedLine = mustRx(`^(\d{1,2}),\s+(\p{Lu}.*)$`)

// reOCRNumberedLine opens an item numbered by a letter OCR reads for a
// figure.
var reOCRNumberedLine = mustRx(`^([AlISBZG])\.\s+(\S.*)$`)

// ocrItemDigits are the figures OCR reads as those letters.
var ocrItemDigits = map[byte]int{'A': 4, 'l': 1, 'I': 1, 'S': 5, 'B': 8, 'Z': 2, 'G': 6}

// nextLetterItem reports whether an item lettered with the letter after c
// ("B." after "A.") opens one of the next lines.
func nextLetterItem(lines []string, c byte) bool {
	want := string(rune(c+1)) + "."
	for k, l := range lines {
		if k >= 12 {
			break
		}
		if strings.HasPrefix(strings.TrimSpace(l), want) {
			return true
		}
	}
	return false
}

// lazyNumbers numbers a list whose every item is written "1." (Markdown
// numbers such a list when it shows it; its text does not): items in a
// row, each opening a paragraph, with no item numbered otherwise between
// them, become 1, 2, 3.
func lazyNumbers(lines []string) []string {
	var run []int
	var out []string
	flush := func() {
		out = renumbered(lines, out, run, func(l string, n int) string {
			m := reLazyOne.FindStringSubmatchIndex(l)
			return l[:m[2]] + strconv.Itoa(n) + l[m[3]:]
		})
		run = run[:0]
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case reLazyOne.MatchString(l) && (i == 0 || strings.TrimSpace(lines[i-1]) == ""):
			run = append(run, i)
		case len(run) > 0 && strings.TrimSpace(lines[i-1]) != "" && itemLabel(t).kind == labelNone:
			// the item's text wrapped onto the next line
		default:
			flush()
		}
	}
	flush()
	if out == nil {
		return lines
	}
	return out
}

// welshTwins drops the Welsh half of a bilingual letter's questions and
// answers where each is given in Welsh, then in English, labelled alike:
// "C1. Faint o ddisgyblion ...?" over "Q1. How many pupils ...?" (C for
// Cwestiwn), "Ateb – Nid yw'r wybodaeth hon yn cael ei chadw." over
// "Answer – This information is not held.". Read as items, the Welsh
// questions would be questions of their own, or lettered parts, and a
// Welsh answer would run on from the question above it; the English ones
// are the request's and the authority's.
func welshTwins(lines []string) []string {
	lines = welshListTwins(lines)
	var out []string
	for i := 0; i < len(lines); i++ {
		m := reWelshItem.FindStringSubmatch(lines[i])
		if m == nil {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		twin := -1
		for j := i + 1; j < len(lines) && j <= i+8; j++ {
			t := strings.TrimSpace(lines[j])
			if t == "" {
				break
			}
			if e := reEnglishTwin.FindStringSubmatch(t); e != nil {
				if m[2] == "" && e[2] == "" && atoiSafe(e[1]) == atoiSafe(m[1]) || m[2] != "" && e[2] != "" {
					twin = j
				}
				break
			}
		}
		if twin < 0 {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = slices.Clone(lines[:i])
		}
		i = twin - 1
	}
	if out == nil {
		return lines
	}
	return out
}

// welshListTwins drops a request's list given in Welsh where the same
// list follows in English: "1. Nifer y cleifion ..." to "5. Copi o
// bolisi ..." above "1. The number of patients ..." to "5. A copy of
// ...". Read as they stand, the Welsh items would be the questions and
// the English ones their answers.
func welshListTwins(lines []string) []string {
	for i := 0; i < len(lines); i++ {
		n, end := numberedRun(lines, i)
		if n < 2 {
			continue
		}
		if englishItems(lines[i:end])*2 >= n || !anyWelsh(lines[i:end]) {
			i = end - 1
			continue
		}
		for j := end; j < len(lines) && j < end+8; j++ {
			if m, e := numberedRun(lines, j); m == n && englishItems(lines[j:e])*2 > n {
				return append(slices.Clone(lines[:i]), lines[end:]...)
			}
		}
		i = end - 1
	}
	return lines
}

// englishItems counts the lines that hold one of the commonest English
// words.
func englishItems(lines []string) int {
	n := 0
	for _, l := range lines {
		for _, w := range strings.Fields(strings.ToLower(l)) {
			if englishWords[strings.Trim(w, ".,;:()'\"?")] {
				n++
				break
			}
		}
	}
	return n
}

// anyWelsh reports whether some line looks Welsh.
func anyWelsh(lines []string) bool {
	return slices.ContainsFunc(lines, looksWelsh)
}

// englishWords are the commonest English words, none of them Welsh.
var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "for": true, "is": true, "was": true,
	"were": true, "how": true, "what": true, "which": true, "who": true, "number": true, "copy": true, "your": true,
}

// numberedRun returns how many lines from i are items numbered 1, 2, ...
// one a line, and the line after the last.
func numberedRun(lines []string, i int) (int, int) {
	n := 0
	for i < len(lines) {
		m := reNumberedLine.FindStringSubmatch(strings.TrimSpace(lines[i]))
		if m == nil || atoiSafe(m[1]) != n+1 {
			break
		}
		n++
		i++
	}
	return n, i
}

var (
	// reWelshItem opens a question asked in Welsh, with its number
	// (group 1: "C1.", "Cwestiwn 2 –"), or an answer given in Welsh
	// (group 2: "Ateb –", "Ymateb:").
	reWelshItem = mustRx(`^\s*(?:(?:C|Cwestiwn\s+)(\d{1,2})|(Ateb|Ymateb))\s*(?:[.:)]|\s[–—-])\s+\S`)
	// reEnglishTwin opens its English twin: "Q1.", "Question 2 –",
	// "Answer –".
	reEnglishTwin = mustRx(`^(?:(?:Q|Question\s+)(\d{1,2})|(Answer|Response|Reply|Our\s+response))\s*(?:[.:)]|\s[–—-])\s+\S`)
)

// wordItemNumbers numbers a list whose items open with number words
// ("One: how many adults are waiting ...?", "Two: what is the longest
// wait ...?"): two or more in a row, counting up from one, the first
// opening a paragraph, become 1., 2., ... so that they read as the
// numbered items they are. A lone "One:" is left as it is.
func wordItemNumbers(lines []string) []string {
	var run []int
	var out []string
	flush := func() {
		out = renumbered(lines, out, run, func(l string, n int) string {
			m := reWordItem.FindStringSubmatchIndex(l)
			return l[:m[2]] + strconv.Itoa(n) + "." + l[m[4]:]
		})
		run = run[:0]
	}
	// opens: line i starts a list, at a paragraph's start or after a
	// line introducing it ("You asked us:").
	opens := func(i int) bool {
		prev := ""
		if i > 0 {
			prev = strings.TrimSpace(lines[i-1])
		}
		return prev == "" || strings.HasSuffix(prev, ":")
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		m := reWordItem.FindStringSubmatch(l)
		switch {
		case m != nil && cardinalWords[strings.ToLower(m[1])] == len(run)+1 && (len(run) > 0 || opens(i)):
			run = append(run, i)
		case m != nil && cardinalWords[strings.ToLower(m[1])] == 1:
			flush()
			if opens(i) {
				run = append(run, i)
			}
		case t == "" || len(run) > 0 && itemLabel(t).kind == labelNone:
			// a blank line, or the item's text wrapping
		default:
			flush()
		}
	}
	flush()
	if out == nil {
		return lines
	}
	return out
}

// reWordItem is an item opened by a capitalised number word and a colon,
// full stop, bracket or dash; group 1 is the word, group 2 the mark.
var reWordItem = mustRx(`^\s*(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN)(\s*[:.)]|\s+[–—-])\s+\S`)

// renumbered gives the lines of run, a list of two items or more, the
// numbers 1, 2, ... by number, in out (a copy of lines made at the first
// change); out is returned as it is for a shorter run.
func renumbered(lines, out []string, run []int, number func(line string, n int) string) []string {
	if len(run) < 2 {
		return out
	}
	if out == nil {
		out = slices.Clone(lines)
	}
	for k, i := range run {
		out[i] = number(out[i], k+1)
	}
	return out
}

// reLazyOne is an item numbered "1." opening its line.
var reLazyOne = mustRx(`^\s*(1)\.\s+\S`)

// joinWrappedNumbers puts back on its line a question's number that a
// line break left alone on the next: "... I will be citing section
// 31(1)(a) to question" / "2." is a sentence about question 2, not an
// item 2 with nothing in it; so is "... and to questions" / "1 – 3 in
// part 2 of your request", whose line goes back whole.
func joinWrappedNumbers(lines []string) []string {
	var out []string // nil until a line is joined; then the lines so far
	for i := 1; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		bare := reBareNumber.MatchString(t)
		last := lines[i-1]
		if out != nil {
			last = out[len(out)-1]
		}
		prev := strings.TrimSpace(last)
		if !bare && !reWrappedRange.MatchString(t) || !reEndsWithRefWord.MatchString(prev) || !bare && !reEndsWithQuestionWord.MatchString(prev) {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = slices.Clone(lines[:i])
		}
		out[len(out)-1] = strings.TrimRight(last, " ") + " " + t
		if bare {
			// A number alone ends its sentence: the line stays, empty.
			out = append(out, "")
		}
		// A line that goes on ("1 – 3 in part 2 of your request and
		// ...") is joined whole, leaving no break in its paragraph.
	}
	if out == nil {
		return lines
	}
	return out
}

var (
	// reBareNumber is a line of a number alone, as a sentence's end.
	reBareNumber = mustRx(`^\d{1,2}[.,;:]?$`)
	// reEndsWithRefWord ends a line with the word a question's number
	// follows.
	reEndsWithRefWord = mustRx(`(?i)\b(?:questions?|points?|items?|requests?|parts?|q|and|to|&)$`)
	// reEndsWithQuestionWord ends a line with the word itself: "... and
	// to questions".
	reEndsWithQuestionWord = mustRx(`(?i)\b(?:questions?|points?|items?|requests?|q)$`)
	// reWrappedRange opens a line with a range or list of numbers, or a
	// number and the part it is in, run on from the line before ("1 – 3
	// in part 2 of your request"): the decision's words, not an item.
	reWrappedRange = mustRx(`(?i)^\d{1,2}\s*(?:[-–—]|to|and|&|,)\s*\d{1,2}\b|^\d{1,2}\s+(?:in|of)\s+(?:part|the)\b`)
)

// splitRunInItems puts on lines of their own the items of a list run into
// one paragraph: a request quoted as running text ("1. How much did the
// council spend ...? 2. How many households ...? 3. The names of ...").
// Three items at least, numbered 1, 2, 3 ... in order, each after the end
// of a sentence; a paragraph whose items already start their lines is
// left as it is.
func splitRunInItems(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && strings.TrimSpace(lines[j]) != "" && !strings.Contains(lines[j], "\t") {
			j++
		}
		if j == i {
			// A blank line, or a table's row.
			out = append(out, lines[i])
			i++
			continue
		}
		para := lines[i:j]
		var items []string
		if mayRunIn(para) && labelledLines(para) < 2 {
			// A list set one item a line is no run-in list; a paragraph
			// where an item opens a line now and then, as the wrapping
			// falls ("... (2) What was the total" / "value of ... (6)
			// The internal guidance"), is.
			items = runInItems(strings.Join(trimAll(para), " "))
			if open := itemsOpenLines(para); open >= 2 && len(items) < 2*open+1 {
				items = nil
			}
		}
		if items != nil && namesSubjects(items) && listAsksBelow(lines[j:]) {
			// "Please provide the following for (1) the library system,
			// (2) the parking contract and (3) ...", then the request set
			// out question by question: the subjects are no questions.
			items = nil
		}
		if items == nil && mayRunInOrdinals(para) {
			items = ordinalItems(strings.Join(trimAll(para), " "))
		}
		if items == nil && labelledLines(para) == 0 && answeredByLetters(lines[j:]) {
			// "please tell me (a) how many fixed ANPR cameras you have
			// now, (b) where they are, (c) ..." and, below, the answers
			// "(a) The force now operates 52 ...", "(b) ...".
			items = letteredRunIn(strings.Join(trimAll(para), " "))
		}
		if items != nil {
			out = append(out, items...)
		} else {
			out = append(out, para...)
		}
		i = j
	}
	return out
}

// letteredRunIn splits a paragraph that runs lettered items into its
// text ("(a) how many cameras you have now, (b) where they are, and (c)
// who supplies them"): the words before the first, then each item on a
// line of its own. Nil unless the items run (a), (b), ... in order, two
// at least.
func letteredRunIn(text string) []string {
	marks := reInlineLetter.FindAllStringSubmatchIndex(text, -1)
	var at []int
	for _, m := range marks {
		if int(text[m[2]]-'a') == len(at) {
			at = append(at, m[0])
		}
	}
	if len(at) < 2 || strings.Count(text, "(a)") > 1 || !reAsksForItems.MatchString(text[:at[0]]) {
		// "Our original response withheld (a) and (b) under section
		// 33(1)(b)": items named, not asked for.
		return nil
	}
	return splitAtStarts(text, at)
}

// answeredByLetters reports whether lines, below a paragraph, open with
// "(a)" and then "(b)": lettered answers to lettered items run into it.
func answeredByLetters(lines []string) bool {
	seen := 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "("+string(rune('a'+seen))+") ") {
			seen++
			if seen == 2 {
				return true
			}
		}
	}
	return false
}

// reAsksForItems ends the words that ask for the items after them:
// "please tell me", "I would like to know", "you asked for:".
var reAsksForItems = mustRx(`(?i)(?:tell\s+me|to\s+know|provide(?:\s+me\s+with)?|send\s+me|give\s+me|(?:you\s+)?asked(?:\s+for)?|request(?:ed)?|the\s+following|:)\s*["“]?\s*$`)

// reInlineLetter is a lettered item's mark inside running text.
var reInlineLetter = mustRx(`(?:^|\s|")\(([a-h])\)\s`)

// namesSubjects reports whether a run-in list's items (after any text
// before the first) are bracketed numbers over things named in lower
// case: "(1) the library management system, (2) the parking contract".
func namesSubjects(items []string) bool {
	n := 0
	for _, it := range items {
		if !strings.HasPrefix(it, "(") {
			continue
		}
		k := strings.Index(it, ")")
		if k < 0 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(it[k+1:], " \"“'"))
		if !unicode.IsLower(r) || asks(it[k+1:]) {
			return false
		}
		n++
	}
	return n >= 2
}

// listAsksBelow reports whether the lines after a paragraph set out a
// list of their own, two or more numbered lines that ask, before long.
func listAsksBelow(lines []string) bool {
	n := 0
	for _, l := range lines[:min(len(lines), 30)] {
		t := strings.TrimSpace(l)
		if m := reItem.FindStringIndex(t); m != nil && asks(t[m[1]:]) {
			n++
		}
	}
	return n >= 2
}

// listSeparated reports whether the text before an item in brackets ends
// as a list's item does before the next: "...; (2)", "..., and (3)", not
// "... and withheld (2) under section 40(2)", which names an item.
func listSeparated(before string) bool {
	b := strings.TrimRight(before, " \"“'")
	if strings.HasSuffix(b, ";") || strings.HasSuffix(b, ",") || strings.HasSuffix(b, ":") || strings.HasSuffix(b, ".") || strings.HasSuffix(b, "?") {
		return true
	}
	for _, w := range []string{" and", " or", " then", " finally", " lastly"} {
		if strings.HasSuffix(b, w) {
			return listSeparated(strings.TrimSuffix(b, w)) || !strings.HasSuffix(strings.TrimSuffix(b, w), ")")
		}
	}
	return false
}

// mayRunIn is a cheap test before runInItems: a run-in list holds "2.",
// "(2)" or "Point 2" somewhere.
func mayRunIn(para []string) bool {
	for _, l := range para {
		for _, mark := range runInSecond {
			if strings.Contains(l, mark) {
				return true
			}
		}
	}
	return false
}

// runInSecond are the ways a run-in list's second item is numbered
// ("Point 2" and the like without their first letter, whatever its case).
var runInSecond = []string{"2.", "(2)", "oint 2", "uestion 2", "tem 2", "equest 2"}

// labelledLines counts the lines that open with a question's or an
// answer's label ("You asked: 1. ...", "Our response: ..."): a paragraph
// set out line by line so is no list run into a sentence.
func labelledLines(ls []string) int {
	n := 0
	for _, l := range ls {
		t := strings.TrimSpace(l)
		if reQuestionLabel.MatchString(t) || reAnswerLabel.MatchString(t) {
			n++
		}
	}
	return n
}

// itemsOpenLines counts the lines that open with an item number.
func itemsOpenLines(ls []string) int {
	n := 0
	for _, l := range ls {
		if m := reRunInItem.FindStringSubmatchIndex(strings.TrimSpace(l)); m != nil && m[0] == 0 {
			n++
		}
	}
	return n
}

func trimAll(ls []string) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = strings.TrimSpace(l)
	}
	return out
}

// reRunInItem is an item number inside running text: after the start, a
// colon or the end of a sentence (and any quote), before a capital; or
// (group 3) an item's label and number there, "Point 2, how many ..."; or
// (group 5) a number after a colon or a semicolon before a thing asked
// for in lower case, "...: 1. the incumbent supplier; 2. the contract
// expiry date".
var reRunInItem = mustRx(`(?:^|[.?;:!"”')]\s+)["“']?(\d{1,2})\.\s+["“']?\p{Lu}|(?:^|\s)[^\pL\pN\s(]?["“']?\((\d{1,2})\)\s+["“']?\pL|(?:^|[.?;:!"”')]\s+)["“']?((?:Point|Question|Item|Request)\s+(\d{1,2}))\s*[,:.–—-]\s+["“']?\pL|(?:^|[;:]\s+)(\d{1,2})\.\s+\p{Ll}`)

// mayRunInOrdinals is a cheap test that a paragraph may list items by
// ordinal adverbs: most paragraphs do not say "secondly".
func mayRunInOrdinals(para []string) bool {
	for _, l := range para {
		if strings.Contains(l, "econd") {
			return true
		}
	}
	return false
}

// ordinalItems returns the lines a restated request listing its items by
// ordinal words becomes ("You asked five things: firstly, the cost of
// the office; secondly, how many people work in it; thirdly, ... and
// fifthly, a copy of the diary"): each item on a line of its own, numbered
// "(n)" as a run-in list is, with the text before the first on a line of
// its own. Three or more ordinals in order are needed, and the text before
// them must say that something was asked: an argument set out "firstly
// ... secondly ..." in an answer is not a list of questions.
func ordinalItems(text string) []string {
	type item struct{ at, body int }
	var items []item
	for _, m := range reOrdinalItem.FindAllStringSubmatchIndex(text, -1) {
		n := ordinalNumber(text[m[2]:m[3]])
		switch {
		case n == len(items)+1:
		case n == -1 && len(items) >= 2:
			// "finally", "lastly": the last item.
		case n == 1:
			items = items[:0]
		default:
			continue
		}
		items = append(items, item{m[2], m[1]})
		if n == -1 {
			break
		}
	}
	if len(items) < 3 || !reAskedBefore.MatchString(text[:items[0].at]) {
		return nil
	}
	var out []string
	if head := strings.TrimSpace(text[:items[0].at]); head != "" {
		out = append(out, head)
	}
	for k, it := range items {
		end := len(text)
		if k+1 < len(items) {
			end = items[k+1].at
		}
		body := strings.TrimSpace(text[it.body:end])
		body = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(body, "and"), ";"))
		body = strings.TrimRight(body, ",;")
		out = append(out, "("+strconv.Itoa(k+1)+") "+body)
	}
	return out
}

// ordinalNumber is the place an ordinal word gives ("thirdly" 3), -1 for
// "finally" and "lastly", 0 for anything else.
func ordinalNumber(w string) int {
	w = strings.TrimSuffix(strings.ToLower(w), "ly")
	if w == "final" || w == "last" {
		return -1
	}
	return numberWords[w]
}

// reOrdinalItem is an ordinal adverb opening an item of a list run into a
// sentence: at its start or after a separator, and followed by a comma.
var reOrdinalItem = mustRx(`(?i)(?:^|[;:,.]\s+|\band\s+)(first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|sixth(?:ly)?|seventh(?:ly)?|eighth(?:ly)?|ninth(?:ly)?|tenth(?:ly)?|finally|lastly),\s+`)

// reAskedBefore says the text before a list is the request being restated.
var reAskedBefore = mustRx(`(?i)\b(?:asked|ask|request(?:ed)?|wanted|sought|seeking|would\s+like|following)\b`)

// runInItems returns the lines a paragraph's run-in list becomes (any
// text before the first item on a line of its own), or nil.
func runInItems(text string) []string {
	var starts []int
	for _, m := range reRunInItem.FindAllStringSubmatchIndex(text, -1) {
		// The number, "3." or "(3)", and where its item starts.
		ns, ne, at := m[2], m[3], m[2]
		switch {
		case m[6] >= 0:
			// "Point 2, how many of those ...": the item opens with its
			// label, which keys it as the parser reads keys.
			ns, ne, at = m[8], m[9], m[6]
		case m[10] >= 0:
			// "Part 1 – Finance system: 1. the incumbent supplier; 2.
			// the contract expiry date; ...": things asked for in lower
			// case, after a colon or a semicolon.
			ns, ne, at = m[10], m[11], m[10]
		case ns < 0:
			ns, ne, at = m[4], m[5], m[4]-1
		}
		if atoiSafe(text[ns:ne]) != len(starts)+1 || len(starts) > 0 && m[2] < 0 && !listSeparated(text[:at]) {
			if len(starts) >= 3 {
				break
			}
			starts = starts[:0]
			if atoiSafe(text[ns:ne]) != 1 {
				continue
			}
		}
		for at > 0 && strings.ContainsRune("\"“'", rune(text[at-1])) {
			at--
		}
		starts = append(starts, at)
	}
	if len(starts) < 3 && !pairOpensText(text, starts) {
		return nil
	}
	out := splitAtStarts(text, starts)
	for k := len(out) - len(starts); k < len(out); k++ {
		// An item of a list run on with semicolons ends at its own: "2.
		// the contract expiry date; 3. ..." asks for the date.
		item := strings.TrimSpace(strings.TrimSuffix(out[k], ";"))
		if m := reItemLabelComma.FindStringSubmatchIndex(item); m != nil {
			// "Point 1, how many ...": the label keyed as the parser
			// reads keys, "Point 1: how many ...".
			item = item[:m[3]] + ": " + item[m[1]:]
		}
		out[k] = item
	}
	return out
}

// splitAtStarts cuts text at the offsets where its run-in items start:
// the words before the first, if any, then each item, trimmed.
func splitAtStarts(text string, starts []int) []string {
	var out []string
	if head := strings.TrimSpace(text[:starts[0]]); head != "" {
		out = append(out, head)
	}
	for k, from := range starts {
		to := len(text)
		if k+1 < len(starts) {
			to = starts[k+1]
		}
		out = append(out, strings.TrimSpace(text[from:to]))
	}
	return out
}

// reItemLabelComma is an item's label and number followed by a comma or a
// dash, opening an item of a run-in list.
var reItemLabelComma = mustRx(`^((?:Point|Question|Item|Request)\s+\d{1,2})\s*[,–—-]\s+`)

// pairOpensText reports whether two run-in items are a request of two:
// the text opens with the first ("(1) Copies of ...") and the second
// follows a semicolon ("...; and (2) a list of ..."). Two numbers
// anywhere else are too often references ("section 40(2) ... (1)").
func pairOpensText(text string, starts []int) bool {
	if len(starts) != 2 || strings.TrimLeft(text[:starts[0]], "\"“' ") != "" {
		return false
	}
	b := strings.TrimSpace(text[:starts[1]])
	b = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(b, " and"), " or"))
	return strings.HasSuffix(b, ";")
}

// splitInlineKeys starts a new line where a sentence inside a line keys
// an answer in words: "Northmoor Police has now completed its searches.
// In answer to point 1, the supplier is Hexagon." The key then opens its
// line, as the parser reads keys.
func splitInlineKeys(lines []string) []string {
	var out []string
	for _, l := range lines {
		for {
			i := inlineKeyAt(l)
			if i < 0 {
				break
			}
			out = append(out, strings.TrimRight(l[:i], " "))
			l = l[i:]
		}
		out = append(out, l)
	}
	return out
}

// inlineKeyAt returns where a sentence after the first one of l opens with
// an answer key in words ("In answer to point 2,", "In response to
// question 4:"), or -1.
func inlineKeyAt(l string) int {
	for from := 0; ; {
		k := strings.Index(l[from:], ". In ")
		if k < 0 {
			return -1
		}
		at := from + k + 2
		if lab := parseLabel(l[at:]); lab.kind == labelAnswer && len(lab.nums) > 0 && lab.style == "answer" {
			return at
		}
		from = at
	}
}

// gatherRequestBlocks reads a letter (a disclosure-log page, mostly) that
// alternates request and response blocks under their own headings
// ("REQUEST" 1-2, "RESPONSE" 1-2, "REQUEST" 3-5, "RESPONSE" 3-5) as one
// request followed by one response: the blocks' lines are put in that
// order, and the headings after the first of each kind dropped. A letter
// with one block of each, or whose blocks hold no numbered items, comes
// back as it was, and so does one whose responses are not numbered (each
// then answers the request just above it).
func gatherRequestBlocks(lines []string) []string {
	kind := func(l string) int {
		t := strings.ToLower(strings.TrimRight(strings.TrimSpace(strings.Trim(strings.TrimSpace(l), "*_#")), ":"))
		switch t {
		case "request", "your request", "the request", "request details", "information requested", "requested information":
			return 1
		case "response", "our response", "responses", "answer", "answers", "our reply", "reply":
			return 2
		}
		return 0
	}
	var heads []int
	for i, l := range lines {
		if k := kind(l); k != 0 {
			if len(heads) > 0 && kind(lines[heads[len(heads)-1]]) == k {
				return lines // two headings of a kind in a row: another layout
			}
			heads = append(heads, i)
		}
	}
	if len(heads) < 4 || kind(lines[heads[0]]) != 1 {
		return lines
	}
	end := func(h int) int {
		if h+1 < len(heads) {
			return heads[h+1]
		}
		return len(lines)
	}
	// Every block, request and response, numbers its items: answers
	// under a heading of their own each follow their question already.
	for h := 0; h < len(heads); h++ {
		items := false
		for _, l := range lines[heads[h]+1 : end(h)] {
			lab := itemLabel(strings.TrimSpace(l))
			items = items || lab.kind == labelItem && len(lab.nums) > 0
		}
		if !items {
			return lines
		}
	}
	out := append([]string(nil), lines[:heads[0]]...)
	for pass := 0; pass < 2; pass++ {
		for h := pass; h < len(heads); h += 2 {
			from := heads[h]
			if h > 1 {
				from++ // a later block's heading
			}
			out = append(out, lines[from:end(h)]...)
			out = append(out, "")
		}
	}
	return out
}

// qkey names a question by part and number.
type qkey struct{ part, num int }

// qstate is a question while the letter is being read.
type qstate struct {
	key     qkey
	text    []string
	context string
	// answer lines found for this question; answerFrom says where they came
	// from, so that a keyed answer in the response replaces an inline one
	// only when that is what the letter did.
	answer    []string
	hasAnswer bool
	// original is the decision an internal review quotes before its own
	// ("Original response: withheld under section 40(2)").
	original   []string
	decisions  []decision
	firstLine  int
	answerLine int // line where the answer started, -1 when none
	// own are the sentences of an answer given to several questions at
	// once that answer this one (splitGroupedAnswers); nil when the
	// whole answer is its own.
	own []string
	// noted are the provisions a reason's heading gives as this
	// question's grounds ("Section 31(1)(a) (Part A, question 4).").
	noted []string
}

// parser is the working state of one parse.
type parser struct {
	lines     []string
	regime    Regime
	questions []*qstate
	byKey     map[qkey]*qstate
	runStyle  string
	// headingAnswer caches headingAnswers: 0 not yet worked out, 1 yes,
	// -1 no.
	headingAnswer int8
	// respStart is the first line after the restated request, where the
	// authority's own answer begins (len(lines) when the layout interleaves
	// questions and answers to the end).
	respStart int
	// used marks lines consumed as question or answer text, so that the
	// search for decision sentences reads only the rest.
	used []bool
	// letterDecisions apply to every question without its own answer.
	letterDecisions []decision
	// refinements are heading-like citations ("Section 31 (1) (a)(b), Law
	// Enforcement") that make a decision's bare "Section 31 (1)" precise.
	refinements []citation
	// explained are the provisions cited in sentences that explain the law
	// outside answers, for decisions that name none.
	explained []string
	// labels caches parseLabel of every line: several passes look at them.
	labels []lineLabel
	// respMemo remembers isResponseStart of lines asked about: 0 not yet
	// known, 1 yes, -1 no.
	respMemo []int8
	// stems caches the content stems of each question's text (stemsOf).
	stems map[*qstate]map[string]bool
}

// respLine reports whether line i opens the authority's response,
// computing it once.
func (p *parser) respLine(i int) bool {
	if p.respMemo[i] == 0 {
		p.respMemo[i] = -1
		if isResponseStart(p.lines[i]) {
			p.respMemo[i] = 1
		}
	}
	return p.respMemo[i] > 0
}

// keyedBelow reports whether the first of nums is keyed on a line of its
// own within the next few lines after i.
func keyedBelow(lines []string, i int, nums []int) bool {
	if len(nums) < 2 {
		return false
	}
	for j, seen := i+1, 0; j < len(lines) && seen < 6; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" {
			continue
		}
		seen++
		if lab := parseLabel(t); (lab.kind == labelQuestion || lab.kind == labelAnswer) && len(lab.nums) == 1 && lab.nums[0] == nums[0] {
			return true
		}
	}
	return false
}

// labelInContext is the label of line i as the lines around it show it
// (parseLabel reads the line alone); annex is the letter of the annex the
// line is in, if any.
func labelInContext(lines []string, i int, annex byte) lineLabel {
	l := lines[i]
	t := strings.TrimSpace(l)
	lab := parseLabel(l)
	if lab.kind == labelNone {
		if m := reAnswersBelow.FindStringSubmatch(t); m != nil && !keyedBelow(lines, i, numbersIn(m[1])) {
			// "Answers to questions 3 to 5 are combined in the table
			// below.": one answer to those questions; unless each is
			// keyed below on its own ("The response to questions 1-3,
			// 5 and 6 is provided below." over "Question 1 – ...").
			return lineLabel{kind: labelAnswer, nums: numbersIn(m[1]), style: "answer", rest: t}
		}
	}
	if annex != 0 && lab.kind == labelAnswer && len(t) > 1 && t[0] == annex && t[1] >= '0' && t[1] <= '9' {
		// "Annex A – Attachments" and then "A1. Car parking
		// agreement": the annex numbers its own items by its letter.
		lab = lineLabel{}
	}
	// A paragraph naming "your third question" in its opening (the words
	// may wrap onto its second line).
	opens := lab.kind == labelNone && (i == 0 || strings.TrimSpace(lines[i-1]) == "")
	if opens && (containsFoldASCII(l, "your") || i+1 < len(lines) && containsFoldASCII(lines[i+1], "your")) {
		para := l
		for j := i + 1; j < len(lines) && j <= i+3 && strings.TrimSpace(lines[j]) != ""; j++ {
			para += " " + strings.TrimSpace(lines[j])
		}
		lab = ordinalInOpening(l, para)
	}
	if lab.kind == labelQuestion && i > 0 && wrapsOnto(lines[i-1], lab.rest) && !headingAbove(lines, i) {
		// "The considerations set out for" / "Request 3 apply equally
		// here": a sentence wrapped before a number, not a question's
		// label.
		return lineLabel{}
	}
	if lab.kind == labelItem && strings.TrimSpace(lab.rest) == "" && len(lab.nums) == 1 && sameItemNext(lines, i, lab.nums[0]) {
		// "3." alone under question 2, and "3. How many days ..." next:
		// the figure answering question 2, not an item of its own.
		return lineLabel{}
	}
	if lab.kind == labelItem && strings.TrimSpace(lab.rest) == "" && len(lab.nums) == 1 && strings.HasSuffix(prevNonBlank(lines, i), "?") && !questionTextNext(lines, i) {
		// "5. How many drones does the Authority own?" / "3.": the
		// figure answering the question above, not an item whose text
		// follows ("2." over "How many ...?").
		return lineLabel{}
	}
	if lab.kind == labelItem && strings.TrimSpace(lab.rest) == "" && answersLabel(lines, i) && asksNext(lines, i) {
		// "Our response:", "3." on its own line and "You asked:": a
		// figure answering, not the number of an answer or item whose
		// text follows.
		return lineLabel{}
	}
	return lab
}

// reAnswersBelow says where the answers to several questions are given:
// "Answers to questions 3 to 5 are combined in the table below."
var reAnswersBelow = mustRx(`(?i)^(?:the\s+|our\s+)?(?:answers?|responses?|replies)\s+(?:to|for)\s+(?:questions?|qs?|points?)\s*(\d{1,2}(?:\s*(?:,|&|and|-|–|to)\s*\d{1,2})*)\s+(?:are|is)\s+(?:combined\s+|given\s+|set\s+out\s+|provided\s+|shown\s+)?(?:in|below)\b`)

// reAnnexHeading opens an annex or appendix named by a letter.
var reAnnexHeading = mustRx(`^\W{0,3}(?i:annexe?|appendix)\s+([A-Z])\b`)

// answersLabel reports whether the line before line i, blank lines
// aside, is an answer's label with nothing after it ("Our response:").
func answersLabel(lines []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		s := strings.TrimSpace(lines[j])
		if s == "" {
			continue
		}
		return reAnswerLabel.MatchString(s) && strings.TrimSpace(reAnswerLabel.ReplaceAllString(s, "")) == ""
	}
	return false
}

// wrapsOnto reports whether a line's text (rest, after what looks like a
// label) continues the sentence of the line before it: that line ends
// mid-sentence and the rest goes on in lower case.
func wrapsOnto(before, rest string) bool {
	b := strings.TrimSpace(before)
	r := strings.TrimSpace(rest)
	if b == "" || r == "" || r[0] < 'a' || r[0] > 'z' {
		return false
	}
	last := b[len(b)-1]
	return last >= 'a' && last <= 'z' || last == ','
}

// headingAbove reports whether the line above line i is a short heading
// standing alone ("Outcome of the review" over "Item 1 – evaluation
// report. ..."): a paragraph's first words, after a blank line, with no
// word at its end that runs on.
func headingAbove(lines []string, i int) bool {
	if i < 1 || i >= 2 && strings.TrimSpace(lines[i-2]) != "" {
		return false
	}
	f := strings.Fields(lines[i-1])
	if len(f) == 0 || len(f) > 6 || f[0][0] < 'A' || f[0][0] > 'Z' {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "for", "to", "of", "and", "or", "the", "a", "an", "in", "on", "with", "by", "under", "at", "from", "that", "as", "is", "are":
		return false
	}
	return true
}

// sameItemNext reports whether the next line with words after line i
// opens an item numbered n with text of its own.
func sameItemNext(lines []string, i, n int) bool {
	for _, l := range lines[i+1:] {
		if strings.TrimSpace(l) == "" {
			continue
		}
		lab := parseLabel(l)
		return lab.kind == labelItem && len(lab.nums) == 1 && lab.nums[0] == n && strings.TrimSpace(lab.rest) != ""
	}
	return false
}

// prevNonBlank returns the last line before line i with words, trimmed,
// or "".
func prevNonBlank(lines []string, i int) string {
	for j := i - 1; j >= 0; j-- {
		if s := strings.TrimSpace(lines[j]); s != "" {
			return s
		}
	}
	return ""
}

// questionTextNext reports whether the line after line i, blank lines
// aside, is a question's text with no label of its own: what a bare
// number above it would number.
func questionTextNext(lines []string, i int) bool {
	for _, l := range lines[i+1:] {
		if s := strings.TrimSpace(l); s != "" {
			return parseLabel(s).kind == labelNone && (strings.HasSuffix(s, "?") || asks(s))
		}
	}
	return false
}

// asksNext reports whether the line after line i, blank lines aside, is
// a question's label ("You asked:") or closing boilerplate, or there is
// none.
func asksNext(lines []string, i int) bool {
	for _, l := range lines[i+1:] {
		if s := strings.TrimSpace(l); s != "" {
			return reQuestionLabel.MatchString(s) || isBoilerplate(s)
		}
	}
	return true
}

// reCapitalItem is a line lettered "A." or "**B.**": a request's items
// lettered in capitals, when the letter runs on to B and beyond.
var reCapitalItem = mustRx(`^\**([A-H])[.)]\**\s+(\S.*)$`)

// mayBeCapitalItem reports whether l can match reCapitalItem: a capital
// A to H and a dot or bracket after any stars. Most lines cannot.
func mayBeCapitalItem(l string) bool {
	t := strings.TrimLeft(l, " \t*")
	return len(t) > 2 && t[0] >= 'A' && t[0] <= 'H' && (t[1] == '.' || t[1] == ')' || t[1] == '*')
}

// capitalLetterItems labels the lines lettered "A.", "B.", "C." ... as
// items when the letter has such lines from A to B at least, in order,
// and none of them is labelled otherwise: alone, "A." is as often an
// answer's label, but an answer is never lettered B.
func (p *parser) capitalLetterItems() {
	items := map[int]lineLabel{}
	next := byte('A')
	seenB := false
	for i, l := range p.lines {
		if p.labels[i].kind != labelNone || !mayBeCapitalItem(l) {
			continue
		}
		m := reCapitalItem.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		c := m[1][0]
		switch {
		case c == next:
			next++
		case c < next:
			// The letters again: the answers keyed back.
		default:
			return
		}
		seenB = seenB || c == 'B'
		items[i] = lineLabel{kind: labelItem, nums: []int{letterIndex(m[1])}, style: "alpha", rest: cleanRest(m[2])}
	}
	if !seenB {
		return
	}
	for i, lab := range items {
		p.labels[i] = lab
	}
}

func newParser(lines []string, r Regime) *parser {
	p := &parser{lines: lines, regime: r, byKey: map[qkey]*qstate{}, used: make([]bool, len(lines)), respStart: len(lines)}
	p.labels = make([]lineLabel, len(lines))
	p.respMemo = make([]int8, len(lines))
	partnum := false
	annex := byte(0) // the letter of the annex the lines are in, if any
	for i, l := range lines {
		if m := reAnnexHeading.FindStringSubmatch(l); m != nil {
			annex = m[1][0]
		}
		p.labels[i] = labelInContext(lines, i, annex)
		partnum = partnum || p.labels[i].style == "partnum"
	}
	p.capitalLetterItems()
	if partnum {
		// With "B1.", "C2." about, "A1." is question 1 of part A, not the
		// answer to question 1.
		for i, l := range lines {
			if p.labels[i].kind == labelAnswer {
				if lab := itemLabel(strings.TrimSpace(l)); lab.style == "partnum" {
					p.labels[i] = lab
				}
			}
		}
	}
	return p
}

func (p *parser) add(part, num, line int, text, context string) *qstate {
	k := qkey{part, num}
	if q, ok := p.byKey[k]; ok {
		return q
	}
	q := &qstate{key: k, context: context, firstLine: line, answerLine: -1}
	if text != "" {
		q.text = append(q.text, text)
	}
	p.questions = append(p.questions, q)
	p.byKey[k] = q
	return q
}

// result turns the working state into the Response's questions, in order of
// part then number.
func (p *parser) result() []Question {
	var out []Question
	for _, q := range p.questions {
		splitReview(q)
	}
	for _, q := range p.questions {
		text := joinText(q.text)
		answer := joinText(q.answer)
		if asksOnly(answer) {
			// "If any part of this request would exceed the cost limit,
			// please answer the rest": the requester's words after the
			// last question, in a request not yet answered.
			answer, q.answer, q.hasAnswer = "", nil, false
		}
		st := p.stanceOf(q, cmp.Or(strings.Join(q.own, " "), answer))
		out = append(out, Question{
			ID:      QuestionID(q.key.part, q.key.num),
			Part:    q.key.part,
			Number:  q.key.num,
			Text:    text,
			Answer:  answer,
			Stance:  st,
			Context: q.context,
		})
	}
	shareRefusalGrounds(out)
	var refusals []string
	for _, d := range p.letterDecisions {
		if d.r.kind == Refused {
			refusals = append(refusals, d.r.exemptions...)
		}
	}
	preciseRefusalGrounds(out, refusals)
	spreadRequestRefusal(out)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Part != out[j].Part {
			return out[i].Part < out[j].Part
		}
		return out[i].Number < out[j].Number
	})
	return out
}

// asksOnly reports whether every sentence of an answer asks something of
// the body, as a requester does.
func asksOnly(answer string) bool {
	if answer == "" {
		return false
	}
	for _, s := range splitSentences(answer) {
		if s = strings.TrimSpace(s); s != "" && !reRequesterAsks.MatchString(s) {
			return false
		}
	}
	return true
}

// splitReview separates, in an internal review's answer keyed to its
// question, the decision under review from the review's own ("Original
// response: the Council does not hold the information." / "Review:
// Upheld."), as the interleaved layouts do when they read them.
func splitReview(q *qstate) {
	if len(q.original) > 0 {
		return
	}
	if k := slices.IndexFunc(q.text, func(l string) bool { return reOriginalLabel.MatchString(strings.TrimSpace(l)) }); k > 0 && q.hasAnswer {
		// "Question 3: Please provide ..." / "Original response:
		// Withheld under section 31(1)(a)." / "Review decision: ...":
		// the decision under review ran on from the question, which it
		// is no part of.
		q.original = append([]string{strings.TrimSpace(reOriginalLabel.ReplaceAllString(strings.TrimSpace(q.text[k]), ""))}, q.text[k+1:]...)
		q.text = q.text[:k]
		return
	}
	from := slices.IndexFunc(q.answer, func(l string) bool { return reOriginalLabel.MatchString(strings.TrimSpace(l)) })
	if from < 0 {
		return
	}
	// "Original response: 112. Review: upheld." on one line: the review
	// starts a line of its own.
	for k := from; k < len(q.answer); k++ {
		if m := reInlineReview.FindStringIndex(q.answer[k]); m != nil && (k > from || m[0] > 0) {
			head, tail := strings.TrimSpace(q.answer[k][:m[0]+1]), strings.TrimSpace(q.answer[k][m[0]+1:])
			q.answer = slices.Insert(slices.Delete(slices.Clone(q.answer), k, k+1), k, head, tail)
			break
		}
	}
	for k := from + 1; k < len(q.answer); k++ {
		l := strings.TrimSpace(q.answer[k])
		if reAnswerLabel.MatchString(l) && !reOriginalLabel.MatchString(l) {
			q.original = append([]string{strings.TrimSpace(reOriginalLabel.ReplaceAllString(strings.TrimSpace(q.answer[from]), ""))}, q.answer[from+1:k]...)
			q.answer = append([]string{strings.TrimSpace(reAnswerLabel.ReplaceAllString(l, ""))}, q.answer[k+1:]...)
			return
		}
	}
}

// reInlineReview is a review's label after a sentence of the original
// response on the same line: ". Review: upheld.".
var reInlineReview = mustRx(`(?i)[.;]\s+(?:review(?:\s+(?:decision|outcome|finding|response))?|reviewer'?s\s+(?:decision|response|finding)|decision\s+on\s+review)\s*:\s*\S`)

// shareRefusalGrounds gives questions refused with no ground named the
// ground the letter gave its other refused questions, when it gave them
// all the same one: a cost limit counts over the whole request, so a
// letter that names section 12(1) at questions 4 and 5 and refuses 1 to 3
// in general terms refuses them under it too.
func shareRefusalGrounds(qs []Question) {
	ground := commonRefusalGround(qs)
	if ground == nil {
		return
	}
	for i := range qs {
		if qs[i].Stance.Kind == Refused && len(qs[i].Stance.Exemptions) == 0 {
			qs[i].Stance.Exemptions = slices.Clone(ground)
		}
	}
}

// preciseRefusalGrounds gives a question refused under a bare section
// ("Part B is refused under section 12") the subsection the letter names
// for that section at its other refused questions ("... refused under
// section 12(1)"), or at its refusal of the request as a whole (more:
// "The University is therefore relying on section 12(1)" before "section
// 12 applies to the request as a whole"), when it names one only: the
// same refusal, stated precisely.
func preciseRefusalGrounds(qs []Question, more []string) {
	cited := slices.Clone(more)
	for _, q := range qs {
		if q.Stance.Kind == Refused {
			cited = append(cited, q.Stance.Exemptions...)
		}
	}
	for i := range qs {
		if qs[i].Stance.Kind != Refused || len(qs[i].Stance.Exemptions) == 0 {
			continue
		}
		var out []string
		for _, ex := range qs[i].Stance.Exemptions {
			if precise := refineBare([]string{ex}, cited); len(precise) == 1 {
				ex = precise[0]
			}
			out = append(out, ex)
		}
		qs[i].Stance.Exemptions = uniqueSorted(out)
	}
}

// commonRefusalGround returns the ground every question refused with a
// ground was refused on, or nil when there is none or they differ.
func commonRefusalGround(qs []Question) []string {
	var ground []string
	for _, q := range qs {
		if q.Stance.Kind != Refused || len(q.Stance.Exemptions) == 0 {
			continue
		}
		if ground != nil && !slices.Equal(ground, q.Stance.Exemptions) {
			return nil
		}
		ground = q.Stance.Exemptions
	}
	return ground
}

// spreadRequestRefusal refuses the questions a letter left without any
// answer when it refused others for cost or as vexatious: those grounds
// refuse a request as a whole (the cost of all its questions counts
// together), so a letter that works out the cost of question 1 and stops
// there has refused questions 2 to 4 as well. Questions the letter did
// answer keep their answers.
func spreadRequestRefusal(qs []Question) {
	ground := commonRefusalGround(qs)
	whole := false
	for _, ex := range ground {
		r := provisionRole(ex)
		whole = whole || r == roleCost || r == roleVexatious
	}
	if !whole {
		return
	}
	for i := range qs {
		if qs[i].Stance.Kind == Unknown {
			qs[i].Stance = Stance{Kind: Refused, Exemptions: slices.Clone(ground)}
		}
	}
}

// joinText joins wrapped lines into running text, keeping paragraph breaks
// as a single newline.
func joinText(lines []string) string {
	var b strings.Builder
	para := false
	for _, l := range lines {
		l = strings.TrimSpace(strings.ReplaceAll(l, "\t", " "))
		if l == "" {
			para = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			if para {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		para = false
		b.WriteString(l)
	}
	return strings.TrimSpace(b.String())
}

// reBilingualLabel is a label given in two languages, the other first:
// "Cwestiwn 1 / Question 1", "Dyddiad / Date:", "Ein cyf / Our ref:",
// "Rhesymau / Reasons", "Ymateb gwreiddiol / Original response:".
var reBilingualLabel = mustRx(`^[^/\d]{2,30}?\d*\s+/\s+((?:Date\s+received|Date|Our\s+ref|Your\s+ref|Ref|Reference|Received|Question|Answer|Response|Request|Part|Dear|Re|Subject|Decision|Reasons?|Your\s+rights|Original\s+(?:response|decision|answer)|Review\s+(?:finding|outcome|decision|response)|Summary)(?:\s+\d{1,2})?\s*(?::.*|$))`)

// englishLabel keeps the English half of a bilingual label line, the
// half the parser reads.
func englishLabel(l string) string {
	if !strings.Contains(l, " / ") {
		return l
	}
	if m := reBilingualLabel.FindStringSubmatch(l); m != nil && !englishLabelWord(firstWord(l)) {
		l = m[1]
	}
	if m := reBilingualLabelFirst.FindStringSubmatch(l); m != nil && !englishLabelWord(firstWord(strings.TrimLeft(l[len(m[1]):], " /"))) {
		// "Our ref / Ein cyf: GUHB-0611", "Question 1 / Cwestiwn 1"
		l = m[1] + m[2]
	}
	if m := reBilingualDate.FindStringSubmatch(l); m != nil {
		// "Date: 10 Rhagfyr 2024 / 10 December 2024"
		return m[1] + m[2]
	}
	// "Date received: 5 Awst / August 2025": the day and year once, the
	// month in both languages.
	l = reWelshMonthPair.ReplaceAllString(l, "$1 $2")
	if i := strings.Index(l, " / "); i > 0 {
		// "Mae'r wybodaeth hon wedi'i heithrio o dan adran 43(2). / This
		// information is exempt under section 43(2)": the English half
		// is read; the Welsh one would count twice, and as content. A
		// label before the Welsh ("Answer: Mae'r ...") stays.
		label, welsh := "", l[:i]
		if c := strings.Index(welsh, ": "); c >= 0 && c < 30 {
			label, welsh = welsh[:c+2], welsh[c+2:]
		} else if m := reItemNumberLead.FindString(welsh); m != "" {
			// "1. Nid yw'r Bwrdd Iechyd yn cofnodi ... / The Health
			// Board does not hold this information.": the item's
			// number stays with the English.
			label, welsh = m, welsh[len(m):]
		}
		if looksWelsh(welsh) && !looksWelsh(l[i+3:]) {
			return label + strings.TrimSpace(l[i+3:])
		}
	}
	return l
}

// reItemNumberLead is an item's number at a line's start: "1. ", "2) ".
var reItemNumberLead = mustRx(`^\s*\d{1,2}[.)]\s+`)

// welshWords are common Welsh words that are not English ones.
var welshWords = map[string]bool{
	"mae": true, "mae'r": true, "yw": true, "yn": true, "ydym": true, "rydym": true, "wedi": true, "wedi'i": true,
	"dan": true, "adran": true, "yr": true, "ein": true, "eich": true, "gan": true, "hon": true, "hwn": true,
	"gwybodaeth": true, "cais": true, "ateb": true, "bydd": true, "oes": true, "nad": true, "ddim": true,
	"neu": true, "ac": true, "gyda": true, "ni": true, "nid": true, "o'r": true, "i'r": true, "y": true,
}

// looksWelsh reports whether s holds two Welsh words or more and none of
// the commonest English ones.
func looksWelsh(s string) bool {
	welsh := 0
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,;:()“”\"")
		switch w {
		case "the", "is", "are", "of", "and", "to", "this", "we", "has", "been", "was":
			return false
		}
		if welshWords[w] {
			welsh++
		}
	}
	return welsh >= 2
}

// englishLabelWord reports whether w, a first word in lower case (as
// firstWord gives it), opens one of the English labels
// reBilingualLabel keeps: then the line is not "other language / English".
func englishLabelWord(w string) bool {
	switch w {
	case "date", "our", "your", "ref", "reference", "received", "question", "answer", "response", "request", "part", "dear", "re", "subject", "decision", "reason", "reasons":
		return true
	}
	return false
}

// reBilingualLabelFirst is a bilingual label with the English first.
var reBilingualLabelFirst = mustRx(`^((?:Date|Our\s+ref|Your\s+ref|Ref|Reference|Received|Question|Answer|Response|Request|Part|Dear|Re|Subject|Decision)(?:\s+\d{1,2})?)\s+/\s+[^:/\d]{2,30}?(?:\s+\d{1,2})?\s*((?::.*)?)$`)

// reWelshMonthPair is a day, a Welsh month and its English name.
var reWelshMonthPair = mustRx(`\b(\d{1,2})\s+(?:Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)\s*/\s*((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})`)

// reBilingualDate is a date label whose value is given in two languages.
var reBilingualDate = mustRx(`^((?:Date|Received|Dated|Date\s+received)\s*:?\s*)\d[^/]*?\s+/\s+(\d.*)$`)
