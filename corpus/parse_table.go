package corpus

import (
	"slices"
	"strings"
	"unicode"
)

var (
	reQuestionHeader = mustRx(`(?i)^\W*(?:no\.?|#|q(?:uestion)?\s*(?:no\.?)?|item|ref\.?)?\s*$|^\W*(?:questions?|requests?|questions?\s*\(s\)|requests?\s*\(s\)|information\s+requested|your\s+(?:request|question)s?|you\s+asked|what\s+you\s+asked(?:\s+for)?|details?\s+requested|request\s+details?)\W*$`)
	// reNumberHeader heads a column of question numbers only.
	reNumberHeader = mustRx(`(?i)^\W*(?:no\.?|#|q(?:uestion)?\s*no\.?|item|ref\.?)?\s*$`)
	reAnswerHeader = mustRx(`(?i)^\W*(?:(?:our\s+|force\s+|council\s+|trust\s+)?(?:response|answer|reply)s?|information\s+(?:provided|held|supplied)|outcome|decision)\W*$`)
	// An internal review's table adds the decision under review and the
	// review's own: "Question | Original decision | Outcome of review".
	reOriginalHeader = mustRx(`(?i)^\W*(?:(?:original|initial|first)\s+(?:decision|response|answer|reply|outcome)s?|(?:our\s+)?(?:response|decision)\s+(?:at|in)\s+(?:first\s+instance|the\s+original\s+request))\W*$`)
	// reGroundsHeader heads a column, after the answer's, that names the
	// exemption each answer relies on: "Exemption", "Exemption applied",
	// "Exemptions / exceptions", "Grounds for withholding".
	reGroundsHeader = mustRx(`(?i)^\W*(?:(?:exemptions?|exceptions?)(?:\s*(?:/|or|and)\s*(?:exemptions?|exceptions?))?(?:\s*(?:applied|used|cited|engaged|relied\s+(?:on|upon)))?|(?:sections?|provisions?|regulations?)\s+(?:applied|used|cited|relied\s+(?:on|upon))|(?:grounds?|reasons?)(?:\s+for\s+(?:withholding|refusal|non-disclosure))?)\W*$`)
	reReviewHeader  = mustRx(`(?i)^\W*(?:(?:internal\s+)?review(?:\s+(?:decision|outcome|finding|response|result|comments?))?|(?:outcome|result|decision|finding)s?\s+(?:of|on)\s+(?:the\s+|this\s+|internal\s+)*review|reviewer'?s\s+(?:decision|response|finding|comments?)|decision\s+on\s+review)\W*$`)
)

