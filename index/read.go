package index

import (
	"context"
	"errors"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/foicheck/foicheck/corpus"
)

// ErrNoResponse: no indexed response matches what was asked for.
var ErrNoResponse = errors.New("no such response in the index")

// pageSize is how many documents one page of an iteration loads.
const pageSize = 1000

func term(field, value string) query.Query {
	q := bleve.NewTermQuery(value)
	q.SetField(field)
	return q
}

func ofType(t string) query.Query { return term(typeField, t) }

// each calls fn with the stored fields of every document q matches, in
// identifier order, a page at a time so that memory stays bounded however
// large the history.
func (ix *Index) each(ctx context.Context, q query.Query, names []string, fn func(id string, f fields) error) error {
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(q, pageSize, 0, false)
		req.Fields = names
		req.SortBy([]string{"_id"})
		req.SearchAfter = after
		res, err := ix.b.SearchInContext(ctx, req)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			if err := fn(h.ID, fields(h.Fields)); err != nil {
				return err
			}
		}
		if len(res.Hits) < pageSize {
			return nil
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}

// Paths returns every recorded source path with the content hash it holds.
func (ix *Index) Paths(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	err := ix.each(ctx, ofType(typePath), []string{fPath, fSHA}, func(_ string, f fields) error {
		out[f.str(fPath)] = f.str(fSHA)
		return nil
	})
	return out, err
}

// Counts is the size of the history.
type Counts struct {
	Responses int `json:"responses"`
	Questions int `json:"questions"`
	Paths     int `json:"paths"`
}

// Count returns how many responses, questions and source paths the index
// holds.
func (ix *Index) Count(ctx context.Context) (Counts, error) {
	var c Counts
	for _, t := range []struct {
		typ string
		n   *int
	}{{typeResponse, &c.Responses}, {typeQuestion, &c.Questions}, {typePath, &c.Paths}} {
		req := bleve.NewSearchRequestOptions(ofType(t.typ), 0, 0, false)
		res, err := ix.b.SearchInContext(ctx, req)
		if err != nil {
			return Counts{}, err
		}
		*t.n = int(res.Total)
	}
	return c, nil
}

// Entry is one indexed response with what the index knows of its file.
type Entry struct {
	Response corpus.Response
	Meta     Meta
	// Paths are every path the content was found under, sorted.
	Paths []string
}

// Has reports whether a response with this content hash is indexed.
func (ix *Index) Has(ctx context.Context, sha string) (bool, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery([]string{responseID(sha)}), 0, 0, false)
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return false, err
	}
	return res.Total > 0, nil
}

// QuestionIDs returns the question identifiers of the response with this
// content hash, in the letter's order; ErrNoResponse when there is none.
func (ix *Index) QuestionIDs(ctx context.Context, sha string) ([]string, error) {
	f, err := ix.responseFields(ctx, sha)
	if err != nil {
		return nil, err
	}
	r, _, err := f.response()
	if err != nil {
		return nil, err
	}
	qids := make([]string, len(r.Questions))
	for i, q := range r.Questions {
		qids[i] = q.ID
	}
	return qids, nil
}

func (ix *Index) responseFields(ctx context.Context, sha string) (fields, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery([]string{responseID(sha)}), 1, 0, false)
	req.Fields = []string{"*"}
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	if len(res.Hits) == 0 {
		return nil, ErrNoResponse
	}
	return fields(res.Hits[0].Fields), nil
}

