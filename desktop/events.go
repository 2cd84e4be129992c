package desktop

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"time"

	"claimdesk/bridge"
	"claimdesk/contract"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// wailsEvents sends the app services' events to the window, shaped as the browser's
// event stream (nil lists as []).
type wailsEvents struct{ ctx context.Context }

func (e wailsEvents) Emit(name string, data any) {
	runtime.EventsEmit(e.ctx, name, bridge.NonNil(data))
}

// FilesDropped is the data of "files:dropped": the dropped files' absolute paths.
type FilesDropped struct {
	Paths []string `json:"paths"`
}

// WindowEvents names the events only the window sends (its menus and dropped files) and
// the type of their data, as app.EventData does for the services' events; the UI's
// generated contract (Events) is written from both, so a renamed menu event breaks the
// UI's build. TestWindowEventsNameEveryEmit keeps it complete.
var WindowEvents = map[string]any{
	evImport: contract.NoData{}, evImportURL: contract.NoData{}, evExport: contract.NoData{},
	evMerge: contract.NoData{}, evUndo: contract.NoData{}, evRedo: contract.NoData{}, evFind: contract.NoData{},
	evShortcuts: contract.NoData{}, evAbout: contract.NoData{},
	evView:         "", // the view's id
	evFilesDropped: FilesDropped{},
	evUnsavedAsk:   UnsavedAsk{},
}

// watchFileDrops turns files dropped on the window (on an element styled
// --wails-drop-target: drop) into a "files:dropped" event with their absolute paths,
// which the UI imports with ImportService.ImportPaths.
func watchFileDrops(ctx context.Context) {
	runtime.OnFileDrop(ctx, func(_, _ int, paths []string) {
		runtime.EventsEmit(ctx, evFilesDropped, FilesDropped{Paths: paths})
	})
}

// onUIReady logs that the UI loaded its articles through the bindings. The desktop
// smoke test waits for this line; with CLAIMDESK_QUIT_AFTER_READY=SECONDS set it also
// closes the window after that delay, so an unattended run ends by itself.
func onUIReady(ctx context.Context, data []any) {
	fmt.Printf("Claimdesk: ui ready %v\n", data)
	if delay, ok := quitAfterReady(os.Getenv("CLAIMDESK_QUIT_AFTER_READY")); ok {
		go func() {
			time.Sleep(delay)
			runtime.Quit(ctx)
		}()
	}
}

// quitAfterReady reads CLAIMDESK_QUIT_AFTER_READY: not set, the window stays open;
// seconds (fractions allowed), it closes that long after the UI is ready; anything else
// (a typo in a test script) closes it after 5 s rather than leaving it open forever.
func quitAfterReady(env string) (time.Duration, bool) {
	if env == "" {
		return 0, false
	}
	secs, err := strconv.ParseFloat(env, 64)
	if err != nil || !(secs >= 0 && secs <= 24*60*60) {
		secs = 5
	}
	return time.Duration(secs * float64(time.Second)), true
}