// findTableQuestions reads the two-column layout: a table whose rows hold
// a question and its answer (with an optional number column), exported from
// Word to PDF, HTML or DOCX. Cells arrive separated by tabs; a wrapped cell
// continues on lines of its own, with a leading tab when it is in the
// answer column. It reports whether such a table was found.
func (p *parser) findTableQuestions() bool {
	start, qcol, acol, ocol, numbered := p.tableStart()
	if start < 0 {
		return false
	}
	var cur *qstate
	n, part := 0, 1
	// labelled: the question cells carry their own numbers ("1. Incumbent
	// supplier"); pdfWrapped: cells wrap onto lines of their own, so a
	// line with a tab directly below a row may continue it.
	labelled := !numbered && startsLabelled(p.lines[start:])
	pdfWrapped := rowsSeparated(p.lines[start:])
	partSet := false           // a part heading has named the part the next rows are in
	var early []string         // answer lines set above their row's question line
	var earlyOriginal []string // and a review table's original decisions
	context := ""
	if pn, ctx, ok := p.partHeadingAbove(start); ok {
		// "Part 1 – Mobilising system" over the table's header row.
		part, partSet, context = pn, true, ctx
	}
	lastRow := start
	blank := false
	// In a PDF's unnumbered rows, gapped says a blank line came after the
	// current row's question text, and after is where, in its answer, the
	// answer lines below that gap begin (-1: none yet). A question line
	// after both starts the next row, whose answer cell, centred, began
	// above it (the lines from after on are that row's).
	gapped, after := false, -1
	for i := start; i < len(p.lines); i++ {
		raw := p.lines[i]
		s := strings.TrimSpace(raw)
		if s == "" {
			blank = true
			gapped = gapped || cur != nil
			continue
		}
		wasBlank := blank
		blank = false
		if isBoilerplate(s) {
			break
		}
		cells := splitCells(raw)
		if headerCells(cells) {
			p.used[i] = true // the header again: a new page or a new part's table
			continue
		}
		if _, _, named := partHeading(s); !named && len(cells) == 1 && !strings.HasPrefix(raw, "\t") && topicHeadingLine(s) && cur != nil && p.headerRowAt(p.nextNonBlank(i)) {
			// "Inbound network services contract" over the header row of
			// the next part's table: the heading names what its rows
			// ask about, and is no part of the last row above. Its rows
			// are the next part's where their numbers start again.
			context, cur = s, nil
			if p.rowNumberedOne(p.nextNonBlank(p.nextNonBlank(i))) {
				part, partSet, n = part+1, true, 0
			}
			p.used[i] = true
			lastRow = i
			continue
		}
		if pn, ctx, ok := partHeading(strings.Join(cells, " ")); ok && (len(cells) == 1 || startsPartHeading(cells[0])) {
			// "Part 2 – Inbound network services contracts", its words
			// set apart by a wide gap in a PDF's line.
			part, partSet, context = pn, true, ctx
			n, cur = 0, nil
			p.used[i] = true
			lastRow = i
			continue
		}
		if len(cells) == 1 && !strings.HasPrefix(raw, "\t") && topicHeadingLine(s) && !numbered && !labelled && !pdfWrapped && n > 0 && p.answeredRowAt(p.nextNonBlank(i)) {
			// "Microsoft licensing" over more rows that ask, in a table
			// of unnumbered rows grouped by what they are about.
			context, cur = s, nil
			p.used[i] = true
			lastRow = i
			continue
		}
		if len(cells) == 1 && !strings.HasPrefix(raw, "\t") && topicHeadingLine(s) && p.numberedRowAt(p.nextNonBlank(i), n) {
			// "Contact centre services" across the table above rows
			// numbered on from the last: a heading row that says what
			// the rows under it are about.
			context, cur = s, nil
			p.used[i] = true
			lastRow = i
			continue
		}
		rowStart := false
		num := 0
		if numbered {
			if lab := parseLabel(cells[0] + " "); lab.kind != labelNone && len(cells) >= 2 {
				rowStart, num = true, lab.nums[0]
			} else if v := atoiSafe(strings.TrimRight(cells[0], ".)")); v > 0 && v < 100 && len(cells) >= 2 {
				rowStart, num = true, v
			}
		} else if len(cells) == 1 && labelled && !strings.HasPrefix(raw, "\t") {
			// A question cell's first line alone on its line: the
			// answer cell, set lower (centred in its row), comes after.
			// A new part's table restarts at 1 with a question on the
			// line; a bare "Question 1" below the table heads the
			// reasons for the first row's answer.
			if lab := parseLabel(cells[0]); (lab.kind == labelItem || lab.kind == labelQuestion) && len(lab.nums) == 1 && (lab.nums[0] == n+1 || lab.nums[0] == 1 && strings.TrimSpace(lab.rest) != "") {
				rowStart, num = true, lab.nums[0]
			}
		} else if len(cells) == 1 && !labelled && pdfWrapped && (wasBlank || cur == nil) && !strings.HasPrefix(raw, "\t") && p.answeredBeside(i) {
			// An unnumbered question cell's first line alone on its
			// line, the answer cell centred in the row beside it: the
			// answer's lines come among and after the question's.
			rowStart = true
		} else if len(cells) >= 2 && cells[0] != "" {
			lab := parseLabel(cells[0])
			switch {
			case lab.kind == labelItem || lab.kind == labelQuestion:
				// Questions numbered in their own cell: a row starts at
				// the next number (or 1, for a new part's table).
				rowStart = lab.nums[0] == n+1 || lab.nums[0] == 1
				num = lab.nums[0]
			case labelled:
				// A numbered table's line without a number continues
				// the row.
			default:
				// Unnumbered rows are one line each (Word, HTML), or
				// apart from each other in a PDF.
				// Unnumbered rows: one line each (Word, HTML), or in a PDF
				// apart from each other, or after a question that ended.
				rowStart = wasBlank || cur == nil || !pdfWrapped || endsSentence(joinText(cur.text))
				if rowStart && !wasBlank && cur != nil && !pdfWrapped && startsLower(cells[0]) && !endsSentence(joinText(cur.text)) {
					// "How many cameras does | 412 cameras, monitored
					// ..." over "the council operate? | control room.":
					// both cells wrap on, in lower case, with no line
					// in the answer column alone to show it.
					rowStart = false
				}
				if rowStart && wasBlank && cur != nil && pdfWrapped && startsLower(cells[0]) && !endsSentence(joinText(cur.text)) {
					// "Highways term maintenance | Pothole repairs are
					// ..." / "contractor | Highways Ltd.": the cells
					// wrap on after a gap in the row, in lower case.
					rowStart = false
				}
			}
		}
		if !rowStart && !numbered && !labelled && pdfWrapped && cur != nil && gapped && (after >= 0 && after < len(cur.answer) || len(early) > 0) &&
			len(cells) == 1 && !strings.HasPrefix(raw, "\t") && !startsLower(s) {
			// "... procurement" (the answer's top half, below a gap) /
			// "Unit price paid per pothole repair" / "exercises. The
			// public interest ...": the next row's question, its answer
			// centred about it.
			rowStart = true
			for after >= 0 && after < len(cur.answer) && startsLower(cur.answer[after]) {
				// "... some 6,000 job" / "sheets.": the end of the
				// sentence above, not the next row's answer.
				after++
			}
			if after >= 0 && after < len(cur.answer) {
				early = append(slices.Clone(cur.answer[after:]), early...)
				cur.answer = cur.answer[:after]
			}
		}
		switch {
		case rowStart:
			gapped, after = false, -1
			if num == 1 && n > 0 && !partSet {
				part++ // numbering restarts: the next part's table
				context = ""
				n = 0
			}
			partSet = false
			if num == 0 || num <= n {
				num = n + 1
			}
			n = num
			prev := cur
			cur = p.add(part, n, i, "", context)
			q := questionCell(cells, qcol, acol)
			if !numbered {
				if lab := parseLabel(q); lab.kind != labelNone {
					q = lab.rest
				}
			}
			if q != "" {
				cur.text = append(cur.text, q)
			}
			if len(early) > 0 {
				cur.answer = append(cur.answer, early...)
				cur.hasAnswer = true
				cur.answerLine = i
				early = nil
			}
			if ocol >= 0 {
				// A review's row: the decision reviewed is kept apart
				// (and stands as the answer where the review says
				// nothing: reviewedAnswers).
				cur.original = append(cur.original, earlyOriginal...)
				earlyOriginal = nil
				var o string
				_, o, cells = reviewRow(cells, qcol, ocol, acol)
				cur.original = appendCell(cur.original, o)
			}
			a := cellAt(cells, acol)
			if len(cells) > acol+1 {
				// The grounds' column after the answer's.
				a = strings.Join(nonEmpty(cells[acol:]), " ")
			}
			if a == ditto && prev != nil && prev.hasAnswer {
				// The answer cell of the row above, merged over this
				// one: the same answer.
				cur.answer = append(cur.answer, prev.answer...)
				cur.hasAnswer = true
				cur.answerLine = prev.answerLine
			} else if a != "" {
				cur.answer = append(cur.answer, a)
				cur.hasAnswer = true
				cur.answerLine = i
			}
			p.used[i] = true
			lastRow = i
		case cur == nil && partSet && i-lastRow <= 6:
			// The preamble of a part, between its heading and its table.
			if len(context) < 400 {
				context = strings.TrimSpace(context + " " + s)
			}
			p.used[i] = true
			lastRow = i
		case cur != nil && strings.HasPrefix(raw, "\t") && p.earlyAnswerLine(i, n+1):
			// An answer cell centred in a row taller than its question
			// cell starts above the question's first line: it belongs
			// to the row that follows, not to the one before.
			if ocol >= 0 {
				var o string
				_, o, cells = reviewRow(cells, qcol, ocol, acol)
				earlyOriginal = appendCell(earlyOriginal, o)
			}
			if a := strings.Join(nonEmpty(cells), " "); a != "" {
				early = append(early, a)
			}
			p.used[i] = true
			lastRow = i
		case cur != nil && i-lastRow <= 8 && (!wasBlank || strings.HasPrefix(raw, "\t") || len(cells) >= 2 || p.tableGoesOn(i, n)):
			// A wrapped cell: a leading tab puts it in the answer column,
			// a line without one is the question's.
			if strings.HasPrefix(raw, "\t") || len(cells) >= 2 {
				// Each column to its own: the question's cell, and the
				// answer's (and any after it).
				if ocol >= 0 {
					var q, o string
					q, o, cells = reviewRow(cells, qcol, ocol, acol)
					cur.text = appendCell(cur.text, q)
					cur.original = appendCell(cur.original, o)
				} else if q := cellAt(cells[:min(len(cells), acol)], qcol); q != "" && acol > qcol {
					cur.text = append(cur.text, q)
				}
				if a := strings.Join(nonEmpty(cells[min(len(cells), acol):]), " "); a != "" {
					if gapped && after < 0 && strings.HasPrefix(raw, "\t") {
						after = len(cur.answer)
					}
					cur.answer = append(cur.answer, a)
					cur.hasAnswer = true
				}
			} else {
				cur.text = append(cur.text, s)
				gapped, after = false, -1
			}
			p.used[i] = true
			lastRow = i
		default:
			i = len(p.lines)
		}
	}
	if len(p.questions) < 1 {
		return false
	}
	if ocol >= 0 {
		reviewedAnswers(p.questions)
	}
	p.rowsForSeveral()
	p.listedAbove(start)
	p.respStart = lastRow + 1
	return true
}

