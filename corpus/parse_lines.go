package corpus

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// labelKind says what a line's leading label makes of it.
type labelKind int

const (
	labelNone     labelKind = iota
	labelItem               // "1.", "1)", "(1)", "1<TAB>": a numbered item, question or answer
	labelQuestion           // "Q1", "Question 1", "Request 1", "Point 1": keyed to a question
	labelAnswer             // "A1", "Answer 1", "Response to question 1": an answer keyed back
)

// lineLabel is a line's leading number label.
type lineLabel struct {
	kind  labelKind
	nums  []int  // the question numbers it names (several for "Questions 1 & 2")
	style string // how it was written, so that runs of one style hold together
	rest  string // the line after the label
	// part is the part the label names itself ("Contract 2, Question 5"),
	// 0 when it names none.
	part int
	// inProse is set for a key that opens a paragraph of running prose
	// ("As to your second question, 612 officers ..."): in a letter
	// answering in prose, the paragraphs after it are about other things.
	inProse bool
}

var (
	// "Question 7 –", "Q2:", "Request 1", "Point 3.", "Questions 1 & 2:", "Q1-3", "Question 3a"
	reKeyedQuestion = mustRx(`^(?i:(questions?|q|qu|requests?|req|points?|items?|part)\.?)\s*\(?(\d{1,2})([a-z])?\)?((?:\s*(?:,|&|(?i:and|to)|-|–)\s*(?:(?i:questions?|q)\.?\s*)?\d{1,2}[a-z]?)*)(?:\s*[:.)\-–—]\s*|\s+|$)`)
	// "A1", "Answer 1:", "Response 1", "Reply to question 1", "In answer to point 3", "In response to question 4,", "Response to Q2"
	reKeyedAnswer = mustRx(`^(?i:(?:(?:in\s+)?(?:a|ans|answers|answer|responses|response|replies|reply|our\s+responses|our\s+response|force\s+response)|(?:(?:turning|coming|moving)\s+(?:now\s+)?to|on|as\s+(?:for|to|regards)|regarding|re\.?|with\s+regard\s+to|in\s+(?:relation|respect)\s+(?:to|of)|for|concerning)(?:\s+(?:your|the))?\s+(?:questions?|points?|requests?|items?|q)\b)\.?(?:\s+(?:to|for)(?:\s+(?:your|the))?(?:\s+(?:questions?|q|points?|requests?|items?)\.?)?)?)\s*\(?(\d{1,2})([a-z])?\)?((?:\s*(?:,|&|(?i:and|to)|-|–)\s*(?:(?:questions?|points?|q|Q|A)\.?\s*)?\d{1,2}[a-z]?)*)(?:\s*[:.)\-–—]\s*|\s*,\s+|\s+|$)`)
	// reAnswerHeading is "Response – Questions 1 and 2" alone on its
	// line; its group is the dash between the label and the key.
	reAnswerHeading = mustRx(`^(?i:answers?|responses?|replies|reply|our\s+responses?)(\s*[-–—:]\s*)(?i:questions?|q|points?|requests?|items?)\.?\s*\d{1,2}[a-z]?(?:\s*(?:,|&|(?i:and|to)|-|–)\s*\d{1,2}[a-z]?)*[*_]*$`)
	// rePluralKey is a keyed label's word in the plural: "Questions 1, 2".
	rePluralKey = mustRx(`(?i)\b(?:questions|points|requests|items|parts)\b`)
	// "3 and 4.", "3 & 4.", "3-5.", "1 and 2<TAB>" (a table's number
	// cell): a numbered item answering two or more questions at once.
	reGroupItem = mustRx(`^(\d{1,2})\s*(and|&|,|-|–|to)\s*(\d{1,2})(?:[.:)]\s+|\t)`)
	// "1.", "1)", "(1)", "1 -", "1.<TAB>", "1<TAB>"
	reItem = mustRx(`^(?:\((\d{1,2})\)|(\d{1,2})(?:\.(?:\s|$)|\)|\t|\s+[-–—:]\s)|(\d{1,2})\.(\S))\s*`)
	// leading bullets and emphasis to look past: "- 1.", "• Q1", "*9.", "**Question 1**"
	reLeadNoise = mustRx(`^(?:[•●▪◦·\-*>#"“”‘’']+\s*|\*+)`)
	// Lettered items: "(a) ...", "a) ...", "a. ...", "A) ..." ("A." is
	// left out: it starts sentences and initials).
	// "(iv) ", "ii) ", "iii. ": an item numbered in lower-case roman
	// numerals.
	reRomanItem = mustRx(`^(?:\((i{1,3}|iv|vi{0,3}|ix|x)\)|(i{1,3}|iv|vi{0,3}|ix|x)[.)])\s+`)
	reAlphaItem = mustRx(`^(?:\(([a-hA-H])\)|([a-h])[.)]|([A-H])\))\s+`)
	// reAlphaGroupItem is two lettered items answered together: "(a) and
	// (b)", "c) & d)", "(c) to (e)". Groups: the first letter (bracketed,
	// or closed by its bracket), the joining word, the last letter.
	reAlphaGroupItem = mustRx(`^(?:\(([a-h])\)|([a-h])\))\s*((?i:and|&|,|to)|[-–])\s*(?:\(([a-h])\)|([a-h])\))[.:]?\s+`)
	// reAlphaAnswer keys an answer to a lettered item: "In answer to c),",
	// "In response to item (b):", "Answer to (d) –".
	reAlphaAnswer = mustRx(`^(?i:(?:in\s+)?(?:answer|response|reply)\s+to\s+(?:(?:your\s+|the\s+)?(?:questions?|items?|points?|parts?|requests?)\s+)?)(?:\(([a-h])\)|([a-h])\))\s*[,:.\-–—]?\s*`)
	reAlphaKey    = mustRx(`^(?i:parts?|questions?|qs?|items?|points?|requests?)\s*\(([a-h])\)(?:\s*(?i:and|&|,|or)\s*\(([a-h])\))?\s*[:.)\-–—]?\s*`)
	reCombinedKey = mustRx(`^(?i:part|contract|section|lot)\s+(\d{1,2}|[a-f]|one|two|three|four)\b\s*[,:\-–—.]?\s*`)
	// "1.1 How many ...", "2.3. What is ...": questions numbered within
	// the sections of a request, written against a capital.
	reDecimalItem   = mustRx(`^(\d{1,2})\.(\d{1,2})\.?[ \t]+`)
	reLetterNum     = mustRx(`^([A-H])(\d{1,2})(?:[.):]\s*|\s+)`)
	reRomanKey      = mustRx(`^(?i:(questions?|q|request|item|point|part))\.?\s*\(?((?i:x|ix|iv|v?i{1,3}|v))\)?(?:\s*[:.)\-–—]\s*|\s+)`)
	reAskedKey      = mustRx(`^(?i:you\s+(?:asked|requested)|requested|your\s+(?:question|request|query))\s*(?:\((\d{1,2})\)|(\d{1,2})\b)\s*(?:[:.\-–—]\s*|$)`)
	reSectionNumber = mustRx(`^\d{1,2}\.\d{1,2}\.?\s+`)
	reSpacedDash    = mustRx(`^\s+[-–—]\s+`)
	// reListThenDash is a list of question numbers joined by "&", "and"
	// or a comma, then a spaced dash and one more number: "1 & 2 – 14".
	reListThenDash = mustRx(`^(\s*(?:,|&|(?i:and))\s*\d{1,2}[a-z]?(?:\s*(?:,|&|(?i:and))\s*\d{1,2}[a-z]?)*)(\s+[-–—]\s+)\d{1,2}$`)
	// reTailWord: the number after the dash has its own label ("Q2 – Q5"),
	// so the dash makes a range, not the start of an answer.
	reTailWord   = mustRx(`(?i)[-–—]\s*(?:questions?|q)\.?\s*\d`)
	reStanceWord = mustRx(`(?i)exempt|withh[oe]ld|not held|refus|neither confirm|section\s*\d|s\.?\s?\d`)
)

