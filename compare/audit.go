package compare

import (
	"container/list"
	"context"
	"runtime"
	"sort"
	"sync"

	"github.com/foicheck/foicheck/corpus"
)

// AuditHistory is what an audit needs: a History that can also find the
// letters like a whole letter in one look-up, which keeps the cost of
// auditing each response bounded.
type AuditHistory interface {
	History
	SimilarLetters(ctx context.Context, texts []string, authority string, before corpus.Date, limit int) ([]string, error)
}

// AuditFinding is a finding of an audited response: the Finding, with the
// reference, date and source of the response it was found in.
type AuditFinding struct {
	Finding
	Reference string      `json:"reference"`
	Date      corpus.Date `json:"date"`
	Source    string      `json:"source"`
	Authority string      `json:"authority"`
	SHA256    string      `json:"sha256"`
}

// Audit is the result of auditing responses: how many were audited, and
// their findings, newest response first, then in each response's order.
type Audit struct {
	Responses int            `json:"responses"`
	Findings  []AuditFinding `json:"findings"`
	// Timelines, when asked for, show each response with findings against
	// the letters before it, newest response first.
	Timelines []Timeline `json:"timelines,omitempty"`
	// Matched, when asked for, maps each audited response's hash to how
	// many of its questions matched an earlier one.
	Matched map[string]int `json:"-"`
}

// AuditOptions tune an audit. Zero values choose the defaults.
type AuditOptions struct {
	// MinScore is as in Options.
	MinScore float64
	// Workers is how many responses are audited at once; the number of
	// CPUs when 0.
	Workers int
	// Progress, when set, is called after each response with how many are
	// done of how many, from one goroutine at a time.
	Progress func(done, total int)
	// Timelines asks for the Timeline of each response with findings.
	Timelines bool
	// Explanations mark the findings they cover as explained.
	Explanations []Explanation
	// CountMatches asks for Audit.Matched.
	CountMatches bool
}

// lettersPerAudit bounds the earlier letters one audited response is
// compared with, and letterCache the letters kept in memory between
// responses (an authority's request families come back year after year,
// so the same earlier letters are wanted again and again).
const (
	lettersPerAudit = 12
	letterCache     = 4000
	fetchChunk      = 16
)

