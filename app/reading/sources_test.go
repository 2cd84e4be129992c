package reading

import (
	"strings"
	"testing"
)

func TestSourceByName(t *testing.T) {
	cases := map[string]string{
		"KCNA": "Korean Central News Agency", "korean central news agency": "Korean Central News Agency",
		"Yonhap News Agency": "Yonhap", "ITAR-TASS": "TASS", "Tass": "TASS", "RIA": "RIA Novosti",
		"AP": "Associated Press", "The Associated Press": "Associated Press", "AFP": "Agence France-Presse",
		"Xinhua News Agency": "Xinhua", "BBC News": "BBC", "Guardian": "The Guardian",
		"NYT": "The New York Times", "  Reuters ": "Reuters", "the Kremlin": "Kremlin",
		"Daily Planet": "", "": "",
		// initials that name other things in running text are no alias (OutletByName reads them)
		"PTI": "", "MENA": "", "BSS": "",
	}
	for in, want := range cases {
		got := ""
		if s := SourceByName(in); s != nil {
			got = s.Name
		}
		if got != want {
			t.Errorf("SourceByName(%q) = %q, want %q", in, got, want)
		}
	}
	// where a name is expected (a dateline, a byline, an outlet or source field)
	for in, want := range map[string]string{
		"PTI": "Press Trust of India", "MENA": "Middle East News Agency", "BSS": "Bangladesh Sangbad Sangstha",
		"NAN": "News Agency of Nigeria", "SPA": "Saudi Press Agency", "IANS": "Indo-Asian News Service",
		" AA ": "Anadolu Agency", "Reuters": "Reuters", "AP": "Associated Press", "Daily Planet": "",
		"PETRA": "Jordan News Agency", "Petra": "Jordan News Agency",
		// in lower case they are words or other things an analyst types ("app", "map",
		// "rss", "aa"), kept as written
		"app": "", "map": "", "rss": "", "aa": "", "pti": "", "petra": "", "Rss": "",
	} {
		got := ""
		if s := OutletByName(in); s != nil {
			got = s.Name
		}
		if got != want {
			t.Errorf("OutletByName(%q) = %q, want %q", in, got, want)
		}
	}
	if s := SourceByName("KCNA"); !s.StateMedia || s.Country != "North Korea" || s.Kind != SourceAgency {
		t.Errorf("KCNA: %+v", s)
	}
	if s := SourceByName("Reuters"); s.StateMedia {
		t.Error("Reuters is not state media")
	}
}

func TestFindReferences(t *testing.T) {
	text := "North Korean state media said on Monday the troops had left, the agency added. " +
		"Officials in Seoul doubted it; Pyongyang did not comment. The Kremlin and KCNA " +
		"(via Yonhap News Agency) agreed. APEC leaders met. REUTERS/Jane Roe. Moscow officials spoke."
	type ref struct{ kind, text, source, country string }
	want := []ref{
		{RefStateMedia, "North Korean state media", "", "North Korea"},
		{RefAgency, "the agency", "", ""},
		{RefOfficials, "Officials in Seoul", "", "South Korea"},
		{RefCapital, "Pyongyang", "", "North Korea"},
		{RefNamed, "Kremlin", "Kremlin", "Russia"},
		{RefNamed, "KCNA", "Korean Central News Agency", "North Korea"},
		{RefNamed, "Yonhap News Agency", "Yonhap", "South Korea"},
		{RefOfficials, "Moscow officials", "", "Russia"},
	}
	got := FindReferences(text)
	if len(got) != len(want) {
		for _, g := range got {
			t.Logf("%+v", g)
		}
		t.Fatalf("%d references, want %d", len(got), len(want))
	}
	for i, g := range got {
		src := ""
		if g.Source != nil {
			src = g.Source.Name
		}
		if w := want[i]; g.Kind != w.kind || g.Text != w.text || src != w.source || g.Country != w.country {
			t.Errorf("%d: got %s %q %q %q, want %+v", i, g.Kind, g.Text, src, g.Country, w)
		}
		if string([]rune(text)[g.Start:g.End]) != g.Text {
			t.Errorf("%d: offsets %d-%d do not give %q", i, g.Start, g.End, g.Text)
		}
	}
	if n := len(FindSources(text)); n != 3 {
		t.Errorf("FindSources: %d named sources, want 3", n)
	}
}

