package corpus

// extractDOCX returns the text of a DOCX file as lines per page.
// STUB: to be implemented.
func extractDOCX(data []byte) ([][]string, error) {
	return nil, ErrUnsupported
}
