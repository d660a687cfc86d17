package pdftext

import (
	"sync"
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
	// arena holds the elements of the arrays read since the last operator,
	// and scratch one array's elements per nesting depth while they are
	// read: a text stream is mostly TJ arrays, and allocating each anew
	// was a large part of the cost of reading one. The operands of an
	// operator live until the next one is read (see interpret).
	arena   []operand
	scratch [][]operand
	// stack is interpret's operand stack, kept with the lexer.
	stack []operand
	// names interns the names of the stream: a page names the same few
	// fonts and resources over and over.
	names map[string]string
	// cutHex is set when a hex string runs to the end of the data.
	cutHex bool
}

// name returns the interned name for b, decoding #xx escapes.
func (l *lexer) name(b []byte) string {
	if n, ok := l.names[string(b)]; ok {
		return n
	}
	n := decodeName(string(b))
	if l.names == nil {
		l.names = map[string]string{}
	}
	if len(l.names) < 1024 {
		l.names[string(b)] = n
	}
	return n
}

// skip passes white space and comments.
func (l *lexer) skip() {
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		switch {
		case isSpace(c):
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
func (l *lexer) regular() []byte {
	start := l.pos
	for l.pos < len(l.data) && !isSpace(l.data[l.pos]) && !isDelim(l.data[l.pos]) {
		l.pos++
	}
	return l.data[start:l.pos]
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
		return tokOperand, operand{kind: opName, str: l.name(l.regular())}, ""
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
	switch string(word) {
	case "true":
		return tokOperand, operand{kind: opBool, num: 1}, ""
	case "false":
		return tokOperand, operand{kind: opBool}, ""
	case "null":
		return tokOperand, operand{}, ""
	}
	return tokOperator, operand{}, operatorName(word)
}

// operatorName returns the operator's name, without allocating for the
// operators that fill a text stream.
func operatorName(b []byte) string {
	switch string(b) {
	case "Tj":
		return "Tj"
	case "TJ":
		return "TJ"
	case "Td":
		return "Td"
	case "TD":
		return "TD"
	case "Tm":
		return "Tm"
	case "Tf":
		return "Tf"
	case "BT":
		return "BT"
	case "ET":
		return "ET"
	case "q":
		return "q"
	case "Q":
		return "Q"
	case "cm":
		return "cm"
	case "re":
		return "re"
	case "f":
		return "f"
	case "g":
		return "g"
	case "rg":
		return "rg"
	case "m":
		return "m"
	case "l":
		return "l"
	case "S":
		return "S"
	case "w":
		return "w"
	case "Tc":
		return "Tc"
	case "Tw":
		return "Tw"
	case "Tz":
		return "Tz"
	case "TL":
		return "TL"
	case "T*":
		return "T*"
	case "Do":
		return "Do"
	case "BDC":
		return "BDC"
	case "EMC":
		return "EMC"
	}
	return string(b)
}

// array reads the elements of an array up to its "]".
func (l *lexer) array(depth int) operand {
	for len(l.scratch) <= depth {
		l.scratch = append(l.scratch, nil)
	}
	elems := l.scratch[depth][:0]
	defer func() { l.scratch[depth] = elems[:0] }()
	for {
		if depth > maxNesting {
			l.pos = len(l.data)
			return l.arrayOf(elems)
		}
		k, v, s := l.next(depth)
		switch k {
		case tokEOF:
			return l.arrayOf(elems)
		case tokClose:
			if s == "]" {
				return l.arrayOf(elems)
			}
		case tokOperand:
			elems = append(elems, v)
		}
	}
}

// arrayOf returns an array operand of a copy of elems in the arena. Its
// capacity ends with it, so that an append to it cannot write over the
// arrays after it.
func (l *lexer) arrayOf(elems []operand) operand {
	start := len(l.arena)
	l.arena = append(l.arena, elems...)
	return operand{kind: opArray, arr: l.arena[start:len(l.arena):len(l.arena)]}
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
	str, end := readLiteral(l.data, l.pos)
	l.pos = end
	return str
}

// hex reads a hexadecimal string after its "<".
func (l *lexer) hex() string {
	str, end := readHex(l.data, l.pos)
	if end == len(l.data) && (end == l.pos || l.data[end-1] != '>') {
		l.cutHex = true
	}
	l.pos = end
	return str
}

// readLiteral decodes a literal string whose "(" ends just before
// data[pos], with nested parentheses, escapes (\n, \(, octal \101) and
// line continuations, returning it and the position after its ")" (or
// the end of data).
func readLiteral(data []byte, pos int) (string, int) {
	var b []byte
	level := 1
	for pos < len(data) {
		c := data[pos]
		pos++
		switch c {
		case '(':
			level++
		case ')':
			level--
			if level == 0 {
				return string(b), pos
			}
		case '\\':
			if pos >= len(data) {
				return string(b), pos
			}
			e := data[pos]
			pos++
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
				if pos < len(data) && data[pos] == '\n' {
					pos++
				}
				continue // a line continuation
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && pos < len(data) && data[pos] >= '0' && data[pos] <= '7'; k++ {
						v = v*8 + int(data[pos]-'0')
						pos++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		b = append(b, c)
	}
	return string(b), pos
}

// readHex decodes a hexadecimal string whose "<" ends just before
// data[pos], skipping anything not a hex digit; an odd last digit is
// followed by 0. It returns the string and the position after its ">".
func readHex(data []byte, pos int) (string, int) {
	var b []byte
	var hi byte
	half := false
	for pos < len(data) {
		c := data[pos]
		pos++
		if c == '>' {
			break
		}
		v, ok := unhex(c)
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
	return string(b), pos
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
				h, ok1 := unhex(s[j+1])
				lo, ok2 := unhex(s[j+2])
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
func parseNumber(s []byte) (float64, bool) {
	if len(s) == 0 {
		return 0, false
	}
	i, neg := 0, false
	if s[0] == '-' || s[0] == '+' {
		neg, i = s[0] == '-', 1
	}
	var whole, frac, scale float64 = 0, 0, 1
	digits, dot := false, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits = true
			if dot {
				scale *= 10
				frac = frac*10 + float64(c-'0')
			} else {
				whole = whole*10 + float64(c-'0')
			}
		case c == '.' && !dot:
			dot = true
		case c == '.' || c == '-' || c == '+':
			// "1.2.3", "4-2": malformed, as some writers leave them; a
			// lenient reader takes such a token as a number, 0.
			return 0, digitsIn(s)
		default:
			return 0, false
		}
	}
	if !digits {
		return 0, false
	}
	v := whole + frac/scale
	if neg {
		v = -v
	}
	return v, true
}

func digitsIn(s []byte) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			if c != '.' && c != '-' && c != '+' {
				return false
			}
		}
	}
	for _, c := range s {
		if c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// skipInlineImage passes the data of an inline image after its "ID", up
// to the "EI" that ends it (preceded and followed by white space).
func (l *lexer) skipInlineImage() {
	if l.pos < len(l.data) && isSpace(l.data[l.pos]) {
		l.pos++
	}
	for i := l.pos; i+1 < len(l.data); i++ {
		if l.data[i] == 'E' && l.data[i+1] == 'I' && (i == 0 || isSpace(l.data[i-1])) && (i+2 == len(l.data) || isSpace(l.data[i+2]) || isDelim(l.data[i+2])) {
			l.pos = i + 2
			return
		}
	}
	l.pos = len(l.data)
}

// interpret reads data as a content stream, calling do for each operator
// with its operands (do may keep neither the slice nor its elements past
// the call). An inline image (BI ... ID data EI) is one "BI" call. It
// reports whether the data ended inside a hex string ("<48656c" with no
// ">"), the mark of a stream cut short.
func interpret(data []byte, do func(op string, args []operand)) (cutHex bool) {
	l := lexers.Get().(*lexer)
	l.data, l.pos, l.cutHex = data, 0, false
	clear(l.names)
	stack := l.stack[:0]
	for {
		k, v, s := l.next(0)
		switch k {
		case tokEOF:
			cutHex = l.cutHex
			l.release(stack)
			return cutHex
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
				l.arena = l.arena[:0]
				continue
			}
			do(s, stack)
			stack = stack[:0]
			l.arena = l.arena[:0]
		}
	}
}

// lexers keeps lexers, with the room their arrays and operand stack grew
// to, for the next stream: each page grew its own from nothing. A lexer
// left by a panic (a limit reached) is not put back.
var lexers = sync.Pool{New: func() any { return new(lexer) }}

// maxPooledOperands bounds the room a pooled lexer keeps.
const maxPooledOperands = 1 << 14

// release puts l back in the pool, without its data.
func (l *lexer) release(stack []operand) {
	l.data, l.stack = nil, stack[:0]
	if cap(l.arena) > maxPooledOperands || cap(l.stack) > maxPooledOperands {
		return
	}
	for _, s := range l.scratch {
		if cap(s) > maxPooledOperands {
			return
		}
	}
	lexers.Put(l)
}
