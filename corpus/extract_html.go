package corpus

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// extractHTML returns the text of an HTML page as the lines of one page.
//
// The letter is looked for in the page's main content (<main>, role=main,
// else the longest <article>, else <body>); site furniture is skipped
// wherever it is: scripts and styles, navigation, headers and footers of
// the site, sidebars, forms, cookie banners, breadcrumbs, skip links,
// share buttons and hidden elements. Block elements end lines and
// paragraphs, headings, lists and tables are followed by a blank line;
// <br> ends a line. Ordered list items are numbered as the page shows them
// ("1. ", "a. ", "(i) ", honouring start, type, reversed and value),
// unordered ones get "• ". A data table's row is one line with its cells
// separated by TAB; a layout table (a single column, nested tables or
// headings in cells, role=presentation) is read as ordinary blocks.
//
// The encoding is taken from a byte-order mark, else UTF-8 when the whole
// page is valid UTF-8, else the page's declared charset, else
// windows-1252. Errors wrap ErrDamaged.
func extractHTML(data []byte) ([][]string, error) {
	pages, _, err := extractHTMLPage(data)
	return pages, err
}

// pageMeta is what a web page says about the letter it carries, outside
// the letter: its publisher (the site's name) and its reference (in the
// page's title or its breadcrumb trail), which the letter in the page
// often leaves out.
type pageMeta struct {
	publisher, reference string
}

// extractHTMLPage is extractHTML that also returns what the page says
// about the letter outside it.
func extractHTMLPage(data []byte) ([][]string, pageMeta, error) {
	text, err := decodeHTML(data)
	if err != nil {
		return nil, pageMeta{}, err
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, pageMeta{}, fmt.Errorf("%w: cannot parse HTML: %v", ErrDamaged, err)
	}
	meta := pageMeta{publisher: sitePublisher(doc), reference: pageReference(doc)}
	w := htmlWriter{layout: classifyTables(doc), preClasses: preservingClasses(doc)}
	root := contentRoot(doc)
	w.block(root)
	if root != doc && len(w.lines) == 0 {
		// the main element was empty (filled in by script); read it all
		w = htmlWriter{layout: w.layout, preClasses: w.preClasses}
		w.block(doc)
	}
	w.endLine()
	return [][]string{w.lines}, meta, nil
}

// pageReference finds the reference a disclosure log gives the entry a
// page shows, outside the letter: a segment of the page's <title> ("Air
// quality monitoring - ENV-2025-0077 - Saltmarsh Borough Council") or the
// last crumb of its breadcrumb trail ("Disclosure log › ENV-2025-0077"),
// when it is shaped like a reference and nothing else; "" when neither
// is.
func pageReference(doc *html.Node) string {
	var cands []string
	walkElements(doc, func(n *html.Node) bool {
		if n.DataAtom == atom.Title {
			cands = append(cands, reTitleSep.Split(firstText(n, 300), -1)...)
			return false
		}
		if n.Type == html.ElementNode && (breadcrumbName(attr(n, "class")) || breadcrumbName(attr(n, "id")) ||
			strings.EqualFold(attr(n, "aria-label"), "breadcrumb")) {
			// The crumbs are links and list items, or text between
			// separators: the last piece of the last text.
			if texts := textNodes(n, 40); len(texts) > 0 {
				crumbs := reCrumbSep.Split(texts[len(texts)-1], -1)
				cands = append(cands, crumbs[len(crumbs)-1])
			}
			return false
		}
		return true
	})
	for _, c := range cands {
		c = strings.Join(strings.Fields(c), " ")
		if pageRefShaped(c) {
			return c
		}
	}
	// "F25/118 Contact centre and inbound network contracts": a title
	// that opens with the reference, then the subject. A bare year
	// ("2024/25 agency spend") opens many a title: the reference has a
	// letter.
	for _, c := range cands {
		if f := strings.Fields(c); len(f) > 2 && pageRefShaped(f[0]) && strings.IndexFunc(f[0], unicode.IsLetter) >= 0 && strings.IndexFunc(f[0], unicode.IsDigit) >= 0 {
			return f[0]
		}
	}
	return ""
}

// reCrumbSep separates the crumbs of a breadcrumb trail.
var reCrumbSep = mustRx(`\s*[›»>/|]\s+|\s+[›»>|]\s*`)

