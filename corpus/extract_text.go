package corpus

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// extractText returns the lines of a plain-text or Markdown file, split
// into pages at form feeds. UTF-8 is expected (a byte-order mark is
// dropped); a file that is not valid UTF-8 is read as windows-1252, the
// usual encoding of text saved by older Windows programs. CRLF and CR line
// ends are accepted. Markdown syntax that is only presentation is removed:
// emphasis markers around words, heading and block-quote marks, table pipes
// (cells become TAB-separated, separator rows are dropped). List numbers and
// bullets stay. It returns ErrDamaged for a file that looks binary.
func extractText(data []byte) ([][]string, error) {
	text, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	// a form feed ends a page, so one at the very end starts none
	text = strings.TrimSuffix(strings.TrimSuffix(text, "\n"), "\f")
	var pages [][]string
	for _, page := range strings.Split(text, "\f") {
		lines := strings.Split(page, "\n")
		pages = append(pages, markdownLines(lines))
	}
	return pages, nil
}

// decodeText decodes data as UTF-8 (without a byte-order mark) or, when it
// is not valid UTF-8, as windows-1252. A NUL byte means a binary file (or
// UTF-16, which letters are not saved as).
func decodeText(data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, 0) >= 0 {
		return "", fmt.Errorf("%w: text file holds NUL bytes: binary, or UTF-16 (save it as UTF-8)", ErrDamaged)
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("%w: text is neither UTF-8 nor windows-1252: %v", ErrDamaged, err)
	}
	return string(out), nil
}

// markdownLines removes Markdown presentation from lines.
func markdownLines(lines []string) []string {
	lines = moveQuotedRequest(lines)
	out := make([]string, 0, len(lines))
	fence := false
	grid := isGridTable(lines)
	for _, l := range lines {
		trim := strings.TrimSpace(l)
		if strings.HasPrefix(trim, "```") || strings.HasPrefix(trim, "~~~") {
			fence = !fence
			continue
		}
		if fence {
			out = append(out, l)
			continue
		}
		if isTableSeparator(trim) {
			continue
		}
		if reThematicBreak.MatchString(trim) {
			// "---" between paragraphs: a rule drawn across the page,
			// which no answer goes on into.
			out = append(out, "")
			continue
		}
		l = stripQuoteMarks(l)
		l = stripHeading(l)
		if strings.HasPrefix(strings.TrimSpace(l), "|") || (grid && strings.Contains(l, "|")) {
			l = tableCells(l)
		}
		out = append(out, unescapeMarkdown(stripEmphasis(l)))
	}
	return out
}

// reThematicBreak is a Markdown rule across the page: three or more
// dashes, stars or underscores alone, perhaps spaced.
var reThematicBreak = mustRx(`^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$`)

// unescapeMarkdown drops the backslash Markdown writers put before
// punctuation that would otherwise mark something up ("1\." keeps a
// number from becoming a list, "\*" a star from becoming emphasis).
func unescapeMarkdown(l string) string {
	if !strings.Contains(l, "\\") {
		return l
	}
	var b strings.Builder
	for i := 0; i < len(l); i++ {
		if l[i] == '\\' && i+1 < len(l) && strings.IndexByte("\\`*_{}[]()#+-.!|>~<", l[i+1]) >= 0 {
			i++
		}
		b.WriteByte(l[i])
	}
	return b.String()
}

// moveQuotedRequest puts the request an email reply quotes below itself
// ("> 1. the dust monitoring results ...") before the reply's numbered
// answers, without its quote marks, so that the letter reads as a request
// followed by its answers. Lines are moved only when the quoted list holds
// at least two numbered items and the reply above it numbers its own.
func moveQuotedRequest(lines []string) []string {
	isQuoted := func(l string) bool { return strings.HasPrefix(strings.TrimLeft(l, " \t"), ">") }
	unquote := func(l string) string {
		l = strings.TrimLeft(l, " \t")
		l = strings.TrimPrefix(l, ">")
		return strings.TrimPrefix(l, " ")
	}
	isItem := func(l string) bool {
		lab := itemLabel(strings.TrimSpace(l))
		return lab.kind == labelItem && len(lab.nums) > 0 && lab.style != "alpha" && lab.style != "partnum"
	}
	// The quoted list: from its first numbered item to the quoted line
	// before the first blank quoted line after its last item.
	from, to, items := -1, -1, 0
	for i, l := range lines {
		if !isQuoted(l) {
			if from >= 0 {
				break
			}
			continue
		}
		u := unquote(l)
		switch {
		case isItem(u) && !isQuoted(u):
			if from < 0 {
				from = i
			}
			items++
			to = i + 1
		case from >= 0 && strings.TrimSpace(u) == "":
			if items >= 2 {
				goto found
			}
		case from >= 0:
			to = i + 1
		}
	}
found:
	if items < 2 {
		return lines
	}
	at := -1
	for i := 0; i < from; i++ {
		if !isQuoted(lines[i]) && isItem(lines[i]) {
			at = i
			break
		}
	}
	if at < 0 {
		return lines
	}
	out := make([]string, 0, len(lines)+1)
	out = append(out, lines[:at]...)
	for _, l := range lines[from:to] {
		out = append(out, unquote(l))
	}
	out = append(out, "")
	out = append(out, lines[at:from]...)
	return append(out, lines[to:]...)
}