// Response rebuilds the whole response with this content hash from the
// index alone: its metadata, every question in the letter's order, and the
// paths it was found under. Source is the path it was first ingested from
// while that path still holds it, else the first of Paths.
func (ix *Index) Response(ctx context.Context, sha string) (Entry, error) {
	f, err := ix.responseFields(ctx, sha)
	if err != nil {
		return Entry{}, err
	}
	r, meta, err := f.response()
	if err != nil {
		return Entry{}, err
	}
	var paths []string
	err = ix.each(ctx, bleve.NewConjunctionQuery(ofType(typePath), term(fSHA, sha)), []string{fPath},
		func(_ string, f fields) error {
			paths = append(paths, f.str(fPath))
			return nil
		})
	if err != nil {
		return Entry{}, err
	}
	sort.Strings(paths)
	if len(paths) > 0 && !contains(paths, r.Source) {
		r.Source = paths[0]
	}
	return Entry{Response: r, Meta: meta, Paths: paths}, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Summary identifies an indexed response without its questions.
type Summary struct {
	SHA256    string      `json:"sha256"`
	Source    string      `json:"source"`
	Authority string      `json:"authority"`
	Reference string      `json:"reference"`
	Date      corpus.Date `json:"date"`
	Title     string      `json:"title"`
	Questions int         `json:"questions"`
}

// Find returns the responses whose reference is ref (compared without case,
// spaces or punctuation: "FOI 1045/24" finds "FOI-1045-24"), or, when ref
// is hexadecimal and at least 8 characters long, whose content hash starts
// with it. They are ordered newest first, then by reference and hash.
func (ix *Index) Find(ctx context.Context, ref string) ([]Summary, error) {
	ref = strings.TrimSpace(ref)
	var qs []query.Query
	if k := referenceKey(ref); k != "" {
		qs = append(qs, term(fReferenceKey, k))
	}
	if isHexPrefix(ref) {
		p := bleve.NewPrefixQuery(strings.ToLower(ref))
		p.SetField(fSHA)
		qs = append(qs, p)
	}
	if len(qs) == 0 {
		return nil, nil
	}
	q := bleve.NewConjunctionQuery(ofType(typeResponse), bleve.NewDisjunctionQuery(qs...))
	return ix.summaries(ctx, q)
}

func isHexPrefix(s string) bool {
	if len(s) < 8 || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

func (ix *Index) summaries(ctx context.Context, q query.Query) ([]Summary, error) {
	var out []Summary
	err := ix.each(ctx, q, []string{"*"}, func(_ string, f fields) error {
		r, _, err := f.response()
		if err != nil {
			return err
		}
		out = append(out, Summary{SHA256: r.SHA256, Source: r.Source, Authority: r.Authority,
			Reference: r.Reference, Date: r.Date, Title: r.Title, Questions: len(r.Questions)})
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool {
		if c := out[i].Date.Compare(out[j].Date); c != 0 {
			return c > 0
		}
		if out[i].Reference != out[j].Reference {
			return out[i].Reference < out[j].Reference
		}
		return out[i].SHA256 < out[j].SHA256
	})
	return out, err
}

// ResponseSHAs returns the content hash of every indexed response, sorted.
func (ix *Index) ResponseSHAs(ctx context.Context) ([]string, error) {
	var out []string
	err := ix.each(ctx, ofType(typeResponse), []string{fSHA}, func(_ string, f fields) error {
		out = append(out, f.str(fSHA))
		return nil
	})
	sort.Strings(out)
	return out, err
}

// Between returns the responses dated from since to until, both inclusive
// (a zero bound is open), oldest first, then by reference and hash. With
// both bounds zero it returns every response, undated ones first.
func (ix *Index) Between(ctx context.Context, since, until corpus.Date) ([]Summary, error) {
	q := query.Query(ofType(typeResponse))
	if !since.IsZero() || !until.IsZero() {
		yes := true
		dq := bleve.NewDateRangeInclusiveQuery(instant(since), instant(until), &yes, &yes)
		dq.SetField(fDate)
		if since.IsZero() {
			// An open start in bleve means "any", which would let undated
			// responses in only if they had a date: they have none, so
			// they are out, as a bounded period wants.
			dq = bleve.NewDateRangeInclusiveQuery(instant(corpus.NewDate(1700, 1, 1)), instant(until), &yes, &yes)
			dq.SetField(fDate)
		}
		q = bleve.NewConjunctionQuery(q, dq)
	}
	out, err := ix.summaries(ctx, q)
	if err != nil {
		return nil, err
	}
	// An audit walks forward in time.
	sort.SliceStable(out, func(i, j int) bool {
		if c := out[i].Date.Compare(out[j].Date); c != 0 {
			return c < 0
		}
		if out[i].Reference != out[j].Reference {
			return out[i].Reference < out[j].Reference
		}
		return out[i].SHA256 < out[j].SHA256
	})
	return out, nil
}
