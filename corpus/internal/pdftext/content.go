package pdftext

import (
	"strconv"
	"unicode/utf16"
)

// The content-stream lexer. ledongthuc/pdf reads content streams with its
// general object reader, which costs most of the time of extraction; a
// content stream holds only operands and operators, which this reads
// directly from the decoded bytes (already read once for vetting).

// operandKind is the type of a content-stream operand.
type operandKind uint8

const (
	opNull operandKind = iota
	opNumber
	opName
	opString
	opArray
	opDict
	opBool
)

// operand is one operand of a content-stream operator.
type operand struct {
	kind operandKind
	num  float64
	str  string // a name without its slash, or a string's raw bytes
	arr  []operand
	dict map[string]operand
}

// Float64 returns a number operand's value, else 0.
func (o operand) Float64() float64 {
	if o.kind == opNumber {
		return o.num
	}
	return 0
}

// Name returns a name operand without its slash, else "".
func (o operand) Name() string {
	if o.kind == opName {
		return o.str
	}
	return ""
}

// RawString returns a string operand's bytes, else "".
func (o operand) RawString() string {
	if o.kind == opString {
		return o.str
	}
	return ""
}

// Len returns an array operand's length, else 0.
func (o operand) Len() int { return len(o.arr) }

// Index returns an array operand's element i, or a null operand.
func (o operand) Index(i int) operand {
	if i < 0 || i >= len(o.arr) {
		return operand{}
	}
	return o.arr[i]
}

// Key returns a dictionary operand's entry, or a null operand.
func (o operand) Key(k string) operand { return o.dict[k] }

// Text decodes a string operand as a PDF text string: UTF-16BE after a
// byte-order mark, else PDFDocEncoding (read as Latin-1, which it matches
// for letters).
func (o operand) Text() string {
	s := o.str
	if len(s) >= 2 && s[0] == 0xfe && s[1] == 0xff {
		u := make([]uint16, 0, len(s)/2)
		for i := 2; i+1 < len(s); i += 2 {
			u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
		}
		return string(utf16.Decode(u))
	}
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		r[i] = rune(s[i])
	}
	return string(r)
}

// maxNesting bounds arrays and dictionaries within one another.
const maxNesting = 32

// lexer reads content-stream tokens from data.
type lexer struct {
	data []byte
	pos  int
}

func isWhite(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

// skip passes white space and comments.
func (l *lexer) skip() {
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		switch {
		case isWhite(c):
			l.pos++
		case c == '%':
			for l.pos < len(l.data) && l.data[l.pos] != '\n' && l.data[l.pos] != '\r' {
				l.pos++
			}
		default:
			return
		}
	}
}

// regular reads a run of regular characters.
func (l *lexer) regular() string {
	start := l.pos
	for l.pos < len(l.data) && !isWhite(l.data[l.pos]) && !isDelim(l.data[l.pos]) {
		l.pos++
	}
	return string(l.data[start:l.pos])
}

// token kinds the lexer returns besides operands.
type tokKind uint8

const (
	tokEOF tokKind = iota
	tokOperand
	tokOperator
	tokClose // "]" or ">>" where an operand was expected
)

// next reads one operand or operator. depth is the nesting so far.
func (l *lexer) next(depth int) (tokKind, operand, string) {
	l.skip()
	if l.pos >= len(l.data) {
		return tokEOF, operand{}, ""
	}
	c := l.data[l.pos]
	switch {
	case c == '/':
		l.pos++
		return tokOperand, operand{kind: opName, str: decodeName(l.regular())}, ""
	case c == '(':
		l.pos++
		return tokOperand, operand{kind: opString, str: l.literal()}, ""
	case c == '<' && l.pos+1 < len(l.data) && l.data[l.pos+1] == '<':
		l.pos += 2
		return tokOperand, l.dictionary(depth + 1), ""
	case c == '<':
		l.pos++
		return tokOperand, operand{kind: opString, str: l.hex()}, ""
	case c == '[':
		l.pos++
		return tokOperand, l.array(depth + 1), ""
	case c == ']':
		l.pos++
		return tokClose, operand{}, "]"
	case c == '>' && l.pos+1 < len(l.data) && l.data[l.pos+1] == '>':
		l.pos += 2
		return tokClose, operand{}, ">>"
	case isDelim(c):
		// A stray ")", ">", "{" or "}": step over it.
		l.pos++
		return l.next(depth)
	}
	word := l.regular()
	if n, ok := parseNumber(word); ok {
		return tokOperand, operand{kind: opNumber, num: n}, ""
	}
	switch word {
	case "true", "false":
		return tokOperand, operand{kind: opBool, num: map[bool]float64{true: 1}[word == "true"]}, ""
	case "null":
		return tokOperand, operand{}, ""
	}
	return tokOperator, operand{}, word
}

