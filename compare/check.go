package compare

import (
	"cmp"
	"context"
	"fmt"
	"sort"

	"github.com/foicheck/foicheck/corpus"
)

// History is what a check needs from the disclosure history. The index
// satisfies it.
type History interface {
	// Similar returns the content hashes of earlier responses holding the
	// questions most like text (in a part about context), best first, at
	// most limit of them: of the authority (compared as corpus.Fold does;
	// any authority when empty), dated strictly before before (no bound
	// when zero). A check calls it from several goroutines at once.
	Similar(ctx context.Context, text, context, authority string, before corpus.Date, limit int) ([]string, error)
	// Responses returns the whole responses with these content hashes;
	// unknown hashes are left out.
	Responses(ctx context.Context, shas []string) ([]corpus.Response, error)
}

// WholeHistory is a History that can also list every earlier response
// of an authority when they are few: a check then compares them all,
// not only those a look-up by shared words finds.
type WholeHistory interface {
	History
	// Letters returns the content hashes of the authority's responses
	// dated up to before (the check keeps those strictly before it),
	// when they hold at most maxQuestions questions in all; ok is false
	// when they hold more.
	Letters(ctx context.Context, authority string, before corpus.Date, maxQuestions int) (shas []string, ok bool, err error)
}

// Options tune a check. The zero value checks against the draft's own
// authority, history before the draft's date, with DefaultMinScore.
type Options struct {
	// AsOf: only history dated strictly before counts. When zero, the
	// draft's date; when that is zero too, no bound (the caller passes
	// today).
	AsOf corpus.Date
	// MinScore is the similarity from which an earlier question counts as
	// the same question; DefaultMinScore when 0.
	MinScore float64
	// AllAuthorities compares with every authority's history, not only the
	// draft's own. An unknown draft authority always does.
	AllAuthorities bool
	// Subject names the response checked in messages: "the draft" when
	// empty.
	Subject string
	// Explanations mark the findings they cover as explained.
	Explanations []Explanation
}

// Previous is an earlier question matched to a draft question.
type Previous struct {
	Reference  string        `json:"reference"`
	Date       corpus.Date   `json:"date"`
	Source     string        `json:"source"`
	QuestionID string        `json:"question_id"`
	Score      float64       `json:"score"`
	Stance     corpus.Stance `json:"stance"`
	Answer     string        `json:"answer"`
	// Question is the earlier question's text.
	Question string `json:"question"`
	// Period is the text that tells the period the earlier question asks
	// about (its own, or with the letter's question that names it); it is
	// not part of the output.
	Period string `json:"-"`
	// SHA256 identifies the earlier response.
	SHA256 string `json:"sha256"`
}

// Match lists the earlier questions that match one draft question, best
// first.
type Match struct {
	QuestionID string     `json:"question_id"`
	Previous   []Previous `json:"previous"`
}

// Finding is a departure from the precedent.
type Finding struct {
	Kind       Kind          `json:"kind"`
	Severity   Severity      `json:"severity"`
	QuestionID string        `json:"question_id"`
	Question   string        `json:"question"`
	Current    corpus.Stance `json:"current"`
	// CurrentAnswer is the draft's answer, for the reader's comparison.
	CurrentAnswer string   `json:"current_answer"`
	Previous      Previous `json:"previous"`
	Message       string   `json:"message"`
	// Explained is the explanation recorded for this departure, nil when
	// it is unexplained.
	Explained *Explanation `json:"explained,omitempty"`
}

// Check is the result of checking one draft.
type Check struct {
	Draft    corpus.Response `json:"draft"`
	Matches  []Match         `json:"matches"`
	Findings []Finding       `json:"findings"`
}

// candidatesPerQuestion and maxLetters bound the work of a check: each
// draft question asks the history for this many similar letters, and at
// most maxLetters letters are compared in full.
const (
	candidatesPerQuestion = 30
	maxLetters            = 60
	// wholeHistory is the most questions an authority's history may hold
	// for a check to compare every letter of it (WholeHistory): about
	// as many as maxLetters letters hold, so the work stays bounded.
	wholeHistory = 600
)

