package index

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/foicheck/foicheck/corpus"
)

// Document identifiers. A response is keyed by the hash of its file's
// bytes, so the same letter under two names is one response; its questions
// hang off that key; a path document records which content a path holds.
func responseID(sha string) string      { return "r:" + sha }
func questionID(sha, qid string) string { return "q:" + sha + ":" + qid }

// shaOfQuestionID returns the content hash inside a question document's
// identifier, so that a search needs no stored field to name the response.
func shaOfQuestionID(id string) string {
	sha, _ := splitQuestionID(id)
	return sha
}

// splitQuestionID returns the content hash and question identifier of a
// question document's identifier; empty strings for another identifier.
func splitQuestionID(id string) (sha, qid string) {
	rest, ok := strings.CutPrefix(id, "q:")
	if !ok {
		return "", ""
	}
	sha, qid, _ = strings.Cut(rest, ":")
	return sha, qid
}
func pathID(path string) string { return "p:" + path }

// Key returns the form of an authority's name used to compare
// authorities; see corpus.AuthorityKey.
func Key(s string) string { return corpus.AuthorityKey(s) }

// referenceKey is a reference folded without the spaces, so that "FOI
// 1045/24", "FOI-1045-24" and "FOI1045/24" are the same reference.
func referenceKey(s string) string { return strings.ReplaceAll(corpus.Fold(s), " ", "") }

// sections lists the terms an exemption is found by: the exemption itself
// and each shorter form down to its section, so that s31(1)(a) is found by
// "s31(1)(a)", "s31(1)" and "s31".
func sections(exemptions []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, ex := range exemptions {
		for i := len(ex); i > 0; {
			s := ex[:i]
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
			j := strings.LastIndexByte(s, '(')
			if j <= 0 {
				break
			}
			i = j
		}
	}
	sort.Strings(out)
	return out
}

// dateValue is the instant bleve indexes for a date, or nil for the zero
// date so that a letter without one is not dated 0001-01-01.
func dateValue(d corpus.Date) interface{} {
	if d.IsZero() {
		return nil
	}
	return d.Time()
}

// Meta is what the index records about a response's file.
type Meta struct {
	// Format is the format the text was extracted from ("pdf", ...).
	Format corpus.Format
	// Pages is the number of pages read.
	Pages int
	// Ingested is when the response was added.
	Ingested time.Time
}

// responseDocs returns the documents of one response: the response's own
// and one per question, keyed by their identifiers.
func responseDocs(r corpus.Response, meta Meta) (map[string]map[string]interface{}, error) {
	docs := make(map[string]map[string]interface{}, len(r.Questions)+1)
	authKey := Key(r.Authority)
	date := dateValue(r.Date)
	for _, q := range r.Questions {
		d := map[string]interface{}{
			typeField: typeQuestion,
			fSHA:      r.SHA256,
			fText:     q.Text,
			fKind:     string(kindOf(q.Stance)),
		}
		if q.Answer != "" {
			d[fAnswer] = q.Answer
		}
		if q.Context != "" {
			d[fContext] = q.Context
		}
		if r.Title != "" {
			d[fTitle] = r.Title
		}
		if len(q.Stance.Exemptions) > 0 {
			d[fExemptions] = q.Stance.Exemptions
			d[fSections] = sections(q.Stance.Exemptions)
		}
		if authKey != "" {
			d[fAuthorityKey] = authKey
		}
		if date != nil {
			d[fDate] = date
			y := strconv.Itoa(r.Date.Year)
			d[fYear] = y
			d[fAuthorityYear] = authKey + "|" + y
		}
		docs[questionID(r.SHA256, q.ID)] = d
	}
	qs := r.Questions
	if qs == nil {
		qs = []corpus.Question{}
	}
	questions, err := json.Marshal(qs)
	if err != nil {
		return nil, err
	}
	rd := map[string]interface{}{
		typeField:  typeResponse,
		fSHA:       r.SHA256,
		fAuthority: r.Authority,
		fReference: r.Reference,
		fReceived:  r.Received.String(),
		fTitle:     r.Title,
		fSource:    r.Source,
		fFormat:    string(meta.Format),
		fPages:     meta.Pages,
		fQuestions: string(questions),
		fIngested:  meta.Ingested.UTC().Format(time.RFC3339),
	}
	if authKey != "" {
		rd[fAuthorityKey] = authKey
	}
	if k := referenceKey(r.Reference); k != "" {
		rd[fReferenceKey] = k
	}
	if date != nil {
		rd[fDate] = date
	}
	docs[responseID(r.SHA256)] = rd
	return docs, nil
}

func kindOf(s corpus.Stance) corpus.StanceKind {
	if s.Kind == "" {
		return corpus.Unknown
	}
	return s.Kind
}

// fields reads stored values from bleve's search hits, which come back as
// string, float64 or []interface{} (a one-element array comes back as the
// element alone).
type fields map[string]interface{}

func (f fields) str(name string) string {
	switch v := f[name].(type) {
	case string:
		return v
	case []interface{}:
		if len(v) > 0 {
			s, _ := v[0].(string)
			return s
		}
	}
	return ""
}

func (f fields) num(name string) int {
	if v, ok := f[name].(float64); ok {
		return int(v)
	}
	return 0
}

// date reads a stored date, which bleve returns in RFC 3339, or a stored
// ISO date string.
func (f fields) date(name string) corpus.Date {
	s := f.str(name)
	if s == "" {
		return corpus.Date{}
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return corpus.DateOf(t.UTC())
	}
	d, _ := corpus.ParseISODate(s)
	return d
}

// response rebuilds a whole response from its document's stored fields.
func (f fields) response() (corpus.Response, Meta, error) {
	r := corpus.Response{
		Source:    f.str(fSource),
		SHA256:    f.str(fSHA),
		Authority: f.str(fAuthority),
		Reference: f.str(fReference),
		Date:      f.date(fDate),
		Received:  f.date(fReceived),
		Title:     f.str(fTitle),
	}
	meta := Meta{Format: corpus.Format(f.str(fFormat)), Pages: f.num(fPages)}
	if t, err := time.Parse(time.RFC3339, f.str(fIngested)); err == nil {
		meta.Ingested = t
	}
	r.Questions = []corpus.Question{}
	if s := f.str(fQuestions); s != "" {
		if err := json.Unmarshal([]byte(s), &r.Questions); err != nil {
			return r, meta, fmt.Errorf("response %s: damaged questions: %v", r.SHA256, err)
		}
	}
	return r, meta, nil
}
