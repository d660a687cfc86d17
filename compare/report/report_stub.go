package report

import (
	"fmt"
	"io"
)

// writeReportHTML writes the report as one self-contained HTML page.
func writeReportHTML(w io.Writer, r ReportResult) error {
	return fmt.Errorf("report as html: %w", ErrUnsupportedFormat)
}
