package pdftext

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// testPDF builds small PDFs for tests: objects are written in order and
// numbered from 1; object 1 is the catalog, 2 the page tree.
type testPDF struct {
	objs  []string
	pages []int
}

func newTestPDF() *testPDF {
	return &testPDF{objs: []string{"", ""}} // 1 and 2 are filled by bytes
}

// add appends an object and returns its number.
func (p *testPDF) add(body string) int {
	p.objs = append(p.objs, body)
	return len(p.objs)
}

// stream adds an uncompressed stream object.
func (p *testPDF) stream(dict, data string) int {
	return p.add(fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data))
}

// page adds a page with the given resources and content.
func (p *testPDF) page(resources, content string) int {
	c := p.stream("", content)
	n := p.add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>", resources, c))
	p.pages = append(p.pages, n)
	return n
}

func (p *testPDF) bytes() []byte {
	p.objs[0] = "<< /Type /Catalog /Pages 2 0 R >>"
	var kids []string
	for _, n := range p.pages {
		kids = append(kids, fmt.Sprintf("%d 0 R", n))
	}
	p.objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(p.objs))
	for i, o := range p.objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f\r\n", len(p.objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n\r\n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(p.objs)+1, xref)
	return b.Bytes()
}

// helvetica is a simple font with real widths for the letters the tests
// use: 500 for every code except the space (250).
func (p *testPDF) helvetica() int {
	var w []string
	for c := 32; c < 127; c++ {
		if c == ' ' {
			w = append(w, "250")
		} else {
			w = append(w, "500")
		}
	}
	return p.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [" + strings.Join(w, " ") + "] >>")
}

// extractAll opens data and extracts every page, failing the test on any
// error.
func extractAll(t *testing.T, data []byte, lim Limits) []Page {
	t.Helper()
	doc, err := Open(data)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	var out []Page
	for i, p := range doc.Pages {
		page, err := Extract(p, lim)
		if err != nil {
			t.Fatalf("page %d: %v", i+1, err)
		}
		out = append(out, page)
	}
	return out
}
