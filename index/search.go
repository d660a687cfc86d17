package index

import (
	"context"
	"errors"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/foicheck/foicheck/corpus"
)

// ErrEmptyQuery: the query has no word the index can search for (only
// punctuation, or only words too common to be indexed, such as "the").
var ErrEmptyQuery = errors.New("nothing to search for")

// Query is a full-text search over indexed questions and answers. Text is
// words, all of which must occur in the question, its answer, its part's
// context or the request's title; "double quotes" keep a phrase together.
// Empty Text matches every question that passes the filters. Zero filters
// do not filter.
type Query struct {
	Text      string
	Authority string
	// Since and Until bound the response's date, inclusive.
	Since, Until corpus.Date
	// Stances keeps questions with any of these kinds.
	Stances []corpus.StanceKind
	// Exemption keeps questions withheld under this exemption or, for a
	// shorter form such as "s31", under any of its subsections. It must be
	// normalised (corpus.NormalizeExemption).
	Exemption string
	// Limit is how many hits to return; 0 means 20.
	Limit int
}

// Span is a highlighted range of a fragment, in bytes.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Hit is one question found by Search.
type Hit struct {
	SHA256     string        `json:"sha256"`
	Source     string        `json:"source"`
	Authority  string        `json:"authority"`
	Reference  string        `json:"reference"`
	Date       corpus.Date   `json:"date"`
	QuestionID string        `json:"question_id"`
	Stance     corpus.Stance `json:"stance"`
	Question   string        `json:"question"`
	Answer     string        `json:"answer"`
	// Field is where the fragment comes from: "question", "answer" or
	// "context".
	Field string `json:"field"`
	// Fragment is an extract of Field around the matched words, with "…"
	// where it was cut; Highlights are the matched words within it.
	Fragment   string `json:"fragment"`
	Highlights []Span `json:"highlights"`
}

// Result is what Search found: Total questions matched, and the best
// Limit of them, best first (then newest, then by reference and question).
type Result struct {
	Total int   `json:"total"`
	Hits  []Hit `json:"hits"`
}

// textFields are searched, with their boosts: the question's own words
// count most.
var textFields = []struct {
	name  string
	boost float64
}{{fText, 2}, {fAnswer, 1}, {fContext, 0.5}, {fTitle, 0.5}}

// Search runs q. ErrEmptyQuery when Text has words but none searchable.
func (ix *Index) Search(ctx context.Context, q Query) (Result, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	words, phrases := splitQuery(q.Text)
	analyzer := ix.b.Mapping().AnalyzerNamed(en.AnalyzerName)
	terms := map[string]bool{}
	must := []query.Query{ofType(typeQuestion)}
	for _, w := range append(append([]string{}, words...), phrases...) {
		toks := analyzer.Analyze([]byte(w))
		if len(toks) == 0 {
			continue
		}
		for _, t := range toks {
			terms[string(t.Term)] = true
		}
		var alts []query.Query
		for _, f := range textFields {
			m := bleve.NewMatchQuery(w)
			m.SetField(f.name)
			m.SetBoost(f.boost)
			m.SetOperator(query.MatchQueryOperatorAnd)
			alts = append(alts, m)
		}
		must = append(must, bleve.NewDisjunctionQuery(alts...))
	}
	if len(terms) == 0 && strings.TrimSpace(q.Text) != "" {
		return Result{}, ErrEmptyQuery
	}
	must = append(must, filters(q)...)

	// A phrase is checked against the stored text after the search (the
	// index keeps no positions), so fetch more than asked when there is
	// one.
	size := limit
	if len(phrases) > 0 {
		size = limit * 10
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(must...), size, 0, false)
	if len(terms) == 0 {
		req.SortBy([]string{"-" + fDate, "_id"})
	} else {
		req.SortBy(tieOrder)
	}
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return Result{}, err
	}
	out := Result{Total: int(res.Total)}
	// Hits name their response and question; the responses are read once
	// each, in one look-up.
	var shas []string
	seen := map[string]bool{}
	for _, h := range res.Hits {
		if sha := shaOfQuestionID(h.ID); sha != "" && !seen[sha] {
			seen[sha] = true
			shas = append(shas, sha)
		}
	}
	rs, err := ix.Responses(ctx, shas)
	if err != nil {
		return Result{}, err
	}
	byHash := map[string]corpus.Response{}
	for _, r := range rs {
		byHash[r.SHA256] = r
	}
	type scored struct {
		hit   Hit
		score float64
	}
	var hits []scored
	for _, h := range res.Hits {
		sha, qid := splitQuestionID(h.ID)
		r, ok := byHash[sha]
		if !ok {
			continue
		}
		var qn corpus.Question
		for _, q := range r.Questions {
			if q.ID == qid {
				qn = q
			}
		}
		if qn.ID == "" {
			continue
		}
		if !hasPhrases(phrases, qn) {
			out.Total--
			continue
		}
		hit := Hit{SHA256: sha, Source: r.Source, Authority: r.Authority, Reference: r.Reference,
			Date: r.Date, QuestionID: qn.ID, Stance: qn.Stance, Question: qn.Text, Answer: qn.Answer}
		if hit.Stance.Exemptions == nil {
			hit.Stance.Exemptions = []string{}
		}
		hit.Field, hit.Fragment, hit.Highlights = highlight(analyzer, terms, qn)
		hits = append(hits, scored{hit, h.Score})
	}
	if len(phrases) > 0 && len(res.Hits) == size && uint64(size) < res.Total {
		// Not every hit was checked for the phrase: the total is an upper
		// bound, not an exact count.
		out.Total = int(res.Total)
	}
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.score != b.score {
			return a.score > b.score
		}
		if c := a.hit.Date.Compare(b.hit.Date); c != 0 {
			return c > 0
		}
		if a.hit.Reference != b.hit.Reference {
			return a.hit.Reference < b.hit.Reference
		}
		return a.hit.QuestionID < b.hit.QuestionID
	})
	for i := 0; i < len(hits) && i < limit; i++ {
		out.Hits = append(out.Hits, hits[i].hit)
	}
	if out.Hits == nil {
		out.Hits = []Hit{}
	}
	return out, nil
}

