package pdftext

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

// onePage extracts a one-page PDF whose page draws content with /F1 as a
// Helvetica with known widths (500 per glyph, 250 for a space).
func onePage(t *testing.T, content string) Page {
	t.Helper()
	p := newTestPDF()
	f := p.helvetica()
	p.page(fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", f), content)
	return extractAll(t, p.bytes(), DefaultLimits())[0]
}

func TestExtractOperators(t *testing.T) {
	tests := []struct {
		name    string
		content string
		want    []string
	}{
		{"Tj", "BT /F1 10 Tf 72 700 Td (Hello world) Tj ET", []string{"Hello world"}},
		{"T* and TL", "BT /F1 10 Tf 12 TL 72 700 Td (Line one) Tj T* (Line two) Tj ET", []string{"Line one", "Line two"}},
		{"TD sets leading", "BT /F1 10 Tf 72 700 Td (one) Tj 0 -12 TD (two) Tj T* (three) Tj ET", []string{"one", "two", "three"}},
		{"quote operators", "BT /F1 10 Tf 12 TL 72 700 Td (first) Tj (second) ' 0 0 (third) \" ET", []string{"first", "second", "third"}},
		{"TJ kerning is not a space", "BT /F1 10 Tf 72 700 Td [(Wo) 20 (rd)] TJ ET", []string{"Word"}},
		{"TJ gap is a space", "BT /F1 10 Tf 72 700 Td [(Dear) -400 (Sir)] TJ ET", []string{"Dear Sir"}},
		{"wide gap is a tab", "BT /F1 10 Tf 72 700 Td (Question) Tj 200 0 Td (Answer) Tj ET", []string{"Question\tAnswer"}},
		{"Tm and cm", "q 1 0 0 1 100 100 cm BT /F1 10 Tf 1 0 0 1 0 500 Tm (upper) Tj ET Q BT /F1 10 Tf 72 300 Td (lower) Tj ET", []string{"upper", "lower"}},
		{"unbalanced Q", "Q Q BT /F1 10 Tf 72 700 Td (still here) Tj ET", []string{"still here"}},
		{"Tz narrows advances", "BT /F1 10 Tf 50 Tz 72 700 Td (abcd) Tj ET BT /F1 10 Tf 83 700 Td (ef) Tj ET", []string{"abcdef"}},
		{"Tc spaces letters", "BT /F1 10 Tf 3 Tc 72 700 Td (abc) Tj ET", []string{"a b c"}},
		{"Tw widens spaces only", "BT /F1 10 Tf 40 Tw 72 700 Td (a b) Tj 0 -12 Td (x) Tj ET", []string{"a\tb", "x"}},
		{"superscript joins its line", "BT /F1 10 Tf 72 700 Td (13) Tj 6 Tf 4 Ts (th) Tj 10 Tf 0 Ts ( May) Tj ET", []string{"13th May"}},
		{"footnote mark is a word", "BT /F1 10 Tf 72 700 Td (2023-24) Tj 6 Tf 4 Ts (1) Tj 10 Tf 0 Ts (.) Tj ET", []string{"2023-24 1 ."}},
		{"invisible text is kept", "BT 3 Tr /F1 10 Tf 72 700 Td (hidden words) Tj ET", []string{"hidden words"}},
		{"unknown font reads as Latin-1", "BT /Nope 10 Tf 72 700 Td (plain) Tj ET", []string{"plain"}},
		{"overprinted bold is one word", "BT /F1 10 Tf 72 700 Td (Bold) Tj ET BT /F1 10 Tf 72.3 700 Td (Bold) Tj ET", []string{"Bold"}},
		{"lines top to bottom", "BT /F1 10 Tf 72 300 Td (last) Tj ET BT /F1 10 Tf 72 700 Td (first) Tj ET", []string{"first", "last"}},
		{"quarter turn after upright", "q 0 1 -1 0 500 100 cm BT /F1 10 Tf 0 0 Td (sideways) Tj ET Q BT /F1 10 Tf 72 700 Td (upright) Tj ET", []string{"upright", "sideways"}},
		{"a ruled table's row is one line", "0.5 w 50 700 m 400 700 l S 50 660 m 400 660 l S 50 620 m 400 620 l S 50 620 m 50 700 l S 150 620 m 150 700 l S 400 620 m 400 700 l S BT /F1 10 Tf 60 685 Td (How many) Tj 0 -12 Td (cars?) Tj ET BT /F1 10 Tf 160 675 Td (12.) Tj ET", []string{"How many cars?\t12."}},
		{"borders drawn as thin fills", "50 699.5 350 1 re f 50 659.5 350 1 re f 49.5 660 1 40 re f 149.5 660 1 40 re f 399.5 660 1 40 re f BT /F1 10 Tf 60 685 Td (How many) Tj 0 -12 Td (cars?) Tj ET BT /F1 10 Tf 160 675 Td (12.) Tj ET", []string{"How many cars?\t12."}},
		{"a path dropped by n is no border", "50 700 m 400 700 l n 50 660 m 400 660 l n 50 660 m 50 700 l n 150 660 m 150 700 l n 400 660 m 400 700 l n BT /F1 10 Tf 60 685 Td (How many) Tj 0 -12 Td (cars?) Tj ET BT /F1 10 Tf 160 685 Td (12.) Tj ET", []string{"How many\t12.", "cars?"}},
		{"operands of an unknown operator", "BT /F1 10 Tf 1 2 3 zz 72 700 Td (ok) Tj ET", []string{"ok"}},
		// A watermark's letters set at a slant, large, among the lines:
		// not read, and the lines stay apart.
		{"a slanted watermark is not read", "BT /F1 10 Tf 72 700 Td (First line) Tj 0 -14 Td (Second line) Tj ET BT /F1 90 Tf 0.7 0.7 -0.7 0.7 150 640 Tm (DRAFT) Tj ET", []string{"First line", "Second line"}},
		{"a slight lean is still read", "BT /F1 10 Tf 1 0.1 -0.1 1 72 700 Tm (leaning) Tj ET", []string{"leaning"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := onePage(t, tt.content).Lines
			if !slices.Equal(got, tt.want) {
				t.Errorf("lines = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExtractFormXObject(t *testing.T) {
	p := newTestPDF()
	f := p.helvetica()
	form := p.stream(fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [1 0 0 1 0 -100] /Resources << /Font << /F9 %d 0 R >> >>", f),
		"BT /F9 10 Tf 72 700 Td (in the form) Tj ET")
	p.page(fmt.Sprintf("<< /Font << /F1 %d 0 R >> /XObject << /Fm1 %d 0 R >> >>", f, form),
		"BT /F1 10 Tf 72 700 Td (on the page) Tj ET /Fm1 Do")
	got := extractAll(t, p.bytes(), DefaultLimits())[0].Lines
	if want := []string{"on the page", "in the form"}; !slices.Equal(got, want) {
		t.Errorf("lines = %q, want %q", got, want)
	}
}

func TestExtractSelfReferentialFormStops(t *testing.T) {
	p := newTestPDF()
	f := p.helvetica()
	// Object 4 is the form; it names itself as /Fm1.
	form := p.stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [1 0 0 1 0 -12] /Resources << /Font << /F1 3 0 R >> /XObject << /Fm1 4 0 R >> >>",
		"BT /F1 10 Tf 72 700 Td (again) Tj ET /Fm1 Do")
	if f != 3 || form != 4 {
		t.Fatalf("objects numbered %d, %d; the test assumes 3, 4", f, form)
	}
	p.page("<< /XObject << /Fm1 4 0 R >> >>", "/Fm1 Do")
	lim := DefaultLimits()
	got := extractAll(t, p.bytes(), lim)[0].Lines
	if len(got) != lim.Depth {
		t.Errorf("got %d lines, want one per followed level (%d)", len(got), lim.Depth)
	}
}

func TestExtractType0Font(t *testing.T) {
	p := newTestPDF()
	tu := p.stream("", `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0001> <0048> <0002> <0069> endbfchar
1 beginbfrange <0003> <0004> [<0020> <0021>] endbfrange
1 beginbfrange <0005> <0006> <0078> endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`)
	desc := p.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Test /DW 1000 /W [1 [500 600] 3 4 250] >>")
	f := p.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Test /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", desc, tu))
	// "Hi" is 5 + 6 points wide at size 10, so "y" placed 11 points on
	// touches it only if both widths were read from /W.
	p.page(fmt.Sprintf("<< /Font << /F2 %d 0 R >> >>", f),
		"BT /F2 10 Tf 72 700 Td <00010002> Tj 11 0 Td <0006> Tj 0 -20 Td <0001000200030005000500040004> Tj ET")
	got := extractAll(t, p.bytes(), DefaultLimits())[0].Lines
	if want := []string{"Hiy", "Hi xx!!"}; !slices.Equal(got, want) {
		t.Errorf("lines = %q, want %q", got, want)
	}
}

// TestExtractFontsPerPage: two pages name different fonts /F1; each page
// must use its own.
func TestExtractFontsPerPage(t *testing.T) {
	p := newTestPDF()
	tu := p.stream("", "1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfchar <61> <0058> endbfchar")
	mapped := p.add(fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /Mapped /FirstChar 32 /LastChar 126 /Widths [%s] /ToUnicode %d 0 R >>", strings.Repeat("500 ", 95), tu))
	plain := p.helvetica()
	p.page(fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", mapped), "BT /F1 10 Tf 72 700 Td (abc) Tj ET")
	p.page(fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", plain), "BT /F1 10 Tf 72 700 Td (abc) Tj ET")
	pages := extractAll(t, p.bytes(), DefaultLimits())
	if got := pages[0].Lines; !slices.Equal(got, []string{"Xbc"}) {
		t.Errorf("page 1 = %q, want Xbc", got)
	}
	if got := pages[1].Lines; !slices.Equal(got, []string{"abc"}) {
		t.Errorf("page 2 = %q, want abc (its own /F1)", got)
	}
}

func TestExtractCountsUnmappedAndImages(t *testing.T) {
	p := newTestPDF()
	desc := p.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoMap /DW 500 >>")
	f := p.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /NoMap /Encoding /Identity-H /DescendantFonts [%d 0 R] >>", desc))
	img := p.stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x00")
	p.page(fmt.Sprintf("<< /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >>", f, img),
		"q 100 0 0 100 0 0 cm /Im1 Do Q BT /F1 10 Tf 72 700 Td <002400250026> Tj ET")
	got := extractAll(t, p.bytes(), DefaultLimits())[0]
	if got.Glyphs != 3 || got.Unmapped != 3 || got.Images != 1 || len(got.Lines) != 0 {
		t.Errorf("page = %+v, want 3 glyphs, all unmapped, 1 image, no lines", got)
	}
}

func TestExtractLimits(t *testing.T) {
	content := "BT /F1 10 Tf 72 700 Td (kept) Tj ET " + strings.Repeat("q Q ", 1000) + "BT /F1 10 Tf 72 600 Td (lost) Tj ET"
	p := newTestPDF()
	f := p.helvetica()
	p.page(fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", f), content)
	lim := DefaultLimits()
	lim.Ops = 100
	got := extractAll(t, p.bytes(), lim)[0]
	if !got.Truncated || !slices.Equal(got.Lines, []string{"kept"}) {
		t.Errorf("page = %+v, want truncated with only the first line", got)
	}

	lim = DefaultLimits()
	lim.Glyphs = 3
	got = extractAll(t, p.bytes(), lim)[0]
	if !got.Truncated || !slices.Equal(got.Lines, []string{"kep"}) {
		t.Errorf("page = %+v, want truncated after 3 glyphs", got)
	}
}

func TestExtractBrokenStreamIsAnError(t *testing.T) {
	p := newTestPDF()
	c := p.add("<< /Length 12 /Filter /FlateDecode >>\nstream\nnot deflate!\nendstream")
	p.pages = append(p.pages, p.add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /Contents %d 0 R >>", c)))
	doc, err := Open(p.bytes())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Extract(doc.Pages[0], DefaultLimits()); err == nil {
		t.Error("no error for a page whose only stream cannot be decoded")
	}
}

// TestExtractCutHexString: a stream that ends inside a hex string was cut
// short; its page keeps what was read before the cut and says it broke
// off, and a page with nothing before the cut is an error.
func TestExtractCutHexString(t *testing.T) {
	p := newTestPDF()
	f := p.helvetica()
	res := fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", f)
	p.page(res, "BT /F1 10 Tf 72 700 Td (kept) Tj <6B657074")
	p.page(res, "BT /F1 10 Tf 72 700 Td <6B657074")
	doc, err := Open(p.bytes())
	if err != nil {
		t.Fatal(err)
	}
	page, err := Extract(doc.Pages[0], DefaultLimits())
	if err != nil || !page.Truncated || !slices.Equal(page.Lines, []string{"kept"}) {
		t.Errorf("page = %+v, %v; want the first line, truncated", page, err)
	}
	if _, err := Extract(doc.Pages[1], DefaultLimits()); err == nil || !strings.Contains(err.Error(), "hex string") {
		t.Errorf("error = %v, want one saying the stream ends inside a hex string", err)
	}
}

// FuzzExtractContent feeds arbitrary content streams to the walker on a
// page with a simple and a composite font and a form: no panic, no
// runaway, and lines free of newlines.
func FuzzExtractContent(f *testing.F) {
	f.Add("BT /F1 10 Tf 12 TL 72 700 Td (Line one) Tj T* [(Wo) 20 (rd)] TJ ET")
	f.Add("q 0 1 -1 0 500 100 cm BT /F2 10 Tf 0 0 Td <00010002> Tj ET Q /Fm1 Do")
	f.Add("BT /F1 10 Tf 50 Tz 3 Tc 4 Ts 5 Tw 3 Tr 1 0 0 1 0 500 Tm (a b) ' 1 2 (c) \" ET Q Q")
	f.Add("BI /W 1 /H 1 ID \x00 EI /Im1 Do")
	f.Fuzz(func(t *testing.T, content string) {
		p := newTestPDF()
		f1 := p.helvetica()
		desc := p.add("<< /Type /Font /Subtype /CIDFontType2 /DW 1000 /W [1 [500 600] 3 4 250] >>")
		f2 := p.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /Encoding /Identity-H /DescendantFonts [%d 0 R] >>", desc))
		form := p.stream(fmt.Sprintf("/Subtype /Form /Matrix [1 0 0 1 0 -100] /Resources << /Font << /F1 %d 0 R >> >>", f1), content)
		p.page(fmt.Sprintf("<< /Font << /F1 %d 0 R /F2 %d 0 R >> /XObject << /Fm1 %d 0 R >> >>", f1, f2, form), content)
		doc, err := Open(p.bytes())
		if err != nil {
			t.Skip() // content that breaks the stream's framing
		}
		lim := DefaultLimits()
		lim.Ops = 20_000 // keep each run short; the bound is what is tested
		page, _ := Extract(doc.Pages[0], lim)
		for _, l := range page.Lines {
			if strings.ContainsAny(l, "\n\r") {
				t.Fatalf("line %q contains a line break", l)
			}
		}
	})
}

// TestExtractPathologicalPageIsBounded: a page of nothing but operators
// stops at the limit, in bounded time.
func TestExtractPathologicalPageIsBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	content := "BT /F1 10 Tf 72 700 Td (kept) Tj ET " + strings.Repeat("q Q ", 1_500_000)
	start := time.Now()
	page := onePage(t, content)
	if !page.Truncated || len(page.Lines) != 1 {
		t.Errorf("page = %d lines, truncated %v; want the first line and truncated", len(page.Lines), page.Truncated)
	}
	t.Logf("%d operators stopped after %v", DefaultLimits().Ops, time.Since(start))
}

func TestExtractorDocumentBudget(t *testing.T) {
	p := newTestPDF()
	f := p.helvetica()
	for i := 0; i < 3; i++ {
		p.page(fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", f), "BT /F1 10 Tf 72 700 Td (page) Tj ET "+strings.Repeat("q Q ", 30))
	}
	doc, err := Open(p.bytes())
	if err != nil {
		t.Fatal(err)
	}
	lim := DefaultLimits()
	lim.DocumentOps = 150 // each page runs 66 operators
	ex := NewExtractor(lim)
	var truncated []bool
	for _, pg := range doc.Pages {
		page, err := ex.Extract(pg)
		if err != nil {
			t.Fatal(err)
		}
		truncated = append(truncated, page.Truncated)
	}
	if want := []bool{false, false, true}; !slices.Equal(truncated, want) {
		t.Errorf("truncated = %v, want %v", truncated, want)
	}

	lim = DefaultLimits()
	lim.DocumentBytes = 250 // each page's content is 156 bytes
	ex = NewExtractor(lim)
	truncated = truncated[:0]
	for _, pg := range doc.Pages {
		page, err := ex.Extract(pg)
		if err != nil {
			t.Fatal(err)
		}
		truncated = append(truncated, page.Truncated)
	}
	if want := []bool{false, true, true}; !slices.Equal(truncated, want) {
		t.Errorf("byte budget: truncated = %v, want %v", truncated, want)
	}
}

func TestExtractBlankPage(t *testing.T) {
	p := newTestPDF()
	p.pages = append(p.pages, p.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"))
	page := extractAll(t, p.bytes(), DefaultLimits())[0]
	if len(page.Lines) != 0 || page.Truncated {
		t.Errorf("page = %+v, want an empty page", page)
	}
}

// TestExtractType3Widths: a Type3 font's widths are in glyph space, scaled
// by its /FontMatrix rather than by 1/1000.
func TestExtractType3Widths(t *testing.T) {
	p := newTestPDF()
	proc := p.stream("", "50 0 d0")
	f := p.add(fmt.Sprintf("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 100 100] /FontMatrix [0.01 0 0 0.01 0 0] "+
		"/CharProcs << /a %d 0 R /b %d 0 R >> /Encoding << /Type /Encoding /Differences [97 /a /b] >> "+
		"/FirstChar 97 /LastChar 98 /Widths [50 50] >>", proc, proc))
	// Each glyph advances 0.5 em (5 points at size 10), so "ab" placed at
	// 72 ends at 82, where "ba" begins.
	p.page(fmt.Sprintf("<< /Font << /T3 %d 0 R >> >>", f),
		"BT /T3 10 Tf 72 700 Td (ab) Tj ET BT /T3 10 Tf 82 700 Td (ba) Tj ET")
	got := extractAll(t, p.bytes(), DefaultLimits())[0].Lines
	if want := []string{"abba"}; !slices.Equal(got, want) {
		t.Errorf("lines = %q, want %q", got, want)
	}
}

// advanced returns a copy of m advanced by tx.
func advanced(m matrix, tx float64) matrix {
	m.advance(tx)
	return m
}

// TestAdvance checks that advance gives what multiplying by the
// translation gives, to the bit, for ordinary, zero, negative zero,
// infinite and NaN entries.
func TestAdvance(t *testing.T) {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 12.25, -3e5, 1e308, math.Inf(1), math.Inf(-1), math.NaN()}
	for i, a := range vals {
		for j, tx := range vals {
			m := matrix{a, vals[(i+1)%len(vals)], vals[(i+2)%len(vals)], vals[(j+3)%len(vals)], vals[(i+j)%len(vals)], vals[(i*j)%len(vals)]}
			got, want := advanced(m, tx), translate(tx, 0).mul(m)
			for k := range got {
				if math.Float64bits(got[k]) != math.Float64bits(want[k]) && !(math.IsNaN(got[k]) && math.IsNaN(want[k])) {
					t.Fatalf("%v advanced by %v: [%d] = %v, translate then mul gives %v", m, tx, k, got[k], want[k])
				}
			}
		}
	}
}

// FuzzAdvanced compares advance with multiplying by the translation.
func FuzzAdvanced(f *testing.F) {
	f.Add(1.0, 0.0, 0.0, 1.0, 72.0, 700.0, 3.5)
	f.Fuzz(func(t *testing.T, a, b, c, d, e, g, tx float64) {
		m := matrix{a, b, c, d, e, g}
		got, want := advanced(m, tx), translate(tx, 0).mul(m)
		for k := range got {
			if math.Float64bits(got[k]) != math.Float64bits(want[k]) && !(math.IsNaN(got[k]) && math.IsNaN(want[k])) {
				t.Fatalf("%v advanced by %v: [%d] = %v, translate then mul gives %v", m, tx, k, got[k], want[k])
			}
		}
	})
}