// breadcrumbName reports whether a class list or id names a breadcrumb
// trail.
func breadcrumbName(s string) bool {
	for _, w := range nameWords(s) {
		if strings.HasPrefix(w, "breadcrumb") {
			return true
		}
	}
	return false
}

// pageRefShaped reports whether a title segment or a crumb is a
// reference and nothing more: one or two words with digits and letters
// or separators among them ("ENV-2025-0077", "FOI 1045/24"), never a
// date, a year or a plain number.
func pageRefShaped(s string) bool {
	if len(s) < 5 || len(strings.Fields(s)) > 2 || !validRef(s) {
		return false
	}
	hasLetter := strings.IndexFunc(s, unicode.IsLetter) >= 0
	return hasLetter || strings.ContainsAny(s, "/-")
}

// sitePublisher finds the public body that publishes a page, from what a
// site says about itself: its og:site_name, the segments of its <title>
// ("Agency nursing – Disclosure log – North Cantley Hospitals NHS
// Foundation Trust"), or its header's logo. Only a name that reads as a
// public body's counts; "" when none does.
func sitePublisher(doc *html.Node) string {
	var cands []string
	var header, footer []string
	walkElements(doc, func(n *html.Node) bool {
		switch {
		case n.DataAtom == atom.Meta && (attr(n, "property") == "og:site_name" || attr(n, "name") == "application-name"):
			cands = append([]string{attr(n, "content")}, cands...)
		case n.DataAtom == atom.Title:
			segs := reTitleSep.Split(firstText(n, 300), -1)
			for i := len(segs) - 1; i >= 0; i-- {
				cands = append(cands, segs[i])
			}
		case n.DataAtom == atom.Footer || strings.EqualFold(attr(n, "role"), "contentinfo"):
			// "© Hollinbrook and Wexcombe NHS Foundation Trust": the
			// holder of the site's copyright, after the other signs.
			if m := reCopyright.FindStringSubmatch(firstText(n, 300)); m != nil {
				footer = append(footer, m[1])
			}
			// Or its name on a line of its own: "Northmoor Partnership
			// NHS Foundation Trust" over its address.
			footer = append(footer, textNodes(n, 12)...)
			return false
		case n.DataAtom == atom.Header || strings.EqualFold(attr(n, "role"), "banner") || isHeaderBlock(n):
			walkElements(n, func(c *html.Node) bool {
				if c.DataAtom == atom.Img && attr(c, "alt") != "" {
					header = append(header, attr(c, "alt"))
				}
				if strings.Contains(strings.ToLower(attr(c, "class")), "logo") {
					header = append(header, firstText(c, 200))
				}
				return true
			})
			// The body's name written out in the header ("<b>Northmoor
			// Partnership NHS Foundation Trust</b>"), after its logo.
			header = append(header, textNodes(n, 12)...)
			return false
		}
		return true
	})
	all := append(append(cands, header...), footer...)
	for k, c := range all {
		c = reFoundationTrust.ReplaceAllString(strings.Join(strings.Fields(c), " "), "NHS Foundation Trust")
		m := authRE.FindString(c)
		// A name that is most of its line; or, in the footer, a name that
		// opens the body's address ("London Borough of Wyckham, Wyckham
		// Town Hall, 40 Marlborough Parade, London N31 7WY").
		if m != "" && (len(m)*2 >= len(c) || k >= len(cands)+len(header) && opensAddress(c, m)) {
			if name, ok := cleanAuthority(m); ok {
				return name
			}
		}
	}
	return ""
}

// opensAddress reports whether line c opens with the name m and goes on,
// after a comma, with an address.
func opensAddress(c, m string) bool {
	return strings.HasPrefix(c, m) && strings.HasPrefix(c[len(m):], ",") && reAddressTail.MatchString(c[len(m):])
}

// reAddressTail is what follows a body's name on its address line: a
// postcode, or a building or street.
var reAddressTail = mustRx(`\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|(?i)\b(?:town\s+hall|civic\s+centre|county\s+hall|city\s+hall|council\s+offices|house|street|road|way|lane|square|parade|place)\b`)

// textNodes returns the text of n's first text nodes, up to max of them,
// each trimmed: a header's or footer's lines.
func textNodes(n *html.Node, max int) []string {
	var out []string
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && len(out) < max; c = c.NextSibling {
			if c.Type == html.TextNode {
				if t := strings.TrimSpace(c.Data); t != "" && len(t) <= 120 {
					out = append(out, t)
				}
				continue
			}
			if c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style) {
				continue
			}
			walk(c.FirstChild)
		}
	}
	walk(n.FirstChild)
	return out
}