// filters turns the non-text parts of q into queries on question documents.
func filters(q Query) []query.Query {
	var out []query.Query
	if k := Key(q.Authority); k != "" {
		out = append(out, term(fAuthorityKey, k))
	}
	if !q.Since.IsZero() || !q.Until.IsZero() {
		yes := true
		dq := bleve.NewDateRangeInclusiveQuery(instant(q.Since), instant(q.Until), &yes, &yes)
		dq.SetField(fDate)
		out = append(out, dq)
	}
	if len(q.Stances) > 0 {
		var alts []query.Query
		for _, k := range q.Stances {
			alts = append(alts, term(fKind, string(k)))
		}
		out = append(out, bleve.NewDisjunctionQuery(alts...))
	}
	if q.Exemption != "" {
		out = append(out, term(fSections, q.Exemption))
	}
	return out
}

// instant is d as bleve's date fields hold it; the zero time, which bleve
// reads as an open end, for the zero date.
func instant(d corpus.Date) time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return d.Time()
}

// splitQuery separates the query's loose words from its "quoted phrases".
// An unbalanced quote quotes to the end.
func splitQuery(s string) (words, phrases []string) {
	s = strings.NewReplacer("“", "\"", "”", "\"").Replace(s)
	parts := strings.Split(s, "\"")
	for i, p := range parts {
		if i%2 == 1 {
			if p = strings.Join(strings.Fields(p), " "); p != "" {
				phrases = append(phrases, p)
			}
			continue
		}
		words = append(words, strings.Fields(p)...)
	}
	return words, phrases
}

// fold lower-cases s and reduces every run of non-letters and non-digits
// to one space, so that phrases compare across punctuation and line breaks.
func fold(s string) string {
	var b strings.Builder
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// hasPhrases reports whether every phrase occurs, as whole words, in the
// question's text, answer or context.
func hasPhrases(phrases []string, q corpus.Question) bool {
	if len(phrases) == 0 {
		return true
	}
	hay := " " + fold(q.Text) + " | " + fold(q.Answer) + " | " + fold(q.Context) + " "
	for _, p := range phrases {
		if !strings.Contains(hay, " "+fold(p)+" ") {
			return false
		}
	}
	return true
}

// fragmentRunes bounds a fragment's length.
const fragmentRunes = 200

// highlight chooses the field of q that best shows why it matched (the
// one with most matched words, the question on a tie), cuts a fragment
// around the first match, and marks every word whose analysed form is one
// of terms. With no terms the fragment is the start of the question.
func highlight(a analysis.Analyzer, terms map[string]bool, q corpus.Question) (string, string, []Span) {
	type candidate struct {
		name, text string
		marks      []Span
	}
	best := candidate{name: "question", text: q.Text}
	if len(terms) > 0 {
		bestN := -1
		for _, c := range []candidate{{name: "question", text: q.Text}, {name: "answer", text: q.Answer}, {name: "context", text: q.Context}} {
			for _, t := range a.Analyze([]byte(c.text)) {
				if terms[string(t.Term)] {
					c.marks = append(c.marks, Span{t.Start, t.End})
				}
			}
			if len(c.marks) > bestN {
				best, bestN = c, len(c.marks)
			}
		}
	}
	frag, marks := cut(best.text, best.marks)
	return best.name, frag, marks
}

// cut returns at most about fragmentRunes runes of text, starting a little
// before the first mark, with the marks moved to the fragment's offsets.
// Whitespace runs become single spaces.
func cut(text string, marks []Span) (string, []Span) {
	start := 0
	if len(marks) > 0 && utf8.RuneCountInString(text[:marks[0].Start]) > fragmentRunes/4 {
		// Back up a quarter of the window, to a word boundary.
		start = marks[0].Start
		for n := 0; start > 0 && n < fragmentRunes/4; n++ {
			_, size := utf8.DecodeLastRuneInString(text[:start])
			start -= size
		}
		if i := strings.IndexByte(text[start:marks[0].Start], ' '); i >= 0 {
			start += i + 1
		}
	}
	end, n := start, 0
	for end < len(text) && n < fragmentRunes {
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
		n++
	}
	if end < len(text) {
		if i := strings.LastIndexByte(text[start:end], ' '); i > 0 {
			end = start + i
		}
	}
	var b strings.Builder
	var out []Span
	if start > 0 {
		b.WriteString("… ")
	}
	// Copy text[start:end], collapsing whitespace and moving the marks.
	mi := 0
	for mi < len(marks) && marks[mi].Start < start {
		mi++
	}
	space := false
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			space = true
			i += size
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		for mi < len(marks) && marks[mi].Start == i {
			if marks[mi].End <= end {
				out = append(out, Span{Start: b.Len(), End: b.Len() + marks[mi].End - marks[mi].Start})
			}
			mi++
		}
		b.WriteString(text[i : i+size])
		i += size
	}
	if end < len(text) {
		b.WriteString(" …")
	}
	return b.String(), out
}
