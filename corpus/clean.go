package corpus

import "strings"

// Clean joins extracted pages into the clean text the parser reads. STUB.
func Clean(pages [][]string) string {
	var b strings.Builder
	for _, p := range pages {
		for _, l := range p {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}