// parseLabel reads the label at the start of s, if any.
func parseLabel(s string) lineLabel {
	lab := labelOf(s)
	if (lab.kind == labelQuestion || lab.kind == labelAnswer) && reDecisionListed.MatchString(lab.rest) {
		// "Question 2 for Contract 1 and question 2 for Contract 2 are
		// exempt under section 43(2)", "Question 2 in the first part, and
		// question 2 in the second part, are exempt": a decision naming
		// questions, which opens its line with one of them.
		return lineLabel{}
	}
	return lab
}

// rePartQuestionKey keys a line to questions of a part, the part first:
// "Part B, question 1 –", "Part A, questions 2 and 3 –", "Part 2 Q4:"
// ("Part 1, Q8 – 14." is question 8 and its answer, not questions 8 to
// 14: a range's dash is unspaced).
// Groups: the part, the first number, the rest of the numbers.
var rePartQuestionKey = mustRx(`^(?i:part)\s+([A-Da-d]|\d{1,2}|(?i:one|two|three|four))\s*,?\s+(?i:questions?|qs?)\s*(\d{1,2})((?:\s*(?:,|&|(?i:and|to))\s*\d{1,2}|[-–]\d{1,2})*)\s*(?:[:.\-–—]\s*|$)`)

// reDecisionListed is what follows the first question a decision names:
// more questions, then what is decided of them.
var reDecisionListed = mustRx(`(?i)^(?:(?:for|of|in)\s+(?:the\s+)?(?:(?:part|contract|lot)\s+\w+|\w+\s+(?:part|contract|lot))\s*)?(?:,\s*)?(?:and|&|,)\s+(?:questions?|q)\s*\d[^.]*?\b(?:is|are)\s+(?:(?:also|both|therefore|all)\s+)?(?:exempt|withheld|refused|not\s+held|being\s+withheld)\b`)

