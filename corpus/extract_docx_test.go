package corpus

import (
	"archive/zip"
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// docx builds a DOCX in memory from its parts; a body is wrapped in a
// document part.
func docx(t testing.TB, body string, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	all := map[string]string{
		"word/document.xml": `<w:document ` + wordNS + `><w:body>` + body + `</w:body></w:document>`,
	}
	for k, v := range parts {
		all[k] = v
	}
	for name, data := range all {
		f, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// p builds a paragraph of plain runs, with optional numbering.
func p(text string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

func numbered(numID, ilvl, text string) string {
	return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + numID + `"/></w:numPr></w:pPr>` +
		`<w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

func numberingPart(abstracts, nums string) map[string]string {
	return map[string]string{"word/numbering.xml": `<w:numbering ` + wordNS + `>` + abstracts + nums + `</w:numbering>`}
}

func lvl(ilvl, start, format, text string) string {
	return `<w:lvl w:ilvl="` + ilvl + `"><w:start w:val="` + start + `"/><w:numFmt w:val="` + format + `"/><w:lvlText w:val="` + text + `"/></w:lvl>`
}

func TestExtractDOCX(t *testing.T) {
	decimal := `<w:abstractNum w:abstractNumId="0">` + lvl("0", "1", "decimal", "%1.") + lvl("1", "1", "lowerLetter", "%2)") +
		lvl("2", "1", "lowerRoman", "(%3)") + `</w:abstractNum>`
	tests := []struct {
		name  string
		body  string
		parts map[string]string
		want  [][]string
	}{
		{"paragraphs", p("One") + p("Two"), nil, [][]string{{"One", "", "Two"}}},
		{"tab, breaks and page break",
			`<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:br w:type="page"/><w:t>d</w:t></w:r></w:p>`, nil,
			[][]string{{"a\tb", "c"}, {"d"}}},
		{"tab stops in properties are not text",
			`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`, nil, [][]string{{"x"}}},
		{"page break before", p("a") + `<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>b</w:t></w:r></w:p>`, nil, [][]string{{"a"}, {"b"}}},
		{"edge spaces without preserve", `<w:p><w:r><w:t> a </w:t></w:r><w:r><w:t xml:space="preserve"> b</w:t></w:r></w:p>`, nil, [][]string{{"a b"}}},
		{"revisions", `<w:p><w:ins><w:r><w:t>new</w:t></w:r></w:ins><w:del><w:r><w:delText>old</w:delText></w:r></w:del></w:p>`, nil, [][]string{{"new"}}},
		{"complex field", `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>` +
			`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`, nil, [][]string{{"3"}}},
		{"simple field", `<w:p><w:fldSimple w:instr="DATE"><w:r><w:t>1 May</w:t></w:r></w:fldSimple></w:p>`, nil, [][]string{{"1 May"}}},
		{"hidden text", `<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>note</w:t></w:r><w:r><w:t>shown</w:t></w:r></w:p>`, nil, [][]string{{"shown"}}},
		{"vanish off", `<w:p><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>shown</w:t></w:r></w:p>`, nil, [][]string{{"shown"}}},
		{"hyphens and symbol", `<w:p><w:r><w:t>a</w:t><w:noBreakHyphen/><w:t>b</w:t><w:softHyphen/><w:t>c</w:t><w:sym w:font="Symbol" w:char="F0B7"/></w:r></w:p>`, nil,
			[][]string{{"a-b\u00adc•"}}},
		{"table", `<w:tbl><w:tr><w:tc>` + p("Q") + `</w:tc><w:tc>` + p("A") + p("more") + `</w:tc></w:tr></w:tbl>` + p("after"), nil,
			[][]string{{"Q\tA more", "", "after"}}},
		{"letterhead table", `<w:tbl><w:tr><w:tc>` + p("Brinsford Council") + p("Civic Centre") + p("Brinsford BR3 6EL") + `</w:tc><w:tc>` + p("Our ref: F0052290") + p("10 Jan 2025") +
			`</w:tc></w:tr></w:tbl>` + p("Dear") + `<w:tbl><w:tr><w:tc>` + p("Name") + p("Street") + p("Town") + `</w:tc><w:tc>` + p("x") + `</w:tc></w:tr></w:tbl>`, nil,
			[][]string{{"Brinsford Council", "Civic Centre", "Brinsford BR3 6EL", "Our ref: F0052290", "10 Jan 2025", "", "Dear", "", "Name Street Town\tx", ""}}},
		{"nested table joins its cell", `<w:tbl><w:tr><w:tc>` + p("1") + `</w:tc><w:tc><w:tbl><w:tr><w:tc>` + p("x") + `</w:tc><w:tc>` + p("y") +
			`</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`, nil, [][]string{{"1\tx y", ""}}},
		{"alternate content read once", `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
			`<mc:Choice Requires="wps"><w:txbxContent>` + p("box") + `</w:txbxContent></mc:Choice>` +
			`<mc:Fallback><w:txbxContent>` + p("box") + `</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>`, nil, [][]string{{"box"}}},
		{"list numbers", numbered("1", "0", "a") + numbered("1", "1", "b") + numbered("1", "1", "c") + numbered("1", "2", "d") + numbered("1", "0", "e") + numbered("1", "1", "f"),
			numberingPart(decimal, `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`),
			[][]string{{"1. a", "a) b", "b) c", "(i) d", "2. e", "a) f"}}},
		{"start override restarts, plain instance continues",
			numbered("1", "0", "a") + numbered("1", "0", "b") + p("gap") + numbered("2", "0", "c") + numbered("3", "0", "d"),
			numberingPart(decimal, `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`+
				`<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`+
				`<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>`),
			[][]string{{"1. a", "2. b", "", "gap", "", "5. c", "6. d"}}},
		{"multi-level text and bullets",
			numbered("1", "0", "a") + numbered("1", "1", "b") + numbered("2", "0", "c"),
			numberingPart(`<w:abstractNum w:abstractNumId="0">`+lvl("0", "3", "upperRoman", "%1.")+lvl("1", "1", "decimal", "%1.%2")+`</w:abstractNum>`+
				`<w:abstractNum w:abstractNumId="1">`+lvl("0", "1", "bullet", "\uf0b7")+`</w:abstractNum>`,
				`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`),
			[][]string{{"III. a", "III.1 b", "• c"}}},
		{"list style link",
			numbered("1", "0", "a") + numbered("2", "0", "b"),
			numberingPart(`<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="Outline"/>`+lvl("0", "1", "upperLetter", "%1.")+`</w:abstractNum>`+
				`<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Outline"/></w:abstractNum>`,
				`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`),
			[][]string{{"A. a", "B. b"}}},
		{"numId 0 removes numbering", numbered("0", "0", "plain"), numberingPart(decimal, ""), [][]string{{"plain"}}},
		{"unknown list is plain", numbered("9", "0", "plain"), numberingPart(decimal, ""), [][]string{{"plain"}}},
		{"numbering from a style",
			`<w:p><w:pPr><w:pStyle w:val="Q"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Q"/></w:pPr><w:r><w:t>b</w:t></w:r></w:p>`,
			map[string]string{
				"word/numbering.xml": `<w:numbering ` + wordNS + `>` + decimal + `<w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
				"word/styles.xml": `<w:styles ` + wordNS + `><w:style w:styleId="Base"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>` +
					`<w:style w:styleId="Q"><w:basedOn w:val="Base"/></w:style></w:styles>`,
			},
			[][]string{{"1. a", "2. b"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := extractDOCX(docx(t, tt.body, tt.parts))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestExtractDOCXErrors(t *testing.T) {
	var bomb bytes.Buffer
	z := zip.NewWriter(&bomb)
	f, _ := z.Create("word/document.xml")
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for range maxDOCXPart>>20 + 1 {
		f.Write(chunk)
	}
	z.Close()
	tests := []struct {
		name string
		data []byte
		msg  string
	}{
		{"not a zip", []byte("plain text, not a zip"), "not a DOCX"},
		{"old doc", append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), "WordDocument"...), "old Word .doc"},
		{"no document part", docxWithout(t), "no word/document.xml"},
		{"malformed XML", docx(t, "<w:p><w:r>", nil), "malformed"},
		{"zip bomb", bomb.Bytes(), "more than 64 MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := extractDOCX(tt.data)
			if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %v, want ErrDamaged saying %q", err, tt.msg)
			}
		})
	}
}

func TestExtractDOCXEncrypted(t *testing.T) {
	data := []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
	for _, c := range "EncryptedPackage" {
		data = append(data, byte(c), 0)
	}
	if _, err := extractDOCX(data); !errors.Is(err, ErrEncrypted) {
		t.Errorf("err = %v, want ErrEncrypted", err)
	}
}

func TestExtractDOCXStyleLevelOutOfRange(t *testing.T) {
	data := docx(t, `<w:p><w:pPr><w:pStyle w:val="Q"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>`, map[string]string{
		"word/numbering.xml": `<w:numbering ` + wordNS + `><w:abstractNum w:abstractNumId="0">` + lvl("0", "1", "decimal", "%1.") +
			`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
		"word/styles.xml": `<w:styles ` + wordNS + `><w:style w:styleId="Q"><w:pPr><w:numPr><w:ilvl w:val="42"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`,
	})
	got, err := extractDOCX(data)
	if err != nil || !reflect.DeepEqual(got, [][]string{{"a"}}) {
		t.Errorf("got %q, %v; want the text without a number", got, err)
	}
}

// docxWithout returns a zip with no document part.
func docxWithout(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	f, err := z.Create("xl/workbook.xml")
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("<workbook/>"))
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// FuzzExtractDOCX checks that any bytes extract without panic or hang, or
// fail with ErrDamaged. The fixtures seed it whole and, since the fuzzer
// rarely gets a valid zip by mutation, as document parts rewrapped.
func FuzzExtractDOCX(f *testing.F) {
	for _, file := range fixtures(f, "docx", []string{".docx"}) {
		data := []byte(readFile(f, file))
		f.Add(data, false)
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			f.Fatal(err)
		}
		for _, zf := range zr.File {
			if zf.Name == "word/document.xml" {
				rc, _ := zf.Open()
				var b bytes.Buffer
				b.ReadFrom(rc)
				rc.Close()
				f.Add(b.Bytes(), true)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, wrap bool) {
		if wrap {
			// data is a document part: zip it with a fixed numbering part
			data = docxPart(t, data)
		}
		pages, err := extractDOCX(data)
		if err != nil {
			if !errors.Is(err, ErrDamaged) {
				t.Fatalf("error %v does not wrap ErrDamaged", err)
			}
			return
		}
		if len(pages) == 0 {
			t.Fatal("no pages and no error")
		}
		checkClean(t, Clean(pages))
	})
}

// docxPart zips a raw document part with a small numbering part.
func docxPart(t *testing.T, doc []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, data := range map[string][]byte{
		"word/document.xml": doc,
		"word/numbering.xml": []byte(`<w:numbering ` + wordNS + `><w:abstractNum w:abstractNumId="10">` +
			lvl("0", "1", "decimal", "%1.%2.%9") + lvl("1", "0", "lowerRoman", "(%2)") +
			`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>` +
			`<w:num w:numId="2"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="-3"/></w:lvlOverride></w:num></w:numbering>`),
	} {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestDOCXHeaderLines: the letterhead in the page header, the same header
// for the first page and the rest, read once; no footer.
func TestDOCXHeaderLines(t *testing.T) {
	data := docx(t, p("Our ref: FOI-23-1184")+p("Dear"), map[string]string{
		"word/_rels/document.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>` +
			`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`,
		"word/header1.xml": `<w:hdr ` + wordNS + `>` + p("Teifi Valley University Health Board") + p("Glan Teifi Hospital") + `</w:hdr>`,
		"word/header2.xml": `<w:hdr ` + wordNS + `>` + p("Teifi Valley University Health Board") + p("Glan Teifi Hospital") + `</w:hdr>`,
		"word/footer1.xml": `<w:ftr ` + wordNS + `>` + p("Registered office") + `</w:ftr>`,
	})
	_, head, err := extractDOCXPage(data)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := head, []string{"Teifi Valley University Health Board", "Glan Teifi Hospital"}; !reflect.DeepEqual(got, want) {
		t.Errorf("header lines = %q, want %q", got, want)
	}
	doc, err := FromBytes("letter.docx", FormatDOCX, data)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Publisher != "Teifi Valley University Health Board" || strings.Contains(doc.Text, "Glan Teifi") {
		t.Errorf("Publisher %q, text %q: want the header's body as publisher and no header in the text", doc.Publisher, doc.Text)
	}
}
