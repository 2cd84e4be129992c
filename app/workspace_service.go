package app

// WorkspaceService tells the UI about the open workspace.
type WorkspaceService struct {
	ws *Workspace
}

// WorkspaceInfo describes the open workspace.
type WorkspaceInfo struct {
	Path          string `json:"path"`
	SchemaVersion int    `json:"schemaVersion"`
	AppVersion    string `json:"appVersion"`
	Articles      int64  `json:"articles"`
	Analyst       string `json:"analyst"`
}

// Info returns the workspace's path, schema version and size.
func (s *WorkspaceService) Info() (WorkspaceInfo, error) {
	ctx := s.ws.Context()
	v, err := s.ws.DB().Version(ctx)
	if err != nil {
		return WorkspaceInfo{}, storeErr(err, "the workspace")
	}
	n, err := s.ws.DB().Q.CountArticles(ctx)
	if err != nil {
		return WorkspaceInfo{}, storeErr(err, "the workspace")
	}
	return WorkspaceInfo{Path: s.ws.DB().Path, SchemaVersion: v, AppVersion: Version, Articles: n, Analyst: s.ws.Analyst}, nil
}
