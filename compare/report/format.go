package report

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Format is an output format. The zero Format is not valid; callers choose
// one explicitly, usually through a FormatValue flag defaulting to Text.
type Format string

// The output formats. Text and JSON are available for every result; the
// others only where a command says so.
const (
	Text     Format = "text"     // for people: aligned, truncated to the width
	JSON     Format = "json"     // for programs: one indented JSON document
	Markdown Format = "markdown" // a report for a wiki or an email
	HTML     Format = "html"     // a report for a browser
	CSV      Format = "csv"      // one row per finding, for a spreadsheet
	XLSX     Format = "xlsx"     // a spreadsheet file (binary: needs a file)
)

// ErrUnsupportedFormat is returned by the writers for a format they cannot
// produce for the value given (a Response has no CSV form, for example).
var ErrUnsupportedFormat = errors.New("format not supported for this result")

// Formats returns every format, in the order above. The slice is new on
// each call.
func Formats() []Format {
	return []Format{Text, JSON, Markdown, HTML, CSV, XLSX}
}

// ParseFormat returns the Format named s when it is one of allowed (every
// format when allowed is empty). Names are matched exactly; the error lists
// the valid names.
func ParseFormat(s string, allowed ...Format) (Format, error) {
	if len(allowed) == 0 {
		allowed = Formats()
	}
	if f := Format(s); slices.Contains(allowed, f) {
		return f, nil
	}
	return "", fmt.Errorf("must be one of: %s", joinFormats(allowed))
}

func joinFormats(fs []Format) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = string(f)
	}
	return strings.Join(names, ", ")
}

// FormatValue is a command-line flag holding a Format restricted to the
// formats one command can print. It implements the pflag.Value interface,
// so a bad value is a usage error before any work starts.
type FormatValue struct {
	p       *Format
	allowed []Format
}

// NewFormatValue returns a flag value that stores into p, sets *p to def and
// accepts only the formats in allowed (every format when allowed is empty).
func NewFormatValue(p *Format, def Format, allowed ...Format) *FormatValue {
	if len(allowed) == 0 {
		allowed = Formats()
	}
	*p = def
	return &FormatValue{p: p, allowed: slices.Clone(allowed)}
}

// Set parses s and stores it; it fails, listing the valid names, when s is
// not an allowed format.
func (v *FormatValue) Set(s string) error {
	f, err := ParseFormat(s, v.allowed...)
	if err != nil {
		return err
	}
	*v.p = f
	return nil
}

// String returns the current format's name.
func (v *FormatValue) String() string {
	if v == nil || v.p == nil {
		return ""
	}
	return string(*v.p)
}

// Type names the flag's type in usage messages.
func (v *FormatValue) Type() string { return "format" }

// Allowed returns the formats the flag accepts, in the order given to
// NewFormatValue. The slice is a copy.
func (v *FormatValue) Allowed() []Format { return slices.Clone(v.allowed) }