// labelOf is parseLabel without its check for a decision.
func labelOf(s string) lineLabel {
	s = strings.TrimSpace(s)
	t := strings.TrimSpace(trimLeadNoise(s))
	t = strings.TrimLeft(t, "*_ ")
	if m := rePartQuestionKey.FindStringSubmatch(t); m != nil {
		// "Part B, question 1 – Section 36(2)(b)(ii) ...", "Part A
		// questions 2 and 3:", "Part A question 1:": the question keyed
		// with its part first.
		if part := wordNumber(m[1]); part > 0 {
			nums := expandNums(m[2], m[3])
			return lineLabel{kind: labelQuestion, nums: nums, style: "answer", rest: cleanRest(t[len(m[0]):]), part: part}
		}
	}
	if m := reWordKey.FindStringSubmatchIndex(t); m != nil {
		// "Question One:", "Request twelve –", "Points one and two:":
		// the numbers written as words read as the figures.
		if n := cardinalWords[strings.ToLower(t[m[2]:m[3]])]; n > 0 {
			rest := t[m[3]:]
			if m[4] >= 0 {
				if b := cardinalWords[strings.ToLower(t[m[4]:m[5]])]; b > 0 {
					rest = t[m[3]:m[4]] + strconv.Itoa(b) + t[m[5]:]
				}
			}
			t = t[:m[2]] + strconv.Itoa(n) + rest
		}
	}
	if m := reAnswerHeading.FindStringSubmatchIndex(t); m != nil {
		// "Response – Questions 1 and 2", a heading of its own line over
		// the answer to the questions it names: read as "Response to
		// questions 1 and 2". ("Answer: Questions 3, 4 and 5 are answered
		// together" is an answer's text under its label.)
		t = t[:m[2]] + " to " + t[m[3]:]
	}
	if m := reProseWordKey.FindStringSubmatchIndex(t); m != nil {
		// "Turning to point four, ...", "On points one and two, ...":
		// the numbers written as words read as the figures.
		if a := cardinalWords[strings.ToLower(t[m[2]:m[3]])]; a > 0 {
			rest := t[m[3]:]
			if m[4] >= 0 {
				if b := cardinalWords[strings.ToLower(t[m[4]:m[5]])]; b > 0 {
					rest = t[m[3]:m[4]] + strconv.Itoa(b) + t[m[5]:]
				}
			}
			t = t[:m[2]] + strconv.Itoa(a) + rest
		}
	}
	if m := reThenKey.FindStringIndex(t); m != nil {
		// "Finally, in answer to point 3, ...": the key after the word
		// that moves on to it.
		lab := parseLabel(capitalise(t[m[1]:]))
		if lab.kind == labelQuestion && len(lab.nums) > 0 && lab.rest != "" && !strings.Contains(lab.rest, "?") && states(lab.rest) {
			// "Finally, point 4: a copy of the contract is attached":
			// the key of the last answer, not a question.
			lab.kind, lab.style = labelAnswer, "answer"
		}
		if lab.kind == labelAnswer {
			return lab
		}
	}
	if t != "" && t[0] >= 'a' && t[0] <= 'z' && !reAlphaItem.MatchString(t) {
		// A label starts with a capital ("Question 7", "Q2", "In answer
		// to"); "questions 1,3 in part 1 ..." at the start of a line is a
		// sentence wrapped from the line before.
		return lineLabel{}
	}
	if m := reSectionNumber.FindString(t); m != "" {
		// "3.1 Item (a): ...": a numbered paragraph keyed to an item.
		if lab := parseLabel(t[len(m):]); lab.kind == labelQuestion || lab.kind == labelAnswer {
			return lab
		}
		if asks(t[len(m):]) {
			// "2.1 How many incidents ...?": a request numbered in
			// sections, not a letter's numbered paragraph.
			return itemLabel(t)
		}
		return lineLabel{}
	}
	if lab, ok := ordinalKey(t); ok {
		return lab
	}
	if m := reRomanKey.FindStringSubmatch(t); m != nil && (!strings.EqualFold(m[1], "part") || strings.Contains(m[0], "(")) {
		// "Request (iii) –": numbered in roman numerals. "Part (iii):"
		// keys the item (iii) of a request in one part; "Part II" is a
		// part's heading.
		if n := romanValue(strings.ToLower(m[2])); n > 0 {
			rest := cleanRest(t[len(m[0]):])
			if strings.EqualFold(m[1], "part") && rest != "" && !strings.Contains(rest, "?") && states(rest) {
				// "Part (iii): the University holds this information
				// but ...": the answer to item (iii), keyed back.
				return lineLabel{kind: labelAnswer, nums: []int{n}, style: "answer", rest: rest}
			}
			return lineLabel{kind: labelQuestion, nums: []int{n}, style: "roman", rest: rest}
		}
	}
	if m := reAskedKey.FindStringSubmatch(t); m != nil {
		// "You asked (1):", "Your question 2 –": a question keyed by the
		// words that introduce it.
		n, _ := strconv.Atoi(m[1] + m[2])
		if n > 0 {
			return lineLabel{kind: labelQuestion, nums: []int{n}, style: "asked", rest: cleanRest(t[len(m[0]):])}
		}
	}
	if !keyWords[firstWord(t)] {
		// No keyed label starts otherwise: only numbered items remain.
		return groupedItems(itemLabel(t))
	}
	if m := reCombinedKey.FindStringSubmatch(t); m != nil {
		// "Contract 1, Question 6:", "Part 2 Q3 –": a question keyed with
		// its part.
		lab := parseLabel(capitalise(t[len(m[0]):]))
		if lab.kind == labelQuestion || lab.kind == labelAnswer {
			lab.part = wordNumber(m[1])
			return lab
		}
	}
	if m := reKeyAndOthers.FindStringSubmatch(t); m != nil && len(t) <= 120 && !strings.HasSuffix(t, ".") {
		// "Question 6, and any other information relating to the
		// supplier's pricing": a heading over the answer to question 6
		// that widens what it answers, with no answer of its own.
		n, _ := strconv.Atoi(m[1])
		return lineLabel{kind: labelQuestion, nums: []int{n}, style: "question"}
	}
	if m := reKeyedAnswer.FindStringSubmatchIndex(t); m != nil && !startsWithAWord(t, m) && !proseWithoutBreak(t, m) {
		nums := expandNums(t[m[2]:m[3]], t[m[6]:m[7]])
		rest := t[m[1]:]
		commaOnly := len(nums) > 1 && strings.HasPrefix(strings.TrimSpace(t[m[6]:m[7]]), ",") && !strings.ContainsAny(t[m[6]:m[7]], "&-–") && !strings.Contains(t[m[6]:m[7]], "and")
		after := strings.TrimSpace(t[m[7]:m[1]])
		singular := !rePluralKey.MatchString(t[:m[2]])
		if tail := t[m[6]:m[7]]; singular && tail != "" && reSpacedDash.MatchString(tail) && !reTailWord.MatchString(tail) {
			// "A2 – 0.", "Answer 3 – 14 staff": one answer and its
			// figure, not answers 2 to 0.
			nums = nums[:1]
			rest = strings.TrimLeft(strings.TrimSpace(t[m[6]:]), "-–— ")
		} else if commaOnly && (after == "" && m[1] < len(t) ||
			singular && m[1] == len(t) && after == "" ||
			after == "." && m[1] < len(t) && t[m[1]] >= '0' && t[m[1]] <= '9') {
			// "In answer to point 3, 17 firefighters were injured", "In
			// answer to point 2, 14", "In answer to point 5, 4.6 FTE": the
			// figure after the comma starts the answer.
			nums = nums[:1]
			rest = t[m[3]:]
			if m[5] > 0 {
				rest = t[m[5]:]
			}
		}
		return lineLabel{kind: labelAnswer, nums: nums, style: "answer", rest: cleanRest(strings.TrimLeft(rest, ", "))}
	}
	if m := reKeyedQuestion.FindStringSubmatchIndex(t); m != nil {
		word := strings.ToLower(t[m[2]:m[3]])
		if word == "part" {
			return lineLabel{}
		}
		nums := expandNums(t[m[4]:m[5]], t[m[8]:m[9]])
		rest := t[m[1]:]
		if tail := t[m[8]:m[9]]; tail != "" && !strings.HasSuffix(word, "s") && reSpacedDash.MatchString(tail) && !reTailWord.MatchString(tail) {
			// "Question 5 – 7 incidents were reported": one question and
			// its answer, not questions 5 to 7.
			nums = nums[:1]
			rest = t[m[8]:]
		} else if k := reListThenDash.FindStringSubmatchIndex(tail); k != nil && strings.TrimSpace(t[m[9]:m[1]]) == "" && m[1] < len(t) {
			// "Questions 1 & 2 – 14 providers received ...": a list of
			// questions, the dash that ends the key, and a figure that
			// starts the answer, not a range from 2 to 14.
			nums = expandNums(t[m[4]:m[5]], tail[k[2]:k[3]])
			rest = tail[k[5]:] + t[m[9]:]
		}
		style := strings.TrimSuffix(word, "s")
		if style == "qu" {
			style = "q"
		}
		part := 0
		if pm := reOfPart.FindStringSubmatch(rest); pm != nil {
			// "Question 2 in part 2 is withheld ...": the key names
			// its part after the number.
			if part = wordNumber(pm[1]); part > 0 {
				rest = rest[len(pm[0]):]
			}
		}
		return lineLabel{kind: labelQuestion, nums: nums, style: style, rest: cleanRest(rest), part: part}
	}
	if m := reAlphaKey.FindStringSubmatch(t); m != nil {
		// "Part (a):", "Question b –": an answer keyed to a lettered item;
		// "Questions (b) and (c)": to two.
		nums := []int{letterIndex(m[1])}
		if m[2] != "" && letterIndex(m[2]) > nums[0] {
			nums = append(nums, letterIndex(m[2]))
		}
		return lineLabel{kind: labelQuestion, nums: nums, style: "alpha-key", rest: cleanRest(t[len(m[0]):])}
	}
	if m := reAlphaAnswer.FindStringSubmatch(t); m != nil {
		// "In answer to c), the cameras were supplied by ...": the
		// answer to a lettered item, in whatever order.
		return lineLabel{kind: labelAnswer, nums: []int{letterIndex(m[1] + m[2])}, style: "answer", rest: cleanRest(t[len(m[0]):])}
	}
	return groupedItems(itemLabel(t))
}

