package corpus

import (
	"strconv"
	"strings"
)

// Text recognised from a scan confuses a few shapes: the digit 1 with the
// letters l and I, the digit 0 with the letter O. A parser that looks for
// "Q1", "2024" or "FOI" misses "Ql", "2O24" or "F0I", so Clean repairs them
// where the context leaves no doubt, in every letter (a letter typed
// cleanly has none of these shapes):
//
//   - inside a run of digits: "2O24" and "FOI/2O24/3318" (the run must
//     hold a digit and stand apart from letters, and one that begins with
//     O is left alone: "O2" is a mobile network);
//   - a label or list number: "Ql." or "Al." beside "Q2." or "A3.", "l)"
//     beside "2)", a first table cell "l" beside "4", "3, How" beside
//     "2. How", "Page l" at a line's end or before "of";
//   - a subsection's bracket read as a brace: "38(1}(b)";
//   - a zero after a capital in a word in capitals: "P0LICE", "C0UNCIL",
//     "F0I" (not "0AA", the end of a postcode);
//   - an l that begins a word no English word begins with: "lf", "ln",
//     "lnformation", "lt", "ls"; and a word in capitals ending in l ("FOl").

// repairOCR repairs the confusions above in the lines of every page.
func repairOCR(pages [][]string) {
	// Each line is scanned for its shapes once; most letters have none,
	// and then nothing more is done.
	shapes := make([][]int, len(pages))
	found := false
	for k, p := range pages {
		shapes[k] = make([]int, len(p))
		for i, l := range p {
			shapes[k][i] = ocrShapes(l)
			found = found || shapes[k][i] != 0
		}
	}
	if !found {
		return
	}
	seen, items := labelsSeen(pages), listItems(pages)
	for k, p := range pages {
		for i, l := range p {
			if shapes[k][i] != 0 {
				p[i] = repairLine(l, shapes[k][i], seen, items)
			}
		}
	}
}

// OCR shapes, as found in a line by ocrShapes.
const (
	shapeRun       = 1 << iota // l, I or O beside a digit
	shapeCapsZero              // a zero after a capital
	shapeInitialL              // an l opening a word before n, f, t or s
	shapeCapsEndL              // an l ending a word after two capitals
	shapeLabel                 // a label or list number written l or I
	shapePage                  // "Page" before a page number
	shapeCommaItem             // a list number read with a comma: "3, How many"
	shapeBrace                 // a bracket read as a brace: "38(1}(b)"
)

// ocrShapes returns the shapes l holds, by a scan of its bytes, so that
// each repair's expression runs only on lines that may need it.
func ocrShapes(l string) int {
	digit := func(c byte) bool { return '0' <= c && c <= '9' }
	upper := func(c byte) bool { return 'A' <= c && c <= 'Z' }
	confusable := func(c byte) bool { return c == 'l' || c == 'I' || c == 'O' }
	shapes := 0
	for i := 0; i+1 < len(l); i++ {
		a, b := l[i], l[i+1]
		switch {
		case digit(a) && confusable(b), confusable(a) && digit(b):
			shapes |= shapeRun
		case upper(a) && b == '0':
			shapes |= shapeCapsZero
		case a == 'l' && (b == 'n' || b == 'f' || b == 't' || b == 's') && (i == 0 || !isWordByte(l[i-1])):
			shapes |= shapeInitialL
		case b == 'l' && i >= 1 && upper(a) && upper(l[i-1]) && (i+2 == len(l) || !isWordByte(l[i+2])):
			shapes |= shapeCapsEndL
		}
	}
	t := strings.TrimLeft(l, " \t|")
	for _, p := range []string{"l", "I", "Q", "A", "Part", "Item"} {
		if strings.HasPrefix(t, p) && reLabelOne.MatchString(l) {
			shapes |= shapeLabel
			break
		}
	}
	if (strings.Contains(l, "Page ") || strings.Contains(l, "PAGE ")) && rePageOne.MatchString(l) {
		shapes |= shapePage
	}
	if len(t) > 0 && t[0] >= '0' && t[0] <= '9' && reCommaItem.MatchString(l) {
		shapes |= shapeCommaItem
	}
	if strings.ContainsAny(l, "{}") && reBrace.MatchString(l) {
		shapes |= shapeBrace
	}
	return shapes
}

