package corpus

import (
	"strings"
	"unicode"
)

// Fold returns the form in which authorities (and references) are
// compared: lower case, letters and digits only, words separated by one
// space. The contract compares authorities case- and
// punctuation-insensitively, and officers type "FOI 1045/24" for
// "FOI-1045-24".
func Fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}
