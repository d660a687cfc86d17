package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

// dirNames lists the names in dir.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	if err := writeFileAtomic(path, outputPerm, writeString("first\n")); err != nil {
		t.Fatal(err)
	}
	if err := writeFileAtomic(path, outputPerm, writeString("second\n")); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil || string(data) != "second\n" {
		t.Fatalf("content %q, %v; want %q", data, err, "second\n")
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("directory holds %v, want only out.json", names)
	}
}

func TestWriteFileAtomicFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	if err := os.WriteFile(path, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("renderer failed")
	err := writeFileAtomic(path, outputPerm, func(w io.Writer) error {
		io.WriteString(w, "half a fi")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("error %v, want the writer's", err)
	}
	data, _ := os.ReadFile(path)
	if string(data) != "old\n" {
		t.Errorf("content %q, want the old file", data)
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("directory holds %v, want only out.json", names)
	}
}

func TestWriteFileAtomicErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		path string
	}{
		{"missing directory", filepath.Join(dir, "nodir", "out.json")},
		{"target is a directory", dir},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := writeFileAtomic(tt.path, outputPerm, writeString("x"))
			if err == nil {
				t.Fatal("no error")
			}
			_, msg, _ := describe(err)
			if want := "cannot write " + tt.path; len(msg) < len(want) || msg[:len(want)] != want {
				t.Errorf("message %q does not start %q", msg, want)
			}
		})
	}
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("left behind %v", names)
	}
}

func TestWriteResultToStream(t *testing.T) {
	var b bytes.Buffer
	if err := writeResult(&b, "", writeString("hello\n")); err != nil || b.String() != "hello\n" {
		t.Errorf("got %q, %v", b.String(), err)
	}
}
