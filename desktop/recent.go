package desktop

import (
	"path/filepath"
	"strings"
)

// maxRecent is how many recent workspaces File ▸ Open Recent lists.
const maxRecent = 10

// recentShown is the recent workspaces File ▸ Open Recent lists: most recent first, at
// most maxRecent.
func recentShown(paths []string) []string {
	if len(paths) > maxRecent {
		return paths[:maxRecent]
	}
	return paths
}

// recentLabel shows the file name first, then its folder, with the home folder as "~"
// (home is "" when unknown).
func recentLabel(path, home string) string {
	dir := filepath.Dir(path)
	if home != "" {
		home = filepath.Clean(home)
		if dir == home || strings.HasPrefix(dir, home+string(filepath.Separator)) {
			dir = "~" + strings.TrimPrefix(dir, home)
		}
	}
	return filepath.Base(path) + "  —  " + dir
}
