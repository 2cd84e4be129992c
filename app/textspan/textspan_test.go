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
