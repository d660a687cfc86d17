package compare

import (
	"fmt"
	"strings"
	"time"

	"github.com/foicheck/foicheck/corpus"
)

// Explanation records why a departure from history was deliberate (new
// national guidance, a new contract, a changed threat assessment), so that
// the findings it covers stop being unexplained. Every condition that is
// set must hold for a finding to be covered; an Explanation with none set
// covers nothing.
type Explanation struct {
	// ID identifies the explanation ("e1", "e2", ...).
	ID string `json:"id"`
	// Kind, when set, limits it to findings of this kind.
	Kind Kind `json:"kind,omitempty"`
	// Reference and QuestionID, when set, limit it to the findings of one
	// response (compared as corpus.Fold does) and one of its questions.
	Reference  string `json:"reference,omitempty"`
	QuestionID string `json:"question_id,omitempty"`
	// Matching, when set, limits it to questions whose text contains
	// every one of these words, in any form ("incumbent supplier" covers
	// "Who is the incumbent supplier of ..." and "Incumbent suppliers:").
	Matching string `json:"matching,omitempty"`
	// Authority, when set, limits it to one authority's responses.
	Authority string `json:"authority,omitempty"`
	// From and Until, when set, limit it to responses dated in that
	// period, inclusive.
	From  corpus.Date `json:"from,omitempty"`
	Until corpus.Date `json:"until,omitempty"`
	// Reason is why: what an officer reading the finding should know.
	Reason string `json:"reason"`
	// By and At say who recorded it and when.
	By string    `json:"by"`
	At time.Time `json:"at"`
}

// Scoped reports whether e limits what it covers at all: an explanation
// that would cover every finding is refused when recorded.
func (e Explanation) Scoped() bool {
	return e.Kind != "" || e.Reference != "" || e.QuestionID != "" || strings.TrimSpace(e.Matching) != "" ||
		e.Authority != ""
}

// Covers reports whether e explains finding f of the response with this
// reference, authority and date.
func (e Explanation) Covers(f Finding, reference, authority string, date corpus.Date) bool {
	if !e.Scoped() {
		return false
	}
	if e.Kind != "" && e.Kind != f.Kind {
		return false
	}
	if e.Reference != "" && corpus.Fold(e.Reference) != corpus.Fold(reference) {
		return false
	}
	if e.QuestionID != "" && !strings.EqualFold(e.QuestionID, f.QuestionID) {
		return false
	}
	if e.Authority != "" && corpus.AuthorityKey(e.Authority) != corpus.AuthorityKey(authority) {
		return false
	}
	if !e.From.IsZero() && (date.IsZero() || date.Before(e.From)) {
		return false
	}
	if !e.Until.IsZero() && (date.IsZero() || e.Until.Before(date)) {
		return false
	}
	if m := strings.TrimSpace(e.Matching); m != "" {
		// A word counts as the officer wrote it or as the matcher reads it
		// ("the incumbent" is in a question that says "incumbent", which
		// the matcher reads as "supplier").
		have := map[string]bool{}
		for _, t := range Terms(f.Question) {
			have[t] = true
		}
		for _, w := range words(f.Question) {
			have[stem(w)] = true
		}
		for _, w := range words(m) {
			t := stem(w)
			if stopWords[w] || isYear(w) || stopWords[t] {
				continue
			}
			if !have[t] {
				return false
			}
		}
	}
	return true
}

// Describe says in a few words what e covers, for lists and messages.
func (e Explanation) Describe() string {
	var parts []string
	if e.Kind != "" {
		parts = append(parts, string(e.Kind))
	} else {
		parts = append(parts, "any finding")
	}
	if e.Reference != "" {
		s := "in " + e.Reference
		if e.QuestionID != "" {
			s += " " + e.QuestionID
		}
		parts = append(parts, s)
	} else if e.QuestionID != "" {
		parts = append(parts, "on "+e.QuestionID)
	}
	if e.Matching != "" {
		parts = append(parts, fmt.Sprintf("on questions matching %q", e.Matching))
	}
	if e.Authority != "" {
		parts = append(parts, "of "+e.Authority)
	}
	switch {
	case !e.From.IsZero() && !e.Until.IsZero():
		parts = append(parts, fmt.Sprintf("from %s to %s", e.From, e.Until))
	case !e.From.IsZero():
		parts = append(parts, "from "+e.From.String())
	case !e.Until.IsZero():
		parts = append(parts, "until "+e.Until.String())
	}
	return strings.Join(parts, " ")
}

// Explain marks each finding that one of es covers (the first that does,
// in order) with that explanation, in place.
func Explain(fs []Finding, reference, authority string, date corpus.Date, es []Explanation) {
	for i := range fs {
		for j := range es {
			if es[j].Covers(fs[i], reference, authority, date) {
				e := es[j]
				fs[i].Explained = &e
				break
			}
		}
	}
}

// ExplainAudit is Explain for an audit's findings, each with its own
// response.
func ExplainAudit(fs []AuditFinding, es []Explanation) {
	for i := range fs {
		for j := range es {
			if es[j].Covers(fs[i].Finding, fs[i].Reference, fs[i].Authority, fs[i].Date) {
				e := es[j]
				fs[i].Explained = &e
				break
			}
		}
	}
}
