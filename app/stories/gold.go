// Package stories reads the gold stories in testdata/stories: invented news stories of
// four articles each, with the claims they make, every mention of each claim (code-point
// offsets into the article file), its stance and origin chain, the independent origins
// of each claim, the contradictions between mentions and the hard-negative pairs that
// must never be joined. The verification scorer (app/stories_eval_test.go) runs the app
// against them; docs/verification-eval.md describes the format.
package stories

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Split is which half of the gold set a story belongs to: dev stories may be tuned
// on; the closed story is held out and reported separately.
type Split string

const (
	Dev    Split = "dev"
	Closed Split = "closed"
)

// Stances a mention takes toward its claim.
var Stances = []string{"asserts", "denies", "doubts", "unconfirmed"}

// Story is one gold story: its folder, split and gold file.
type Story struct {
	Name  string // folder name
	Dir   string
	Split Split
	Gold
	// Texts are the article files as written, by file name.
	Texts map[string]string
}

// Gold is the content of gold.json.
type Gold struct {
	Story          string         `json:"story"`
	Summary        string         `json:"summary"`
	OffsetUnit     string         `json:"offsetUnit"` // always "codepoint"
	Articles       []Article      `json:"articles"`
	Claims         []Claim        `json:"claims"`
	Mentions       []Mention      `json:"mentions"`
	Origins        []ClaimOrigins `json:"origins"`
	Contradictions []MentionPair  `json:"contradictions"`
	HardNegatives  []MentionPair  `json:"hardNegatives"`
}

// Article is one article file of a story.
type Article struct {
	File      string `json:"file"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"` // YYYY-MM-DD
	Style     string `json:"style"`
}

// Claim is a canonical statement.
type Claim struct {
	ID        string `json:"id"`
	Statement string `json:"statement"`
}

// Mention is one statement of a claim in an article: [Start, End) in code points of
// the article file, and the exact quote there.
type Mention struct {
	ID      string  `json:"id"`
	Article string  `json:"article"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Quote   string  `json:"quote"`
	Claim   string  `json:"claim"`
	Stance  string  `json:"stance"`
	Origin  Origin  `json:"origin"`
	Values  []Value `json:"values,omitempty"`
}

// Origin is where a mention comes from: the chain of origins root first, the last
// being the article's outlet (["Interfax", "AFP"]: AFP citing Interfax); empty for an
// unattributed mention (it adds no origin); OutletOwn for the outlet's own reporting
// (written "outlet-own" in the file; the outlet is its origin).
type Origin struct {
	Chain     []string
	OutletOwn bool
}

func (o *Origin) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		if s != "outlet-own" {
			return fmt.Errorf("origin %q: want a list of names or \"outlet-own\"", s)
		}
		*o = Origin{OutletOwn: true}
		return nil
	}
	var chain []string
	if err := json.Unmarshal(b, &chain); err != nil {
		return fmt.Errorf("origin: %w", err)
	}
	*o = Origin{Chain: chain}
	return nil
}

func (o Origin) MarshalJSON() ([]byte, error) {
	if o.OutletOwn {
		return json.Marshal("outlet-own")
	}
	if o.Chain == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(o.Chain)
}

// Value is a figure or a date a mention states, as a range: figures Min..Max (nil:
// open end), dates From..To (YYYY-MM-DD, inclusive), with Raw the words as written.
type Value struct {
	Kind  string   `json:"kind"` // figure | date
	Raw   string   `json:"raw"`
	Min   *float64 `json:"min,omitempty"`
	Max   *float64 `json:"max,omitempty"`
	Unit  string   `json:"unit,omitempty"`
	Hedge string   `json:"hedge,omitempty"`
	From  string   `json:"from,omitempty"`
	To    string   `json:"to,omitempty"`
}

// ClaimOrigins are a claim's independent origins: the distinct roots of its mentions.
type ClaimOrigins struct {
	Claim string   `json:"claim"`
	Names []string `json:"names"`
	Count int      `json:"count"`
}

// MentionPair names two mentions by id, with the reason.
type MentionPair struct {
	A    string `json:"a"`
	B    string `json:"b"`
	Kind string `json:"kind,omitempty"` // contradictions: stance | value
	Why  string `json:"why"`
}

// Load reads every story under root (root/dev/* and root/closed/*), sorted by split
// then name.
func Load(root string) ([]Story, error) { return LoadSplits(root, Dev, Closed) }

// LoadSplits reads the stories of the given splits only: a developer tuning on the dev
// stories loads Dev alone, so the closed story is never read.
func LoadSplits(root string, splits ...Split) ([]Story, error) {
	var out []Story
	for _, split := range splits {
		entries, err := os.ReadDir(filepath.Join(root, string(split)))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if !e.IsDir() {
				continue
			}
			st, err := LoadStory(filepath.Join(root, string(split), e.Name()), split)
			if err != nil {
				return nil, err
			}
			out = append(out, st)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Split != out[j].Split {
			return out[i].Split == Dev
		}
		return out[i].Name < out[j].Name
	})
	return out, nil
}

// LoadStory reads one story folder: gold.json and the article files it names.
func LoadStory(dir string, split Split) (Story, error) {
	b, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		return Story{}, err
	}
	st := Story{Name: filepath.Base(dir), Dir: dir, Split: split, Texts: map[string]string{}}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&st.Gold); err != nil {
		return Story{}, fmt.Errorf("%s: %w", dir, err)
	}
	for _, a := range st.Articles {
		t, err := os.ReadFile(filepath.Join(dir, a.File))
		if err != nil {
			return Story{}, err
		}
		st.Texts[a.File] = string(t)
	}
	return st, nil
}

// Mention returns the mention with the given id.
func (g *Gold) Mention(id string) (Mention, bool) {
	for _, m := range g.Mentions {
		if m.ID == id {
			return m, true
		}
	}
	return Mention{}, false
}

// Outlet returns the outlet of an article file.
func (g *Gold) Outlet(file string) string {
	for _, a := range g.Articles {
		if a.File == file {
			return a.Outlet
		}
	}
	return ""
}

// Root is the origin a mention adds to its claim's independent origins: the chain's
// root, the outlet for its own reporting, "" when unattributed.
func (g *Gold) Root(m Mention) string {
	if m.Origin.OutletOwn {
		return g.Outlet(m.Article)
	}
	if len(m.Origin.Chain) == 0 {
		return ""
	}
	return m.Origin.Chain[0]
}

// IndependentOrigins derives each claim's distinct root origins from its mentions.
func (g *Gold) IndependentOrigins() map[string][]string {
	out := map[string][]string{}
	for _, m := range g.Mentions {
		r := g.Root(m)
		if r == "" {
			continue
		}
		seen := false
		for _, n := range out[m.Claim] {
			seen = seen || n == r
		}
		if !seen {
			out[m.Claim] = append(out[m.Claim], r)
		}
	}
	return out
}

// FirstMention is the mention of claim id the analyst marks by hand: the first in
// gold order.
func (g *Gold) FirstMention(claim string) (Mention, bool) {
	for _, m := range g.Mentions {
		if m.Claim == claim {
			return m, true
		}
	}
	return Mention{}, false
}
