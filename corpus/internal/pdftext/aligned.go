package pdftext

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// A table drawn without borders, its rows numbered in a narrow column of
// their own ("No. | Question | Response"), with each cell's text centred
// in its row: the number sits halfway down the row, and a tall answer
// starts lines above its question. Read line by line, the rows
// interleave. takeAlignedRows finds such a table by its numbers and
// rebuilds each row from the blocks of text in each column, a block
// belonging to the number it is centred on.

// Aligned tables, in points.
const (
	// numberWidth: a row number's cell is no wider than this.
	numberWidth = 20.0
	// alignSlack: cells starting within this of each other share a
	// column.
	alignSlack = 3.0
	// rowGap: a block of a column ends where the next line of the column
	// is further down than this many times the page's line spacing (the
	// rows' padding).
	rowGap = 1.12
	// regionGap: the table ends at a gap this many times the line
	// spacing.
	regionGap = 2.5
)

// mayNumberRows reports whether two lines or more hold a run that is a
// bare number of one or two digits: the cheap test before a page's cells
// are worked out again.
func mayNumberRows(ls []*line) bool {
	n := 0
	for _, l := range ls {
		for _, r := range l.parts {
			t := strings.TrimSuffix(r.text, ".")
			if len(t) >= 1 && len(t) <= 2 && t[0] >= '0' && t[0] <= '9' && (len(t) == 1 || t[1] >= '0' && t[1] <= '9') {
				n++
				break
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// numberCell reports the row number a line's first cell holds, if the
// cell is only a number of one or two digits and narrow.
func numberCell(cs []cell) (int, bool) {
	if len(cs) == 0 || cs[0].x1-cs[0].x0 > numberWidth {
		return 0, false
	}
	t := strings.TrimSuffix(cs[0].text, ".")
	if len(t) == 0 || len(t) > 2 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return 0, false
		}
		n = n*10 + int(t[i]-'0')
	}
	return n, n > 0
}

// takeAlignedRows takes the lines of a numbered table without borders out
// of ls (whose cells are cells) and returns the rest, their cells and the
// table's rows, one line each. A page without such a table comes back as
// it was.
func takeAlignedRows(ls []*line, cells [][]cell, leading float64) ([]*line, [][]cell, []tableRow) {
	if leading <= 0 || len(ls) < 4 {
		return ls, cells, nil
	}
	var nums []int // lines holding a row number, in order
	isNum := make([]bool, len(ls))
	numX := math.NaN()
	for i := range ls {
		n, ok := numberCell(cells[i])
		if !ok || n != len(nums)+1 {
			continue
		}
		x := cells[i][0].x0
		if len(nums) == 0 {
			numX = x
		} else if math.Abs(x-numX) > alignSlack {
			continue
		}
		nums = append(nums, i)
		isNum[i] = true
	}
	if len(nums) < 2 {
		return ls, cells, nil
	}
	// The table's lines: from the first number's to the last's, widened
	// to the lines around them whose cells all stand right of the numbers
	// (the first and last rows' text above and below their numbers).
	inTable := func(i int) bool {
		for _, c := range cells[i] {
			if c.x0 < numX+numberWidth {
				return false
			}
		}
		return len(cells[i]) > 0
	}
	first, last := nums[0], nums[len(nums)-1]
	for first > 0 && inTable(first-1) && ls[first-1].base-ls[first].base <= regionGap*leading {
		first--
	}
	for last+1 < len(ls) && inTable(last+1) && ls[last].base-ls[last+1].base <= regionGap*leading {
		last++
	}
	for i := first; i <= last; i++ {
		if !isNum[i] && !inTable(i) {
			return ls, cells, nil // something else in the middle: not a table
		}
	}
	// The columns: cell starts seen on two lines or more.
	var xs []float64
	for i := first; i <= last; i++ {
		for k, c := range cells[i] {
			if k == 0 && isNum[i] {
				continue
			}
			xs = append(xs, c.x0)
		}
	}
	slices.Sort(xs)
	var cols []float64
	for k := 0; k < len(xs); {
		m := k + 1
		for m < len(xs) && xs[m]-xs[m-1] <= alignSlack {
			m++
		}
		if m-k >= 2 {
			cols = append(cols, xs[k])
		}
		k = m
	}
	if len(cols) < 2 {
		return ls, cells, nil
	}
	// A question cell whose text runs close to the next column holds the
	// start of the answer too: split it where that column begins. The
	// table's lines leave the page, so their cells may be replaced.
	for i := first; i <= last; i++ {
		var split []cell
		for _, c := range cells[i] {
			parts := []cell{c}
			for _, x := range cols {
				if x <= c.x0+alignSlack {
					continue
				}
				lastPart := parts[len(parts)-1]
				if more := splitAtColumn(lastPart, x); len(more) == 2 {
					parts = append(parts[:len(parts)-1], more...)
				}
			}
			split = append(split, parts...)
		}
		cells[i] = split
	}
	column := func(x float64) int {
		c := 0
		for k, s := range cols {
			if s <= x+alignSlack {
				c = k
			}
		}
		return c
	}
	// Each column's blocks, each given to the number nearest its middle.
	texts := make([][]string, len(nums))
	for r := range texts {
		texts[r] = make([]string, len(cols))
	}
	for c := range cols {
		var block []string
		top, prev := 0.0, math.NaN()
		flush := func() {
			if len(block) == 0 {
				return
			}
			mid := (top + prev) / 2
			best := 0
			for r, i := range nums {
				if math.Abs(ls[i].base-mid) < math.Abs(ls[nums[best]].base-mid) {
					best = r
				}
			}
			texts[best][c] = joinCellLines(texts[best][c], strings.Join(block, " "))
			block = nil
		}
		for i := first; i <= last; i++ {
			var parts []string
			for k, cl := range cells[i] {
				if k == 0 && isNum[i] {
					continue
				}
				if column(cl.x0) == c {
					parts = append(parts, cl.text)
				}
			}
			if len(parts) == 0 {
				continue
			}
			if len(block) > 0 && prev-ls[i].base > rowGap*leading {
				flush()
			}
			if len(block) == 0 {
				top = ls[i].base
			}
			block = append(block, strings.Join(parts, " "))
			prev = ls[i].base
		}
		flush()
	}
	var rows []tableRow
	for r, i := range nums {
		row := strings.Join(append([]string{strconv.Itoa(r + 1)}, texts[r]...), "\t")
		top := ls[i].base
		if r == 0 {
			top = ls[first].base + 0.01
		}
		rows = append(rows, tableRow{top: top, text: row})
	}
	rest := append(append([]*line(nil), ls[:first]...), ls[last+1:]...)
	restCells := append(append([][]cell(nil), cells[:first]...), cells[last+1:]...)
	return rest, restCells, rows
}

// joinCellLines adds a block to a cell's text.
func joinCellLines(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}