// reNumberCell is a question cell that holds only the numbers of the
// questions its row answers: "1, 2 and 3", "4 & 5", "Q6", "7-9".
var reNumberCell = mustRx(`(?i)^\W*(?:q(?:uestions?)?\.?\s*)?\d{1,2}(?:\s*(?:,|&|and|-|–|to)\s*\d{1,2})*\W*$`)

// rowsForSeveral turns a table whose question cells hold only numbers,
// some rows answering several questions ("Question(s) | Response" over
// "1, 2 and 3 | 2020/21: 48 ..."), into one question for each number
// named, each with its row's answer; listedAbove then gives them the
// request's words. Nothing changes unless every row names its numbers so,
// each number once.
func (p *parser) rowsForSeveral() {
	several := false
	seen := map[int]bool{}
	nums := make([][]int, len(p.questions))
	for k, q := range p.questions {
		t := strings.TrimSpace(joinText(q.text))
		if q.key.part != 1 || !reNumberCell.MatchString(t) {
			return
		}
		nums[k] = numbersIn(t) // "Q6": the number list's tokens skip the word
		if len(nums[k]) == 0 {
			return
		}
		for _, n := range nums[k] {
			if seen[n] {
				return
			}
			seen[n] = true
		}
		several = several || len(nums[k]) > 1
	}
	if !several {
		return
	}
	rows := p.questions
	p.questions, p.byKey = nil, map[qkey]*qstate{}
	for k, row := range rows {
		for _, n := range nums[k] {
			q := p.add(1, n, row.firstLine, "", row.context)
			q.answer = slices.Clone(row.answer)
			q.hasAnswer, q.answerLine = row.hasAnswer, row.answerLine
			q.original = slices.Clone(row.original)
		}
	}
	slices.SortStableFunc(p.questions, func(a, b *qstate) int { return a.key.num - b.key.num })
}