// reKeyAndOthers is a question's key widened to more than was asked:
// "Question 6, and any other information relating to ...".
var reKeyAndOthers = mustRx(`^(?i:question)\s+(\d{1,2})\s*,\s+(?i:and\s+(?:any|all)\s+(?:other|related|further)\b)`)

// reWordKey is a question's key with its number written as a word:
// "Question One:", "Request Twelve –", "Q Three.", "Points one and two:".
// Its groups are the words.
var reWordKey = mustRx(`^(?i:questions?|requests?|items?|points?|quer(?:y|ies)|q)\s+([A-Za-z]+)\b(?:\s+(?i:and|&)\s+([A-Za-z]+)\b)?\s*(?:[:.)\-–—]|$)`)

// reProseWordKey keys an answer in prose by the question's number written
// as a word: "In answer to point six", "On points one and two".
var reProseWordKey = mustRx(`^(?:(?i:finally|lastly|next|then)\s*,?\s*)?(?i:as\s+(?:to|for|regards)|turning\s+(?:now\s+)?to|moving\s+(?:on\s+)?to|in\s+(?:answer|response|reply|relation)\s+to|regarding|with\s+regard\s+to|on|for|concerning)\s+(?i:your\s+|the\s+)?(?i:points?|questions?|items?|requests?|queries)\s+([A-Za-z]+)\b(?:\s+(?i:and|&)\s+([A-Za-z]+)\b)?`)

// reThenKey is the word that moves a prose answer on to its key:
// "Finally,", "Lastly,", "Next,".
var reThenKey = mustRx(`^(?i:finally|lastly|next|then|and\s+finally)\s*,\s*`)

// reGluedRef is a reference's next segment glued to a number and a dot:
// "FOI.25.031774" after "01.".
var reGluedRef = mustRx(`^[A-Za-z]{2,}[./-]\d`)

