package app

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// eachParallel calls do(i) for every i in [0, n), on up to GOMAXPROCS goroutines, and
// returns when all calls have returned. do must be safe to run concurrently; writing
// only to its own element of a slice is.
func eachParallel(n int, do func(i int)) {
	workers := min(n, runtime.GOMAXPROCS(0))
	if workers <= 1 {
		for i := range n {
			do(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				do(i)
			}
		}()
	}
	wg.Wait()
}
