package reading

import "testing"

func TestSourceByName(t *testing.T) {
	cases := map[string]string{
		"KCNA": "Korean Central News Agency", "korean central news agency": "Korean Central News Agency",
		"Yonhap News Agency": "Yonhap", "ITAR-TASS": "TASS", "Tass": "TASS", "RIA": "RIA Novosti",
		"AP": "Associated Press", "The Associated Press": "Associated Press", "AFP": "Agence France-Presse",
		"Xinhua News Agency": "Xinhua", "BBC News": "BBC", "Guardian": "The Guardian",
		"NYT": "The New York Times", "  Reuters ": "Reuters", "the Kremlin": "Kremlin",
		"Daily Planet": "", "": "",
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
