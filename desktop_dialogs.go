package main

import (
	"context"

	"claimdesk/app"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// wailsDialogs gives the app services the window's native file dialogs.
type wailsDialogs struct{ ctx context.Context }

func filters(patterns []app.FilePattern) []runtime.FileFilter {
	out := make([]runtime.FileFilter, 0, len(patterns))
	for _, p := range patterns {
		out = append(out, runtime.FileFilter{DisplayName: p.Name, Pattern: p.Pattern})
	}
	return out
}

func (d wailsDialogs) OpenFiles(title string, patterns []app.FilePattern) ([]string, error) {
	return runtime.OpenMultipleFilesDialog(d.ctx, runtime.OpenDialogOptions{Title: title, Filters: filters(patterns)})
}

func (d wailsDialogs) OpenFolder(title string) (string, error) {
	return runtime.OpenDirectoryDialog(d.ctx, runtime.OpenDialogOptions{Title: title, CanCreateDirectories: false})
}

func (d wailsDialogs) SaveFile(title, defaultName string, patterns []app.FilePattern) (string, error) {
	return runtime.SaveFileDialog(d.ctx, runtime.SaveDialogOptions{Title: title, DefaultFilename: defaultName,
		Filters: filters(patterns), CanCreateDirectories: true})
}

// watchFileDrops turns files dropped on the window (on an element styled
// --wails-drop-target: drop) into a "files:dropped" event with their absolute paths,
// which the UI imports with ImportService.ImportPaths.
func watchFileDrops(ctx context.Context) {
	runtime.OnFileDrop(ctx, func(_, _ int, paths []string) {
		runtime.EventsEmit(ctx, "files:dropped", map[string]any{"paths": paths})
	})
}
