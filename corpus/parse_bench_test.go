package corpus

import (
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkParsePathological parses inputs built to find super-linear
// work: many references in one sentence, thousands of numbered lines,
// long runs of part headings.
func BenchmarkParsePathological(b *testing.B) {
	inputs := map[string]string{
		"refs":     "We withhold under section 43(2) " + strings.Repeat("questions 1-50 in part 2 and ", 4000) + ".",
		"items":    strings.Repeat("1. a\n2. b\nQuestions 1-50 & 3\n", 4000),
		"parts":    strings.Repeat("Part 2\n1. x\n", 5000),
		"table":    strings.Repeat("1\tWhat is the number?\tanswer\n", 5000),
		"keyed":    "1. q\n2. q\nResponse\n" + strings.Repeat("Questions 1 & 2 – exempt\n", 5000),
		"sentence": strings.Repeat("s. ", 30000),
	}
	for name, in := range inputs {
		b.Run(name, func(b *testing.B) {
			doc := Document{Text: in}
			for b.Loop() {
				if _, err := Parse(doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParseLetters parses the clean text of every letter fixture
// (extraction done beforehand), reporting letters per second.
func BenchmarkParseLetters(b *testing.B) {
	paths, _ := filepath.Glob("testdata/letters/*.lo.pdf")
	var docs []Document
	for _, p := range paths {
		doc, err := Load(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		b.Skip("no letter fixtures")
	}
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if _, err := Parse(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "letters/s")
}
