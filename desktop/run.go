// Package desktop is the Wails window: its menu, native dialogs, window size and
// lifecycle, and the narrow view of the settings it needs. It wires Wails to the app
// services and holds no work of its own; the pure parts (menu layout, window sizing,
// recent list, dialog texts) are plain functions with tests.
package desktop

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"claimdesk/app"
	"claimdesk/bridge"
	"claimdesk/frontend"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// Options are the window's command-line choices.
type Options struct {
	DB    string // workspace file; "" for $CLAIMDESK_DB or the default
	Empty bool   // when the workspace is new, create it without the sample articles
}

// Run opens the workspace (creating and seeding it when missing) and runs the window
// until it is closed. It returns the process exit status.
func Run(opt Options) int {
	path, err := app.ResolvePath(opt.DB)
	if err != nil {
		fmt.Fprintln(os.Stderr, "claimdesk:", err)
		return 1
	}
	empty := opt.Empty
	if generatingBindings {
		// Bindings need the services, not the user's data: a throwaway empty workspace,
		// and settings kept beside it so the recent-workspaces list is not touched.
		dir, err := os.MkdirTemp("", "claimdesk-bindings-")
		if err != nil {
			fmt.Fprintln(os.Stderr, "claimdesk:", err)
			return 1
		}
		defer os.RemoveAll(dir)
		path, empty = filepath.Join(dir, "bindings.db"), true
		os.Setenv("XDG_CONFIG_HOME", dir)
	}
	ws, err := app.OpenWorkspace(context.Background(), path, app.OpenOptions{Create: true, Empty: empty, SuggestSamples: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, "claimdesk:", err)
		return 1
	}
	defer ws.Close()
	services := app.NewServices(ws)
	services.SuggestAfterImport()
	fmt.Printf("Claimdesk: workspace %s\n", ws.DB().Path)

	settings := settingsPrefs{services}
	settings.noteWorkspace()
	saved, ok := settings.windowSize()
	opening := openingSize(saved, ok)
	fmt.Printf("Claimdesk: window %dx%d\n", opening.width, opening.height)
	w := newWindow(ws, settings)

	err = wails.Run(&options.App{
		Title:            app.WorkspaceTitle(ws.DB().Path),
		Width:            opening.width,
		Height:           opening.height,
		MinWidth:         minWidth,
		MinHeight:        minHeight,
		BackgroundColour: &options.RGBA{R: 255, G: 255, B: 255, A: 255},
		AssetServer:      &assetserver.Options{Assets: frontend.Assets()},
		Menu:             w.menu,
		DragAndDrop:      &options.DragAndDrop{EnableFileDrop: true},
		Bind:             []any{bridge.NewDoor(services.Bindings())}, // the browser's dispatcher, one mechanism
		ErrorFormatter:   func(err error) any { return app.FormatError(err) },
		OnStartup: func(ctx context.Context) {
			ws.SetContext(ctx)
			ws.Events = wailsEvents{ctx}
			w.started(ctx)
			ws.Dialogs = w.dialogs
			watchFileDrops(ctx)
			go ws.WatchOthers(ctx) // other windows' and programs' changes refresh the views
			runtime.EventsOn(ctx, "ui:ready", func(data ...any) { w.unsaved.pageReady(); onUIReady(ctx, data) })
			runtime.EventsOn(ctx, evUnsavedAnswer, func(data ...any) {
				if a, ok := unsavedAnswerOf(data); ok {
					w.unsaved.answered(a)
				}
			})
		},
		OnDomReady:    func(ctx context.Context) { fitWindowToScreen(ctx) },
		OnBeforeClose: func(ctx context.Context) bool { saveWindowSize(ctx, settings); return false },
		OnShutdown:    func(context.Context) { fmt.Println("Claimdesk: shut down cleanly") },
	})
	if err != nil {
		slog.Error("window failed", "err", err)
		return 1
	}
	return 0
}

// fitWindowToScreen shrinks a window opened larger than its screen (a size saved on a
// bigger monitor) to the screen and centres it, so no edge is out of reach.
func fitWindowToScreen(ctx context.Context) {
	screens, err := runtime.ScreenGetAll(ctx)
	if err != nil {
		slog.Warn("reading the screen size", "err", err)
		return
	}
	width, height := runtime.WindowGetSize(ctx)
	if fitted, changed := fitScreen(size{width, height}, screenOf(screens)); changed {
		fmt.Printf("Claimdesk: window %dx%d fitted to the screen: %dx%d\n", width, height, fitted.width, fitted.height)
		runtime.WindowSetSize(ctx, fitted.width, fitted.height)
		runtime.WindowCenter(ctx)
	}
}

// screenOf is the size of the screen the window is on (else the primary one, else the
// first); zero when there is none.
func screenOf(screens []runtime.Screen) size {
	pick := -1
	for i, s := range screens {
		if s.IsCurrent {
			pick = i
			break
		}
		if s.IsPrimary && pick < 0 {
			pick = i
		}
	}
	if pick < 0 && len(screens) > 0 {
		pick = 0
	}
	if pick < 0 {
		return size{}
	}
	return size{screens[pick].Size.Width, screens[pick].Size.Height}
}

// saveWindowSize remembers the window's size for the next start; a maximised, minimised
// or full-screen window's size is not the one to reopen at, so it is left out.
func saveWindowSize(ctx context.Context, p prefs) {
	if !runtime.WindowIsNormal(ctx) {
		return
	}
	width, height := runtime.WindowGetSize(ctx)
	if width <= 0 || height <= 0 {
		return
	}
	p.saveWindowSize(size{width, height})
	fmt.Printf("Claimdesk: window size %dx%d saved\n", width, height)
}
