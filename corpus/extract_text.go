package corpus

import "strings"

// extractText splits plain text into pages at form feeds. STUB.
func extractText(data []byte) ([][]string, error) {
	var pages [][]string
	for _, p := range strings.Split(string(data), "\f") {
		pages = append(pages, strings.Split(strings.ReplaceAll(p, "\r\n", "\n"), "\n"))
	}
	return pages, nil
}
