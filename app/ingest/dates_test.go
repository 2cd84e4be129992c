package ingest

import "testing"

func TestParseDateLine(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" = not a date line; "?" prefix = ambiguous (D/M reading)
	}{
		{"Sunday, 29 Jun 2025", "2025-06-29"},
		{"  • Sunday, 29 Jun 2025", "2025-06-29"},
		{"29 June 2025", "2025-06-29"},
		{"June 29, 2025", "2025-06-29"},
		{"Jun. 29, 2025", "2025-06-29"},
		{"Sept 3, 2025", "2025-09-03"},
		{"March 19, 2024 - 10:45", "2024-03-19T10:45"},
		{"March 19, 2024 - 10:45 By Yonhap", "2024-03-19T10:45"},
		{"NEWSWIRE DAILY - Apr 15, 2026 - 12:41", "2026-04-15T12:41"},
		{"Capital Letters - Apr 15, 2026", ""},
		{"June 30, 2025, 3:05 p.m. KST", "2025-06-30T15:05"},
		{"June 30, 2025 12:10 AM", "2025-06-30T00:10"},
		{"Published: June 30, 2025", "2025-06-30"},
		{"Updated on 1 July 2025 09:00 GMT+9", "2025-07-01T09:00"},
		{"30/06/2025", "2025-06-30"},
		{"06/30/2025", "2025-06-30"},
		{"30.06.2025", "2025-06-30"},
		{"05/05/2025", "2025-05-05"},
		{"2025-06-30", "2025-06-30"},
		{"2025-06-30T10:45:00Z", "2025-06-30T10:45"},
		{"2025-06-30 10:45", "2025-06-30T10:45"},
		{"05/06/2025", "?2025-06-05"},
		// A weekday that contradicts the date is the source's error; the
		// date itself is kept (29 Jun 2025 was a Sunday, this says Monday).
		{"Monday, 29 Jun 2025", "2025-06-29"},
		// An impossible time is dropped, the date kept.
		{"June 30, 2025 - 25:61", "2025-06-30"},
		// Not dates on their own line.
		{"31 February 2025", ""},
		{"31/02/2025", ""},
		{"2025-13-01", ""},
		{"June 30", ""}, // no year
		{"fall 2024", ""},
		{"Moscow, Russia July 9, 2024. REUTERS/Evgenia Novozhenina/File Photo", ""},
		{"signed on June 19, 2024, in Pyongyang.", ""},
		{"An agreement on cultural cooperation was signed for 2025-2027.", ""},
		{"10:45", ""},
		{"", ""},
	}
	for _, tt := range tests {
		p, kind := parseDateLine(tt.in)
		got := ""
		switch kind {
		case fullDate:
			got = p.String()
		case ambiguousDate:
			got = "?" + p.String()
		}
		assertEqual(t, "parseDateLine("+tt.in+")", got, tt.want)
	}
}

func TestResolveNumeric(t *testing.T) {
	p, kind := parseDateLine("05/06/2025")
	if kind != ambiguousDate {
		t.Fatalf("kind = %v, want ambiguous", kind)
	}
	if _, ok := resolveNumeric(p, nil); ok {
		t.Error("resolved without a cue")
	}
	if got, ok := resolveNumeric(p, &monthDay{6, 5}); !ok || got.String() != "2025-06-05" {
		t.Errorf("June 5 cue: got %v %v", got, ok)
	}
	if got, ok := resolveNumeric(p, &monthDay{5, 6}); !ok || got.String() != "2025-05-06" {
		t.Errorf("May 6 cue: got %v %v", got, ok)
	}
	if _, ok := resolveNumeric(p, &monthDay{7, 1}); ok {
		t.Error("resolved with a cue that agrees with neither reading")
	}
}
