package app

import (
	"encoding/json"
	"fmt"

	"claimdesk/db/store"
)

// suggestedRow is one new suggestion as CreateSuggestedSpans reads it from JSON (the keys
// are the spans columns; the rest of the row is the same for every suggestion).
type suggestedRow struct {
	ID           int64   `json:"id"`
	EntityType   string  `json:"entity_type"`
	EntityID     *int64  `json:"entity_id"` // null: a new entity, named when accepted
	StartCp      int64   `json:"start_cp"`
	EndCp        int64   `json:"end_cp"`
	Quote        string  `json:"quote"`
	Prefix       string  `json:"prefix"`
	Suffix       string  `json:"suffix"`
	Origin       string  `json:"origin"`
	Confidence   float64 `json:"confidence"`
	ProposedName string  `json:"proposed_name"`
	Normalized   string  `json:"normalized"`
	Hedge        string  `json:"hedge"`
	SpeakerName  string  `json:"speaker_name"`
}

// createSuggestions stores one article's new suggestions and logs each as created, in two
// statements: the rows get the next free ids in order, and the log the same entries,
// images and order as inserting and logging them one at a time. A statement per row (an
// insert, its uuid trigger's update, reading its image, appending its entry) was most of
// a suggestion run's writing. Go's JSON gives a float64 in its shortest form, which
// SQLite reads back to the same double; the strings are the article's text (valid UTF-8,
// no NUL: ingest refuses those), so JSON carries them unchanged.
func (c *changeSet) createSuggestions(articleID int64, rows []suggestedRow) error {
	last, err := c.q.MaxIDSpans(c.ctx)
	if err != nil {
		return err
	}
	if err := idsLeft("spans", last, int64(len(rows))); err != nil {
		return err
	}
	first := last + 1
	for i := range rows {
		rows[i].ID = first + int64(i)
	}
	data, err := json.Marshal(rows)
	if err != nil {
		return err
	}
	n, err := c.q.CreateSuggestedSpans(c.ctx, store.CreateSuggestedSpansParams{ArticleID: articleID, CreatedAt: c.at, Spans: string(data)})
	if err != nil {
		return err
	}
	if n != int64(len(rows)) {
		return fmt.Errorf("stored %d of %d suggestions", n, len(rows))
	}
	return c.createdSpans(first, first+n-1)
}
