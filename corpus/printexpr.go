package corpus

import (
	"regexp/syntax"
	"strconv"
	"strings"
)

// printExpr prints a parsed expression in a form that parses back to it,
// or reports false for a form it does not print. It stands in for the
// tree's String method, which works out flags for every character class
// by folding each rune of the class's ranges: for classes such as [^.]
// that is a hundred thousand runes, and printing the alternatives of the
// stance phrases that way was a twentieth of a worker process's parsing.
// Here a class is printed as its ranges, and it and a literal with their
// own case-folding flag, so nothing needs to be worked out; a caller still
// parses the result back and compares it with the tree, and falls back to
// String where they differ.
func printExpr(re *syntax.Regexp) (string, bool) {
	var b strings.Builder
	if !writeExpr(&b, re) {
		return "", false
	}
	return b.String(), true
}

func writeExpr(b *strings.Builder, re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEmptyMatch:
		b.WriteString("(?:)")
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return false
		}
		if re.Flags&syntax.FoldCase != 0 {
			b.WriteString("(?i:")
		} else {
			b.WriteString("(?-i:")
		}
		for _, r := range re.Rune {
			writeRune(b, r)
		}
		b.WriteByte(')')
	case syntax.OpCharClass:
		if len(re.Rune) == 0 || len(re.Rune)%2 != 0 {
			return false
		}
		// The class's runes are already closed under case folding when
		// its flag is set, so folding them again adds none.
		if re.Flags&syntax.FoldCase != 0 {
			b.WriteString("(?i:[")
		} else {
			b.WriteString("(?-i:[")
		}
		for i := 0; i < len(re.Rune); i += 2 {
			writeRune(b, re.Rune[i])
			if re.Rune[i+1] != re.Rune[i] {
				b.WriteByte('-')
				writeRune(b, re.Rune[i+1])
			}
		}
		b.WriteString("])")
	case syntax.OpAnyCharNotNL:
		b.WriteString("(?-s:.)")
	case syntax.OpAnyChar:
		b.WriteString("(?s:.)")
	case syntax.OpBeginLine:
		b.WriteString("(?m:^)")
	case syntax.OpEndLine:
		b.WriteString("(?m:$)")
	case syntax.OpBeginText:
		b.WriteString(`\A`)
	case syntax.OpEndText:
		if re.Flags&syntax.WasDollar != 0 {
			b.WriteString("(?-m:$)")
		} else {
			b.WriteString(`\z`)
		}
	case syntax.OpWordBoundary:
		b.WriteString(`\b`)
	case syntax.OpNoWordBoundary:
		b.WriteString(`\B`)
	case syntax.OpCapture:
		if re.Name != "" {
			b.WriteString("(?P<" + re.Name + ">")
		} else {
			b.WriteByte('(')
		}
		if !writeExpr(b, re.Sub[0]) {
			return false
		}
		b.WriteByte(')')
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		b.WriteString("(?:")
		if !writeExpr(b, re.Sub[0]) {
			return false
		}
		b.WriteByte(')')
		switch re.Op {
		case syntax.OpStar:
			b.WriteByte('*')
		case syntax.OpPlus:
			b.WriteByte('+')
		case syntax.OpQuest:
			b.WriteByte('?')
		default:
			b.WriteByte('{')
			b.WriteString(strconv.Itoa(re.Min))
			if re.Max != re.Min {
				b.WriteByte(',')
				if re.Max >= 0 {
					b.WriteString(strconv.Itoa(re.Max))
				}
			}
			b.WriteByte('}')
		}
		if re.Flags&syntax.NonGreedy != 0 {
			b.WriteByte('?')
		}
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return false
		}
		for _, sub := range re.Sub {
			// A group keeps an alternative of the concatenation's
			// parts from taking in its neighbours.
			b.WriteString("(?:")
			if !writeExpr(b, sub) {
				return false
			}
			b.WriteByte(')')
		}
	case syntax.OpAlternate:
		if len(re.Sub) == 0 {
			return false
		}
		for i, sub := range re.Sub {
			if i > 0 {
				b.WriteByte('|')
			}
			if !writeExpr(b, sub) {
				return false
			}
		}
	default:
		// OpNoMatch and any operator added later.
		return false
	}
	return true
}

// writeRune writes r so that it stands for itself in a literal and in a
// class: as a hexadecimal escape unless it is a letter or digit of ASCII.
func writeRune(b *strings.Builder, r rune) {
	if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == ' ' {
		b.WriteRune(r)
		return
	}
	b.WriteString(`\x{`)
	b.WriteString(strconv.FormatInt(int64(r), 16))
	b.WriteByte('}')
}
