//go:build !unix

package ingest_test

import "errors"

func mkfifo(string) error { return errors.New("named pipes are a Unix feature") }

// reaped cannot tell here; tests that need it are Unix-only in effect.
func reaped(int) bool { return true }
