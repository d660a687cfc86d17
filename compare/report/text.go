package report

import (
	"strings"
	"unicode/utf8"
)

// ANSI SGR sequences used when Config.Color is set.
const (
	sgrReset  = "\x1b[0m"
	sgrBold   = "\x1b[1m"
	sgrDim    = "\x1b[2m"
	sgrRed    = "\x1b[31m"
	sgrGreen  = "\x1b[32m"
	sgrYellow = "\x1b[33m"
	sgrCyan   = "\x1b[36m"
)

// paint wraps s in the SGR sequence when colour is on. s is returned
// unchanged when it is empty, so padding never carries stray escapes.
func (c Config) paint(sgr, s string) string {
	if !c.Color || sgr == "" || s == "" {
		return s
	}
	return sgr + s + sgrReset
}

// oneLine collapses every run of white space, newlines included, to a
// single space, so a cell never breaks the table.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// truncate cuts s to at most n runes, ending with an ellipsis when it cut.
// It never splits a rune.
func truncate(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n == 1 {
		return "…"
	}
	i, count := 0, 0
	for i = range s {
		if count == n-1 {
			break
		}
		count++
	}
	return strings.TrimRight(s[:i], " ") + "…"
}

// table is a small aligned table: cells are measured in runes on the plain
// text and coloured afterwards, so escapes never disturb the alignment.
type table struct {
	header []string
	rows   [][]string
	// color returns the SGR sequence for a cell, or "" for none.
	color func(row, col int) string
}

// writeTo appends the table to b with two spaces between columns and no
// trailing spaces. The header is bold when colour is on.
func (t *table) writeTo(b *strings.Builder, c Config) {
	widths := make([]int, len(t.header))
	for _, r := range append([][]string{t.header}, t.rows...) {
		for i, cell := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(cell))
		}
	}
	t.line(b, c, widths, t.header, func(int) string { return sgrBold })
	for ri, r := range t.rows {
		t.line(b, c, widths, r, func(col int) string {
			if t.color == nil {
				return ""
			}
			return t.color(ri, col)
		})
	}
}

func (t *table) line(b *strings.Builder, c Config, widths []int, r []string, sgr func(col int) string) {
	// Empty cells at the end of a row would leave only padding behind.
	last := len(r) - 1
	for last > 0 && r[last] == "" {
		last--
	}
	for i, cell := range r[:last+1] {
		if i > 0 {
			b.WriteString("  ")
		}
		b.WriteString(c.paint(sgr(i), cell))
		if i < last {
			b.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(cell)))
		}
	}
	b.WriteByte('\n')
}
