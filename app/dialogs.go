package app

// Dialogs opens the operating system's file dialogs. The window injects Wails' runtime
// dialogs; the browser door and the CLI have none (the browser uses its own file picker
// and downloads instead).
type Dialogs interface {
	OpenFiles(title string, patterns []FilePattern) ([]string, error)
	OpenFolder(title string) (string, error)
	SaveFile(title, defaultName string, patterns []FilePattern) (string, error)
}

// FilePattern is one filter of a file dialog, e.g. {"Text files", "*.txt;*.md"}.
type FilePattern struct {
	Name    string `json:"name"`
	Pattern string `json:"pattern"`
}

// DialogService lets the UI ask for native file dialogs where there are any.
type DialogService struct {
	ws *Workspace
}

// WorkspacePatterns are the file dialogs' filters for workspace files (Merge here; Open
// and New Workspace in the desktop menu).
var WorkspacePatterns = []FilePattern{{"Claimdesk workspaces (*.db)", "*.db"}, {"All files", "*"}}

// mergePatterns are what Merge reads: a workspace or an export bundle.
var mergePatterns = []FilePattern{{"Claimdesk workspaces (*.db)", "*.db"},
	{"Claimdesk export bundles (*.jsonl)", "*.jsonl"}, {"All files", "*"}}

// importPatterns are the files ImportService reads.
var importPatterns = []FilePattern{
	{"Articles (txt, md, html, json, jsonl)", "*.txt;*.md;*.markdown;*.html;*.htm;*.json;*.jsonl"},
	{"All files", "*"},
}

// Available reports whether native dialogs exist (true in the desktop window only).
func (s *DialogService) Available() bool { return s.ws.Dialogs != nil }

// ChooseImportFiles asks for article files to import; an empty list means cancelled.
func (s *DialogService) ChooseImportFiles() ([]string, error) {
	if s.ws.Dialogs == nil {
		return nil, Invalid("no file dialog here: in a browser, use the file picker or drop files on the window")
	}
	paths, err := s.ws.Dialogs.OpenFiles("Import articles", importPatterns)
	if err != nil {
		return nil, Internal(err, "opening the file dialog")
	}
	return orEmpty(paths), nil
}

// ChooseImportFolder asks for a folder to import recursively; "" means cancelled.
func (s *DialogService) ChooseImportFolder() (string, error) {
	if s.ws.Dialogs == nil {
		return "", Invalid("no folder dialog here: in a browser, use the file picker")
	}
	path, err := s.ws.Dialogs.OpenFolder("Import a folder of articles")
	if err != nil {
		return "", Internal(err, "opening the folder dialog")
	}
	return path, nil
}

// ChooseWorkspaceToMerge asks for another analyst's workspace file or export bundle; "" means cancelled.
func (s *DialogService) ChooseWorkspaceToMerge() (string, error) {
	if s.ws.Dialogs == nil {
		return "", Invalid("no file dialog here: in a browser, use the file picker")
	}
	paths, err := s.ws.Dialogs.OpenFiles("Merge a workspace", mergePatterns)
	if err != nil {
		return "", Internal(err, "opening the file dialog")
	}
	if len(paths) == 0 {
		return "", nil
	}
	return paths[0], nil
}

// ChooseExportFile asks where to save an export; "" means cancelled. The dialog may
// confirm replacing an existing file itself, so callers still pass overwrite explicitly.
func (s *DialogService) ChooseExportFile(defaultName string) (string, error) {
	if s.ws.Dialogs == nil {
		return "", Invalid("no save dialog here: in a browser, the export downloads instead")
	}
	patterns := []FilePattern{{"All files", "*"}}
	path, err := s.ws.Dialogs.SaveFile("Export", defaultName, patterns)
	if err != nil {
		return "", Internal(err, "opening the save dialog")
	}
	return path, nil
}
