package corpus

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestExtractHTML(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"paragraphs and br", "<p>One<br>two</p><p>Three</p>", []string{"One", "two", "", "Three", ""}},
		{"br br parts paragraphs", "<div>One<br><br>Two</div>", []string{"One", "", "Two"}},
		{"white space collapsed", "<p>  a \n\t b <b>c</b>d <i> e</i></p>", []string{"a b cd e", ""}},
		{"entities", "<p>&pound;5 &ndash; caf&eacute; &amp; &#8220;x&#8221;&nbsp;y</p>", []string{"£5 – café & “x”\u00a0y", ""}},
		{"skipped furniture", `<nav>Menu</nav><div class="cookie-banner">Cookies</div><script>x()</script><style>p{}</style>` +
			`<div role="navigation">Nav</div><div id="breadcrumbs">Home</div><a class="skip-link">Skip</a><p>Letter</p><footer>Foot</footer>`,
			[]string{"Letter", ""}},
		{"hidden elements", `<p hidden>a</p><p style="display: none">b</p><p aria-hidden="true">c</p><p>d</p>`, []string{"d", ""}},
		{"main preferred", "<div>Site intro</div><main><p>Letter</p></main><div>After</div>", []string{"Letter", ""}},
		{"role main preferred", `<div>Intro</div><div role="main"><p>Letter</p></div>`, []string{"Letter", ""}},
		{"longest article", "<article><p>Short</p></article><article><p>The longer letter text</p></article>", []string{"The longer letter text", ""}},
		{"article header kept", `<main><header class="entry-header"><h1>FOI 12/24</h1></header><p>Text</p></main>`, []string{"FOI 12/24", "", "Text", ""}},
		{"sidebar gives its reference only", `<main><aside class="log-meta"><dl><dt>Log reference</dt><dd>UC/FOI/2024/311</dd><dt>Published</dt><dd>14/08/2024</dd></dl>` +
			`<h3>Related requests</h3><ul><li>UC/FOI/2023/090</li></ul></aside><article><p>Letter</p></article></main>`,
			[]string{"Log reference: UC/FOI/2024/311", "", "Letter", ""}},
		{"empty main falls back", `<main></main><p>Letter</p>`, []string{"Letter", ""}},
		{"innocent class names kept", `<p class="sharepoint-rte">a</p><p class="canvas">b</p><p class="navy">c</p>`, []string{"a", "", "b", "", "c", ""}},
		{"run-together nav", `<table><tr><td class="leftnav">Home</td><td><p>Letter</p><p>More</p></td></tr></table>`, []string{"Letter", "", "More", ""}},
		{"a quoted e-mail kept line by line by its style sheet's white-space", "<style>.quote{color:#123;white-space:pre-wrap}</style><p>Answers below.</p><div class=\"quote\">&gt; 1) How many?\n&gt; 2) Who supplies it?</div>",
			[]string{"Answers below.", "", "> 1) How many?", "> 2) Who supplies it?"}},
		{"inline white-space kept; other classes collapse", `<div style="white-space: pre">a
b</div><div class="other">c
d</div>`, []string{"a", "b", "c d"}},
		{"ordered list", "<ol><li>a</li><li>b</li></ol>", []string{"1. a", "2. b", ""}},
		{"start and letters", `<ol start="3" type="a"><li>x</li><li>y</li></ol>`, []string{"c. x", "d. y", ""}},
		{"roman", `<ol type="i"><li>x</li><li>y</li><li>z</li><li>w</li></ol>`, []string{"(i) x", "(ii) y", "(iii) z", "(iv) w", ""}},
		{"upper roman and value", `<ol type="I"><li>x</li><li value="10">y</li><li>z</li></ol>`, []string{"I. x", "X. y", "XI. z", ""}},
		{"reversed", `<ol reversed><li>x</li><li>y</li></ol>`, []string{"2. x", "1. y", ""}},
		{"exported numbers kept, not doubled", `<ol><li><p><span style="float:left">1.</span>Supplier</p></li><li><p><span>2.</span>Value</p></li></ol>`,
			[]string{"1.Supplier", "2.Value", ""}},
		{"Word filtered HTML list", `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Incumbent Supplier</p>`,
			[]string{"1.\u00a0\u00a0\u00a0\u00a0 Incumbent Supplier", ""}},
		{"exported bullets kept", "<ul><li>• one</li><li>two</li></ul>", []string{"• one", "• two", ""}},
		{"css list style", `<ol style="list-style-type: lower-alpha"><li>x</li></ol>`, []string{"a. x", ""}},
		{"bullets and nesting", "<ul><li>a<ol><li>b</li></ol></li><li><p>c</p><p>d</p></li></ul>", []string{"• a", "1. b", "• c", "d", ""}},
		{"data table", "<table><tr><th>Q</th><th>A</th></tr><tr><td>1</td><td>Yes<br>and no</td></tr><tr><td>2</td><td><p>x</p><p>y</p></td></tr></table>",
			[]string{"Q\tA", "1\tYes and no", "2\tx y", ""}},
		{"table with list in cell", "<table><tr><td>1</td><td><ol><li>a</li><li>b</li></ol></td></tr></table>",
			[]string{"1\t1. a 2. b", ""}},
		{"layout table read as blocks", "<table><tr><td><h2>Title</h2><p>Para one</p></td><td><p>Side</p></td></tr></table>",
			[]string{"Title", "", "Para one", "", "Side", ""}},
		{"single column table", "<table><tr><td>Line one</td></tr><tr><td>Line two</td></tr></table>", []string{"Line one", "Line two", ""}},
		{"definition list", "<dl><dt>Reference</dt><dd>FOI 1/24</dd></dl>", []string{"Reference", "FOI 1/24", ""}},
		{"pre keeps lines", "<pre>a  b\n\tc</pre>", []string{"a  b", "\tc", ""}},
		{"headings", "<h1>Title</h1>Body", []string{"Title", "", "Body"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, err := extractHTML([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if len(pages) != 1 {
				t.Fatalf("got %d pages, want 1", len(pages))
			}
			if !reflect.DeepEqual(pages[0], tt.want) && !(len(pages[0]) == 0 && len(tt.want) == 0) {
				t.Errorf("extractHTML(%q)\n got %q\nwant %q", tt.in, pages[0], tt.want)
			}
		})
	}
}

