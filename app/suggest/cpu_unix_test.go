//go:build unix

package suggest

import "syscall"

// processCPU is user + system CPU seconds of this process: on the shared
// machine, articles per CPU-second is the steadier figure (as in app's
// benchmarks).
func processCPU() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
