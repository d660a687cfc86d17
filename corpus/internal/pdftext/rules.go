package pdftext

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// rule is a straight line drawn across the page, horizontal or vertical,
// in page space: the borders of a table's cells. x0 <= x1 and y0 <= y1.
type rule struct {
	x0, y0, x1, y1 float64
}

const (
	// ruleThickness: a border is drawn thinner than this.
	ruleThickness = 2.5
	// minRuleLength: shorter strokes (underlines of a letter, bullets)
	// are not borders.
	minRuleLength = 6.0
	// maxRules bounds the borders kept from one page.
	maxRules = 4096
	// ruleSnap: borders this close are one (Word draws some twice, half a
	// point apart).
	ruleSnap = 2.0
	// cellSpacing: vertical borders closer than this bound no cell.
	cellSpacing = 5.0
)

func (r rule) horizontal() bool { return r.y1-r.y0 < ruleThickness && r.x1-r.x0 >= minRuleLength }
func (r rule) vertical() bool   { return r.x1-r.x0 < ruleThickness && r.y1-r.y0 >= minRuleLength }

// pathState follows the path being built by m, l, h and re until it is
// painted or dropped.
type pathState struct {
	cur, start [2]float64
	segs       []rule
}

// point maps (x, y) by the current transformation matrix.
func (w *walker) point(x, y float64) [2]float64 {
	m := w.gs.ctm
	return [2]float64{m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]}
}

func segment(a, b [2]float64) rule {
	return rule{x0: math.Min(a[0], b[0]), y0: math.Min(a[1], b[1]), x1: math.Max(a[0], b[0]), y1: math.Max(a[1], b[1])}
}

// pathOp executes a path construction or painting operator, keeping the
// horizontal and vertical lines that are painted. Only their place
// matters: colours, widths and dashes are ignored, and curves only move
// the current point.
func (w *walker) pathOp(op string, args []operand) {
	p := &w.path
	switch op {
	case "m":
		if len(args) >= 2 {
			p.cur = w.point(num(args, len(args)-2), num(args, len(args)-1))
			p.start = p.cur
		}
	case "l":
		if len(args) >= 2 {
			next := w.point(num(args, len(args)-2), num(args, len(args)-1))
			p.addSeg(segment(p.cur, next))
			p.cur = next
		}
	case "c", "v", "y":
		if len(args) >= 2 {
			p.cur = w.point(num(args, len(args)-2), num(args, len(args)-1))
		}
	case "h":
		p.addSeg(segment(p.cur, p.start))
		p.cur = p.start
	case "re":
		if len(args) >= 4 {
			a := args[len(args)-4:]
			x, y, wd, ht := num(a, 0), num(a, 1), num(a, 2), num(a, 3)
			c := [4][2]float64{w.point(x, y), w.point(x+wd, y), w.point(x+wd, y+ht), w.point(x, y+ht)}
			box := segment(c[0], c[2])
			for _, q := range c[1:] {
				box = rule{x0: math.Min(box.x0, q[0]), y0: math.Min(box.y0, q[1]), x1: math.Max(box.x1, q[0]), y1: math.Max(box.y1, q[1])}
			}
			// A thin rectangle is a line drawn as a fill (Chromium's
			// borders); a larger one is a shading, not a border.
			if box.y1-box.y0 < ruleThickness || box.x1-box.x0 < ruleThickness {
				p.addSeg(box)
			}
			p.cur, p.start = c[0], c[0]
		}
	case "n":
		p.segs = p.segs[:0]
	default: // a painting operator: S, s, f, F, f*, B, B*, b, b*
		for _, s := range p.segs {
			if len(w.rules) >= maxRules {
				break
			}
			if s.horizontal() || s.vertical() {
				w.rules = append(w.rules, s)
			}
		}
		p.segs = p.segs[:0]
	}
}

func (p *pathState) addSeg(r rule) {
	if len(p.segs) < maxRules && finite(r.x0) && finite(r.y0) && finite(r.x1) && finite(r.y1) {
		p.segs = append(p.segs, r)
	}
}

// band is one row of a ruled table: the space between two horizontal
// borders, divided into cells by the vertical borders that cross it.
type band struct {
	top, bottom float64
	cols        []float64 // the vertical borders' x, left to right
	// openAbove, openBelow: the row has no border above (below), its
	// vertical borders ending where it does: a row split by a page break
	// goes on from the page before (to the next).
	openAbove, openBelow bool
}

