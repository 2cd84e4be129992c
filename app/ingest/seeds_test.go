package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestSeeds is the acceptance test: the five sample articles shipped with
// Claimdesk (copies of ../shared/seeds, so CI does not depend on it).
func TestSeeds(t *testing.T) {
	tests := []struct {
		file        string
		title       string
		outlet      string
		publishedAt string
		byline      string
		cites       []string
		bodyStart   string // what Body begins with, to pin BodyOffset
		bodyOffset  int
		bodyEnd     string // what Body ends with, when the file goes on after the story
	}{
		{
			file:        "000_b3b08793afee1b92.txt",
			title:       "Russian Culture Minister Visits North Korea Amid Deepening Ties",
			outlet:      "", // none stated
			publishedAt: "", // only relative dates ("on Saturday", "June of last year")
			cites:       []string{"Korean Central News Agency"},
			bodyStart:   "- Russian Culture Minister Olga Lyubimova visits North Korea.",
			bodyOffset:  65,
		},
		{
			file:        "001_e444e9a1ed229513.txt",
			title:       "What Did North Korea's Kim Jong-un Discuss with Russian Culture Minister?",
			outlet:      "NationPress", // dateline "Seoul, June 30 (NationPress)" and footer
			publishedAt: "2025-06-30",  // footer "30/06/2025" next to "NationPress"
			cites:       []string{"Yonhap", "Korean Central News Agency"},
			bodyStart:   "Click to start listening\n",
			bodyOffset:  75,
		},
		{
			file:        "002_ce3785d345ddf9d0.txt",
			title:       "Russian culture minister in North Korea praises 'unprecedented' cooperation",
			outlet:      "Reuters",    // "(Reuters) -" and "(Reporting by Reuters; ...)"
			publishedAt: "2025-06-29", // "• Sunday, 29 Jun 2025", not the caption's "July 9, 2024"
			cites:       []string{},   // REUTERS/... is the outlet's own photo credit
			bodyStart:   "  • World\n",
			bodyOffset:  78,
			bodyEnd:     "Kursk region.\n\n(Reporting by Reuters; Editing by Sandra Maler)",
		},
		{
			file:        "003_894f7f2f22c13c32.txt",
			title:       "Russian cultural delegation visits N. Korea amid deepening ties", // after "From", "Send to"
			outlet:      "Yonhap",                                                          // "... - 10:45 By Yonhap"
			publishedAt: "2024-03-19T10:45",
			cites:       []string{"Korean Central News Agency"},
			bodyStart:   "March 19, 2024 - 10:45 By Yonhap\n",
			bodyOffset:  79,
		},
		{
			file:        "004_4a9b0e748a88a5c0.txt",
			title:       "Kim Jong-un meets Russian culture minister amid deepening North Korea-Russia ties",
			outlet:      "",
			publishedAt: "", // "June 29", "fall 2024" are events, not publication
			cites:       []string{"Korean Central News Agency"},
			bodyStart:   "North Korean leader Kim Jong-un met with Russian Culture Minister",
			bodyOffset:  82,
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "seeds", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			d, err := Decode(raw, "")
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			assertEqual(t, "Encoding", d.Encoding, EncUTF8)
			text := Normalize(d.Text)
			a := ParsePlainText(text)

			assertEqual(t, "Title", a.Title, tt.title)
			assertEqual(t, "Outlet", a.Outlet, tt.outlet)
			assertEqual(t, "PublishedAt", a.PublishedAt, tt.publishedAt)
			assertEqual(t, "Byline", a.Byline, tt.byline)
			assertEqual(t, "Cites", a.Cites, tt.cites)
			assertEqual(t, "BodyOffset", a.BodyOffset, tt.bodyOffset)
			if !strings.HasPrefix(a.Body, tt.bodyStart) {
				t.Errorf("Body starts %q, want %q", firstN(a.Body, 60), tt.bodyStart)
			}
			// The body is the file from BodyOffset on, up to the wire sign-off
			// when there is one: 002's "Next In World" headlines after it are the
			// page's, not the story's.
			rest := cpSlice(text, a.BodyOffset)
			assertEqual(t, "Body", a.Body, strings.TrimRightFunc(rest[:storyEnd(rest)], unicode.IsSpace))
			if tt.bodyEnd != "" && !strings.HasSuffix(a.Body, tt.bodyEnd) {
				t.Errorf("Body ends %q, want %q", a.Body[max(0, len(a.Body)-60):], tt.bodyEnd)
			}
			if a.Outlet != "" && contains(a.Cites, a.Outlet) {
				t.Errorf("outlet %q must not be in Cites %q", a.Outlet, a.Cites)
			}
		})
	}
}

func firstN(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestSeedCopiesMatchShared guards against the test copies drifting from
// the shared corpus; it is skipped where ../shared is absent (CI).
func TestSeedCopiesMatchShared(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared", "seeds")
	files, _ := filepath.Glob(filepath.Join(shared, "*.txt"))
	if len(files) == 0 {
		t.Skip("shared seeds not present")
	}
	for _, f := range files {
		want, _ := os.ReadFile(f)
		got, err := os.ReadFile(filepath.Join("testdata", "seeds", filepath.Base(f)))
		if err != nil {
			t.Errorf("missing test copy of %s", filepath.Base(f))
			continue
		}
		if string(got) != string(want) {
			t.Errorf("testdata copy of %s differs from the shared seed", filepath.Base(f))
		}
	}
}
