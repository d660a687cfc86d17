package pdftext

import "testing"

func TestEndsInHexString(t *testing.T) {
	tests := []struct {
		data string
		want bool
	}{
		{"BT <48656c6c6f> Tj ET", false},
		{"BT /F1 1 Tf<", true},
		{"BT <4865", true},
		{"BT <486", true},
		{"BT <48 65 \n", true},
		{"<< /A 1 >>", false},
		{"<<", false},
		{"BT <48zz> Tj <", true},
		{"BT <4z ( <", false}, // the bad pair ends the hex string; an unclosed literal ends at the end
		{"(a string with < inside) Tj", false},
		{"(nested (parens < ) still) Tj", false},
		{"(bad escape \\q then <", true},
		{"(octal \\101 fine <) Tj", false},
		{"(octal \\777 rejected <", true},
		{"% a comment <\nBT ET", false},
		{"[<4142> 10 <43>] TJ", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := endsInHexString([]byte(tt.data)); got != tt.want {
			t.Errorf("endsInHexString(%q) = %v, want %v", tt.data, got, tt.want)
		}
	}
}

// FuzzSkipHexString checks that the quick reading of a run of hex digits
// ends a hex string where reading it pair by pair does.
func FuzzSkipHexString(f *testing.F) {
	f.Add([]byte("0302>Tj"), 0)
	f.Add([]byte("030>"), 0)
	f.Add([]byte("03 02>"), 0)
	f.Add([]byte("0302"), 0)
	f.Fuzz(func(t *testing.T, data []byte, i int) {
		if i < 0 || i > len(data) {
			return
		}
		n1, h1 := skipHexString(data, i)
		n2, h2 := skipHexPairs(data, i)
		if n1 != n2 || h1 != h2 {
			t.Fatalf("skipHexString(%q, %d) = %d, %v; pair by pair %d, %v", data, i, n1, h1, n2, h2)
		}
	})
}