// listedAbove gives the table's questions whose cells hold only their
// numbers ("Q | Original response | Review decision", rows "1", "2")
// the text of the request's items numbered the same in a list above the
// table ("On 29 April 2024 you asked ...: 1. The number of cyber
// security incidents ...").
func (p *parser) listedAbove(start int) {
	bare := map[int]*qstate{}
	for _, q := range p.questions {
		if t := strings.TrimRight(strings.TrimSpace(joinText(q.text)), ".)"); q.key.part == 1 && (t == "" || atoiSafe(t) == q.key.num) {
			bare[q.key.num] = q
		}
	}
	if len(bare) == 0 || len(bare) != len(p.questions) {
		return
	}
	listed := map[int][]string{}
	for i := 0; i < start; i++ {
		lab := p.labels[i]
		if lab.kind != labelItem || len(lab.nums) != 1 || strings.TrimSpace(lab.rest) == "" || bare[lab.nums[0]] == nil {
			continue
		}
		text := []string{lab.rest}
		for j := i + 1; j < start && strings.TrimSpace(p.lines[j]) != "" && p.labels[j].kind == labelNone; j++ {
			text = append(text, strings.TrimSpace(p.lines[j]))
		}
		listed[lab.nums[0]] = text
	}
	if len(listed) != len(bare) {
		return
	}
	for n, q := range bare {
		q.text = listed[n]
	}
}

// startsPartHeading reports whether a line's first cell is a part's
// heading on its own ("Part 2 – Inbound"), not a row's number or text.
func startsPartHeading(cell string) bool {
	_, _, ok := partHeading(cell)
	return ok
}

// numberedRowAt reports whether line i is a table row whose first cell is
// numbered n+1 or 1: the next row of the table, or the first of a part's.
func (p *parser) numberedRowAt(i, n int) bool {
	if i >= len(p.lines) {
		return false
	}
	cells := splitCells(p.lines[i])
	if len(cells) < 2 {
		return false
	}
	lab := parseLabel(cells[0])
	if lab.kind != labelItem && lab.kind != labelQuestion {
		if v := atoiSafe(strings.TrimRight(cells[0], ".)")); v > 0 {
			return v == n+1 || v == 1
		}
		return false
	}
	return len(lab.nums) > 0 && (lab.nums[0] == n+1 || lab.nums[0] == 1)
}

// reviewRow splits a line of a review table placed in its columns
// ("1. Question\tWithheld.\tUpheld."): the question's text, the decision
// reviewed, and the cells with those before the review's column blanked,
// so that the table's readers find only the review's outcome as the
// answer.
func reviewRow(cells []string, qcol, ocol, acol int) (question, original string, rest []string) {
	span := func(from, to int) string {
		if from >= len(cells) {
			return ""
		}
		return strings.Join(nonEmpty(cells[from:min(to, len(cells))]), " ")
	}
	rest = make([]string, acol, max(acol, len(cells)))
	rest = append(rest, cells[min(acol, len(cells)):]...)
	return span(qcol, ocol), span(ocol, acol), rest
}

