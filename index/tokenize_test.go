package index

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// tokenizerTexts try every rule of the ASCII tokenizer.
var tokenizerTexts = []string{
	"", " ", "Hello, world", "don't", "'s", "it's'", "U.K.", "e.g. this", "1,000.50", "10:30", "a.1", "1.a", "a1.2",
	"_", "__", "_1_", "1_", "_a", "a_b", "x_.y", "3'4", "3;4", "a;b", "a:b", "a::b", "a:", ":a", "\r\n", "a\r\nb\n\tc",
	"s31(1)(a)", "reg12(5)(e)", "foisa:s35(1)(a)", "FOI 0456/22", "2023-24", "£1,234", "e-mail@police.uk", `"quoted"`,
	"fly-tipping", "Q1.", "Q1.2", "1.2.3", "a.b.c.", "..a..", "1..2", "1.,2", "a'b'c", "x\x00y\x7f", "#@!$%^&*()[]{}<>?/\\|`~+=",
	"£1,200", "2021–22", "a—b", "• item", "§ 31", "20°C", "“quoted”", "£", "1£2", "a£b", "£1.5", "x.£", "1,€2",
	"café", "don’t", "soft\u00adhyphen", "a£\u0301b", "£\u200d1",
	"P1.Q12: Contract expiry. For each supplier, please state the date (dd/mm/yyyy) when the contract(s) expire; the 'value' is £1,200.",
}

// biasedText makes a text of n characters from those the rules treat
// differently, so that random texts meet every rule often.
func biasedText(r *rand.Rand, n int) string {
	alphabet := []rune("aZq09_:.',; \"-\r\n(/£€–—•§°“”é’\u00ad")
	var b strings.Builder
	for range n {
		b.WriteRune(alphabet[r.IntN(len(alphabet))])
	}
	return b.String()
}

func sameTokens(got, want analysis.TokenStream) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d tokens, want %d: %s, want %s", len(got), len(want), got, want)
	}
	for i := range got {
		g, w := got[i], want[i]
		if string(g.Term) != string(w.Term) || g.Start != w.Start || g.End != w.End || g.Position != w.Position || g.Type != w.Type || g.KeyWord != w.KeyWord {
			return fmt.Sprintf("token %d is %+v (%q), want %+v (%q)", i, *g, g.Term, *w, w.Term)
		}
	}
	return ""
}

func checkTokenizer(t *testing.T, s string) {
	t.Helper()
	u := unicode.NewUnicodeTokenizer()
	got := asciiTokenizer{u}.Tokenize([]byte(s))
	want := u.Tokenize([]byte(s))
	if diff := sameTokens(got, want); diff != "" {
		t.Fatalf("%q: %s", s, diff)
	}
}

// TestASCIITokenizer checks the tokens against bleve's Unicode tokenizer
// on texts made for each rule and on many random ones.
func TestASCIITokenizer(t *testing.T) {
	for _, s := range tokenizerTexts {
		checkTokenizer(t, s)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		checkTokenizer(t, biasedText(r, r.IntN(24)))
	}
	// Text beyond ASCII is the Unicode tokenizer's.
	checkTokenizer(t, "Gŵyr and Môn: 1,000 café's")
}

// TestASCIIAnalyzer checks the English analyzer with the ASCII tokenizer
// against bleve's on the same texts: the filters see the same tokens.
func TestASCIIAnalyzer(t *testing.T) {
	std, err := registry.NewCache().AnalyzerNamed(en.AnalyzerName)
	if err != nil {
		t.Fatal(err)
	}
	fast := withASCIITokenizer(std)
	if fast == std {
		t.Fatal("the English analyzer is not one withASCIITokenizer knows: it does nothing")
	}
	texts := append([]string(nil), tokenizerTexts...)
	r := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		texts = append(texts, biasedText(r, r.IntN(40)))
	}
	for _, s := range texts {
		// Each analyzes its own copy: filters may change terms in place.
		if diff := sameTokens(fast.Analyze([]byte(s)), std.Analyze([]byte(s))); diff != "" {
			t.Fatalf("%q: %s", s, diff)
		}
	}
}

// FuzzASCIITokenizer compares the tokenizers on any text.
func FuzzASCIITokenizer(f *testing.F) {
	for _, s := range tokenizerTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTokenizer(t, s)
	})
}
