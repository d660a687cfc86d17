package corpus

// Parse reads a Document's clean text into a Response. It is pure: no I/O.
// STUB.
func Parse(doc Document) (Response, error) {
	return Response{Source: doc.Source, SHA256: doc.SHA256}, nil
}
