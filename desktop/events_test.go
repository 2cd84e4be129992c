package desktop

import (
	"os"
	"regexp"
	"testing"
)

// Every event the window sends is declared in WindowEvents (and so in the UI's
// generated contract): each menu item's event, with data of the declared kind, and the
// events emitted by name in this package.
func TestWindowEventsNameEveryEmit(t *testing.T) {
	var walk func([]menuItem)
	sent := 0
	walk = func(items []menuItem) {
		for _, it := range items {
			walk(it.Submenu)
			if it.Event == "" {
				continue
			}
			sent++
			data, ok := WindowEvents[it.Event]
			if !ok {
				t.Errorf("menu item %q sends %q, which WindowEvents does not declare", it.Label, it.Event)
				continue
			}
			if _, isString := data.(string); isString != (it.EventData != "") {
				t.Errorf("menu item %q sends %q with data %q; WindowEvents declares %T", it.Label, it.Event, it.EventData, data)
			}
		}
	}
	walk(menuLayout([]string{"/tmp/a.db"}, "/tmp", "linux"))
	if sent < 10 {
		t.Errorf("only %d menu items send events; the walk no longer sees the menu", sent)
	}
	src, err := os.ReadFile("events.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile(`EventsEmit\(ctx, (ev\w+|"[^"]+")`).FindAllStringSubmatch(string(src), -1) {
		if m[1] != "evFilesDropped" {
			t.Errorf("events.go emits %s; name it with a declared constant", m[1])
		}
	}
	if _, ok := WindowEvents[evFilesDropped]; !ok {
		t.Error("files:dropped is not declared")
	}
}
