package app

import "errors"

// StartService answers the UI's start-up in one call: what the first screen shows
// (the workspace, the saved layout, Undo's label, the first page of the article list,
// the article to open and its spans). Separately these were five calls in two round
// trips, the article's only after the settings' answer had been handled while the
// window was still being built (docs/performance.md, "one start-up call").
// It reads through the other services, so each part is exactly what its own call returns.
type StartService struct {
	workspace *WorkspaceService
	settings  *SettingsService
	history   *HistoryService
	articles  *ArticleService
	spans     *SpanService
}

// StartScreen is what the first screen shows.
type StartScreen struct {
	Workspace WorkspaceInfo `json:"workspace"`
	Settings  Settings      `json:"settings"`
	History   HistoryState  `json:"history"`
	// Articles is the first page of the article list (ArticleService.ListPage(0, listLimit)).
	Articles ArticlePage `json:"articles"`
	// Article is the article to open: the one open last in this workspace, else (none
	// remembered, or it was deleted since) the list's first; null in an empty workspace.
	Article *Article `json:"article"`
	// Spans are Article's spans as SpanService.ListForReader gives them ([] without one).
	Spans []ReaderSpan `json:"spans"`
}

// FirstScreen returns the start-up screen's data, with listLimit (1–MaxArticlePage) rows
// of the article list.
func (s *StartService) FirstScreen(listLimit int64) (StartScreen, error) {
	var out StartScreen
	var err error
	if out.Articles, err = s.articles.ListPage(0, listLimit); err != nil {
		return StartScreen{}, err
	}
	if out.Workspace, err = s.workspace.Info(); err != nil {
		return StartScreen{}, err
	}
	if out.Settings, err = s.settings.Get(); err != nil {
		return StartScreen{}, err
	}
	if out.History, err = s.history.State(); err != nil {
		return StartScreen{}, err
	}
	out.Spans = []ReaderSpan{}
	open := int64(0)
	if id := out.Settings.LastArticleID; id != nil {
		open = *id
	}
	a, err := s.opened(open, out.Articles)
	if err != nil || a == nil {
		return out, err
	}
	spans, err := s.spans.ListForReader(a.ID)
	if err != nil {
		return StartScreen{}, err
	}
	out.Article, out.Spans = a, spans
	return out, nil
}

// opened reads the article to open: id, else the list's first; nil if there is none.
func (s *StartService) opened(id int64, list ArticlePage) (*Article, error) {
	if id > 0 {
		a, err := s.articles.Get(id)
		if err == nil {
			return &a, nil
		}
		var e *Error
		if !errors.As(err, &e) || e.Code != CodeNotFound {
			return nil, err
		}
		// Deleted since it was read last: open the first one instead.
	}
	if len(list.Items) == 0 {
		return nil, nil
	}
	a, err := s.articles.Get(list.Items[0].ID)
	if err != nil {
		return nil, err
	}
	return &a, nil
}
