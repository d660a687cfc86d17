package compare

import (
	"github.com/foicheck/foicheck/corpus"
)

// Kind is what changed between an earlier answer and the current one. The
// values are the contract's strings.
type Kind string

// The seven finding kinds.
const (
	NewlyWithheld     Kind = "newly_withheld"
	PartlyWithheld    Kind = "partly_withheld"
	NewlyReleased     Kind = "newly_released"
	ExemptionChanged  Kind = "exemption_changed"
	HeldStatusChanged Kind = "held_status_changed"
	NCNDInconsistent  Kind = "ncnd_inconsistent"
	AnswerChanged     Kind = "answer_changed"
)

// Kinds lists every kind in the contract's order.
var Kinds = []Kind{NewlyWithheld, PartlyWithheld, NewlyReleased, ExemptionChanged, HeldStatusChanged, NCNDInconsistent, AnswerChanged}

// Severity ranks findings; the values are the contract's strings.
type Severity string

// Severities, from the most serious.
const (
	High   Severity = "high"
	Medium Severity = "medium"
	Low    Severity = "low"
)

// Severities lists every severity, most serious first.
var Severities = []Severity{High, Medium, Low}

// Rank orders severities: High is 3, Medium 2, Low 1, anything else 0.
func (s Severity) Rank() int {
	switch s {
	case High:
		return 3
	case Medium:
		return 2
	case Low:
		return 1
	}
	return 0
}

// Answer is one side of a comparison: a stance and the answer's text,
// and the question it answered and the letter's date, which tell whether
// two released figures are about the same period.
type Answer struct {
	Stance   corpus.Stance
	Text     string
	Question string
	Date     corpus.Date
}

// Diff compares the current answer to a question with the precedent (the
// most recent earlier answer that matched it), by the contract's table.
// It returns the finding's kind and severity, and false when the change is
// no finding: the same stance, equivalent exemptions across FOIA, the EIR
// and FOISA, an unknown stance on either side, a move to or from refused
// that the table does not name, or a new figure for a period that has
// moved on since the precedent (see differentPeriods).
func Diff(cur, prev Answer) (Kind, Severity, bool) {
	c, p := kind(cur.Stance), kind(prev.Stance)
	if c == corpus.Unknown || p == corpus.Unknown {
		return "", "", false
	}
	// Any move into or out of NCND is that, and only that.
	switch {
	case c == corpus.NCND && p != corpus.NCND:
		if p == corpus.Refused {
			return "", "", false
		}
		return NCNDInconsistent, High, true
	case p == corpus.NCND && c != corpus.NCND:
		if c == corpus.Refused {
			return "", "", false
		}
		return NCNDInconsistent, Medium, true
	}
	switch {
	case released(p) && (c == corpus.Withheld || c == corpus.Refused):
		return NewlyWithheld, High, true
	case p == corpus.Released && c == corpus.PartiallyReleased:
		return PartlyWithheld, Medium, true
	case p == corpus.Withheld && released(c):
		return NewlyReleased, Medium, true
	case p == corpus.Withheld && c == corpus.Withheld:
		if !corpus.SameStanceExemptions(cur.Stance.Exemptions, prev.Stance.Exemptions) {
			return ExemptionChanged, Medium, true
		}
	case held(p) && c == corpus.NotHeld:
		return HeldStatusChanged, High, true
	case p == corpus.NotHeld && held(c):
		return HeldStatusChanged, Medium, true
	case p == corpus.Released && c == corpus.Released:
		// A question about a period counted back from its answer ("the
		// last financial year"), answered in another period, gets
		// another figure as a matter of course: only a changed name or
		// a yes turned no is a change of answer.
		if materialChange(prev.Text, cur.Text, !differentPeriods(cur, prev)) {
			return AnswerChanged, Low, true
		}
	}
	return "", "", false
}

func kind(s corpus.Stance) corpus.StanceKind {
	if s.Kind == "" || !s.Kind.Valid() {
		return corpus.Unknown
	}
	return s.Kind
}

// released: some or all of the information was given.
func released(k corpus.StanceKind) bool {
	return k == corpus.Released || k == corpus.PartiallyReleased
}

// held: the answer shows the information is held (given or withheld).
func held(k corpus.StanceKind) bool {
	return k == corpus.Released || k == corpus.PartiallyReleased || k == corpus.Withheld
}
