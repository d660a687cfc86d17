package main

import (
	"io"
	"os"

	"golang.org/x/term"

	"github.com/foicheck/foicheck/compare/report"
)

// detectTerminal reports whether w is a terminal and, when it can tell, its
// width in columns (0 when it cannot).
func detectTerminal(w io.Writer) (isTerminal bool, width int) {
	f, ok := w.(*os.File)
	if !ok {
		return false, 0
	}
	fd := int(f.Fd())
	if !term.IsTerminal(fd) {
		return false, 0
	}
	width, _, err := term.GetSize(fd)
	if err != nil {
		return true, 0
	}
	return true, width
}

// textConfig chooses how text is laid out for out: the terminal's width
// and colour when out is a terminal (colour unless NO_COLOR is set or TERM
// is dumb, see no-color.org), else the report defaults, so that files and
// pipes get the same output whatever the terminal.
func (f *factory) textConfig(out io.Writer) report.Config {
	isTerm, width := f.Terminal(out)
	if !isTerm {
		return report.Config{}
	}
	color := f.Getenv("NO_COLOR") == "" && f.Getenv("TERM") != "dumb"
	return report.Config{Width: width, Color: color}
}
