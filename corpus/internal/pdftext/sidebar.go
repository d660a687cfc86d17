package pdftext

import (
	"math"
	"strings"
)

// A web page printed to PDF may keep its sidebar: a narrow column of
// links ("How to make a request", "Publication scheme", "Related
// content") to the left of the letter. Read line by line, each link sits
// at the start of a letter's line, and the letter's own numbers ("Q1.")
// no longer open their lines. takeSidebar finds such a column and takes
// it out of the lines it shares with the letter.
//
// The letter is the column most of the page's text starts at; the sidebar
// is the text that ends well to its left, in short pieces that are not
// sentences and not numbered. A table's question column is none of these:
// the text around a table starts at the questions' margin, and its cells
// are numbered or end their questions.

// Sidebars, in points and proportions.
const (
	// sidebarGutter: a sidebar's text ends at least this far left of the
	// letter's.
	sidebarGutter = 12.0
	// sidebarItem: a sidebar's piece on one line is no longer than this
	// many bytes.
	sidebarItem = 60
	// sidebarShare: a sidebar holds at most this share of the page's text.
	sidebarShare = 0.25
	// sidebarLines: the letter's column starts at least this many lines.
	sidebarLines = 8
)

// takeSidebar returns ls and cells without a sidebar's pieces, the
// sidebar's text, a line a piece, and the line of those kept before
// which it goes; a page without a sidebar comes back as it was, with no
// sidebar text. The sidebar is a column to the left of the letter (it
// goes first), or a column of the letter's details to its right (it goes
// before the first line it shared, after the letterhead above it).
func takeSidebar(ls []*line, cells [][]cell) ([]*line, [][]cell, []string, int) {
	if l, c, bar := takeLeftSidebar(ls, cells); len(bar) > 0 {
		return l, c, bar, 0
	}
	return takeDetailsColumn(ls, cells)
}

// takeLeftSidebar is takeSidebar for a column to the left of the letter.
func takeLeftSidebar(ls []*line, cells [][]cell) ([]*line, [][]cell, []string) {
	// The letter's margin: the start of the most text.
	weight := map[int]int{}
	total := 0
	left := math.Inf(1)
	for _, cs := range cells {
		for _, c := range cs {
			weight[int(math.Round(c.x0/alignSlack))] += len(c.text)
			total += len(c.text)
			left = math.Min(left, c.x0)
		}
	}
	best, _ := heaviest(weight)
	margin := float64(best) * alignSlack
	if total == 0 || margin < left+columnIndent {
		return ls, cells, nil
	}
	atMargin, side, sideText, sentences := 0, 0, 0, 0
	for _, cs := range cells {
		if len(cs) == 0 {
			continue
		}
		for _, c := range cs {
			if math.Abs(c.x0-margin) <= alignSlack*2 {
				atMargin++
				break
			}
		}
		if c := cs[0]; c.x1 <= margin-sidebarGutter {
			t := strings.TrimSpace(c.text)
			if len(t) > sidebarItem || numberedPiece(t) || listMarker(t) {
				return ls, cells, nil
			}
			side++
			sideText += len(t)
			if strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") {
				sentences++
			}
		}
	}
	if side < 3 || atMargin < sidebarLines || float64(sideText) > sidebarShare*float64(total) || sentences*10 > side {
		return ls, cells, nil
	}
	keepL, keepC, bar, _ := takeColumn(ls, cells, false, func(c cell) bool { return c.x1 <= margin-sidebarGutter })
	return keepL, keepC, bar
}

// heaviest returns the bucket of weight with the most, the leftmost of
// those that tie, and its weight.
func heaviest(weight map[int]int) (best, most int) {
	for k, w := range weight {
		if w > most || w == most && k < best {
			best, most = k, w
		}
	}
	return best, most
}

