package report

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/foicheck/foicheck/compare"
)

// consistentReport is a period whose responses have no finding.
func consistentReport() ReportResult {
	r := emptyReport()
	r.Responses = 4
	return r
}

func reportHTML(t *testing.T, r ReportResult) string {
	t.Helper()
	var buf bytes.Buffer
	if err := (Config{}).WriteReport(&buf, r, HTML); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestWriteReportHTMLGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		r    ReportResult
	}{
		{"report.html", sampleReport()},
		{"report.empty.html", emptyReport()},
		{"report.consistent.html", consistentReport()},
	} {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, filepath.Join("testdata", tt.name+".golden"), []byte(reportHTML(t, tt.r)))
		})
	}
}

// parse reads the page as a browser would and returns its elements by
// tag name, and its text.
func parse(t *testing.T, page string) (map[string][]*html.Node, string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	els := map[string][]*html.Node{}
	var text strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			els[n.Data] = append(els[n.Data], n)
		case html.TextNode:
			text.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return els, text.String()
}

// attr returns n's attribute key, named in any case (the parser gives
// SVG's attributes their camel case).
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// externalRef finds what a browser would fetch: a src, href or srcset
// attribute, a CSS url() or @import.
var externalRef = regexp.MustCompile(`(?i)\s(src|href|xlink:href|srcset|action|data)\s*=|url\(|@import`)

func TestWriteReportHTMLSelfContained(t *testing.T) {
	for name, r := range map[string]ReportResult{"sample": sampleReport(), "empty": emptyReport()} {
		page := reportHTML(t, r)
		if strings.Contains(strings.ToLower(page), "<script") {
			t.Errorf("%s: the page has a script", name)
		}
		if m := externalRef.FindString(page); m != "" {
			t.Errorf("%s: the page refers to something to fetch: %q", name, m)
		}
		els, _ := parse(t, page)
		for _, tag := range []string{"script", "link", "img", "iframe", "object", "embed", "image", "use", "a", "foreignObject"} {
			if len(els[tag]) > 0 {
				t.Errorf("%s: the page has a <%s> element", name, tag)
			}
		}
		for _, els := range els {
			for _, n := range els {
				for _, a := range n.Attr {
					if strings.HasPrefix(strings.ToLower(a.Key), "on") || strings.Contains(a.Val, "://") {
						t.Errorf("%s: <%s %s=%q>", name, n.Data, a.Key, a.Val)
					}
				}
			}
		}
		if len(els["style"]) != 1 {
			t.Errorf("%s: %d style elements, want the one inline sheet", name, len(els["style"]))
		}
	}
	// With no letter text on the page, no address of any kind is left.
	if page := reportHTML(t, emptyReport()); strings.Contains(page, "http") {
		t.Error("the empty report names an address")
	}
}

func TestWriteReportHTMLEscapes(t *testing.T) {
	page := reportHTML(t, sampleReport())
	for _, bad := range []string{"<script", "<b>", "<i>", "<s43>", "<contracts>", `"all"`, "Quill & Sons"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page holds letter text unescaped: %q", bad)
		}
	}
	for _, tag := range []string{"svg", "title", "text"} {
		if open, closed := strings.Count(page, "<"+tag), strings.Count(page, "</"+tag+">"); open != closed {
			t.Errorf("%d <%s> opened and %d closed: letter text closed one", open, tag, closed)
		}
	}
	for _, want := range []string{"&lt;script&gt;", "Quill &amp; Sons &lt;/svg&gt;", "&#34;all&#34;", "&lt;s43&gt;"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lost the escaped letter text %q", want)
		}
	}
	// Read as a browser reads it, the letter text is text, in full.
	els, text := parse(t, page)
	for _, want := range []string{
		`Incumbent <script>alert("x")</script> supplier & "all" contracts </svg>`,
		"Telephony: Northgate <b>Voice</b> Ltd.\nWeb chat: Quill & Sons </svg>",
		`New national guidance on contract dates & "commercial interests" <s43>`,
		"Annual average spend </title></svg><script>x</script>",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the page's text lacks %q", want)
		}
	}
	if len(els["b"])+len(els["i"])+len(els["script"]) > 0 {
		t.Error("letter markup became elements")
	}
}

// TestWriteReportHTMLHostile puts markup in every text field a letter or
// an officer supplies, and checks that none of it becomes markup.
func TestWriteReportHTMLHostile(t *testing.T) {
	const evil = `</title></text></svg></style><script>alert(1)</script><!--"'&`
	r := sampleReport()
	for i := range r.Findings {
		f := &r.Findings[i]
		f.Reference, f.Authority, f.Question, f.CurrentAnswer, f.Message = evil, evil, evil, evil, evil
		f.QuestionID = evil
		f.Previous.Reference, f.Previous.Question, f.Previous.Answer, f.Previous.QuestionID = evil, evil, evil, evil
		f.Current.Exemptions = []string{evil}
		if f.Explained != nil {
			e := *f.Explained
			e.ID, e.Reason, e.By = evil, evil, evil
			f.Explained = &e
		}
	}
	for i := range r.Timelines {
		tl := &r.Timelines[i]
		tl.Reference, tl.Authority, tl.Title = evil, evil, evil
		for j := range tl.Letters {
			tl.Letters[j].Reference = evil
		}
		for j := range tl.Rows {
			tl.Rows[j].QuestionID, tl.Rows[j].Question = evil, evil
		}
	}
	page := reportHTML(t, r)
	if strings.Contains(page, "<script") || strings.Contains(page, "<!--") {
		t.Error("hostile text became markup")
	}
	els, text := parse(t, page)
	if len(els["script"]) > 0 || len(els["style"]) != 1 {
		t.Errorf("%d scripts and %d style sheets", len(els["script"]), len(els["style"]))
	}
	if !strings.Contains(text, evil) {
		t.Error("the hostile text is not shown as text")
	}
	if len(els["article"]) != len(r.Findings) {
		t.Errorf("%d cards for %d findings: hostile text broke the page", len(els["article"]), len(r.Findings))
	}
}

