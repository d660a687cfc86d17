package index

import (
	"context"
	"math"
	"sort"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/foicheck/foicheck/corpus"
)

// distinctiveTerms is how many of a question's rarest terms a look-up for
// similar questions uses. A question's common words ("contract", "number")
// match a large part of any history; querying them makes every look-up
// cost a scan of the history, while a handful of rare terms finds the
// same earlier questions at a cost that hardly grows with it.
//
// The terms are also bounded by how many questions they occur in
// (postingsBudget, summed over the terms, the rarest always kept): bleve
// visits every question a term occurs in, so this bounds a look-up's work
// however large the history grows. A question whose words are all common
// then relies on its letter's other questions to find the earlier letter,
// which the check ranks by all its questions' look-ups together.
const (
	distinctiveTerms = 8
	contextTerms     = 3
	postingsBudget   = 3000
	minTerms         = 2
)

// Similar returns the content hashes of the responses holding the
// questions most like text (asked in a part about context), best first, at
// most limit: of the authority when not empty (compared as corpus.Fold
// does), dated before before when it is not zero. Responses of before's
// own year are included whatever their day, for the caller to sort out:
// the look-up filters by year, which costs a few terms, where a date range
// costs a scan. It queries the question's rarest terms only, so its cost
// depends little on the size of the history.
func (ix *Index) Similar(ctx context.Context, text, context, authority string, before corpus.Date, limit int) ([]string, error) {
	if limit <= 0 {
		return nil, nil
	}
	reader, err := ix.reader()
	if err != nil {
		return nil, err
	}
	defer reader.Close()
	rarest := func(s, field string, n int) ([]string, error) {
		return ix.rarestTerms(ctx, reader, s, field, n, minTerms)
	}
	textTerms, err := rarest(text, fText, distinctiveTerms)
	if err != nil {
		return nil, err
	}
	ctxTerms, err := rarest(context, fContext, contextTerms)
	if err != nil {
		return nil, err
	}
	if len(textTerms) == 0 {
		return nil, nil
	}
	// Only question documents have text and context fields: no type
	// filter is needed.
	var should []query.Query
	for _, t := range textTerms {
		q := bleve.NewTermQuery(t)
		q.SetField(fText)
		should = append(should, q)
	}
	for _, t := range ctxTerms {
		q := bleve.NewTermQuery(t)
		q.SetField(fContext)
		q.SetBoost(0.5)
		should = append(should, q)
	}
	must := []query.Query{bleve.NewDisjunctionQuery(should...)}
	filter, ok, err := ix.historyFilter(ctx, reader, authority, before)
	if err != nil || !ok {
		return nil, err
	}
	if filter != nil {
		must = append(must, filter)
	}
	// Every question of a round-robin letter may share a rare word with
	// this one ("supplier", "contract"): ask for enough hits that limit
	// letters survive even when each brings a dozen. No stored field is
	// loaded: the identifier names the response.
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(must...), limit*hitsPerLetter, 0, false)
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	return lettersOf(res.Hits, limit), nil
}

// lettersOf returns the content hashes of the responses the question hits
// belong to, each once, in the hits' order, at most limit of them (no
// bound when limit is 0).
func lettersOf(hits search.DocumentMatchCollection, limit int) []string {
	var out []string
	seen := map[string]bool{}
	for _, h := range hits {
		sha := shaOfQuestionID(h.ID)
		if sha == "" || seen[sha] {
			continue
		}
		seen[sha] = true
		out = append(out, sha)
		if len(out) == limit {
			break
		}
	}
	return out
}

// Letters returns the content hashes of every response of the authority
// dated before before's year or earlier (the caller keeps those strictly
// before it), when they hold at most maxQuestions questions in all; ok is
// false when they hold more, or no authority is named. A small history is
// then compared whole: a look-up by shared words finds the letters a
// request shares words with, and misses one that asks the same in other
// words ("a ransomware payment" for "any ransom paid"), which the
// comparison itself may still recognise. The count is one term look-up,
// so a large history costs nothing more than before.
func (ix *Index) Letters(ctx context.Context, authority string, before corpus.Date, maxQuestions int) ([]string, bool, error) {
	key := Key(authority)
	if key == "" || maxQuestions <= 0 {
		return nil, false, nil
	}
	reader, err := ix.reader()
	if err != nil {
		return nil, false, err
	}
	defer reader.Close()
	n, err := ix.docFreq(ctx, reader, fAuthorityKey, key)
	if err != nil || n > uint64(maxQuestions) {
		return nil, false, err
	}
	filter, ok, err := ix.historyFilter(ctx, reader, authority, before)
	if err != nil || !ok {
		return nil, ok, err
	}
	q := query.Query(ofType(typeQuestion))
	if filter != nil {
		q = bleve.NewConjunctionQuery(q, filter)
	}
	res, err := ix.b.SearchInContext(ctx, bleve.NewSearchRequestOptions(q, int(n)+1, 0, false))
	if err != nil {
		return nil, false, err
	}
	out := lettersOf(res.Hits, 0)
	sort.Strings(out)
	return out, true, nil
}