// appendCell appends a cell's text to lines, unless it is empty.
func appendCell(lines []string, s string) []string {
	if s == "" {
		return lines
	}
	return append(lines, s)
}

// reviewedAnswers gives a review table's question whose review cell was
// empty the decision reviewed as its answer: the review changed nothing.
func reviewedAnswers(qs []*qstate) {
	for _, q := range qs {
		if !q.hasAnswer && len(q.original) > 0 {
			q.answer, q.original = q.original, nil
			q.hasAnswer = true
			q.answerLine = q.firstLine
		}
	}
}

// tableStart finds a question-and-answer table: a header row naming a
// question column and an answer column, or rows whose first cells count
// 1, 2, 3.
func (p *parser) tableStart() (start, qcol, acol, ocol int, numbered bool) {
	ocol = -1
	for i, raw := range p.lines {
		cells := splitCells(raw)
		if len(cells) < 2 {
			continue
		}
		if len(cells) >= 3 && reGroundsHeader.MatchString(cells[len(cells)-1]) && reAnswerHeader.MatchString(cells[len(cells)-2]) {
			// "Your question | Our response | Exemption": the grounds'
			// column is read with the answer beside it.
			cells = cells[:len(cells)-1]
		}
		last := cells[len(cells)-1]
		if o := reviewColumn(cells); o > 0 {
			// An internal review's table: the review's outcome is the
			// answer, the decision it reviewed beside it.
			q := 0
			if o > 1 && reNumberHeader.MatchString(cells[0]) && reQuestionHeader.MatchString(cells[1]) {
				q = 1
			} else if !reQuestionHeader.MatchString(cells[0]) || reNumberHeader.MatchString(cells[0]) && o > 1 {
				continue
			}
			p.used[i] = true
			return i + 1, q, len(cells) - 1, o, q == 1
		}
		if reAnswerHeader.MatchString(last) && (reQuestionHeader.MatchString(cells[0]) || len(cells) == 3 && reQuestionHeader.MatchString(cells[1])) {
			if len(cells) == 2 && (reNumberHeader.MatchString(cells[0]) || p.numbersBelow(i)) {
				if first := p.firstItem(); first >= 0 && first < i {
					// "No | Response" after a numbered request: answers
					// keyed back by number, read as such.
					return -1, 0, 0, -1, false
				}
			}
			p.used[i] = true
			if len(cells) >= 3 {
				if j := p.nextNonBlank(i); j < len(p.lines) {
					if c := splitCells(p.lines[j]); len(c) == len(cells)-1 && len(c) >= 2 {
						if lab := parseLabel(c[0]); lab.kind == labelItem && lab.rest != "" {
							// " | Request | Response" over "1. Number of
							// ... | 18 in total.": the number column's
							// heading is empty, and each number shares
							// its question's cell (a Word list in a
							// table).
							return i + 1, 0, 1, -1, false
						}
					}
				}
				return i + 1, 1, 2, -1, true
			}
			// "Question | Response" may still number its rows in the first
			// column: look at the next row.
			for j := i + 1; j < len(p.lines) && j < i+4; j++ {
				if c := splitCells(p.lines[j]); len(c) >= 3 && atoiSafe(strings.TrimRight(c[0], ".)")) == 1 {
					return i + 1, 1, 2, -1, true
				}
			}
			return i + 1, 0, 1, -1, false
		}
	}
	// Without a header: three-cell rows numbered 1, 2 (or Q1, Q2) in the
	// first cell.
	for i, raw := range p.lines {
		cells := splitCells(raw)
		if len(cells) < 3 || rowNumber(cells[0]) != 1 || len(cells[1]) < 10 {
			continue
		}
		for j := i + 1; j < len(p.lines) && j < i+30; j++ {
			c := splitCells(p.lines[j])
			if len(c) >= 3 && rowNumber(c[0]) == 2 {
				if first := p.firstItem(); first >= 0 && first < i && p.itemsFrom(first, i) >= 2 {
					// "1 | Total fleet | 612" under a request numbered
					// 1 to 14: the rows answer the request's questions
					// by number, not ask their own.
					return -1, 0, 0, -1, false
				}
				return i, 1, 2, -1, true
			}
		}
	}
	// Without a header: two-cell rows whose question cells number
	// themselves ("Q1. How many ... | 4,106 adults."), as a table set
	// without borders or a header row reads.
	for i, raw := range p.lines {
		if !labelledRow(raw, 1) {
			continue
		}
		for j := i + 1; j < len(p.lines) && j < i+30; j++ {
			if labelledRow(p.lines[j], 2) {
				return i, 0, 1, -1, false
			}
		}
		break
	}
	// Without a header or numbers: two-cell rows whose first cells ask
	// ("Who is your EPR supplier? | Medisys Clinical Ltd."), in the
	// letter's body, two of them at least within a few lines.
	if p.firstItem() < 0 {
		body := false
		for i, raw := range p.lines {
			if !body {
				body = reSalutation.MatchString(strings.TrimSpace(raw))
				continue
			}
			if !askingRow(raw) {
				continue
			}
			for j := i + 1; j < len(p.lines) && j < i+8; j++ {
				if askingRow(p.lines[j]) {
					// The row's first line, where its question wraps
					// ("How many public space CCTV cameras does | 412
					// cameras, ..." over "the council operate? |
					// control room.").
					for i > 0 && p.answeredRowAt(i-1) && !endsSentence(splitCells(p.lines[i-1])[0]) {
						i--
					}
					return i, 0, 1, -1, false
				}
			}
		}
	}
	return -1, 0, 0, -1, false
}

