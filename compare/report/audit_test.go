package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/foicheck/foicheck/compare"
)

// TestStreamedJSON: the audit and report JSON, written a finding at a
// time, is byte for byte what encoding/json writes for the whole value.
func TestStreamedJSON(t *testing.T) {
	r := sampleReport()
	empty := ReportResult{Period: r.Period, Totals: compare.Count(nil)}
	for name, tc := range map[string]struct {
		write func(*bytes.Buffer) error
		value any
	}{
		"report": {func(b *bytes.Buffer) error { return Config{}.WriteReport(b, r, JSON) }, r},
		"empty report": {func(b *bytes.Buffer) error { return Config{}.WriteReport(b, empty, JSON) },
			ReportResult{Audit: compare.Audit{Findings: []compare.AuditFinding{}}, Period: r.Period, Totals: empty.Totals}},
		"audit": {func(b *bytes.Buffer) error { return Config{}.WriteAudit(b, AuditResult{Audit: r.Audit}, JSON) },
			AuditResult{Audit: r.Audit}},
	} {
		var got bytes.Buffer
		if err := tc.write(&got); err != nil {
			t.Fatal(err)
		}
		want, err := json.MarshalIndent(tc.value, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, '\n')
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s: streamed JSON differs from encoding/json's:\n%s\nwant:\n%s", name, got.Bytes(), want)
		}
	}
}

func TestCSVSafe(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(1)": "'=HYPERLINK(1)", "+1": "'+1", "-1": "'-1", "@SUM": "'@SUM", "plain": "plain", "": "",
	} {
		if got := csvSafe(in); got != want {
			t.Errorf("csvSafe(%q) = %q, want %q", in, got, want)
		}
	}
}