// stripQuoteMarks removes the block-quote marks ("> ", "> > ") at the start
// of a line.
func stripQuoteMarks(l string) string {
	t := strings.TrimLeft(l, " ")
	if !strings.HasPrefix(t, ">") {
		return l
	}
	for strings.HasPrefix(t, ">") {
		t = strings.TrimLeft(t[1:], " ")
	}
	return t
}

// stripHeading removes ATX heading marks ("## Part 2", "## Part 2 ##").
func stripHeading(l string) string {
	t := strings.TrimLeft(l, " ")
	n := len(t) - len(strings.TrimLeft(t, "#"))
	if n == 0 || n > 6 || (n < len(t) && t[n] != ' ' && t[n] != '\t') {
		return l
	}
	t = strings.TrimSpace(t[n:])
	return strings.TrimSpace(strings.TrimRight(t, "#"))
}

// isTableSeparator reports whether a line is a Markdown table's separator
// row ("|---|:--:|") or a rule of a table drawn in characters
// ("-----+-----", "+=====+=====+").
func isTableSeparator(t string) bool {
	if !strings.Contains(t, "-") && !strings.Contains(t, "=") {
		return false
	}
	if !strings.ContainsAny(t, "|+") {
		return false
	}
	return strings.Trim(t, "|+-=: \t") == ""
}

// isGridTable reports whether lines hold a table drawn in characters: at
// least two rules with a "+" where the columns cross. Its rows separate
// their cells with "|" without one at the start of the line, which in
// prose would be too weak a sign to read as a table.
func isGridTable(lines []string) bool {
	rules := 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if strings.Contains(t, "+") && isTableSeparator(t) {
			rules++
		}
	}
	return rules >= 2
}

// tableCells turns a Markdown table row into TAB-separated cells.
func tableCells(l string) string {
	t := strings.TrimSpace(l)
	t = strings.TrimPrefix(t, "|")
	t = strings.TrimSuffix(t, "|")
	cells := strings.Split(t, "|")
	for i, c := range cells {
		cells[i] = strings.TrimSpace(c)
	}
	return strings.Join(cells, "\t")
}

// stripEmphasis removes Markdown emphasis markers (*, **, _, __, ***) that
// open at the start of a word or close at its end. Markers inside words
// (snake_case, 2*3) and a bullet "* " at the start of a line are kept.
func stripEmphasis(l string) string {
	if !strings.ContainsAny(l, "*_") {
		return l
	}
	var b strings.Builder
	b.Grow(len(l))
	lead := len(l) - len(strings.TrimLeft(l, " "))
	for i := 0; i < len(l); {
		c := l[i]
		if c != '*' && c != '_' {
			b.WriteByte(c)
			i++
			continue
		}
		j := i
		for j < len(l) && l[j] == c {
			j++
		}
		if i == lead && c == '*' && j-i == 1 && j < len(l) && l[j] == ' ' {
			b.WriteByte(c) // a bullet
			i = j
			continue
		}
		if !emphasisMarker(l, i, j) {
			b.WriteString(l[i:j])
		}
		i = j
	}
	return b.String()
}

// emphasisMarker reports whether the run of markers l[i:j] opens or
// closes emphasis: a space (or the line's edge) on exactly one side, or
// punctuation on one side and a word on the other ("(*note*)"). Markers
// inside words (snake_case, 2*3) and between spaces are literal.
func emphasisMarker(l string, i, j int) bool {
	prevSpace := i == 0 || l[i-1] == ' ' || l[i-1] == '\t'
	nextSpace := j == len(l) || l[j] == ' ' || l[j] == '\t'
	if prevSpace != nextSpace {
		return true
	}
	if prevSpace {
		return false
	}
	return isPunct(l[i-1]) != isPunct(l[j])
}

// isPunct reports whether c is punctuation that may touch an emphasis
// marker from outside.
func isPunct(c byte) bool {
	return strings.IndexByte(".,;:!?()[]\"'", c) >= 0
}
