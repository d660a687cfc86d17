package corpus

import (
	"slices"
	"strconv"
	"strings"
)

// answerTags rewrites an answer tag of the letter's own as the answer
// label the parser reads: "OLT: 6." under each question of a request
// answered inline, with the body's initials marking its answers ("The
// Trust's answers are ... shown here after 'OLT:'"), becomes "Response:
// 6.". A tag counts when it is a short word of capitals that opens at
// least two lines, each straight after a line that asks something.
func answerTags(lines []string) []string {
	// Most letters have no such tag: look for one before reading which
	// lines ask (itemLabel on every line is parsing's own work).
	if !slices.ContainsFunc(lines, func(l string) bool {
		_, ok := answerTag(strings.TrimSpace(l))
		return ok
	}) {
		return lines
	}
	counts := map[string]int{}
	prevAsks := false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if tag, ok := answerTag(t); ok && prevAsks {
			counts[tag]++
		}
		prevAsks = strings.HasSuffix(t, "?") || strings.HasSuffix(t, ".") && itemLabel(t).kind == labelItem
	}
	best, n := "", 1
	for tag, c := range counts {
		if c > n || c == n && tag < best {
			best, n = tag, c
		}
	}
	if best == "" {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if tag, ok := answerTag(t); ok && tag == best {
			l = "Response: " + strings.TrimSpace(t[len(tag)+1:])
		}
		out[i] = l
	}
	return out
}

// bareAnswerLabels rewrites "Answer The force has 1,100 cameras." as
// "Answer: The force has 1,100 cameras." where a letter labels its answers
// with a bare word and no colon (a two-column layout flattened to text):
// a line that opens "Answer", "Response" or "Reply" and then a capital or
// a figure, straight after a line that asks, twice in the letter at least.
func bareAnswerLabels(lines []string) []string {
	var at []int
	// asks: the lines read since the last answer label ask something (a
	// question mark ends one, or a question's label opened them).
	asks, blank := false, true
	// asked is the number of the question last labelled, 0 when none.
	asked := 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			blank = true
			continue
		}
		if asks && reBareAnswerLabel.MatchString(t) && (!reNumberedAnswerLabel.MatchString(t) || otherNumber(t, asked)) {
			at = append(at, i)
			asks, blank = false, false
			continue
		}
		lab := parseLabel(t)
		if lab.kind == labelQuestion && len(lab.nums) > 0 {
			asked = lab.nums[0]
		}
		asks = asks && !blank || strings.HasSuffix(t, "?") || blank && lab.kind == labelQuestion
		blank = false
	}
	if len(at) < 2 {
		return lines
	}
	out := slices.Clone(lines)
	for _, i := range at {
		t := strings.TrimSpace(out[i])
		k := strings.IndexByte(t, ' ')
		out[i] = t[:k] + ": " + strings.TrimSpace(t[k:])
	}
	return out
}

// otherNumber reports whether the figure alone after a label ("Response
// 86") is not the number of the question just asked (2): the answer, not
// the answer's key.
func otherNumber(t string, asked int) bool {
	f := strings.Fields(t)
	if asked == 0 || len(f) != 2 {
		return false
	}
	n, err := strconv.Atoi(f[1])
	return err == nil && n != asked
}

// reBodyAnswerTag is an answer's tag that names the body answering, by
// its initials or its kind, before "response", "answer" or "reply":
// "SPTE response", "Council response", "Trust's answer". ("Original
// response" quotes the answer a review looks at.)
var reBodyAnswerTag = mustRx(`^(?:[A-Z][A-Z&]{1,7}|Council|Trust|Force|Board|Authority|Service|Department|University|Agency|College|Constabulary|Police|Executive|Partnership|Commission|Office|Ombudsman|Regulator)(?:'s|’s)?\s+(?:[Rr]esponse|RESPONSE|[Aa]nswer|ANSWER|[Rr]eply|REPLY)$`)

// reNumberedAnswerLabel is an answer's label with its number ("Answer 1 –
// ..."), which the parser reads as it is.
var reNumberedAnswerLabel = mustRx(`^\w+\s+\d{1,2}[a-z]?(?:\s*[–—:.)-]\s*\S|\s*$)`)

// reBareAnswerLabel opens a line with an answer's label and no colon,
// before a capital, a figure or a lettered part ("Response (a) The
// original term was ...").
var reBareAnswerLabel = mustRx(`^(?:Answer|Response|Reply|ANSWER|RESPONSE|REPLY)\s+(?:[A-Z0-9£"“']|\([a-h]\)\s)`)

// answerTag returns the tag that opens t ("OLT" of "OLT: 6."): two to six
// letters, at least two of them capitals, then a colon and more text.
func answerTag(t string) (string, bool) {
	k := strings.IndexByte(t, ':')
	if k < 2 || k+1 >= len(t) || t[k+1] != ' ' {
		return "", false
	}
	tag := t[:k]
	if k > 6 {
		// "SPTE response: 212 of the 264 buses ...", "Council response:
		// We do not hold ...": the body's name, short, before the word
		// for an answer.
		if k > 40 || !reBodyAnswerTag.MatchString(tag) {
			return "", false
		}
		return tag, true
	}
	if !capitalsWord(tag) {
		return "", false
	}
	switch strings.ToUpper(tag) {
	case "RE", "FW", "FWD", "CC", "BCC", "PS", "NB", "ID", "URL", "REF", "FOI", "EIR", "FOISA", "NOTE", "TEL", "FAX", "DATE", "FROM", "SENT", "TO", "ATTN":
		return "", false
	}
	return tag, true
}
