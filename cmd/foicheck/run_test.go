package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/foicheck/foicheck/corpus"
)

// testFactory returns a factory writing to buffers, with an empty
// environment, a fixed clock and no terminal.
func testFactory(t *testing.T) (f *factory, stdout, stderr *bytes.Buffer) {
	t.Helper()
	stdout, stderr = new(bytes.Buffer), new(bytes.Buffer)
	return &factory{
		In:        strings.NewReader(""),
		Out:       stdout,
		ErrOut:    stderr,
		Getenv:    func(string) string { return "" },
		Now:       func() time.Time { return time.Date(2024, 12, 13, 9, 0, 0, 0, time.UTC) },
		Terminal:  func(io.Writer) (bool, int) { return false, 0 },
		BuildInfo: func() (*debug.BuildInfo, bool) { return nil, false },
	}, stdout, stderr
}

func TestDescribe(t *testing.T) {
	pathErr := &fs.PathError{Op: "open", Path: "a.pdf", Err: fs.ErrNotExist}
	tests := []struct {
		name     string
		err      error
		code     int
		msg      string
		hint     string
		hintPart string // when the exact hint does not matter
	}{
		{"not exist", pathErr, 2, "a.pdf: file does not exist", "check the path", ""},
		{"permission", &fs.PathError{Op: "open", Path: "a.pdf", Err: fs.ErrPermission}, 2, "a.pdf: permission denied", "", "permissions"},
		{"no text", fmt.Errorf("scan.pdf: %w", corpus.ErrNoText), 2, "scan.pdf: no usable text layer (a scanned image?)", "", "run OCR"},
		{"no text with detail", fmt.Errorf("scan.pdf: %w: the pages are images without a text layer (a scan?)", corpus.ErrNoText), 2, "scan.pdf: the pages are images without a text layer (a scan?)", "", "OCR"},
		{"password", fmt.Errorf("x.pdf: %w: password-protected (it opens only with a user password)", corpus.ErrEncrypted), 2, "x.pdf: password-protected (it opens only with a user password)", "", "ask the sender"},
		{"encrypted", fmt.Errorf("x.pdf: %w", corpus.ErrEncrypted), 2, "x.pdf: encrypted", "", "qpdf --decrypt"},
		{"damaged", fmt.Errorf("x.pdf: %w", corpus.ErrDamaged), 2, "x.pdf: damaged or not a valid file of its kind", "", "re-save"},
		{"unsupported", fmt.Errorf("x.odt: %w", corpus.ErrUnsupported), 2, "x.odt: not a format foicheck reads", "foicheck reads .pdf, .html/.htm, .docx, .txt and .md", ""},
		{"empty", fmt.Errorf("x.txt: %w", corpus.ErrEmpty), 2, "x.txt: empty file", "", "no text"},
		{"exit error keeps its hint", &exitError{code: 2, err: fmt.Errorf("x.pdf: %w", corpus.ErrDamaged), hint: "mine"}, 2, "x.pdf: damaged or not a valid file of its kind", "mine", ""},
		{"exit error without hint gets the sentinel's", &exitError{code: 2, err: fmt.Errorf("x: %w", corpus.ErrEmpty)}, 2, "x: empty file", "", "no text"},
		{"findings are silent", &exitError{code: 1}, 1, "", "", ""},
		{"anything else", errors.New("index is broken"), 2, "index is broken", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, msg, hint := describe(tt.err)
			if code != tt.code || msg != tt.msg {
				t.Errorf("describe = %d, %q; want %d, %q", code, msg, tt.code, tt.msg)
			}
			switch {
			case tt.hintPart != "" && !strings.Contains(hint, tt.hintPart):
				t.Errorf("hint %q does not mention %q", hint, tt.hintPart)
			case tt.hintPart == "" && hint != tt.hint:
				t.Errorf("hint %q, want %q", hint, tt.hint)
			}
		})
	}
}

func TestRunExitCodes(t *testing.T) {
	dir := t.TempDir()
	letter := filepath.Join(dir, "letter.txt")
	if err := os.WriteFile(letter, []byte("Dear requester\n1. How many?\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args       []string
		code       int
		stdoutPart string
		stderr     string // exact, when not empty
	}{
		{[]string{"parse", letter}, 0, "Source", ""},
		{[]string{"parse", "--format", "json", letter}, 0, `"questions": [`, ""},
		{[]string{"parse", filepath.Join(dir, "none.pdf")}, 2, "",
			"foicheck: " + filepath.Join(dir, "none.pdf") + ": no such file or directory\nhint: check the path\n"},
		{[]string{"parse", "--format", "html", letter}, 2, "",
			"foicheck: invalid argument \"html\" for \"--format\" flag: must be one of: text, json\nhint: run 'foicheck parse --help' for usage\n"},
		{[]string{"bogus"}, 2, "", "foicheck: unknown command \"bogus\"\nhint: run 'foicheck --help' for usage\n"},
		{[]string{"--help"}, 0, "Usage:", ""},
		{[]string{"version"}, 0, "foicheck devel (", ""},
	}
	for _, tt := range tests {
		f, stdout, stderr := testFactory(t)
		code := run(t.Context(), tt.args, f)
		if code != tt.code {
			t.Errorf("%v: exit %d, want %d (stderr %q)", tt.args, code, tt.code, stderr)
		}
		if !strings.Contains(stdout.String(), tt.stdoutPart) {
			t.Errorf("%v: stdout %q lacks %q", tt.args, stdout, tt.stdoutPart)
		}
		if tt.code == 0 && stderr.Len() > 0 {
			t.Errorf("%v: unexpected stderr %q", tt.args, stderr)
		}
		if tt.stderr != "" && stderr.String() != tt.stderr {
			t.Errorf("%v: stderr\n%q, want\n%q", tt.args, stderr, tt.stderr)
		}
	}
}

func TestRunRecoversPanic(t *testing.T) {
	dir := t.TempDir()
	letter := filepath.Join(dir, "letter.txt")
	if err := os.WriteFile(letter, []byte("Dear requester\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, stdout, stderr := testFactory(t)
	f.Terminal = func(io.Writer) (bool, int) { panic("terminal\nexploded") }
	if code := run(t.Context(), []string{"parse", letter}, f); code != exitCannotRun {
		t.Errorf("exit %d, want %d", code, exitCannotRun)
	}
	if stdout.Len() > 0 {
		t.Errorf("stdout %q, want nothing", stdout)
	}
	want := "foicheck: internal error: terminal exploded\nhint: this is a bug in foicheck; please report it with the command that caused it\n"
	if stderr.String() != want {
		t.Errorf("stderr %q, want %q", stderr, want)
	}
}

func TestTextConfig(t *testing.T) {
	tests := []struct {
		isTerm    bool
		width     int
		env       map[string]string
		wantWidth int
		wantColor bool
	}{
		{false, 0, nil, 0, false},
		{false, 200, nil, 0, false},
		{true, 132, nil, 132, true},
		{true, 0, nil, 0, true},
		{true, 80, map[string]string{"NO_COLOR": "1"}, 80, false},
		{true, 80, map[string]string{"TERM": "dumb"}, 80, false},
	}
	for _, tt := range tests {
		f, _, _ := testFactory(t)
		f.Getenv = env(tt.env)
		f.Terminal = func(io.Writer) (bool, int) { return tt.isTerm, tt.width }
		c := f.textConfig(f.Out)
		if c.Width != tt.wantWidth || c.Color != tt.wantColor {
			t.Errorf("terminal=%v width=%d env=%v: got %+v, want width %d colour %v",
				tt.isTerm, tt.width, tt.env, c, tt.wantWidth, tt.wantColor)
		}
	}
}
