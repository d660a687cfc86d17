package pdftext

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Thresholds of line building, as fractions of the font size.
const (
	// baselineTolerance: glyphs whose baselines differ by less than this
	// share a line, so superscripts and subscripts join their line while
	// single-spaced lines (about 1.15 apart) stay apart.
	baselineTolerance = 0.5
	// stackedGap: text of one size on baselines this far apart within a
	// line is two lines (see splitStacked).
	stackedGap = 0.8
	// spaceGap: a gap wider than this between glyphs is a word space.
	// Real spaces are 0.2 to 0.33 of the size; kerning and letter spacing
	// stay well below 0.15.
	spaceGap = 0.15
	// tabGap: a gap wider than this is a column boundary or tab stop and
	// becomes one tab. Justified text stretches spaces to under one size.
	tabGap = 1.5
	// cellGap and cellGapRatio: a gap wider than cellGap of the size and
	// cellGapRatio times the line's median word space is a column
	// boundary too (a table whose cells nearly touch).
	cellGap      = 0.5
	cellGapRatio = 2.2
	// sameBaseline: glyphs drawn in sequence within this of each other
	// vertically continue one run; overlapSlack: how far a glyph may start
	// back over the previous one (kerning) and still continue it.
	sameBaseline = 0.05
	overlapSlack = 0.3
	// shiftedBaseline: a run raised or lowered by more than this against
	// its neighbour is a superscript or subscript.
	shiftedBaseline = 0.2
	// duplicateOffset: a glyph repeating the previous one within this
	// distance is overprinting (simulated bold), not a second character.
	duplicateOffset = 0.1
)

// glyph is one character placed on the page, in a frame where its
// baseline runs left to right: x0..x1 along the baseline, y up the page.
type glyph struct {
	x0, x1, y, size float64
	rot             int8
	text            string
	seq             int  // drawing order, to keep ties stable
	spaced          bool // drawn after a space character
}

// run is a word-like stretch of glyphs drawn one after another along one
// baseline with no space between them. Lines are built from runs, not
// single glyphs, so that text drawn over other text (OCR layers, shadows)
// stays in words instead of interleaving letter by letter.
type run struct {
	x0, x1, y, size float64
	rot             int8
	text            string
	seq             int
	spaced          bool // drawn after a space character
}

// runs joins glyphs, in drawing order, into runs.
func runs(gs []glyph) []run {
	// A run is about a word: a few glyphs.
	out := make([]run, 0, len(gs)/4+1)
	start := 0  // the current run's first glyph
	last := 0.0 // size of the run's last glyph
	for i, g := range gs {
		if i > 0 {
			r := &out[len(out)-1]
			d := g.x0 - r.x1
			if !g.spaced && g.rot == r.rot && math.Abs(g.y-r.y) <= sameBaseline*r.size && sameSize(g.size, last) &&
				d >= -overlapSlack*r.size && d <= spaceGap*math.Max(r.size, g.size) {
				r.x1 = math.Max(r.x1, g.x1)
				r.size = math.Max(r.size, g.size)
				last = g.size
				continue
			}
			r.text = glyphText(gs[start:i])
		}
		start = i
		last = g.size
		out = append(out, run{x0: g.x0, x1: g.x1, y: g.y, size: g.size, rot: g.rot, seq: g.seq, spaced: g.spaced})
	}
	if len(out) > 0 {
		out[len(out)-1].text = glyphText(gs[start:])
	}
	return out
}

// glyphText joins the texts of glyphs, allocating once (not at all for
// one glyph).
func glyphText(gs []glyph) string {
	if len(gs) == 1 {
		return gs[0].text
	}
	n := 0
	for _, g := range gs {
		n += len(g.text)
	}
	var b strings.Builder
	b.Grow(n)
	for _, g := range gs {
		b.WriteString(g.text)
	}
	return b.String()
}

// line is a set of runs sharing a baseline.
type line struct {
	base, size float64
	parts      []run
}

// buildLines rebuilds text lines from glyphs: upright text first, then
// each other orientation; within each, lines top to bottom.
func buildLines(gs []glyph) []string { return buildRuledLines(gs, nil) }

// buildRuledLines is buildLines on a page whose borders are rules: each
// row of a ruled table becomes one line, its cells' texts in order and
// separated by tabs, however the cells' lines fall beside each other (a
// cell's text centred in a tall row starts above its neighbours').
func buildRuledLines(gs []glyph, rules []rule) []string {
	out, _ := buildPageLines(gs, rules, carry{})
	return out
}

