package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"

	"github.com/ledongthuc/pdf"
)

// Limits bound the work done on one page, so that a pathological content
// stream costs bounded time and memory. When a limit is reached the page's
// text so far is kept and Page.Truncated is set.
type Limits struct {
	// Ops is the most content-stream operators executed on one page,
	// counting those inside Form XObjects.
	Ops int
	// DocumentOps is the most operators executed over all the pages an
	// Extractor reads; pages after it is spent come back Truncated.
	DocumentOps int
	// Glyphs is the most glyphs kept from one page.
	Glyphs int
	// Depth is the deepest nesting of Form XObjects followed.
	Depth int
	// Forms is the most Form XObjects drawn on one page.
	Forms int
	// StreamBytes is the most decoded bytes of one content stream; a
	// larger stream (a decompression bomb) is skipped, not read.
	StreamBytes int64
	// PageBytes is the most decoded content bytes read for one page,
	// forms included (a small form drawn many times).
	PageBytes int64
	// DocumentBytes is the most decoded content bytes an Extractor reads
	// over all pages (many pages that are each a decompression bomb).
	DocumentBytes int64
}

// DefaultLimits are generous for real letters (a dense page has a few
// thousand operators and glyphs) and stop hostile input within a second or
// so of work.
func DefaultLimits() Limits {
	return Limits{Ops: 1_000_000, DocumentOps: 10_000_000, Glyphs: 200_000, Depth: 12, Forms: 2_000, StreamBytes: 16 << 20, PageBytes: 32 << 20, DocumentBytes: 256 << 20}
}

// Page is the text found on one page.
type Page struct {
	// Lines are the page's text lines, top to bottom; words are separated
	// by one space and wide gaps (table columns, tab stops) by one tab.
	Lines []string
	// Glyphs counts the visible-character glyphs drawn (spaces excluded),
	// Unmapped those among them whose text the font does not give.
	Glyphs, Unmapped int
	// Images counts images drawn (image XObjects and inline images).
	Images int
	// Truncated reports that a limit was reached or the content broke off;
	// Lines hold what was read before.
	Truncated bool
}

// limitReached is the panic value that unwinds the walker when a Limits
// bound is hit; Extract recovers it.
type limitReached struct{ what string }

// Extractor extracts the pages of one document, sharing parsed fonts
// between them. Fonts are shared by their dictionary's content as written
// (references included), which identifies a font object; they are never
// shared by resource name, since merged files reuse /F1 for different
// fonts. An Extractor is not safe for concurrent use.
type Extractor struct {
	lim   Limits
	fonts map[string]*font
	named map[namedFont]*font
	// carried is what a table that ran to the foot of the page extracted
	// last carries to the next page (carry{}: none).
	carried carry
	ops     int   // operators executed so far, for lim.DocumentOps
	bytes   int64 // content decoded so far, for lim.DocumentBytes
}

// glyphBuffers holds pages' glyph buffers for the pages after them, in
// this document or the next: growing one for every page was a good part
// of the allocation of reading a letter. A Page holds only strings built
// from the glyphs, so a buffer is free once its page is built.
var glyphBuffers = sync.Pool{New: func() any { return new([]glyph) }}

// maxPooledGlyphs bounds the buffers kept: a page of many glyphs is rare,
// and its buffer is left to the collector.
const maxPooledGlyphs = 1 << 15

// NewExtractor returns an Extractor that bounds each page's work by lim.
func NewExtractor(lim Limits) *Extractor {
	return &Extractor{lim: lim, fonts: make(map[string]*font), named: make(map[namedFont]*font)}
}

// Extract returns the text of page p (a page dictionary) within lim. It
// is NewExtractor(lim).Extract(p): use an Extractor for a whole document.
func Extract(p pdf.Value, lim Limits) (Page, error) {
	return NewExtractor(lim).Extract(p)
}

// Flush returns, as the lines to end the document with, what the last
// page extracted left unfinished: a table row split at its foot that no
// page after it went on with (nil when none). The Extractor forgets it.
func (e *Extractor) Flush() []string {
	r := e.carried.row
	e.carried.row = nil
	if r == nil || r.text == "" {
		return nil
	}
	return []string{"", r.text}
}

