//go:build !unix

package suggest

func processCPU() float64 { return 0 }
