package corpus

import (
	"strconv"
	"strings"
)

// reOrdinalRefs names questions by their places in words, one or a list:
// "your first, second and fifth questions", "your sixth question", "the
// first two questions", "your last two points".
var reOrdinalRefs = mustRx(`(?i)\b(your|the|my)\s+((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|final|last)(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s*&\s*|\s+or\s+)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|final|last))*)(?:\s+(two|three|four))?\s+(questions?|points?|quer(?:y|ies))\b`)

// reOrdinalWord is one place in a list of them.
var reOrdinalWord = mustRx(`(?i)first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|final|last`)

// numberOrdinalRefs rewrites references to questions by place in words as
// references by number ("your first, second and fifth questions" becomes
// "your questions 1, 2 and 5"), which the decision reader understands. last
// is the number of the request's last question (for "your final
// question"); with none known such references are left as they are.
func numberOrdinalRefs(s string, last int) string {
	if !reOrdinalRefs.MatchString(s) {
		return s
	}
	return reOrdinalRefs.ReplaceAllStringFunc(s, func(m string) string {
		sub := reOrdinalRefs.FindStringSubmatch(m)
		var nums []int
		for _, w := range reOrdinalWord.FindAllString(sub[2], -1) {
			n := wordNumber(w)
			if strings.EqualFold(w, "last") || strings.EqualFold(w, "final") {
				n = last
			}
			if n <= 0 {
				return m
			}
			nums = append(nums, n)
		}
		if sub[3] != "" {
			// "the first two questions", "your last three points".
			if len(nums) != 1 {
				return m
			}
			count := wordNumber(sub[3])
			first := nums[0]
			if w := strings.ToLower(sub[2]); w == "last" || w == "final" {
				first = last - count + 1
			}
			if first < 1 {
				return m
			}
			nums = nums[:0]
			for k := range count {
				nums = append(nums, first+k)
			}
		}
		noun := "question"
		if len(nums) > 1 {
			noun = "questions"
		}
		var b strings.Builder
		b.WriteString(sub[1] + " " + noun + " ")
		for i, n := range nums {
			switch {
			case i == 0:
			case i == len(nums)-1:
				b.WriteString(" and ")
			default:
				b.WriteString(", ")
			}
			b.WriteString(strconv.Itoa(n))
		}
		return b.String()
	})
}

// lastQuestionNumber is the number of the request's last question, or 0
// when the request has parts (whose "last question" is unclear).
func (p *parser) lastQuestionNumber() int {
	if len(p.questions) == 0 {
		return 0
	}
	first, last := p.questions[0], p.questions[len(p.questions)-1]
	if first.key.part != last.key.part {
		return 0
	}
	return last.key.num
}
