package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/foicheck/foicheck/compare"
)

// WriteExplanations writes explanations kept in file as Text (a heading,
// then each with what it covers, its reason, who and when) or JSON (the
// list). recorded says they were just added, which the heading says rather
// than counting them.
func (c Config) WriteExplanations(w io.Writer, es []compare.Explanation, f Format, file string, recorded bool) error {
	switch f {
	case JSON:
		if es == nil {
			es = []compare.Explanation{}
		}
		return writeJSON(w, es)
	case Text:
		var b strings.Builder
		if recorded {
			fmt.Fprintf(&b, "Recorded in %s:\n", file)
		} else {
			fmt.Fprintf(&b, "%s in %s:\n", plural(len(es), "explanation"), file)
		}
		for _, e := range es {
			fmt.Fprintf(&b, "  %s  %s\n      reason: %s\n      by %s on %s\n", e.ID, e.Describe(), e.Reason, e.By, e.At.Format("2006-01-02"))
		}
		_, err := io.WriteString(w, b.String())
		return err
	}
	return fmt.Errorf("explanations as %q: %w", f, ErrUnsupportedFormat)
}