// Extract returns the text of page p, a page dictionary. It never panics:
// a failure of the underlying library is returned as an error when no
// text at all was read, and as Page.Truncated otherwise.
func (e *Extractor) Extract(p pdf.Value) (page Page, err error) {
	lim := e.lim
	lim.Ops = min(lim.Ops, lim.DocumentOps-e.ops)
	lim.PageBytes = min(lim.PageBytes, lim.DocumentBytes-e.bytes)
	if lim.Ops <= 0 || lim.PageBytes <= 0 {
		// A row split by the page break before is kept for Flush.
		e.carried = carry{row: e.carried.row}
		return Page{Truncated: true}, nil
	}
	buf := glyphBuffers.Get().(*[]glyph)
	w := &walker{lim: lim, fonts: make(map[fontKey]*font), shared: e.fonts, named: e.named, glyphs: (*buf)[:0], carried: e.carried}
	w.gs = gstate{ctm: identity, th: 1}
	defer func() {
		e.ops += w.ops
		e.bytes += w.bytes
		// Pages are extracted in order: a table goes on to the next page
		// only from this one (w.trailing is set as the page is built,
		// and stays carry{} when it is not).
		e.carried = w.trailing
		r := recover()
		if r != nil {
			if _, ok := r.(limitReached); !ok && len(w.glyphs) == 0 {
				page, err = Page{Images: w.images}, fmt.Errorf("unreadable page content: %v", r)
			} else {
				page = w.page()
				page.Truncated = true
			}
		}
		// The page is built: its glyphs can go.
		if cap(w.glyphs) <= maxPooledGlyphs {
			*buf = w.glyphs[:0]
			glyphBuffers.Put(buf)
		}
	}()
	res := inherited(p, "Resources")
	w.run(p.Key("Contents"), &resources{v: res})
	return w.page(), nil
}

// inherited looks key up on the page and its ancestors in the page tree,
// with a bound, since a damaged file may make /Parent a cycle.
func inherited(p pdf.Value, key string) pdf.Value {
	for i := 0; i < 64 && p.Kind() == pdf.Dict; i++ {
		if v := p.Key(key); !v.IsNull() {
			return v
		}
		p = p.Key("Parent")
	}
	return pdf.Value{}
}

// matrix is an affine transform [a b c d e f], applied to row vectors as
// in the PDF specification: x' = a*x + c*y + e, y' = b*x + d*y + f.
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m followed by n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func translate(x, y float64) matrix { return matrix{1, 0, 0, 1, x, y} }

// advance sets m to translate(tx, 0).mul(m), the text matrix moved along
// its baseline after each glyph run, without building the translation
// and multiplying whole matrices, and in place: it runs once a glyph
// where producers kern every glyph, and a copy of a matrix costs more
// than its arithmetic. Each entry is the sum mul computes, the products
// with the translation's ones and zeros included, so that the result is
// the same to the bit (0*m[2] is not 0 when m[2] is infinite).
func (m *matrix) advance(tx float64) {
	m[0], m[1], m[2], m[3], m[4], m[5] = 1*m[0]+0*m[2], 1*m[1]+0*m[3], 0*m[0]+1*m[2], 0*m[1]+1*m[3], tx*m[0]+0*m[2]+m[4], tx*m[1]+0*m[3]+m[5]
}

// gstate is the part of the graphics state that placing text needs.
type gstate struct {
	ctm                matrix
	tc, tw, th, tl, ts float64
	font               *font
	size               float64
}

// resources is one resource dictionary being drawn with: the page's, or a
// form's. id names it within the page so fonts are cached per dictionary,
// never by bare resource name (merged files reuse /F1 for different fonts).
type resources struct {
	v  pdf.Value
	id string
	// written is v as written (references included), once asked for:
	// the same dictionary names the same fonts on every page.
	written string
	known   bool
}

// asWritten returns res's dictionary as written, or "" when it is too
// long to be worth keeping as a key.
func (res *resources) asWritten() string {
	if !res.known {
		res.known = true
		if s := res.v.String(); len(s) <= maxResourcesKey {
			res.written = s
		}
	}
	return res.written
}

// maxResourcesKey bounds the resource dictionaries whose fonts are
// remembered by their text: a page's is a line or two.
const maxResourcesKey = 4096

// namedFont is a font by the resource dictionary (as written) and the name
// it is drawn with.
type namedFont struct{ res, name string }

type fontKey struct{ res, name string }

