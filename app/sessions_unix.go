//go:build unix

package app

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
)

// sessionLock creates path and holds an exclusive lock on it (nil if it cannot).
func sessionLock(path string) *os.File {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil
	}
	return f
}

// sessionLive reports whether a process holds the lock at path. A lock file left by a
// process that was killed is taken here and removed.
func sessionLive(path string) bool {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return false // ended normally (its lock file removed), or never had one
	}
	defer f.Close()
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return true
	}
	if err == nil {
		os.Remove(path)
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	}
	return false
}