// isHeaderBlock reports whether an element that is not a <header> is a
// page's header by its class or id ("site-header", "nhs-header",
// "masthead").
func isHeaderBlock(n *html.Node) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Section {
		return false
	}
	for _, a := range []string{attr(n, "class"), attr(n, "id")} {
		a = strings.ToLower(a)
		if strings.Contains(a, "header") && !strings.Contains(a, "subheader") || strings.Contains(a, "masthead") {
			return true
		}
	}
	return false
}

var (
	// reCopyright is a page footer's copyright line and its holder.
	reCopyright = mustRx(`(?i)(?:©|\(c\)|copyright)\s*(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?([^·|•\n]{4,100})`)
	// reFoundationTrust is the short form of an NHS foundation trust's
	// name in page titles: "Hollinbrook and Wexcombe NHS FT".
	reFoundationTrust = mustRx(`\bNHS\s+FT\b`)
)

// reTitleSep splits a page title into its segments.
var reTitleSep = mustRx(`\s+[-–—|:·•]\s+|\s*\|\s*`)

// decodeHTML decodes a page to a string.
func decodeHTML(data []byte) (string, error) {
	utf16 := bytes.HasPrefix(data, []byte{0xfe, 0xff}) || bytes.HasPrefix(data, []byte{0xff, 0xfe})
	if !utf16 && utf8.Valid(data) {
		return string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))), nil
	}
	enc, _, _ := charset.DetermineEncoding(data, "")
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("%w: cannot decode the page's text: %v", ErrDamaged, err)
	}
	return string(out), nil
}

// contentRoot returns the element holding the page's main content, or
// the document itself.
func contentRoot(doc *html.Node) *html.Node {
	var main, byID *html.Node
	var best *html.Node
	bestLen := 0
	walkElements(doc, func(n *html.Node) bool {
		if skipElement(n, false) {
			return false
		}
		switch {
		case main == nil && (n.DataAtom == atom.Main || attr(n, "role") == "main"):
			main = n
		case n.DataAtom == atom.Article:
			if l := textLen(n); l > bestLen {
				best, bestLen = n, l
			}
		case byID == nil && isContentID(attr(n, "id")):
			byID = n
		}
		return true
	})
	switch {
	case main != nil:
		return main
	case best != nil:
		return best
	case byID != nil:
		return byID
	}
	return doc
}

// isContentID reports whether an id names the main content area as many
// content management systems spell it.
func isContentID(id string) bool {
	switch strings.ToLower(id) {
	case "content", "main", "maincontent", "main-content", "main_content", "primary", "page-content":
		return true
	}
	return false
}

