package pdftext

// endsInHexString reports whether the library's content lexer, reading
// data, would reach the end of the data inside a hex string ("<48656c"
// with no ">"). Its lexer then reads endless end-of-line bytes and never
// returns, which no recover can stop, so such streams must not be handed
// to it.
//
// The scan follows the lexer's own rules closely enough never to miss
// the case: comments run to the end of the line; literal strings nest and
// end early at an escape the lexer rejects; a hex string ends at ">" or at
// its first invalid pair. Where it differs from the lexer it errs towards
// reporting a hang.
func endsInHexString(data []byte) bool {
	for i := 0; i < len(data); {
		switch data[i] {
		case '%':
			for i < len(data) && data[i] != '\r' && data[i] != '\n' {
				i++
			}
		case '(':
			i = skipLiteralString(data, i+1)
		case '<':
			if i+1 < len(data) && data[i+1] == '<' {
				i += 2
				continue
			}
			var hang bool
			if i, hang = skipHexString(data, i+1); hang {
				return true
			}
		default:
			i++
		}
	}
	return false
}

// skipHexString returns the index after a hex string whose "<" came just
// before i, or hang when the data ends inside it.
func skipHexString(data []byte, i int) (next int, hang bool) {
	// Most hex strings are an even run of digits and ">" ("<0302>", a
	// glyph or two, once a glyph in text kerned by LibreOffice), which the
	// reading below ends the same way.
	j := i
	for j < len(data) && isHexDigit(data[j]) {
		j++
	}
	if j < len(data) && data[j] == '>' && (j-i)%2 == 0 {
		return j + 1, false
	}
	return skipHexPairs(data, i)
}

// skipHexPairs is skipHexString read pair by pair, as the lexer reads.
func skipHexPairs(data []byte, i int) (next int, hang bool) {
	next1 := func() (byte, bool) {
		for i < len(data) && isLexSpace(data[i]) {
			i++
		}
		if i >= len(data) {
			return 0, false
		}
		i++
		return data[i-1], true
	}
	for {
		c, ok := next1()
		if !ok {
			return i, true
		}
		if c == '>' {
			return i, false
		}
		c2, ok := next1()
		if !ok {
			return i, true
		}
		if _, ok1 := unhex(c); !ok1 {
			return i, false
		}
		if _, ok2 := unhex(c2); !ok2 {
			return i, false
		}
	}
}

// skipLiteralString returns the index after a literal string whose "("
// came just before i.
func skipLiteralString(data []byte, i int) int {
	depth := 1
	for i < len(data) {
		c := data[i]
		i++
		switch c {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return i
			}
		case '\\':
			if i >= len(data) {
				return i
			}
			e := data[i]
			i++
			switch {
			case e >= '0' && e <= '7':
				x := int(e - '0')
				for k := 0; k < 2 && i < len(data) && data[i] >= '0' && data[i] <= '7'; k++ {
					x = x*8 + int(data[i]-'0')
					i++
				}
				if x > 255 {
					return i // the lexer rejects it and reads on as tokens
				}
			case e == 'n', e == 'r', e == 't', e == 'b', e == 'f', e == '(', e == ')', e == '\\', e == '\r', e == '\n':
			default:
				return i // an escape the lexer rejects
			}
		}
	}
	return i
}

// isLexSpace is the library lexer's idea of white space, which counts NUL.
func isHexDigit(c byte) bool {
	_, ok := unhex(c)
	return ok
}

func isLexSpace(c byte) bool {
	switch c {
	case 0, '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return false
}
