package desktop

import (
	"encoding/json"
	"testing"
	"time"
)

// gateRecorder stands for the page and the analyst: it records the questions the gate
// sends and answers "Open anyway?" with yes.
type gateRecorder struct {
	asked     []UnsavedAsk
	confirmed int
	yes       bool // the analyst's answer to "Open anyway?"
}

func newRecordedGate(r *gateRecorder) *unsavedGate {
	return &unsavedGate{
		emit: func(name string, data any) {
			if name == evUnsavedAsk {
				r.asked = append(r.asked, data.(UnsavedAsk))
			}
		},
		confirm: func() bool { r.confirmed++; return r.yes },
		// the page answers in these tests; an unanswered question waits past their end
		unanswered: time.Hour,
	}
}

// A switch waits for the page's answer once the page is up: with nothing unsaved it runs
// without a question; with unsaved typing it runs only when the analyst says Yes; an
// answer to another or an old question does nothing.
func TestSwitchAsksThePageAboutUnsavedTypingFirst(t *testing.T) {
	r := &gateRecorder{}
	g := newRecordedGate(r)
	runs := 0
	do := func() { runs++ }

	g.ask(do) // before ui:ready: nothing to lose, at once
	if runs != 1 || len(r.asked) != 0 {
		t.Fatalf("before the page is up: runs %d, asked %d; want 1, 0", runs, len(r.asked))
	}
	g.pageReady()

	g.ask(do)
	if runs != 1 || len(r.asked) != 1 {
		t.Fatalf("after the ask: runs %d, asked %v; want the switch to wait", runs, r.asked)
	}
	g.answered(UnsavedAnswer{ID: r.asked[0].ID + 7, Unsaved: false}) // not this question
	if runs != 1 {
		t.Fatal("an answer to another question ran the switch")
	}
	g.answered(UnsavedAnswer{ID: r.asked[0].ID, Unsaved: false})
	if runs != 2 || r.confirmed != 0 {
		t.Fatalf("nothing unsaved: runs %d, confirmations %d; want 2, 0", runs, r.confirmed)
	}
	g.answered(UnsavedAnswer{ID: r.asked[0].ID, Unsaved: false}) // the same answer again
	if runs != 2 {
		t.Fatal("a second answer ran the switch again")
	}

	g.ask(do) // unsaved typing, the analyst says No: the typing stays, nothing switches
	g.answered(UnsavedAnswer{ID: r.asked[1].ID, Unsaved: true})
	if runs != 2 || r.confirmed != 1 {
		t.Fatalf("unsaved, No: runs %d, confirmations %d; want 2, 1", runs, r.confirmed)
	}

	r.yes = true // unsaved typing, the analyst says Yes
	g.ask(do)
	g.answered(UnsavedAnswer{ID: r.asked[2].ID, Unsaved: true})
	if runs != 3 || r.confirmed != 2 {
		t.Fatalf("unsaved, Yes: runs %d, confirmations %d; want 3, 2", runs, r.confirmed)
	}
}

// Every menu item that switches the workspace (New, Open, each Open Recent entry) goes
// through the gate: with the page up, a click asks the page and switches nothing yet.
func TestEverySwitchMenuItemAsksThePage(t *testing.T) {
	ws, s, _ := openServices(t)
	w := newWindow(ws, settingsPrefs{s})
	r := &gateRecorder{}
	w.unsaved = newRecordedGate(r)
	w.unsaved.pageReady()
	before := ws.DB().Path
	want := 0
	var walk func(items []menuItem)
	walk = func(items []menuItem) {
		for _, it := range items {
			switch {
			case it.Submenu != nil:
				walk(it.Submenu)
			case it.Action == actNewWorkspace || it.Action == actOpenWorkspace || it.Action == actOpenRecent:
				w.clicked(it)
				want++
				if len(r.asked) != want {
					t.Errorf("%q: %d questions to the page; want %d", it.Label, len(r.asked), want)
				}
			}
		}
	}
	walk(menuLayout([]string{t.TempDir() + "/other.db"}, "", "linux"))
	if want != 3 {
		t.Fatalf("found %d switching items; want New, Open and one Open Recent", want)
	}
	if ws.DB().Path != before {
		t.Errorf("switched to %s before the page answered", ws.DB().Path)
	}
}

// The page's answer arrives as the Wails runtime decodes JSON; anything else is ignored.
func TestUnsavedAnswerOfReadsThePagesJSON(t *testing.T) {
	var data any
	if err := json.Unmarshal([]byte(`{"id": 3, "unsaved": true}`), &data); err != nil {
		t.Fatal(err)
	}
	if a, ok := unsavedAnswerOf([]any{data}); !ok || a != (UnsavedAnswer{ID: 3, Unsaved: true}) {
		t.Errorf("got %+v %v", a, ok)
	}
	for _, bad := range [][]any{nil, {"3"}, {map[string]any{"id": 3.5, "unsaved": true}}, {map[string]any{"id": 3.0}}} {
		if _, ok := unsavedAnswerOf(bad); ok {
			t.Errorf("%v read as an answer", bad)
		}
	}
}

// A page that never answers (it hangs) does not leave File ▸ Open doing nothing: after
// the wait the analyst is asked, as for unsaved typing; Yes switches, and the page's late
// answer then does nothing.
func TestSwitchAsksTheAnalystWhenThePageDoesNotAnswer(t *testing.T) {
	confirmed := make(chan bool, 2)
	g := &unsavedGate{
		emit:       func(string, any) {},
		confirm:    func() bool { confirmed <- true; return true },
		unanswered: 20 * time.Millisecond,
	}
	g.pageReady()
	runs := make(chan struct{}, 2)
	g.ask(func() { runs <- struct{}{} })
	select {
	case <-runs:
	case <-time.After(5 * time.Second):
		t.Fatal("a page that never answers left the switch undone")
	}
	if len(confirmed) != 1 {
		t.Fatalf("the switch ran without asking the analyst (%d questions)", len(confirmed))
	}
	g.answered(UnsavedAnswer{ID: 1, Unsaved: false}) // the late answer
	time.Sleep(50 * time.Millisecond)
	if len(runs) != 0 {
		t.Fatal("the page's late answer ran the switch a second time")
	}
}
