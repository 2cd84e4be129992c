package bridge

import "time"

// SetBodyTimeout shortens the body deadline for a test and returns the undo.
func SetBodyTimeout(d time.Duration) func() {
	old := bodyTimeout
	bodyTimeout = d
	return func() { bodyTimeout = old }
}

// SetGzipLevel changes the assets' compression level for a benchmark and returns the undo.
func SetGzipLevel(level int) func() {
	old := gzipLevel
	gzipLevel = level
	return func() { gzipLevel = old }
}