// walkElements calls f for each element below n in document order,
// descending into an element only when f returns true. It uses its own
// stack: html.Parse limits nesting, but a walk should not rely on it.
func walkElements(n *html.Node, f func(*html.Node) bool) {
	stack := []*html.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && !f(n) {
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
}

// textLen returns how many bytes of text are under n.
func textLen(n *html.Node) int {
	total := 0
	walkElements(n, func(e *html.Node) bool {
		if e != n && skipElement(e, false) {
			return false
		}
		for c := e.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				total += len(strings.TrimSpace(c.Data))
			}
		}
		return true
	})
	return total
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// skipElement reports whether n is furniture rather than content. Inside
// the main content a header or footer element, or a class naming one,
// belongs to the letter (an article's title), so those are kept there.
func skipElement(n *html.Node, inContent bool) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Nav, atom.Aside, atom.Form, atom.Button, atom.Select, atom.Input,
		atom.Textarea, atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Head,
		atom.Dialog:
		return true
	case atom.Header, atom.Footer:
		if !inContent {
			return true
		}
	}
	if _, hidden := attrOK(n, "hidden"); hidden || attr(n, "aria-hidden") == "true" {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	if strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") {
		return true
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "banner", "contentinfo", "search", "complementary", "menu", "menubar", "dialog", "alertdialog":
		return true
	}
	return furnitureName(attr(n, "id"), inContent) || furnitureName(attr(n, "class"), inContent)
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// furnitureName reports whether an id or class list names site
// furniture. Names are split into words at spaces, hyphens, underscores
// and case changes, and a word must be a furniture word (or start with an
// unambiguous one), so "navigation" and "cookie-banner" match while
// "canvas" and "sharepoint" do not.
func furnitureName(s string, inContent bool) bool {
	if s == "" {
		return false
	}
	for _, w := range nameWords(s) {
		switch w {
		case "nav", "navbar", "navigation", "menu", "menubar", "megamenu", "submenu",
			"breadcrumb", "breadcrumbs", "skip", "skiplink", "skiplinks", "sidebar",
			"share", "sharing", "social", "socialmedia", "cookie", "cookies", "consent",
			"onetrust", "masthead", "toolbar", "pagination", "pager", "related":
			return true
		case "header", "footer", "banner":
			if !inContent {
				return true
			}
		}
		for _, p := range []string{"cookie", "breadcrumb", "navbar", "navigation", "sidebar", "skiplink"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
		// run-together names: "leftnav", "topmenu", "sitefooter"
		for _, s := range []string{"nav", "menu", "navigation", "cookies", "breadcrumbs"} {
			if strings.HasSuffix(w, s) {
				return true
			}
		}
		if !inContent && (strings.HasSuffix(w, "footer") || strings.HasSuffix(w, "header")) {
			return true
		}
	}
	return false
}

// referenceFields writes the reference a disclosure log's sidebar gives
// its entry ("Log reference" / "UC/FOI/2024/311" in a definition list or
// a table of two columns), as "Log reference: UC/FOI/2024/311", and
// nothing else of the sidebar: its related requests and categories are
// site furniture, and its dates of publication are not the letter's.
func (w *htmlWriter) referenceFields(aside *html.Node) {
	walkElements(aside, func(n *html.Node) bool {
		if n.DataAtom != atom.Dt && n.DataAtom != atom.Th {
			return true
		}
		label := strings.Join(strings.Fields(firstText(n, 80)), " ")
		if !reReferenceLabel.MatchString(label) {
			return false
		}
		v := n.NextSibling
		for v != nil && v.Type != html.ElementNode {
			v = v.NextSibling
		}
		if v == nil || v.DataAtom != atom.Dd && v.DataAtom != atom.Td {
			return false
		}
		if value := strings.Join(strings.Fields(firstText(v, 80)), " "); value != "" {
			w.blankLine()
			w.text(strings.TrimRight(label, ": ") + ": " + value)
			w.blankLine()
		}
		return false
	})
}

// reReferenceLabel names a reference field: "Reference", "Log
// reference", "Request number", "FOI ref", "Case no.".
var reReferenceLabel = mustRx(`(?i)^(?:(?:log|request|foi|our|case|disclosure)\s+)?(?:ref(?:erence)?\.?|(?:request|case|foi)\s+(?:number|no\.?)|identifier|id)\s*:?$`)

// nameWords splits a class list or id into lower-case words.
func nameWords(s string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	prevLower := false
	for _, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n' || r == ':' || r == '.':
			flush()
			prevLower = false
			continue
		case r >= 'A' && r <= 'Z' && prevLower:
			flush()
		}
		prevLower = r >= 'a' && r <= 'z'
		cur = append(cur, r)
	}
	flush()
	return words
}

// classifyTables returns the tables of the page that are layout tables:
// role=presentation, a single column, cells holding tables or headings,
// or a cell of site furniture (a navigation column).
func classifyTables(doc *html.Node) map[*html.Node]bool {
	layout := map[*html.Node]bool{}
	walkElements(doc, func(n *html.Node) bool {
		if n.DataAtom != atom.Table {
			return true
		}
		r := strings.ToLower(attr(n, "role"))
		if r == "presentation" || r == "none" {
			layout[n] = true
			return true
		}
		cols := 0
		structural := false
		for _, row := range tableRows(n) {
			cells := 0
			for c := row.FirstChild; c != nil; c = c.NextSibling {
				if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
					cells++
					// a navigation column beside the letter is page layout
					structural = structural || skipElement(c, false) || holdsStructure(c)
				}
			}
			cols = max(cols, cells)
		}
		layout[n] = cols <= 1 || structural
		return true
	})
	return layout
}

// tableRows returns a table's own rows, in order.
func tableRows(t *html.Node) []*html.Node {
	var rows []*html.Node
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Tr:
			rows = append(rows, c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.DataAtom == atom.Tr {
					rows = append(rows, r)
				}
			}
		}
	}
	return rows
}

