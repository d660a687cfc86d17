package compare

import (
	"sort"

	"github.com/foicheck/foicheck/corpus"
)

// Period is the span a report covers, both ends inclusive.
type Period struct {
	Since corpus.Date `json:"since"`
	Until corpus.Date `json:"until"`
}

// Totals counts a report's findings. Every map has every kind or severity
// as a key, zero included, so that a reader sees what was not found too.
type Totals struct {
	Findings  int `json:"findings"`
	Explained int `json:"explained"`
	// ByKind and BySeverity count every finding; Unexplained counts by
	// severity those no explanation covers, which are what needs action.
	ByKind      map[Kind]int     `json:"by_kind"`
	BySeverity  map[Severity]int `json:"by_severity"`
	Unexplained map[Severity]int `json:"unexplained_by_severity"`
}

// Count totals fs.
func Count(fs []AuditFinding) Totals {
	t := Totals{ByKind: map[Kind]int{}, BySeverity: map[Severity]int{}, Unexplained: map[Severity]int{}}
	for _, k := range Kinds {
		t.ByKind[k] = 0
	}
	for _, s := range Severities {
		t.BySeverity[s] = 0
		t.Unexplained[s] = 0
	}
	for _, f := range fs {
		t.Findings++
		t.ByKind[f.Kind]++
		t.BySeverity[f.Severity]++
		if f.Explained != nil {
			t.Explained++
		} else {
			t.Unexplained[f.Severity]++
		}
	}
	return t
}

// Timeline shows, for one audited response, how the authority answered
// each of its questions over the years: one row per question, one column
// per letter (the earlier letters that asked any of them, then the
// response itself), each cell the stance taken, or "" where the letter did
// not ask that question.
type Timeline struct {
	Reference string           `json:"reference"`
	Date      corpus.Date      `json:"date"`
	Authority string           `json:"authority"`
	Title     string           `json:"title"`
	Letters   []TimelineLetter `json:"letters"`
	Rows      []TimelineRow    `json:"rows"`
}

// TimelineLetter is a column of a Timeline.
type TimelineLetter struct {
	Reference string      `json:"reference"`
	Date      corpus.Date `json:"date"`
}

// TimelineRow is a question of a Timeline with its stance in each letter.
type TimelineRow struct {
	QuestionID string              `json:"question_id"`
	Question   string              `json:"question"`
	Stances    []corpus.StanceKind `json:"stances"`
}

// maxTimelineLetters bounds a timeline's columns to the most recent
// letters: enough years to see a change of line, few enough to read.
const maxTimelineLetters = 12

// timelineOf builds r's timeline from its matches.
func timelineOf(r corpus.Response, matches [][]Previous) Timeline {
	t := Timeline{Reference: r.Reference, Date: r.Date, Authority: r.Authority, Title: r.Title}
	type key struct {
		ref  string
		date corpus.Date
	}
	cols := map[key]bool{}
	for _, ms := range matches {
		for _, p := range ms {
			cols[key{p.Reference, p.Date}] = true
		}
	}
	var letters []TimelineLetter
	for k := range cols {
		letters = append(letters, TimelineLetter{Reference: k.ref, Date: k.date})
	}
	sort.Slice(letters, func(i, j int) bool {
		if c := letters[i].Date.Compare(letters[j].Date); c != 0 {
			return c < 0
		}
		return letters[i].Reference < letters[j].Reference
	})
	if len(letters) > maxTimelineLetters-1 {
		letters = letters[len(letters)-(maxTimelineLetters-1):]
	}
	letters = append(letters, TimelineLetter{Reference: r.Reference, Date: r.Date})
	t.Letters = letters
	for i, q := range r.Questions {
		row := TimelineRow{QuestionID: q.ID, Question: q.Text, Stances: make([]corpus.StanceKind, len(letters))}
		for _, p := range matches[i] {
			for c, l := range letters[:len(letters)-1] {
				if l.Reference == p.Reference && l.Date == p.Date && row.Stances[c] == "" {
					row.Stances[c] = kind(p.Stance)
				}
			}
		}
		row.Stances[len(letters)-1] = kind(q.Stance)
		t.Rows = append(t.Rows, row)
	}
	return t
}