// CheckDraft compares every question of draft with the history. For each
// it lists the earlier questions that ask the same thing (Matches, in the
// draft's order; previous best first), and where the draft's stance
// departs from the precedent (the most recent earlier match) it adds a
// Finding. A draft without stances (a bare request) gets matches and no
// findings. Errors come from the History only.
func CheckDraft(ctx context.Context, h History, draft corpus.Response, opt Options) (Check, error) {
	if opt.MinScore <= 0 {
		opt.MinScore = DefaultMinScore
	}
	asOf := opt.AsOf
	if asOf.IsZero() {
		asOf = draft.Date
	}
	authority := ""
	if !opt.AllAuthorities {
		authority = corpus.AuthorityKey(draft.Authority)
	}
	check := Check{Draft: draft, Matches: []Match{}, Findings: []Finding{}}
	if len(draft.Questions) == 0 {
		return check, nil
	}

	// Letters that hold questions like the draft's, ranked by how many of
	// the draft's questions they answer and how well.
	similar, err := lookUpAll(ctx, h, draft.Questions, authority, asOf)
	if err != nil {
		return Check{}, err
	}
	votes := map[string]float64{}
	for _, shas := range similar {
		for rank, sha := range shas {
			votes[sha] += 1 / float64(rank+1)
		}
	}
	if wh, ok := h.(WholeHistory); ok && authority != "" {
		// A small history is compared whole: a letter that asks the
		// same in other words shares no rare word with the draft.
		all, ok, err := wh.Letters(ctx, authority, asOf, wholeHistory)
		if err != nil {
			return Check{}, err
		}
		if ok && len(all) <= maxLetters {
			for _, sha := range all {
				if _, found := votes[sha]; !found {
					votes[sha] = 0 // a candidate no look-up ranked
				}
			}
		}
	}
	delete(votes, draft.SHA256)
	shas := make([]string, 0, len(votes))
	for sha := range votes {
		shas = append(shas, sha)
	}
	sort.Slice(shas, func(i, j int) bool {
		if votes[shas[i]] != votes[shas[j]] {
			return votes[shas[i]] > votes[shas[j]]
		}
		return shas[i] < shas[j]
	})
	if len(shas) > maxLetters {
		shas = shas[:maxLetters]
	}
	letters, err := h.Responses(ctx, shas)
	if err != nil {
		return Check{}, err
	}
	letters = earlier(letters, draft, asOf, authority)

	matches := matchLetters(draft, letters, opt.MinScore)
	// The draft is answered on its date; an undated one as of the check.
	answered := draft.Date
	if answered.IsZero() {
		answered = asOf
	}
	for i, q := range draft.Questions {
		m := Match{QuestionID: q.ID, Previous: matches[i]}
		if m.Previous == nil {
			m.Previous = []Previous{}
		}
		check.Matches = append(check.Matches, m)
		if f, ok := finding(q, periodQuestion(draft.Questions, i), answered, m.Previous, opt.Subject); ok {
			check.Findings = append(check.Findings, f)
		}
	}
	Explain(check.Findings, draft.Reference, draft.Authority, draft.Date, opt.Explanations)
	return check, nil
}

// lookUpAll asks the history for the letters like each question, on as
// many goroutines as there are processors: the look-ups are independent
// and most of a check's time, so an officer waits for the slowest share
// rather than the sum. The result is in the questions' order whatever
// order the look-ups finish in; the first error stops the rest.
func lookUpAll(ctx context.Context, h History, qs []corpus.Question, authority string, asOf corpus.Date) ([][]string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	out := make([][]string, len(qs))
	err := eachIndex(len(qs), func(i int) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if out[i], err = h.Similar(ctx, qs[i].Text, qs[i].Context, authority, asOf, candidatesPerQuestion); err != nil {
			// The look-ups under way stop too.
			cancel()
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// earlier keeps the letters that are history for the draft: another
// letter, dated before asOf (undated letters cannot be placed and are
// left out), of the same authority when one is required.
func earlier(letters []corpus.Response, draft corpus.Response, asOf corpus.Date, authority string) []corpus.Response {
	var out []corpus.Response
	for _, l := range letters {
		if l.SHA256 == draft.SHA256 && l.SHA256 != "" {
			continue
		}
		if l.Date.IsZero() || (!asOf.IsZero() && !l.Date.Before(asOf)) {
			continue
		}
		if authority != "" && corpus.AuthorityKey(l.Authority) != authority {
			continue
		}
		out = append(out, l)
	}
	return out
}

// finding compares q's stance, answered on date, with its precedent: the
// most recent of the matches (the best scored on a tie). period is the
// text that tells the period q asks about (periodQuestion).
func finding(q corpus.Question, period string, date corpus.Date, prev []Previous, subject string) (Finding, bool) {
	if len(prev) == 0 {
		return Finding{}, false
	}
	p := Precedent(prev)
	kind, sev, ok := Diff(Answer{Stance: q.Stance, Text: q.Answer, Question: period, Date: date},
		Answer{Stance: p.Stance, Text: p.Answer, Question: cmp.Or(p.Period, p.Question), Date: p.Date})
	if !ok {
		return Finding{}, false
	}
	f := Finding{Kind: kind, Severity: sev, QuestionID: q.ID, Question: q.Text,
		Current: normStance(q.Stance), CurrentAnswer: q.Answer, Previous: p}
	f.Message = message(f, subject)
	return f, true
}

// Precedent is the match a finding compares with: the most recent; on the
// same date, the best scored; on a tie, the first. prev must not be empty.
func Precedent(prev []Previous) Previous {
	best := prev[0]
	for _, p := range prev[1:] {
		switch c := p.Date.Compare(best.Date); {
		case c > 0, c == 0 && p.Score > best.Score:
			best = p
		}
	}
	return best
}

func normStance(s corpus.Stance) corpus.Stance {
	if s.Kind == "" {
		s.Kind = corpus.Unknown
	}
	if s.Exemptions == nil {
		s.Exemptions = []string{}
	}
	return s
}

// String describes a finding in one line, for logs and tests.
func (f Finding) String() string {
	return fmt.Sprintf("%s %s %s (precedent %s %s %s)", f.Severity, f.Kind, f.QuestionID, f.Previous.Reference, f.Previous.Date, f.Previous.QuestionID)
}
