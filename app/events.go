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

// WorkspaceChanged is the payload of "workspace:changed", sent after every change: the
// tables it touched, so open views refresh what shows them.
type WorkspaceChanged struct {
	Tables []string `json:"tables"`
}

// EventData names every event the services emit and the type of its data. The UI's
// generated contract (contract.gen.ts, Events) is written from it;
// TestEventDataNamesEveryEmit keeps it complete.
var EventData = map[string]any{
	"progress":          Progress{},
	"workspace:changed": WorkspaceChanged{},
	// null when another program changed the workspace: the UI asks for the state again.
	"history:changed":      (*HistoryState)(nil),
	EventWorkspaceSwitched: WorkspaceSwitched{},
}
