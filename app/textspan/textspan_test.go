package textspan

import (
	"strings"
	"testing"
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
