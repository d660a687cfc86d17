package corpus

import (
	"errors"
	"reflect"
	"testing"
)

func TestExtractText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want [][]string
	}{
		{"lines", "a\nb\n", [][]string{{"a", "b"}}},
		{"final form feed starts no page", "a\fb\n\f", [][]string{{"a"}, {"b", ""}}},
		{"CRLF and CR", "a\r\nb\rc", [][]string{{"a", "b", "c"}}},
		{"BOM dropped", "\ufeffa", [][]string{{"a"}}},
		{"form feed splits pages", "one\ftwo\nmore", [][]string{{"one"}, {"two", "more"}}},
		{"windows-1252", "caf\xe9 \x93q\x94 \x96 \xa3", [][]string{{"café “q” – £"}}},
		{"heading marks", "## Part 2 ##\n####### not a heading\n#hashtag", [][]string{{"Part 2", "####### not a heading", "#hashtag"}}},
		{"block quote", "> You asked:\n> > nested", [][]string{{"You asked:", "nested"}}},
		{"markdown escapes", "1\\. How many?\n2\\. Who supplies it\\?\\!\nC:\\Users kept", [][]string{{"1. How many?", "2. Who supplies it\\?!", "C:\\Users kept"}}},
		{"table", "| Q | A |\n|---|:-:|\n| 1 | Yes |", [][]string{{"Q\tA", "1\tYes"}}},
		{"table drawn in characters", " Question | Response\n----------+---------\n 1. How   | 12 agents\n    many? |\n----------+---------\n 2. Who?  | Avaya\n----------+---------",
			[][]string{{"Question\tResponse", "1. How\t12 agents", "many?", "2. Who?\tAvaya"}}},
		{"a pipe in prose is no table", "Sales | marketing teams\nwere asked.", [][]string{{"Sales | marketing teams", "were asked."}}},
		{"emphasis", "**Contract Expiry**: the *date* _when_ __it__ ends.*", [][]string{{"Contract Expiry: the date when it ends."}}},
		{"emphasis after punctuation", "(*note*) and \"*quoted*\"", [][]string{{"(note) and \"quoted\""}}},
		{"literal stars and underscores", "snake_case 2*3 a * b tm_servicedesk@x.uk", [][]string{{"snake_case 2*3 a * b tm_servicedesk@x.uk"}}},
		{"bullets kept", "* one\n- two\n1. three", [][]string{{"* one", "- two", "1. three"}}},
		{"code fence kept verbatim", "```\n*as is*\n```", [][]string{{"*as is*"}}},
		{"a rule across the page is a blank line", "Standards Met.\n\n---\n\n* * *\nIf you are unhappy", [][]string{{"Standards Met.", "", "", "", "", "If you are unhappy"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := extractText([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("extractText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestExtractTextBinary(t *testing.T) {
	_, err := extractText([]byte("PK\x03\x04\x00\x00binary"))
	if !errors.Is(err, ErrDamaged) {
		t.Errorf("err = %v, want ErrDamaged", err)
	}
}

// FuzzExtractText checks that any bytes read as text without panic, or
// fail with ErrDamaged, and that Clean accepts the result.
func FuzzExtractText(f *testing.F) {
	for _, file := range fixtures(f, "text", []string{".txt", ".md"}) {
		f.Add([]byte(readFile(f, file)))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		pages, err := extractText(data)
		if err != nil {
			if !errors.Is(err, ErrDamaged) {
				t.Fatalf("error %v does not wrap ErrDamaged", err)
			}
			return
		}
		checkClean(t, Clean(pages))
	})
}

// TestMoveQuotedRequest: an email reply answers by number above the
// request it quotes; the quoted request is moved before the answers.
func TestMoveQuotedRequest(t *testing.T) {
	reply := []string{
		"Dear Ms Smith",
		"",
		"1 - We have decided to release the results; please find them attached.",
		"",
		"2 - The bond figure is withheld under regulation 12(5)(e).",
		"",
		"Kind regards",
		"",
		"-----Original Message-----",
		"> please can you provide:",
		"> 1. the dust monitoring results",
		"> 2. the amount of the restoration bond held",
		">    for Scar End",
		">",
		"> Thanks",
	}
	want := []string{
		"Dear Ms Smith",
		"",
		"1. the dust monitoring results",
		"2. the amount of the restoration bond held",
		"   for Scar End",
		"",
		"1 - We have decided to release the results; please find them attached.",
		"",
		"2 - The bond figure is withheld under regulation 12(5)(e).",
		"",
		"Kind regards",
		"",
		"-----Original Message-----",
		"> please can you provide:",
		">",
		"> Thanks",
	}
	if got := moveQuotedRequest(reply); !reflect.DeepEqual(got, want) {
		t.Errorf("moveQuotedRequest:\n got %q\nwant %q", got, want)
	}
	// A quoted list with no numbered reply above it stays where it is.
	plain := []string{"Thank you for your email.", "> 1. first", "> 2. second", "", "We hold none of it."}
	if got := moveQuotedRequest(plain); !reflect.DeepEqual(got, plain) {
		t.Errorf("moveQuotedRequest moved a quote with no numbered reply: %q", got)
	}
}
