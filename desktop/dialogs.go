package desktop

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"

	"claimdesk/app"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// nativeDialogs is the window's one set of native dialogs: the app services use it as
// app.Dialogs (Import, Merge, Export), the menu for opening and creating workspaces and
// for showing an error. Before the window has started there is no dialog to show: every
// method then answers as if cancelled.
type nativeDialogs struct {
	ctx func() context.Context // the Wails context, nil before start-up
}

var _ app.Dialogs = nativeDialogs{}

func (d nativeDialogs) OpenFiles(title string, patterns []app.FilePattern) ([]string, error) {
	ctx := d.ctx()
	if ctx == nil {
		return nil, nil
	}
	return runtime.OpenMultipleFilesDialog(ctx, runtime.OpenDialogOptions{Title: title, Filters: fileFilters(patterns)})
}

func (d nativeDialogs) OpenFolder(title string) (string, error) {
	ctx := d.ctx()
	if ctx == nil {
		return "", nil
	}
	return runtime.OpenDirectoryDialog(ctx, runtime.OpenDialogOptions{Title: title, CanCreateDirectories: false})
}

func (d nativeDialogs) SaveFile(title, defaultName string, patterns []app.FilePattern) (string, error) {
	ctx := d.ctx()
	if ctx == nil {
		return "", nil
	}
	return runtime.SaveFileDialog(ctx, runtime.SaveDialogOptions{Title: title, DefaultFilename: defaultName,
		Filters: fileFilters(patterns), CanCreateDirectories: true})
}

// chooseWorkspace asks for a workspace file to open, starting in dir; "" means cancelled.
func (d nativeDialogs) chooseWorkspace(dir string) (string, error) {
	ctx := d.ctx()
	if ctx == nil {
		return "", nil
	}
	return runtime.OpenFileDialog(ctx, openWorkspaceOptions(dir))
}

// chooseNewWorkspace asks where to create a workspace, starting in dir; "" means cancelled.
func (d nativeDialogs) chooseNewWorkspace(dir string) (string, error) {
	ctx := d.ctx()
	if ctx == nil {
		return "", nil
	}
	return runtime.SaveFileDialog(ctx, newWorkspaceOptions(dir))
}

// samplesQuestion is what New Workspace asks once the file is named. GTK's question dialog
// has only Yes and No (Wails ignores other buttons on Linux), so the words say which is which.
func samplesQuestion(path string) string {
	return fmt.Sprintf("Start %s with the five sample articles?\n\nYes: with the sample articles (the article list's "+
		"“Remove the sample articles” takes them out later).\nNo: start empty.\n\nClosing this dialog creates nothing.", filepath.Base(path))
}

// startEmptyAnswer reads the samples question's answer: Yes with the samples, No empty,
// anything else (the dialog closed, no window) cancels New Workspace.
func startEmptyAnswer(answer string) (empty, ok bool) {
	switch answer {
	case "Yes":
		return false, true
	case "No":
		return true, true
	}
	return false, false
}

// askStartEmpty asks whether a new workspace starts empty; ok false: cancelled.
func (d nativeDialogs) askStartEmpty(path string) (empty, ok bool) {
	ctx := d.ctx()
	if ctx == nil {
		return false, false
	}
	answer, err := runtime.MessageDialog(ctx, runtime.MessageDialogOptions{Type: runtime.QuestionDialog,
		Title: "New Workspace", Message: samplesQuestion(path), DefaultButton: "Yes"})
	if err != nil {
		slog.Error("question dialog", "err", err)
		return false, false
	}
	return startEmptyAnswer(answer)
}

// showError shows an error in a native dialog (logged when it cannot be shown).
func (d nativeDialogs) showError(title, message string) {
	ctx := d.ctx()
	if ctx == nil {
		slog.Error(title, "message", message)
		return
	}
	if _, err := runtime.MessageDialog(ctx, runtime.MessageDialogOptions{Type: runtime.ErrorDialog, Title: title, Message: message}); err != nil {
		slog.Error("error dialog", "err", err, "message", message)
	}
}

// confirmLoseTyping asks whether to open another workspace although the page holds
// typing not saved yet; true only for an explicit Yes.
func (d nativeDialogs) confirmLoseTyping() bool {
	ctx := d.ctx()
	if ctx == nil {
		return false
	}
	answer, err := runtime.MessageDialog(ctx, runtime.MessageDialogOptions{Type: runtime.QuestionDialog,
		Title: "Unsaved typing", Message: loseUnsavedTypingMessage, DefaultButton: "No", CancelButton: "No"})
	if err != nil {
		slog.Error("question dialog", "err", err)
		return false
	}
	return answer == "Yes"
}

func openWorkspaceOptions(dir string) runtime.OpenDialogOptions {
	return runtime.OpenDialogOptions{Title: "Open Workspace", DefaultDirectory: dir, Filters: fileFilters(app.WorkspacePatterns)}
}

func newWorkspaceOptions(dir string) runtime.SaveDialogOptions {
	return runtime.SaveDialogOptions{Title: "New Workspace", DefaultDirectory: dir, DefaultFilename: "untitled.db",
		Filters: fileFilters(app.WorkspacePatterns), CanCreateDirectories: true}
}

// fileFilters turns the app's file patterns into Wails' dialog filters.
func fileFilters(patterns []app.FilePattern) []runtime.FileFilter {
	out := make([]runtime.FileFilter, 0, len(patterns))
	for _, p := range patterns {
		out = append(out, runtime.FileFilter{DisplayName: p.Name, Pattern: p.Pattern})
	}
	return out
}

// dialogText is an error's message for a dialog: the open-file messages are written for
// the command line ("choose another file with --db"); in the window the menu is the way.
func dialogText(err error) string {
	msg := strings.TrimSpace(err.Error())
	msg = strings.ReplaceAll(msg, "choose another file with --db", "choose another file with File ▸ Open Workspace…")
	if i := strings.Index(msg, "no workspace at this path; create one with"); i >= 0 {
		msg = msg[:i] + "no workspace at this path any more (moved or deleted?); open it where it is now with File ▸ Open Workspace…"
	}
	return msg
}
