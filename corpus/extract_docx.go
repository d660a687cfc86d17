package corpus

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// maxDOCXPart is the most uncompressed bytes read from all parts of one
// DOCX together. Letters are far smaller; a larger total is a zip bomb or
// not a letter.
const maxDOCXPart = 64 << 20

// errTooLarge reports a DOCX whose parts exceed maxDOCXPart.
var errTooLarge = fmt.Errorf("%w: DOCX unpacks to more than %d MiB (a zip bomb?)", ErrDamaged, maxDOCXPart>>20)

// extractDOCX returns the text of a Word document's body as lines per
// page; explicit page breaks start a new page. Headers, footers, footnotes
// and comments live in other parts and are not read.
//
// Each paragraph is a line, followed by a blank line unless it is a list
// item. Word's automatic list numbers are rebuilt from the numbering part
// ("1. ", "a) ", "(iii) ", "1.2. ", "• " for bullets). A table row is one
// line with its cells separated by TAB (a cell's paragraphs and any tables
// nested in it joined by spaces). Text boxes are read once (the drawing,
// not its VML fallback). Deleted revisions, field instructions and hidden
// text are left out; inserted revisions and field results are read.
//
// Errors wrap ErrDamaged: not a zip archive (an old .doc), no document
// part, malformed XML, or more than 64 MiB unpacked; or ErrEncrypted for a
// document protected by a password.
func extractDOCX(data []byte) ([][]string, error) {
	pages, _, err := extractDOCXPage(data)
	return pages, err
}

// extractDOCXPage is extractDOCX that also returns the lines of the
// page headers, each different header once: where a Word letter keeps its
// letterhead. They are no part of the letter's text (a running header is
// not), and nil when they cannot be read.
func extractDOCXPage(data []byte) ([][]string, []string, error) {
	if bytes.HasPrefix(data, []byte(oleMagic)) {
		return nil, nil, oleError(data)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil, fmt.Errorf("%w: not a DOCX (zip) file: %v", ErrDamaged, err)
	}
	pkg := docxPackage{files: map[string]*zip.File{}, budget: maxDOCXPart}
	for _, f := range zr.File {
		pkg.files[strings.ToLower(strings.TrimPrefix(f.Name, "/"))] = f
	}
	main := pkg.mainPart()
	body, err := pkg.read(main)
	if err != nil {
		return nil, nil, err
	}
	if body == nil {
		return nil, nil, fmt.Errorf("%w: no %s in the DOCX (is it a Word document?)", ErrDamaged, main)
	}
	num := numbering{}
	rels := pkg.related(main)
	if b, err := pkg.read(pick(relTarget(rels, "numbering"), "word/numbering.xml")); err != nil {
		return nil, nil, err
	} else if b != nil {
		num = parseNumbering(b)
	}
	if b, err := pkg.read(pick(relTarget(rels, "styles"), "word/styles.xml")); err != nil {
		return nil, nil, err
	} else if b != nil {
		num.styles = parseStyles(b)
	}
	w := docxWriter{num: &num, counters: map[string]*listCounters{}, used: map[string]bool{}}
	if err := w.walk(body); err != nil {
		return nil, nil, err
	}
	// The headers have a budget of their own: a letterhead is read, or
	// left out, whatever the body took.
	heads := pkg
	heads.budget = maxDOCXPart
	head, err := heads.headerLines(rels)
	if err != nil {
		head = nil
	}
	return w.finish(), head, nil
}

// headerLines returns the lines of the page headers among a part's
// relationships, each different header once, in the order they are
// related. A header's list numbers are not rebuilt: its lines are read
// for the body's name.
func (p *docxPackage) headerLines(rels []relationship) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, r := range rels {
		if relKind(r) != "header" {
			continue
		}
		hb, err := p.read(r.Target)
		if err != nil {
			return nil, err
		}
		if hb == nil {
			continue
		}
		w := docxWriter{num: &numbering{}, counters: map[string]*listCounters{}, used: map[string]bool{}}
		if err := w.walk(hb); err != nil {
			return nil, err
		}
		var lines []string
		for _, pg := range w.finish() {
			for _, l := range pg {
				if strings.TrimSpace(l) != "" {
					lines = append(lines, l)
				}
			}
		}
		if key := strings.Join(lines, "\n"); key != "" && !seen[key] {
			seen[key] = true
			out = append(out, lines...)
		}
	}
	return out, nil
}

