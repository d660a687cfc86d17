package report

import (
	"fmt"
	"io"
)

// Version describes the running program, for `foicheck version`.
type Version struct {
	// Version is the module version, or a VCS revision, or "devel".
	Version string `json:"version"`
	// Go is the Go release that built the program.
	Go string `json:"go"`
	// Platform is GOOS/GOARCH.
	Platform string `json:"platform"`
}

// String returns the one-line text form: "foicheck v1.2.0 (go1.26.0 linux/amd64)".
func (v Version) String() string {
	return fmt.Sprintf("foicheck %s (%s %s)", v.Version, v.Go, v.Platform)
}

// WriteVersion writes v as its one-line text form or as a JSON object.
// Other formats return an error wrapping ErrUnsupportedFormat.
func (c Config) WriteVersion(w io.Writer, v Version, f Format) error {
	switch f {
	case JSON:
		return writeJSON(w, v)
	case Text:
		_, err := fmt.Fprintln(w, v.String())
		return err
	}
	return fmt.Errorf("version as %q: %w", f, ErrUnsupportedFormat)
}
