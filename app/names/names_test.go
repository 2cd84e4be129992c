package names

import "testing"

func TestKey(t *testing.T) {
	same := [][]string{
		{"Kim Jong-un", "Kim Jong Un", "kim  jong un", "KIM JONG-UN"},
		{"Lyubimová", "Lyubimova", "LYUBIMOVA"},
		{"U.K.", "U K", "u.k"},
		{"Workers' Party of Korea", "Workers Party of Korea"},
	}
	for _, group := range same {
		for _, n := range group[1:] {
			if Key(n) != Key(group[0]) {
				t.Errorf("Key(%q)=%q != Key(%q)=%q", n, Key(n), group[0], Key(group[0]))
			}
		}
	}
	if Key("Pyongyang") == Key("North Korea") || Key("") != "" || Key(" -- ") != "" {
		t.Error("distinct or empty names collide")
	}
	if got := Key("Kim Jong-un"); got != "kim jong un" {
		t.Errorf("Key = %q", got)
	}
}

func TestClean(t *testing.T) {
	for in, want := range map[string]string{
		"  Olga   Lyubimova ": "Olga Lyubimova",
		"U.K.\n":              "U.K.",
	} {
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestInitials(t *testing.T) {
	for s, want := range map[string]bool{"EU": true, "NHS": true, "U.N.": true, "BBC": true, "NRK": true,
		"ODRA": false, "OSLO": false, "KIM": false, "NEW YORK": false, "A": false, "МВД": false, "ЕС": true} {
		if got := Initials(s); got != want {
			t.Errorf("Initials(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestAllCapsAndTitleCase(t *testing.T) {
	for _, c := range []struct {
		in   string
		caps bool
		want string
	}{
		{"BRESKA", true, "Breska"},
		{"NEW  YORK", true, "New York"},
		{"JEAN-LUC O'NEIL", true, "Jean-Luc O'neil"},
		{"A", false, "A"},
		{"McDonald", false, "Mcdonald"},
		// a combining mark (a stress mark on a Cyrillic vowel, which has no precomposed
		// form) goes on with its word: not "Влади́Мир"
		{"ВЛАДИ\u0301МИР ПУ\u0301ТИН", true, "Влади\u0301мир Пу\u0301тин"},
	} {
		if got := AllCaps(c.in); got != c.caps {
			t.Errorf("AllCaps(%q) = %v", c.in, got)
		}
		if got := TitleCase(c.in); got != c.want {
			t.Errorf("TitleCase(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