// reOfPart is a part named after a key's number: "in part 2", "of Part
// two", "(part 2)".
var reOfPart = mustRx(`(?i)^\(?(?:in|of|from)?\s*part\s+(\d{1,2}|one|two|three|four|five|six)\b\)?\s*[,:.\-–—]?\s*`)

// reOrdinalKey keys an answer by the question's place in words: "Your
// first question:", "As to your second question,", "The fourth point of
// your request", "Finally, on the sixth point:".
var reOrdinalKey = mustRx(`^(?i:(?:finally|lastly|next|then)\s*,?\s*)?((?i:as\s+(?:to|for|regards)|turning\s+(?:now\s+)?to|moving\s+(?:on\s+)?to|in\s+(?:answer|response|reply|relation)\s+to|regarding|with\s+regard\s+to|on|for|concerning)\s+)?((?i:your|the|my))\s+(?i:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth))\s+(?i:question|point|request|item|part|query)(?i:\s+of\s+(?:your|the)\s+request)?\b\s*(?:[:,.\-–—]\s*|\s+|$)`)

// ordinalKey reads an answer keyed by an ordinal word.
func ordinalKey(t string) (lineLabel, bool) {
	if len(t) < 10 || !hasOrdinal(t[:min(len(t), 80)]) {
		return lineLabel{}, false
	}
	m := reOrdinalKey.FindStringSubmatch(t)
	if m == nil {
		return lineLabel{}, false
	}
	if m[1] == "" && strings.EqualFold(m[2], "the") && !strings.ContainsAny(m[0], ":–—-") && !strings.Contains(strings.ToLower(m[0]), " of ") {
		// "The first question we received ..." is a sentence; "The
		// first question: 612" and "On the first question," are keys.
		return lineLabel{}, false
	}
	n := wordNumber(m[3])
	rest := cleanRest(t[len(m[0]):])
	// A key that runs into its sentence ("As to your second question,
	// 612 officers ...", "Your second question sought ...") is prose; one
	// set off by a colon or a dash ("Your first question: 612") is not.
	key := strings.TrimSpace(m[0])
	// One that opens with words leading into it ("In response to your
	// first question: Taser was discharged ...") is a sentence of prose
	// whatever follows it.
	prose := rest != "" && (m[1] != "" || !strings.HasSuffix(key, ":") && !strings.HasSuffix(key, "-") && !strings.HasSuffix(key, "–") && !strings.HasSuffix(key, "—"))
	return lineLabel{kind: labelAnswer, nums: []int{n}, style: "answer", rest: rest, inProse: prose}, true
}

// reOrdinalRef names a question by its place in words inside a sentence:
// "The reports, which are the subject of your third question, are ...".
// "Your ninth request" is how a vexatious refusal counts requests, so a
// question or point only.
var reOrdinalRef = mustRx(`(?i)\byour\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+(?:question|point|query)\b`)

// romanValue reads a roman numeral from i to x, or 0.
func romanValue(s string) int {
	switch s {
	case "i":
		return 1
	case "ii":
		return 2
	case "iii":
		return 3
	case "iv":
		return 4
	case "v":
		return 5
	case "vi":
		return 6
	case "vii":
		return 7
	case "viii":
		return 8
	case "ix":
		return 9
	case "x":
		return 10
	}
	return 0
}

// hasOrdinal reports whether s may hold an ordinal word: most lines do
// not, and the expressions that read them are costly.
func hasOrdinal(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		switch s[i] | 0x20 {
		case 'f':
			if hasPrefixFold(s, i, "first") || hasPrefixFold(s, i, "fourth") || hasPrefixFold(s, i, "fifth") {
				return true
			}
		case 's':
			if hasPrefixFold(s, i, "second") || hasPrefixFold(s, i, "sixth") || hasPrefixFold(s, i, "seventh") {
				return true
			}
		case 't':
			if hasPrefixFold(s, i, "third") || hasPrefixFold(s, i, "tenth") || hasPrefixFold(s, i, "twelfth") {
				return true
			}
		case 'e':
			if hasPrefixFold(s, i, "eighth") || hasPrefixFold(s, i, "eleventh") {
				return true
			}
		case 'n':
			if hasPrefixFold(s, i, "ninth") {
				return true
			}
		}
	}
	return false
}

// ordinalInOpening keys a paragraph (its first line l, its text para) to
// the question its first sentence names by ordinal, the whole paragraph
// being the answer.
func ordinalInOpening(l, para string) lineLabel {
	t := strings.TrimSpace(l)
	if len(t) < 20 || t[0] < 'A' || t[0] > 'Z' {
		return lineLabel{}
	}
	first := strings.TrimSpace(para)
	if !hasOrdinal(first) {
		return lineLabel{}
	}
	if k := strings.Index(first, ". "); k > 0 {
		first = first[:k]
	}
	m := reOrdinalRef.FindStringSubmatch(first)
	if m == nil || weighsAnswered(first) || len(reOrdinalRef.FindAllStringIndex(first, 3)) > 1 {
		// "... the scoring sheets at your third question are withheld
		// under ...; the ministerial submissions at your fourth question
		// under ...": a sentence about several questions keys no one
		// answer; its clauses decide for theirs.
		return lineLabel{}
	}
	return lineLabel{kind: labelAnswer, nums: []int{wordNumber(m[1])}, style: "answer", rest: t, inProse: true}
}