type walker struct {
	lim Limits
	// carried is what the table the page before ended in carries to this
	// page (Extractor.carried); trailing, set by page, this page's.
	carried, trailing carry
	ops               int
	bytes             int64 // decoded content read so far
	forms             int
	depth             int
	gs                gstate
	stack             []gstate
	tm, tlm           matrix
	fonts             map[fontKey]*font   // this page's fonts by resource name
	shared            map[string]*font    // the document's fonts by dictionary
	named             map[namedFont]*font // the document's fonts by resources and name
	unknown           *font
	glyphs            []glyph
	path              pathState
	rules             []rule // borders drawn, for ruled tables
	unmapped          int
	images            int
	seq               int
	spaced            bool // a space was drawn since the last glyph
	// spaceAdv is how far the spaces drawn since the last glyph moved the
	// pen, in text space: a TJ offset that takes it all back cancels them.
	spaceAdv float64
	codes    []code
	// scales caches the lengths of the last text space's em vectors
	// (see show): a line is shown in many pieces, all in one matrix but
	// for where it starts.
	scales emScales
	// spans are the open marked-content sections (BDC/BMC ... EMC); the
	// innermost one with an /ActualText replaces the glyphs drawn in it.
	spans []span
}

// span is one open marked-content section.
type span struct {
	actual    string // the /ActualText, when has is true
	has, used bool   // has an /ActualText; its text has been placed
}

// actualSpan returns the innermost open section with an /ActualText.
func (w *walker) actualSpan() *span {
	for i := len(w.spans) - 1; i >= 0; i-- {
		if w.spans[i].has {
			return &w.spans[i]
		}
	}
	return nil
}

func (w *walker) page() Page {
	var lines []string
	lines, w.trailing = buildPageLines(w.glyphs, w.rules, w.carried)
	return Page{Lines: lines, Glyphs: len(w.glyphs) + w.unmapped, Unmapped: w.unmapped, Images: w.images}
}

// run interprets one content stream (or array of streams) with res. A
// page without contents is blank, not broken.
func (w *walker) run(contents pdf.Value, res *resources) {
	if contents.IsNull() {
		return
	}
	buf := contentBuffers.Get().(*bytes.Buffer)
	buf.Reset()
	cut := interpret(w.vet(contents, buf), func(op string, args []operand) {
		w.ops++
		if w.ops > w.lim.Ops {
			panic(limitReached{"too many operators"})
		}
		w.do(op, args, res)
	})
	if cut {
		// The lexer reads such a stream to its end without harm (the
		// library's own would loop), but the stream was cut short: the
		// page keeps what was read and says it broke off.
		panic(errors.New("content stream ends inside a hex string"))
	}
	// The lexer copies what it keeps (names, strings) out of the data.
	// A buffer left by a panic is not put back.
	if buf.Cap() <= maxPooledContent {
		contentBuffers.Put(buf)
	}
}

// contentBuffers keeps buffers for decoded content streams: reading each
// stream into a new slice grown from nothing was much of the allocation
// of extraction.
var contentBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledContent bounds the buffers kept.
const maxPooledContent = 1 << 20

// vet reads and returns the decoded contents (every stream of an array,
// as one) for the lexer. It panics with limitReached when they decode to
// more than lim.StreamBytes (a decompression bomb).
func (w *walker) vet(contents pdf.Value, buf *bytes.Buffer) []byte {
	add := func(s pdf.Value) {
		if s.Kind() != pdf.Stream {
			return
		}
		rc := s.Reader()
		defer rc.Close()
		left := w.lim.StreamBytes + 1 - int64(buf.Len())
		// What was read before an error is kept, as io.ReadAll did.
		_, _ = buf.ReadFrom(io.LimitReader(rc, left))
	}
	if contents.Kind() == pdf.Array {
		for i := 0; i < contents.Len() && int64(buf.Len()) <= w.lim.StreamBytes; i++ {
			add(contents.Index(i))
		}
	} else {
		add(contents)
	}
	data := buf.Bytes()
	if int64(len(data)) > w.lim.StreamBytes {
		panic(limitReached{"content stream too large"})
	}
	w.bytes += int64(len(data))
	if w.bytes > w.lim.PageBytes {
		panic(limitReached{"too much content"})
	}
	return data
}

