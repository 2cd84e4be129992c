package bridge

import "time"

// SetBodyTimeout shortens the body deadline for a test and returns the undo.
func SetBodyTimeout(d time.Duration) func() {
	old := bodyTimeout
	bodyTimeout = d
	return func() { bodyTimeout = old }
}
