package match

import (
	"strings"
	"testing"
)

// Sentences written for this test (invented places and people). An "as" clause that
// follows a trailing attribution (", the mayor said, as some 6,000 people remained out of
// their homes") is the reporter's background, not what the speaker said: its origin is the
// outlet's own reporting, and the statement before the attribution stays the speaker's.
// An "as" clause inside what the speaker says (before the attribution, or after "said"
// with the statement following it) stays the speaker's.
func TestBackgroundAsClauseAfterAttribution(t *testing.T) {
	const mayor = "Water levels in the Orrin valley fell overnight, the mayor of Lesk said, as some 6,000 people remained out of their homes."
	const told = "The dam will hold, Mayor Ada Lind told reporters on Sunday, as rain eased across the valley."
	for _, c := range []struct{ outlet, text, quote, want string }{
		{"Valden Post", mayor, "some 6,000 people remained out of their homes", "Valden Post"},
		{"Reuters", told, "rain eased across the valley", "Reuters"},
	} {
		s := strings.Index(c.text, c.quote)
		o := ReadOrigin(c.text, len([]rune(c.text[:s])), len([]rune(c.text[:s+len(c.quote)])), c.outlet)
		if o.Root != c.want || o.RootKind != "outlet" {
			t.Errorf("%q: %+v, want the outlet's own reporting (%s)", c.quote, o, c.want)
		}
	}
	for _, c := range []struct{ text, quote string }{
		{mayor, "Water levels in the Orrin valley fell overnight"},
		{told, "The dam will hold"},
		{"The dam will hold as long as the rain eases, Mayor Ada Lind said.", "The dam will hold as long as the rain eases"},
		{"Mayor Ada Lind said the dam would hold, as engineers had reinforced it in May.", "engineers had reinforced it in May"},
		{"The spillway stays open, as the reservoir is still rising, the mayor said.", "the reservoir is still rising"},
	} {
		s := strings.Index(c.text, c.quote)
		o := ReadOrigin(c.text, len([]rune(c.text[:s])), len([]rune(c.text[:s+len(c.quote)])), "Reuters")
		if o.RootKind == "outlet" || o.Root == "" {
			t.Errorf("%q in %q: %+v, want the speaker's", c.quote, c.text, o)
		}
	}
	if got := Foreground(mayor); got != "Water levels in the Orrin valley fell overnight, the mayor of Lesk said," {
		t.Errorf("Foreground(%q) = %q", mayor, got)
	}
	for _, s := range []string{"The dam will hold, as engineers say, until Friday.", "Mayor Ada Lind said the dam would hold, as engineers had reinforced it in May.",
		"Prices rose, the bank said, as well as rents."} {
		if got := Foreground(s); got != s {
			t.Errorf("Foreground(%q) = %q, want it whole", s, got)
		}
	}
}
