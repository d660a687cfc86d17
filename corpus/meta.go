package corpus

// meta is what a letter says about itself.
type meta struct {
	Authority string
	Reference string
	Date      Date // the response date
	Received  Date // when the request was received
	Title     string
}

// parseMeta reads a letter's metadata from its clean lines. STUB.
func parseMeta(lines []string) meta { return meta{} }
