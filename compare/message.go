package compare

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/foicheck/foicheck/corpus"
)

// quoteRunes bounds how much of an answer a message quotes.
const quoteRunes = 60

// message writes a finding as one sentence: what the precedent did, in
// which letter and when, and what the response checked does now, e.g.
// `P1.Q1 was released in FOI 0456/22 (2 May 2022: "Capita plc"); the draft
// withholds it under s31(1)(a).`
func message(f Finding, subject string) string {
	if subject == "" {
		subject = "the draft"
	}
	p := f.Previous
	ref := p.Reference
	if ref == "" {
		ref = filepath.Base(p.Source)
	}
	when := humanDate(p.Date)
	var before string
	switch kind(p.Stance) {
	case corpus.Released:
		before = fmt.Sprintf("was released in %s (%s%s)", ref, when, quoted(": ", p.Answer))
	case corpus.PartiallyReleased:
		before = fmt.Sprintf("was partly released in %s (%s%s)", ref, when, under(", withholding some under ", p.Stance))
	case corpus.Withheld:
		before = fmt.Sprintf("was withheld in %s (%s)%s", ref, when, under(" under ", p.Stance))
	case corpus.NCND:
		before = fmt.Sprintf("was neither confirmed nor denied in %s (%s%s)", ref, when, under(", ", p.Stance))
	case corpus.NotHeld:
		before = fmt.Sprintf("was answered as not held in %s (%s)", ref, when)
	case corpus.Refused:
		before = fmt.Sprintf("was refused in %s (%s%s)", ref, when, under(", ", p.Stance))
	default:
		before = fmt.Sprintf("was answered in %s (%s)", ref, when)
	}
	var now string
	c := f.Current
	switch {
	case f.Kind == AnswerChanged:
		now = fmt.Sprintf("%s answers %s", subject, quoted("", f.CurrentAnswer))
	case c.Kind == corpus.Released:
		now = subject + " releases it" + quoted(": ", f.CurrentAnswer)
	case c.Kind == corpus.PartiallyReleased:
		now = subject + " releases it only in part" + under(", withholding some under ", c)
	case c.Kind == corpus.Withheld:
		now = subject + " withholds it" + under(" under ", c)
	case c.Kind == corpus.NCND:
		now = subject + " neither confirms nor denies holding it" + under(" (", c) + closeIf(c)
	case c.Kind == corpus.NotHeld:
		now = subject + " says it is not held"
	case c.Kind == corpus.Refused:
		now = subject + " refuses it" + under(" under ", c)
	default:
		now = subject + " does not say"
	}
	return fmt.Sprintf("%s %s; %s.", f.QuestionID, before, now)
}

func under(prefix string, s corpus.Stance) string {
	if len(s.Exemptions) == 0 {
		return ""
	}
	return prefix + joinAnd(s.Exemptions)
}

func closeIf(s corpus.Stance) string {
	if len(s.Exemptions) == 0 {
		return ""
	}
	return ")"
}

func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// quoted quotes the start of an answer after prefix, or gives "" for an
// empty answer.
func quoted(prefix, answer string) string {
	a := strings.Join(strings.Fields(answer), " ")
	if a == "" {
		return ""
	}
	if utf8.RuneCountInString(a) > quoteRunes {
		r := []rune(a)[:quoteRunes-1]
		a = strings.TrimRight(string(r), " ,;:") + "…"
	}
	// The sentence ends after the quote: its own full stop would double.
	a = strings.TrimRight(a, ".")
	return prefix + "\u201c" + a + "\u201d"
}

// humanDate writes a date as a letter does: "2 May 2022".
func humanDate(d corpus.Date) string {
	if d.IsZero() {
		return "undated"
	}
	return fmt.Sprintf("%d %s %d", d.Day, d.Month, d.Year)
}
