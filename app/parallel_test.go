package app

import (
	"sync/atomic"
	"testing"
)

// eachParallel calls every index exactly once, for no, one and many items.
func TestEachParallel(t *testing.T) {
	for _, n := range []int{0, 1, 2, 101} {
		calls := make([]atomic.Int32, n)
		eachParallel(n, func(i int) { calls[i].Add(1) })
		for i := range calls {
			if c := calls[i].Load(); c != 1 {
				t.Errorf("n=%d: index %d called %d times", n, i, c)
			}
		}
	}
}