// holdsStructure reports whether a cell holds a table or a heading, the
// marks of a table used for layout.
func holdsStructure(cell *html.Node) bool {
	found := false
	walkElements(cell, func(n *html.Node) bool {
		if n == cell {
			return true
		}
		switch n.DataAtom {
		case atom.Table, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			found = true
		}
		return !found
	})
	return found
}

// htmlWriter collects the lines of a page.
type htmlWriter struct {
	lines  []string
	cur    strings.Builder
	space  bool // a space is due before the next text
	layout map[*html.Node]bool
	cell   int // depth of data-table cells being written
	pre    int // depth of <pre> and of elements styled to keep line breaks
	// preClasses are the classes a page's style sheet sets to keep white
	// space as written (white-space: pre, pre-wrap, pre-line).
	preClasses map[string]bool
	lists      int  // depth of lists
	content    bool // the node being written lies in the main content
	marker     bool // the current line holds only a list marker so far
	markerAt   int  // where in the line that marker starts
}

// endLine ends the current line, if it has text. Inside a data-table
// cell a line end is a space.
func (w *htmlWriter) endLine() {
	if w.marker {
		// a block inside a list item: its text follows the marker
		return
	}
	if w.cell > 0 {
		w.space = w.cur.Len() > 0
		return
	}
	if w.cur.Len() > 0 {
		w.lines = append(w.lines, w.cur.String())
		w.cur.Reset()
	}
	w.space = false
}

// blankLine ends the current line and adds one blank line, unless the
// text already ends with one.
func (w *htmlWriter) blankLine() {
	w.endLine()
	if w.cell > 0 || w.lists > 0 {
		// paragraphs inside list items or cells do not part them
		return
	}
	if n := len(w.lines); n > 0 && w.lines[n-1] != "" {
		w.lines = append(w.lines, "")
	}
}

// text writes a text node, collapsing white space as a browser does
// (outside <pre>).
func (w *htmlWriter) text(s string) {
	if w.pre > 0 {
		w.marker = false
		lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
		for i, l := range lines {
			if i > 0 {
				w.breakLine()
			}
			w.cur.WriteString(l)
		}
		return
	}
	// only ASCII white space collapses: a no-break space is text
	fields := strings.FieldsFunc(s, isHTMLSpace)
	if len(fields) == 0 {
		if s != "" {
			w.space = w.cur.Len() > 0
		}
		return
	}
	if (w.space || startsSpace(s)) && w.cur.Len() > 0 {
		w.cur.WriteByte(' ')
	}
	w.cur.WriteString(strings.Join(fields, " "))
	w.space = endsSpace(s)
	w.marker = false
}

// breakLine is a <br>: a line end, or a blank line when the line is
// already empty (<br><br> separates paragraphs).
func (w *htmlWriter) breakLine() {
	if w.cell > 0 {
		w.space = w.cur.Len() > 0
		return
	}
	if w.cur.Len() == 0 {
		w.blankLine()
		return
	}
	w.endLine()
}

func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

func startsSpace(s string) bool {
	return s != "" && strings.ContainsRune(" \t\n\r\f", rune(s[0]))
}

func endsSpace(s string) bool {
	return s != "" && strings.ContainsRune(" \t\n\r\f", rune(s[len(s)-1]))
}

// prefix writes a list marker at the start of a fresh line.
func (w *htmlWriter) prefix(m string) {
	w.endLine()
	if w.cur.Len() > 0 && !w.marker {
		w.cur.WriteByte(' ') // inside a table cell
	}
	if !w.marker {
		w.markerAt = w.cur.Len()
	}
	w.cur.WriteString(m)
	w.space = false
	w.marker = true
}

// block writes the content of n.
func (w *htmlWriter) block(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c, n.DataAtom == atom.Main || attr(n, "role") == "main" || n.DataAtom == atom.Article || w.content)
	}
}

