package pdftext

import (
	"slices"
	"testing"
)

// grid returns the borders of a table whose rows are bounded by ys (top
// to bottom) and whose columns by xs (left to right), drawn twice half a
// point apart as Word does.
func grid(xs, ys []float64) []rule {
	var rs []rule
	for _, y := range ys {
		rs = append(rs, rule{x0: xs[0], y0: y, x1: xs[len(xs)-1], y1: y}, rule{x0: xs[0] + 0.5, y0: y - 0.5, x1: xs[len(xs)-1] - 0.5, y1: y - 0.5})
	}
	for _, x := range xs {
		rs = append(rs, rule{x0: x, y0: ys[len(ys)-1], x1: x, y1: ys[0]})
	}
	return rs
}

func TestRuledTableRows(t *testing.T) {
	// Three columns; the answer of row 2 is centred in a row taller than
	// its question, so its first line is above the question's and the
	// number sits halfway down.
	glyphs := seq(
		g(0, 330, "Before the table."),
		g(2, 300, "No."), g(40, 300, "Question"), g(200, 300, "Response"),
		g(40, 280, "How many"), g(200, 280, "12."), g(2, 274, "1"), g(40, 268, "cars?"),
		g(200, 250, "The value is withheld"), g(40, 238, "What is the"), g(2, 232, "2"), g(200, 238, "under section"), g(40, 226, "value?"), g(200, 226, "43(2)."),
		g(0, 190, "After the table."),
	)
	rules := grid([]float64{0, 35, 195, 400}, []float64{310, 290, 260, 215})
	want := []string{"Before the table.", "", "No.\tQuestion\tResponse", "", "1\tHow many cars?\t12.", "", "2\tWhat is the value?\tThe value is withheld under section 43(2).", "", "After the table."}
	if got := buildRuledLines(glyphs, rules); !slices.Equal(got, want) {
		t.Errorf("lines =\n%q\nwant\n%q", got, want)
	}
	// Without its borders the numbers' column finds the same rows.
	if got := buildLines(glyphs); !slices.Equal(got, want) {
		t.Errorf("without rules: lines =\n%q\nwant\n%q", got, want)
	}
}

// TestAlignedRowsMergedCells: a table without borders whose questions'
// cells touch, each centred on its number, and whose answer cells are
// merged over two rows ("where one answer covers more than one question,
// the cells have been merged"): each question keeps its own text, and a
// merged answer is written once, in its first row, with Ditto in the
// rows below it.
func TestAlignedRowsMergedCells(t *testing.T) {
	glyphs := seq(
		g(2, 400, "No."), g(40, 400, "Question"), g(200, 400, "Response"),
		g(2, 380, "1"), g(40, 380, "How many buses?"), g(200, 380, "126."),
		g(40, 356, "The subsidy"), g(2, 344, "2"), g(40, 344, "paid in"), g(40, 332, "2022/23?"), g(200, 332, "2022/23: £18m"),
		g(40, 320, "The subsidy"), g(200, 320, "2023/24: £19m"), g(2, 308, "3"), g(40, 308, "paid in"), g(40, 296, "2023/24?"),
		g(40, 272, "Fare"), g(2, 260, "4"), g(40, 260, "revenue?"), g(200, 260, "The Executive"), g(40, 248, "(by route)"), g(200, 248, "does not hold"),
		g(40, 236, "Passenger"), g(200, 236, "this information"), g(2, 224, "5"), g(40, 224, "numbers?"), g(200, 224, "for either."), g(40, 212, "(by route)"),
		g(0, 180, "After the table."),
	)
	want := []string{"No.\tQuestion\tResponse", "", "1\tHow many buses?\t126.", "",
		"2\tThe subsidy paid in 2022/23?\t2022/23: £18m 2023/24: £19m", "", "3\tThe subsidy paid in 2023/24?\t" + Ditto, "",
		"4\tFare revenue? (by route)\tThe Executive does not hold this information for either.", "",
		"5\tPassenger numbers? (by route)\t" + Ditto, "",
		"After the table."}
	if got := buildLines(glyphs); !slices.Equal(got, want) {
		t.Errorf("lines =\n%q\nwant\n%q", got, want)
	}
}