// AuditResponses compares each response named by shas with the history
// before it (its own authority's, dated strictly before it), by the rules
// of CheckDraft, and returns the findings. A response without a date has
// no history before it and gets no finding. Each response costs a bounded
// number of look-ups, however large the history.
func AuditResponses(ctx context.Context, h AuditHistory, shas []string, opt AuditOptions) (Audit, error) {
	if opt.MinScore <= 0 {
		opt.MinScore = DefaultMinScore
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	cache := newLRU(letterCache)
	chunks := make(chan []string)
	type result struct {
		findings  []AuditFinding
		timelines []Timeline
		matched   map[string]int
		n         int
		err       error
	}
	results := make(chan result)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for w := 0; w < opt.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for chunk := range chunks {
				fs, tls, matched, err := auditChunk(ctx, h, cache, chunk, opt)
				select {
				case results <- result{fs, tls, matched, len(chunk), err}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(chunks)
		for i := 0; i < len(shas); i += fetchChunk {
			select {
			case chunks <- shas[i:min(i+fetchChunk, len(shas))]:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	audit := Audit{Findings: []AuditFinding{}}
	if opt.CountMatches {
		audit.Matched = map[string]int{}
	}
	var firstErr error
	for r := range results {
		if r.err != nil && firstErr == nil {
			firstErr = r.err
			cancel()
		}
		audit.Responses += r.n
		audit.Findings = append(audit.Findings, r.findings...)
		audit.Timelines = append(audit.Timelines, r.timelines...)
		if audit.Matched != nil {
			for sha, n := range r.matched {
				audit.Matched[sha] = n
			}
		}
		if opt.Progress != nil {
			opt.Progress(audit.Responses, len(shas))
		}
	}
	if firstErr != nil {
		return Audit{}, firstErr
	}
	if err := ctx.Err(); err != nil {
		return Audit{}, err
	}
	SortAuditFindings(audit.Findings)
	ExplainAudit(audit.Findings, opt.Explanations)
	sort.SliceStable(audit.Timelines, func(i, j int) bool {
		if c := audit.Timelines[i].Date.Compare(audit.Timelines[j].Date); c != 0 {
			return c > 0
		}
		return audit.Timelines[i].Reference < audit.Timelines[j].Reference
	})
	return audit, nil
}

// SortAuditFindings orders findings newest response first, then by
// reference and hash; a response's findings keep their order, which is
// its questions' (the sort is stable).
func SortAuditFindings(fs []AuditFinding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if c := a.Date.Compare(b.Date); c != 0 {
			return c > 0
		}
		if a.Reference != b.Reference {
			return a.Reference < b.Reference
		}
		return a.SHA256 < b.SHA256
	})
}

func auditChunk(ctx context.Context, h AuditHistory, cache *lru, shas []string, opt AuditOptions) ([]AuditFinding, []Timeline, map[string]int, error) {
	rs, err := h.Responses(ctx, shas)
	if err != nil {
		return nil, nil, nil, err
	}
	var out []AuditFinding
	var tls []Timeline
	matched := map[string]int{}
	for _, r := range rs {
		cache.put(r)
		if r.Date.IsZero() || len(r.Questions) == 0 {
			continue
		}
		texts := make([]string, len(r.Questions))
		for i, q := range r.Questions {
			texts[i] = q.Text
		}
		cands, err := h.SimilarLetters(ctx, texts, r.Authority, r.Date, lettersPerAudit)
		if err != nil {
			return nil, nil, nil, err
		}
		letters, err := fetchLetters(ctx, h, cache, cands)
		if err != nil {
			return nil, nil, nil, err
		}
		letters = earlier(letters, r, r.Date, corpus.AuthorityKey(r.Authority))
		matches := matchLetters(r, letters, opt.MinScore)
		found := false
		for i := range r.Questions {
			if len(matches[i]) > 0 {
				matched[r.SHA256]++
			}
		}
		for i, q := range r.Questions {
			if f, ok := finding(q, periodQuestion(r.Questions, i), r.Date, matches[i], "this response"); ok {
				found = true
				out = append(out, AuditFinding{Finding: f, Reference: r.Reference, Date: r.Date,
					Source: r.Source, Authority: r.Authority, SHA256: r.SHA256})
			}
		}
		if found && opt.Timelines {
			tls = append(tls, timelineOf(r, matches))
		}
	}
	return out, tls, matched, nil
}

// fetchLetters returns the letters named, from the cache where it has
// them and from the history in one look-up for the rest.
func fetchLetters(ctx context.Context, h History, cache *lru, shas []string) ([]corpus.Response, error) {
	out := make([]corpus.Response, 0, len(shas))
	var missing []string
	for _, s := range shas {
		if r, ok := cache.get(s); ok {
			out = append(out, r)
		} else {
			missing = append(missing, s)
		}
	}
	if len(missing) > 0 {
		rs, err := h.Responses(ctx, missing)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			cache.put(r)
			out = append(out, r)
		}
	}
	return out, nil
}

// lru is a small least-recently-used cache of responses, safe for
// concurrent use.
type lru struct {
	mu    sync.Mutex
	max   int
	order *list.List
	items map[string]*list.Element
}

func newLRU(max int) *lru {
	return &lru{max: max, order: list.New(), items: map[string]*list.Element{}}
}

func (c *lru) get(sha string) (corpus.Response, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[sha]
	if !ok {
		return corpus.Response{}, false
	}
	c.order.MoveToFront(e)
	return e.Value.(corpus.Response), true
}

func (c *lru) put(r corpus.Response) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[r.SHA256]; ok {
		c.order.MoveToFront(e)
		return
	}
	c.items[r.SHA256] = c.order.PushFront(r)
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(corpus.Response).SHA256)
	}
}