// hitsPerLetter is how many question hits a look-up collects for each
// letter it is asked for.
const hitsPerLetter = 16

// reader opens a reader of the index's current snapshot, for term
// frequencies and dictionaries, which bleve's Index does not offer. The
// caller closes it.
func (ix *Index) reader() (bleveindex.IndexReader, error) {
	adv, err := ix.b.Advanced()
	if err != nil {
		return nil, err
	}
	return adv.Reader()
}

// rarestTerms returns up to n of the analysed terms of s that occur in
// field, rarest first, stopping once the questions they occur in exceed
// postingsBudget (but never before keep terms).
func (ix *Index) rarestTerms(ctx context.Context, reader bleveindex.IndexReader, s, field string, n, keep int) ([]string, error) {
	type tf struct {
		term string
		df   uint64
	}
	var terms []tf
	seen := map[string]bool{}
	analyzer := ix.b.Mapping().AnalyzerNamed(en.AnalyzerName)
	for _, t := range analyzer.Analyze([]byte(s)) {
		term := string(t.Term)
		if seen[term] {
			continue
		}
		seen[term] = true
		df, err := ix.docFreq(ctx, reader, field, term)
		if err != nil {
			return nil, err
		}
		if df > 0 {
			terms = append(terms, tf{term, df})
		}
	}
	sort.Slice(terms, func(i, j int) bool {
		if terms[i].df != terms[j].df {
			return terms[i].df < terms[j].df
		}
		return terms[i].term < terms[j].term
	})
	var out []string
	var spent uint64
	for i := 0; i < len(terms) && i < n; i++ {
		spent += terms[i].df
		if i >= keep && spent > postingsBudget {
			break
		}
		out = append(out, terms[i].term)
	}
	return out, nil
}

// docFreq is how many documents hold term in field. A read-only index
// does not change while open, so its frequencies are remembered.
func (ix *Index) docFreq(ctx context.Context, reader bleveindex.IndexReader, field, t string) (uint64, error) {
	k := field + "\x00" + t
	if ix.mode == ReadOnly {
		ix.mu.Lock()
		df, ok := ix.df[k]
		ix.mu.Unlock()
		if ok {
			return df, nil
		}
	}
	r, err := reader.TermFieldReader(ctx, []byte(t), field, false, false, false)
	if err != nil {
		return 0, err
	}
	df := r.Count()
	r.Close()
	if ix.mode == ReadOnly {
		ix.mu.Lock()
		if ix.df == nil {
			ix.df = map[string]uint64{}
		}
		ix.df[k] = df
		ix.mu.Unlock()
	}
	return df, nil
}

// years lists the years of the questions indexed, ascending; remembered
// on a read-only index.
func (ix *Index) years(ctx context.Context, reader bleveindex.IndexReader) ([]int, error) {
	if ix.mode == ReadOnly {
		ix.mu.Lock()
		ys := ix.yearList
		ix.mu.Unlock()
		if ys != nil {
			return ys, nil
		}
	}
	dict, err := reader.FieldDict(fYear)
	if err != nil {
		return nil, err
	}
	defer dict.Close()
	ys := []int{}
	for {
		e, err := dict.Next()
		if err != nil {
			return nil, err
		}
		if e == nil {
			break
		}
		if y, err := strconv.Atoi(e.Term); err == nil {
			ys = append(ys, y)
		}
	}
	sort.Ints(ys)
	if ix.mode == ReadOnly {
		ix.mu.Lock()
		ix.yearList = ys
		ix.mu.Unlock()
	}
	return ys, nil
}

// Responses returns the whole responses with these content hashes, in the
// order given; hashes not in the index are left out. Each response's Source
// is the path it was first ingested from. Each response is one stored
// document, so this is one look-up however many questions they hold.
func (ix *Index) Responses(ctx context.Context, shas []string) ([]corpus.Response, error) {
	if len(shas) == 0 {
		return nil, nil
	}
	ids := make([]string, len(shas))
	for i, s := range shas {
		ids[i] = responseID(s)
	}
	byHash := map[string]corpus.Response{}
	err := ix.each(ctx, bleve.NewDocIDQuery(ids), []string{"*"}, func(_ string, f fields) error {
		r, _, err := f.response()
		if err != nil {
			return err
		}
		byHash[r.SHA256] = r
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]corpus.Response, 0, len(shas))
	for _, s := range shas {
		if r, ok := byHash[s]; ok {
			out = append(out, r)
		}
	}
	return out, nil
}

