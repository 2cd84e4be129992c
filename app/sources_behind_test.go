package app

import "testing"

// A source that published no article but stands behind a claim's mentions (the origin
// named, or the channel it came through) counts that claim; the outlet counts its article
// and, unless named further along a chain, no claim (uxwalk3's finding 15: "Articles 0"
// was all the Sources view said of an agency behind three mentions).
func TestSourcesCountTheClaimsTheyStandBehind(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	const quote = "the toll bridge will close for a year"
	a, s, e := pasteOne(t, svc, PastedArticle{Title: "Bridge to close", Outlet: "Ferrow Gazette", PublishedAt: "2026-05-02",
		Body: "Commuters heard that " + quote + ".\n"}, quote)
	d, err := svc.Claims.AddMention(MentionInput{NewStatement: "The toll bridge will close for a year", ArticleID: a.ID, Start: s, End: e, Quote: quote})
	if err != nil {
		t.Fatal(err)
	}
	board, err := svc.Sources.Create(SourceInput{Name: "Roads Board", Kind: "government"})
	if err != nil {
		t.Fatal(err)
	}
	agency, err := svc.Sources.Create(SourceInput{Name: "Ferrow Press Agency", Kind: "agency"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err = svc.Claims.UpdateMention(d.Mentions[0].SpanID, MentionPatch{OriginSourceID: &board.ID, ChannelSourceID: &agency.ID}); err != nil {
		t.Fatal(err)
	}
	list, err := svc.Sources.List()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][2]int64{}
	for _, src := range list {
		got[src.Name] = [2]int64{src.Articles, src.Claims}
	}
	want := map[string][2]int64{"Ferrow Gazette": {1, 0}, "Roads Board": {0, 1}, "Ferrow Press Agency": {0, 1}}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: articles, claims = %v; want %v (all: %v)", name, got[name], w, got)
		}
	}
	// a speaker who speaks for a body puts the claim behind that body too
	council, err := svc.Sources.Create(SourceInput{Name: "Ferrow Council", Kind: "government"})
	if err != nil {
		t.Fatal(err)
	}
	clerk, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Ansa Roe"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.SetSpeaksFor(clerk.ID, council.ID); err != nil {
		t.Fatal(err)
	}
	if _, err = svc.Claims.UpdateMention(d.Mentions[0].SpanID, MentionPatch{SpeakerEntityID: &clerk.ID}); err != nil {
		t.Fatal(err)
	}
	if list, err = svc.Sources.List(); err != nil {
		t.Fatal(err)
	}
	for _, src := range list {
		if src.Name == "Ferrow Council" && src.Claims != 1 {
			t.Errorf("the body the speaker speaks for counts %d claims; want 1", src.Claims)
		}
	}
	one, err := svc.Sources.Update(board.ID, SourcePatch{Reliability: ptr("B")})
	if err != nil {
		t.Fatal(err)
	}
	if one.Claims != 1 {
		t.Errorf("the source as saved counts %d claims; want 1", one.Claims)
	}
}