// asks reports whether a numbered paragraph's text is a question or a
// request for information rather than the letter's own prose: it ends
// with a question mark or opens with a word that asks.
func asks(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, "?") {
		return true
	}
	f := strings.Fields(strings.ToLower(t))
	if len(f) < 3 {
		return false
	}
	switch w := strings.Trim(f[0], ",:"); w {
	case "how", "what", "which", "when", "where", "who", "whether", "why", "please", "does", "do", "did", "is", "are", "was", "were", "has", "have", "can", "could", "number", "copies", "copy", "details", "list", "provide":
		return true
	case "the", "a", "any", "all":
		// "The number of ...", "A copy of ...", "Any correspondence ..."
		switch f[1] {
		case "number", "total", "amount", "names", "name", "value", "valuation", "cost", "costs", "copy", "copies", "details", "list", "correspondence", "reports", "minutes", "average", "percentage", "proportion", "address", "addresses", "location", "locations":
			return true
		}
	}
	return false
}

// itemLabel reads a numbered or lettered item: "1.", "(2)", "3)", "a.".
// groupedItems reads an item that answers the next too: "(2) and (3) The
// Authority neither confirms nor denies ...", "4. & 5. Not held.".
func groupedItems(lab lineLabel) lineLabel {
	if lab.kind != labelItem || len(lab.nums) != 1 {
		return lab
	}
	rx, ok := reNextItem[lab.style]
	if !ok {
		return lab
	}
	m := rx.FindStringSubmatch(lab.rest)
	if m == nil {
		return lab
	}
	rest := strings.TrimSpace(lab.rest[len(m[0]):])
	if rest != "" && !unicode.IsUpper([]rune(rest)[0]) {
		// "(4) or (5) either.": a sentence wrapped onto the line,
		// naming the items; an answer opens with a capital.
		return lab
	}
	if n, _ := strconv.Atoi(m[1]); n > lab.nums[0] && n <= lab.nums[0]+10 {
		lab.nums = append(lab.nums, n)
		lab.rest = rest
	}
	return lab
}

// reNextItem is a second item's number after the first's, in the first's
// style: "and (3)", "& 5.", ", 3)".
var reNextItem = map[string]*rx{
	"paren": mustRx(`^(?:and|&|,|or)\s*\((\d{1,2})\)[\s:.,–—-]*`),
	"dot":   mustRx(`^(?:and|&|,)\s*(\d{1,2})\.[\s:–—-]*`),
	"close": mustRx(`^(?:and|&|,)\s*(\d{1,2})\)[\s:–—-]*`),
}

func itemLabel(t string) lineLabel {
	if m := reDecimalItem.FindStringSubmatch(t); m != nil {
		// "2.1 How many incidents ...": question 1 of section 2; not
		// "2.5 FTE posts", a figure before a unit in capitals.
		part, _ := strconv.Atoi(m[1])
		n, _ := strconv.Atoi(m[2])
		rest := t[len(m[0]):]
		first := rest
		if k := strings.IndexAny(rest, " \t"); k > 0 {
			first = rest[:k]
		}
		if part > 0 && n > 0 && n <= 40 && rest[0] >= 'A' && rest[0] <= 'Z' && first != strings.ToUpper(first) {
			return lineLabel{kind: labelItem, nums: []int{n}, style: "partnum", rest: cleanRest(rest), part: part}
		}
	}
	if m := reLetterNum.FindStringSubmatch(t); m != nil {
		// "A1.", "B2)": question 1 or 2 of part A or B.
		n, _ := strconv.Atoi(m[2])
		if n > 0 {
			return lineLabel{kind: labelItem, nums: []int{n}, style: "partnum", rest: cleanRest(t[len(m[0]):]), part: letterIndex(m[1])}
		}
	}
	if m := reAlphaGroupItem.FindStringSubmatch(t); m != nil {
		// "(a) and (b) Please see the attached spreadsheet": one answer
		// to two lettered items, or to a run of them ("(c) to (e)").
		a, b := letterIndex(m[1]+m[2]), letterIndex(m[4]+m[5])
		if a > 0 && b > a {
			nums := []int{a, b}
			if j := strings.ToLower(strings.TrimSpace(m[3])); j != "and" && j != "&" && j != "," {
				nums = nums[:0]
				for n := a; n <= b; n++ {
					nums = append(nums, n)
				}
			}
			return lineLabel{kind: labelItem, nums: nums, style: "alpha", rest: cleanRest(t[len(m[0]):])}
		}
	}
	if m := reAlphaItem.FindStringSubmatch(t); m != nil {
		return lineLabel{kind: labelItem, nums: []int{letterIndex(m[1] + m[2] + m[3])}, style: "alpha", rest: cleanRest(t[len(m[0]):])}
	}
	if m := reRomanItem.FindStringSubmatch(t); m != nil {
		// "(iii) What was the crewing level ...": questions numbered in
		// roman numerals only.
		if n := romanValue(m[1] + m[2]); n > 0 {
			return lineLabel{kind: labelItem, nums: []int{n}, style: "roman", rest: cleanRest(t[len(m[0]):])}
		}
	}
	if m := reGroupItem.FindStringSubmatch(t); m != nil {
		// "3 and 4. The Trust neither confirms ...": one answer to two
		// numbered questions.
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[3])
		if a > 0 && b > a && b-a <= 10 {
			var nums []int
			if m[2] == "and" || m[2] == "&" || m[2] == "," {
				nums = []int{a, b}
			} else {
				for n := a; n <= b; n++ {
					nums = append(nums, n)
				}
			}
			return lineLabel{kind: labelItem, nums: nums, style: "dot", rest: cleanRest(t[len(m[0]):])}
		}
	}
	if m := reItem.FindStringSubmatchIndex(t); m != nil {
		var num, style string
		switch {
		case m[2] >= 0:
			num, style = t[m[2]:m[3]], "paren"
		case m[4] >= 0:
			num = t[m[4]:m[5]]
			style = "dot"
			if strings.HasPrefix(t[m[5]:], ")") {
				style = "close"
			}
		default:
			// "1.Incumbent": a dot glued to the text (common in extracted PDFs).
			num, style = t[m[6]:m[7]], "dot"
			if unicode.IsDigit(rune(t[m[8]])) {
				return lineLabel{} // "1.5 million", a decimal
			}
			if len(num) > 1 && num[0] == '0' || reGluedRef.MatchString(t[m[8]:]) {
				// "01.FOI.25.031774": a reference, not item 1.
				return lineLabel{}
			}
		}
		n, _ := strconv.Atoi(num)
		rest := t[m[1]:]
		if style == "dot" && m[6] >= 0 {
			rest = t[m[8]:]
		}
		if n == 0 || capitalsHeading(rest) {
			// "2. OUR ORIGINAL RESPONSE": a numbered section of the
			// letter, not an item of the request.
			return lineLabel{}
		}
		return lineLabel{kind: labelItem, nums: []int{n}, style: style, rest: cleanRest(rest)}
	}
	return lineLabel{}
}

