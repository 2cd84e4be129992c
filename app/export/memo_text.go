package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WriteMemoText writes m as plain text for an e-mail: the same content as WriteMemoHTML,
// in the same order, with the mention quoted inside its sentence between « and ». Control
// characters are shown, not obeyed (Shown): a memo printed in a terminal cannot move its
// cursor or reorder a line. Lines are not wrapped (mail programs wrap them); a value of
// several lines is indented under its label.
func WriteMemoText(w io.Writer, m Memo) error {
	b := bufio.NewWriter(w)
	t := &memoText{b: b}
	t.memo(m)
	return b.Flush()
}

type memoText struct {
	b *bufio.Writer
}

func (t *memoText) line(format string, a ...any) {
	fmt.Fprintf(t.b, format+"\n", a...)
}

// field writes "label value", the value's further lines indented under it.
func (t *memoText) field(indent, label, value string) {
	if label != "" {
		label += " "
	}
	pad := indent + strings.Repeat(" ", len([]rune(label)))
	lines := strings.Split(Shown(value), "\n")
	t.line("%s%s%s", indent, label, lines[0])
	for _, l := range lines[1:] {
		t.line("%s%s", pad, l)
	}
}

const memoRule = "========================================================================"

func (t *memoText) memo(m Memo) {
	title := oneLine(m.Title)
	t.line("%s", title)
	t.line("%s", strings.Repeat("=", min(len([]rune(title)), len(memoRule))))
	made := "Made " + memoTime(m.MadeAt)
	if m.MadeBy != "" {
		made += " by " + Shown(m.MadeBy)
	}
	made += " from the workspace “" + Shown(m.Workspace) + "”"
	if m.StateID > 0 {
		made += fmt.Sprintf(", as of its change #%d (%s)", m.StateID, memoTime(m.StateAt))
	} else {
		made += ", which had no recorded change yet"
	}
	t.line("%s. Claimdesk %s.", made, m.AppVersion)
	t.line("Selection: %s.", Shown(m.Selection))
	if len(m.Claims) > 1 {
		t.line("")
		t.line("CONTENTS")
		for i, c := range m.Claims {
			v := c.Verdict
			if v == "" {
				v = "not assessed"
			}
			t.line("%3d. %s (%s)", i+1, oneLine(c.Statement), v)
		}
	}
	for i, c := range m.Claims {
		t.line("")
		t.line("%s", memoRule)
		if len(m.Claims) > 1 {
			t.line("CLAIM %d OF %d · claim %d", i+1, len(m.Claims), c.ID)
		} else {
			t.line("CLAIM %d", c.ID)
		}
		t.claim(c)
	}
	t.line("")
	t.line("%s", memoRule)
	t.line("Verification memo made by Claimdesk. Article text is quoted as stored; bidirectional control characters in it are shown as ▸ ◂ ▪.")
}

// oneLine is a statement on one line of the contents.
func oneLine(s string) string {
	return strings.Join(strings.Fields(Shown(s)), " ")
}

