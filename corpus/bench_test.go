package corpus

import (
	"os"
	"strings"
	"testing"
)

// benchmarkExtract measures an extractor and Clean together on a fixture.
func benchmarkExtract(b *testing.B, file string, extract func([]byte) ([][]string, error)) {
	data, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		pages, err := extract(data)
		if err != nil {
			b.Fatal(err)
		}
		Clean(pages)
	}
}

func BenchmarkExtractHTML(b *testing.B) {
	benchmarkExtract(b, "testdata/html/disclosure-log.html", extractHTML)
}

func BenchmarkExtractDOCX(b *testing.B) {
	benchmarkExtract(b, "testdata/docx/numbered-review.docx", extractDOCX)
}

// BenchmarkClean cleans a 40-page letter with running headers, footers and
// broken words.
func BenchmarkClean(b *testing.B) {
	var pages [][]string
	size := 0
	for i := range 40 {
		p := []string{"Northtown Council – Information Governance", "OFFICIAL", ""}
		for range 40 {
			p = append(p, "The council recorded the number of fly-", "tipping incidents in each ward in 2023–24 and spent …")
		}
		p = append(p, "", "Page "+strings.Repeat("1", i%3+1)+" of 40")
		for _, l := range p {
			size += len(l) + 1
		}
		pages = append(pages, p)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		Clean(pages)
	}
}
