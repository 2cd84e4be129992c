package desktop

import (
	"sync"
	"time"
)

// File ▸ New Workspace, Open Workspace and Open Recent switch the workspace in Go; the
// page then forgets what it showed, typing not saved yet included (Edit attribution, a
// claim's statement or note, an assessment being written). A reload in the browser asks
// first (the page's lib/unsavedWork); the window's switch asks the page the same thing
// before it starts: Go sends evUnsavedAsk with a number, the page answers evUnsavedAnswer
// with that number and whether a form holds unsaved typing, and only then does the
// switch go on, after the analyst confirms when the answer is yes.
const (
	evUnsavedAsk    = "workspace:unsaved-ask"    // data: UnsavedAsk
	evUnsavedAnswer = "workspace:unsaved-answer" // from the page; data: UnsavedAnswer
)

// UnsavedAsk is the data of evUnsavedAsk.
type UnsavedAsk struct {
	ID int64 `json:"id"`
}

// UnsavedAnswer is the page's answer to the UnsavedAsk of the same ID.
type UnsavedAnswer struct {
	ID      int64 `json:"id"`
	Unsaved bool  `json:"unsaved"`
}

// unsavedGate runs a workspace switch once the page has said it holds no unsaved typing,
// or the analyst chose to lose it. Before the page has loaded (no ui:ready yet) there is
// no typing to lose and the switch runs at once. A page that does not answer within
// unanswered (a page that hangs is when an analyst most wants another workspace) may
// hold typing: the analyst is asked, as for a page that says it does, so the menu
// never does nothing and never loses typing silently.
type unsavedGate struct {
	emit       func(name string, data any) // to the page
	confirm    func() bool                 // asks the analyst whether to lose the typing
	unanswered time.Duration               // 0: defaultUnanswered

	mu      sync.Mutex
	ready   bool // the page has loaded and answers
	last    int64
	waiting map[int64]func()
}

// pageReady is called on ui:ready: from then on a switch asks the page first.
func (g *unsavedGate) pageReady() {
	g.mu.Lock()
	g.ready = true
	g.mu.Unlock()
}

// ask runs do once the page's unsaved typing, if any, may be lost.
func (g *unsavedGate) ask(do func()) {
	g.mu.Lock()
	if !g.ready {
		g.mu.Unlock()
		do()
		return
	}
	g.last++
	id := g.last
	if g.waiting == nil {
		g.waiting = map[int64]func(){}
	}
	g.waiting[id] = do
	wait := g.unanswered
	g.mu.Unlock()
	if wait == 0 {
		wait = defaultUnanswered
	}
	// A late answer finds its number gone and does nothing (answered).
	time.AfterFunc(wait, func() { g.answered(UnsavedAnswer{ID: id, Unsaved: true}) })
	g.emit(evUnsavedAsk, UnsavedAsk{ID: id})
}

// defaultUnanswered is how long a switch waits for the page's answer (it answers in
// milliseconds) before it asks the analyst.
const defaultUnanswered = 3 * time.Second

// answered takes the page's answer: an unknown or already answered number does nothing;
// unsaved typing is lost only when the analyst confirms.
func (g *unsavedGate) answered(a UnsavedAnswer) {
	g.mu.Lock()
	do := g.waiting[a.ID]
	delete(g.waiting, a.ID)
	g.mu.Unlock()
	if do == nil {
		return
	}
	if a.Unsaved && !g.confirm() {
		return
	}
	do()
}

// unsavedAnswerOf reads the page's answer as the Wails runtime hands it over (a JSON
// object decoded into a map, numbers as float64); ok is false for anything else.
func unsavedAnswerOf(data []any) (UnsavedAnswer, bool) {
	if len(data) != 1 {
		return UnsavedAnswer{}, false
	}
	m, ok := data[0].(map[string]any)
	if !ok {
		return UnsavedAnswer{}, false
	}
	id, okID := m["id"].(float64)
	unsaved, okUnsaved := m["unsaved"].(bool)
	if !okID || !okUnsaved || id != float64(int64(id)) {
		return UnsavedAnswer{}, false
	}
	return UnsavedAnswer{ID: int64(id), Unsaved: unsaved}, true
}

// loseUnsavedTypingMessage is the question asked when the page holds unsaved typing.
const loseUnsavedTypingMessage = "A form in the window holds typing not saved yet " +
	"(Edit attribution, a claim's statement or note, or an assessment).\n\n" +
	"Opening another workspace loses it. Open anyway?"