// headerRowAt reports whether line i is a table's header row: "Your
// request | Our response".
func (p *parser) headerRowAt(i int) bool {
	if i >= len(p.lines) {
		return false
	}
	return headerCells(splitCells(p.lines[i]))
}

// headerCells reports whether a row's cells are a table's header: "Your
// request | Our response".
func headerCells(cells []string) bool {
	return len(cells) >= 2 && reQuestionHeader.MatchString(cells[0]) && reAnswerHeader.MatchString(cells[len(cells)-1])
}

// rowNumberedOne reports whether line i is a table row numbered 1, in a
// number cell of its own or at the start of its question cell (which
// may stand alone on its line, its answer cell set lower).
func (p *parser) rowNumberedOne(i int) bool {
	if i >= len(p.lines) {
		return false
	}
	cells := splitCells(p.lines[i])
	if len(cells) == 0 {
		return false
	}
	if len(cells) >= 2 && rowNumber(cells[0]) == 1 {
		return true
	}
	lab := parseLabel(cells[0])
	return (lab.kind == labelItem || lab.kind == labelQuestion) && len(lab.nums) > 0 && lab.nums[0] == 1
}

// rowNumber reads a number column's cell: "1", "2.", "3)", "Q4".
func rowNumber(cell string) int {
	cell = strings.TrimRight(cell, ".)")
	if len(cell) > 1 && (cell[0] == 'Q' || cell[0] == 'q') {
		cell = cell[1:]
	}
	return atoiSafe(cell)
}

// answeredRow reports whether a line is a two-cell row, both cells
// filled, the first not in the answer column; cells are its cells.
func answeredRow(raw string) (cells []string, ok bool) {
	cells = splitCells(raw)
	return cells, len(cells) == 2 && cells[0] != "" && cells[1] != "" && !strings.HasPrefix(raw, "\t")
}

// answeredRowAt reports whether line i is such a row (false past the
// last line).
func (p *parser) answeredRowAt(i int) bool {
	if i >= len(p.lines) {
		return false
	}
	_, ok := answeredRow(p.lines[i])
	return ok
}

// askingRow reports whether a line is a two-cell row whose first cell
// asks a question and whose second answers it.
func askingRow(raw string) bool {
	cells, ok := answeredRow(raw)
	return ok && len(cells[0]) >= 10 && strings.HasSuffix(cells[0], "?") && asks(cells[0])
}

// itemsFrom counts the numbered items from line first, before line end,
// numbered one after the other from 1, each on a line with no cells.
func (p *parser) itemsFrom(first, end int) int {
	n := 0
	for i := first; i < end; i++ {
		lab := p.labels[i]
		if lab.kind != labelItem || len(lab.nums) != 1 || strings.Contains(p.lines[i], "\t") {
			continue
		}
		if lab.nums[0] != n+1 {
			break
		}
		n++
	}
	return n
}

// labelledRow reports whether a line is a two-cell row whose first cell
// is question n, numbered in the cell, and whose second holds an answer.
func labelledRow(raw string, n int) bool {
	cells := splitCells(raw)
	if len(cells) != 2 || cells[1] == "" {
		return false
	}
	lab := parseLabel(cells[0])
	return (lab.kind == labelItem || lab.kind == labelQuestion) && len(lab.nums) == 1 && lab.nums[0] == n && len(lab.rest) >= 10
}