var (
	// reMixedRun is a run of digits and the letters confused with them.
	reMixedRun = mustRx(`[0-9lIO]+`)
	// reCapsZero is a word in capitals with a zero after a capital.
	reCapsZero = mustRx(`\b[A-Z]+0[A-Z0]*\b`)
	// reInitialL is an l that begins a word only an I can begin.
	reInitialL = mustRx(`\bl(f|n|t|s|nformation|nternal|ncidents?|ssued?|ssues?|tems?)\b`)
	// reCapsEndL is a word in capitals read with a final l ("FOl").
	reCapsEndL = mustRx(`\b([A-Z]{2,})l\b`)
	// reLabelOne is a label or list number read as l or I: its prefix
	// (pipes and spaces, a label word) and what follows.
	reLabelOne = mustRx(`^([\s|]*)((?:[QA]|Q\s|A\s|Question\s+|Answer\s+|Part\s+|Item\s+)?)([lI])(\s*[.):|]|\t|\s*$)`)
	reLabelTwo = mustRx(`^[\s|]*((?:[QA]|Q\s|A\s|Question\s+|Answer\s+|Part\s+|Item\s+)?)[2-9](?:\s*[.):|]|\t|\s*$)`)
	// reListItem is a list number opening a line.
	reListItem = mustRx(`^\s*(\d{1,2})[.)]\s`)
	// reCommaItem is a list number read with a comma before a capital.
	reCommaItem = mustRx(`^(\s*\d{1,2}),(\s+[A-Z])`)
	// reBrace is a subsection's bracket read as a brace.
	reBrace   = mustRx(`\(([0-9A-Za-z]{1,3})\}|\{([0-9A-Za-z]{1,3})\)`)
	rePageOne = mustRx(`\b((?:Page|PAGE)\s+)[lI](\s+of\b|\s*$)`)
)

// labelsSeen returns the label prefixes ("", "Q", "A", "Question") that
// number a digit from 2 to 9 somewhere in the text: beside "Q2." a "Ql."
// is question 1.
func labelsSeen(pages [][]string) map[string]bool {
	seen := map[string]bool{}
	for _, p := range pages {
		for _, l := range p {
			if m := reLabelTwo.FindStringSubmatch(l); m != nil {
				seen[strings.TrimSpace(m[1])] = true
			}
		}
	}
	return seen
}

// listItems returns the numbers that open a line as list items ("2. ",
// "3) ").
func listItems(pages [][]string) map[int]bool {
	items := map[int]bool{}
	for _, p := range pages {
		for _, l := range p {
			if m := reListItem.FindStringSubmatch(l); m != nil {
				n, _ := strconv.Atoi(m[1])
				items[n] = true
			}
		}
	}
	return items
}

// repairLine repairs the shapes ocrShapes found in l.
func repairLine(l string, shapes int, seen map[string]bool, items map[int]bool) string {
	if shapes&shapeLabel != 0 {
		// A bare "I." is question 1 only where the list has no 1 of its
		// own ("I. Introduction" above "1. ..." is a heading).
		if m := reLabelOne.FindStringSubmatchIndex(l); m != nil && seen[strings.TrimSpace(l[m[4]:m[5]])] && (m[5] > m[4] || !items[1]) {
			l = l[:m[6]] + "1" + l[m[7]:]
		}
	}
	if shapes&shapePage != 0 {
		l = rePageOne.ReplaceAllString(l, "${1}1$2")
	}
	if shapes&shapeCommaItem != 0 {
		// Only a number the list lacks, near one it has: "2, Smith
		// Street" in an address beside an item "2." stays.
		if m := reCommaItem.FindStringSubmatch(l); m != nil {
			n, _ := strconv.Atoi(strings.TrimSpace(m[1]))
			if !items[n] && (items[n-1] || items[n+1] || items[n-2] || items[n+2]) {
				l = reCommaItem.ReplaceAllString(l, "$1.$2")
			}
		}
	}
	if shapes&shapeBrace != 0 {
		l = reBrace.ReplaceAllString(l, "($1$2)")
	}
	if shapes&shapeRun != 0 {
		l = repairRuns(l)
	}
	if shapes&shapeCapsZero != 0 {
		l = reCapsZero.ReplaceAllStringFunc(l, func(w string) string { return strings.ReplaceAll(w, "0", "O") })
	}
	if shapes&shapeInitialL != 0 {
		l = reInitialL.ReplaceAllString(l, "I$1")
	}
	if shapes&shapeCapsEndL != 0 {
		l = reCapsEndL.ReplaceAllString(l, "${1}I")
	}
	return l
}

// repairRuns reads l, I and O as digits in the runs of digits and those
// letters that hold a digit and stand apart from other letters.
func repairRuns(l string) string {
	isLetter := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	var b strings.Builder
	last := 0
	for _, m := range reMixedRun.FindAllStringIndex(l, -1) {
		run := l[m[0]:m[1]]
		if run[0] == 'O' || !strings.ContainsAny(run, "0123456789") || !strings.ContainsAny(run, "lIO") ||
			m[0] > 0 && isLetter(l[m[0]-1]) || m[1] < len(l) && isLetter(l[m[1]]) {
			continue
		}
		b.WriteString(l[last:m[0]])
		b.WriteString(ocrDigits.Replace(run))
		last = m[1]
	}
	if last == 0 {
		return l
	}
	b.WriteString(l[last:])
	return b.String()
}

var ocrDigits = strings.NewReplacer("l", "1", "I", "1", "O", "0")