// oleMagic starts an OLE compound file: an old Word .doc, or a DOCX
// encrypted with a password (Office wraps those in OLE).
const oleMagic = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

// oleError tells an encrypted DOCX from an old .doc saved under a .docx
// name: only the first holds an "EncryptedPackage" stream, whose name is
// stored in UTF-16.
func oleError(data []byte) error {
	var name []byte
	for _, c := range []byte("EncryptedPackage") {
		name = append(name, c, 0)
	}
	if bytes.Contains(data, name) {
		return fmt.Errorf("%w: the Word document is protected by a password (save a copy without one)", ErrEncrypted)
	}
	return fmt.Errorf("%w: an old Word .doc, not a DOCX (save it as .docx)", ErrDamaged)
}

func pick(s, fallback string) string {
	if s != "" {
		return s
	}
	return fallback
}

// docxPackage is the zip of a DOCX with a budget of bytes left to unpack.
type docxPackage struct {
	files  map[string]*zip.File
	budget int64
}

// read returns a part's bytes, or nil without error when there is no such
// part.
func (p *docxPackage) read(name string) ([]byte, error) {
	f := p.files[strings.ToLower(name)]
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > uint64(p.budget) {
		return nil, errTooLarge
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: cannot open %s in the DOCX: %v", ErrDamaged, name, err)
	}
	defer rc.Close()
	// the size in the directory may lie; count what actually comes out
	b, err := io.ReadAll(io.LimitReader(rc, p.budget+1))
	if err != nil {
		return nil, fmt.Errorf("%w: cannot unpack %s in the DOCX: %v", ErrDamaged, name, err)
	}
	if int64(len(b)) > p.budget {
		return nil, errTooLarge
	}
	p.budget -= int64(len(b))
	return b, nil
}

// mainPart returns the name of the document part: the package's
// officeDocument relationship, else word/document.xml.
func (p *docxPackage) mainPart() string {
	b, err := p.read("_rels/.rels")
	if err != nil || b == nil {
		return "word/document.xml"
	}
	for _, r := range parseRels(b) {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			return strings.TrimPrefix(path.Clean("/"+r.Target), "/")
		}
	}
	return "word/document.xml"
}

// related returns part's relationships in the order they are listed,
// their targets as package paths; none when they cannot be read.
func (p *docxPackage) related(part string) []relationship {
	dir, file := path.Split(part)
	b, err := p.read(dir + "_rels/" + file + ".rels")
	if err != nil || b == nil {
		return nil
	}
	rels := parseRels(b)
	for i, r := range rels {
		target := r.Target
		if !strings.HasPrefix(target, "/") {
			target = dir + target
		}
		rels[i].Target = strings.TrimPrefix(path.Clean("/"+target), "/")
	}
	return rels
}

// relKind is the last word of a relationship's type: "numbering",
// "styles", "header".
func relKind(r relationship) string { return r.Type[strings.LastIndex(r.Type, "/")+1:] }

// relTarget returns the target of the last relationship of a kind, or "".
func relTarget(rels []relationship, kind string) string {
	target := ""
	for _, r := range rels {
		if relKind(r) == kind {
			target = r.Target
		}
	}
	return target
}

type relationship struct {
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
}

func parseRels(b []byte) []relationship {
	var rels struct {
		R []relationship `xml:"Relationship"`
	}
	if err := xml.Unmarshal(b, &rels); err != nil {
		return nil
	}
	return rels.R
}

