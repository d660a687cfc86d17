package pdftext

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// maxWidthEntries bounds the entries read from a composite font's /W
// array; real fonts have a few hundred.
const maxWidthEntries = 1 << 16

// font is what the walker needs of a font: how to split a string into
// character codes, the text and advance width of each code.
type font struct {
	// twoByte: a composite (Type0) font; codes are two bytes.
	twoByte bool
	// scale turns glyph-space widths into text space: 1/1000, except for
	// Type3 fonts, whose /FontMatrix says.
	scale float64

	// Simple fonts: one entry per code. A code whose text is unknown
	// (no ToUnicode entry and no usable encoding) has mapped false.
	text   [256]string
	mapped [256]bool
	width  [256]float64

	// Composite fonts.
	cidText  map[uint32]string
	cidWidth map[uint32]float64
	dw       float64
	ucs2     bool
}

// code is one character code of a shown string.
type code struct {
	c      uint32
	single bool // a one-byte code: word spacing applies to code 32
}

// codes splits a shown string into character codes.
func (f *font) codes(s string, out []code) []code {
	out = out[:0]
	if f.twoByte {
		for i := 0; i+1 < len(s); i += 2 {
			out = append(out, code{c: uint32(s[i])<<8 | uint32(s[i+1])})
		}
		return out
	}
	for i := 0; i < len(s); i++ {
		out = append(out, code{c: uint32(s[i]), single: true})
	}
	return out
}

// glyph returns the text of a code, whether it is known, and its advance
// width in text space units (before the font size).
func (f *font) glyph(c uint32) (text string, ok bool, w float64) {
	if f.twoByte {
		w, found := f.cidWidth[c]
		if !found {
			w = f.dw
		}
		t, ok := f.cidText[c]
		if !ok && f.ucs2 && c >= 0x20 {
			t, ok = string(rune(c)), true
		}
		return t, ok, w * f.scale
	}
	if c > 255 {
		return "", false, 0
	}
	return f.text[c], f.mapped[c], f.width[c] * f.scale
}

// unknownFont stands in for a font the resources do not define: bytes are
// read as Latin-1 and given an average width, so text is still placed.
func unknownFont() *font {
	f := &font{scale: 0.001}
	for c := 0; c < 256; c++ {
		f.width[c] = 500
		if c == ' ' {
			f.width[c] = 250
		}
		if printable(rune(c)) {
			f.text[c] = string(rune(c))
			f.mapped[c] = true
		}
	}
	return f
}

func printable(r rune) bool {
	return r >= 0x20 && r < 0x7f || r >= 0xa0 && r <= 0xff
}

// loadFont reads a font dictionary. It never fails; what it cannot read
// it leaves unmapped or zero, and a panic inside the library's encoder is
// contained to the encoding step.
func loadFont(v pdf.Value) *font {
	if v.Kind() != pdf.Dict {
		return unknownFont()
	}
	var tu *toUnicode
	if s := v.Key("ToUnicode"); s.Kind() == pdf.Stream {
		tu = parseCMap(readStream(s, maxCMapBytes))
	}
	if v.Key("Subtype").Name() == "Type0" {
		return loadComposite(v, tu)
	}
	return loadSimple(v, tu)
}

// readStream reads at most limit decoded bytes of a stream; a stream the
// library cannot decode reads as empty.
func readStream(s pdf.Value, limit int64) (data []byte) {
	defer func() {
		if recover() != nil {
			data = nil
		}
	}()
	rc := s.Reader()
	defer rc.Close()
	data, _ = io.ReadAll(io.LimitReader(rc, limit))
	return data
}

func loadSimple(v pdf.Value, tu *toUnicode) *font {
	f := &font{scale: 0.001}
	if v.Key("Subtype").Name() == "Type3" {
		if m := v.Key("FontMatrix"); m.Len() >= 1 && m.Index(0).Float64() != 0 {
			f.scale = m.Index(0).Float64()
			if f.scale < 0 {
				f.scale = -f.scale
			}
		}
	}
	simpleWidths(f, v)
	simpleEncoding(f, v)
	if tu != nil {
		for c, t := range tu.text {
			if c < 256 && t != "" {
				f.text[c], f.mapped[c] = t, true
			}
		}
	}
	return f
}

func simpleWidths(f *font, v pdf.Value) {
	widths := v.Key("Widths")
	missing := v.Key("FontDescriptor").Key("MissingWidth").Float64()
	if widths.Len() == 0 && f.scale == 0.001 {
		// A standard font without metrics (older producers): an average
		// width keeps the glyphs of a string in order and a space a space.
		for c := range f.width {
			f.width[c] = 500
		}
		f.width[' '] = 250
		return
	}
	for c := range f.width {
		f.width[c] = missing
	}
	first := int(v.Key("FirstChar").Int64())
	n := widths.Len()
	for i := 0; i < n; i++ {
		c := first + i
		if c < 0 || c > 255 {
			continue
		}
		f.width[c] = widths.Index(i).Float64()
	}
}