func num(args []operand, i int) float64 {
	if i >= len(args) {
		return 0
	}
	f := args[i].Float64()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

func matrixArgs(args []operand) (matrix, bool) {
	if len(args) < 6 {
		return matrix{}, false
	}
	args = args[len(args)-6:]
	var m matrix
	for i := range m {
		m[i] = num(args, i)
	}
	return m, true
}

// do executes one operator. Operands are taken from the end of args, so
// stray operands left by unknown operators do not shift them.
func (w *walker) do(op string, args []operand, res *resources) {
	last := func(k int) []operand {
		if len(args) < k {
			return nil
		}
		return args[len(args)-k:]
	}
	switch op {
	case "q":
		if len(w.stack) < 1024 {
			w.stack = append(w.stack, w.gs)
		}
	case "Q":
		// Unbalanced Q is common in merged and edited files: ignore it.
		if n := len(w.stack); n > 0 {
			w.gs = w.stack[n-1]
			w.stack = w.stack[:n-1]
		}
	case "cm":
		if m, ok := matrixArgs(args); ok {
			w.gs.ctm = m.mul(w.gs.ctm)
		}
	case "BT":
		w.tm, w.tlm = identity, identity
	case "Tf":
		if a := last(2); a != nil {
			w.gs.font = w.font(res, a[0].Name())
			w.gs.size = num(a, 1)
		}
	case "Tc":
		if a := last(1); a != nil {
			w.gs.tc = num(a, 0)
		}
	case "Tw":
		if a := last(1); a != nil {
			w.gs.tw = num(a, 0)
		}
	case "Tz":
		if a := last(1); a != nil {
			w.gs.th = num(a, 0) / 100
		}
	case "TL":
		if a := last(1); a != nil {
			w.gs.tl = num(a, 0)
		}
	case "Ts":
		if a := last(1); a != nil {
			w.gs.ts = num(a, 0)
		}
	case "Td", "TD":
		if a := last(2); a != nil {
			if op == "TD" {
				w.gs.tl = -num(a, 1)
			}
			w.tlm = translate(num(a, 0), num(a, 1)).mul(w.tlm)
			w.tm = w.tlm
		}
	case "Tm":
		if m, ok := matrixArgs(args); ok {
			w.tm, w.tlm = m, m
		}
	case "T*":
		w.nextLine()
	case "Tj":
		if a := last(1); a != nil {
			w.show(a[0].RawString())
		}
	case "'":
		if a := last(1); a != nil {
			w.nextLine()
			w.show(a[0].RawString())
		}
	case "\"":
		if a := last(3); a != nil {
			w.gs.tw, w.gs.tc = num(a, 0), num(a, 1)
			w.nextLine()
			w.show(a[2].RawString())
		}
	case "TJ":
		if a := last(1); a != nil {
			w.showArray(a[0])
		}
	case "Do":
		if a := last(1); a != nil {
			w.xobject(res, a[0].Name())
		}
	case "BI":
		w.images++
	case "BMC":
		w.pushSpan(span{})
	case "BDC":
		// Producers mark what glyphs stand for with /ActualText: Chromium
		// draws a soft hyphen as a space glyph marked U+00AD, and tagged
		// PDFs spell out ligatures and symbols. Read the marked text, as
		// pdftotext does.
		sp := span{}
		if a := last(1); a != nil && a[0].kind == opDict {
			if t := a[0].Key("ActualText"); t.kind == opString {
				sp = span{actual: t.Text(), has: true}
			}
		}
		w.pushSpan(sp)
	case "EMC":
		if n := len(w.spans); n > 0 {
			w.spans = w.spans[:n-1]
		}
	case "m", "l", "c", "v", "y", "h", "re", "n", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*":
		w.pathOp(op, args)
	}
}

func (w *walker) nextLine() {
	w.tlm = translate(0, -w.gs.tl).mul(w.tlm)
	w.tm = w.tlm
}

// font returns the font named in res, loading each font object once per
// document.
func (w *walker) font(res *resources, name string) *font {
	key := fontKey{res.id, name}
	if f, ok := w.fonts[key]; ok {
		return f
	}
	// Pages drawn with the same resources (as most of a document's are)
	// find their fonts without looking them up again in the file.
	written := res.asWritten()
	if f, ok := w.named[namedFont{written, name}]; ok && written != "" {
		w.fonts[key] = f
		return f
	}
	v := res.v.Key("Font").Key(name)
	id := v.String()
	f, ok := w.shared[id]
	if !ok {
		f = loadFont(v)
		if v.Kind() == pdf.Dict {
			w.shared[id] = f
		}
	}
	if v.Kind() == pdf.Dict && written != "" {
		w.named[namedFont{written, name}] = f
	}
	w.fonts[key] = f
	return f
}

func (w *walker) showArray(a operand) {
	n := a.Len()
	for i := 0; i < n; i++ {
		x := a.Index(i)
		switch x.kind {
		case opString:
			w.show(x.RawString())
		case opNumber:
			// A number moves the pen left by thousandths of the font size.
			tx := -x.Float64() / 1000 * w.gs.size * w.gs.th
			if !math.IsNaN(tx) && !math.IsInf(tx, 0) {
				w.tm.advance(tx)
				// Ghostscript keeps a space glyph it must not show and
				// takes its width back with an offset: no word break.
				if w.spaced && w.spaceAdv > 0 && tx <= -0.8*w.spaceAdv {
					w.spaced = false
				}
				w.spaceAdv = 0
			}
		}
	}
}

// pushSpan opens a marked-content section, within a bound on nesting.
func (w *walker) pushSpan(sp span) {
	if len(w.spans) < 256 {
		w.spans = append(w.spans, sp)
	}
}

// emScales holds the lengths of a matrix's horizontal and vertical em
// vectors, for the matrix whose first four numbers are a, b, c and d.
type emScales struct {
	a, b, c, d float64
	dx, dy     float64
	set        bool
}

// scalesOf returns the lengths of the horizontal and vertical em vectors
// of a matrix whose first four numbers are a, b, c and d.
func (w *walker) scalesOf(a, b, c, d float64) (dx, dy float64) {
	e := &w.scales
	if !e.set || e.a != a || e.b != b || e.c != c || e.d != d {
		e.a, e.b, e.c, e.d, e.set = a, b, c, d, true
		e.dx, e.dy = math.Hypot(a, b), math.Hypot(c, d)
	}
	return e.dx, e.dy
}

// show draws a string with the current font: each glyph is placed in
// device space, and the text matrix advances past it.
func (w *walker) show(s string) {
	f := w.gs.font
	if f == nil {
		if w.unknown == nil {
			w.unknown = unknownFont()
		}
		f = w.unknown
	}
	g := &w.gs // read only: nothing here changes the graphics state
	// The text matrix times the current transformation matrix, as
	// matrix.mul computes it, in locals: show runs once a glyph where
	// producers kern every glyph, and copies of a matrix cost more than
	// its arithmetic.
	t, c := &w.tm, &g.ctm
	m0, m1 := t[0]*c[0]+t[1]*c[2], t[0]*c[1]+t[1]*c[3]
	m2, m3 := t[2]*c[0]+t[3]*c[2], t[2]*c[1]+t[3]*c[3]
	m4, m5 := t[4]*c[0]+t[5]*c[2]+c[4], t[4]*c[1]+t[5]*c[3]+c[5]
	// The glyph's size on the page is the length of its vertical em
	// vector; its advance along the baseline is scaled by the horizontal
	// one.
	xscale, yscale := w.scalesOf(m0, m1, m2, m3)
	size := math.Abs(g.size) * yscale
	rot := orientation(m0, m1)
	// Text set at a slant (a "DRAFT" or "COPY" watermark across the
	// page) is no line of the letter: laid among its lines, its large
	// letters would join lines that are apart.
	slanted := math.Min(math.Abs(m0), math.Abs(m1)) > maxSlant*math.Max(math.Abs(m0), math.Abs(m1))
	x := 0.0 // pen position along the baseline, in text space
	w.codes = f.codes(s, w.codes)
	for _, c := range w.codes {
		text, ok, adv := f.glyph(c.c)
		isSpace := false
		if sp := w.actualSpan(); sp != nil {
			// The first glyph drawn in the section carries its text; the
			// others are what that text looks like.
			if !sp.used && sp.actual != "" {
				px := m4 + x*m0 + g.ts*m2
				py := m5 + x*m1 + g.ts*m3
				width := math.Abs(adv * g.size * g.th * xscale)
				if strings.TrimSpace(sp.actual) == "" {
					w.spaced = true
				} else if !slanted {
					w.add(px, py, width, size, rot, sp.actual)
				}
			}
			sp.used = true
			ok, text = false, ""
		}
		switch {
		case ok && text != "" && strings.TrimSpace(text) == "":
			// A space is a gap, not a glyph: lines are rebuilt from gaps.
			// But the producer meant a word break here, however narrow
			// the gap it drew (OCR layers squeeze spaces to nothing). A
			// space glyph without any advance is no break: Chromium draws
			// a soft hyphen that way, and Ghostscript keeps the glyph when
			// it drops the marked text that said so.
			if adv > 0 {
				w.spaced = true
				isSpace = true
			}
		case ok && visible(text) && slanted:
			// A watermark's letter: drawn, not read.
		case ok && visible(text):
			px := m4 + x*m0 + g.ts*m2
			py := m5 + x*m1 + g.ts*m3
			width := math.Abs(adv * g.size * g.th * xscale)
			w.add(px, py, width, size, rot, text)
		case c.single && c.c == ' ':
			w.spaced = true
			isSpace = true
		case text == "" && w.actualSpan() != nil:
			// Drawn for an /ActualText placed above.
		default:
			w.unmapped++
		}
		tx := adv*g.size + g.tc
		if c.single && c.c == ' ' {
			tx += g.tw
		}
		x += tx * g.th
		if isSpace {
			w.spaceAdv += tx * g.th
		}
	}
	if !math.IsNaN(x) && !math.IsInf(x, 0) {
		w.tm.advance(x)
	}
}

// visible reports whether a glyph's text is something to keep: not empty
// and free of control characters (which a broken map yields).
func visible(text string) bool {
	if text == "" {
		return false
	}
	for _, r := range text {
		if r < 0x20 && r != '\t' || r == 0x7f || r == '\uFFFD' {
			return false
		}
	}
	return true
}

func (w *walker) add(px, py, width, size float64, rot int8, text string) {
	if len(w.glyphs) >= w.lim.Glyphs {
		panic(limitReached{"too many glyphs"})
	}
	if !finite(px) || !finite(py) || !finite(width) || !finite(size) {
		return
	}
	var x, y float64
	switch rot {
	case 0:
		x, y = px, py
	case 1:
		x, y = py, -px
	case 2:
		x, y = -px, -py
	default:
		x, y = -py, px
	}
	w.seq++
	w.glyphs = append(w.glyphs, glyph{x0: x, x1: x + width, y: y, size: size, rot: rot, text: text, seq: w.seq, spaced: w.spaced})
	w.spaced = false
	w.spaceAdv = 0
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// maxSlant bounds how far a baseline may lean from the nearest axis
// (the tangent of its angle, about 20 degrees) for its text to be read.
const maxSlant = 0.36

// orientation quantises a baseline direction to a quarter turn: 0 for
// left to right, 1 for bottom to top, 2 upside down, 3 top to bottom.
func orientation(a, b float64) int8 {
	if math.Abs(a) >= math.Abs(b) {
		if a >= 0 {
			return 0
		}
		return 2
	}
	if b > 0 {
		return 1
	}
	return 3
}

// xobject draws a Form XObject (text inside overlays and headers is real
// text) and counts images.
func (w *walker) xobject(res *resources, name string) {
	x := res.v.Key("XObject").Key(name)
	switch x.Key("Subtype").Name() {
	case "Image":
		w.images++
		return
	case "Form":
	default:
		return
	}
	if w.depth >= w.lim.Depth {
		return
	}
	w.forms++
	if w.forms > w.lim.Forms {
		panic(limitReached{"too many forms"})
	}
	inner := &resources{v: res.v, id: res.id + "/" + name}
	if r := x.Key("Resources"); r.Kind() == pdf.Dict {
		inner.v = r
	}
	saved, savedStack, tm, tlm := w.gs, len(w.stack), w.tm, w.tlm
	if m := x.Key("Matrix"); m.Len() == 6 {
		var fm matrix
		for i := range fm {
			fm[i] = m.Index(i).Float64()
		}
		w.gs.ctm = fm.mul(w.gs.ctm)
	}
	w.depth++
	func() {
		// A broken form costs the form, not the page; a limit still stops
		// the whole page.
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(limitReached); ok {
					panic(r)
				}
			}
		}()
		w.run(x, inner)
	}()
	w.depth--
	w.gs, w.stack, w.tm, w.tlm = saved, w.stack[:savedStack], tm, tlm
}