// numLevel is one level of a list definition.
type numLevel struct {
	Ilvl    int  `xml:"ilvl,attr"`
	Start   *val `xml:"start"`
	NumFmt  *val `xml:"numFmt"`
	LvlText *val `xml:"lvlText"`
	PStyle  *val `xml:"pStyle"`
	IsLgl   *val `xml:"isLgl"`
}

// val is an element whose value is its w:val attribute.
type val struct {
	Val string `xml:"val,attr"`
}

func (v *val) int(def int) int {
	if v == nil {
		return def
	}
	n, err := strconv.Atoi(strings.TrimSpace(v.Val))
	if err != nil {
		return def
	}
	return n
}

func (v *val) str(def string) string {
	if v == nil {
		return def
	}
	return v.Val
}

// numInstance is a w:num: a list definition with its overrides.
type numInstance struct {
	abstract string
	starts   map[int]int       // w:startOverride by level
	levels   map[int]*numLevel // full w:lvl overrides by level
}

// numPr is a paragraph's (or style's) numbering: list and level.
type numPr struct {
	numID  string
	ilvl   int
	hasNum bool
	hasLvl bool
}

// numbering is what the numbering and styles parts say about lists.
type numbering struct {
	abstracts map[string]map[int]*numLevel
	nums      map[string]numInstance
	styles    map[string]styleDef
}

// styleDef is the part of a paragraph style that matters here.
type styleDef struct {
	basedOn string
	num     numPr
}

func parseNumbering(b []byte) numbering {
	var doc struct {
		Abstract []struct {
			ID           string      `xml:"abstractNumId,attr"`
			Lvl          []*numLevel `xml:"lvl"`
			StyleLink    *val        `xml:"styleLink"`
			NumStyleLink *val        `xml:"numStyleLink"`
		} `xml:"abstractNum"`
		Num []struct {
			ID       string `xml:"numId,attr"`
			Abstract val    `xml:"abstractNumId"`
			Override []struct {
				Ilvl  int       `xml:"ilvl,attr"`
				Start *val      `xml:"startOverride"`
				Lvl   *numLevel `xml:"lvl"`
			} `xml:"lvlOverride"`
		} `xml:"num"`
	}
	n := numbering{abstracts: map[string]map[int]*numLevel{}, nums: map[string]numInstance{}}
	// a damaged numbering part costs the list numbers, not the letter
	_ = xml.Unmarshal(b, &doc)
	// A definition that only names a list style (w:numStyleLink) takes its
	// levels from the definition that defines that style (w:styleLink).
	defines := map[string]string{}
	redirect := map[string]string{}
	for _, a := range doc.Abstract {
		if a.StyleLink != nil {
			defines[a.StyleLink.Val] = a.ID
		}
	}
	for _, a := range doc.Abstract {
		if a.NumStyleLink != nil && len(a.Lvl) == 0 {
			if id, ok := defines[a.NumStyleLink.Val]; ok {
				redirect[a.ID] = id
			}
		}
	}
	for _, a := range doc.Abstract {
		levels := map[int]*numLevel{}
		for _, l := range a.Lvl {
			if l.Ilvl >= 0 && l.Ilvl < 9 {
				levels[l.Ilvl] = l
			}
		}
		n.abstracts[a.ID] = levels
	}
	for _, m := range doc.Num {
		abstract := m.Abstract.Val
		if id, ok := redirect[abstract]; ok {
			abstract = id
		}
		inst := numInstance{abstract: abstract, starts: map[int]int{}, levels: map[int]*numLevel{}}
		for _, o := range m.Override {
			if o.Ilvl < 0 || o.Ilvl >= 9 {
				continue
			}
			if o.Start != nil {
				inst.starts[o.Ilvl] = o.Start.int(1)
			}
			if o.Lvl != nil {
				inst.levels[o.Ilvl] = o.Lvl
				if o.Lvl.Start != nil && o.Start == nil {
					inst.starts[o.Ilvl] = o.Lvl.Start.int(1)
				}
			}
		}
		n.nums[m.ID] = inst
	}
	return n
}

