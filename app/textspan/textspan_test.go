package textspan

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
)

func TestAnchorCountsCodePoints(t *testing.T) {
	// "𝓚" is one code point but two UTF-16 units and four bytes; "é" here is NFC.
	text := New("𝓚im met 👩‍🔬 in Pyongyang — café")
	a, err := text.Anchor(15, 24, "Pyongyang")
	if err != nil {
		t.Fatal(err)
	}
	if a.Prefix != "𝓚im met 👩‍🔬 in " || a.Suffix != " — café" {
		t.Fatalf("prefix %q suffix %q", a.Prefix, a.Suffix)
	}
	if _, err := text.Anchor(0, 1, "𝓚"); err != nil {
		t.Fatal(err)
	}
}

func TestAnchorContextIsCapped(t *testing.T) {
	body := strings.Repeat("a", 100) + "KCNA" + strings.Repeat("b", 100)
	a, err := New(body).Anchor(100, 104, "KCNA")
	if err != nil {
		t.Fatal(err)
	}
	if len([]rune(a.Prefix)) != ContextLen || len([]rune(a.Suffix)) != ContextLen {
		t.Fatalf("context lengths %d/%d", len(a.Prefix), len(a.Suffix))
	}
}

func TestAnchorRefusals(t *testing.T) {
	text := New("Kim met Lyubimova.")
	cases := []struct {
		start, end int
		quote      string
		want       string
	}{
		{-1, 3, "", "negative"},
		{5, 5, "", "end after it starts"},
		{6, 2, "", "end after it starts"},
		{0, 99, "", "outside the text, which has 18 characters"},
		{0, 3, "Putin", `does not match the text at 0–3, which reads "Kim"`},
		{3, 4, "", "white space"},
	}
	for _, c := range cases {
		_, err := text.Anchor(c.start, c.end, c.quote)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Anchor(%d,%d,%q) = %v; want %q", c.start, c.end, c.quote, err, c.want)
		}
	}
}

// Issue 15, smaller ones: a span could cut a grapheme cluster (a ZWJ emoji, a combining
// accent, half a flag) when a caller other than the UI gave the offsets.
func TestAnchorSnapsToGraphemeClusters(t *testing.T) {
	// Code points: "Family " 0–6, 👨‍👩‍👧 7–11 (man ZWJ woman ZWJ girl), " visited " 12–20,
	// "Cafe" 21–24 + U+0301 at 25, " " 26, 🇰🇵 27–28, 🇷🇺 29–30, "\n" 31, "Flag 🇰🇵" 32–38.
	body := "Family \U0001F468\u200D\U0001F469\u200D\U0001F467 visited Cafe\u0301 \U0001F1F0\U0001F1F5\U0001F1F7\U0001F1FA\nFlag \U0001F1F0\U0001F1F5"
	text := New(body)
	tests := []struct {
		name               string
		start, end         int
		wantStart, wantEnd int
	}{
		{"inside a ZWJ sequence", 9, 20, 7, 20},
		{"ends inside a ZWJ sequence", 0, 9, 0, 12},
		{"cuts the combining accent off", 21, 25, 21, 26},
		{"second half of a flag", 28, 29, 27, 29},
		{"first half of the second flag", 29, 30, 29, 31},
		{"flag on the next line", 38, 39, 37, 39},
		{"already whole", 21, 26, 21, 26},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := text.Anchor(tt.start, tt.end, "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Start != tt.wantStart || a.End != tt.wantEnd {
				t.Errorf("[%d,%d) → [%d,%d); want [%d,%d)", tt.start, tt.end, a.Start, a.End, tt.wantStart, tt.wantEnd)
			}
			if a.Quote != text.Slice(a.Start, a.End) {
				t.Errorf("quote %q is not the text at the snapped offsets", a.Quote)
			}
		})
	}
}

// graphemeBounds' shortcut (plainBoundary, and segmenting only between the nearest
// certain boundaries) must give the clusters segmenting the whole text gives.
func TestGraphemeBoundsMatchWholeTextSegmentation(t *testing.T) {
	pieces := []string{"a", "é", "e\u0301", " ", "\n", "\r\n", "北", "の", "\U0001F468\u200D\U0001F469", "\U0001F44D\U0001F3FD",
		"\U0001F1F0\U0001F1F5", "\U0001F1F7", "\u0915\u094D\u0937", "\u0E01\u0E33", "\uAC00", "\u1100\u1161", "\u0600" + "1", "ﾊﾞ", "-", "\u200D"}
	rng := rand.New(rand.NewPCG(15, 29))
	for round := 0; round < 300; round++ {
		var sb strings.Builder
		for range 3 + rng.IntN(30) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		body := sb.String()
		text := New(body)
		// Every boundary, from segmenting the whole text.
		boundary := map[int]bool{0: true}
		pos := 0
		g := uniseg.NewGraphemes(body)
		for g.Next() {
			pos += len(g.Runes())
			boundary[pos] = true
		}
		n := text.Len()
		for start := 0; start < n; start++ {
			for end := start + 1; end <= n; end++ {
				s, e := text.graphemeBounds(start, end)
				if !boundary[s] || !boundary[e] || s > start || e < end {
					t.Fatalf("%q [%d,%d) → [%d,%d): not whole clusters", body, start, end, s, e)
				}
				// The widest it may be: the cluster start before start, the cluster end after end.
				for i := s + 1; i <= start; i++ {
					if boundary[i] {
						t.Fatalf("%q [%d,%d) → [%d,%d): widened past the boundary at %d", body, start, end, s, e, i)
					}
				}
				for i := end; i < e; i++ {
					if boundary[i] {
						t.Fatalf("%q [%d,%d) → [%d,%d): widened past the boundary at %d", body, start, end, s, e, i)
					}
				}
			}
		}
	}
}