// termsPerQuestion and maxLetterTerms bound the terms of a whole-letter look-up: the rarest
// few of each question, at most maxLetterTerms in all.
const (
	termsPerQuestion = 3
	maxLetterTerms   = 40
)

// SimilarLetters is Similar for a whole letter in one look-up: the content
// hashes of the responses whose questions share the most of the rare terms
// of texts (a letter's questions), best first, at most limit. It is the
// cheap path for auditing a whole history, where every response is checked
// and one look-up per letter, rather than one per question, keeps the cost
// bounded.
func (ix *Index) SimilarLetters(ctx context.Context, texts []string, authority string, before corpus.Date, limit int) ([]string, error) {
	if limit <= 0 || len(texts) == 0 {
		return nil, nil
	}
	reader, err := ix.reader()
	if err != nil {
		return nil, err
	}
	defer reader.Close()
	chosen := map[string]bool{}
	var should []query.Query
	for _, text := range texts {
		terms, err := ix.rarestTerms(ctx, reader, text, fText, termsPerQuestion, 1)
		if err != nil {
			return nil, err
		}
		for _, t := range terms {
			if !chosen[t] && len(chosen) < maxLetterTerms {
				chosen[t] = true
				q := bleve.NewTermQuery(t)
				q.SetField(fText)
				should = append(should, q)
			}
		}
	}
	if len(should) == 0 {
		return nil, nil
	}
	must := []query.Query{bleve.NewDisjunctionQuery(should...)}
	filter, ok, err := ix.historyFilter(ctx, reader, authority, before)
	if err != nil || !ok {
		return nil, err
	}
	if filter != nil {
		must = append(must, filter)
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(must...), limit*len(texts), 0, false)
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	// A letter's weight is the sum of its questions' scores: a letter that
	// asks many of the same things outranks one sharing a single rare word.
	score := map[string]float64{}
	for _, h := range res.Hits {
		if sha := shaOfQuestionID(h.ID); sha != "" {
			score[sha] += h.Score
		}
	}
	out := make([]string, 0, len(score))
	for sha := range score {
		out = append(out, sha)
	}
	sort.Slice(out, func(i, j int) bool {
		if score[out[i]] != score[out[j]] {
			return score[out[i]] > score[out[j]]
		}
		return out[i] < out[j]
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// historyFilter restricts a look-up to an authority's questions of the
// years up to before's (all authorities when authority is empty; all years
// when before is zero). ok is false when no year can match. A nil query
// means no restriction.
func (ix *Index) historyFilter(ctx context.Context, reader bleveindex.IndexReader, authority string, before corpus.Date) (query.Query, bool, error) {
	key := Key(authority)
	if before.IsZero() {
		if key == "" {
			return nil, true, nil
		}
		return term(fAuthorityKey, key), true, nil
	}
	years, err := ix.years(ctx, reader)
	if err != nil {
		return nil, false, err
	}
	total, err := ix.b.DocCount()
	if err != nil {
		return nil, false, err
	}
	var alts []query.Query
	for rank, y := range years {
		if y > before.Year {
			continue
		}
		field, value := fYear, strconv.Itoa(y)
		if key != "" {
			field, value = fAuthorityYear, key+"|"+value
		}
		df, err := ix.docFreq(ctx, reader, field, value)
		if err != nil {
			return nil, false, err
		}
		if df == 0 {
			continue
		}
		// The filter also breaks ties, newest first: round-robin requests
		// repeat the same sentences letter after letter, and the precedent
		// is the most recent matching answer, so the newest must not be
		// the one a cut leaves out. A year term scores its boost times the
		// square of its idf (bleve's tf-idf, frequencies not kept for
		// keyword fields): dividing by that square leaves a score that
		// rises by a hair with each later year, too little to reorder
		// questions of different similarity. Sorting by date instead
		// would read a stored value for every matching question.
		idf := 1 + math.Log(float64(total)/float64(df+1))
		q := term(field, value).(*query.TermQuery)
		q.SetBoost((1 + recencyStep*float64(rank)) / (idf * idf))
		alts = append(alts, q)
	}
	if len(alts) == 0 {
		return nil, false, nil
	}
	return bleve.NewDisjunctionQuery(alts...), true, nil
}

// recencyStep is the share by which a year's filter term outscores the
// year before's.
const recencyStep = 1e-4