func parseStyles(b []byte) map[string]styleDef {
	var doc struct {
		Style []struct {
			ID      string `xml:"styleId,attr"`
			BasedOn *val   `xml:"basedOn"`
			PPr     struct {
				NumPr *struct {
					NumID *val `xml:"numId"`
					Ilvl  *val `xml:"ilvl"`
				} `xml:"numPr"`
			} `xml:"pPr"`
		} `xml:"style"`
	}
	_ = xml.Unmarshal(b, &doc)
	out := map[string]styleDef{}
	for _, s := range doc.Style {
		d := styleDef{basedOn: s.BasedOn.str("")}
		if p := s.PPr.NumPr; p != nil {
			d.num = numPr{numID: p.NumID.str(""), ilvl: p.Ilvl.int(0), hasNum: p.NumID != nil, hasLvl: p.Ilvl != nil}
		}
		out[s.ID] = d
	}
	return out
}

// styleNum returns the numbering a paragraph style gives, following
// basedOn (at most a few steps: chains are short, loops are possible).
func (n *numbering) styleNum(id string) numPr {
	var out numPr
	for range 10 {
		s, ok := n.styles[id]
		if !ok {
			break
		}
		if !out.hasNum && s.num.hasNum {
			out.numID, out.hasNum = s.num.numID, true
		}
		if !out.hasLvl && s.num.hasLvl {
			out.ilvl, out.hasLvl = s.num.ilvl, true
		}
		id = s.basedOn
	}
	return out
}

// level returns the definition of level ilvl in list numID.
func (n *numbering) level(numID string, ilvl int) *numLevel {
	inst, ok := n.nums[numID]
	if !ok {
		return nil
	}
	if l := inst.levels[ilvl]; l != nil && (l.NumFmt != nil || l.LvlText != nil) {
		return l
	}
	return n.abstracts[inst.abstract][ilvl]
}

// styleLevel returns the level of list numID that names style as its
// paragraph style, or -1.
func (n *numbering) styleLevel(numID, style string) int {
	inst, ok := n.nums[numID]
	if !ok || style == "" {
		return -1
	}
	for i, l := range n.abstracts[inst.abstract] {
		if l.PStyle != nil && l.PStyle.Val == style {
			return i
		}
	}
	return -1
}

// docxPara is a paragraph being read.
type docxPara struct {
	lines      []strings.Builder
	pageBreaks []int // indexes into lines before which a page breaks
	style      string
	num        numPr
	breakFirst bool // w:pageBreakBefore
}

func (p *docxPara) cur() *strings.Builder {
	if len(p.lines) == 0 {
		p.lines = append(p.lines, strings.Builder{})
	}
	return &p.lines[len(p.lines)-1]
}

func (p *docxPara) newLine() {
	p.cur()
	p.lines = append(p.lines, strings.Builder{})
}

// docxTable is a table being read.
type docxTable struct {
	// cell is the cell being read, a paragraph an entry (with the line
	// breaks inside it); cells, the lines of each cell of the row being
	// read; rows, the rows read: an outermost table is written when it
	// ends, a row a line with its cells separated by TAB, unless it is a
	// letterhead.
	cell  []string
	cells [][]string
	rows  [][][]string
}

// rowText is a row's cells as one line of text, each cell's lines joined
// by spaces and the cells by sep.
func rowText(cells [][]string, sep string) string {
	texts := make([]string, len(cells))
	for k, c := range cells {
		texts[k] = strings.Join(c, " ")
	}
	return strings.Join(texts, sep)
}

// docxWriter walks document.xml and writes lines.
type docxWriter struct {
	num      *numbering
	counters map[string]*listCounters // numbering state by list definition (abstractNum)
	used     map[string]bool          // lists (numId) already seen, for start overrides
	pages    [][]string
	lines    []string
	paras    []*docxPara
	tables   []*docxTable
	fields   []bool // per open complex field: still in its instructions
	lastList bool   // the last body paragraph was a list item
	hidden   bool   // the current run is hidden text (w:vanish)
}