// tableBands finds the rows of ruled tables on a page: the spaces
// between consecutive horizontal borders that at least three vertical
// borders cross from top to bottom (two cells or more), with the
// horizontal borders reaching across them.
func tableBands(rules []rule) []band {
	var hs, vs []rule
	for _, r := range rules {
		switch {
		case r.horizontal():
			hs = append(hs, r)
		case r.vertical():
			vs = append(vs, r)
		}
	}
	if len(hs) < 2 || len(vs) < 3 {
		return nil
	}
	// Horizontal borders at one height are one, spanning them all.
	slices.SortFunc(hs, func(a, b rule) int { return cmp.Compare(b.y0, a.y0) })
	var ys []rule
	for _, h := range hs {
		if n := len(ys); n > 0 && ys[n-1].y0-h.y0 <= ruleSnap {
			ys[n-1].x0, ys[n-1].x1 = math.Min(ys[n-1].x0, h.x0), math.Max(ys[n-1].x1, h.x1)
			continue
		}
		ys = append(ys, rule{x0: h.x0, y0: h.y0, x1: h.x1, y1: h.y0})
	}
	var out []band
	for i := 0; i+1 < len(ys); i++ {
		top, bottom := ys[i], ys[i+1]
		if top.y0-bottom.y0 < 4 {
			continue
		}
		var xs []float64
		for _, v := range vs {
			if v.y0 <= bottom.y0+ruleSnap && v.y1 >= top.y0-ruleSnap {
				xs = append(xs, (v.x0+v.x1)/2)
			}
		}
		cols := borderColumns(xs)
		if len(cols) < 3 {
			continue
		}
		if !reaches(top, cols) || !reaches(bottom, cols) {
			continue
		}
		out = append(out, band{top: top.y0, bottom: bottom.y0, cols: cols})
	}
	// A row a page break splits is drawn open: its vertical borders run
	// from the last border of the page to the foot of the text (and on
	// the next page from the head of the text to the first border).
	if b, ok := openBand(ys[len(ys)-1], vs, true); ok {
		out = append(out, b)
	}
	if b, ok := openBand(ys[0], vs, false); ok {
		out = append([]band{b}, out...)
	}
	return out
}

// borderColumns turns the x of vertical borders into a row's column
// boundaries, left to right.
func borderColumns(xs []float64) []float64 {
	slices.Sort(xs)
	var cols []float64
	for _, x := range xs {
		// Cells drawn each in its own box (an HTML table's border
		// spacing) put two borders a few points apart: one boundary.
		if n := len(cols); n > 0 && x-cols[n-1] <= cellSpacing {
			continue
		}
		cols = append(cols, x)
	}
	return cols
}

// reaches reports whether a horizontal border spans a row's columns.
func reaches(h rule, cols []float64) bool {
	return h.x0 <= cols[0]+ruleSnap*2 && h.x1 >= cols[len(cols)-1]-ruleSnap*2
}

// openBand is the row below the lowest horizontal border edge (above the
// highest, when below is false) that vertical borders bound on their own,
// if there is one: its far side is where the shortest of them ends.
func openBand(edge rule, vs []rule, below bool) (band, bool) {
	var xs []float64
	far := math.Inf(-1)
	if !below {
		far = math.Inf(1)
	}
	for _, v := range vs {
		switch {
		case below && v.y1 >= edge.y0-ruleSnap && v.y0 < edge.y0-4:
			far = max(far, v.y0)
		case !below && v.y0 <= edge.y0+ruleSnap && v.y1 > edge.y0+4:
			far = min(far, v.y1)
		default:
			continue
		}
		xs = append(xs, (v.x0+v.x1)/2)
	}
	cols := borderColumns(xs)
	if len(cols) < 3 || !reaches(edge, cols) || math.Abs(far-edge.y0) < 4 {
		return band{}, false
	}
	if below {
		return band{top: edge.y0, bottom: far, cols: cols, openBelow: true}, true
	}
	return band{top: far, bottom: edge.y0, cols: cols, openAbove: true}, true
}

// cellOf returns the band and column a run belongs to, or -1.
func cellOf(bands []band, r run) (int, int) {
	mid := (r.x0 + r.x1) / 2
	for i, b := range bands {
		if r.y <= b.bottom || r.y >= b.top || mid < b.cols[0]-ruleSnap || mid > b.cols[len(b.cols)-1]+ruleSnap {
			continue
		}
		for c := 1; c < len(b.cols); c++ {
			if mid <= b.cols[c] {
				return i, c - 1
			}
		}
		return i, len(b.cols) - 2
	}
	return -1, -1
}

// cellText joins a cell's runs into its text: its lines top to bottom,
// joined by spaces, a word broken by a hyphen at a line's end joined
// again.
func cellText(rs []run) string {
	var b strings.Builder
	for _, l := range groupLines(rs) {
		var parts []string
		for _, c := range l.cells() {
			parts = append(parts, c.text)
		}
		t := strings.TrimSpace(strings.Join(parts, " "))
		if t == "" {
			continue
		}
		s := b.String()
		switch {
		case s == "":
		case strings.HasSuffix(s, "-") && len(s) > 1 && isLowerASCII(s[len(s)-2]) && isLowerASCII(t[0]):
			// "end-" + "of-life": the hyphen stays, the break goes.
		default:
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }
