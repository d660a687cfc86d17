package ingest_test

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/foicheck/foicheck/ingest"
)

func TestServe(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", letterText("1/24", 2))
	empty := write(t, dir, "empty.txt", "")
	req := func(path string) string {
		b, _ := json.Marshal(map[string]string{"path": path})
		return string(b)
	}
	in := strings.Join([]string{
		req(a),
		"not json",
		"",
		`{"path": 12}`,
		req(empty),
		req(filepath.Join(dir, "gone.txt")),
		req(a),
	}, "\n") + "\n"
	var out strings.Builder
	if err := ingest.Serve(context.Background(), strings.NewReader(in), &out, ingest.ReadFile{}); err != nil {
		t.Fatalf("Serve: %v", err)
	}
	got, err := ingest.DecodeReplies([]byte(out.String()))
	if err != nil {
		t.Fatalf("replies %q: %v", out.String(), err)
	}
	if len(got) != 8 {
		t.Fatalf("%d replies to 7 requests:\n%s", len(got), out.String())
	}
	if !got[0].Ready {
		t.Errorf("first reply %+v, want ready", got[0])
	}
	got = got[1:]
	for _, i := range []int{0, 6} {
		if got[i].Letter == nil || len(got[i].Letter.Response.Questions) != 2 || got[i].Error != "" {
			t.Errorf("reply %d: %+v, want the letter", i, got[i])
		}
	}
	// A bad request is answered, and the worker goes on.
	for _, i := range []int{1, 2, 3} {
		if got[i].Letter != nil || !strings.HasPrefix(got[i].Error, "bad request") {
			t.Errorf("reply %d: %+v, want a bad request", i, got[i])
		}
	}
	for i, code := range map[int]string{4: "empty", 5: "not_exist"} {
		if got[i].Letter != nil || got[i].Code != code || got[i].Error == "" {
			t.Errorf("reply %d: %+v, want an error coded %q", i, got[i], code)
		}
	}
}

// failingWriter refuses every write, as a pipe whose reader is gone.
type failingWriter struct{}

var errGone = errors.New("reader gone")

func (failingWriter) Write([]byte) (int, error) { return 0, errGone }

func TestServeWriteError(t *testing.T) {
	in := strings.NewReader(`{"path": "a.txt"}` + "\n")
	if err := ingest.Serve(context.Background(), in, failingWriter{}, failReader{t}); !errors.Is(err, errGone) {
		t.Errorf("Serve with nowhere to write: %v, want the write error", err)
	}
}