const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// skipped reports whether a Word element's content is never letter text:
// deletions, field instructions, revision records of properties, table
// and section properties, ruby annotations and note references.
func skipped(local string) bool {
	switch local {
	case "del", "moveFrom", "instrText", "delText", "delInstrText",
		"pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "numberingChange",
		"tblPr", "tblGrid", "trPr", "tcPr", "sectPr", "sdtPr", "sdtEndPr",
		"rt", "footnoteReference", "endnoteReference", "commentReference":
		return true
	}
	return false
}

// walk reads the document part.
func (w *docxWriter) walk(body []byte) error {
	d := xml.NewDecoder(bytes.NewReader(body))
	var alt []bool // per open mc:AlternateContent: a choice was taken
	depth := 0
	pPr, rPr := -1, -1 // depth of an open w:pPr / w:rPr, else -1
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("%w: the DOCX's document XML is malformed: %v", ErrDamaged, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if t.Name.Space == nsMC {
				switch t.Name.Local {
				case "AlternateContent":
					alt = append(alt, false)
				case "Choice", "Fallback":
					if len(alt) > 0 && alt[len(alt)-1] {
						if err := d.Skip(); err != nil {
							return fmt.Errorf("%w: the DOCX's document XML is malformed: %v", ErrDamaged, err)
						}
						depth--
						continue
					}
					if len(alt) > 0 {
						alt[len(alt)-1] = true
					}
				}
				continue
			}
			if t.Name.Space != nsW && t.Name.Space != nsWStrict {
				continue
			}
			if skipped(t.Name.Local) {
				if err := d.Skip(); err != nil {
					return fmt.Errorf("%w: the DOCX's document XML is malformed: %v", ErrDamaged, err)
				}
				depth--
				continue
			}
			if t.Name.Local == "t" {
				var s string
				if err := d.DecodeElement(&s, &t); err != nil {
					return fmt.Errorf("%w: the DOCX's document XML is malformed: %v", ErrDamaged, err)
				}
				depth--
				w.text(s, preserveSpace(t))
				continue
			}
			switch {
			case t.Name.Local == "pPr" && pPr < 0:
				pPr = depth
			case t.Name.Local == "rPr" && pPr < 0:
				rPr = depth
			}
			w.start(t, pPr >= 0, rPr >= 0)
		case xml.EndElement:
			if depth == pPr {
				pPr = -1
			}
			if depth == rPr {
				rPr = -1
			}
			depth--
			if t.Name.Space == nsMC && t.Name.Local == "AlternateContent" && len(alt) > 0 {
				alt = alt[:len(alt)-1]
			}
			if t.Name.Space == nsW || t.Name.Space == nsWStrict {
				w.end(t.Name.Local)
			}
		}
	}
	return nil
}

// preserveSpace reports whether a w:t keeps its edge spaces
// (xml:space="preserve"); without it XML lets them go.
func preserveSpace(t xml.StartElement) bool {
	for _, a := range t.Attr {
		if a.Name.Local == "space" && a.Value == "preserve" {
			return true
		}
	}
	return false
}

// wattr returns the value of an attribute by local name (w:val, w:type).
func wattr(t xml.StartElement, local string) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// on reports whether a toggle property (w:vanish, w:pageBreakBefore) is
// on: present, with no w:val or a true one.
func on(t xml.StartElement) bool {
	v, ok := wattr(t, "val")
	return !ok || (v != "0" && v != "false" && v != "off")
}

// para returns the innermost open paragraph, or nil.
func (w *docxWriter) para() *docxPara {
	if len(w.paras) == 0 {
		return nil
	}
	return w.paras[len(w.paras)-1]
}

// write adds text to the open paragraph, unless it is hidden or a field's
// instructions.
func (w *docxWriter) write(s string) {
	p := w.para()
	if p == nil || w.hidden || (len(w.fields) > 0 && w.fields[len(w.fields)-1]) {
		return
	}
	p.cur().WriteString(s)
}