// node writes one node. inContent tells skipElement whether n lies in
// the main content.
func (w *htmlWriter) node(n *html.Node, inContent bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		w.block(n)
		return
	default:
		return
	}
	if skipElement(n, inContent) {
		if n.DataAtom == atom.Aside && inContent {
			w.referenceFields(n)
		}
		return
	}
	saved := w.content
	w.content = inContent
	defer func() { w.content = saved }()
	if n.DataAtom != atom.Pre && w.keepsLines(n) {
		// A mail client's quoted request in a <div> styled
		// "white-space: pre-wrap": its line breaks are the request's
		// lines, its "> " marks and all.
		w.pre++
		defer func() { w.pre-- }()
	}
	switch n.DataAtom {
	case atom.Br:
		w.breakLine()
	case atom.Hr:
		w.blankLine()
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote,
		atom.Dl, atom.Figure, atom.Address:
		w.blankLine()
		w.block(n)
		w.blankLine()
	case atom.Pre:
		w.blankLine()
		w.pre++
		w.block(n)
		w.pre--
		w.blankLine()
	case atom.Ol, atom.Ul, atom.Menu:
		w.endLine()
		w.lists++
		w.list(n)
		w.lists--
		if w.lists == 0 {
			// a nested list continues its parent's items
			w.blankLine()
		}
	case atom.Table:
		w.blankLine()
		w.table(n)
		w.blankLine()
	case atom.Div, atom.Section, atom.Main, atom.Article, atom.Header, atom.Footer,
		atom.Dt, atom.Dd, atom.Li, atom.Caption, atom.Center, atom.Details, atom.Summary,
		atom.Figcaption, atom.Fieldset, atom.Legend, atom.Body, atom.Html, atom.Tr, atom.Tbody,
		atom.Thead, atom.Tfoot:
		w.endLine()
		w.block(n)
		w.endLine()
	case atom.Td, atom.Th:
		w.endLine()
		w.block(n)
		w.endLine()
	case atom.Img:
		// pictures carry no letter text; an alt text would duplicate a caption
	default:
		w.block(n)
	}
}

// keepsLines reports whether an element's style keeps its text's line
// breaks: an inline style, or a class the page's style sheet gives
// white-space: pre, pre-wrap or pre-line.
func (w *htmlWriter) keepsLines(n *html.Node) bool {
	if style := attr(n, "style"); style != "" && reKeepsLines.MatchString(style) {
		return true
	}
	if len(w.preClasses) == 0 {
		return false
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		if w.preClasses[c] {
			return true
		}
	}
	return false
}

// preservingClasses returns the classes a page's <style> elements give
// white-space: pre, pre-wrap or pre-line (".quote{...white-space:
// pre-wrap}", "div.q, .r { white-space: pre }").
func preservingClasses(doc *html.Node) map[string]bool {
	var out map[string]bool
	walkElements(doc, func(n *html.Node) bool {
		if n.DataAtom != atom.Style {
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.TextNode {
				continue
			}
			for _, rule := range reCSSRule.FindAllStringSubmatch(c.Data, -1) {
				if !reKeepsLines.MatchString(rule[2]) {
					continue
				}
				for _, m := range reCSSClass.FindAllStringSubmatch(rule[1], -1) {
					if out == nil {
						out = map[string]bool{}
					}
					out[m[1]] = true
				}
			}
		}
		return false
	})
	return out
}

var (
	// reCSSRule is a style sheet's rule: its selectors and declarations.
	reCSSRule = mustRx(`([^{}]+)\{([^{}]*)\}`)
	// reCSSClass is a class in a selector.
	reCSSClass = mustRx(`\.([A-Za-z_][\w-]*)`)
	// reKeepsLines declares white space kept as written.
	reKeepsLines = mustRx(`(?i)white-space\s*:\s*pre(?:-wrap|-line)?\b`)
)

// list writes an <ol> or <ul>, numbering its items.
func (w *htmlWriter) list(n *html.Node) {
	ordered := n.DataAtom == atom.Ol
	style := listStyle(n)
	counter := 1
	step := 1
	if _, rev := attrOK(n, "reversed"); rev && ordered {
		step = -1
		counter = 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Li {
				counter++
			}
		}
	}
	if v, err := strconv.Atoi(strings.TrimSpace(attr(n, "start"))); err == nil && ordered {
		counter = v
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Li {
			w.node(c, w.content)
			continue
		}
		if skipElement(c, w.content) {
			continue
		}
		if v, err := strconv.Atoi(strings.TrimSpace(attr(c, "value"))); err == nil && ordered {
			counter = v
		}
		switch {
		case style == "none" || ownMarker(firstText(c, 16)) && (!ordered || sameNumber(firstText(c, 16), counter)):
			// exporters write the number as text and hide the browser's
			w.endLine()
		case ordered:
			w.prefix(listLabel(style, counter))
		default:
			w.prefix("• ")
		}
		w.block(c)
		if w.marker {
			// an item with no text: no line for it
			w.marker = false
			kept := w.cur.String()[:w.markerAt]
			w.cur.Reset()
			w.cur.WriteString(kept)
		}
		w.endLine()
		counter += step
	}
}

