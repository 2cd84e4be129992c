package desktop

import (
	"fmt"
	"testing"
)

func TestRecentLabel(t *testing.T) {
	for _, c := range []struct{ path, home, want string }{
		{"/home/anna/cases/korea.db", "/home/anna", "korea.db  —  ~/cases"},
		{"/home/anna/korea.db", "/home/anna", "korea.db  —  ~"},
		{"/home/anna/korea.db", "/home/anna/", "korea.db  —  ~"},
		{"/home/annabel/korea.db", "/home/anna", "korea.db  —  /home/annabel"},
		{"/srv/shared/team.db", "/home/anna", "team.db  —  /srv/shared"},
		{"/srv/shared/team.db", "", "team.db  —  /srv/shared"},
	} {
		if got := recentLabel(c.path, c.home); got != c.want {
			t.Errorf("recentLabel(%q, %q) = %q, want %q", c.path, c.home, got, c.want)
		}
	}
}

func TestRecentShown(t *testing.T) {
	var paths []string
	for i := range 14 {
		paths = append(paths, fmt.Sprintf("/w/%d.db", i))
	}
	got := recentShown(paths)
	if len(got) != maxRecent || got[0] != "/w/0.db" || got[maxRecent-1] != "/w/9.db" {
		t.Errorf("recentShown(14 paths) = %v, want the first %d in order", got, maxRecent)
	}
	if got := recentShown(paths[:3]); len(got) != 3 {
		t.Errorf("recentShown(3 paths) = %v", got)
	}
	if got := recentShown(nil); len(got) != 0 {
		t.Errorf("recentShown(nil) = %v", got)
	}
}
