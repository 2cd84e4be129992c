package app

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
}

// NewServices builds the services over an open workspace.
func NewServices(ws *Workspace) *Services {
	return &Services{
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
		Import:      &ImportService{ws: ws},
	}
}

// Bindings lists the service values to bind, in a stable order. Their Go type names
// (WorkspaceService, ArticleService, ...) are the names the UI calls them by, in the
// window (window.go.app.<Name>) and over HTTP (/api/<Name>/<Method>) alike.
func (s *Services) Bindings() []any {
	return []any{s.Workspace, s.Articles, s.Spans, s.Tags, s.History, s.Claims, s.Assessments, s.Sources, s.Entities, s.Search, s.Settings, s.Import}
}
