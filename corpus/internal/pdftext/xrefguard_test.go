package pdftext

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCompressedObjectsOfARealFile(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pdf", "good", "objstm-lo-letter-decision.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	got := compressedObjects(data)
	// qpdf --show-xref: objects 2 to 5 (and more) are in object stream 1.
	for id := 2; id <= 5; id++ {
		if got[id] != 1 {
			t.Errorf("object %d in stream %d, want 1 (all: %v)", id, got[id], got)
		}
	}
	if err := vetXrefStreams(data); err != nil {
		t.Errorf("vetXrefStreams: %v", err)
	}
}

// TestOpenRefusesNestedObjectStreams: an object stream said to lie inside
// itself would send the library into endless recursion.
func TestOpenRefusesNestedObjectStreams(t *testing.T) {
	for _, predictor := range []bool{false, true} {
		// W [1 2 1]: object 0 free, object 1 compressed in stream 1.
		rows := [][]byte{{0, 0, 0, 0}, {2, 0, 1, 0}}
		var raw []byte
		parms := ""
		for i, r := range rows {
			if predictor {
				// Up: each byte minus the byte above it.
				up := make([]byte, len(r))
				for k := range r {
					up[k] = r[k]
					if i > 0 {
						up[k] = r[k] - rows[i-1][k]
					}
				}
				raw = append(append(raw, 2), up...)
				parms = "/DecodeParms << /Predictor 12 /Columns 4 >>"
			} else {
				raw = append(raw, r...)
			}
		}
		var z bytes.Buffer
		zw := zlib.NewWriter(&z)
		zw.Write(raw)
		zw.Close()
		p := newTestPDF()
		f := p.helvetica()
		p.page(fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", f), "BT /F1 10 Tf 72 700 Td (Dear Requester) Tj ET")
		p.add(fmt.Sprintf("<< /Type /XRef /W [1 2 1] /Size 2 %s /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", parms, z.Len(), z.String()))
		if _, err := Open(p.bytes()); err == nil || !strings.Contains(err.Error(), "inside an object stream") {
			t.Errorf("predictor %v: Open error = %v, want one about nested object streams", predictor, err)
		}
	}
}
