package match

import "testing"

// A wire story written for this test (an invented mine collapse, company and people):
// attributions that reach only part of their sentence, a speaker's own description,
// "according to" inside another speaker's words, and the outlet saying nobody could
// confirm a statement.
const scopeArticle = `Chilean miners trapped after collapse

SANTIAGO (AP) — A tunnel collapsed at a copper mine in northern Chile late on Monday, trapping nine miners, in what the mining ministry said on Tuesday was the worst accident in a decade.

Chile's mining police on Tuesday closed the access road to the Cerro Alto mine, accusing its owner of ignoring two warnings.

Interior Minister Paula Reyes, who flew over the site on Tuesday morning, told reporters the rescue would take days.

According to the mine's operator, all nine are alive, Reyes said. The operator, Cordillera Metals Group, has not spoken to the families.

The miners were seen on a camera, the ministry said. Nobody outside the ministry has been able to confirm it.

The rescue team found air in the shaft, the ministry said, adding that a drill was on its way.`

func TestReadOriginScope(t *testing.T) {
	cases := []struct{ needle, root string }{
		{"A tunnel collapsed at a copper mine in northern Chile late on Monday", "Associated Press"}, // "in what X said was" reaches only what follows
		{"was the worst accident in a decade", GovernmentName("Chile")},
		{"closed the access road to the Cerro Alto mine", "Associated Press"},    // the participle reaches only what follows
		{"accusing its owner of ignoring two warnings", GovernmentName("Chile")}, // the subject accuses
		{"who flew over the site on Tuesday morning", "Associated Press"},        // the minister's description is the outlet's
		{"the rescue would take days", GovernmentName("Chile")},
		{"all nine are alive", "Cordillera Metals Group"}, // according to the operator (named later), Reyes said: the operator is the root
		{"Nobody outside the ministry has been able to confirm it.", "Associated Press"},
		{"a drill was on its way", GovernmentName("Chile")}, // "said, adding": the speaker before
	}
	for _, c := range cases {
		s, e := offsetsOf(t, scopeArticle, c.needle)
		if o := ReadOrigin(scopeArticle, s, e, "Associated Press"); o.Root != c.root {
			t.Errorf("%q: root %q (cue %q), want %q", c.needle, o.Root, o.Cue, c.root)
		}
	}
}
