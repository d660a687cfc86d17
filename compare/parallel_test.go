package compare

import (
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

// TestEachIndex checks that every index is visited once, that an error
// stops the rest and is returned, and that a panic in a worker reaches
// the caller's goroutine, where it can be recovered.
func TestEachIndex(t *testing.T) {
	var seen [100]atomic.Int32
	if err := eachIndex(len(seen), func(i int) error { seen[i].Add(1); return nil }); err != nil {
		t.Fatal(err)
	}
	for i := range seen {
		if n := seen[i].Load(); n != 1 {
			t.Fatalf("index %d visited %d times", i, n)
		}
	}
	boom := errors.New("boom")
	var calls atomic.Int32
	err := eachIndex(1000, func(i int) error {
		calls.Add(1)
		if i == 3 {
			return boom
		}
		time.Sleep(100 * time.Microsecond) // the rest take long enough to be stopped
		return nil
	})
	if !errors.Is(err, boom) {
		t.Errorf("error = %v, want %v", err, boom)
	}
	if n := calls.Load(); n == 1000 {
		t.Error("an error did not stop the calls after it")
	}
	defer func() {
		if r := recover(); r != "broken" {
			t.Errorf("recovered %v, want the worker's panic", r)
		}
	}()
	_ = eachIndex(10, func(i int) error {
		if i == 5 {
			panic("broken")
		}
		return nil
	})
	t.Error("a worker's panic was not raised in the caller")
}

func TestEachIndexNone(t *testing.T) {
	if err := eachIndex(0, func(int) error { t.Error("called"); return nil }); err != nil {
		t.Fatal(err)
	}
}
