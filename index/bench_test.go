package index

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/foicheck/foicheck/corpus"
)

// benchResponses parses the corpus's text letters once and repeats them
// under distinct hashes until they hold at least n questions.
func benchResponses(b *testing.B, n int) []corpus.Response {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "corpus", "testdata", "letters", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no letters: %v", err)
	}
	var base []corpus.Response
	for _, p := range paths {
		doc, err := corpus.Load(p)
		if err != nil {
			b.Fatal(err)
		}
		r, err := corpus.Parse(doc)
		if err != nil {
			b.Fatal(err)
		}
		if len(r.Questions) > 0 {
			base = append(base, r)
		}
	}
	var out []corpus.Response
	for q := 0; q < n; {
		for _, r := range base {
			r.SHA256 = fmt.Sprintf("%064x", len(out))
			r.Source = fmt.Sprintf("letters/%d.pdf", len(out))
			out = append(out, r)
			q += len(r.Questions)
		}
	}
	return out
}

const benchQuestions = 5000

// BenchmarkIndexBatch measures the indexing stage of ingest: documents for
// responses, their questions and their paths, committed durably in batches
// of about 1,000 questions. Compare with BenchmarkBleveBatch.
func BenchmarkIndexBatch(b *testing.B) {
	rs := benchResponses(b, benchQuestions)
	questions := 0
	for _, r := range rs {
		questions += len(r.Questions)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		ix, err := Open(filepath.Join(b.TempDir(), "idx"), ReadWrite)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		batch, _ := ix.NewBatch()
		for _, r := range rs {
			if err := batch.PutResponse(r, Meta{Format: corpus.FormatPDF, Pages: 2, Ingested: time.Now()}); err != nil {
				b.Fatal(err)
			}
			if err := batch.PutPath(r.Source, r.SHA256); err != nil {
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
		b.StopTimer()
		ix.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(questions*b.N)/b.Elapsed().Seconds(), "questions/s")
}

// benchQuestion is a question document as a plain bleve user would index
// it: the same text and identifiers, with bleve's default mapping.
type benchQuestion struct {
	SHA        string   `json:"sha"`
	QID        string   `json:"qid"`
	Text       string   `json:"text"`
	Answer     string   `json:"answer"`
	Context    string   `json:"context"`
	Kind       string   `json:"kind"`
	Exemptions []string `json:"exemptions"`
	Authority  string   `json:"authority"`
	Reference  string   `json:"reference"`
	Date       string   `json:"date"`
}

// BenchmarkBleveBatch is the baseline: the same question documents indexed
// with bleve alone (default mapping, durable batches of 1,000).
func BenchmarkBleveBatch(b *testing.B) {
	rs := benchResponses(b, benchQuestions)
	var docs []benchQuestion
	for _, r := range rs {
		for _, q := range r.Questions {
			docs = append(docs, benchQuestion{SHA: r.SHA256, QID: q.ID, Text: q.Text, Answer: q.Answer,
				Context: q.Context, Kind: string(q.Stance.Kind), Exemptions: q.Stance.Exemptions,
				Authority: r.Authority, Reference: r.Reference, Date: r.Date.String()})
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		ix, err := bleve.New(filepath.Join(b.TempDir(), "idx"), bleve.NewIndexMapping())
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		batch := ix.NewBatch()
		for j, d := range docs {
			if err := batch.Index(d.SHA+":"+d.QID, d); err != nil {
				b.Fatal(err)
			}
			if (j+1)%1000 == 0 {
				if err := ix.Batch(batch); err != nil {
					b.Fatal(err)
				}
				batch.Reset()
			}
		}
		if err := ix.Batch(batch); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		ix.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "questions/s")
}