func (w *docxWriter) text(s string, preserve bool) {
	if !preserve {
		s = strings.Trim(s, " \t\r\n")
	}
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
	w.write(s)
}

// symbol returns the text of a w:sym character: the common bullets and
// arrows of the Symbol and Wingdings fonts, the Symbol font's ASCII range,
// or the character itself; "" for one that cannot be text.
func symbol(n uint64) string {
	switch n {
	case 0xF0B7:
		return "•"
	case 0xF0A7:
		return "▪"
	case 0xF0D8:
		return "➢"
	case 0xF0FC:
		return "✓"
	case 0xF0E0:
		return "→"
	case 0xF06F:
		return "□"
	}
	switch {
	case n >= 0xF020 && n < 0xF07F:
		return string(rune(n - 0xF000))
	case n >= 0x20 && n <= 0x10FFFF && (n < 0xD800 || n > 0xDFFF):
		return string(rune(n))
	}
	return ""
}

// start handles an opening Word element. inPPr and inRPr tell whether it
// lies in paragraph or run properties.
func (w *docxWriter) start(t xml.StartElement, inPPr, inRPr bool) {
	p := w.para()
	switch t.Name.Local {
	case "p":
		w.paras = append(w.paras, &docxPara{})
	case "pStyle":
		if inPPr && p != nil {
			p.style, _ = wattr(t, "val")
		}
	case "numId":
		if inPPr && p != nil {
			p.num.numID, _ = wattr(t, "val")
			p.num.hasNum = true
		}
	case "ilvl":
		if inPPr && p != nil {
			v, _ := wattr(t, "val")
			if n, err := strconv.Atoi(v); err == nil && n >= 0 && n < 9 {
				p.num.ilvl, p.num.hasLvl = n, true
			}
		}
	case "pageBreakBefore":
		if inPPr && p != nil && on(t) {
			p.breakFirst = true
		}
	case "r":
		w.hidden = false
	case "vanish", "webHidden", "specVanish":
		if inRPr && !inPPr && on(t) {
			w.hidden = true
		}
	case "tab", "ptab":
		if !inPPr {
			w.write("\t")
		}
	case "br", "cr":
		if inPPr || p == nil || w.hidden {
			return
		}
		if typ, _ := wattr(t, "type"); typ == "page" && len(w.tables) == 0 {
			p.newLine()
			p.pageBreaks = append(p.pageBreaks, len(p.lines)-1)
			return
		}
		p.newLine()
	case "sym":
		c, _ := wattr(t, "char")
		if n, err := strconv.ParseUint(c, 16, 32); err == nil {
			w.write(symbol(n))
		}
	case "noBreakHyphen":
		w.write("-")
	case "softHyphen":
		w.write("\u00ad")
	case "fldChar":
		switch typ, _ := wattr(t, "fldCharType"); typ {
		case "begin":
			w.fields = append(w.fields, true)
		case "separate":
			if len(w.fields) > 0 {
				w.fields[len(w.fields)-1] = false
			}
		case "end":
			if len(w.fields) > 0 {
				w.fields = w.fields[:len(w.fields)-1]
			}
		}
	case "tbl":
		if len(w.tables) == 0 && len(w.paras) == 0 {
			w.blank()
		}
		w.tables = append(w.tables, &docxTable{})
	case "tr":
		if len(w.tables) > 0 {
			w.tables[len(w.tables)-1].cells = nil
		}
	case "tc":
		if len(w.tables) > 0 {
			w.tables[len(w.tables)-1].cell = nil
		}
	}
}

