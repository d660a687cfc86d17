package ingest

import (
	"strings"
	"testing"
)

func TestTailReason(t *testing.T) {
	frames := strings.Repeat("main.recurse(0x1)\n\t/src/main.go:12 +0x45\n", 500)
	tests := []struct {
		name, stderr, want string
	}{
		{"nothing", "", ""},
		{"last line when no report", "warning: one\nwarning: two\n", "warning: two"},
		{"panic", "panic: boom\n\ngoroutine 1 [running]:\n" + frames, "panic: boom"},
		{"stack overflow, far past the tail", "runtime: goroutine stack exceeds 1048576-byte limit\nruntime: sp=0xc0200e0388\nfatal error: stack overflow\n\n" + frames,
			"runtime: goroutine stack exceeds 1048576-byte limit"},
		{"report without a newline", "noise\nfatal error: out of memory", "fatal error: out of memory"},
		{"frames named runtime are no report", "runtime.throw({0x1})\nlast\n", "last"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Written whole, a byte at a time, and in uneven pieces: the
			// answer must not depend on how the pipe cut the text.
			for _, step := range []int{len(tt.stderr) + 1, 1, 7, 100} {
				tl := &tail{max: 256}
				for i := 0; i < len(tt.stderr); i += step {
					tl.Write([]byte(tt.stderr[i:min(i+step, len(tt.stderr))]))
				}
				if got := tl.reason(); got != tt.want {
					t.Errorf("written %d bytes at a time: %q, want %q", step, got, tt.want)
				}
				if len(tl.buf) > tl.max || len(tl.line) > tl.max {
					t.Errorf("kept %d and %d bytes, more than %d", len(tl.buf), len(tl.line), tl.max)
				}
			}
		})
	}
}
