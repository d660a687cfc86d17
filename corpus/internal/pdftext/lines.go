package pdftext

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// Thresholds of line building, as fractions of the font size.
const (
	// baselineTolerance: glyphs whose baselines differ by less than this
	// share a line, so superscripts and subscripts join their line while
	// single-spaced lines (about 1.15 apart) stay apart.
	baselineTolerance = 0.5
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
	seq             int // drawing order, to keep ties stable
}

// line is a run of glyphs sharing a baseline.
type line struct {
	base, size float64
	glyphs     []glyph
}

// buildLines rebuilds text lines from glyphs: upright text first, then
// each other orientation; within each, lines top to bottom.
func buildLines(gs []glyph) []string {
	var out []string
	for rot := int8(0); rot < 4; rot++ {
		var sel []glyph
		for _, g := range gs {
			if g.rot == rot {
				sel = append(sel, g)
			}
		}
		for _, l := range groupLines(sel) {
			if s := l.text(); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// groupLines sorts glyphs top to bottom and sweeps them into lines. A
// line's baseline is that of its largest glyph, so a superscript that
// starts a line gives way to the text it belongs to.
func groupLines(gs []glyph) []*line {
	slices.SortStableFunc(gs, func(a, b glyph) int {
		if c := cmp.Compare(b.y, a.y); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	var lines []*line
	var cur *line
	for _, g := range gs {
		if cur != nil && cur.base-g.y <= baselineTolerance*math.Max(cur.size, g.size) {
			cur.glyphs = append(cur.glyphs, g)
			if g.size > cur.size {
				cur.base, cur.size = g.y, g.size
			}
			continue
		}
		cur = &line{base: g.y, size: g.size, glyphs: []glyph{g}}
		lines = append(lines, cur)
	}
	return lines
}

// text orders a line's glyphs left to right and joins them, putting a
// space or a tab where the gap between glyphs asks for one.
func (l *line) text() string {
	gs := l.glyphs
	slices.SortStableFunc(gs, func(a, b glyph) int {
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
	typical := typicalWordGap(gs)
	var b strings.Builder
	for i, g := range gs {
		if i > 0 {
			switch gapKind(gs[i-1], g, typical) {
			case gapTab:
				b.WriteByte('\t')
			case gapSpace:
				b.WriteByte(' ')
			}
		}
		b.WriteString(g.text)
	}
	return b.String()
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
func gapKind(a, b glyph, typical float64) gap {
	size := math.Max(a.size, b.size)
	d := b.x0 - a.x1
	switch {
	case d > tabGap*size:
		return gapTab
	case typical > 0 && d > cellGap*size && d > cellGapRatio*typical:
		return gapTab
	case d > spaceGap*size:
		return gapSpace
	}
	return gapNone
}

// typicalWordGap returns the median of a line's word-space gaps, or 0 when
// the line has fewer than two words' worth of them to compare.
func typicalWordGap(gs []glyph) float64 {
	var gaps []float64
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