func (t *memoText) claim(c MemoClaim) {
	t.field("", "", c.Statement)
	t.line("")
	if c.Verdict != "" {
		v := c.Verdict
		if c.Grade != "" {
			v += " · grade " + c.Grade
		}
		t.field("", "Verdict:       ", v+" · assessed by "+c.AssessedBy+" on "+memoTime(c.AssessedAt))
	} else {
		t.line("Verdict:        Not assessed yet")
	}
	if c.Suggested != "" {
		t.line("Suggested:      %s", c.Suggested)
	}
	t.field("", "Independence:  ", c.OriginSummary)
	mentions := plural(c.MentionsTotal, "accepted mention")
	if c.Pending > 0 {
		mentions += "; " + plural(c.Pending, "machine-suggested mention") + " awaiting review, not in this memo"
	}
	t.line("Mentions:       %s", mentions)
	if c.ContradictionsCount > 0 {
		t.line("Contradictions: %d", c.ContradictionsCount)
	} else {
		t.line("Contradictions: none found")
	}
	if len(c.Tags) > 0 {
		t.field("", "Tags:          ", strings.Join(c.Tags, ", "))
	}
	t.field("", "Recorded:      ", "made by "+c.CreatedBy+" on "+memoTime(c.CreatedAt)+"; last changed "+memoTime(c.UpdatedAt))
	if c.Rationale != "" {
		t.line("")
		t.line("THE ANALYST’S RATIONALE")
		t.field("  ", "", c.Rationale)
	}
	if len(c.Reasons) > 0 {
		t.line("")
		t.line("WHY CLAIMDESK SUGGESTS %s", strings.ToUpper(c.Suggested))
		for _, r := range c.Reasons {
			t.field("  ", "-", r)
		}
	}
	t.line("")
	t.line("INDEPENDENT ORIGINS")
	t.field("  ", "", c.OriginSummary)
	for i, o := range c.Origins {
		titles := strings.Join(o.Titles, "; ")
		if o.MoreTitles() > 0 {
			titles += fmt.Sprintf("; and %d more", o.MoreTitles())
		}
		t.field("  ", fmt.Sprintf("%d.", i+1), fmt.Sprintf("%s (%s): %s — %s", o.Name, o.Kind, plural(o.Mentions, "mention"), titles))
	}
	if len(c.Unattributed) > 0 {
		t.field("  ", "Unattributed (no origin counted):", strings.Join(c.Unattributed, "; "))
	}
	t.line("")
	t.line("CONTRADICTIONS")
	if len(c.Contradictions) == 0 {
		t.line("  No contradiction found among the accepted mentions.")
	}
	t.pairs(c.Contradictions)
	if n := c.MoreContradictions(); n > 0 {
		t.line("  and %s, not listed here (the claim page lists them all).", plural(n, "more contradiction"))
	}
	if len(c.UnitDifferences) > 0 {
		t.line("")
		t.line("FIGURES IN OTHER UNITS (not compared, no contradiction)")
		t.pairs(c.UnitDifferences)
	}
	if c.Uncompared != "" {
		t.field("  ", "", c.Uncompared)
	}
	t.line("")
	t.line("MENTIONS")
	if len(c.Mentions) == 0 {
		t.line("  No accepted mention: this claim is not attached to any article text yet.")
	}
	for i, mn := range c.Mentions {
		t.field("  ", fmt.Sprintf("%d.", i+1), mentionWhere(mn))
		chain := "unattributed (adds no origin)"
		if mn.Chain != "" {
			chain = mn.Chain
		}
		if mn.Speaker != "" {
			chain += " · said by " + mn.Speaker
		}
		if mn.Channel != "" {
			chain += " · channel: “" + mn.Channel + "”"
		}
		t.field("     ", "Chain:", chain)
		t.field("     ", "", "“"+mn.Before+"«"+mn.Quote+"»"+mn.After+"”")
		cite := "— " + mn.Title
		if mn.URL != "" {
			cite += " <" + mn.URL + ">"
		}
		t.field("     ", "", cite)
	}
	if n := c.MoreMentions(); n > 0 {
		t.line("  and %s, not listed here: the memo lists the first %d, as the claim page draws them (`claimdesk export --what mentions` lists every one).", plural(n, "more accepted mention"), len(c.Mentions))
	}
	t.line("")
	t.line("ASSESSMENTS AND EVIDENCE")
	if len(c.Assessments) == 0 {
		t.line("  Not assessed yet.")
	}
	for i, a := range c.Assessments {
		head := a.Verdict
		if a.Latest {
			head += " (current)"
		}
		head += " · " + a.Analyst
		if a.Origin != "analyst" {
			head += " (accepted from " + a.Origin + ")"
		}
		head += " · " + memoTime(a.At)
		t.field("  ", fmt.Sprintf("%d.", i+1), head)
		if a.Rationale != "" {
			t.field("     ", "", a.Rationale)
		}
		for _, e := range a.Evidence {
			ev := e.Stance
			if e.Title != "" {
				ev += ": " + e.Title
			}
			if e.Quote != "" {
				ev += " “" + e.Quote + "”"
			}
			if e.URL != "" {
				ev += " <" + e.URL + ">"
			}
			if e.Note != "" {
				ev += "\n" + e.Note
			}
			t.field("     ", "-", ev)
		}
	}
	if c.Note != "" {
		t.line("")
		t.line("ANALYST’S NOTE")
		t.field("  ", "", c.Note)
	}
}

// pairs lists two-sided pairs (contradictions, figures in other units), numbered.
func (t *memoText) pairs(xs []MemoContradiction) {
	for i, x := range xs {
		msg := x.Kind + ": " + x.Message
		if x.SameOrigin {
			msg += " (both from one origin)"
		}
		if x.Revised {
			msg += " (a revision of one article)"
		}
		t.field("  ", fmt.Sprintf("%d.", i+1), msg)
		t.side("A:", x.A)
		t.side("B:", x.B)
		if x.Others != "" {
			t.field("     ", "", x.Others)
		}
	}
}

func (t *memoText) side(label string, s MemoSide) {
	where := s.Outlet
	if where == "" {
		where = "no outlet"
	}
	if s.Published != "" {
		where += ", " + memoDate(s.Published)
	}
	v := ""
	if s.Value != "" {
		v = "“" + s.Value + "” · "
	}
	line := where + ": " + v + stanceWords(s.Stance) + " — “" + s.Quote + "”"
	if s.Title != "" {
		line += " (" + s.Title + ")"
	}
	t.field("     ", label, line)
}

// mentionWhere is a mention's first line: outlet, date, stance, the value as written.
func mentionWhere(m MemoMention) string {
	s := "no outlet recorded"
	if m.Outlet != "" {
		s = m.Outlet + " (reliability " + m.Reliability + ")"
	}
	if m.Published != "" {
		s += " · " + memoDate(m.Published)
	}
	s += " · " + stanceWords(m.Stance)
	if m.Value != "" {
		s += " · as written: “" + m.Value + "”"
	}
	if m.Hedge != "" {
		s += " · hedge: “" + m.Hedge + "”"
	}
	if m.DirectQuote {
		s += " · direct quote"
	}
	return s
}
