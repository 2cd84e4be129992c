package app

import (
	"strings"
	"testing"
)

// Attack left by ratk7: the article search read a run of Chinese, Japanese or Thai as
// one token (unicode61), so a word typed from inside a sentence found nothing in the
// articles, the claims or the notes. It is found where it stands now, as the claims
// filter finds it (one reading: writtenWithoutSpaces). Every text is written here.
func TestSearchFindsAWordOfAScriptWithoutSpaces(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	japanese := "知事の会見\n\n東京都知事は記者会見で三百人が避難したと述べた。港の harbour は閉鎖された。"
	chinese := "渡轮停航\n\n港口官员称渡轮停航三天，乘客改乘大巴。"
	thai := "ข่าวท่าเรือ\n\nผู้ว่าราชการกล่าวว่ามีผู้อพยพสามร้อยคน"
	ja := importText(t, svc, "tokyo.txt", japanese)
	zh := importText(t, svc, "ferry.txt", chinese)
	th := importText(t, svc, "port.txt", thai)
	claimID := insertClaim(t, ws, "港口官员称渡轮停航", "乘客改乘大巴待核实")
	a, err := svc.Articles.Get(th)
	if err != nil {
		t.Fatal(err)
	}
	start := int64(len([]rune(a.Body[:strings.Index(a.Body, "ผู้ว่า")])))
	note, err := svc.Spans.Create(SpanInput{ArticleID: th, Kind: "note", Start: start, End: start + 3, Quote: string([]rune(a.Body)[start : start+3]),
		Note: "โฆษกกล่าวซ้ำในวันถัดไป"})
	if err != nil {
		t.Fatal(err)
	}

	articlesFound := func(query string) []SearchHit {
		hits, err := svc.Search.Search(query, 50)
		if err != nil {
			t.Fatalf("%q: %v", query, err)
		}
		var out []SearchHit
		for _, h := range hits {
			if h.Kind == "article" {
				out = append(out, h)
			}
		}
		return out
	}
	for _, tc := range []struct {
		query string
		want  int64
		word  string // the word the offsets must cover
	}{
		{"知事", ja, "知事"}, {"記者会見 避難", ja, "記者会見"}, {"東京都", ja, "東京都"},
		{"官员", zh, "官员"}, {"渡轮 停航", zh, "渡轮"},
		{"กล่าว", th, "กล่าว"}, {"อพยพ", th, "อพยพ"},
		{"harbour 知事", ja, "知事"}, // the other words through FTS5, both in the article
		{"知事 harb", ja, "知事"},    // the last Latin word still a prefix
	} {
		hits := articlesFound(tc.query)
		if len(hits) != 1 || hits[0].ID != tc.want {
			t.Errorf("%q finds articles %+v; want article %d", tc.query, hits, tc.want)
			continue
		}
		h := hits[0]
		body, _ := svc.Articles.Get(h.ID)
		if h.Start == nil || h.End == nil || string([]rune(body.Body)[*h.Start:*h.End]) != tc.word {
			t.Errorf("%q: offsets %v–%v do not cover %q", tc.query, h.Start, h.End, tc.word)
		}
		if !strings.Contains(h.Snippet, marked(tc.word)) {
			t.Errorf("%q: snippet %q does not mark %q", tc.query, h.Snippet, tc.word)
		}
	}
	for _, none := range []string{"知事 官员", "ferry 官员", "知事会"} {
		if hits := articlesFound(none); len(hits) != 0 {
			t.Errorf("%q finds %+v; want none (every word must be there)", none, hits)
		}
	}

	// Claims (statement and note) and the analyst's notes on spans read the same way.
	hits, err := svc.Search.Search("大巴", 50)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int64{}
	for _, h := range hits {
		kinds[h.Kind] = h.ID
	}
	if kinds["claim"] != claimID || kinds["article"] != zh {
		t.Errorf("大巴: %+v; want the ferry article and claim %d (its note)", hits, claimID)
	}
	hits, err = svc.Search.Search("ซ้ำ", 50)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].Kind != "note" || hits[0].ID != note.ID || *hits[0].Start != start || !strings.Contains(hits[0].Snippet, marked("ซ้ำ")) {
		t.Errorf("ซ้ำ: %+v; want the note %d", hits, note.ID)
	}
}

// A word held apart never reaches FTS5, inside quotes or with a star; the rest does.
func TestFTSQueryApartHoldsUnspacedWords(t *testing.T) {
	for in, want := range map[string][2]string{
		"知事":                {"", "知事"},
		"harbour 知事":        {`"harbour"*`, "知事"},
		`"東京都 harbour" 知事*`: {`"harbour"`, "東京都,知事"},
		"知事 知事 ferry":       {`("ferry"* OR "ferri"*)`, "知事"},
		"culture min":       {`"culture"* "min"*`, ""},
	} {
		fts, held := ftsQueryApart(in, writtenWithoutSpaces)
		if fts != want[0] || strings.Join(held, ",") != want[1] {
			t.Errorf("ftsQueryApart(%q) = %s, %v; want %s, %s", in, fts, held, want[0], want[1])
		}
	}
}

// An article picker's type-ahead (ArticleService.Find) reads the title the same way.
func TestArticleFindReadsAWordOfAScriptWithoutSpaces(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	zh := importText(t, svc, "ferry.txt", "港口官员称渡轮停航\n\n乘客改乘大巴。")
	importText(t, svc, "quay.txt", "Harbour quay reopens\n\nThe quay reopened on Friday.")
	for query, want := range map[string]int64{"官员": zh, "渡轮 停航": zh, "官员 harbour": 0, "知事": 0} {
		got, err := svc.Articles.Find(query, 10)
		if err != nil {
			t.Fatal(err)
		}
		if (want == 0 && len(got) != 0) || (want != 0 && (len(got) != 1 || got[0].ID != want)) {
			t.Errorf("Find(%q) = %+v; want article %d", query, got, want)
		}
	}
	if got, _ := svc.Articles.Find("harb", 10); len(got) != 1 || got[0].Title != "Harbour quay reopens" {
		t.Errorf("Find(harb) = %+v", got)
	}
}
