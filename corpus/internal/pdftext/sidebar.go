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

// takeSidebar returns ls and cells without a sidebar's pieces, and the
// sidebar's text, a line a piece; a page without a sidebar comes back as
// it was, with no sidebar text.
func takeSidebar(ls []*line, cells [][]cell) ([]*line, [][]cell, []string) {
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
	best, bestW := 0, 0
	for k, w := range weight {
		if w > bestW || w == bestW && k < best {
			best, bestW = k, w
		}
	}
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
	var keepL []*line
	var keepC [][]cell
	var bar []string
	for i, cs := range cells {
		if len(cs) > 0 && cs[0].x1 <= margin-sidebarGutter {
			bar = append(bar, strings.TrimSpace(cs[0].text))
			cs = cs[1:]
		}
		if len(cs) == 0 {
			continue
		}
		keepL = append(keepL, ls[i])
		keepC = append(keepC, cs)
	}
	return keepL, keepC, bar
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
