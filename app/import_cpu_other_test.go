//go:build !unix

package app

func cpuSeconds() float64 { return 0 }