func TestExtractHTMLCharset(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"utf-8 without declaration", []byte("<p>café – £5</p>"), "café – £5"},
		{"declared latin-1 but valid UTF-8", []byte(`<meta charset="iso-8859-1"><p>café</p>`), "café"},
		{"windows-1252 declared", []byte("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>caf\xe9 \x93q\x94</p>"), "café “q”"},
		{"windows-1252 undeclared", []byte("<p>caf\xe9 \x96 \xa3</p>"), "café – £"},
		{"utf-16 with BOM", utf16LE("<p>café</p>"), "café"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, err := extractHTML(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(pages[0], "\n"); !strings.Contains(got, tt.want) {
				t.Errorf("got %q, want it to contain %q", got, tt.want)
			}
		})
	}
}

// utf16LE encodes s as UTF-16 little-endian with a byte-order mark.
func utf16LE(s string) []byte {
	out := []byte{0xff, 0xfe}
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func TestExtractHTMLTooDeep(t *testing.T) {
	in := strings.Repeat("<div>", 5000) + "x"
	_, err := extractHTML([]byte(in))
	if err != nil && !errors.Is(err, ErrDamaged) {
		t.Errorf("err = %v, want nil or ErrDamaged", err)
	}
}

// FuzzExtractHTML checks that any page extracts without panic or hang to
// one page, or fails with ErrDamaged, and that Clean accepts the result.
func FuzzExtractHTML(f *testing.F) {
	for _, file := range fixtures(f, "html", []string{".html"}) {
		f.Add([]byte(readFile(f, file)))
	}
	f.Add([]byte("<table><tr><td><ol start=-5 type=i reversed><li value=99999999999>x<br><br>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pages, err := extractHTML(data)
		if err != nil {
			if !errors.Is(err, ErrDamaged) {
				t.Fatalf("error %v does not wrap ErrDamaged", err)
			}
			return
		}
		if len(pages) != 1 {
			t.Fatalf("%d pages, want 1", len(pages))
		}
		checkClean(t, Clean(pages))
	})
}

// TestSitePublisher: a disclosure-log page names its publisher in the
// site's furniture, not in the letter.
func TestSitePublisher(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"title's last segment", `<html><head><title>FOI-NC-25-0117 Agency nursing – Disclosure log – North Cantley Hospitals NHS Foundation Trust</title></head><body><main><p>Dear</p></main></body></html>`, "North Cantley Hospitals NHS Foundation Trust"},
		{"title with bars", `<html><head><title>FOI response | Brackenford City Council</title></head><body><p>x</p></body></html>`, "Brackenford City Council"},
		{"site name first", `<html><head><meta property="og:site_name" content="Wexmoor County Council"><title>Request 4411 – Some Trust</title></head><body></body></html>`, "Wexmoor County Council"},
		{"header logo", `<html><head><title>Disclosure log</title></head><body><header><img src="l.svg" alt="Eastmarch Ambulance Service NHS Trust"></header><main>x</main></body></html>`, "Eastmarch Ambulance Service NHS Trust"},
		{"a regulator", `<html><head><title>FOI response FSR-FOI-2025-0219 - Funeral Services Regulator</title></head><body><p>x</p></body></html>`, "Funeral Services Regulator"},
		{"a header block's logo, and a foundation trust shortened in the title", `<html><head><title>FOI 21-0433 EPR system | Hollinbrook and Wexcombe NHS FT</title></head><body><div class="nhs-header"><a class="logo" href="/">Hollinbrook and Wexcombe NHS Foundation Trust</a></div><main><p>Dear</p></main></body></html>`, "Hollinbrook and Wexcombe NHS Foundation Trust"},
		{"the footer's copyright holder", `<html><head><title>Disclosure log</title></head><body><main><p>Dear</p></main><footer><p>© 2025 Marlow Vale District Council · Accessibility · Privacy</p></footer></body></html>`, "Marlow Vale District Council"},
		{"the name written out in the header", `<html><head><title>FOI response NPT-FOI-23-0211: Cyber security</title></head><body><header><p><a href="#">Skip to main content</a></p><p><b>Northmoor Partnership NHS Foundation Trust</b></p><nav><ul><li><a href="#">Home</a></li></ul></nav></header><main><p>Dear</p></main></body></html>`, "Northmoor Partnership NHS Foundation Trust"},
		{"the name on a line of the footer", `<html><head><title>Disclosure log</title></head><body><main><p>Dear</p></main><footer><p>Westmarch County Council<br>County Hall, Abbey Road</p></footer></body></html>`, "Westmarch County Council"},
		{"the name opening the footer's address line", `<html><head><title>Agency workers - FOI disclosure log - wyckham.gov.uk</title></head><body><main><p>Dear</p></main><footer><p>London Borough of Wyckham, Wyckham Town Hall, 40 Marlborough Parade, London N31 7WY. Telephone 020 7946 0000</p></footer></body></html>`, "London Borough of Wyckham"},
		{"a footer sentence naming a body is no address", `<html><head><title>Disclosure log</title></head><body><main><p>Dear</p></main><footer><p>This site is run on behalf of partners including Westmarch County Council, and others.</p></footer></body></html>`, ""},
		{"no body named", `<html><head><title>Disclosure log – Parking charges</title></head><body><p>x</p></body></html>`, ""},
		{"a sentence is no name", `<html><head><title>Why the Council changed its parking policy in 2024 and what it means</title></head><body></body></html>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got, err := extractHTMLPage([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got.publisher != tt.want {
				t.Errorf("publisher = %q, want %q", got.publisher, tt.want)
			}
		})
	}
}

// TestPageReference: a disclosure-log page gives its entry's reference in
// its title or breadcrumb trail; a title or crumb that is no reference
// (a year, a date, words) gives none.
func TestPageReference(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"title segment", `<html><head><title>Air quality monitoring - ENV-2025-0077 - Saltmarsh Borough Council</title></head><body><main><p>Dear</p></main></body></html>`, "ENV-2025-0077"},
		{"last crumb", `<html><head><title>Disclosure log</title></head><body><p class="breadcrumb"><a href="/">Home</a> › <a href="/foi">Disclosure log</a> › FOI 1045/24</p><main><p>Dear</p></main></body></html>`, "FOI 1045/24"},
		{"a crumb list", `<html><body><nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li>CAS-77120</li></ol></nav><main><p>Dear</p></main></body></html>`, "CAS-77120"},
		{"a year is no reference", `<html><head><title>Disclosure log 2024 | Brackenford City Council</title></head><body><p class="breadcrumb">Home › 2024</p></body></html>`, ""},
		{"a date is no reference", `<html><head><title>Parking - 12/03/2025 - Brackenford City Council</title></head><body></body></html>`, ""},
		{"words", `<html><head><title>Why the Council changed its parking policy</title></head><body></body></html>`, ""},
		{"a title opening with the reference", `<html><head><title>F25/118 Contact centre contracts – University of Lowbridge</title></head><body></body></html>`, "F25/118"},
		{"a title opening with a year", `<html><head><title>2024/25 agency spend – Kingsmere Hospitals</title></head><body></body></html>`, ""},
		{"a title opening with a word", `<html><head><title>Parking enforcement contracts – Harrowby Council</title></head><body></body></html>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got, err := extractHTMLPage([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got.reference != tt.want {
				t.Errorf("reference = %q, want %q", got.reference, tt.want)
			}
		})
	}
}
