package corpus

// extractPDF returns the text of a PDF file as lines per page.
// STUB: to be implemented.
func extractPDF(data []byte) ([][]string, error) {
	return nil, ErrUnsupported
}
