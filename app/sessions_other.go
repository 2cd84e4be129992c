//go:build !unix

package app

import "os"

// Without flock every other session counts as ended (see session).
func sessionLock(string) *os.File { return nil }

func sessionLive(string) bool { return false }