// end handles a closing Word element.
func (w *docxWriter) end(local string) {
	switch local {
	case "p":
		if len(w.paras) == 0 {
			return
		}
		p := w.paras[len(w.paras)-1]
		w.paras = w.paras[:len(w.paras)-1]
		w.paragraph(p)
	case "r":
		w.hidden = false
	case "tc":
		if t := w.table(); t != nil {
			t.cells = append(t.cells, strings.Split(strings.Join(t.cell, "\n"), "\n"))
			t.cell = nil
		}
	case "tr":
		t := w.table()
		if t == nil {
			return
		}
		if len(w.tables) == 1 {
			t.rows = append(t.rows, t.cells)
		} else {
			// a nested table's rows read as text in the enclosing cell
			parent := w.tables[len(w.tables)-2]
			if row := strings.TrimSpace(rowText(t.cells, " ")); row != "" {
				parent.cell = append(parent.cell, row)
			}
		}
		t.cells = nil
	case "tbl":
		if len(w.tables) == 0 {
			return
		}
		t := w.tables[len(w.tables)-1]
		w.tables = w.tables[:len(w.tables)-1]
		if len(w.tables) == 0 {
			if len(t.rows) == 1 && w.letterhead(t.rows[0]) {
				// A letterhead set out in a table of one row (the
				// address in one cell, the reference and date in
				// another): each of its lines is a line, as the page
				// shows them.
				for _, c := range t.rows[0] {
					for _, l := range c {
						w.bodyLine(l)
					}
				}
			} else {
				for _, r := range t.rows {
					w.bodyLine(rowText(r, "\t"))
				}
			}
			w.blank()
			w.lastList = false
		}
	}
}

// letterhead reports whether the cells of a table's only row are a
// letterhead's: no salutation comes before it, and a cell holds three
// short lines or more, as an address does, none of them asking. A
// question-and-answer table comes after the salutation, or holds
// questions.
func (w *docxWriter) letterhead(cells [][]string) bool {
	for _, l := range w.lines {
		if reSalutation.MatchString(strings.TrimSpace(l)) {
			return false
		}
	}
	address := false
	for _, c := range cells {
		short := len(c) >= 3
		for _, l := range c {
			if strings.Contains(l, "?") {
				return false
			}
			short = short && len(l) <= 60
		}
		address = address || short
	}
	return address
}

// reSalutation opens a letter's body: "Dear", "Dear Ms Arkwright".
var reSalutation = mustRx(`^(?i:dear)\b`)

func (w *docxWriter) table() *docxTable {
	if len(w.tables) == 0 {
		return nil
	}
	return w.tables[len(w.tables)-1]
}

// paragraph writes a finished paragraph where it belongs: into the open
// table cell, or to the body.
func (w *docxWriter) paragraph(p *docxPara) {
	marker := w.marker(p)
	lines := make([]string, len(p.lines))
	text := false
	for i := range p.lines {
		lines[i] = strings.TrimLeft(p.lines[i].String(), " \t")
		text = text || strings.TrimSpace(lines[i]) != ""
	}
	if t := w.table(); t != nil {
		var parts []string
		for _, l := range lines {
			if l = strings.TrimSpace(l); l != "" {
				parts = append(parts, l)
			}
		}
		if len(parts) > 0 {
			// Lines broken inside the paragraph stay apart until the
			// row is written (a letterhead's address keeps them).
			t.cell = append(t.cell, marker+strings.Join(parts, "\n"))
		}
		return
	}
	if p.breakFirst {
		w.newPage()
	}
	if !text {
		for range p.pageBreaks {
			w.newPage()
		}
		return
	}
	list := marker != ""
	if !(list && w.lastList) {
		w.blank()
	}
	w.lastList = list
	breaks := p.pageBreaks
	for i, l := range lines {
		for len(breaks) > 0 && breaks[0] == i {
			w.newPage()
			breaks = breaks[1:]
		}
		if i == 0 {
			l = marker + l
		}
		w.lines = append(w.lines, l)
	}
}

// bodyLine adds a table row to the body.
func (w *docxWriter) bodyLine(s string) {
	if strings.TrimSpace(s) != "" {
		w.lines = append(w.lines, s)
	}
	w.lastList = false
}

// blank ends a paragraph with a blank line, once.
func (w *docxWriter) blank() {
	if n := len(w.lines); n > 0 && w.lines[n-1] != "" {
		w.lines = append(w.lines, "")
	}
}

