package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/foicheck/foicheck/corpus"
)

// FuzzWriteResponse writes a Response built from arbitrary strings in both
// formats and checks what must always hold: no error, text within the
// width where it can be, never a broken rune, and JSON that reads back as
// the same Response.
func FuzzWriteResponse(f *testing.F) {
	for _, q := range westmarch().Questions {
		f.Add(q.Text, q.Answer, string(q.Stance.Kind), strings.Join(q.Stance.Exemptions, ","), 100)
	}
	f.Add("", "", "", "", 0)
	f.Add("a\tb\r\nc", "\x00\xff", "withheld", "s40(2)", -5)
	f.Fuzz(func(t *testing.T, text, answer, kind, exemptions string, width int) {
		r := westmarch()
		q := corpus.Question{ID: "P1.Q9", Part: 1, Number: 9, Text: text, Answer: answer,
			Stance: corpus.Stance{Kind: corpus.StanceKind(kind)}}
		if exemptions != "" {
			q.Stance.Exemptions = strings.Split(exemptions, ",")
		}
		r.Questions = append(r.Questions, q)
		c := Config{Width: width % 400}

		var buf bytes.Buffer
		if err := c.WriteResponse(&buf, r, Text); err != nil {
			t.Fatalf("text: %v", err)
		}
		valid := utf8.ValidString(text) && utf8.ValidString(answer) && utf8.ValidString(kind) && utf8.ValidString(exemptions)
		if valid && !utf8.Valid(buf.Bytes()) {
			t.Errorf("text output has a broken rune from valid input")
		}

		buf.Reset()
		if err := c.WriteResponse(&buf, r, JSON); err != nil {
			t.Fatalf("json: %v", err)
		}
		var back corpus.Response
		if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
			t.Fatalf("json does not read back: %v", err)
		}
		if !valid || !utf8.ValidString(kind) || kind == "" || exemptions == "" {
			return // invalid UTF-8 is replaced, and empty values are normalised
		}
		if got, want := back.Questions[len(back.Questions)-1], q; !reflect.DeepEqual(got, want) {
			t.Errorf("json round trip:\n got %+v\nwant %+v", got, want)
		}
	})
}

func FuzzTruncate(f *testing.F) {
	f.Add("Contract Expiry: please state the date", 10)
	f.Add("“£450”", 2)
	f.Add("\xff\xfe", 1)
	f.Fuzz(func(t *testing.T, s string, n int) {
		n %= 1000
		got := truncate(s, n)
		if runeLen(got) > max(n, 0) {
			t.Errorf("truncate(%q, %d) = %q: %d runes", s, n, got, runeLen(got))
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Errorf("truncate(%q, %d) = %q: broke a rune", s, n, got)
		}
		if runeLen(s) <= n && got != s {
			t.Errorf("truncate(%q, %d) = %q: cut a string that fits", s, n, got)
		}
	})
}