// carry is what a table that ran to the foot of a page leaves for the
// next, where it goes on: the answer column of a two-column table (0 when
// none), and where a numbered table without borders goes on (its next
// row and the left edge of its numbers; the zero aligned when none).
type carry struct {
	column float64
	table  aligned
	// row is the ruled table row a page break split, as far as the page
	// before showed it (nil when none): it is placed with the rest of it
	// at the head of this page.
	row *tableRow
}

// buildPageLines is buildRuledLines given what a table that ran to the
// foot of the page before carried to this one (carry{} when none). It
// also returns what this page's carries to the next.
func buildPageLines(gs []glyph, rules []rule, carried carry) ([]string, carry) {
	var trailing carry
	rs := runs(gs)
	var count [4]int
	for _, g := range rs {
		if g.rot >= 0 && g.rot < 4 {
			count[g.rot]++
		}
	}
	var out []string
	for rot := int8(0); rot < 4; rot++ {
		// An orientation without runs has no lines; one with all of them
		// (the usual page) sorts rs itself, which nothing reads after.
		var sel []run
		switch count[rot] {
		case 0:
			continue
		case len(rs):
			sel = rs
		default:
			sel = make([]run, 0, count[rot])
			for _, g := range rs {
				if g.rot == rot {
					sel = append(sel, g)
				}
			}
		}
		var rows []tableRow
		var bar []string
		barAt := 0
		if rot == 0 && len(rules) > 0 {
			sel, rows = takeTableRows(sel, tableBands(rules))
		}
		ls := groupLines(sel)
		if rot == 0 {
			rows, trailing.row = splitRows(rows, carried.row, ls)
		}
		cells := make([][]cell, len(ls))
		for i, l := range ls {
			cells[i] = l.cells()
		}
		// gap measures the rows of tables without borders; paragraphs are
		// told apart by the spacing of the running text (typicalLeading).
		gap, leading := tableLeading(ls), typicalLeading(ls, cells)
		if rot == 0 {
			// A page may hold a ruled table and one without borders (or
			// rules only around a table's heading): the lines left by the
			// first are searched for the second.
			var more []tableRow
			// One page may hold two such tables, each numbered from 1
			// (a request's parts): the lines the first leaves are
			// searched again.
			from := carried.table
			if from.next <= 1 {
				from = aligned{next: 1}
			}
			for k := 0; k < maxTablesPerPage && (mayNumberRows(ls) || from.next > 1); k++ {
				var got []tableRow
				var to aligned
				ls, cells, got, to = takeAlignedRows(ls, cells, gap, from)
				if len(got) == 0 && from.next > 1 {
					// The table of the page before did not go on here.
					from = aligned{next: 1}
					continue
				}
				if len(got) == 0 {
					break
				}
				more = append(more, got...)
				trailing.table = aligned{}
				if to.atFoot {
					trailing.table = to
				}
				from = aligned{next: 1}
			}
			if len(more) == 0 {
				ls, cells, more = takeLabelledRows(ls, cells, gap)
			}
			if len(more) > 0 {
				rows = append(rows, more...)
				// Rows are placed top to bottom: baselines fall down the page.
				slices.SortStableFunc(rows, func(a, b tableRow) int { return cmp.Compare(b.top, a.top) })
			}
			// A web page's sidebar, printed beside the letter, goes
			// before it as a block of its own; a column of the letter's
			// details, before the first line it shared.
			ls, cells, bar, barAt = takeSidebar(ls, cells)
		}
		var texts []string
		if rot == 0 {
			texts, trailing.column = columnTexts(cells, carried.column)
		} else {
			texts, _ = columnTexts(cells, 0)
		}
		next := 0 // the next table row to place
		for i, l := range ls {
			if i == barAt && len(bar) > 0 {
				out = appendBlock(out, bar, i > 0)
			}
			for ; next < len(rows) && rows[next].top > l.base; next++ {
				out = appendRow(out, rows[next].text)
			}
			s := texts[i]
			if s == "" {
				continue
			}
			// A vertical gap well beyond the usual line spacing is a
			// paragraph break, as in pdftotext -layout: keep it as a
			// blank line, since the parser reads paragraphs.
			if i > 0 && len(out) > 0 && out[len(out)-1] != "" && leading > 0 &&
				ls[i-1].base-l.base > paragraphGap*leading {
				out = append(out, "")
			}
			out = append(out, s)
		}
		for ; next < len(rows); next++ {
			out = appendRow(out, rows[next].text)
		}
		if barAt >= len(ls) && len(bar) > 0 {
			out = appendBlock(out, bar, true)
		}
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out, trailing
}

// appendBlock appends lines to out as a paragraph of their own: a blank
// line after them, and before them too when apart is set.
func appendBlock(out, lines []string, apart bool) []string {
	if apart && len(out) > 0 && out[len(out)-1] != "" {
		out = append(out, "")
	}
	return append(append(out, lines...), "")
}

// tableRow is one row of a ruled table as a line, and where it starts.
type tableRow struct {
	top  float64
	text string
	// A row a page break splits keeps its cells' texts and the x of its
	// borders, to be joined with its other half.
	cells                []string
	cols                 []float64
	openAbove, openBelow bool
	bottom               float64
}

// splitRows joins the half of a row the page before carried (nil when
// none) to its other half, the first of rows if it is open above and has
// the same columns, or else sets it first as it is. A last row open below
// with no more than a page's footer under it is taken out of rows, to go
// on with the next page: trailing. ls are the page's other lines.
func splitRows(rows []tableRow, carried *tableRow, ls []*line) (_ []tableRow, trailing *tableRow) {
	if carried != nil {
		if len(rows) > 0 && rows[0].openAbove && sameColumns(rows[0].cols, carried.cols) {
			r := &rows[0]
			for i := range r.cells {
				r.cells[i] = joinCellLines(carried.cells[i], r.cells[i])
			}
			r.text = strings.TrimRight(strings.Join(r.cells, "\t"), "\t")
			r.openAbove = false
		} else {
			head := *carried
			head.top, head.openBelow = math.Inf(1), false
			rows = append([]tableRow{head}, rows...)
		}
	}
	if n := len(rows); n > 0 && rows[n-1].openBelow {
		last := rows[n-1]
		under := 0
		for _, l := range ls {
			if l.base < last.bottom {
				under++
			}
		}
		if under <= pageEdgeLines {
			return rows[:n-1], &last
		}
	}
	return rows, nil
}

// sameColumns reports whether two halves of a split row have the same
// borders.
func sameColumns(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i]-b[i]) > 2*ruleSnap {
			return false
		}
	}
	return true
}