// TestAgencyInitialsInRunningText: initials that also name parties, regions or other bodies
// ("PTI" a Pakistani party, "MENA" a region) are read as the agency in running text only
// where the text says so: "the state-run BSS news agency", "the official MENA news agency".
func TestAgencyInitialsInRunningText(t *testing.T) {
	named := func(text string) []string {
		var out []string
		for _, r := range FindSources(text) {
			out = append(out, r.Text+"="+r.Source.Name)
		}
		return out
	}
	for text, want := range map[string]string{
		"PTI leaders marched to the capital on Friday.":                       "",
		"Growth in the MENA region slowed, the bank said.":                    "",
		"the state-run BSS news agency said the dam held.":                    "BSS news agency=Bangladesh Sangbad Sangstha",
		"The official MENA news agency reported three arrests.":               "MENA news agency=Middle East News Agency",
		"PTI news agency quoted an official as saying the line would reopen.": "PTI news agency=Press Trust of India",
		"The NAN agency said the mill had reopened.":                          "NAN agency=News Agency of Nigeria",
	} {
		got := strings.Join(named(text), ";")
		if got != want {
			t.Errorf("%q: named %q, want %q", text, got, want)
		}
	}
}

// TestOutletOnlyNamesNameKnownSources: every entry names a source of the one table.
func TestOutletOnlyNamesNameKnownSources(t *testing.T) {
	for short, full := range outletOnlyNames {
		if s := OutletByName(short); s == nil || s.Name != full || s.Kind != SourceAgency {
			t.Errorf("%s: %+v, want the agency %q", short, s, full)
		}
		if sourceIndex[strings.ToLower(short)] != nil {
			t.Errorf("%s is also an alias: running text would read it as the agency everywhere", short)
		}
	}
}

// TestInitialsOnALineOfCapitals: a results table or a run of tickers in capitals cites no
// agency by its initials; the same initials in a dateline's parentheses, in a headline's
// prose line or spelled out still do.
func TestInitialsOnALineOfCapitals(t *testing.T) {
	for text, want := range map[string]string{
		"QXZ AP KLM DW BTA PAP ZZT RRQ":                            "",
		"FINAL STANDINGS\nPAP 21 9 4 8\nBTA 20 8 5 7":              "",
		"WASHINGTON (AP) - The vote was delayed.":                  "Associated Press",
		"The vote was delayed, AP reported.":                       "Associated Press",
		"MOSCOW (TASS) - A FORUM OPENED ON A WEDNESDAY":            "TASS",
		"Shares fell.\nAP\n":                                       "Associated Press",
		"DEUTSCHE WELLE REPORTED THE VOTE WAS DELAYED AGAIN TODAY": "Deutsche Welle",
	} {
		var got []string
		for _, r := range FindSources(text) {
			got = append(got, r.Source.Name)
		}
		if g := strings.Join(got, ";"); g != want {
			t.Errorf("%q: sources %q, want %q", text, g, want)
		}
	}
}

// BenchmarkFindSourcesInCapitals: 200,000 characters of short capitalised words on one
// line (a pasted table or code), where every alias-like word asks whether its line is in
// capitals.
func BenchmarkFindSourcesInCapitals(b *testing.B) {
	var sb strings.Builder
	for i := 0; sb.Len() < 200000; i++ {
		for k := 0; k < 2+i%3; k++ {
			sb.WriteByte(byte('A' + (i*7+k*13)%26))
		}
		sb.WriteByte(' ')
	}
	text := sb.String()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		FindSources(text)
	}
}
