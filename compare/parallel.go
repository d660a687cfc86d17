package compare

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// eachIndex calls f(i) for every i from 0 to n-1 on as many goroutines as
// there are processors, and returns the first error f returned; once one
// has, no further call starts. A panic in f is raised again in the
// caller's goroutine after the others have stopped: in a goroutine of its
// own it would end the process with a trace, where the command reports a
// panic it can recover as an internal error.
func eachIndex(n int, f func(i int) error) error {
	var (
		next     atomic.Int64
		stop     atomic.Bool
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
		panicked any
	)
	fail := func(err error, p any) {
		mu.Lock()
		defer mu.Unlock()
		if p != nil && panicked == nil {
			panicked = p
		}
		if err != nil && firstErr == nil {
			firstErr = err
		}
		stop.Store(true)
	}
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					fail(nil, r)
				}
			}()
			for i := int(next.Add(1)) - 1; i < n && !stop.Load(); i = int(next.Add(1)) - 1 {
				if err := f(i); err != nil {
					fail(err, nil)
				}
			}
		}()
	}
	wg.Wait()
	if panicked != nil {
		panic(panicked)
	}
	return firstErr
}