// takeColumn takes out of each line its first cell (or, with last, its
// last) when in says it is the column's, and returns the lines left with
// their cells, the column's text, a line a piece, and how many of the
// lines left come before its first piece. A line that held nothing else
// goes.
func takeColumn(ls []*line, cells [][]cell, last bool, in func(cell) bool) ([]*line, [][]cell, []string, int) {
	var keepL []*line
	var keepC [][]cell
	var bar []string
	at := -1
	for i, cs := range cells {
		if len(cs) > 0 {
			k := 0
			if last {
				k = len(cs) - 1
			}
			if in(cs[k]) {
				if at < 0 {
					at = len(keepL)
				}
				bar = append(bar, strings.TrimSpace(cs[k].text))
				if last {
					cs = cs[:k]
				} else {
					cs = cs[1:]
				}
			}
		}
		if len(cs) == 0 {
			continue
		}
		keepL = append(keepL, ls[i])
		keepC = append(keepC, cs)
	}
	return keepL, keepC, bar, max(at, 0)
}

// numberedPiece reports whether t opens with an item's number ("3",
// "12.", "2)", "1.1 Contract value"), as a table's question column does;
// a sidebar's dates, telephone numbers and postcodes ("07/10/2026", "0191
// 000 4412", "9ZZ") do not.
func numberedPiece(t string) bool {
	i := 0
	for {
		j := i
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		if j == i || j-i > 2 {
			return false
		}
		if j == len(t) || t[j] == ' ' || t[j] == ')' {
			return true
		}
		if t[j] != '.' {
			return false
		}
		// "1." ends the number; "1.1" goes on to the next.
		if j+1 == len(t) || t[j+1] < '0' || t[j+1] > '9' {
			return true
		}
		i = j + 1
	}
}

// A letter may set its details (reference, dates, contact, address) in a
// narrow column to the right of its text, each under its label. Read
// line by line, the details end the letter's lines ("Thank you for your
// email. We have set out below each <gap> 27 October 2026"). The column
// is known by its labels: a table's answer column holds answers, not
// "Our reference" and "Date received".

// detailLabels are the labels of a letter's details, in lower case.
var detailLabels = map[string]bool{
	"our reference": true, "our ref": true, "your reference": true, "your ref": true, "reference": true,
	"date": true, "date of response": true, "date of this letter": true, "response date": true,
	"date received": true, "request received": true, "received": true, "date of request": true,
	"contact": true, "enquiries to": true, "address": true, "telephone": true, "email": true, "e-mail": true,
	"direct line": true, "phone": true,
}

// takeDetailsColumn returns ls and cells without a details column to the
// right of the letter, the column's text, a line a piece, and the line of
// those kept before which it goes; a page without one comes back as it
// was.
func takeDetailsColumn(ls []*line, cells [][]cell) ([]*line, [][]cell, []string, int) {
	// The column's left edge: where most of the lines' last cells that
	// follow another cell start.
	weight := map[int]int{}
	total := 0
	for _, cs := range cells {
		for _, c := range cs {
			total += len(c.text)
		}
		if len(cs) >= 2 {
			weight[int(math.Round(cs[len(cs)-1].x0/alignSlack))]++
		}
	}
	best, bestN := heaviest(weight)
	if bestN < 3 || total == 0 {
		return ls, cells, nil, 0
	}
	edge := float64(best) * alignSlack
	inColumn := func(c cell) bool { return math.Abs(c.x0-edge) <= alignSlack*2 }
	labels, pieces, text := 0, 0, 0
	for _, cs := range cells {
		if len(cs) == 0 {
			continue
		}
		for k, c := range cs {
			if k < len(cs)-1 && c.x1 > edge-sidebarGutter {
				// The letter's own text runs into the column.
				return ls, cells, nil, 0
			}
		}
		c := cs[len(cs)-1]
		if !inColumn(c) {
			continue
		}
		t := strings.TrimSpace(c.text)
		if len(t) > sidebarItem {
			return ls, cells, nil, 0
		}
		pieces++
		text += len(t)
		if detailLabels[strings.ToLower(strings.TrimRight(t, ":"))] {
			labels++
		}
	}
	if labels < 2 || pieces < 4 || float64(text) > sidebarShare*float64(total) {
		return ls, cells, nil, 0
	}
	return takeColumn(ls, cells, true, inColumn)
}
