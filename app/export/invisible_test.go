package export

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

// invisibleCase is one row of testdata/invisible-cases.json, the table the UI's Vitest test
// (frontend/src/lib/invisibleChars.test.ts) reads too, so the two readings cannot drift.
type invisibleCase struct {
	Name   string   `json:"name"`
	Text   string   `json:"text"`
	Marked []string `json:"marked"`
	Kept   []string `json:"kept"`
	Shown  string   `json:"shown"`
}

func readInvisibleCases(t *testing.T) []invisibleCase {
	t.Helper()
	raw, err := os.ReadFile("../../testdata/invisible-cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var table struct {
		Cases []invisibleCase `json:"cases"`
	}
	if err := json.Unmarshal(raw, &table); err != nil {
		t.Fatal(err)
	}
	if len(table.Cases) < 20 {
		t.Fatalf("%d cases read, want the whole table", len(table.Cases))
	}
	return table.Cases
}

func hex(r rune) string { return fmt.Sprintf("%04X", r) }

func TestInvisibleCasesSharedWithTheUI(t *testing.T) {
	for _, c := range readInvisibleCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			var got []string
			found := map[rune]bool{}
			for _, f := range FindInvisible(c.Text) {
				got = append(got, hex(f.Rune))
				found[f.Rune] = true
			}
			if strings.Join(got, " ") != strings.Join(c.Marked, " ") {
				t.Errorf("found %v, want %v", got, c.Marked)
			}
			for _, k := range c.Kept {
				var r rune
				fmt.Sscanf(k, "%X", &r)
				if !strings.ContainsRune(c.Text, r) {
					t.Errorf("the case's text does not hold U+%s", k)
				}
				if found[r] {
					t.Errorf("U+%s was marked; it must be left alone", k)
				}
			}
			if s := Shown(c.Text); s != c.Shown {
				t.Errorf("shown %q, want %q", s, c.Shown)
			}
		})
	}
}

func TestShownKeepsTerminalControlsAsPictures(t *testing.T) {
	got := Shown("a\x1b]0;x\x07 b\r\nc\td\u200F1")
	want := "a␛]0;x␇ b\n\nc\td‹1"
	if got != want {
		t.Errorf("Shown = %q, want %q", got, want)
	}
}

// BenchmarkShownLongArticle: a 2 MB article with a marked character every few hundred bytes.
func BenchmarkShownLongArticle(b *testing.B) {
	para := "The Corvale harbour office said 1\u200F,500 people left on Friday; the ferry \u200Boperator disagreed. "
	text := strings.Repeat(para, 2<<20/len(para))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Shown(text)
	}
}
