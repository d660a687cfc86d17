package pdftext

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func letter(t *testing.T) []byte {
	t.Helper()
	p := newTestPDF()
	f := p.helvetica()
	p.page(fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", f), "BT /F1 10 Tf 72 700 Td (Dear Requester) Tj ET")
	return p.bytes()
}

func TestOpenTolerates(t *testing.T) {
	good := letter(t)
	tests := []struct {
		name   string
		data   []byte
		repair string
	}{
		{"as written", good, ""},
		{"byte-order mark", append([]byte("\xef\xbb\xbf"), good...), ""},
		{"junk before the header", append([]byte("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n"), good...), ""},
		{"junk after %%EOF", append(append([]byte{}, good...), bytes.Repeat([]byte("junk "), 100)...), ""},
		{"PDF 2.0 header", bytes.Replace(good, []byte("%PDF-1.4"), []byte("%PDF-2.0"), 1), ""},
		{"header followed by a space", bytes.Replace(good, []byte("%PDF-1.4\n"), []byte("%PDF-1.4 "), 1), ""},
		{"short trailer /Size", bytes.Replace(good, []byte("/Size 6 "), []byte("/Size 2 "), 1), "trailer /Size raised"},
		{"wrong startxref", wrongStartxref(good), "cross-reference table rebuilt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Open(tt.data)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			if doc.Repair != tt.repair {
				t.Errorf("repair = %q, want %q", doc.Repair, tt.repair)
			}
			page, err := Extract(doc.Pages[0], DefaultLimits())
			if err != nil || len(page.Lines) != 1 || page.Lines[0] != "Dear Requester" {
				t.Errorf("page = %q, %v; want the letter's line", page.Lines, err)
			}
		})
	}
}

func wrongStartxref(data []byte) []byte {
	i := bytes.LastIndex(data, []byte("startxref\n"))
	return append(append([]byte{}, data[:i]...), "startxref\n12\n%%EOF\n"...)
}

func TestOpenFails(t *testing.T) {
	good := letter(t)
	tests := []struct {
		name string
		data []byte
		want error  // nil: any error
		msg  string // in the message
	}{
		{"empty", nil, ErrNotPDF, "no PDF header"},
		{"text", []byte("just some words\n"), ErrNotPDF, ""},
		{"header only", []byte("%PDF-1.4\n%%EOF\n"), nil, ""},
		{"cut short", good[:len(good)/3], nil, ""},
		{"no pages", bytes.Replace(good, []byte("/Kids [5 0 R] /Count 1"), []byte("/Kids [] /Count 0"), 1), ErrNoPages, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if bytes.Equal(tt.data, good) {
				t.Fatal("the input was not damaged")
			}
			_, err := Open(tt.data)
			if err == nil {
				t.Fatal("no error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not say %q", err, tt.msg)
			}
		})
	}
}

// TestOpenCyclicPageTree: a page tree whose node lists itself among its
// kids is walked a bounded number of times.
func TestOpenCyclicPageTree(t *testing.T) {
	good := letter(t)
	data := bytes.Replace(good, []byte("/Kids [5 0 R] /Count 1"), []byte("/Kids [5 0 R 2 0 R 2 0 R] /Count 1"), 1)
	if bytes.Equal(data, good) {
		t.Fatal("the page tree was not found to damage")
	}
	doc, err := Open(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Pages) == 0 || len(doc.Pages) > maxPages {
		t.Errorf("got %d pages", len(doc.Pages))
	}
}

// TestOpenVetsObjectStreams: compressed object streams that would make
// the library loop are refused before it reads them.
func TestOpenVetsObjectStreams(t *testing.T) {
	tests := []struct {
		name, dict, data, msg string
	}{
		{"ends inside a hex string", "/N 1 /First 4", "7 0 <48656c", "hex string"},
		{"claims too many objects", "/N 999999 /First 4", "7 0 (a)", "claims 999999 objects"},
		{"extends another", "/N 1 /First 4 /Extends 9 0 R", "7 0 (a)", "extends another"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var z bytes.Buffer
			zw := zlib.NewWriter(&z)
			zw.Write([]byte(tt.data))
			zw.Close()
			p := newTestPDF()
			f := p.helvetica()
			p.page(fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", f), "BT /F1 10 Tf 72 700 Td (Dear Requester) Tj ET")
			p.add(fmt.Sprintf("<< /Type /ObjStm %s /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", tt.dict, z.Len(), z.String()))
			if _, err := Open(p.bytes()); err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("Open error = %v, want one saying %q", err, tt.msg)
			}
		})
	}
}

// TestOpenPdfuniteOutput: pdfunite writes a trailer /Size smaller than
// its table, which hides every page until the size is raised.
func TestOpenPdfuniteOutput(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pdf", "good", "merged-pdfunite.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Open(data)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Repair != "trailer /Size raised" || len(doc.Pages) != 3 {
		t.Errorf("repair %q, %d pages; want the /Size raised and 3 pages", doc.Repair, len(doc.Pages))
	}
}

// TestWinAnsiSecondHyphen: WinAnsiEncoding's second code for the hyphen
// (255 octal) reads as a hyphen, not a soft hyphen to be dropped.
func TestWinAnsiSecondHyphen(t *testing.T) {
	p := newTestPDF()
	f := p.helvetica()
	p.page(fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", f), `BT /F1 10 Tf 72 700 Td (Reference: NPT\255FOI\25525\2550156) Tj ET`)
	pages := extractAll(t, p.bytes(), DefaultLimits())
	if got := strings.Join(pages[0].Lines, "\n"); got != "Reference: NPT-FOI-25-0156" {
		t.Errorf("got %q, want the reference with its hyphens", got)
	}
}
