package report

// DefaultWidth is the width, in columns, that text output fits when the
// caller gives none: a terminal of ordinary size.
const DefaultWidth = 100

// Config controls how a value is written. The zero Config writes text
// DefaultWidth columns wide without colour.
type Config struct {
	// Width is the number of columns text output should fit; 0 or less
	// means DefaultWidth. Long cells are cut to fit; when even the shortest
	// cells do not fit, lines are longer than Width rather than unreadable.
	Width int
	// Color adds ANSI colour to text output. Set it only when writing to a
	// terminal that wants colour.
	Color bool
}

func (c Config) width() int {
	if c.Width <= 0 {
		return DefaultWidth
	}
	return c.Width
}
