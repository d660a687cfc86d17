package index

import (
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
)

// withASCIITokenizer returns a, an analyzer as the mapping names it, with
// its Unicode word tokenizer replaced by asciiTokenizer, which gives the
// same tokens for ASCII text several times faster: splitting text into
// words by the rules of Unicode's word boundaries was two fifths of the
// English analyzer's time, and analysing the question documents was a
// third of the index writer's. An analyzer that is not one it knows is
// returned as it is. Only indexing uses it: queries are analysed by
// bleve's own, and TestASCIITokenizer and FuzzASCIITokenizer check that
// the two give the same tokens.
func withASCIITokenizer(a analysis.Analyzer) analysis.Analyzer {
	d, ok := a.(*analysis.DefaultAnalyzer)
	if !ok {
		return a
	}
	u, ok := d.Tokenizer.(*unicode.UnicodeTokenizer)
	if !ok {
		return a
	}
	return &analysis.DefaultAnalyzer{CharFilters: d.CharFilters, Tokenizer: asciiTokenizer{u}, TokenFilters: d.TokenFilters}
}

// asciiTokenizer splits ASCII text into words as the Unicode tokenizer
// does, and leaves any other text to it, except for a few characters that
// letters hold and that are neither part of a word nor join words (see
// separator).
//
// Restricted to ASCII, the Unicode rules (UAX #29, as bleve's segmenter
// implements them) come to this: a word is a run of letters, digits and
// underscores, which may also hold a ':', '.' or '\” between two letters
// and a ',', ';', '.' or '\” between two digits. Every other character is
// a segment of its own that is not a word. A word without letters but
// with a digit is a number; every other word (a lone "_" included) is
// alphanumeric.
type asciiTokenizer struct {
	unicode *unicode.UnicodeTokenizer
}

func (t asciiTokenizer) Tokenize(input []byte) analysis.TokenStream {
	for i := 0; i < len(input); {
		if input[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(input[i:])
		if !separator(r) {
			return t.unicode.Tokenize(input)
		}
		i += size
	}
	// About one word in six bytes of prose: one allocation holds them.
	tokens := make([]analysis.Token, 0, len(input)/6+1)
	for i := 0; i < len(input); {
		if wordClass[input[i]]&classWord == 0 {
			i++
			continue
		}
		start := i
		letters, digits := false, false
		for i < len(input) {
			c := input[i]
			class := wordClass[c]
			if class&classWord != 0 {
				letters = letters || class == classLetter
				digits = digits || class == classDigit
				i++
				continue
			}
			// A joining character, between two letters or two digits.
			if i+1 >= len(input) {
				break
			}
			before, after := wordClass[input[i-1]], wordClass[input[i+1]]
			if before != after || class&joins[before] == 0 {
				break
			}
			i++
		}
		typ := analysis.AlphaNumeric
		if digits && !letters {
			typ = analysis.Numeric
		}
		tokens = append(tokens, analysis.Token{Term: input[start:i], Start: start, End: i, Position: len(tokens) + 1, Type: typ})
	}
	if len(tokens) == 0 {
		return analysis.TokenStream{}
	}
	stream := make(analysis.TokenStream, len(tokens))
	for k := range tokens {
		stream[k] = &tokens[k]
	}
	return stream
}

// The classes of ASCII characters for words.
const (
	classLetter     = 1 << iota // A-Z, a-z
	classDigit                  // 0-9
	classUnderscore             // _ (ExtendNumLet)
	joinsLetters                // : . ' (MidLetter, MidNumLet, Single_Quote)
	joinsDigits                 // , ; . ' (MidNum, MidNumLet, Single_Quote)

	classWord = classLetter | classDigit | classUnderscore
)

// joins holds, by the class of the characters either side, the class a
// character must have to join them.
var joins = [classWord + 1]uint8{classLetter: joinsLetters, classDigit: joinsDigits}

var wordClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = classLetter, classLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = classDigit
	}
	t['_'] = classUnderscore
	t[':'] = joinsLetters
	t['.'] = joinsLetters | joinsDigits
	t['\''] = joinsLetters | joinsDigits
	t[','] = joinsDigits
	t[';'] = joinsDigits
	return t
}()

// separator reports whether r, beyond ASCII, is a character the Unicode
// word rules treat as the ASCII tokenizer treats punctuation: a segment
// of its own, never part of a word, that joins nothing and that nothing
// attaches to. These are the ones letters hold most (amounts in pounds,
// dashes the extractor keeps, bullets); any other goes to the Unicode
// tokenizer.
func separator(r rune) bool {
	switch r {
	case '£', '€', '–', '—', '•', '§', '°', '“', '”':
		return true
	}
	return false
}