func (w *docxWriter) newPage() {
	w.pages = append(w.pages, w.lines)
	w.lines = nil
	w.lastList = false
}

// finish returns the pages written.
func (w *docxWriter) finish() [][]string {
	return append(w.pages, w.lines)
}

// listCounters is the numbering state of one list: the last number given
// at each level and whether the level has started.
type listCounters struct {
	n  [9]int
	on [9]bool
}

// marker advances the list the paragraph belongs to, if any, and returns
// its number as text followed by a space ("3. ", "(b) ", "• "), or "".
func (w *docxWriter) marker(p *docxPara) string {
	np := p.num
	if p.style != "" {
		sn := w.num.styleNum(p.style)
		if !np.hasNum {
			np.numID, np.hasNum = sn.numID, sn.hasNum
		}
		if !np.hasLvl {
			if sn.hasLvl {
				np.ilvl = sn.ilvl
			} else if l := w.num.styleLevel(np.numID, p.style); l >= 0 {
				np.ilvl = l
			}
		}
	}
	if !np.hasNum || np.numID == "" || np.numID == "0" || np.ilvl < 0 || np.ilvl >= 9 {
		return ""
	}
	lvl := w.num.level(np.numID, np.ilvl)
	if lvl == nil {
		return ""
	}
	inst := w.num.nums[np.numID]
	key := "a" + inst.abstract
	c := w.counters[key]
	if c == nil {
		c = &listCounters{}
		w.counters[key] = c
	}
	if !w.used[np.numID] {
		// a list instance with start overrides restarts the list where it
		// is first used; one without continues the numbering of its
		// definition, as Word does
		w.used[np.numID] = true
		for l, s := range inst.starts {
			c.n[l], c.on[l] = s-1, true
			for d := l + 1; d < 9; d++ {
				c.on[d] = false
			}
		}
	}
	if c.on[np.ilvl] {
		c.n[np.ilvl]++
	} else {
		c.n[np.ilvl], c.on[np.ilvl] = lvl.Start.int(1), true
	}
	for d := np.ilvl + 1; d < 9; d++ {
		c.on[d] = false
	}
	return w.formatMarker(np.numID, np.ilvl, lvl, c)
}

// formatMarker writes a level's w:lvlText with the current numbers.
func (w *docxWriter) formatMarker(numID string, ilvl int, lvl *numLevel, c *listCounters) string {
	format := lvl.NumFmt.str("decimal")
	if format == "bullet" {
		return "• "
	}
	text := lvl.LvlText.str("%" + strconv.Itoa(ilvl+1) + ".")
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		if text[i] != '%' || i+1 >= len(text) || text[i+1] < '1' || text[i+1] > '9' {
			b.WriteByte(text[i])
			continue
		}
		k := int(text[i+1] - '1')
		i++
		def := w.num.level(numID, k)
		if def == nil {
			continue
		}
		n := def.Start.int(1)
		if c.on[k] {
			n = c.n[k]
		}
		f := def.NumFmt.str("decimal")
		if lvl.IsLgl != nil && lvl.IsLgl.Val != "0" && lvl.IsLgl.Val != "false" {
			f = "decimal" // legal numbering: "1.1" even under a roman level
		}
		b.WriteString(formatNumber(n, f))
	}
	s := strings.TrimSpace(b.String())
	if s == "" {
		return ""
	}
	return s + " "
}

// formatNumber writes n in a Word number format; formats not listed are
// written as decimal numbers.
func formatNumber(n int, format string) string {
	switch format {
	case "none":
		return ""
	case "lowerLetter":
		return alpha(n, false)
	case "upperLetter":
		return alpha(n, true)
	case "lowerRoman":
		return roman(n, false)
	case "upperRoman":
		return roman(n, true)
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "ordinal":
		return strconv.Itoa(n) + ordinalSuffix(n)
	}
	return strconv.Itoa(n)
}

func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}
