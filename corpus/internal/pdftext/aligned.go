package pdftext

import (
	"cmp"
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
	// regionGap: the table starts after a gap this many times the line
	// spacing, and ends at a gap endGap times it: below the last row
	// comes the letter's next heading, often set just right of the
	// numbers, as the questions are.
	regionGap = 2.5
	endGap    = 1.5
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

// headingCells reports whether a line is a table's heading row: every
// cell a word such as "Question" or "Response". It is no part of the
// first row, however close above it.
func headingCells(cs []cell) bool {
	for _, c := range cs {
		switch strings.ToLower(strings.TrimRight(c.text, ".:")) {
		case "no", "number", "item", "ref", "question", "questions", "request", "requests", "information requested",
			"your request", "your question", "answer", "answers", "response", "responses", "our response", "reply", "information":
		default:
			return false
		}
	}
	return len(cs) > 0
}

// splitNumberCells separates a row number from the question beside it
// where the two came out as one cell ("2 How many of these are not
// working?"): the gap between a narrow number column and the next is often
// no wider than a word space, while a row whose question wraps has its
// number alone on a line between the question's lines. The question
// column is where the text of the lines without a number starts, just
// right of the lone numbers; a first cell at the numbers' place that opens
// with a number and has a word starting at that column is split there.
func splitNumberCells(cells [][]cell) {
	numX := math.NaN()
	for _, cs := range cells {
		if _, ok := numberCell(cs); ok {
			numX = cs[0].x0
			break
		}
	}
	if math.IsNaN(numX) {
		return
	}
	var xs []float64
	for _, cs := range cells {
		if len(cs) > 0 && cs[0].x0 > numX+alignSlack && cs[0].x0 < numX+2*numberWidth {
			xs = append(xs, cs[0].x0)
		}
	}
	cols := sharedStarts(xs, alignSlack, -math.MaxFloat64)
	if len(cols) == 0 {
		return
	}
	qx := cols[0]
	for i, cs := range cells {
		if len(cs) == 0 || math.Abs(cs[0].x0-numX) > alignSlack || !opensWithRowNumber(cs[0].text) {
			continue
		}
		if parts := splitAtColumn(cs[0], qx); len(parts) == 2 {
			if _, ok := numberCell(parts[:1]); ok {
				cells[i] = append(parts, cs[1:]...)
			}
		}
	}
}

// opensWithRowNumber reports whether s starts with a number of one or two
// digits (a full stop after it allowed) and a space.
func opensWithRowNumber(s string) bool {
	n := 0
	for n < len(s) && n < 3 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 {
		return false
	}
	if n < len(s) && s[n] == '.' {
		n++
	}
	return n < len(s) && s[n] == ' '
}

// takeAlignedRows takes the lines of a numbered table without borders out
// of ls (whose cells are cells) and returns the rest, their cells and the
// table's rows, one line each. A page without such a table comes back as
// it was.
func takeAlignedRows(ls []*line, cells [][]cell, leading float64, from aligned) ([]*line, [][]cell, []tableRow, aligned) {
	if leading <= 0 || len(ls) < 4 {
		return ls, cells, nil, aligned{}
	}
	// Rows numbered beside a one-line question are found on a copy: a
	// page without such a table keeps its cells as they were.
	orig := cells
	cells = slices.Clone(cells)
	splitNumberCells(cells)
	var nums []int // lines holding a row number, in order
	isNum := make([]bool, len(ls))
	numX, numRight := math.NaN(), 0.0
	for i := range ls {
		n, ok := numberCell(cells[i])
		if !ok || n != from.next+len(nums) {
			continue
		}
		x := cells[i][0].x0
		if len(nums) == 0 && (from.numberAt == 0 || math.Abs(x-from.numberAt) <= alignSlack) {
			numX = x
		} else if len(nums) == 0 || math.Abs(x-numX) > alignSlack {
			continue
		}
		nums = append(nums, i)
		isNum[i] = true
		numRight = max(numRight, cells[i][0].x1)
	}
	// A table going on from the page before may show one row here.
	going := from.next > 1
	if len(nums) < 2 && !(going && len(nums) == 1) {
		return ls, orig, nil, aligned{}
	}
	// The table's lines: from the first number's to the last's, widened
	// to the lines around them whose cells all stand right of the numbers
	// (the first and last rows' text above and below their numbers).
	inTable := func(i int) bool {
		for _, c := range cells[i] {
			if c.x0 <= numRight {
				return false
			}
		}
		return len(cells[i]) > 0
	}
	first, last := nums[0], nums[len(nums)-1]
	for first > 0 && inTable(first-1) && !headingCells(cells[first-1]) && ls[first-1].base-ls[first].base <= regionGap*leading {
		first--
	}
	// The last row's lines below its number are as far apart as the
	// lines of one column of the table, which may be wider set than the
	// page's: cells centred beside each other put their lines half a line
	// apart, and the page seems set twice as close as it is.
	inner := math.Inf(1)
	lastAt := map[int]float64{} // a column's start (rounded) to the baseline of its last line
	for i := nums[0]; i <= last; i++ {
		for k, c := range cells[i] {
			if k == 0 && isNum[i] {
				continue
			}
			x := int(math.Round(c.x0 / alignSlack))
			if b, ok := lastAt[x]; ok && b-ls[i].base > 0 {
				inner = min(inner, b-ls[i].base)
			}
			lastAt[x] = ls[i].base
			break
		}
	}
	if math.IsInf(inner, 1) {
		inner = leading
	}
	for last+1 < len(ls) && inTable(last+1) && ls[last].base-ls[last+1].base <= endGap*max(inner, leading) {
		last++
	}
	if going && first > pageEdgeLines {
		// Not at the top of the page: not the table of the page before.
		return ls, orig, nil, aligned{}
	}
	for i := first; i <= last; i++ {
		if !isNum[i] && !inTable(i) {
			return ls, orig, nil, aligned{} // something else in the middle: not a table
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
	cols := sharedStarts(xs, alignSlack, -math.MaxFloat64)
	if len(cols) < 2 {
		return ls, orig, nil, aligned{}
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
		spacing := columnSpacing(ls, first, last, leading, func(i int) bool {
			for k, cl := range cells[i] {
				if (k > 0 || !isNum[i]) && column(cl.x0) == c {
					return true
				}
			}
			return false
		})
		var block []string
		var bases []float64 // the baseline of each of block's lines
		prev := math.NaN()
		flush := func() {
			if len(block) == 0 {
				return
			}
			for r, text := range blockRows(block, bases, nums, ls, spacing) {
				texts[r][c] = joinCellLines(texts[r][c], text)
			}
			block, bases = nil, nil
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
			if len(block) > 0 && prev-ls[i].base > rowGap*spacing {
				flush()
			}
			block = append(block, strings.Join(parts, " "))
			bases = append(bases, ls[i].base)
			prev = ls[i].base
		}
		flush()
	}
	var rows []tableRow
	for r, i := range nums {
		row := strings.Join(append([]string{strconv.Itoa(from.next + r)}, texts[r]...), "\t")
		top := ls[i].base
		if r == 0 {
			top = ls[first].base + 0.01
		}
		rows = append(rows, tableRow{top: top, text: row})
	}
	rest := append(append([]*line(nil), ls[:first]...), ls[last+1:]...)
	restCells := append(append([][]cell(nil), cells[:first]...), cells[last+1:]...)
	return rest, restCells, rows, aligned{next: from.next + len(nums), numberAt: numX, atFoot: len(ls)-1-last <= pageEdgeLines}
}

// aligned is where a numbered table without borders starts or ends: the
// number of its next row, the left edge of its numbers (0 when not
// known) and, at its end, whether it ran to the foot of the page (no
// more than pageEdgeLines lines below it: a page number, a footer).
type aligned struct {
	next     int
	numberAt float64
	atFoot   bool
}

// pageEdgeLines is how many lines a page's header or footer may hold
// beside a table that runs on from one page to the next.
const pageEdgeLines = 2

// blockRows gives a block of one column's lines (with their baselines) to
// the table's rows: the row whose number its middle is nearest, as a
// rule. A block that runs past two numbers or more is either the cells of
// rows set with no space between them, each centred on its own number,
// and is split between them, or one cell merged over those rows ("where
// one answer covers more than one question, the cells have been merged"),
// centred on none of them, whose text belongs to each: it is given to the
// first, and the others are given Ditto.
func blockRows(block []string, bases []float64, nums []int, ls []*line, spacing float64) map[int]string {
	top, bottom := bases[0], bases[len(bases)-1]
	var spanned []int // the rows whose numbers the block runs past
	for r, i := range nums {
		if b := ls[i].base; b <= top+spacing/2 && b >= bottom-spacing/2 {
			spanned = append(spanned, r)
		}
	}
	text := strings.Join(block, " ")
	if len(spanned) < 2 {
		mid := (top + bottom) / 2
		best := 0
		for r, i := range nums {
			if math.Abs(ls[i].base-mid) < math.Abs(ls[nums[best]].base-mid) {
				best = r
			}
		}
		// A short cell merged over two rows sits between their numbers,
		// halfway, and near neither.
		for r := 0; r+1 < len(nums); r++ {
			a, b := ls[nums[r]].base, ls[nums[r+1]].base
			if a >= mid && mid >= b && math.Abs(mid-(a+b)/2) <= centredSlack*spacing &&
				a-mid > offCentre*spacing && mid-b > offCentre*spacing {
				return map[int]string{r: text, r + 1: Ditto}
			}
		}
		return map[int]string{best: text}
	}
	// Split where the rows' numbers are halfway apart, and see whether
	// each piece is centred on its number.
	pieces := make([][]string, len(spanned))
	pieceBases := make([][]float64, len(spanned))
	for k, b := range bases {
		p := 0
		for p+1 < len(spanned) && b < (ls[nums[spanned[p]]].base+ls[nums[spanned[p+1]]].base)/2 {
			p++
		}
		pieces[p] = append(pieces[p], block[k])
		pieceBases[p] = append(pieceBases[p], b)
	}
	centred := true
	for p, r := range spanned {
		pb := pieceBases[p]
		if len(pb) == 0 || math.Abs((pb[0]+pb[len(pb)-1])/2-ls[nums[r]].base) > centredSlack*spacing {
			centred = false
			break
		}
	}
	out := map[int]string{}
	for p, r := range spanned {
		switch {
		case centred:
			out[r] = strings.Join(pieces[p], " ")
		case p == 0:
			out[r] = text
		default:
			out[r] = Ditto
		}
	}
	return out
}

// Ditto stands in a table row's cell for the cell of the row above merged
// over both: the text is written once, as on the page, and a reader of the
// rows knows that it answers this row too.
const Ditto = "〃"

// A cell is centred on a row's number when its middle is within
// centredSlack line spacings of the number's baseline, and off centre when
// it is further than offCentre from it.
const (
	centredSlack = 0.3
	offCentre    = 0.6
)

// joinCellLines adds a block to a cell's text, either of them perhaps
// empty.
func joinCellLines(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + " " + b
}

// A table drawn without borders whose first column holds the numbered
// questions themselves ("3. The number of Category 2 calls ...") and whose
// second holds the answers, each cell's text centred in its row, as Word
// and Writer tables often are: a tall answer starts lines above its
// question and ends lines below it, and read line by line the rows
// interleave. takeLabelledRows finds such a table by its numbered first
// column and rebuilds each row from the blocks of text in each column: a
// block of the first column belongs to the number it holds (or, holding
// none, continues the block above), and a block of the second to the row
// whose question it overlaps most, or, overlapping none, whose question's
// middle is nearest its own.

// labelledWidth: the second column starts at least this far right of the
// first.
const labelledWidth = 60.0

// numberLabel returns the number a cell's text opens with ("3. The
// number", "12) Copies", "Q4. The day rate", "Question 2: How many"), if
// it opens with one of one or two digits, after "Q" or "Question" or
// alone, followed by a full stop, bracket or colon and a space (or, after
// "Q", by a space alone).
func numberLabel(s string) (int, bool) {
	q := false
	switch {
	case strings.HasPrefix(s, "Question "):
		s, q = s[len("Question "):], true
	case strings.HasPrefix(s, "Q "):
		s, q = s[2:], true
	case strings.HasPrefix(s, "Q"):
		s, q = s[1:], true
	}
	n, i := 0, 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || i+1 >= len(s) || i < len(s) && s[i] >= '0' && s[i] <= '9' {
		return 0, false
	}
	switch {
	case (s[i] == '.' || s[i] == ')' || s[i] == ':') && s[i+1] == ' ':
	case q && s[i] == ' ':
	default:
		return 0, false
	}
	return n, n > 0
}

// takeLabelledRows takes the lines of such a table out of ls (whose cells
// are cells) and returns the rest, their cells and the table's rows, one
// line each: the question, a tab, the answer. A page without such a table
// comes back as it was.
func takeLabelledRows(ls []*line, cells [][]cell, leading float64) ([]*line, [][]cell, []tableRow) {
	if leading <= 0 || len(ls) < 4 {
		return ls, cells, nil
	}
	var nums []int // lines holding a question number, in order
	numX := math.NaN()
	for i := range ls {
		if len(cells[i]) == 0 {
			continue
		}
		n, ok := numberLabel(cells[i][0].text)
		if !ok || n != len(nums)+1 {
			continue
		}
		// Questions centred in their cells start where their width puts
		// them: the numbers need only stand in the same column.
		x := cells[i][0].x0
		if len(nums) > 0 && math.Abs(x-numX) > labelledWidth/2 {
			continue
		}
		if len(nums) == 0 {
			numX = x
		}
		nums = append(nums, i)
	}
	if len(nums) < 2 {
		return ls, cells, nil
	}
	colX, ok := gutter(cells, nums[0], nums[len(nums)-1], numX+labelledWidth)
	if !ok {
		// No clear gap: lines whose question runs into its answer cross
		// it. With the numbers aligned, the second column starts at the
		// leftmost cell well right of them, and the cells crossing it are
		// split there.
		colX, ok = leftmostRight(cells, nums, numX)
		if !ok {
			return ls, cells, nil
		}
	}
	// A question cell whose text runs close to the answers' column holds
	// the start of the answer too: split it where that column begins. The
	// split cells are kept apart, for the table's lines only.
	split := make([][]cell, len(ls))
	cellsOf := func(i int) []cell {
		if split[i] == nil {
			for _, c := range cells[i] {
				if c.x0 < colX-alignSlack && c.x1 > colX {
					split[i] = append(split[i], splitAtColumn(c, colX)...)
				} else {
					split[i] = append(split[i], c)
				}
			}
		}
		return split[i]
	}
	// A table line has its cells in the two columns: question cells
	// start at the numbers and end before the answers' column.
	left := func(c cell) bool { return c.x0 >= numX-labelledWidth/2 && c.x1 <= colX+alignSlack }
	right := func(c cell) bool { return c.x0 >= colX-alignSlack }
	tableLine := func(i int, rightOnly bool) bool {
		for _, c := range cellsOf(i) {
			if !right(c) && (rightOnly || !left(c)) {
				return false
			}
		}
		return len(cells[i]) > 0
	}
	first, last := nums[0], nums[len(nums)-1]
	for i := first; i <= last; i++ {
		if !tableLine(i, false) {
			return ls, cells, nil // something else in the middle: not a table
		}
	}
	// The first row's answer may start above its question, and the last
	// row's question and answer run on below its number. Where the two
	// columns' lines fall between each other's (cells centred in their
	// rows), the page's leading is half a column's: the gaps are measured
	// against a column's own spacing.
	rowLeading := columnSpacing(ls, nums[0], nums[len(nums)-1], leading, func(i int) bool {
		return len(cellsOf(i)) > 0 && left(cellsOf(i)[0])
	})
	for first > 0 && tableLine(first-1, true) && ls[first-1].base-ls[first].base <= regionGap*rowLeading {
		first--
	}
	for last+1 < len(ls) && tableLine(last+1, false) && ls[last].base-ls[last+1].base <= endGap*rowLeading && !proseBelow(ls, cells, last+1, colX, rowLeading) {
		// The table ends at a paragraph's gap (the heading after it,
		// set at the numbers' edge as the questions are), and before a
		// line whose neighbour below runs across the answers' column
		// with no word starting at it: prose after the table, though a
		// word of it happens to start at the column ("If you are
		// unhappy ... has been | handled you may ask ...").
		last++
	}
	// Only a table whose cells are centred needs rebuilding: some answer
	// starts above its question, on a line of its own just above the
	// number. A table whose cells start at the top of their rows reads
	// right line by line.
	centred := false
	for _, i := range nums {
		hasRight := slices.ContainsFunc(cellsOf(i), right)
		if !hasRight && i > first && tableLine(i-1, true) && ls[i-1].base-ls[i].base <= rowGap*leading*2 {
			centred = true
			break
		}
	}
	if !centred {
		return ls, cells, nil
	}
	// Each column's blocks: runs of lines no further apart than the rows'
	// padding; a question's number always starts a block.
	type block struct {
		top, bottom float64
		text        []string
		row         int // the number it holds, -1 when none
	}
	blocks := func(in func(cell) bool) []block {
		spacing := columnSpacing(ls, first, last, leading, func(i int) bool { return slices.ContainsFunc(cellsOf(i), in) })
		var out []block
		for i := first; i <= last; i++ {
			var parts []string
			for _, c := range cellsOf(i) {
				if in(c) {
					parts = append(parts, c.text)
				}
			}
			if len(parts) == 0 {
				continue
			}
			r := slices.Index(nums, i)
			if n := len(out); n == 0 || out[n-1].bottom-ls[i].base > rowGap*spacing || r >= 0 && in(cellsOf(i)[0]) {
				out = append(out, block{top: ls[i].base, row: -1})
			}
			b := &out[len(out)-1]
			b.bottom = ls[i].base
			b.text = append(b.text, strings.Join(parts, " "))
			if r >= 0 && in(cellsOf(i)[0]) {
				b.row = r
			}
		}
		return out
	}
	questions, answers := blocks(left), blocks(right)
	// Each row's question: the blocks from its number's to the next's.
	type span struct{ top, bottom float64 }
	spans := make([]span, len(nums))
	texts := make([][2]string, len(nums))
	row := -1
	for _, b := range questions {
		if b.row >= 0 {
			row = b.row
			spans[row] = span{b.top, b.bottom}
		}
		if row < 0 {
			return ls, cells, nil // text in the questions' column above the first number
		}
		spans[row].bottom = min(spans[row].bottom, b.bottom)
		texts[row][0] = joinCellLines(texts[row][0], strings.Join(b.text, " "))
	}
	// An answer's blocks that overlap a row's question are its own; a
	// block between two rows' questions (the first paragraph of an answer
	// taller than its question, centred on it) is given afterwards to the
	// row whose answer it centres best.
	given := make([][]block, len(nums))
	var between []block
	for _, b := range answers {
		best, bestOverlap, overlapping := -1, 0.0, 0
		for r, s := range spans {
			// Baselines run downwards as they fall: top is the larger.
			o := min(b.top, s.top) - max(b.bottom, s.bottom)
			if o >= 0 {
				overlapping++
			}
			if o > bestOverlap || o == bestOverlap && best >= 0 && o > 0 {
				best, bestOverlap = r, o
			}
		}
		if overlapping > 1 {
			// The rows are too close for their answers to be told apart
			// by the gaps between them: leave the lines as they are.
			return ls, cells, nil
		}
		if best < 0 {
			between = append(between, b)
			continue
		}
		given[best] = append(given[best], b)
	}
	placeBetween(given, between, func(r int, bs []block) float64 {
		if len(bs) == 0 {
			return math.NaN()
		}
		top, bottom := bs[0].top, bs[0].bottom
		for _, b := range bs[1:] {
			top, bottom = max(top, b.top), min(bottom, b.bottom)
		}
		return math.Abs((top+bottom)/2 - (spans[r].top+spans[r].bottom)/2)
	}, func(b block) int {
		return slices.IndexFunc(spans, func(s span) bool { return s.top < b.bottom })
	})
	for r, bs := range given {
		// The paragraphs of one answer join in their order down the page.
		slices.SortStableFunc(bs, func(a, b block) int { return cmp.Compare(b.top, a.top) })
		for _, b := range bs {
			texts[r][1] = joinCellLines(texts[r][1], strings.Join(b.text, " "))
		}
	}
	rows := make([]tableRow, len(nums))
	for r := range nums {
		rows[r] = tableRow{top: ls[first].base + 0.01, text: strings.TrimSpace(texts[r][0]) + "\t" + strings.TrimSpace(texts[r][1])}
	}
	rest := append(append([]*line(nil), ls[:first]...), ls[last+1:]...)
	restCells := append(append([][]cell(nil), cells[:first]...), cells[last+1:]...)
	return rest, restCells, rows
}

// proseBelow reports whether the line after i runs on from it as prose
// runs across the answers' column at x: close below it, with no word
// starting at the column.
func proseBelow(ls []*line, cells [][]cell, i int, x, leading float64) bool {
	return i+1 < len(ls) && ls[i].base-ls[i+1].base <= endGap*leading && proseAt(cells, i+1, x)
}

// gutter returns where the second column of a two-column table begins on
// lines from to through: the end of the leftmost run, right of from x,
// at least gutterWidth wide, of points no line's cells cover (one line may
// cross it, its question running into its answer), with text on its
// right on two lines or more.
func gutter(cells [][]cell, from, through int, x float64) (float64, bool) {
	maxX := x
	for i := from; i <= through; i++ {
		for _, c := range cells[i] {
			maxX = max(maxX, c.x1)
		}
	}
	n := int(maxX-x) + 1
	if n <= 0 || n > 4000 {
		return 0, false
	}
	cover := make([]int, n)
	for i := from; i <= through; i++ {
		for _, c := range cells[i] {
			lo, hi := int(c.x0-x), int(c.x1-x)
			for b := max(0, lo); b <= min(n-1, hi); b++ {
				cover[b]++
			}
		}
	}
	for b := 0; b < n; {
		if cover[b] > 1 {
			b++
			continue
		}
		e := b
		for e < n && cover[e] <= 1 {
			e++
		}
		if e < n && float64(e-b) >= gutterWidth {
			// The column starts at its leftmost cell right of the gap.
			colX := x + float64(e)
			right, start := 0, math.Inf(1)
			for i := from; i <= through; i++ {
				seen := false
				for _, c := range cells[i] {
					if c.x0 >= colX-1-alignSlack {
						start, seen = min(start, c.x0), true
					}
				}
				if seen {
					right++
				}
			}
			if right >= 2 {
				return start, true
			}
		}
		b = e
	}
	return 0, false
}

// leftmostRight returns the leftmost start, at least labelledWidth right
// of the numbers, of cells on the lines from the first number to the last,
// when the numbers are aligned and two cells or more start there.
func leftmostRight(cells [][]cell, nums []int, numX float64) (float64, bool) {
	for _, i := range nums {
		if math.Abs(cells[i][0].x0-numX) > alignSlack {
			return 0, false
		}
	}
	colX, seen := math.Inf(1), 0
	for i := nums[0]; i <= nums[len(nums)-1]; i++ {
		for _, c := range cells[i] {
			if c.x0 >= numX+labelledWidth {
				colX = min(colX, c.x0)
				seen++
			}
		}
	}
	return colX, seen >= 2
}

// gutterWidth is the narrowest gap between a table's columns, in points.
const gutterWidth = 3.0

// columnSpacing returns a table column's own line spacing over lines
// first to last, those for which in is true: the lower quartile of the
// gaps between its lines (the gaps within cells, where rows hold one line
// or several), and never less than the page's. Read line by line the
// columns interleave, so the page's spacing is too small to find the
// rows' padding by.
func columnSpacing(ls []*line, first, last int, leading float64, in func(i int) bool) float64 {
	var gaps []float64
	above := math.NaN()
	for i := first; i <= last; i++ {
		if !in(i) {
			continue
		}
		if !math.IsNaN(above) {
			gaps = append(gaps, above-ls[i].base)
		}
		above = ls[i].base
	}
	if len(gaps) == 0 {
		return leading
	}
	slices.Sort(gaps)
	return max(leading, gaps[len(gaps)/4])
}

// emptyAnswer is what a row left without an answer costs placeBetween:
// more than any distance on a page, as a table's rows all have answers.
const emptyAnswer = 1e6

// placeBetween gives the answer blocks that overlap no row's question
// (between, in their order down the page) to the rows of given, the
// blocks each row already holds. A block above the first question is the
// first row's and one below the last is the last row's; the blocks
// between two questions are split between the row above and the row
// below, the first ones going up. The splits are chosen together, so
// that the middles of all the rows' answers lie closest to the middles
// of their questions (offCentre: how far apart they are for row r given
// blocks bs; NaN for none): in a table whose cells are centred, an answer
// taller than its question begins above it and ends below it, and its
// first paragraphs lie nearer the row above, which a choice made block by
// block gives to the wrong row. rowBelow is the row whose question
// starts below a block, -1 for none.
func placeBetween[B any](given [][]B, between []B, offCentre func(r int, bs []B) float64, rowBelow func(B) int) {
	n := len(given)
	if n == 0 || len(between) == 0 {
		return
	}
	gaps := make([][]B, n+1) // gaps[g]: the blocks just above row g's question
	for _, b := range between {
		g := rowBelow(b)
		if g < 0 {
			g = n
		}
		gaps[g] = append(gaps[g], b)
	}
	// The first row takes all of the gap above it, the last all below.
	fixed := func(g int) (lo, hi int) {
		switch g {
		case 0:
			return 0, 0
		case n:
			return len(gaps[n]), len(gaps[n])
		}
		return 0, len(gaps[g])
	}
	cost := func(r, k, k2 int) float64 {
		bs := slices.Concat(gaps[r][k:], given[r], gaps[r+1][:k2])
		c := offCentre(r, bs)
		if math.IsNaN(c) {
			return emptyAnswer
		}
		return c
	}
	// best[g][k]: the least cost of the rows above gap g when gap g's
	// first k blocks go up; from[g][k], the split of gap g-1 it came from.
	best := make([][]float64, n+1)
	from := make([][]int, n+1)
	for g := range best {
		best[g] = slices.Repeat([]float64{math.Inf(1)}, len(gaps[g])+1)
		from[g] = make([]int, len(gaps[g])+1)
	}
	best[0][0] = 0
	for r := range n {
		lo, hi := fixed(r)
		lo2, hi2 := fixed(r + 1)
		for k := lo; k <= hi; k++ {
			if math.IsInf(best[r][k], 1) {
				continue
			}
			for k2 := lo2; k2 <= hi2; k2++ {
				if c := best[r][k] + cost(r, k, k2); c < best[r+1][k2] {
					best[r+1][k2], from[r+1][k2] = c, k
				}
			}
		}
	}
	k, _ := fixed(n)
	for r := n - 1; r >= 0; r-- {
		prev := from[r+1][k]
		given[r] = slices.Concat(gaps[r][prev:], given[r], gaps[r+1][:k])
		k = prev
	}
}
