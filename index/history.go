package index

import (
	"context"
	"fmt"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/foicheck/foicheck/corpus"
)

// distinctiveTerms is how many of a question's rarest terms a look-up for
// similar questions uses. A question's common words ("contract", "number")
// match a large part of any history; querying them makes every look-up
// cost a scan of the history, while a handful of rare terms finds the
// same earlier questions at a cost that hardly grows with it.
const (
	distinctiveTerms = 8
	contextTerms     = 3
)

// Similar returns the content hashes of the responses holding the
// questions most like text (asked in a part about context), best first, at
// most limit: of the authority when not empty (compared as corpus.Fold
// does), dated strictly before before when it is not zero. It queries the
// question's rarest terms only, so its cost depends little on the size of
// the history.
func (ix *Index) Similar(ctx context.Context, text, context, authority string, before corpus.Date, limit int) ([]string, error) {
	if limit <= 0 {
		return nil, nil
	}
	adv, err := ix.b.Advanced()
	if err != nil {
		return nil, err
	}
	reader, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer reader.Close()
	analyzer := ix.b.Mapping().AnalyzerNamed(en.AnalyzerName)

	// rarest returns up to n of the terms of s that occur in field, rarest
	// first.
	rarest := func(s, field string, n int) ([]string, error) {
		type tf struct {
			term string
			df   uint64
		}
		var terms []tf
		seen := map[string]bool{}
		for _, t := range analyzer.Analyze([]byte(s)) {
			term := string(t.Term)
			if seen[term] {
				continue
			}
			seen[term] = true
			r, err := reader.TermFieldReader(ctx, t.Term, field, false, false, false)
			if err != nil {
				return nil, err
			}
			df := r.Count()
			r.Close()
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
		for i := 0; i < len(terms) && i < n; i++ {
			out = append(out, terms[i].term)
		}
		return out, nil
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
	must := []query.Query{ofType(typeQuestion), bleve.NewDisjunctionQuery(should...)}
	if k := corpus.Fold(authority); k != "" {
		must = append(must, term(fAuthorityKey, k))
	}
	if !before.IsZero() {
		no := false
		dq := bleve.NewDateRangeInclusiveQuery(instant(corpus.NewDate(1, 1, 1)), before.Time(), &no, &no)
		dq.SetField(fDate)
		must = append(must, dq)
	}
	// Several questions of one letter may match: ask for enough hits to
	// find limit letters.
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(must...), limit*4, 0, false)
	req.Fields = []string{fSHA}
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	var out []string
	seen := map[string]bool{}
	for _, h := range res.Hits {
		sha := fields(h.Fields).str(fSHA)
		if sha == "" || seen[sha] {
			continue
		}
		seen[sha] = true
		out = append(out, sha)
		if len(out) == limit {
			break
		}
	}
	return out, nil
}

// Responses returns the whole responses with these content hashes, in the
// order given; hashes not in the index are left out. Each response's Source
// is the path it was first ingested from.
func (ix *Index) Responses(ctx context.Context, shas []string) ([]corpus.Response, error) {
	if len(shas) == 0 {
		return nil, nil
	}
	ids := make([]string, len(shas))
	shaTerms := make([]query.Query, len(shas))
	for i, s := range shas {
		ids[i] = responseID(s)
		shaTerms[i] = term(fSHA, s)
	}
	type partial struct {
		r    corpus.Response
		qids []string
	}
	byHash := map[string]*partial{}
	err := ix.each(ctx, bleve.NewDocIDQuery(ids), []string{"*"}, func(_ string, f fields) error {
		r, _, qids, err := f.response()
		if err != nil {
			return err
		}
		byHash[r.SHA256] = &partial{r: r, qids: qids}
		return nil
	})
	if err != nil {
		return nil, err
	}
	questions := map[string]map[string]corpus.Question{}
	q := bleve.NewConjunctionQuery(ofType(typeQuestion), bleve.NewDisjunctionQuery(shaTerms...))
	err = ix.each(ctx, q, []string{"*"}, func(_ string, f fields) error {
		sha := f.str(fSHA)
		if questions[sha] == nil {
			questions[sha] = map[string]corpus.Question{}
		}
		qn := f.question()
		questions[sha][qn.ID] = qn
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]corpus.Response, 0, len(shas))
	for _, s := range shas {
		p, ok := byHash[s]
		if !ok {
			continue
		}
		r := p.r
		r.Questions = make([]corpus.Question, 0, len(p.qids))
		for _, id := range p.qids {
			qn, ok := questions[s][id]
			if !ok {
				return nil, fmt.Errorf("response %s: question %s is missing from the index", s, id)
			}
			r.Questions = append(r.Questions, qn)
		}
		out = append(out, r)
	}
	return out, nil
}