// array reads the elements of an array up to its "]".
func (l *lexer) array(depth int) operand {
	o := operand{kind: opArray}
	for {
		if depth > maxNesting {
			l.pos = len(l.data)
			return o
		}
		k, v, s := l.next(depth)
		switch k {
		case tokEOF:
			return o
		case tokClose:
			if s == "]" {
				return o
			}
		case tokOperand:
			o.arr = append(o.arr, v)
		}
	}
}

// dictionary reads the entries of a dictionary up to its ">>".
func (l *lexer) dictionary(depth int) operand {
	o := operand{kind: opDict, dict: map[string]operand{}}
	for {
		if depth > maxNesting {
			l.pos = len(l.data)
			return o
		}
		k, key, s := l.next(depth)
		switch {
		case k == tokEOF || k == tokClose && s == ">>":
			return o
		case k != tokOperand || key.kind != opName:
			continue
		}
		k, v, s := l.next(depth)
		switch {
		case k == tokEOF || k == tokClose && s == ">>":
			return o
		case k == tokOperand:
			o.dict[key.str] = v
		}
	}
}

// literal reads a literal string after its "(".
func (l *lexer) literal() string {
	var b []byte
	level := 1
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		l.pos++
		switch c {
		case '(':
			level++
		case ')':
			level--
			if level == 0 {
				return string(b)
			}
		case '\\':
			if l.pos >= len(l.data) {
				return string(b)
			}
			e := l.data[l.pos]
			l.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(l.data) && l.data[l.pos] == '\n' {
					l.pos++
				}
				continue // a line continuation
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.pos < len(l.data) && l.data[l.pos] >= '0' && l.data[l.pos] <= '7'; k++ {
						v = v*8 + int(l.data[l.pos]-'0')
						l.pos++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		b = append(b, c)
	}
	return string(b)
}

// hex reads a hexadecimal string after its "<"; an odd last digit is
// followed by 0.
func (l *lexer) hex() string {
	var b []byte
	var hi byte
	half := false
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		l.pos++
		if c == '>' {
			break
		}
		v, ok := hexVal(c)
		if !ok {
			continue
		}
		if half {
			b = append(b, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	if half {
		b = append(b, hi<<4)
	}
	return string(b)
}

func hexVal(c byte) (byte, bool) {
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

// decodeName resolves #xx escapes in a name.
func decodeName(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] != '#' {
			continue
		}
		b := []byte(s[:i])
		for j := i; j < len(s); j++ {
			if s[j] == '#' && j+2 < len(s) {
				h, ok1 := hexVal(s[j+1])
				lo, ok2 := hexVal(s[j+2])
				if ok1 && ok2 {
					b = append(b, h<<4|lo)
					j += 2
					continue
				}
			}
			b = append(b, s[j])
		}
		return string(b)
	}
	return s
}

// parseNumber reads an integer or real as PDF writes them ("12", "-3.5",
// ".5", "4."), rejecting anything else.
func parseNumber(s string) (float64, bool) {
	if s == "" {
		return 0, false
	}
	digits := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c == '.' || (c == '-' || c == '+') && i == 0:
		default:
			return 0, false
		}
	}
	if !digits {
		return 0, false
	}
	if s[0] == '+' {
		s = s[1:]
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		// "1.2.3" and the like: read what a lenient reader would.
		return 0, true
	}
	return f, true
}

// skipInlineImage passes the data of an inline image after its "ID", up
// to the "EI" that ends it (preceded and followed by white space).
func (l *lexer) skipInlineImage() {
	if l.pos < len(l.data) && isWhite(l.data[l.pos]) {
		l.pos++
	}
	for i := l.pos; i+1 < len(l.data); i++ {
		if l.data[i] == 'E' && l.data[i+1] == 'I' && (i == 0 || isWhite(l.data[i-1])) && (i+2 == len(l.data) || isWhite(l.data[i+2]) || isDelim(l.data[i+2])) {
			l.pos = i + 2
			return
		}
	}
	l.pos = len(l.data)
}

// interpret reads data as a content stream, calling do for each operator
// with its operands (do may keep neither the slice nor its elements past
// the call). An inline image (BI ... ID data EI) is one "BI" call.
func interpret(data []byte, do func(op string, args []operand)) {
	l := &lexer{data: data}
	var stack []operand
	for {
		k, v, s := l.next(0)
		switch k {
		case tokEOF:
			return
		case tokOperand:
			stack = append(stack, v)
		case tokClose:
			// An unmatched "]" or ">>": ignore it.
		case tokOperator:
			if s == "BI" {
				for {
					k, _, w := l.next(0)
					if k == tokEOF || k == tokOperator && w == "ID" {
						break
					}
				}
				l.skipInlineImage()
				do("BI", nil)
				stack = stack[:0]
				continue
			}
			do(s, stack)
			stack = stack[:0]
		}
	}
}