// simpleEncoding fills the text of each code from the font's /Encoding,
// using the library's tables (WinAnsi, MacRoman, /Differences with the
// standard glyph names).
func simpleEncoding(f *font, v pdf.Value) {
	enc := v.Key("Encoding")
	// The library's encoder for any other encoding name reads the font's
	// ToUnicode map with its own interpreter, which a damaged map can hang;
	// that map is read here instead.
	if name := enc.Name(); enc.Kind() == pdf.Null || enc.Kind() == pdf.Name && name != "WinAnsiEncoding" && name != "MacRomanEncoding" {
		// No encoding: the font's built-in one, which for text fonts is
		// in practice Latin. The ToUnicode map, applied next, corrects it.
		for c := 0; c < 256; c++ {
			if printable(rune(c)) {
				f.text[c], f.mapped[c] = string(rune(c)), true
			}
		}
		return
	}
	decode := libraryDecoder(v)
	for c := 0; c < 256; c++ {
		t := decode(byte(c))
		if t == "" || t == "\uFFFD" {
			continue
		}
		if !utf8.ValidString(t) {
			t = string(rune(c))
		}
		if r, _ := utf8.DecodeRuneInString(t); r < 0x20 {
			continue
		}
		f.text[c], f.mapped[c] = t, true
	}
	if f.text[0xad] == "\u00ad" && (enc.Name() == "WinAnsiEncoding" || enc.Key("BaseEncoding").Name() == "WinAnsiEncoding") {
		// WinAnsiEncoding gives the hyphen glyph a second code, 255
		// octal, which Latin-1 reads as a soft hyphen: printed, it is a
		// hyphen ("NPT-FOI-25-0156"), and the clean-up, which drops
		// soft hyphens, would join the reference up.
		f.text[0xad] = "-"
	}
	// Glyph names the library does not know but that spell their code
	// point: uniXXXX and uXXXX.
	diffs := enc.Key("Differences")
	c := -1
	for i := 0; i < diffs.Len() && i < 4096; i++ {
		x := diffs.Index(i)
		if x.Kind() == pdf.Integer {
			c = int(x.Int64())
			continue
		}
		if x.Kind() != pdf.Name {
			continue
		}
		if c >= 0 && c < 256 {
			if r, ok := nameRune(x.Name()); ok {
				f.text[c], f.mapped[c] = string(r), true
			}
		}
		c++
	}
}

// libraryDecoder returns a function decoding one byte with the library's
// encoder for v; a panic in the encoder makes every byte undecodable.
func libraryDecoder(v pdf.Value) func(byte) string {
	var enc pdf.TextEncoding
	func() {
		defer func() {
			if recover() != nil {
				enc = nil
			}
		}()
		fnt := pdf.Font{V: v}
		enc = fnt.Encoder()
	}()
	return func(b byte) (s string) {
		if enc == nil {
			return ""
		}
		defer func() {
			if recover() != nil {
				s = ""
			}
		}()
		return enc.Decode(string([]byte{b}))
	}
}

// nameRune reads the glyph names uniXXXX and uXXXX[XX].
func nameRune(name string) (rune, bool) {
	var hex string
	switch {
	case strings.HasPrefix(name, "uni") && len(name) == 7:
		hex = name[3:]
	case strings.HasPrefix(name, "u") && (len(name) == 5 || len(name) == 7):
		hex = name[1:]
	default:
		return 0, false
	}
	n, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || n < 0x20 || n > utf8.MaxRune {
		return 0, false
	}
	return rune(n), true
}

func loadComposite(v pdf.Value, tu *toUnicode) *font {
	f := &font{twoByte: true, scale: 0.001, dw: 1000, cidWidth: make(map[uint32]float64)}
	if tu != nil {
		f.cidText = tu.text
	}
	// A UCS-2 CMap: the code is the text.
	f.ucs2 = strings.Contains(v.Key("Encoding").Name(), "UCS2")
	desc := v.Key("DescendantFonts").Index(0)
	if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
		f.dw = dw.Float64()
	}
	cidWidths(f, desc.Key("W"))
	return f
}

// cidWidths reads a /W array in both of its forms: c [w1 w2 ...] and
// cfirst clast w.
func cidWidths(f *font, w pdf.Value) {
	n := w.Len()
	entries := 0
	for i := 0; i < n && entries < maxWidthEntries; {
		first := w.Index(i)
		if first.Kind() != pdf.Integer || i+1 >= n {
			return
		}
		c := uint32(first.Int64())
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && entries < maxWidthEntries; j++ {
				f.cidWidth[c+uint32(j)] = next.Index(j).Float64()
				entries++
			}
			i += 2
			continue
		}
		if i+2 >= n {
			return
		}
		last := uint32(next.Int64())
		width := w.Index(i + 2).Float64()
		for x := c; x <= last && entries < maxWidthEntries; x++ {
			f.cidWidth[x] = width
			entries++
		}
		i += 3
	}
}