// takeTableRows takes the runs inside ruled table rows out of rs and
// returns the rest and the rows, top to bottom.
func takeTableRows(rs []run, bands []band) ([]run, []tableRow) {
	if len(bands) == 0 {
		return rs, nil
	}
	cells := make([][][]run, len(bands))
	rest := make([]run, 0, len(rs))
	for _, r := range rs {
		b, c := cellOf(bands, r)
		if b < 0 {
			rest = append(rest, r)
			continue
		}
		if cells[b] == nil {
			cells[b] = make([][]run, len(bands[b].cols)-1)
		}
		cells[b][c] = append(cells[b][c], r)
	}
	var rows []tableRow
	for b, cs := range cells {
		if cs == nil {
			continue
		}
		texts := make([]string, len(cs))
		for c, crs := range cs {
			texts[c] = cellText(crs)
		}
		row := tableRow{top: bands[b].top, text: strings.TrimRight(strings.Join(texts, "\t"), "\t")}
		if bd := bands[b]; bd.openAbove || bd.openBelow {
			row.cells, row.cols, row.openAbove, row.openBelow, row.bottom = texts, bd.cols, bd.openAbove, bd.openBelow, bd.bottom
		}
		rows = append(rows, row)
	}
	return rest, rows
}

// appendRow adds a table row to out as a paragraph of its own.
func appendRow(out []string, row string) []string {
	if row == "" {
		return out
	}
	if n := len(out); n > 0 && out[n-1] != "" {
		out = append(out, "")
	}
	return append(out, row, "")
}

// paragraphGap: a distance between baselines more than this many times
// the page's usual line spacing separates paragraphs.
const paragraphGap = 1.35

// maxTablesPerPage bounds the numbered tables without borders looked for
// on one page.
const maxTablesPerPage = 8

// tableLeading returns the spacing of a page's lines for the tables
// without borders to be measured by: the lower quartile of the distances
// between consecutive baselines, which in a table whose cells are centred
// is the half line between one cell's lines and another's; 0 when there
// are too few lines to tell.
func tableLeading(ls []*line) float64 {
	return typicalLeading(ls, nil)
}

