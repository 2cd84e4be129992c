package textspan

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// mark anchors the first occurrence of quote in body.
func mark(t *testing.T, body, quote string) Anchor {
	t.Helper()
	i := strings.Index(body, quote)
	if i < 0 {
		t.Fatalf("%q not in body", quote)
	}
	s := utf8.RuneCountInString(body[:i])
	a, err := New(body).Anchor(s, s+utf8.RuneCountInString(quote), quote)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func checkAt(t *testing.T, body string, a Anchor) {
	t.Helper()
	r := []rune(body)
	if a.Start < 0 || a.End > len(r) || a.End <= a.Start {
		t.Fatalf("anchor %d–%d outside a text of %d", a.Start, a.End, len(r))
	}
}

func TestReanchor(t *testing.T) {
	const v1 = "The minister met Kim Jong Un in Pyongyang on Monday. Officials said the visit was cordial. Kim Jong Un smiled."
	tests := []struct {
		name, quote, occurrence, newText string
		status, want                     string
		wantStart                        int // -1: not checked
	}{
		{"unchanged", "Kim Jong Un", "", v1, StatusExact, "Kim Jong Un", 17},
		{"words inserted before", "Kim Jong Un", "", "On a rainy 😀 morning, " + v1, StatusExact, "Kim Jong Un", 17 + 22},
		{"second occurrence chosen by context", "Kim Jong Un", "cordial. Kim Jong Un",
			"Intro. " + v1, StatusExact, "Kim Jong Un", 7 + strings.Index(v1, "cordial. Kim") + 9},
		{"spelling changed", "Kim Jong Un", "", strings.Replace(v1, "Kim Jong Un in", "Kim Jong-un in", 1), StatusFuzzy, "Kim Jong-un", 17},
		{"word added inside", "the visit was cordial", "", strings.Replace(v1, "visit was", "visit was very", 1), StatusFuzzy, "the visit was very cordial", -1},
		{"words deleted", "the visit was cordial", "", "The minister met Kim Jong Un in Pyongyang on Monday. Kim Jong Un smiled.", StatusOrphan, "the visit was cordial", -1},
		{"text shorter than old offsets", "Kim Jong Un smiled", "", "Short.", StatusOrphan, "Kim Jong Un smiled", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var old Anchor
			if tt.occurrence != "" {
				i := strings.Index(v1, tt.occurrence) + strings.Index(tt.occurrence, tt.quote)
				s := utf8.RuneCountInString(v1[:i])
				old, _ = New(v1).Anchor(s, s+utf8.RuneCountInString(tt.quote), tt.quote)
			} else {
				old = mark(t, v1, tt.quote)
			}
			a, status := Reanchor(old, New(tt.newText), utf8.RuneCountInString(v1))
			checkAt(t, tt.newText, a)
			if status != tt.status || a.Quote != tt.want {
				t.Fatalf("got %s %q at %d–%d, want %s %q", status, a.Quote, a.Start, a.End, tt.status, tt.want)
			}
			if tt.wantStart >= 0 && a.Start != tt.wantStart {
				t.Errorf("start %d, want %d", a.Start, tt.wantStart)
			}
			if status != StatusOrphan {
				if got := string([]rune(tt.newText)[a.Start:a.End]); got != a.Quote {
					t.Errorf("text at offsets %q != quote %q", got, a.Quote)
				}
			} else if a.Prefix != old.Prefix || a.Suffix != old.Suffix {
				t.Errorf("orphan lost its context")
			}
		})
	}
}

func TestReanchorAmbiguousWithoutContextIsFuzzy(t *testing.T) {
	old := Anchor{Start: 50, End: 53, Quote: "Kim", Prefix: "zzzz", Suffix: "qqqq"}
	a, status := Reanchor(old, New("Kim met Kim."), 100)
	if status != StatusFuzzy || a.Quote != "Kim" {
		t.Fatalf("got %s %+v", status, a)
	}
	if a.Start != 8 { // nearest to the old position
		t.Errorf("start %d, want 8", a.Start)
	}
}

func TestReanchorShortQuoteNotFuzzy(t *testing.T) {
	old := mark(t, "Kim met Lee.", "Lee")
	if _, status := Reanchor(old, New("Kim met Lea."), 12); status != StatusOrphan {
		t.Errorf("a 3-letter quote matched approximately: %s", status)
	}
}

func TestReanchorLongTextFast(t *testing.T) {
	body := strings.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", 2000)
	old := Anchor{Start: 50000, End: 50060, Quote: strings.Repeat("x", 30) + "quote not there at all" + strings.Repeat("y", 8)}
	a, status := Reanchor(old, New(body), len(body))
	if status != StatusOrphan {
		t.Fatalf("status %s", status)
	}
	checkAt(t, body, a)
}

func FuzzReanchor(f *testing.F) {
	f.Add("The minister met Kim Jong Un.", "Kim Jong Un", "The minister then met Kim Jong-un.", 5)
	f.Add("ab", "a", "", 0)
	f.Add("𝓚é\r\n", "é", "é𝓚", 1)
	f.Fuzz(func(t *testing.T, oldText, quote, newText string, shift int) {
		if !utf8.ValidString(oldText) || !utf8.ValidString(quote) || !utf8.ValidString(newText) || newText == "" {
			return
		}
		i := strings.Index(oldText, quote)
		if quote == "" || i < 0 {
			return
		}
		s := utf8.RuneCountInString(oldText[:i]) + shift%3
		if s < 0 {
			s = 0
		}
		old := Anchor{Start: s, End: s + utf8.RuneCountInString(quote), Quote: quote}
		a, status := Reanchor(old, New(newText), utf8.RuneCountInString(oldText))
		checkAt(t, newText, a)
		if status != StatusOrphan && string([]rune(newText)[a.Start:a.End]) != a.Quote {
			t.Fatalf("quote %q does not match text at %d–%d", a.Quote, a.Start, a.End)
		}
	})
}
