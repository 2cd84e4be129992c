package app

import "log/slog"

// Services is the one set of services behind every door: bound to the Wails window,
// exposed by the HTTP bridge under the same names, and called by the CLI.
type Services struct {
	Workspace   *WorkspaceService
	Articles    *ArticleService
	Spans       *SpanService
	Tags        *TagService
	History     *HistoryService
	Claims      *ClaimService
	Assessments *AssessmentService
	Sources     *SourceService
	Entities    *EntityService
	Search      *SearchService
	Settings    *SettingsService
	Import      *ImportService
	Suggestions *SuggestionService
	Export      *ExportService
	Figures     *FigureService
	Conflicts   *ConflictService
	Matrix      *MatrixService
	Grades      *GradeService
	Matching    *MatchService
	Attribution *AttributionService
	Origins     *OriginService
	Dialogs     *DialogService
	Feeds       *FeedService
	Merge       *MergeService
	Start       *StartService
}

// NewServices builds the services over an open workspace.
func NewServices(ws *Workspace) *Services {
	imp := &ImportService{ws: ws}
	s := &Services{
		Workspace:   &WorkspaceService{ws: ws},
		Articles:    &ArticleService{ws: ws},
		Spans:       &SpanService{ws: ws},
		Tags:        &TagService{ws: ws},
		History:     &HistoryService{ws: ws},
		Claims:      &ClaimService{ws: ws},
		Assessments: &AssessmentService{ws: ws},
		Sources:     &SourceService{ws: ws},
		Entities:    &EntityService{ws: ws},
		Search:      &SearchService{ws: ws},
		Settings:    &SettingsService{ws: ws, path: settingsPath()},
		Import:      imp,
		Suggestions: &SuggestionService{ws: ws},
		Export:      &ExportService{ws: ws},
		Figures:     &FigureService{ws: ws},
		Conflicts:   &ConflictService{ws: ws},
		Matrix:      &MatrixService{ws: ws},
		Grades:      &GradeService{ws: ws},
		Matching:    &MatchService{ws: ws},
		Attribution: &AttributionService{ws: ws},
		Origins:     &OriginService{ws: ws},
		Dialogs:     &DialogService{ws: ws},
		Feeds:       &FeedService{ws: ws, imp: imp},
		Merge:       &MergeService{ws: ws},
	}
	s.Start = &StartService{workspace: s.Workspace, settings: s.Settings, history: s.History, articles: s.Articles, spans: s.Spans}
	return s
}

// Bindings lists the service values to bind, in a stable order. Their Go type names
// (WorkspaceService, ArticleService, ...) are the names the UI calls them by, in the
// window (window.go.app.<Name>) and over HTTP (/api/<Name>/<Method>) alike.
func (s *Services) Bindings() []any {
	return []any{s.Workspace, s.Articles, s.Spans, s.Tags, s.History, s.Claims, s.Assessments, s.Sources, s.Entities, s.Search, s.Settings, s.Import, s.Suggestions, s.Export, s.Figures, s.Conflicts, s.Matrix, s.Grades, s.Matching, s.Attribution, s.Origins, s.Dialogs, s.Feeds, s.Merge, s.Start}
}

// WindowOnly names the bound methods ("Service.Method") that take or hand out paths on
// this computer's file system. The desktop window and the CLI use them; the browser
// door refuses them, because a page in a browser (and, with `serve --allow-remote`,
// anyone holding the token) must not read or write the server's files: in a browser,
// files go in by upload (ImportService.ImportFiles) and exports come out as downloads
// (ExportService.Export). TestWindowOnlyCoversPathMethods keeps the list complete.
var WindowOnly = map[string]bool{
	"ImportService.ImportPaths":        true,
	"ExportService.ExportToFile":       true,
	"ExportService.MemoToFile":         true,
	"DialogService.ChooseImportFiles":  true,
	"DialogService.ChooseImportFolder": true,
	"DialogService.ChooseExportFile":   true,
	// A workspace merge by path; the browser uploads the file (PreviewUpload, MergeUpload).
	"DialogService.ChooseWorkspaceToMerge": true,
	"MergeService.Preview":                 true,
	"MergeService.Merge":                   true,
}

// SuggestAfterImport makes every import start entity suggestions for the articles it
// added, in the background (progress events with task "suggest"; SuggestionService.Cancel
// stops them). The window and `serve` turn it on; the CLI imports without it.
func (s *Services) SuggestAfterImport() {
	s.Import.AfterImport = func(ids []int64) {
		go func() {
			if _, err := s.Suggestions.RunForArticles(ids); err != nil {
				slog.Warn("suggestions after import", "articles", len(ids), "err", err)
			}
		}()
	}
}
