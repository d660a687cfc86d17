package compare_test

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/foicheck/foicheck/compare"
	"github.com/foicheck/foicheck/corpus"
	"github.com/foicheck/foicheck/index"
)

// Benchmark histories are generated: authorities answering round-robin
// request families year after year, each question drawn from a family's
// templates and a vocabulary large enough that, as in real letters, a few
// words are common to everything and most are rare.

var benchTopics = []string{"contact centre", "inbound network", "body-worn video", "CCTV", "drones", "fleet vehicles",
	"software licences", "cyber incidents", "mobile phones", "data centres", "firearms licensing", "custody suites",
	"call handling", "translation services", "vetting", "road safety cameras", "facial recognition", "ANPR cameras",
	"cloud storage", "email systems", "HR systems", "payroll", "printing", "legal services", "taxis", "fuel cards",
	"energy contracts", "catering", "cleaning", "security guarding"}

var benchAsks = []string{"Who is the incumbent supplier of the %s contract?", "What is the annual spend on %s?",
	"When does the %s contract expire?", "When will the %s contract be reviewed?",
	"Please describe the services provided under the %s contract.", "How many staff work on %s?",
	"Who is responsible for %s within the organisation?", "How many %s complaints were received last year?",
	"Which product is used for %s?", "Was the %s contract procured through a framework?",
	"How many sites does the %s service cover?", "What is the total value of the %s contract?",
	"Is %s delivered in-house or outsourced?", "How many incidents involving %s were recorded?",
	"What training is provided for %s?"}

var benchQualifiers = []string{"", "including any extensions", "over the last three years", "for each supplier",
	"broken down by year", "as of 1 April", "excluding VAT", "for the force area", "by department", "in total"}

func benchLetter(rng *rand.Rand, authority string, year, seq, family int) corpus.Response {
	r := corpus.Response{
		SHA256:    fmt.Sprintf("%064x", rng.Uint64()),
		Authority: authority,
		Reference: fmt.Sprintf("FOI %04d/%02d", seq, year%100),
		Date:      corpus.NewDate(year, time.Month(1+rng.Intn(12)), 1+rng.Intn(28)),
		Title:     benchTopics[family%len(benchTopics)] + " contracts",
	}
	topic := benchTopics[family%len(benchTopics)]
	for i := 0; i < 15; i++ {
		text := fmt.Sprintf(benchAsks[(i+family)%len(benchAsks)], topic)
		if q := benchQualifiers[rng.Intn(len(benchQualifiers))]; q != "" {
			text = text[:len(text)-1] + ", " + q + "?"
		}
		kinds := []corpus.StanceKind{corpus.Released, corpus.Released, corpus.Released, corpus.Withheld, corpus.NotHeld}
		k := kinds[rng.Intn(len(kinds))]
		st := corpus.Stance{Kind: k, Exemptions: []string{}}
		answer := strconv.Itoa(rng.Intn(5000))
		if k == corpus.Withheld {
			st.Exemptions = []string{"s31(1)(a)"}
			answer = "Exempt under section 31."
		}
		r.Questions = append(r.Questions, corpus.Question{ID: corpus.QuestionID(1, i+1), Part: 1, Number: i + 1,
			Text: text, Answer: answer, Stance: st})
	}
	return r
}

// benchIndex returns an index of about n questions, built once and kept
// under the system's temporary directory (set FOICHECK_BENCH_DIR to choose
// where), since building 200,000 questions takes a minute.
func benchIndex(b *testing.B, n int) *index.Index {
	b.Helper()
	root := os.Getenv("FOICHECK_BENCH_DIR")
	if root == "" {
		root = filepath.Join(os.TempDir(), "foicheck-bench")
	}
	dir := filepath.Join(root, fmt.Sprintf("check-%d", n))
	if ix, err := index.Open(dir, index.ReadOnly); err == nil {
		b.Cleanup(func() { ix.Close() })
		return ix
	}
	{
		// Missing, or made by another version: build it.
		os.RemoveAll(dir)
		ix, err := index.Open(dir, index.ReadWrite)
		if err != nil {
			b.Fatal(err)
		}
		rng := rand.New(rand.NewSource(1))
		batch, _ := ix.NewBatch()
		authorities := 40
		for q, seq := 0, 0; q < n; seq++ {
			auth := fmt.Sprintf("Police Force %d", seq%authorities)
			r := benchLetter(rng, auth, 2015+rng.Intn(10), seq, rng.Intn(len(benchTopics)*3))
			if err := batch.PutResponse(r, index.Meta{}); err != nil {
				b.Fatal(err)
			}
			q += len(r.Questions)
			if batch.Questions() >= 1000 {
				if err := ix.Commit(batch); err != nil {
					b.Fatal(err)
				}
			}
		}
		if err := ix.Commit(batch); err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
	ix, err := index.Open(dir, index.ReadOnly)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	return ix
}

func benchCheck(b *testing.B, n int) {
	ix := benchIndex(b, n)
	rng := rand.New(rand.NewSource(2))
	drafts := make([]corpus.Response, 50)
	for i := range drafts {
		drafts[i] = benchLetter(rng, fmt.Sprintf("Police Force %d", i%40), 2025, 9000+i, rng.Intn(len(benchTopics)*3))
	}
	ctx := context.Background()
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if _, err := compare.CheckDraft(ctx, ix, drafts[i%len(drafts)], compare.Options{}); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	pct := func(p float64) float64 {
		return float64(times[min(len(times)-1, int(p*float64(len(times))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

// BenchmarkCheck20k and BenchmarkCheck200k check a 15-question draft
// against histories of 20,000 and 200,000 questions, reporting the 50th
// and 99th percentile of one check's time. scripts/bench-check.sh runs
// both and prints the ratio.
func BenchmarkCheck20k(b *testing.B)  { benchCheck(b, 20000) }
func BenchmarkCheck200k(b *testing.B) { benchCheck(b, 200000) }
