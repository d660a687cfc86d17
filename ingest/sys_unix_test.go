//go:build unix

package ingest_test

import (
	"errors"
	"syscall"
)

func mkfifo(path string) error { return syscall.Mkfifo(path, 0o600) }

// reaped reports whether the process pid is gone and waited for.
func reaped(pid int) bool { return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH) }
