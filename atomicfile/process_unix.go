//go:build unix

package atomicfile

import (
	"errors"
	"os"
	"syscall"
)

// processRuns reports whether process pid exists (signal 0 checks without sending).
func processRuns(pid int) bool {
	if pid == os.Getpid() {
		return true
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
