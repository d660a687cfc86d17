package pdftext

import (
	"unicode/utf16"
)

// maxCMapBytes bounds how much of a ToUnicode stream is read: real maps
// are a few kilobytes, and a hostile one must not cost unbounded memory.
const maxCMapBytes = 4 << 20

// maxRangeCodes bounds the codes one bfrange line may expand to, so that
// <0000> <FFFF> in a hostile map costs at most this many map entries.
const maxRangeCodes = 1 << 16

// toUnicode is a parsed ToUnicode CMap: the text of each character code,
// and the byte lengths its codespace ranges declare.
type toUnicode struct {
	text map[uint32]string
	// widths records which code lengths (1 to 4 bytes) the codespace
	// declares; widths[0] is unused.
	widths [5]bool
}

// parseCMap reads the bfchar and bfrange sections of a ToUnicode CMap.
// It never fails: what it cannot read it skips, so a damaged map yields the
// entries that were readable (possibly none).
func parseCMap(data []byte) *toUnicode {
	m := &toUnicode{text: make(map[uint32]string)}
	lx := cmapLexer{data: data}
	// Operands since the last keyword: the sections are "n beginbfchar
	// <src> <dst> ... endbfchar", so the operands are collected and
	// interpreted when the closing keyword arrives.
	var ops []cmapToken
	for {
		tok, ok := lx.next()
		if !ok {
			break
		}
		if tok.kind != tokKeyword {
			ops = append(ops, tok)
			continue
		}
		switch tok.word {
		case "endcodespacerange":
			for i := 0; i+1 < len(ops); i += 2 {
				if n := len(ops[i].str); ops[i].kind == tokHex && n >= 1 && n <= 4 {
					m.widths[n] = true
				}
			}
		case "endbfchar":
			for i := 0; i+1 < len(ops); i += 2 {
				src, dst := ops[i], ops[i+1]
				if src.kind != tokHex || len(src.str) == 0 || len(src.str) > 4 {
					continue
				}
				if dst.kind == tokHex {
					m.text[codeOf(src.str)] = utf16Text(dst.str)
				}
			}
		case "endbfrange":
			m.addRanges(ops)
		}
		ops = ops[:0]
	}
	return m
}

// addRanges interprets the operands of one bfrange section: triples of
// <lo> <hi> <dst> or <lo> <hi> [<dst1> <dst2> ...].
func (m *toUnicode) addRanges(ops []cmapToken) {
	for i := 0; i+2 < len(ops); {
		lo, hi := ops[i], ops[i+1]
		if lo.kind != tokHex || hi.kind != tokHex || len(lo.str) == 0 || len(lo.str) > 4 || len(hi.str) != len(lo.str) {
			i++
			continue
		}
		a, b := codeOf(lo.str), codeOf(hi.str)
		if b < a || b-a >= maxRangeCodes {
			i += 3
			continue
		}
		if ops[i+2].kind == tokArrayStart {
			j := i + 3
			for c := a; j < len(ops) && ops[j].kind == tokHex; c++ {
				if c <= b {
					m.text[c] = utf16Text(ops[j].str)
				}
				j++
			}
			if j < len(ops) && ops[j].kind == tokArrayEnd {
				j++
			}
			i = j
			continue
		}
		dst := ops[i+2]
		i += 3
		if dst.kind != tokHex || len(dst.str) == 0 {
			continue
		}
		// The destination's last UTF-16 unit counts up through the range
		// (the usual case: <0041> <005A> <0041>).
		base := []byte(dst.str)
		for c := a; c <= b; c++ {
			u := append([]byte(nil), base...)
			off := c - a
			last := uint32(u[len(u)-1]) + off
			u[len(u)-1] = byte(last)
			if len(u) >= 2 {
				u[len(u)-2] += byte(last >> 8)
			}
			m.text[c] = utf16Text(string(u))
		}
	}
}

// codeOf returns a big-endian character code.
func codeOf(s string) uint32 {
	var c uint32
	for i := 0; i < len(s); i++ {
		c = c<<8 | uint32(s[i])
	}
	return c
}

// utf16Text decodes big-endian UTF-16 (a one-byte destination, which some
// producers write, is taken as a code point).
func utf16Text(s string) string {
	if len(s) == 1 {
		return string(rune(s[0]))
	}
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}

type tokenKind int

const (
	tokHex tokenKind = iota
	tokNumber
	tokKeyword
	tokArrayStart
	tokArrayEnd
	tokOther
)

type cmapToken struct {
	kind tokenKind
	str  string // decoded bytes of a hex string
	word string // a keyword
}

// cmapLexer splits a CMap into the few token kinds parseCMap needs.
type cmapLexer struct {
	data []byte
	pos  int
}

func (lx *cmapLexer) next() (cmapToken, bool) {
	d := lx.data
	for lx.pos < len(d) {
		c := d[lx.pos]
		switch {
		case c == '%':
			for lx.pos < len(d) && d[lx.pos] != '\n' && d[lx.pos] != '\r' {
				lx.pos++
			}
		case isSpace(c):
			lx.pos++
		case c == '<' && lx.pos+1 < len(d) && d[lx.pos+1] == '<':
			lx.pos += 2
			return cmapToken{kind: tokOther}, true
		case c == '>' && lx.pos+1 < len(d) && d[lx.pos+1] == '>':
			lx.pos += 2
			return cmapToken{kind: tokOther}, true
		case c == '<':
			return lx.hex(), true
		case c == '[':
			lx.pos++
			return cmapToken{kind: tokArrayStart, word: "["}, true
		case c == ']':
			lx.pos++
			return cmapToken{kind: tokArrayEnd, word: "]"}, true
		case c == '(':
			lx.skipLiteral()
			return cmapToken{kind: tokOther}, true
		case c == '/':
			lx.pos++
			lx.word()
			return cmapToken{kind: tokOther}, true
		default:
			w := lx.word()
			if w == "" {
				lx.pos++ // a stray delimiter
				continue
			}
			if (w[0] >= '0' && w[0] <= '9') || w[0] == '-' || w[0] == '+' || w[0] == '.' {
				return cmapToken{kind: tokNumber}, true
			}
			return cmapToken{kind: tokKeyword, word: w}, true
		}
	}
	return cmapToken{}, false
}

func (lx *cmapLexer) hex() cmapToken {
	str, end := readHex(lx.data, lx.pos+1) // past the '<'
	lx.pos = end
	return cmapToken{kind: tokHex, str: str}
}

func (lx *cmapLexer) skipLiteral() {
	depth := 0
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		lx.pos++
		switch c {
		case '\\':
			lx.pos++
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return
			}
		}
	}
}

func (lx *cmapLexer) word() string {
	start := lx.pos
	for lx.pos < len(lx.data) && !isSpace(lx.data[lx.pos]) && !isDelim(lx.data[lx.pos]) {
		lx.pos++
	}
	return string(lx.data[start:lx.pos])
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func isSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '\f', 0:
		return true
	}
	return false
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}
