package reading

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestDatelines reads every dateline of testdata/datelines.txt: place, outlet, date and
// region; a place of "!" means the paragraph must not be read as a dateline.
func TestDatelines(t *testing.T) {
	f, err := os.Open("testdata/datelines.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	total, right := 0, 0
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "|")
		if len(c) != 6 {
			t.Fatalf("line %d: %d fields", n, len(c))
		}
		for i := range c {
			c[i] = strings.TrimSpace(c[i])
		}
		ref := c[1]
		if ref == "-" {
			ref = ""
		}
		total++
		d, ok := ReadDateline(c[0], ref)
		if c[2] == "!" {
			if ok {
				t.Errorf("line %d %q: read as a dateline %+v", n, c[0], d)
				continue
			}
			right++
			continue
		}
		outlet := ""
		if d.Outlet != nil {
			outlet = d.Outlet.Name
		}
		date := d.Date
		if date == "" {
			date = "-"
		}
		if !ok || d.Place != c[2] || outlet != c[3] || date != c[4] || d.Region != c[5] {
			t.Errorf("line %d %q: got ok=%v place %q outlet %q date %s region %q; want %q %q %s %q", n, c[0], ok, d.Place, outlet, date, d.Region, c[2], c[3], c[4], c[5])
			continue
		}
		if rest := c[0][len(string([]rune(c[0])[:d.Len])):]; rest == "" || !strings.ContainsAny(rest[:1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			t.Errorf("line %d: the dateline should end where the story starts, rest %q", n, rest)
		}
		right++
	}
	t.Logf("datelines: %d of %d read right", right, total)
}

// TestDatelineCityHasALengthCap: a run of capitals longer than any city's name is not read
// as a place (a table of capitals or a pasted code would otherwise become the article's
// place, and the reading's cost would grow with it); the longest real names still are.
func TestDatelineCityHasALengthCap(t *testing.T) {
	long := strings.Repeat("X", 5000)
	if d, ok := ReadDateline(long+" — Nothing follows.", ""); ok {
		t.Fatalf("a 5,000-letter word read as a dateline, place %d code points", len([]rune(d.Place)))
	}
	if d, ok := ReadDateline("ALPHA BETA GAMMA DELTA "+long+" — Words.", ""); ok && len([]rune(d.Place)) > 200 {
		t.Fatalf("place of %d code points", len([]rune(d.Place)))
	}
	// a Welsh village with one of the longest names in use (58 letters)
	const welsh = "LLANFAIRPWLLGWYNGYLLGOGERYCHWYRNDROBWLLLLANTYSILIOGOGOGOCH"
	d, ok := ReadDateline(welsh+", Wales (Reuters) - Rain fell.", "")
	if !ok || strings.ToUpper(d.Place) != welsh {
		t.Fatalf("the longest place name: ok=%v place %q", ok, d.Place)
	}
}
