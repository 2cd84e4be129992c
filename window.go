package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"claimdesk/app"
	"claimdesk/bridge"
	"claimdesk/frontend"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// wailsEvents sends service events to the window, shaped as the browser's event stream.
type wailsEvents struct{ ctx context.Context }

func (e wailsEvents) Emit(name string, data any) {
	runtime.EventsEmit(e.ctx, name, bridge.NonNil(data))
}

// runWindow opens the workspace (creating and seeding it when missing) and runs the
// window until it is closed. It returns the process exit status.
func runWindow(dbFlag string, empty bool) int {
	path, err := app.ResolvePath(dbFlag)
	if err != nil {
		fmt.Fprintln(os.Stderr, "claimdesk:", err)
		return 1
	}
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

	settings := openPrefs(services)
	settings.noteWorkspace(ws.DB().Path)
	width, height := windowSize(settings)
	fmt.Printf("Claimdesk: window %dx%d\n", width, height)
	native := newDesktop(ws, settings)

	err = wails.Run(&options.App{
		Title:            app.WorkspaceTitle(ws.DB().Path),
		Width:            width,
		Height:           height,
		MinWidth:         minWidth,
		MinHeight:        minHeight,
		BackgroundColour: &options.RGBA{R: 255, G: 255, B: 255, A: 255},
		AssetServer:      &assetserver.Options{Assets: frontend.Assets()},
		Menu:             native.app,
		DragAndDrop:      &options.DragAndDrop{EnableFileDrop: true},
		Bind:             []any{bridge.NewDoor(services.Bindings())}, // the browser's dispatcher, one mechanism
		ErrorFormatter:   func(err error) any { return app.FormatError(err) },
		OnStartup: func(ctx context.Context) {
			ws.SetContext(ctx)
			ws.Events = wailsEvents{ctx}
			ws.Dialogs = wailsDialogs{ctx}
			watchFileDrops(ctx)
			go ws.WatchOthers(ctx) // other windows' and programs' changes refresh the views
			native.startup(ctx)
			runtime.EventsOn(ctx, "ui:ready", func(data ...any) { onUIReady(ctx, data) })
		},
		OnBeforeClose: func(ctx context.Context) bool {
			saveWindowSize(ctx, settings)
			return false
		},
		OnShutdown: func(context.Context) { fmt.Println("Claimdesk: shut down cleanly") },
	})
	if err != nil {
		slog.Error("window failed", "err", err)
		return 1
	}
	return 0
}

// saveWindowSize remembers the window's size for the next start; a maximised, minimised
// or full-screen window's size is not the one to reopen at, so it is left out.
func saveWindowSize(ctx context.Context, p prefs) {
	if !runtime.WindowIsNormal(ctx) {
		return
	}
	w, h := runtime.WindowGetSize(ctx)
	if w <= 0 || h <= 0 {
		return
	}
	p.saveWindowSize(w, h)
	fmt.Printf("Claimdesk: window size %dx%d saved\n", w, h)
}

// onUIReady logs that the UI loaded its articles through the bindings. The desktop
// smoke test waits for this line; with CLAIMDESK_QUIT_AFTER_READY=SECONDS set it also
// closes the window after that delay, so an unattended run ends by itself.
func onUIReady(ctx context.Context, data []any) {
	fmt.Printf("Claimdesk: ui ready %v\n", data)
	if s := os.Getenv("CLAIMDESK_QUIT_AFTER_READY"); s != "" {
		secs, err := strconv.ParseFloat(s, 64)
		if err != nil {
			secs = 5
		}
		go func() {
			time.Sleep(time.Duration(secs * float64(time.Second)))
			runtime.Quit(ctx)
		}()
	}
}
