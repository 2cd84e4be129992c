package export

import (
	"strings"
)

// Memo is a verification memo: what an analyst hands an editor about one claim or a few
// (docs/export.md, "Verification memo"). The app package reads it from the workspace in
// one snapshot; WriteMemoHTML and WriteMemoText render the same Memo, so the printed page
// and the e-mail say the same things. Every string is data as stored (article text,
// names, notes): the writers escape it and show its control characters, never obey them.
type Memo struct {
	Title      string // "Verification memo: <statement>" or "… 3 claims tagged troops"
	Selection  string // what was asked for: "claim 12", "claims 3, 5", "claims tagged “troops”"
	Workspace  string // the workspace's name (its file name without folder or .db), never its path
	StateID    int64  // the last change in the audit log when the memo was read (0: none yet)
	StateAt    string // that change's time (RFC 3339 UTC; "" when none)
	MadeAt     string // when the memo was made (RFC 3339 UTC)
	MadeBy     string // the analyst who made it
	AppVersion string
	Claims     []MemoClaim
}

// MemoClaim is one claim of a memo.
type MemoClaim struct {
	ID        int64
	Statement string
	Note      string
	Tags      []string
	CreatedBy string
	CreatedAt string
	UpdatedAt string

	// The verdict: the latest assessment ("" when ungraded), with the grade (the most
	// reliable reporting source's letter and the credibility digit, "B2").
	Verdict    string // "2 Probably true"
	Grade      string
	AssessedBy string
	AssessedAt string
	Rationale  string
	// The grade Claimdesk suggests from the mentions, and the reasons it gives.
	Suggested string // "3 Possibly true"
	Reasons   []string

	OriginSummary string // "4 articles, 1 origin: Interfax"
	Origins       []MemoOrigin
	Unattributed  []string // titles of accepted mentions that add no origin

	Mentions      []MemoMention // the first MaxMemoMentions accepted mentions
	MentionsTotal int           // accepted mentions in all
	Pending       int           // machine-suggested mentions awaiting review (not listed)

	// Contradictions lists the first of them (the claim page's first listed, figures in
	// other units apart); ContradictionsCount is the claim's one count of contradictions,
	// as the claim page, the list, the matrix and the grade say it.
	Contradictions      []MemoContradiction
	ContradictionsCount int
	// UnitDifferences are the listed pairs of figures in other units: not compared, no
	// contradiction, shown apart as the claim page shows them.
	UnitDifferences []MemoContradiction
	Uncompared      string // which mentions were not compared ("" when all were)

	Assessments []MemoAssessment // newest first
}

// MoreMentions is how many accepted mentions the memo counts but does not list.
func (c MemoClaim) MoreMentions() int { return c.MentionsTotal - len(c.Mentions) }

// MoreContradictions is how many contradictions the memo counts but does not list.
func (c MemoClaim) MoreContradictions() int { return c.ContradictionsCount - len(c.Contradictions) }

// MemoOrigin is one independent origin and how many accepted mentions rest on it.
type MemoOrigin struct {
	Name     string
	Kind     string // source | speaker | the article's own reporting
	Mentions int
	Titles   []string // the first maxOriginTitles articles' titles
}

// MoreTitles is how many of the origin's articles are counted but not named.
func (o MemoOrigin) MoreTitles() int { return o.Mentions - len(o.Titles) }

// MemoMention is one accepted mention: where, who, what it says and the sentence quoted.
type MemoMention struct {
	Outlet      string // "" when the article has no source
	Reliability string // A–F
	Published   string
	Title       string
	URL         string // shown as a link only when http(s)
	Stance      string // asserts | denies | doubts | unconfirmed
	Value       string // the figure or date as written ("thousands", "June of last year")
	Hedge       string
	Chain       string // "Reuters ← Yonhap ← KCNA"; "" when unattributed
	Speaker     string // who says it
	Channel     string // through whom, as written ("according to KCNA")
	DirectQuote bool
	// The sentence around the mention, in three parts: the mention is Quote.
	Before, Quote, After string
}

// MemoContradiction is two mentions that cannot both be right, and why.
type MemoContradiction struct {
	Kind       string // figure | date | unit | stance
	Message    string
	A, B       MemoSide
	SameOrigin bool
	Revised    bool
	Others     string // "and 212 more mentions say 300 casualties"
}

// MemoSide is one side of a contradiction.
type MemoSide struct {
	Outlet, Title, Published, Value, Stance, Quote string
}

// MemoAssessment is one assessment with its evidence.
type MemoAssessment struct {
	Verdict   string // "2 Probably true"
	Analyst   string
	Origin    string // analyst, or the engine that suggested it
	At        string
	Latest    bool
	Rationale string
	Evidence  []MemoEvidence
}

// MemoEvidence is one piece of evidence behind an assessment.
type MemoEvidence struct {
	Stance string // supports | refutes | context
	Title  string
	Quote  string
	URL    string
	Note   string
}

// linkable reports whether a URL may be a link in the memo: http and https only. A
// "javascript:" or "data:" address in an article's metadata or an evidence note is shown
// as text.
func linkable(u string) bool {
	l := strings.ToLower(strings.TrimSpace(u))
	return (strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")) && !strings.ContainsAny(u, "\x00\r\n\t <>\"'`")
}

// stanceWords says a mention's stance in words.
func stanceWords(s string) string {
	switch s {
	case "denies":
		return "denies it"
	case "doubts":
		return "doubts it"
	case "unconfirmed":
		return "reports it as unconfirmed"
	}
	return "asserts it"
}