// typicalLeading returns the distance between consecutive baselines of
// the body text's lines (its line spacing), or 0 when there are too few
// lines to tell. With cells, it is measured between lines of one cell
// each, running text, where there are enough of them.
func typicalLeading(ls []*line, cells [][]cell) float64 {
	spacings := func(prose bool) []float64 {
		var ds []float64
		for i := 1; i < len(ls); i++ {
			if prose && (len(cells[i-1]) != 1 || len(cells[i]) != 1) {
				continue
			}
			d := ls[i-1].base - ls[i].base
			if d > 0 && d < 3*ls[i].size {
				ds = append(ds, d)
			}
		}
		return ds
	}
	// The spacing of lines of running text, one cell each: a table whose
	// cells are centred in their rows sets one cell's lines between
	// another's, half a line apart, which is no spacing of the page's
	// paragraphs (every line of the notes under such a table had read as
	// a paragraph of its own, and a sentence broken over two lines as
	// two).
	var ds []float64
	if cells != nil {
		ds = spacings(true)
	}
	if len(ds) < 3 {
		ds = spacings(false)
	}
	if len(ds) < 3 {
		return 0
	}
	slices.Sort(ds)
	// The lower quartile: paragraphs and headings only ever add space, so
	// the tighter spacings are the body's own.
	return ds[len(ds)/4]
}

