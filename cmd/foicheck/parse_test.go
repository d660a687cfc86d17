package main

import (
	"context"
	"io"
	"testing"

	"github.com/foicheck/foicheck/compare/report"
)

// TestParseFlags checks that the command line reaches parseOptions, with
// runF standing in for runParse.
func TestParseFlags(t *testing.T) {
	tests := []struct {
		args []string
		want parseOptions
	}{
		{[]string{"a.pdf"}, parseOptions{File: "a.pdf", Format: report.Text}},
		{[]string{"--format", "json", "a.pdf"}, parseOptions{File: "a.pdf", Format: report.JSON}},
		{[]string{"--format=json", "-o", "out.json", "a.pdf"}, parseOptions{File: "a.pdf", Format: report.JSON, Output: "out.json"}},
		{[]string{"--text", "a.pdf"}, parseOptions{File: "a.pdf", Format: report.Text, PrintText: true}},
	}
	for _, tt := range tests {
		f, _, _ := testFactory(t)
		f.Terminal = func(io.Writer) (bool, int) { return true, 77 }
		var got *parseOptions
		cmd := newParseCmd(f, func(_ context.Context, o *parseOptions) error {
			got = o
			return nil
		})
		cmd.SetArgs(tt.args)
		if err := cmd.Execute(); err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		if got == nil {
			t.Fatalf("%v: runF not called", tt.args)
		}
		if got.File != tt.want.File || got.Format != tt.want.Format || got.Output != tt.want.Output || got.PrintText != tt.want.PrintText {
			t.Errorf("%v: options %+v, want %+v", tt.args, *got, tt.want)
		}
		// Text goes to the terminal only when there is no --output file.
		wantWidth := 77
		if tt.want.Output != "" {
			wantWidth = 0
		}
		if got.Text.Width != wantWidth {
			t.Errorf("%v: text width %d, want %d", tt.args, got.Text.Width, wantWidth)
		}
	}
}
