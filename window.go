package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"time"

	"claimdesk/app"
	"claimdesk/frontend"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// wailsEvents sends service events to the window.
type wailsEvents struct{ ctx context.Context }

func (e wailsEvents) Emit(name string, data any) { runtime.EventsEmit(e.ctx, name, data) }

// runWindow opens the workspace (creating and seeding it when missing) and runs the
// window until it is closed. It returns the process exit status.
func runWindow(dbFlag string, empty bool) int {
	path, err := app.ResolvePath(dbFlag)
	if err != nil {
		fmt.Fprintln(os.Stderr, "claimdesk:", err)
		return 1
	}
	ws, err := app.OpenWorkspace(context.Background(), path, app.OpenOptions{Create: true, Empty: empty})
	if err != nil {
		fmt.Fprintln(os.Stderr, "claimdesk:", err)
		return 1
	}
	defer ws.Close()
	services := app.NewServices(ws)
	fmt.Printf("Claimdesk: workspace %s\n", ws.DB.Path)

	err = wails.Run(&options.App{
		Title:            "Claimdesk",
		Width:            1280,
		Height:           820,
		MinWidth:         720,
		MinHeight:        480,
		BackgroundColour: &options.RGBA{R: 255, G: 255, B: 255, A: 255},
		AssetServer:      &assetserver.Options{Assets: frontend.Assets()},
		Bind:             services.Bindings(),
		ErrorFormatter:   func(err error) any { return app.FormatError(err) },
		OnStartup: func(ctx context.Context) {
			ws.SetContext(ctx)
			ws.Events = wailsEvents{ctx}
			runtime.EventsOn(ctx, "ui:ready", func(data ...any) { onUIReady(ctx, data) })
		},
		OnShutdown: func(context.Context) { fmt.Println("Claimdesk: shut down cleanly") },
	})
	if err != nil {
		slog.Error("window failed", "err", err)
		return 1
	}
	return 0
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
