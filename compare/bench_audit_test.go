package compare_test

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/foicheck/foicheck/compare"
	"github.com/foicheck/foicheck/corpus"
	"github.com/foicheck/foicheck/index"
)

// auditIndex returns an index of n generated responses (15 questions
// each) by 40 authorities answering the same request families year after
// year, built once under FOICHECK_BENCH_DIR (or the temporary directory).
func auditIndex(b *testing.B, n int) (*index.Index, string) {
	b.Helper()
	root := os.Getenv("FOICHECK_BENCH_DIR")
	if root == "" {
		root = filepath.Join(os.TempDir(), "foicheck-bench")
	}
	dir := filepath.Join(root, fmt.Sprintf("audit-%d", n))
	if ix, err := index.Open(dir, index.ReadOnly); err == nil {
		b.Cleanup(func() { ix.Close() })
		return ix, dir
	}
	os.RemoveAll(dir)
	ix, err := index.Open(dir, index.ReadWrite)
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewSource(3))
	batch, _ := ix.NewBatch()
	const authorities = 40
	for seq := 0; seq < n; seq++ {
		auth := fmt.Sprintf("Police Force %d", seq%authorities)
		// Each authority has its own few dozen families, asked again over
		// ten years.
		family := (seq%authorities)*7 + rng.Intn(60)
		r := benchLetter(rng, auth, 2015+rng.Intn(10), seq, family)
		if err := batch.PutResponse(r, index.Meta{}); err != nil {
			b.Fatal(err)
		}
		if err := batch.PutPath(fmt.Sprintf("letters/%d.pdf", seq), r.SHA256); err != nil {
			b.Fatal(err)
		}
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
	ro, err := index.Open(dir, index.ReadOnly)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ro.Close() })
	return ro, dir
}

func benchAudit(b *testing.B, n int) {
	ix, _ := auditIndex(b, n)
	ctx := context.Background()
	sums, err := ix.Between(ctx, corpus.Date{}, corpus.Date{})
	if err != nil {
		b.Fatal(err)
	}
	shas := make([]string, len(sums))
	for i, s := range sums {
		shas[i] = s.SHA256
	}
	b.ResetTimer()
	var findings int
	start := time.Now()
	for i := 0; i < b.N; i++ {
		a, err := compare.AuditResponses(ctx, ix, shas, compare.AuditOptions{})
		if err != nil {
			b.Fatal(err)
		}
		findings = len(a.Findings)
	}
	per := time.Since(start) / time.Duration(b.N*len(shas))
	b.ReportMetric(float64(per.Microseconds())/1000, "ms/response")
	b.ReportMetric(float64(findings), "findings")
}

// BenchmarkAudit10k and BenchmarkAudit20k audit every response of
// generated histories of 10,000 and 20,000 responses (150,000 and 300,000
// questions). scripts/bench-audit.sh runs both and prints the ratio.
func BenchmarkAudit10k(b *testing.B) { benchAudit(b, 10000) }
func BenchmarkAudit20k(b *testing.B) { benchAudit(b, 20000) }