// TestAlignedRowsNumberBesideQuestion: a table without borders whose
// numbers stand a word space from their questions, as a Writer table with
// a narrow number column sets them: a one-line question shares its
// number's line and comes out as one cell with it, while a wrapped one
// has its number alone between its lines. The heading row above and the
// letter's next heading below, both set at the questions' column, are
// no part of the first and last rows.
func TestAlignedRowsNumberBesideQuestion(t *testing.T) {
	glyphs := seq(
		g(0, 430, "Before the table."),
		g(12, 400, "Question"), g(200, 400, "Answer"),
		g(12, 380, "How many cameras does the"), g(2, 372, "1"), g(200, 372, "198"), g(12, 364, "council operate?"),
		g(2, 344, "2"), g(12, 344, "How many are not working?"), g(200, 344, "15"),
		g(200, 324, "Yes - 24 hours a day,"), g(2, 316, "3"), g(12, 316, "Is the control room staffed?"), g(200, 308, "every day."),
		g(2, 288, "4"), g(12, 288, "Who maintains them?"), g(200, 288, "Sentinel Systems Ltd."),
		g(12, 256, "Your right to complain"),
		g(0, 240, "If you are not satisfied with this response you may ask for a review."),
	)
	want := []string{"Before the table.", "", "Question\tAnswer", "",
		"1\tHow many cameras does the council operate?\t198", "",
		"2\tHow many are not working?\t15", "",
		"3\tIs the control room staffed?\tYes - 24 hours a day, every day.", "",
		"4\tWho maintains them?\tSentinel Systems Ltd.", "",
		"Your right to complain", "", "If you are not satisfied with this response you may ask for a review."}
	if got := buildLines(glyphs); !slices.Equal(got, want) {
		t.Errorf("lines =\n%q\nwant\n%q", got, want)
	}
}

// TestAlignedRowsTwoTables: a page with two numbered tables without
// borders, one per part of the request, each numbered from 1, rebuilds
// the rows of both; the second's last row, running to the foot of the
// page, goes on at the top of the next, where its number is the next
// after the last.
func TestAlignedRowsTwoTables(t *testing.T) {
	first := seq(
		g(0, 500, "Part 1 - Contact centre"),
		g(2, 480, "No."), g(40, 480, "Question"), g(200, 480, "Response"),
		g(40, 460, "Who is the"), g(2, 454, "1"), g(200, 454, "Vantrix Ltd"), g(40, 448, "supplier?"),
		g(40, 428, "When does the"), g(2, 422, "2"), g(200, 422, "31/08/2026"), g(40, 416, "contract expire?"),
		g(0, 384, "Part 2 - Inbound network"),
		g(2, 364, "No."), g(40, 364, "Question"), g(200, 364, "Response"),
		g(40, 344, "Who is the"), g(2, 338, "1"), g(200, 338, "Telwyn plc"), g(40, 332, "supplier?"),
		g(40, 312, "What is the"), g(2, 306, "2"), g(200, 306, "Withheld under"), g(40, 300, "annual spend?"), g(200, 294, "section 43(2)."),
	)
	lines, next := buildPageLines(first, nil, carry{})
	want := []string{"Part 1 - Contact centre", "", "No.\tQuestion\tResponse", "",
		"1\tWho is the supplier?\tVantrix Ltd", "", "2\tWhen does the contract expire?\t31/08/2026", "",
		"Part 2 - Inbound network", "", "No.\tQuestion\tResponse", "",
		"1\tWho is the supplier?\tTelwyn plc", "", "2\tWhat is the annual spend?\tWithheld under section 43(2)."}
	if !slices.Equal(lines, want) {
		t.Fatalf("first page =\n%q\nwant\n%q", lines, want)
	}
	if next.table.next != 3 || next.table.numberAt != 2 {
		t.Fatalf("first page carries row %d at %v, want row 3 at 2", next.table.next, next.table.numberAt)
	}
	second := seq(
		g(40, 500, "Who is responsible"), g(200, 494, "Job title: Network"), g(2, 488, "3"), g(40, 488, "for the contract?"), g(200, 482, "Lead; name withheld."),
		g(0, 450, "Section 43(2) - commercial interests"),
		g(0, 436, "Disclosure would harm the supplier."),
	)
	lines, _ = buildPageLines(second, nil, next)
	want = []string{"3\tWho is responsible for the contract?\tJob title: Network Lead; name withheld.", "",
		"Section 43(2) - commercial interests", "", "Disclosure would harm the supplier."}
	if !slices.Equal(lines, want) {
		t.Errorf("second page =\n%q\nwant\n%q", lines, want)
	}
	// Without the row carried, the lone row's lines stay interleaved.
	if lines, _ = buildPageLines(second, nil, carry{}); slices.Equal(lines, want) {
		t.Errorf("second page without the carried row = %q: the test shows nothing", lines)
	}
	// A carried row whose number comes lower on the page, below other
	// text, is not the table going on.
	third := seq(
		g(0, 500, "A heading of the next section"),
		g(0, 486, "A paragraph of prose that runs across the page."),
		g(0, 472, "Another line of it."),
		g(40, 440, "Something"), g(2, 434, "3"), g(200, 434, "else"), g(40, 428, "entirely"),
	)
	if lines, _ = buildPageLines(third, nil, next); slices.Contains(lines, "3\tSomething entirely\telse") {
		t.Errorf("a row 3 below prose was taken as the table going on: %q", lines)
	}
}