func TestWriteReportHTMLContent(t *testing.T) {
	r := sampleReport()
	els, text := parse(t, reportHTML(t, r))

	// One card per finding; the explained one is marked and muted.
	cards := els["article"]
	if len(cards) != len(r.Findings) {
		t.Fatalf("%d cards, want %d", len(cards), len(r.Findings))
	}
	explained := 0
	for i, c := range cards {
		cls := attr(c, "class")
		if !strings.Contains(cls, "sev-"+string(r.Findings[i].Severity)) {
			t.Errorf("card %d class %q", i, cls)
		}
		if strings.Contains(cls, "explained") != (r.Findings[i].Explained != nil) {
			t.Errorf("card %d class %q, explained %v", i, cls, r.Findings[i].Explained != nil)
		}
		if strings.Contains(cls, "explained") {
			explained++
		}
	}
	if explained != 1 {
		t.Errorf("%d explained cards, want 1", explained)
	}
	for _, want := range []string{
		"2024-12-01 to 2024-12-31", "3 responses dated in the period",
		"Recorded by J. Okafor on 2024-12-12", "Explained (e1)",
		"Earlier: FOI 0456/22 · 2022-05-02 · P1.Q1", "Now: FOI 1187/24 · 2024-12-11 · P1.Q1",
		"withheld s31(1)(a), s31(1)(b)", "exemption changed", "held status changed",
		"About 140 agents.", "The supplier is withheld under s31(1)(a) & (b).",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the page lacks %q", want)
		}
	}

	// The tiles total by severity with the unexplained.
	var tiles []string
	for _, d := range els["div"] {
		if strings.HasPrefix(attr(d, "class"), "tile ") {
			tt := nodeText(d)
			tiles = append(tiles, tt)
		}
	}
	if got := strings.Join(tiles, "|"); got != "4findings3 unexplained|2high2 unexplained|1medium0 unexplained|1low1 unexplained|1explainedof 4 findings" {
		t.Errorf("tiles %q", got)
	}

	// Two timelines, each sized from its data and scaled to the page.
	var timelines []*html.Node
	for _, s := range els["svg"] {
		if attr(s, "class") == "timeline" {
			timelines = append(timelines, s)
		}
	}
	if len(timelines) != len(r.Timelines) {
		t.Fatalf("%d timelines, want %d", len(timelines), len(r.Timelines))
	}
	for i, s := range timelines {
		tl := r.Timelines[i]
		lay := layoutTimeline(tl)
		if got, want := attr(s, "viewbox"), "0 0 "+itoa(lay.Width)+" "+itoa(lay.Height); got != want {
			t.Errorf("timeline %d viewBox %q, want %q", i, got, want)
		}
		rects := 0
		for _, c := range descendants(s, "rect") {
			if attr(c, "height") == itoa(tlCellH) {
				rects++
			}
		}
		if want := len(tl.Rows) * len(tl.Letters); rects != want {
			t.Errorf("timeline %d: %d cells, want %d", i, rects, want)
		}
	}
	// A long reference is cut in the column, whole in its tooltip.
	second := nodeText(timelines[1])
	if !strings.Contains(second, "FOI/2024/CC…") || !strings.Contains(second, "FOI/2024/CC-00001203/CONTACT-CENTRE-REVIEW, 2024-12-04") {
		t.Errorf("long reference: %q", second)
	}
	// The question's text is the row label's tooltip.
	first := nodeText(timelines[0])
	if !strings.Contains(first, "P1.Q3: Contract Expiry: for each supplier") {
		t.Error("no question text in the first timeline's tooltips")
	}
	if !strings.Contains(text, "neither confirmed nor denied") || !strings.Contains(text, "not asked") {
		t.Error("no legend")
	}
}

func TestWriteReportHTMLEmptyStates(t *testing.T) {
	for _, tt := range []struct {
		name      string
		r         ReportResult
		want      string
		responses string
	}{
		{"no responses", emptyReport(), "No responses are dated in this period.", "0 responses"},
		{"consistent", consistentReport(), "Every response in the period is consistent with the history before it.", "4 responses"},
	} {
		els, text := parse(t, reportHTML(t, tt.r))
		if !strings.Contains(text, tt.want) || !strings.Contains(text, tt.responses) {
			t.Errorf("%s: the page lacks %q or %q", tt.name, tt.want, tt.responses)
		}
		if len(els["article"])+len(els["svg"]) > 0 {
			t.Errorf("%s: cards or timelines on an empty report", tt.name)
		}
	}
	// An open period says so rather than printing empty dates.
	r := emptyReport()
	r.Period = compare.Period{}
	if _, text := parse(t, reportHTML(t, r)); !strings.Contains(text, "the start to today") {
		t.Error("open period not named")
	}
}

func TestWriteReportHTMLWithoutTotals(t *testing.T) {
	// A caller that leaves Totals out still gets totals of the findings.
	r := sampleReport()
	r.Totals = compare.Totals{}
	if reportHTML(t, r) != reportHTML(t, sampleReport()) {
		t.Error("the page differs without Totals")
	}
}

func TestWriteReportHTMLWriteError(t *testing.T) {
	if err := (Config{}).WriteReport(failWriter{}, sampleReport(), HTML); err == nil {
		t.Error("no error from a failing writer")
	}
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func descendants(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == tag {
			out = append(out, c)
		}
		out = append(out, descendants(c, tag)...)
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }
