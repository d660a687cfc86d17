package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// render writes operands back in a compact form for comparison.
func render(args []operand) string {
	var parts []string
	for _, a := range args {
		parts = append(parts, renderOne(a))
	}
	return strings.Join(parts, " ")
}

func renderOne(a operand) string {
	switch a.kind {
	case opNumber:
		return fmt.Sprint(a.num)
	case opName:
		return "/" + a.str
	case opString:
		return fmt.Sprintf("%q", a.str)
	case opBool:
		return fmt.Sprint(a.num == 1)
	case opArray:
		var p []string
		for _, e := range a.arr {
			p = append(p, renderOne(e))
		}
		return "[" + strings.Join(p, " ") + "]"
	case opDict:
		return fmt.Sprintf("<<%d>>", len(a.dict))
	}
	return "null"
}

func TestInterpret(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"BT /F1 12 Tf 72 700 Td (Hello) Tj ET", []string{"BT:", "Tf:/F1 12", "Td:72 700", `Tj:"Hello"`, "ET:"}},
		{`(a\(b\)c\\d\101\n) Tj`, []string{`Tj:"a(b)c\\dA\n"`}},
		{"(nested (parens) ok) Tj", []string{`Tj:"nested (parens) ok"`}},
		{"(line \\\ncontinued) Tj", []string{`Tj:"line continued"`}},
		{"<48 65 6C6C 6F> Tj <4> Tj", []string{`Tj:"Hello"`, `Tj:"@"`}},
		{"[(Wo) -20 (rd) 3.5] TJ", []string{`TJ:["Wo" -20 "rd" 3.5]`}},
		{"% a comment\n1 0 0 1 .5 -4. cm", []string{"cm:1 0 0 1 0.5 -4"}},
		{"/Span << /ActualText <FEFF00AD> /MCID 3 >> BDC EMC", []string{"BDC:/Span <<2>>", "EMC:"}},
		{"/A#20B Do", []string{"Do:/A B"}},
		{"BI /W 2 /H 1 /CS /G ID \x00EI\xff EI Q", []string{"BI:", "Q:"}},
		{"1 2 ] >> ) } re", []string{"re:1 2"}},
		{"[[[[1]]]] true null x", []string{"x:[[[[1]]]] true null"}},
		{"(unterminated", nil},
		{"[1 2", nil},
	}
	for _, tt := range tests {
		var got []string
		cut := interpret([]byte(tt.in), func(op string, args []operand) {
			got = append(got, op+":"+render(args))
		})
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("interpret(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if cut {
			t.Errorf("interpret(%q) says the data ends inside a hex string", tt.in)
		}
	}
}

// TestInterpretCutHex: interpret reports data that ends inside a hex
// string, and only that.
func TestInterpretCutHex(t *testing.T) {
	for _, tt := range []struct {
		in  string
		cut bool
	}{
		{"BT <48656c", true},
		{"<", true},
		{"(Hi) Tj <48 65 6", true},
		{"[<0302> -20 <03", true},
		{"<48656c> Tj", false},
		{"<48656c>", false},
		{"<>", false},
		{"(a <4865", false},
		{"% <4865", false},
		{"<< /A <4865> >>", false},
		{"<< /A 1", false},
		{"BI /W 1 ID <4865 EI Q", false},
	} {
		if got := interpret([]byte(tt.in), func(string, []operand) {}); got != tt.cut {
			t.Errorf("interpret(%q) reports a cut hex string: %v, want %v", tt.in, got, tt.cut)
		}
	}
}

func TestOperandText(t *testing.T) {
	if got := (operand{kind: opString, str: "\xfe\xff\x00\xad"}).Text(); got != "\u00ad" {
		t.Errorf("UTF-16 text = %q", got)
	}
	if got := (operand{kind: opString, str: "caf\xe9"}).Text(); got != "café" {
		t.Errorf("PDFDocEncoding text = %q", got)
	}
}

// TestInterpretDeepNesting: arrays nested past the bound end the stream
// rather than the stack.
func TestInterpretDeepNesting(t *testing.T) {
	in := strings.Repeat("[", 100000) + " x"
	calls := 0
	interpret([]byte(in), func(string, []operand) { calls++ })
	if calls > 1 {
		t.Errorf("%d operator calls from one unbalanced nest", calls)
	}
}

// BenchmarkInterpret measures the lexer alone on a typical text stream.
func BenchmarkInterpret(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 500; i++ {
		fmt.Fprintf(&sb, "BT /F1 11 Tf 1 0 0 1 72 %d Tm [(Incumbent) -250 (supplier:) -250 (for each contract)] TJ ET\n", 700-i)
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		interpret(data, func(string, []operand) {})
	}
}