// capitalsHeading reports whether s is a short heading in capitals:
// words of letters only, all upper case, eight at most, with a word of
// five letters or more ("YOUR ORIGINAL REQUEST", "DECISION"), which an
// acronym asked about ("CCTV") is not.
func capitalsHeading(s string) bool {
	f := strings.Fields(strings.TrimRight(strings.TrimSpace(s), ":.–—-"))
	if len(f) == 0 || len(f) > 8 {
		return false
	}
	long := false
	for _, w := range f {
		w = strings.Trim(w, "&,'’")
		for _, r := range w {
			if !unicode.IsUpper(r) {
				return false
			}
		}
		long = long || utf8.RuneCountInString(w) >= 5
	}
	return long
}

// keyWords are the first words of keyed labels, lower case: a line that
// starts with any other word is at most a numbered item.
var keyWords = map[string]bool{
	"question": true, "questions": true, "q": true, "qu": true, "request": true, "req": true,
	"point": true, "points": true, "item": true, "items": true, "part": true, "contract": true,
	"section": true, "lot": true, "a": true, "ans": true, "answer": true, "answers": true, "response": true, "responses": true, "replies": true,
	"reply": true, "our": true, "force": true, "in": true, "turning": true, "coming": true,
	"moving": true, "on": true, "as": true, "regarding": true, "re": true, "with": true, "for": true,
	"concerning": true, "requests": true,
}

// firstWord returns the leading letters of t, lower case.
func firstWord(t string) string {
	i := 0
	for i < len(t) && (t[i] >= 'a' && t[i] <= 'z' || t[i] >= 'A' && t[i] <= 'Z') {
		i++
	}
	return strings.ToLower(t[:i])
}

// startsWithAWord rejects "A 10 minute call" and "Answer 3 calls" style
// false positives: a bare "A" label must be glued to its number or followed
// by punctuation.
func startsWithAWord(t string, m []int) bool {
	head := strings.ToLower(strings.TrimSpace(t[:m[2]]))
	if head != "a" && head != "a." {
		return false
	}
	// "A1", "A1.", "A 1:" are labels; "A 10 minute" is a sentence; "A. 54."
	// is the answer label "A." over a figure, not the answer to a
	// question 54.
	if head == "a." && len(t) > 2 && t[1] == '.' && t[2] == ' ' {
		return true
	}
	after := t[m[2]:m[1]]
	if strings.HasPrefix(t, "A") && m[2] == 1 {
		return false
	}
	return !strings.ContainsAny(after, ":.)–—-")
}

// expandNums turns the first number and a tail such as ", 3 & 5" or "-5"
// into the list of numbers named.
func expandNums(first, tail string) []int {
	n, _ := strconv.Atoi(first)
	nums := []int{n}
	seen := map[int]bool{n: true}
	add := func(v int) {
		// A list names each question once; more than a hundred is not a
		// list of questions.
		if !seen[v] && len(nums) < 100 {
			seen[v] = true
			nums = append(nums, v)
		}
	}
	prev := n
	rangeNext := false
	for _, tok := range tokeniseNumList(tail) {
		switch tok {
		case "-", "–", "to":
			rangeNext = true
		case ",", "&", "and":
		default:
			v, _ := strconv.Atoi(tok)
			if rangeNext && v > prev && v-prev <= 50 {
				for k := prev + 1; k <= v; k++ {
					add(k)
				}
			} else {
				add(v)
			}
			prev = v
			rangeNext = false
		}
	}
	return nums
}

var reNumTok = mustRx(`\d{1,3}|-|–|,|&|\band\b|\bto\b`)

func tokeniseNumList(s string) []string {
	return reNumTok.FindAllString(strings.ToLower(s), -1)
}

// cleanRest strips emphasis left around a label's text.
func cleanRest(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "*_:–—-. \t")
	s = strings.TrimRight(s, "*_ ")
	return strings.TrimSpace(s)
}

