package app

// Events delivers named events to the UI: Wails' runtime.EventsEmit in the window, the
// server-sent event stream in a browser, nothing in the CLI. Injected, so services test
// without either.
type Events interface {
	Emit(name string, data any)
}

// NoEvents drops every event (CLI, tests).
type NoEvents struct{}

func (NoEvents) Emit(string, any) {}

// Progress is the payload of "progress" events for long work (import, suggestion, export).
type Progress struct {
	Task  string `json:"task"`
	Done  int    `json:"done"`
	Total int    `json:"total"`
	Label string `json:"label"`
}