// groupLines sorts runs top to bottom and sweeps them into lines. A
// line's baseline is that of its largest glyph, so a superscript that
// starts a line gives way to the text it belongs to.
func groupLines(gs []run) []*line {
	slices.SortStableFunc(gs, func(a, b run) int {
		if c := cmp.Compare(b.y, a.y); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	// A line's runs are consecutive in the sorted runs: its parts are
	// that stretch of gs, capped so that an append cannot reach the next.
	var store []line
	start := 0 // the current line's first run
	for i, g := range gs {
		if n := len(store); n > 0 {
			cur := &store[n-1]
			if cur.base-g.y <= baselineTolerance*math.Max(cur.size, g.size) {
				if g.size > cur.size {
					cur.base, cur.size = g.y, g.size
				}
				continue
			}
			cur.parts = gs[start:i:i]
		}
		start = i
		store = append(store, line{base: g.y, size: g.size})
	}
	if n := len(store); n > 0 {
		store[n-1].parts = gs[start:len(gs):len(gs)]
	}
	lines := make([]*line, 0, len(store))
	for i := range store {
		lines = append(lines, splitStacked(&store[i])...)
	}
	return lines
}

// mayBeStacked reports whether l's baselines are spread far enough for
// splitStacked to find two lines in it: the gap it looks for, at least
// stackedGap of the text's usual size, is no wider than the spread of all
// the baselines and no narrower than stackedGap of the smallest size. Most
// lines are one baseline, and are passed over without sorting anything.
func mayBeStacked(l *line) bool {
	lo, hi, small := math.Inf(1), math.Inf(-1), math.Inf(1)
	for _, r := range l.parts {
		lo, hi, small = math.Min(lo, r.y), math.Max(hi, r.y), math.Min(small, r.size)
	}
	return hi-lo >= stackedGap*small
}

// splitStacked returns l as two lines when it holds two lines of text one
// above the other: a glyph much larger than the text beside them (a
// logo's "NHS" beside a two-line letterhead) raises the tolerance of the
// line it joins until the next line of text joins too, and their words
// would interleave. Text of the line's usual size on two baselines at
// least stackedGap of its size apart, with two runs or more on each, is
// two lines; a superscript or a footnote mark, a single small run, is not.
func splitStacked(l *line) []*line {
	if len(l.parts) < 4 || !mayBeStacked(l) {
		return []*line{l}
	}
	sizes := make([]float64, len(l.parts))
	for i, r := range l.parts {
		sizes[i] = r.size
	}
	slices.Sort(sizes)
	size := sizes[len(sizes)/2]
	text := func(r run) bool { return r.size >= 0.8*size && r.size <= 1.25*size }
	var ys []float64
	for _, r := range l.parts {
		if text(r) {
			ys = append(ys, r.y)
		}
	}
	slices.Sort(ys)
	// The widest gap between the baselines of the line's text.
	cut, gap := 0.0, 0.0
	for i := 1; i < len(ys); i++ {
		if d := ys[i] - ys[i-1]; d > gap {
			gap, cut = d, (ys[i]+ys[i-1])/2
		}
	}
	if gap < stackedGap*size {
		return []*line{l}
	}
	var upper, lower []run
	above, below := 0, 0
	for _, r := range l.parts {
		if r.y > cut {
			upper = append(upper, r)
			if text(r) {
				above++
			}
		} else {
			lower = append(lower, r)
			if text(r) {
				below++
			}
		}
	}
	if above < 2 || below < 2 {
		return []*line{l}
	}
	baseOf := func(rs []run) float64 {
		for _, r := range rs {
			if text(r) {
				return r.y
			}
		}
		return rs[0].y
	}
	return []*line{{base: baseOf(upper), size: size, parts: upper}, {base: baseOf(lower), size: size, parts: lower}}
}

// cell is a stretch of a line between column gaps, with where it starts.
type cell struct {
	x0, x1 float64
	text   string
	// runs keeps the cell's runs with the gaps before them, so that a cell
	// can be split again at a column found on other lines.
	runs []run
}

// cells orders a line's glyphs left to right and joins them, putting a
// space where the gap between glyphs asks for one and starting a new cell
// at a column gap.
func (l *line) cells() []cell {
	gs := l.parts
	slices.SortStableFunc(gs, func(a, b run) int {
		if c := cmp.Compare(a.x0, b.x0); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	// Drop overprinted duplicates first, so gaps are measured between
	// the glyphs that stay.
	kept := gs[:0]
	for _, g := range gs {
		if n := len(kept); n > 0 {
			p := kept[n-1]
			tol := duplicateOffset * math.Max(p.size, g.size)
			if g.text == p.text && math.Abs(g.x0-p.x0) < tol && math.Abs(g.y-p.y) < tol {
				continue
			}
		}
		kept = append(kept, g)
	}
	gs = kept
	tracking := letterSpacing(gs)
	if tracking > 0 {
		// Letter-spaced text ("W Y V E R N" drawn a glyph at a time,
		// each set apart by the same extra space): the gaps are read
		// as if the spacing were not there.
		gs = slices.Clone(gs)
		for i := range gs {
			gs[i].x1 += tracking
		}
	}
	typical := typicalWordGap(gs)
	var out []cell
	var b strings.Builder
	// Most lines are one cell: room for the whole line and its spaces.
	size := 0
	for _, g := range gs {
		size += len(g.text) + 1
	}
	b.Grow(size)
	start := 0 // the current cell's first run
	// A cell's runs are consecutive in gs: its runs are that stretch of
	// gs, capped so that an append cannot reach the next cell's.
	flush := func(end int) {
		if n := len(out); n > 0 {
			out[n-1].text = b.String()
			out[n-1].runs = gs[start:end:end]
		}
		b.Reset()
	}
	for i, g := range gs {
		if i == 0 {
			out = append(out, cell{x0: g.x0})
		} else {
			kind := gapKind(gs[i-1], g, typical)
			if kind == gapTab && i == 1 && listMarker(gs[0].text) {
				// A bullet or list number is set at a tab stop before
				// its text, but it is not a table column.
				kind = gapSpace
			}
			switch kind {
			case gapTab:
				flush(i)
				start = i
				out = append(out, cell{x0: g.x0})
			case gapSpace:
				b.WriteByte(' ')
			}
		}
		c := &out[len(out)-1]
		c.x1 = math.Max(c.x1, g.x1)
		b.WriteString(g.text)
	}
	flush(len(gs))
	return out
}

// Column alignment, in points.
const (
	// columnSlack: cells starting within this of each other share a
	// column.
	columnSlack = 3.0
	// columnReach: how many lines above and below a column seen on one
	// line is looked for on another: a long answer cell runs on for many
	// lines beside a question cell of two.
	columnReach = 20
	// columnIndent: a column starts at least this far right of the text's
	// left edge (a first-line indent or a list is less).
	columnIndent = 60.0
)

// columnTexts turns lines, given by their cells, into text, using the
// columns that table rows show to place the lines that show none: a
// wrapped answer cell alone on
// its line starts with a tab (it belongs to the right-hand column), and a
// line whose left cell runs close to the column is split where the column
// begins. Without this a two-column table's wrapped cells cannot be told
// apart once the gaps are gone.
//
// carried is the answer column of a two-column table that ran to the foot
// of the page before, or 0: the lines at the top of this page, down to the
// first that runs across it, are that table's rows going on, though no
// line near them shows both columns (a row's question and answer cells
// centred beside each other, each alone on its lines). trailing is this
// page's own such column, for the page after.
func columnTexts(cells [][]cell, carried float64) (out []string, trailing float64) {
	left := math.Inf(1)
	wide := false // some line has three cells or more: a table of three columns may be here
	for _, cs := range cells {
		if len(cs) > 0 {
			left = math.Min(left, cs[0].x0)
		}
		wide = wide || len(cs) >= 3
	}
	goesOn := carriedRows(cells, carried)
	out = make([]string, len(cells))
	for i := range cells {
		cs := cells[i]
		beside := false // a table row near line i shows a second column
		if len(cs) == 1 {
			var col float64
			if col, beside = nearbyColumn(cells, i, left); beside {
				cs = splitAtColumn(cs[0], col)
			} else if i < goesOn {
				col, beside = carried, true
				cs = splitAtColumn(cs[0], col)
			}
		}
		indented := len(cs) == 1 && cs[0].x0 > left+columnIndent && beside
		if wide && (len(cs) >= 2 || indented) {
			// A table's line: with three columns or more, each cell in
			// its own.
			if cols := tableColumns(cells, i); len(cols) > len(cs) {
				if placed, ok := placeCells(splitAtColumns(cs, cols), cols); ok {
					out[i] = placed
					continue
				}
			}
		}
		if len(cs) == 1 {
			out[i] = cs[0].text
		} else {
			parts := make([]string, len(cs))
			for k, c := range cs {
				parts[k] = c.text
			}
			out[i] = strings.Join(parts, "\t")
		}
		if indented {
			// Set well in from the left among table rows: a right-hand
			// cell, whether its text is flush left at the column, centred
			// or flush right (a figure), and whether or not the rows
			// nearby show the column's start (centred headers do not).
			out[i] = "\t" + out[i]
		}
	}
	return out, trailingColumn(cells, left)
}

// edgeLines is how many lines at the head or foot of a page may run
// across a table's columns without ending it: a running header or footer.
const edgeLines = 2

// crosses reports whether a line's cells run across the column at x.
func crosses(cs []cell, x float64) bool {
	for _, c := range cs {
		if c.x0 < x-columnSlack && c.x1 > x+columnSlack {
			return true
		}
	}
	return false
}

// carriedRows returns how many of a page's first lines go on with a table
// whose answer column is at x (0: none): those before the first line that
// runs across the column, past a running header. The table must show
// itself: one line at least at the column.
func carriedRows(cells [][]cell, x float64) int {
	if x == 0 {
		return 0
	}
	n, atColumn := len(cells), false
	for i, cs := range cells {
		if crosses(cs, x) {
			if i < edgeLines && !atColumn {
				continue
			}
			n = i
			break
		}
		for _, c := range cs {
			atColumn = atColumn || math.Abs(c.x0-x) <= columnSlack
		}
	}
	if !atColumn {
		return 0
	}
	return n
}

// trailingColumn returns the answer column of a two-column table that
// runs to the foot of the page (past a running footer), or 0: the second
// cell's start on the last line of two cells, when no line after it runs
// across that column.
func trailingColumn(cells [][]cell, left float64) float64 {
	last := -1
	for i, cs := range cells {
		if len(cs) == 2 {
			last = i
		} else if len(cs) > 2 {
			last = -1
		}
	}
	if last < 0 {
		return 0
	}
	x := cells[last][1].x0
	if x <= left+columnIndent {
		return 0
	}
	for i := last + 1; i < len(cells)-edgeLines; i++ {
		if crosses(cells[i], x) {
			return 0
		}
	}
	return x
}

// tableColumns returns where the columns of a table of three columns or
// more start, from the cells of the lines near i (within columnReach), or
// nil. With three columns, a wrapped line's cells cannot be told apart by
// a leading tab alone ("Question | Original decision | Review"): their
// places say which column each is in. A column is a left edge that two
// cells or more share, well apart from the one before it; a centred
// header's cells share none.
func tableColumns(cells [][]cell, i int) []float64 {
	lo, hi := max(0, i-columnReach), min(len(cells), i+columnReach+1)
	var xs []float64
	table := false
	for j := lo; j < hi; j++ {
		table = table || len(cells[j]) >= 2
		for _, c := range cells[j] {
			xs = append(xs, c.x0)
		}
	}
	if !table || len(xs) < 6 {
		return nil
	}
	cols := sharedStarts(xs, columnSlack, columnIndent/2)
	if len(cols) < 3 {
		return nil
	}
	return cols
}

// sharedStarts sorts the left edges xs and returns those that two edges
// or more share, within slack of each other (the first of each group), each
// more than apart to the right of the one before.
func sharedStarts(xs []float64, slack, apart float64) []float64 {
	slices.Sort(xs)
	var cols []float64
	for k := 0; k < len(xs); {
		m := k + 1
		for m < len(xs) && xs[m]-xs[m-1] <= slack {
			m++
		}
		if m-k >= 2 && (len(cols) == 0 || xs[k]-cols[len(cols)-1] > apart) {
			cols = append(cols, xs[k])
		}
		k = m
	}
	return cols
}

// placeCells writes a line's cells each in the column it starts in, with
// a tab before every column, empty ones included, so that "\t\tUpheld."
// is in the third column. It fails when two cells fall in one column or a
// cell starts left of the first.
func placeCells(cs []cell, cols []float64) (string, bool) {
	var b strings.Builder
	at := 0 // the column the builder is in
	for k, c := range cs {
		col := -1
		for m, x := range cols {
			if c.x0 >= x-columnSlack {
				col = m
			}
		}
		if col < 0 || k > 0 && col <= at {
			return "", false
		}
		for ; at < col; at++ {
			b.WriteByte('\t')
		}
		b.WriteString(c.text)
	}
	return b.String(), true
}

// nearbyColumn returns the x where a second column starts on a table row
// near line i, if any. A line between them that runs across the column
// with no word starting at it is prose: the table ended there (a
// letterhead's "Our reference | FOI/25/219" says nothing of the
// paragraphs below it).
func nearbyColumn(cells [][]cell, i int, left float64) (float64, bool) {
	for d := 1; d <= columnReach; d++ {
		for _, j := range []int{i - d, i + d} {
			if j < 0 || j >= len(cells) || len(cells[j]) < 2 {
				continue
			}
			if x := cells[j][1].x0; x > left+columnIndent && !proseBetween(cells, i, j, x) {
				if proseAt(cells, i-1, x) || proseAt(cells, i+1, x) {
					// A line of a paragraph whose neighbour runs across
					// the column with no word at it: a word of this one
					// that happens to start there starts no cell ("If you
					// are unhappy ... has been | handled you may ask").
					return 0, false
				}
				return x, true
			}
		}
	}
	return 0, false
}

// proseAt reports whether line k runs across x as one cell of words that
// no word of it starts at (a rule drawn in dashes across a table is no
// prose).
func proseAt(cells [][]cell, k int, x float64) bool {
	if k < 0 || k >= len(cells) {
		return false
	}
	cs := cells[k]
	return len(cs) == 1 && crosses(cs, x) && len(splitAtColumn(cs[0], x)) == 1 && strings.ContainsFunc(cs[0].text, unicode.IsLetter)
}

// proseBetween reports whether a line strictly between lines i and j
// runs across x as one cell that no word of it starts at.
func proseBetween(cells [][]cell, i, j int, x float64) bool {
	for k := min(i, j) + 1; k < max(i, j); k++ {
		if proseAt(cells, k, x) {
			return true
		}
	}
	return false
}

// splitAtColumn splits a single cell where a run starts at the column x
// after a word gap; it returns the cell whole when no run does.
func splitAtColumn(c cell, x float64) []cell {
	for k := 1; k < len(c.runs); k++ {
		r := c.runs[k]
		if math.Abs(r.x0-x) <= columnSlack && r.x0-c.runs[k-1].x1 > spaceGap*r.size {
			return []cell{joinRuns(c.runs[:k]), joinRuns(c.runs[k:])}
		}
	}
	return []cell{c}
}

// splitAtColumns splits cells that run on over a column's start with no
// more than a word space: a cell filled to its right edge meets the next
// one ("all Withheld under section 31").
func splitAtColumns(cs []cell, cols []float64) []cell {
	out := make([]cell, 0, len(cs)+1)
	for _, c := range cs {
		for _, x := range cols[1:] {
			if x <= c.x0+columnSlack || x >= c.x1 {
				continue
			}
			if parts := splitAtColumn(c, x); len(parts) == 2 {
				out = append(out, parts[0])
				c = parts[1]
			}
		}
		out = append(out, c)
	}
	return out
}

// joinRuns makes a cell of runs known to be one cell, with spaces at word
// gaps.
func joinRuns(rs []run) cell {
	c := cell{x0: rs[0].x0, runs: rs}
	var b strings.Builder
	for k, r := range rs {
		if k > 0 && (r.x0-rs[k-1].x1 > spaceGap*math.Max(r.size, rs[k-1].size) || r.spaced) {
			b.WriteByte(' ')
		}
		b.WriteString(r.text)
		c.x1 = math.Max(c.x1, r.x1)
	}
	c.text = b.String()
	return c
}

type gap int

const (
	gapNone gap = iota
	gapSpace
	gapTab
)

// gapKind classifies the gap between neighbours a and b. A gap is a
// column boundary when it is very wide for the font, or when it is both
// fairly wide and well over the line's typical word space: table cells sit
// a little apart, while justified text widens every space of a line alike.
func gapKind(a, b run, typical float64) gap {
	size := math.Max(a.size, b.size)
	d := b.x0 - a.x1
	switch {
	case d > tabGap*size:
		return gapTab
	case typical > 0 && d > cellGap*size && d > cellGapRatio*typical:
		return gapTab
	case d > spaceGap*size:
		return gapSpace
	case d < -overlapSlack*size:
		// Runs drawn over each other (an OCR layer's overlapping boxes)
		// are separate words.
		return gapSpace
	case footnoteMark(a, b):
		return gapSpace
	case b.spaced && b.seq > a.seq:
		return gapSpace
	}
	return gapNone
}

// letterSpacing returns the extra space set between the letters of a
// line drawn a glyph at a time with letter spacing (a banner in small
// capitals, a CSS letter-spacing), or 0 for any other line: most of the
// line's runs are single glyphs, and most gaps between them are alike and
// wider than the gap that marks a word space, so that every letter would
// read as a word of its own.
func letterSpacing(gs []run) float64 {
	if len(gs) < minTrackedGlyphs {
		return 0
	}
	singles := 0
	for _, g := range gs {
		if utf8.RuneCountInString(g.text) == 1 {
			singles++
		}
	}
	if singles*5 < len(gs)*4 {
		return 0
	}
	var buf [64]float64
	gaps := buf[:0]
	size := 0.0
	for i := 1; i < len(gs); i++ {
		gaps = append(gaps, gs[i].x0-gs[i-1].x1)
		size = math.Max(size, gs[i].size)
	}
	slices.Sort(gaps)
	low := gaps[len(gaps)/4]
	if low <= spaceGap*size || low > maxTracking*size {
		return 0
	}
	alike, wider := 0, 0
	for _, d := range gaps {
		switch {
		case d >= low*0.8 && d <= low*1.25:
			alike++
		case d >= low+spaceGap*size:
			wider++
		}
	}
	// The letters of a word alike, and words apart by more: a row of
	// single letters set evenly apart ("A B C D E F G H") shows no
	// words, and stays letters.
	if alike*2 < len(gaps) || wider == 0 {
		return 0
	}
	return low
}

// minTrackedGlyphs is how many glyphs a line needs before its gaps can
// show letter spacing; maxTracking is the widest letter spacing read as
// such, of the font size.
const (
	minTrackedGlyphs = 8
	maxTracking      = 0.6
)

// typicalWordGap returns the median of a line's word-space gaps, or 0 when
// the line has fewer than two words' worth of them to compare.
func typicalWordGap(gs []run) float64 {
	var buf [64]float64
	gaps := buf[:0]
	for i := 1; i < len(gs); i++ {
		size := math.Max(gs[i-1].size, gs[i].size)
		if d := gs[i].x0 - gs[i-1].x1; d > spaceGap*size && d <= tabGap*size {
			gaps = append(gaps, d)
		}
	}
	if len(gaps) < 2 {
		return 0
	}
	slices.Sort(gaps)
	return gaps[len(gaps)/2]
}

func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// sameSize reports whether two font sizes are within a sixth of each
// other: a change larger than that starts a new run (a footnote mark set
// small on the baseline).
func sameSize(a, b float64) bool {
	return math.Abs(a-b) <= math.Max(a, b)/6
}

// footnoteMark reports whether a or b is a footnote mark set against its
// neighbour (raised, lowered or smaller, and a number): "2023-24¹." is
// the words "2023-24", "1" and ".". A raised ordinal ("13th") is not a
// mark and stays in its word. This is also where pdftotext splits words.
func footnoteMark(a, b run) bool {
	size := math.Max(a.size, b.size)
	if math.Abs(b.y-a.y) <= shiftedBaseline*size && sameSize(a.size, b.size) {
		return false
	}
	switch {
	case b.size < a.size && b.y-a.y < -shiftedBaseline*size:
		// A subscript ("CO₂") belongs to its word.
		return false
	case b.size < a.size || b.y-a.y > shiftedBaseline*size:
		return startsWithDigit(b.text)
	case math.Abs(a.y-b.y) > shiftedBaseline*size:
		// Back from a raised mark to the baseline; a mark set small on
		// the baseline runs on into what follows ("1.").
		return endsWithDigit(a.text)
	}
	return false
}

func endsWithDigit(s string) bool {
	return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

// listMarker reports whether s is a bullet ("•", "–", "*", or U+F0B7,
// Word's bullet in the Symbol font) or a list number ("1.", "12)", "a.",
// "(iv)", "iii.").
func listMarker(s string) bool {
	switch s {
	case "•", "◦", "▪", "■", "□", "●", "○", "·", "-", "–", "—", "*", "\uf0b7", "o", "➢", "✓":
		return true
	}
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	body := s
	switch {
	case s[0] == '(' && s[len(s)-1] == ')':
		body = s[1 : len(s)-1]
	case s[len(s)-1] == '.' || s[len(s)-1] == ')':
		body = s[:len(s)-1]
	default:
		return false
	}
	if body == "" {
		return false
	}
	digits, roman := true, true
	for _, r := range body {
		digits = digits && r >= '0' && r <= '9'
		roman = roman && strings.ContainsRune("ivxlcIVXLC", r)
	}
	letter := len(body) == 1 && (body[0] >= 'a' && body[0] <= 'z' || body[0] >= 'A' && body[0] <= 'Z')
	return digits && len(body) <= 3 || roman || letter
}
