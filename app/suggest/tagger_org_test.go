package suggest

import "testing"

// Own texts, written for these tests.

func TestSportsCopy(t *testing.T) {
	lower := func(s string) []string {
		toks := tokenize([]rune(s))
		out := make([]string, len(toks))
		for i, tk := range toks {
			out[i] = toLowerASCII(tk.text)
		}
		return out
	}
	if !sportsCopy(lower("Halden beat Torvik 2-1 on Saturday. The striker scored twice and the coach praised the squad.")) {
		t.Error("a match report is not read as sports copy")
	}
	if sportsCopy(lower("Orvelo said net profit rose 12 percent as sales in Spain recovered and costs fell.")) {
		t.Error("company results read as sports copy")
	}
}

func toLowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestLegalFormAhead(t *testing.T) {
	runes := []rune("Shares of Corvane International Inc rose.")
	d := prepare(runes, tokenize(runes), nil, nil, nil)
	want := map[string]int{"Shares": 0, "Corvane": 2, "International": 1, "Inc": 0, "rose": 0}
	for i, tk := range d.toks {
		if w, ok := want[tk.text]; ok && legalFormAhead(d, i) != w {
			t.Errorf("%s: legal form %d ahead, want %d", tk.text, legalFormAhead(d, i), w)
		}
	}
}

// A firm named once with its legal form keeps its type when the story goes
// on to name it by one word, as business copy does.
func TestOneWordFirmAfterLegalForm(t *testing.T) {
	text := "TURIN - Corvetta SpA, the tyre maker, said on Tuesday its net profit rose 14 percent.\n" +
		"Corvetta said in a statement that sales in Brazil had slowed.\n" +
		"Shares in Corvetta fell 2.1 percent in Milan.\n"
	got := map[int]string{}
	for _, s := range Default().Suggest(Document{Text: text}) {
		if s.Quote == "Corvetta" {
			got[s.Start] = s.Type
		}
	}
	if len(got) != 2 {
		t.Fatalf("bare mentions found: %v, want 2", got)
	}
	for at, typ := range got {
		if typ != TypeOrganisation {
			t.Errorf("Corvetta at %d read as %s", at, typ)
		}
	}
}