// splitCells splits a line at tabs, trimming each cell.
func splitCells(s string) []string {
	if !strings.Contains(s, "\t") {
		return []string{strings.TrimSpace(s)}
	}
	parts := strings.Split(strings.TrimRight(s, " \t"), "\t")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// questionCell is the question column's text: that cell alone when the
// answer column follows it, so that "1 | question | answer" keeps the
// answer out of the question.
func questionCell(cells []string, qcol, acol int) string {
	if acol > qcol && qcol < len(cells) {
		return cells[qcol]
	}
	return cellAt(cells, qcol)
}

func cellAt(cells []string, i int) string {
	if i < len(cells) {
		if i == len(cells)-1 || i > 0 {
			return strings.TrimSpace(strings.Join(cells[i:], " "))
		}
		return cells[i]
	}
	return ""
}

func nonEmpty(xs []string) []string {
	var out []string
	for _, x := range xs {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}

// startsLabelled reports whether the first row of a table numbers its
// question in the question cell.
func startsLabelled(lines []string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		lab := parseLabel(splitCells(l)[0])
		return (lab.kind == labelItem || lab.kind == labelQuestion) && lab.nums[0] == 1
	}
	return false
}

// rowsSeparated reports whether a table's cells wrap onto lines of their
// own (a PDF), rather than standing one row a line (Word, HTML): some line
// between its first rows has no tab, or starts with one.
//
// A line without a tab after a blank line is no wrapped cell by itself:
// it may be the letter going on after the table ("If you are unhappy
// ..."), or a question cell whose answer, centred, follows.
func rowsSeparated(lines []string) bool {
	rows := 0
	blank := false
	for _, l := range lines {
		switch {
		case strings.TrimSpace(l) == "":
			blank = true
			continue
		case strings.HasPrefix(l, "\t"):
			return true
		case strings.Contains(l, "\t"):
			rows++
		case isBoilerplate(l):
			return false
		case rows > 0 && !blank:
			return true
		}
		blank = false
		if rows > 6 {
			// Rows enough, one line each: no wrapping seen.
			return false
		}
	}
	return false
}

// answeredBeside reports whether a question cell's line i, alone on its
// line, has answer-column lines (a leading tab) within its row: before
// the next blank line or line of cells.
func (p *parser) answeredBeside(i int) bool {
	for j := i + 1; j < len(p.lines) && j <= i+12; j++ {
		l := p.lines[j]
		if strings.HasPrefix(l, "\t") && strings.TrimSpace(l) != "" {
			return true
		}
		if strings.TrimSpace(l) == "" || strings.Contains(l, "\t") {
			return false
		}
	}
	return false
}

// tableGoesOn reports whether the table resumes within a few lines after
// line i (a header repeated on a new page, a part heading, or the next
// numbered row): then a stray line at a page break still belongs to it.
// numbersBelow reports whether the row under a header at line i starts
// with a bare question number ("6<TAB>48.6 FTE"): answers keyed back.
func (p *parser) numbersBelow(i int) bool {
	for j := i + 1; j < len(p.lines) && j <= i+3; j++ {
		if strings.TrimSpace(p.lines[j]) == "" {
			continue
		}
		cells := splitCells(p.lines[j])
		return len(cells) >= 2 && (atoiSafe(strings.TrimRight(cells[0], ".)")) > 0 || reGroupCell.MatchString(cells[0]))
	}
	return false
}

// reGroupCell is a number column's cell that keys one answer to several
// questions: "1 and 2", "3 & 4", "5-7".
var reGroupCell = mustRx(`^\d{1,2}\s*(?:and|&|,|-|–|to)\s*\d{1,2}[.)]?$`)

// earlyAnswerLine reports whether line i, a right-hand cell's line,
// belongs to row n, whose question line comes below it: an answer centred
// in a row taller than its question starts above it. The right-hand lines
// (blank lines between them allowed) must run on to directly above row
// n's question line, and row n's answer starts at the first of them
// that opens a sentence after one has ended; those before it end the
// answer of the row above.
func (p *parser) earlyAnswerLine(i, n int) bool {
	// The run of right-hand lines i is in: back to the last line of
	// another kind, then down to row n's question line.
	from := i
	for from > 0 && from > i-40 {
		t := p.lines[from-1]
		if strings.TrimSpace(t) != "" && !strings.HasPrefix(t, "\t") {
			break
		}
		from--
	}
	var run []int
	blank := false
	for j := from; j < len(p.lines) && j <= i+40; j++ {
		switch {
		case strings.TrimSpace(p.lines[j]) == "":
			blank = true
			continue
		case strings.HasPrefix(p.lines[j], "\t"):
			blank = false
			run = append(run, j)
			continue
		}
		// A row whose answer starts beside its question (top-aligned
		// cells) has it on the question's line; one whose answer runs
		// on beside it mid-sentence ("The panel was chaired by ...,
		// Deputy" / "5. What are the names of | Director, ...") began
		// above it, centred in the row.
		runsOn := len(run) > 0 && strings.Contains(p.lines[j], "\t") && !endsSentence(strings.TrimSpace(p.lines[run[len(run)-1]]))
		if !p.rowLabelAt(j, n) || !runsOn && (blank || strings.Contains(p.lines[j], "\t")) {
			return false
		}
		break
	}
	if len(run) == 0 {
		return false
	}
	// Where row n's answer starts: from the line before i, look back for
	// the end of the row above's answer.
	start := -1
	prevEnds := p.answerEndsAbove(run[0])
	for k, j := range run {
		t := strings.TrimSpace(p.lines[j])
		ends := prevEnds
		if k > 0 {
			ends = endsSentence(strings.TrimSpace(p.lines[run[k-1]]))
		}
		if ends && t != "" && unicode.IsUpper([]rune(t)[0]) {
			start = j
			break
		}
	}
	return start >= 0 && i >= start
}

// answerEndsAbove reports whether the answer text last above line i, in
// the answer's column, ends a sentence (or there is none): the question
// cell's lines between ("was recorded and whether it was retained.") say
// nothing of where the answer beside them stands.
func (p *parser) answerEndsAbove(i int) bool {
	for j := i - 1; j >= 0 && j >= i-40; j-- {
		if !strings.Contains(p.lines[j], "\t") {
			if lab := parseLabel(strings.TrimSpace(p.lines[j])); lab.kind == labelItem || lab.kind == labelQuestion {
				// The row above starts here with no answer beside it.
				return true
			}
			continue
		}
		cells := splitCells(p.lines[j])
		if strings.TrimSpace(cells[0]) != "" && reQuestionHeader.MatchString(cells[0]) && slices.ContainsFunc(cells[1:], reAnswerHeader.MatchString) {
			return true // the table's header: no row above
		}
		a := cells[0]
		if len(cells) >= 2 {
			a = cells[1]
		}
		if strings.TrimSpace(a) != "" {
			return endsSentence(strings.TrimSpace(a))
		}
	}
	return true
}

// prevNonBlank returns the last non-blank line before i, or i.
func (p *parser) prevNonBlank(i int) int {
	for j := i - 1; j >= 0; j-- {
		if strings.TrimSpace(p.lines[j]) != "" {
			return j
		}
	}
	return i
}

// partHeadingAbove finds a part's heading among the few lines with words
// above line start (past the table's header row).
func (p *parser) partHeadingAbove(start int) (int, string, bool) {
	seen := 0
	for j := start - 1; j >= 0 && seen < 3; j-- {
		s := strings.TrimSpace(p.lines[j])
		if s == "" {
			continue
		}
		seen++
		if pn, ctx, ok := partHeading(s); ok && len(splitCells(p.lines[j])) == 1 {
			return pn, ctx, true
		}
	}
	return 0, "", false
}

// nextNonBlank returns the first non-blank line after i, or len(p.lines).
func (p *parser) nextNonBlank(i int) int {
	for j := i + 1; j < len(p.lines); j++ {
		if strings.TrimSpace(p.lines[j]) != "" {
			return j
		}
	}
	return len(p.lines)
}

// rowLabelAt reports whether line i is a table row's question cell
// numbered n, alone on its line or with its answer.
func (p *parser) rowLabelAt(i, n int) bool {
	if i >= len(p.lines) || strings.HasPrefix(p.lines[i], "\t") {
		return false
	}
	lab := parseLabel(splitCells(p.lines[i])[0])
	return (lab.kind == labelItem || lab.kind == labelQuestion) && len(lab.nums) == 1 && lab.nums[0] == n
}

func (p *parser) tableGoesOn(i, n int) bool {
	for j := i + 1; j < len(p.lines) && j <= i+24; j++ {
		s := strings.TrimSpace(p.lines[j])
		if s == "" {
			continue
		}
		cells := splitCells(p.lines[j])
		if len(cells) >= 2 && reAnswerHeader.MatchString(cells[len(cells)-1]) {
			return true
		}
		if _, _, ok := partHeading(s); ok {
			return true
		}
		if lab := parseLabel(cells[0]); lab.kind != labelNone && (len(cells) >= 2 && (lab.nums[0] == n+1 || lab.nums[0] == 1) || lab.nums[0] == n+1) {
			// The next row, its cells on one line or its question cell
			// alone above its answer.
			return true
		}
	}
	return false
}

// reviewColumn returns the column of the decision under review in a header
// row whose last cell heads a review's outcome ("Question | Original
// decision | Outcome of review"), or -1 when the row is not such a header.
func reviewColumn(cells []string) int {
	if len(cells) < 3 || !reReviewHeader.MatchString(cells[len(cells)-1]) {
		return -1
	}
	for c := 1; c < len(cells)-1; c++ {
		if reOriginalHeader.MatchString(cells[c]) || reAnswerHeader.MatchString(cells[c]) {
			return c
		}
	}
	return -1
}
