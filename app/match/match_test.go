package match

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	text := "- North Korea has sent troops.\nAccording to U.K. defense intelligence, losses mounted. Kim noted, “It is essential.” He left on Feb. 5 at noon! Done?"
	var got []string
	for _, s := range Sentences(text) {
		if string([]rune(text)[s.Start:s.End]) != s.Text {
			t.Fatalf("offsets of %q", s.Text)
		}
		got = append(got, s.Text)
	}
	want := []string{"North Korea has sent troops.", "According to U.K. defense intelligence, losses mounted.",
		"Kim noted, “It is essential.”", "He left on Feb. 5 at noon!", "Done?"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q", got)
	}
}

func TestFiguresAndCompatibility(t *testing.T) {
	th := Figures("North Korea reportedly sent thousands of troops")
	el := Figures("North Korea has deployed around 11,000 elite troops, making up over 20% of the force")
	cas := Figures("suffered over 6,000 casualties since June 26, 2024 and 30/06/2025")
	if len(th) != 1 || len(el) != 2 || len(cas) != 1 {
		t.Fatalf("figures: %+v %+v %+v", th, el, cas)
	}
	if !SameThing(th[0], el[0]) || !Compatible(th[0], el[0]) {
		t.Fatalf("thousands ~ around 11,000 troops: %+v %+v", th[0], el[0])
	}
	six := Figures("6,000 troops")[0]
	if Compatible(six, Figures("11,000 troops")[0]) {
		t.Fatal("6,000 and 11,000 troops are not the same figure")
	}
	if SameThing(cas[0], el[0]) {
		t.Fatal("casualties and troops count different things")
	}
}

func TestStemMeetsForms(t *testing.T) {
	for _, pair := range [][2]string{{"korean", "korea"}, {"signed", "signing"}, {"deployment", "deployed"}, {"troops", "troop"}, {"ukrainian", "ukraine"}} {
		if Stem(pair[0]) != Stem(pair[1]) {
			t.Errorf("%s/%s: %s %s", pair[0], pair[1], Stem(pair[0]), Stem(pair[1]))
		}
	}
}

func TestFindOrigins(t *testing.T) {
	text := "(Reuters) - The meeting included the ambassador, according to Yonhap, citing the Korean Central News Agency (KCNA).\nKCNA reported nothing else."
	got := FindOrigins(text, "Reuters")
	if len(got) != 1 || got[0].Origin != "Korean Central News Agency" || got[0].Via != "Yonhap" ||
		got[0].Cue != "according to Yonhap, citing the Korean Central News Agency (KCNA)" {
		t.Fatalf("%+v", got)
	}
	if got := FindOrigins("The ministry said so, state media reported.", ""); len(got) != 0 {
		t.Fatalf("unnamed state media names no origin: %+v", got)
	}
}

func TestAttribute(t *testing.T) {
	text := "Troops were sent, Ukrainian Defense Minister Rustem Umerov said. \"They are elite,\" he said."
	names := []Name{{Start: 45, End: 58, Name: "Rustem Umerov", Type: "person"}}
	a := Attribute(text, 0, 16, names, nil)
	if a.SpeakerName != "Rustem Umerov" || a.IsDirectQuote || a.Cue != "Umerov said" {
		t.Fatalf("%+v", a)
	}
	a = Attribute(text, 67, 81, names, []Quote{{Start: 67, End: 81}})
	if a.SpeakerName != "Rustem Umerov" || !a.IsDirectQuote {
		t.Fatalf("he said: %+v", a)
	}
	a = Attribute("Losses mounted, according to the KCNA.", 0, 14, nil, nil)
	if a.ChannelName != "Korean Central News Agency" || a.ChannelText != "according to the KCNA" {
		t.Fatalf("%+v", a)
	}
}

// Hedges and function adverbs are no content: "around 600 euros" and "around 90%" share
// no term (invented phrases).
func TestHedgesAreNoTerms(t *testing.T) {
	for _, w := range []string{"around", "nearly", "almost", "roughly", "already", "every"} {
		if ts := Terms(w + " 600 euros"); len(ts) != 1 || ts[0] != Stem("euros") {
			t.Errorf("%q: terms %v", w, ts)
		}
	}
}
