package pdftext

import (
	"slices"
	"testing"
)

// seq numbers glyphs in the order they are drawn.
func seq(gs ...glyph) []glyph {
	for i := range gs {
		gs[i].seq = i + 1
	}
	return gs
}

// g places text at x on baseline y at size 10, one unit of width per
// character times 5 (a glyph of a 500-unit font).
func g(x, y float64, text string) glyph {
	return glyph{x0: x, x1: x + 5*float64(len([]rune(text))), y: y, size: 10, text: text}
}

func TestBuildLines(t *testing.T) {
	small := func(gl glyph, size, rise float64) glyph {
		gl.size, gl.y = size, gl.y+rise
		gl.x1 = gl.x0 + size/2*float64(len(gl.text))
		return gl
	}
	spaced := func(gl glyph) glyph { gl.spaced = true; return gl }
	tests := []struct {
		name   string
		glyphs []glyph
		want   []string
	}{
		{"touching glyphs are a word", seq(g(0, 0, "a"), g(5, 0, "b"), g(10, 0, "c")), []string{"abc"}},
		{"a small gap is kerning", seq(g(0, 0, "a"), g(6, 0, "b")), []string{"ab"}},
		{"a space gap", seq(g(0, 0, "a"), g(7.5, 0, "b")), []string{"a b"}},
		{"a drawn space, however narrow", seq(g(0, 0, "a"), spaced(g(5.5, 0, "b"))), []string{"a b"}},
		{"a wide gap is a tab", seq(g(0, 0, "a"), g(25, 0, "b")), []string{"a\tb"}},
		{"drawn right to left, read left to right", seq(g(20, 0, "c"), g(10, 0, "b"), g(0, 0, "a")), []string{"a b c"}},
		{"lines top to bottom", seq(g(0, 0, "low"), g(0, 100, "high")), []string{"high", "low"}},
		// A logo's letters (16 on 10) between the two lines of a
		// letterhead, set 11.5 apart: two lines, not one interleaved.
		{"a logo beside a two-line letterhead", seq(
			g(0, 769, "Kingsmere"), g(55, 769, "Hospitals"), g(110, 769, "Trust"),
			small(g(400, 761.5, "NHS"), 16, 0),
			g(0, 757.5, "Corporate"), g(55, 757.5, "Governance"), g(115, 757.5, "Department")),
			[]string{"Kingsmere Hospitals Trust", "Corporate Governance Department\tNHS"}},
		// A footnote mark raised beside its line is no line of its own.
		{"a raised footnote mark first", seq(small(g(60.5, 3.5, "1"), 6, 0), g(0, 0, "withheld"), g(45, 0, "s31"), g(70, 0, "applies"), g(0, -11.5, "next"), g(25, -11.5, "line")),
			[]string{"withheld s31 1 applies", "next line"}},
		{"a baseline wobble is one line", seq(g(0, 100, "a"), g(10, 101.5, "b")), []string{"a b"}},
		{"superscript joins", seq(g(0, 0, "13"), small(g(10, 0, "th"), 6, 4)), []string{"13th"}},
		{"subscript joins", seq(g(0, 0, "CO"), small(g(10, 0, "2"), 6, -3), g(13, 0, "e")), []string{"CO2e"}},
		{"footnote mark is a word", seq(g(0, 0, "2023"), small(g(20, 0, "1"), 6, 4), g(23, 0, ".")), []string{"2023 1 ."}},
		{"overprint dropped", seq(g(0, 0, "Bold"), g(0.3, 0, "Bold")), []string{"Bold"}},
		{"overlapping words kept apart", seq(g(0, 0, "first"), g(10, 0, "second")), []string{"first second"}},
		{"cells close together in a table", seq(g(0, 0, "a"), g(7.5, 0, "b"), g(15, 0, "c"), g(22.5, 0, "d"), g(36, 0, "e"), g(43.5, 0, "f")), []string{"a b c d\te f"}},
		// Letters set 2 apart (a fifth of the size), words 6.5 apart:
		// letter-spaced words, not letters.
		{"letter-spaced words", seq(g(0, 0, "O"), g(7, 0, "F"), g(14, 0, "F"), g(21, 0, "I"), g(28, 0, "C"), g(35, 0, "E"),
			g(46.5, 0, "O"), g(53.5, 0, "N"), g(60.5, 0, "L"), g(67.5, 0, "Y")), []string{"OFFICE ONLY"}},
		// Single letters evenly apart show no words: they stay letters.
		{"a row of single letters", seq(g(0, 0, "A"), g(7, 0, "B"), g(14, 0, "C"), g(21, 0, "D"), g(28, 0, "E"), g(35, 0, "F"),
			g(42, 0, "G"), g(49, 0, "H")), []string{"A B C D E F G H"}},
		{"a bullet at a tab stop is not a column", seq(g(0, 0, "•"), g(25, 0, "text")), []string{"• text"}},
		{"a list number at a tab stop is not a column", seq(g(0, 0, "12."), g(40, 0, "text"), g(90, 0, "cell")), []string{"12. text\tcell"}},
		{"a right-hand cell alone on its line, set right of the column", seq(
			g(0, 100, "1. Number of cars"), g(200, 100, "yes"),
			g(0, 88, "2. Number of vans"),
			g(230, 76, "112"),
			g(0, 64, "at 1 October."),
		), []string{"1. Number of cars\tyes", "2. Number of vans", "\t112", "at 1 October."}},
		{"a long right-hand cell far from the row that shows its column", seq(
			g(0, 300, "1. Short question"), g(200, 300, "yes"),
			g(200, 288, "answer line 0"),
			g(200, 276, "answer line 1"),
			g(200, 264, "answer line 2"),
			g(200, 252, "answer line 3"),
			g(200, 240, "answer line 4"),
			g(200, 228, "answer line 5"),
			g(200, 216, "answer line 6"),
			g(200, 204, "answer line 7"),
			g(200, 192, "answer line 8"),
			g(200, 180, "answer line 9"),
			g(200, 168, "answer line 10"),
			g(200, 156, "answer line 11"),
		), []string{"1. Short question\tyes", "\tanswer line 0", "\tanswer line 1", "\tanswer line 2", "\tanswer line 3", "\tanswer line 4", "\tanswer line 5", "\tanswer line 6", "\tanswer line 7", "\tanswer line 8", "\tanswer line 9", "\tanswer line 10", "\tanswer line 11"}},
		// Three columns without borders: a wrapped line's cells are placed
		// in their columns, empty ones kept, so that the review's column
		// is told from the original decision's.
		{"three columns, each cell in its own", seq(
			g(0, 100, "Question"), g(200, 100, "Original"), g(350, 100, "Review"),
			g(0, 88, "1."), g(12, 88, "Who?"), g(200, 88, "Withheld"), g(350, 88, "Not"),
			g(200, 76, "s43."), g(350, 76, "upheld."),
			g(350, 64, "Released."),
			g(0, 52, "2."), g(12, 52, "How"), g(350, 52, "Upheld."),
			g(0, 40, "many?"), g(200, 40, "Not"), g(222, 40, "held."),
		), []string{"Question\tOriginal\tReview", "1. Who?\tWithheld\tNot", "\ts43.\tupheld.", "\t\tReleased.", "2. How\t\tUpheld.", "many?\tNot held."}},
		// A question cell filled to its right edge meets the next cell
		// with a word space only: split where the column starts.
		{"three columns, a cell run on to the next", seq(
			g(0, 100, "Question"), g(200, 100, "Original"), g(350, 100, "Review"),
			g(0, 88, "5."), g(12, 88, "the"), g(200, 88, "Withheld"), g(350, 88, "Upheld."),
			g(0, 76, "1."), g(12, 76, "locations"), g(60, 76, "of"), g(72, 76, "every"), g(100, 76, "camera"), g(132, 76, "in"), g(144, 76, "the"), g(162, 76, "council"), g(200, 76, "Withheld."), g(350, 76, "Upheld."),
		), []string{"Question\tOriginal\tReview", "5. the\tWithheld\tUpheld.", "1. locations of every camera in the council\tWithheld.\tUpheld."}},
		// A table drawn in characters: a rule of dashes runs across the
		// column above a row whose question runs up to its answer with
		// a word space only. The rule is no prose: the row still splits
		// where the column starts.
		{"a rule of dashes above a row", seq(
			g(0, 100, "------------------------------------------------------"),
			g(0, 88, "1. Have you had an incident"), g(145, 88, "| No incidents."),
			g(0, 76, "in the last year?"), g(145, 76, "|"),
		), []string{"------------------------------------------------------", "1. Have you had an incident\t| No incidents.", "in the last year?\t|"}},
		{"justified spaces stay spaces", seq(g(0, 0, "a"), g(13, 0, "b"), g(26, 0, "c"), g(39, 0, "d")), []string{"a b c d"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := buildLines(tt.glyphs); !slices.Equal(got, tt.want) {
				t.Errorf("lines = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTableOverPages checks that a two-column table running to the foot
// of a page carries its answer column to the next, whose rows show no
// line of both columns (each cell centred in its row, alone on its lines),
// and that the column ends at the first line that runs across it.
func TestTableOverPages(t *testing.T) {
	first := seq(
		g(0, 300, "Question"), g(200, 300, "Answer"),
		g(0, 288, "Number of vans"), g(200, 288, "41 vans."),
		g(0, 276, "Who supplies"), g(200, 276, "Lantern Fleet Ltd."),
		g(0, 264, "them?"),
	)
	lines, col := buildPageLines(first, nil, carry{})
	if want := []string{"Question\tAnswer", "Number of vans\t41 vans.", "Who supplies\tLantern Fleet Ltd.", "them?"}; !slices.Equal(lines, want) {
		t.Fatalf("first page = %q, want %q", lines, want)
	}
	if col.column != 200 {
		t.Fatalf("first page's column = %v, want 200", col)
	}
	second := seq(
		g(0, 300, "Unit price of each"),
		g(200, 294, "Withheld under"),
		g(0, 288, "van"),
		g(200, 282, "section 43(2)."),
		g(0, 260, "If you are unhappy with this response you may ask for a review of it."),
		g(210, 248, "indented, but after the table"),
	)
	lines, col = buildPageLines(second, nil, carry{column: 200})
	want := []string{"Unit price of each", "\tWithheld under", "van", "\tsection 43(2).", "", "If you are unhappy with this response you may ask for a review of it.", "", "indented, but after the table"}
	if !slices.Equal(lines, want) {
		t.Errorf("second page = %q, want %q", lines, want)
	}
	if col.column != 0 {
		t.Errorf("second page's column = %v, want 0 (the table ended)", col)
	}
	// Without the column carried, the rows cannot be told apart.
	lines, _ = buildPageLines(second, nil, carry{})
	if slices.Equal(lines, want) {
		t.Errorf("second page without the carried column = %q: the test shows nothing", lines)
	}
}

func TestOrientation(t *testing.T) {
	tests := []struct {
		a, b float64
		want int8
	}{
		{1, 0, 0}, {0, 1, 1}, {-1, 0, 2}, {0, -1, 3}, {0.9, 0.1, 0}, {0, 0, 0},
	}
	for _, tt := range tests {
		if got := orientation(tt.a, tt.b); got != tt.want {
			t.Errorf("orientation(%v, %v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestListMarker(t *testing.T) {
	for _, s := range []string{"•", "–", "1.", "12)", "a.", "B)", "(iv)", "iii.", "(a)"} {
		if !listMarker(s) {
			t.Errorf("listMarker(%q) = false", s)
		}
	}
	for _, s := range []string{"Question", "2021/22:", "1234.", "ab.", "()", ".", "Q1:"} {
		if listMarker(s) {
			t.Errorf("listMarker(%q) = true", s)
		}
	}
}

// TestLetterheadColumnEndsAtProse: a letterhead's two columns ("Our
// reference | FOI/25/219") say nothing of the paragraphs below, once a
// line of prose runs across their column: a word that happens to start
// where the column did is no cell; a line beside the letterhead still is.
func TestLetterheadColumnEndsAtProse(t *testing.T) {
	glyphs := seq(
		g(0, 400, "Our reference"), g(120, 400, "FOI/25/219"),
		g(0, 388, "Date"), g(120, 388, "26 February 2025"),
		g(0, 376, "Your request of"),
		g(0, 350, "Thank you for your request, which we have handled under the Regulations."),
		g(2, 338, "Since 2022 we have seen"), g(120, 338, "two undertakings from the company."),
	)
	want := []string{"Our reference\tFOI/25/219", "Date\t26 February 2025", "Your request of", "",
		"Thank you for your request, which we have handled under the Regulations.",
		"Since 2022 we have seen two undertakings from the company."}
	if got := buildLines(glyphs); !slices.Equal(got, want) {
		t.Errorf("lines =\n%q\nwant\n%q", got, want)
	}
}

// TestNotesUnderCentredTable: under a table whose cells are centred in
// their rows (a row's number and answer half a line from each of its
// question's two lines), the notes' lines, set at the text's own spacing,
// are one paragraph; the spacing between a cell's lines is no measure of
// the page's paragraphs (every line of the notes had read as a paragraph
// of its own, and the sentence broken over two lines as two).
func TestNotesUnderCentredTable(t *testing.T) {
	var gs []glyph
	y := 700.0
	for _, row := range []string{"1", "2", "3", "4"} {
		gs = append(gs, g(0, y-6, row), g(40, y, "Which"), g(75, y, "supplier"), g(40, y-12, "runs"), g(65, y-12, "it?"), g(300, y-6, "See"), g(320, y-6, "note"), g(345, y-6, "A."))
		y -= 30
	}
	y -= 20
	gs = append(gs, g(0, y, "The"), g(20, y, "Service"), g(60, y, "neither"), g(100, y, "confirms"), g(145, y, "nor"), g(165, y, "denies,"), g(205, y, "relying"),
		g(0, y-14, "on"), g(15, y-14, "section"), g(55, y-14, "24(2)."),
		g(0, y-42, "Yours"), g(30, y-42, "sincerely"))
	got := buildLines(seq(gs...))
	want := []string{"The Service neither confirms nor denies, relying", "on section 24(2).", "", "Yours sincerely"}
	if len(got) < len(want) || !slices.Equal(got[len(got)-len(want):], want) {
		t.Errorf("lines =\n%q\nwant them to end\n%q", got, want)
	}
}
