package compare

import "testing"

func TestSpelledNumbers(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"four hundred and sixty", "460"},
		{"Thirty-three", "33"},
		{"Fifty-two pounds per bin each year.", "52 pounds per bin each year."},
		{"one thousand two hundred and five licences", "1205 licences"},
		{"a hundred cameras", "100 cameras"},
		{"two million pounds", "2000000 pounds"},
		{"Four hundred pounds; this falls to £250", "400 pounds; this falls to £250"},
		// One word alone stays; words that make no number stay.
		{"six", "six"},
		{"one five-year extension", "one five-year extension"},
		{"a ten-year contract", "a ten-year contract"},
		{"twenty twelve", "twenty twelve"},
	} {
		if got := spelledNumbers(tt.in); got != tt.want {
			t.Errorf("spelledNumbers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