// partHeading recognises a line that opens a part of a request: "Part 2",
// "PART TWO – inbound", "The second part of my request relates to ...",
// "Contract 1", "Section B". It returns the part number and the heading's
// own text (the part's context).
func partHeading(s string) (int, string, bool) {
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "*_#"))
	if m := rePartWord.FindStringSubmatch(t); m != nil {
		if n := wordNumber(m[1]); n > 0 {
			return n, t, true
		}
	}
	if m := rePartNum.FindStringSubmatch(t); m != nil {
		n := wordNumber(m[1] + m[2])
		rest := strings.TrimSpace(t[len(m[0]):])
		relates := rePartRelates.MatchString(rest)
		if lab := parseLabel(capitalise(strings.TrimLeft(rest, ",:-–— "))); (lab.kind == labelQuestion || lab.kind == labelAnswer) && !relates {
			// "Contract 1, Question 8: 2 sites" keys an answer; "Part 1 -
			// the first part of the request relates to ..." only reads
			// like a key to the first part.
			return 0, "", false
		}
		// "Part 2 of your request is exempt under section 43" is a
		// sentence about a part, not a heading; "Part 2 – pilotage
		// exemption certificates" names its subject with a stance word but
		// states nothing.
		stance := reStanceWord.MatchString(rest)
		if stance && !reStatement.MatchString(rest) && !reStanceWord.MatchString(reExemptionNoun.ReplaceAllString(rest, "")) {
			stance = false // a subject, not a decision
		}
		if n > 0 && n <= 20 && !stance && (headingWords(rest) <= 12 || relates) {
			// "Part 2 – my request relates to inbound network services
			// contracts (0300/0800 numbers, ...)": a long heading, as
			// the sample letter's "The second part of my request
			// relates to ..." is.
			return n, t, true
		}
	}
	return 0, "", false
}

// headingWords counts the words of a heading outside its brackets: "Part
// Two – Inbound call services (0300 and 0800 numbers, routing, caller
// identification and IVR)" is a heading of three words and a list of
// what they cover.
func headingWords(s string) int {
	n, depth := 0, 0
	for _, f := range strings.Fields(s) {
		open := depth == 0 && !strings.HasPrefix(f, "(")
		depth += strings.Count(f, "(") - strings.Count(f, ")")
		depth = max(depth, 0)
		if open {
			n++
		}
	}
	return n
}

var (
	// reStatement is a verb that makes a line about a part a sentence.
	reStatement = mustRx(`(?i)\b(?:is|are|was|were|has|have|been|will|would|cannot|can|does|do|applies|apply|engaged)\b`)
	// rePartRelates opens what a part of the request is about: "– my
	// request relates to ...", "of my request concerns ...".
	rePartRelates = mustRx(`(?i)^[\s,:–—-]*(?:(?:(?:the\s+)?[a-z]+\s+part\s+)?(?:of\s+)?(?:my|the|this|your)\s+(?:request|part)\s+(?:relates|concerns|is\s+about)|relates\s+to|concerns)\b`)
	// reExemptionNoun is "exemption" as part of a subject's name
	// ("pilotage exemption certificates").
	reExemptionNoun = mustRx(`(?i)\bexemptions?\b`)
	rePartWord      = mustRx(`(?i)^(?:the\s+)?(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th)\s+(?:(?:part|section|element)\s+(?:of\s+(?:my|the|your)\s+(?:request|question)s?)?|request\s*(?:$|[:–—-]))`)
	rePartNum       = mustRx(`(?i)^(?:(?:part|contract|lot)\s+(\d{1,2}|one|two|three|four|five|six|[a-f])|section\s+([a-f]))\b[.:]?`)
)

// cardinalWords are the numbers a letter writes as words ("Question
// One:", "PART TWO").
var cardinalWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20,
}

// numberWords are the number and ordinal words wordNumber reads.
var numberWords = func() map[string]int {
	m := map[string]int{
		"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
		"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
		"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
	}
	for w, n := range cardinalWords {
		m[w] = n
	}
	return m
}()

func wordNumber(s string) int {
	s = strings.ToLower(strings.TrimSpace(s))
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if n, ok := numberWords[s]; ok {
		return n
	}
	if len(s) == 1 && s[0] >= 'a' && s[0] <= 'f' {
		return int(s[0]-'a') + 1
	}
	return 0
}

// letterIndex reads "a" or "B" as 1 or 2.
func letterIndex(s string) int {
	s = strings.ToLower(s)
	if len(s) != 1 || s[0] < 'a' || s[0] > 'z' {
		return 0
	}
	return int(s[0]-'a') + 1
}

// sameListFamily reports whether two label styles number the same list: the
// numeric styles go together, lettered ones apart.
func sameListFamily(a, b string) bool {
	alpha := func(s string) bool { return s == "alpha" || s == "alpha-key" }
	return alpha(a) == alpha(b)
}

// reAnswerWord is the start of an answer label proper ("A1", "Answer 2",
// "In response to question 3"), as opposed to a prose key ("Turning to
// point 4,").
var reAnswerWord = mustRx(`(?i)^(?:in\s+)?(?:a\s*\d{1,2}|a|ans|answer|response|reply|our\s+response|force\s+response)\b`)

// proseWithoutBreak rejects a prose key that runs on into its sentence:
// "For question 6 of Contract 1 and question 5, I can give ..." is a
// decision about two questions, while "Turning to point 4, 11,420 lights"
// keys an answer. A prose key must be followed by punctuation.
func proseWithoutBreak(t string, m []int) bool {
	if reAnswerWord.MatchString(t) {
		return false
	}
	numEnd := m[7]
	if numEnd < 0 {
		numEnd = m[5]
	}
	if numEnd < 0 {
		numEnd = m[3]
	}
	return strings.TrimSpace(t[numEnd:m[1]]) == "" && m[1] < len(t)
}

// capitalise upper-cases the first letter of s: after "Contract 1," a
// label may run on in lower case ("Contract 1, question 2").
func capitalise(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