// firstText returns about the first limit bytes of the text under n,
// left-trimmed.
func firstText(n *html.Node, limit int) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 && b.Len() < limit {
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch {
		case e.Type == html.TextNode:
			b.WriteString(e.Data)
			continue
		case e.Type != html.ElementNode || e != n && skipElement(e, true):
			continue
		}
		for c := e.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return strings.TrimLeft(b.String(), " \t\r\n\u00a0")
}

// ownMarker reports whether a list item's text begins with its own
// number or bullet.
func ownMarker(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case size == 0:
		return false
	case strings.ContainsRune(bulletRunes, r):
		return true
	case strings.ContainsRune(asciiBullets, r) && strings.HasPrefix(s[size:], " "):
		return true
	}
	return listMarkerLen(s) > 0 || tightMarkerLen(s) > 0
}

// listStyle returns the numbering style of a list: its type attribute, or
// the list-style-type of its inline style: "1", "a", "A", "i", "I", "none"
// or "" for bullets.
func listStyle(n *html.Node) string {
	style := strings.ToLower(attr(n, "style"))
	for _, s := range []struct{ css, kind string }{
		{"lower-alpha", "a"}, {"lower-latin", "a"}, {"upper-alpha", "A"}, {"upper-latin", "A"},
		{"lower-roman", "i"}, {"upper-roman", "I"}, {"decimal", "1"}, {"list-style-type:none", "none"},
		{"list-style:none", "none"},
	} {
		if strings.Contains(strings.ReplaceAll(style, " ", ""), s.css) {
			return s.kind
		}
	}
	switch t := attr(n, "type"); t {
	case "a", "A", "i", "I", "1":
		return t
	}
	if n.DataAtom == atom.Ol {
		return "1"
	}
	return ""
}

// listLabel formats an item number in a list style, followed by a space.
func listLabel(style string, n int) string {
	switch style {
	case "a":
		return alpha(n, false) + ". "
	case "A":
		return alpha(n, true) + ". "
	case "i":
		return "(" + roman(n, false) + ") "
	case "I":
		return roman(n, true) + ". "
	}
	return strconv.Itoa(n) + ". "
}

// alpha formats n as a, b, ... z, aa, bb (Word's and browsers' way for
// letters beyond z differ; Word's repeated letter is used). Numbers below
// one are written as digits.
func alpha(n int, upper bool) string {
	if n < 1 || n > 780 {
		return strconv.Itoa(n)
	}
	c := byte('a' + (n-1)%26)
	if upper {
		c = byte('A' + (n-1)%26)
	}
	return strings.Repeat(string(c), (n-1)/26+1)
}

// roman formats n in roman numerals; numbers outside 1..3999 are written
// as digits.
func roman(n int, upper bool) string {
	if n < 1 || n > 3999 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	if upper {
		return strings.ToUpper(b.String())
	}
	return b.String()
}

// table writes a table: a data table row by row with TAB between cells,
// a layout table as blocks.
func (w *htmlWriter) table(t *html.Node) {
	if w.layout[t] || w.cell > 0 {
		// nested in a data cell, a table's text joins the cell's
		w.block(t)
		return
	}
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Tr:
			w.row(c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.DataAtom == atom.Tr {
					w.row(r)
				}
			}
		case atom.Caption:
			w.node(c, w.content)
		}
	}
}

// row writes one table row as one line.
func (w *htmlWriter) row(r *html.Node) {
	if skipElement(r, w.content) {
		return
	}
	w.endLine()
	var cells []string
	for c := r.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Td && c.DataAtom != atom.Th || skipElement(c, w.content) {
			continue
		}
		w.cell++
		w.space = false
		w.block(c)
		w.cell--
		cells = append(cells, strings.TrimSpace(w.cur.String()))
		w.cur.Reset()
		w.space = false
	}
	line := strings.Join(cells, "\t")
	if strings.TrimSpace(line) != "" {
		w.lines = append(w.lines, line)
	}
}

// sameNumber reports whether an ordered item's own leading marker is the
// number the list would give it, or not a number at all: "4. 11." is item
// four answering "11.", not an item that numbers itself eleven.
func sameNumber(s string, counter int) bool {
	end := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	if end == 0 {
		return true
	}
	n, err := strconv.Atoi(s[:end])
	return err == nil && n == counter
}
