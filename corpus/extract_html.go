package corpus

// extractHTML returns the text of a HTML file as lines per page.
// STUB: to be implemented.
func extractHTML(data []byte) ([][]string, error) {
	return nil, ErrUnsupported
}
