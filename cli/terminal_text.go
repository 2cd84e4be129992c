package cli

import (
	"strings"

	"claimdesk/app/export"
)

// oneLine is text from the workspace (a title, an outlet, a name) as one field of a line
// the CLI prints: what a terminal would act on is shown, not obeyed. Bidirectional controls
// become the marks the UI and the memo draw (▸ ◂ ▪), escape sequences and other control
// characters their control pictures (␛, ␇) (export.Shown), and a line break or tab inside
// the field ␤ or ␉, so a title cannot move the cursor, retitle the window, reorder the
// line or add a row or column to a listing. The stored text is unchanged; %q fields
// already escape all of these.
func oneLine(s string) string {
	s = export.Shown(s)
	if !strings.ContainsAny(s, "\n\t") {
		return s
	}
	return fieldBreaks.Replace(s)
}

var fieldBreaks = strings.NewReplacer("\n", "␤", "\t", "␉")
