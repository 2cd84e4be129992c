//go:build unix

package bench

import "syscall"

// cpuSeconds is the process's user + system CPU time. The machine the suite runs on is
// shared: wall-clock throughput swings with the load, throughput per CPU-second of this
// process much less, so the write benchmarks report both.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