func TestAlignedRowsLeaveOtherPagesAlone(t *testing.T) {
	tests := []struct {
		name   string
		glyphs []glyph
		want   []string
	}{
		{"a numbered list", seq(g(0, 300, "1."), g(12, 300, "How many cars?"), g(0, 286, "2."), g(12, 286, "How many vans?")), []string{"1. How many cars?", "2. How many vans?"}},
		{"numbers that do not count up", seq(g(2, 300, "3"), g(40, 300, "three"), g(2, 286, "7"), g(40, 286, "seven"), g(2, 272, "1"), g(40, 272, "one"), g(2, 258, "9"), g(40, 258, "nine")), []string{"3\tthree", "7\tseven", "1\tone", "9\tnine"}},
		{"prose between the numbers", seq(g(2, 300, "1"), g(40, 300, "first"), g(0, 286, "A sentence that starts at the margin."), g(2, 272, "2"), g(40, 272, "second"), g(200, 272, "x"), g(40, 258, "more")), []string{"1\tfirst", "A sentence that starts at the margin.", "2\tsecond\tx", "more"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := buildLines(tt.glyphs); !slices.Equal(got, tt.want) {
				t.Errorf("lines = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTableBands(t *testing.T) {
	tests := []struct {
		name  string
		rules []rule
		bands int
	}{
		{"a two-column grid", grid([]float64{0, 100, 300}, []float64{300, 280, 260}), 2},
		{"cells in boxes of their own", append(grid([]float64{0, 100, 300}, []float64{300, 280}), grid([]float64{102, 300}, []float64{300, 280})...), 1},
		{"a frame round the page is no table", grid([]float64{0, 500}, []float64{800, 20}), 0},
		{"lines under headings are no table", []rule{{0, 500, 400, 500}, {0, 400, 400, 400}, {0, 300, 400, 300}}, 0},
		{"verticals that stop short", append(grid([]float64{0, 100, 300}, []float64{300, 280})[:4], rule{0, 290, 0, 300}, rule{100, 290, 100, 300}, rule{300, 290, 300, 300}), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tableBands(tt.rules); len(got) != tt.bands {
				t.Errorf("%d bands (%+v), want %d", len(got), got, tt.bands)
			}
		})
	}
}

func TestLabelledRows(t *testing.T) {
	tests := []struct {
		name   string
		glyphs []glyph
		want   []string
	}{
		{"cells centred in their rows", seq(
			g(0, 330, "Your question"), g(200, 330, "Response"),
			g(200, 306, "There were"), g(0, 300, "1. How many"), g(200, 294, "12 cars"), g(0, 288, "cars?"), g(200, 282, "last year."),
			g(200, 256, "Withheld under"), g(0, 250, "2. What is the"), g(200, 244, "section 43(2)."), g(0, 238, "value?"), g(200, 232, "See below."),
			g(0, 200, "After the table."),
		), []string{"Your question\tResponse", "", "1. How many cars?\tThere were 12 cars last year.", "", "2. What is the value?\tWithheld under section 43(2). See below.", "", "After the table."}},
		{"cells centred across and down, labelled Q1.", seq(
			g(70, 300, "Q1. How many cars"), g(330, 300, "612"), g(90, 288, "in 2024?"),
			g(310, 262, "This is exempt under"), g(310, 250, "section 40(2), as the"), g(60, 244, "Q2. The day rate of each"), g(312, 238, "rates are personal data"),
			g(95, 232, "interim director."), g(340, 226, "of two people."),
			g(0, 190, "After the table."),
		), []string{"Q1. How many cars in 2024?\t612", "", "Q2. The day rate of each interim director.\tThis is exempt under section 40(2), as the rates are personal data of two people.", "", "After the table."}},
		{"centred answers taller than their questions, in paragraphs", seq(
			// Questions' lines 12 apart, the answers' between them: the
			// page's leading is half a column's.
			g(0, 620, "1. How much was"), g(0, 608, "spent in 2022/23?"), g(200, 614, "£8,914,000."),
			g(0, 569, "2. Who supplies"), g(200, 563, "£11,276,500 in all."), g(0, 557, "the system and"), g(200, 551, "The increase reflects"),
			g(0, 545, "what does it cost?"), g(200, 539, "a new hub."),
			g(200, 518, "It is supplied by Rotaline Ltd."),
			g(0, 500, "3. Please name the"), g(200, 494, "The annual value is"), g(0, 488, "supplier and"), g(200, 482, "withheld under"),
			g(0, 476, "state its value."), g(200, 470, "section 43(2)."),
			g(200, 449, "The cap is set by the framework."),
			g(0, 437, "4. How many shifts"), g(0, 425, "were approved,"), g(200, 419, "The names are withheld"), g(0, 413, "and by whom?"),
			g(200, 407, "under section 40(2)."),
			g(0, 370, "If you are dissatisfied with the handling of your request, you may ask for a review."),
		), []string{"1. How much was spent in 2022/23?	£8,914,000.", "",
			"2. Who supplies the system and what does it cost?	£11,276,500 in all. The increase reflects a new hub.", "",
			"3. Please name the supplier and state its value.	It is supplied by Rotaline Ltd. The annual value is withheld under section 43(2).", "",
			"4. How many shifts were approved, and by whom?	The cap is set by the framework. The names are withheld under section 40(2).", "",
			"If you are dissatisfied with the handling of your request, you may ask for a review."}},
		{"an answer of paragraphs whose first lies nearer the row above", seq(
			// Row 2's answer, four paragraphs, is centred on its
			// question: its first paragraph ends nearer the first row's
			// question than its own, yet it is the second row's.
			g(0, 620, "1. Who is the"), g(0, 608, "incumbent"), g(200, 602, "Corvane Ltd."), g(0, 596, "supplier of the"), g(0, 584, "contract?"),
			g(200, 566, "The Council holds this but"), g(200, 554, "withholds it under section 43(2)."),
			g(200, 530, "Releasing the annual sum"), g(200, 518, "would reveal the price"), g(200, 506, "at which the incumbent"),
			g(200, 494, "and its rivals will bid"), g(200, 482, "when the contract is"), g(200, 470, "procured again next"), g(200, 458, "year."),
			g(0, 440, "2. What is the"), g(200, 434, "No part of it is a"), g(0, 428, "annual average"), g(200, 422, "trade secret: section"), g(0, 416, "spend on the"), g(200, 410, "43(1) does not apply."), g(0, 404, "contract?"),
			g(200, 386, "Section 43(2) is qualified."), g(200, 374, "The public interest in"), g(200, 362, "transparency is met by"), g(200, 350, "monthly spending data;"),
			g(200, 338, "the interest in a fair"), g(200, 326, "competition outweighs"), g(200, 314, "it at this time, as"), g(200, 302, "the procurement has"), g(200, 290, "begun and the bids are"), g(200, 278, "not yet in."),
			g(200, 242, "31 March 2024, with"), g(0, 236, "3. When does it"), g(200, 230, "a year's option."), g(0, 224, "expire?"),
			g(0, 200, "If you are dissatisfied with the handling of your request, you may ask for a review."),
		), []string{"1. Who is the incumbent supplier of the contract?\tCorvane Ltd.", "",
			"2. What is the annual average spend on the contract?\tThe Council holds this but withholds it under section 43(2). " +
				"Releasing the annual sum would reveal the price at which the incumbent and its rivals will bid when the contract is procured again next year. " +
				"No part of it is a trade secret: section 43(1) does not apply. " +
				"Section 43(2) is qualified. The public interest in transparency is met by monthly spending data; the interest in a fair competition outweighs it at this time, as the procurement has begun and the bids are not yet in.", "",
			"3. When does it expire?\t31 March 2024, with a year's option.", "",
			"If you are dissatisfied with the handling of your request, you may ask for a review."}},
		{"cells at the top of their rows stay as read", seq(
			g(0, 300, "1. How many cars?"), g(200, 300, "12."),
			g(0, 288, "2. What is the value?"), g(200, 288, "Withheld."),
		), []string{"1. How many cars?\t12.", "2. What is the value?\tWithheld."}},
		{"rows too close to tell their answers apart stay as read", seq(
			g(200, 306, "There were"), g(0, 300, "1. How many cars?"), g(200, 294, "12 cars."),
			g(200, 282, "Withheld"), g(0, 276, "2. What is the value?"), g(200, 270, "in full."),
		), []string{"There were", "1. How many cars?", "12 cars.", "", "Withheld", "2. What is the value?", "in full."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := buildLines(tt.glyphs); !slices.Equal(got, tt.want) {
				t.Errorf("lines =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// TestSidebar: a web page printed with its sidebar of links beside the
// letter: the links go before the letter as a block, and the letter's
// lines open with their own words ("Q1.").
func TestSidebar(t *testing.T) {
	glyphs := seq(
		g(10, 700, "How to make a request"), g(200, 700, "Department for Coastal Communities"),
		g(10, 686, "Publication scheme"), g(200, 686, "Our reference: FOI2025/18844"),
		g(10, 672, "Contact us"), g(200, 672, "Thank you for your email of 29 May 2025."),
		g(10, 658, "Related content"), g(200, 658, "Q1. How much was allocated under round 1?"),
		g(200, 644, "A1. The allocations are published on GOV.UK."),
		g(200, 630, "Q2. How many staff work on the Fund?"),
		g(200, 616, "A2. Nine full-time equivalent staff."),
		g(200, 602, "Q3. Who chairs the assessment panel?"),
		g(200, 588, "A3. The Director of Coastal Policy."),
		g(200, 574, "Yours sincerely"),
	)
	want := []string{"How to make a request", "Publication scheme", "Contact us", "Related content", "",
		"Department for Coastal Communities", "Our reference: FOI2025/18844", "Thank you for your email of 29 May 2025.",
		"Q1. How much was allocated under round 1?", "A1. The allocations are published on GOV.UK.",
		"Q2. How many staff work on the Fund?", "A2. Nine full-time equivalent staff.",
		"Q3. Who chairs the assessment panel?", "A3. The Director of Coastal Policy.", "Yours sincerely"}
	if got := buildLines(glyphs); !slices.Equal(got, want) {
		t.Errorf("lines =\n%q\nwant\n%q", got, want)
	}
	// A table's question column is no sidebar: its cells are numbered,
	// with the question after the number or ("12", "1.1") without it.
	rest := []glyph{
		g(200, 658, "An extension of two years is available to the Council."),
		g(200, 644, "The Council has not yet decided whether to extend it."),
		g(200, 630, "A decision will be taken by the Cabinet in the autumn."),
		g(200, 616, "The Cabinet papers will be published on our website."),
		g(200, 602, "Please contact us if you would like to be told then."),
	}
	for name, table := range map[string][]glyph{
		"numbered questions": seq(append([]glyph{
			g(10, 700, "1. Supplier?"), g(200, 700, "Clearway Support Services Ltd provides the service."),
			g(10, 686, "2. Value?"), g(200, 686, "The value is withheld under section 43(2) of the Act."),
			g(10, 672, "3. Expiry?"), g(200, 672, "The contract expires on 31 March 2027, with options."),
		}, rest...)...),
		"bare numbers": seq(append([]glyph{
			g(10, 700, "1.1"), g(200, 700, "Who supplies the contact centre system used by the Council?"),
			g(10, 686, "1.2"), g(200, 686, "When does the contract with that supplier expire, please?"),
			g(10, 672, "12"), g(200, 672, "What was the total value of the contract when it was awarded?"),
		}, rest...)...),
	} {
		if slices.Contains(buildLines(table), "") {
			t.Errorf("a table of %s read as a sidebar: %q", name, buildLines(table))
		}
	}
}

// TestSidebarOfDetails: a letter laid out with its sender's details in a
// narrow column (address, telephone, reference, dates) beside the text:
// the details go before the letter, dates and numbers included.
func TestSidebarOfDetails(t *testing.T) {
	glyphs := seq(
		g(10, 700, "Tynemouth Transport"), g(200, 700, "Environmental Information Regulations 2004"),
		g(10, 686, "Tynemouth NE1 9ZZ"), g(200, 686, "Dear Requester,"),
		g(10, 672, "0191 000 4412"), g(200, 672, "Thank you for your request, handled under the EIR."),
		g(10, 658, "Our reference"), g(200, 658, "Q1. How many air quality sensors do you operate?"),
		g(10, 644, "TTA/EIR/26/0412"), g(200, 644, "A1. 46 sensors, supplied by Vortex IoT Ltd."),
		g(10, 630, "Date of response"), g(200, 630, "Q2. Does the Authority use drones for surveys?"),
		g(10, 616, "04/11/2026"), g(200, 616, "A2. Yes. Bridge surveys are contracted out."),
		g(200, 602, "Q3. Please provide the readings from the sensor on the motorway approach."),
		g(200, 588, "A3. The readings are published as open data on our Air Quality Portal."),
		g(200, 574, "Yours sincerely,"),
	)
	want := []string{"Tynemouth Transport", "Tynemouth NE1 9ZZ", "0191 000 4412", "Our reference", "TTA/EIR/26/0412",
		"Date of response", "04/11/2026", "",
		"Environmental Information Regulations 2004", "Dear Requester,", "Thank you for your request, handled under the EIR.",
		"Q1. How many air quality sensors do you operate?", "A1. 46 sensors, supplied by Vortex IoT Ltd.",
		"Q2. Does the Authority use drones for surveys?", "A2. Yes. Bridge surveys are contracted out.",
		"Q3. Please provide the readings from the sensor on the motorway approach.",
		"A3. The readings are published as open data on our Air Quality Portal.", "Yours sincerely,"}
	if got := buildLines(glyphs); !slices.Equal(got, want) {
		t.Errorf("lines =\n%q\nwant\n%q", got, want)
	}
}

func TestNumberedPiece(t *testing.T) {
	for s, want := range map[string]bool{
		"3": true, "12.": true, "2)": true, "1.1": true, "1.1 Contract value": true, "4 Supplier": true, "10.2.3": true,
		"07/10/2026": false, "0191 000 4412": false, "9ZZ": false, "123": false, "2025/26": false, "1st floor": false, "": false, "Contact": false,
	} {
		if got := numberedPiece(s); got != want {
			t.Errorf("numberedPiece(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestDetailsColumn: a letter with its details (reference, dates,
// contact) in a column to the right of its text: the details go after
// the letterhead, before the line they first shared, each on its own.
func TestDetailsColumn(t *testing.T) {
	glyphs := seq(
		g(60, 760, "University of Eastmoor"),
		g(60, 746, "Governance and Legal Services"),
		g(60, 700, "Dear Enquirer"), g(400, 700, "Our reference"),
		g(400, 686, "FOI-UoE-2026-187"),
		g(60, 672, "Thank you for your email. We have set out below"), g(400, 672, "Date"),
		g(60, 658, "each element of your request and our response."), g(400, 658, "27 October 2026"),
		g(60, 644, "1. How many international students were enrolled?"), g(400, 644, "Request received"),
		g(60, 630, "4,917 students were enrolled in the year 2024/25."), g(400, 630, "29 September 2026"),
		g(60, 616, "2. What was the income from international fees?"),
		g(60, 602, "The income was £41.2 million in the year 2024/25."),
		g(60, 588, "3. How many staff were made compulsorily redundant?"),
		g(60, 574, "Thirty-seven members of staff were made redundant."),
		g(60, 560, "Yours sincerely"),
	)
	want := []string{"University of Eastmoor", "Governance and Legal Services", "",
		"Our reference", "FOI-UoE-2026-187", "Date", "27 October 2026", "Request received", "29 September 2026", "",
		// The line the reference filled alone leaves a paragraph's gap.
		"Dear Enquirer", "", "Thank you for your email. We have set out below", "each element of your request and our response.",
		"1. How many international students were enrolled?", "4,917 students were enrolled in the year 2024/25.",
		"2. What was the income from international fees?", "The income was £41.2 million in the year 2024/25.",
		"3. How many staff were made compulsorily redundant?", "Thirty-seven members of staff were made redundant.", "Yours sincerely"}
	if got := buildLines(glyphs); !slices.Equal(got, want) {
		t.Errorf("lines =\n%q\nwant\n%q", got, want)
	}
	// A two-column table of short answers is no column of details: it
	// has no details' labels.
	table := seq(
		g(60, 700, "Supplier of the contact centre system"), g(400, 700, "BT plc"),
		g(60, 686, "Value of the contract each year"), g(400, 686, "£20,000"),
		g(60, 672, "Date the contract expires"), g(400, 672, "31 March 2027"),
		g(60, 658, "Number of agents in the contact centre"), g(400, 658, "42"),
	)
	for _, l := range buildLines(table) {
		if l == "" {
			t.Errorf("a table of short answers read as a column of details: %q", buildLines(table))
			break
		}
	}
}

// TestRuledRowOverPages: a ruled table row that a page break splits is
// drawn open, its vertical borders running past the page's last border
// (and on the next page from above its first): the halves are one row,
// placed at the head of the second page, below its running header. A
// split row on the last page read is flushed at the end.
func TestRuledRowOverPages(t *testing.T) {
	xs := []float64{0, 35, 195, 400}
	first := seq(
		g(0, 330, "Letterhead"),
		g(2, 300, "1"), g(40, 300, "How many"), g(40, 288, "cars?"), g(200, 300, "12."),
		g(2, 260, "2"), g(40, 260, "Please list"), g(40, 248, "the suppliers"), g(200, 260, "Acme Ltd;"), g(200, 248, "Brill Ltd;"),
		g(0, 60, "Page 1 of 2"),
	)
	rules := grid(xs, []float64{310, 270})
	for _, x := range xs {
		rules = append(rules, rule{x0: x, y0: 80, x1: x, y1: 270})
	}
	lines, tr := buildPageLines(first, rules, carry{})
	if want := []string{"Letterhead", "", "1\tHow many cars?\t12.", "", "Page 1 of 2"}; !slices.Equal(lines, want) {
		t.Fatalf("first page =\n%q\nwant\n%q", lines, want)
	}
	if tr.row == nil {
		t.Fatal("the split row is not carried to the next page")
	}
	second := seq(
		g(0, 330, "Letterhead"),
		g(40, 300, "of vans."), g(200, 300, "Cargo Ltd."),
		g(200, 270, "Prices are withheld under section 43(2)."),
		g(2, 230, "3"), g(40, 230, "Who repairs them?"), g(200, 230, "Dent Ltd."),
		g(0, 180, "After the table."),
	)
	rules = grid(xs, []float64{250, 210})
	for _, x := range xs {
		rules = append(rules, rule{x0: x, y0: 250, x1: x, y1: 315})
	}
	lines, tr2 := buildPageLines(second, rules, tr)
	want := []string{"Letterhead", "", "2\tPlease list the suppliers of vans.\tAcme Ltd; Brill Ltd; Cargo Ltd. Prices are withheld under section 43(2).", "", "3\tWho repairs them?\tDent Ltd.", "", "After the table."}
	if !slices.Equal(lines, want) {
		t.Errorf("second page =\n%q\nwant\n%q", lines, want)
	}
	if tr2.row != nil {
		t.Errorf("second page carries %+v; its table ended", tr2.row)
	}
	// The second page not read (or not going on with the table): the
	// first half is not lost.
	e := &Extractor{carried: tr}
	if got := e.Flush(); !slices.Equal(got, []string{"", "2\tPlease list the suppliers\tAcme Ltd; Brill Ltd;"}) {
		t.Errorf("Flush = %q", got)
	}
	if got := e.Flush(); got != nil {
		t.Errorf("second Flush = %q, want nil", got)
	}
	lines, _ = buildPageLines(seq(g(0, 330, "Next letter")), nil, tr)
	if want := []string{"2\tPlease list the suppliers\tAcme Ltd; Brill Ltd;", "", "Next letter"}; !slices.Equal(lines, want) {
		t.Errorf("a page without the rest =\n%q\nwant\n%q", lines, want)
	}
}
