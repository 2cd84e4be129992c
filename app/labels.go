package app

import "fmt"

// articleLabel names an article in an action's summary (the undo button, the history)
// the way the analyst knows it, by its title in quotes; "article N" only when it has
// none or cannot be read. Every summary names articles one way.
func (c *changeSet) articleLabel(id int64) string {
	if a, err := c.q.GetArticle(c.ctx, id); err == nil && clipLabel(a.Title) != "" {
		return "“" + clipLabel(a.Title) + "”"
	}
	return fmt.Sprintf("article %d", id)
}
