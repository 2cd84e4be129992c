package app

import (
	"strings"
	"testing"
)

// originsOf returns an article's origins by origin name.
func originsOf(t *testing.T, svc *Services, articleID int64) map[string]ArticleOrigin {
	t.Helper()
	list, err := svc.Origins.ListForArticle(articleID)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]ArticleOrigin{}
	for _, o := range list {
		out[o.OriginName] = o
	}
	return out
}

// Expected from reading the seeds: 000 names KCNA as the North's state media; 001 has
// it "according to Yonhap, citing the Korean Central News Agency (KCNA)" (so KCNA via
// Yonhap; Yonhap only relays) and is NationPress's own; 002 is Reuters' own copy and
// cites nobody; 003 is Yonhap's and quotes "the North's Korean Central News Agency";
// 004 says "according to North Korea's state-run Korean Central News Agency (KCNA)".
func TestSuggestOriginsOnTheSeeds(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	seeds := seedArticles(t, svc)
	const kcna = "Korean Central News Agency"
	want := map[string]struct {
		origins []string
		via     string // KCNA's via
		cue     string // in KCNA's cue
	}{
		"000": {[]string{kcna}, "", "KCNA"},
		"001": {[]string{kcna}, "Yonhap", "according to Yonhap, citing the Korean Central News Agency (KCNA)"},
		"002": {nil, "", ""},
		"003": {[]string{kcna}, "", "Korean Central News Agency said"},
		"004": {[]string{kcna}, "", "according to North Korea’s state-run Korean Central News Agency (KCNA)"},
	}
	for seed, w := range want {
		list, err := svc.Origins.Suggest(seeds[seed])
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, o := range list {
			got = append(got, o.OriginName)
			if o.State != "suggested" {
				t.Errorf("%s: %s is %s, want suggested", seed, o.OriginName, o.State)
			}
		}
		if strings.Join(got, ",") != strings.Join(w.origins, ",") {
			t.Errorf("%s: origins %v, want %v (%+v)", seed, got, w.origins, list)
			continue
		}
		if len(w.origins) == 0 {
			continue
		}
		o := originsOf(t, svc, seeds[seed])[kcna]
		if o.ViaName != w.via || !strings.Contains(o.Cue, w.cue) || o.Confidence <= 0.5 || o.Origin != originRule {
			t.Errorf("%s: KCNA origin %+v; want via %q, cue containing %q", seed, o, w.via, w.cue)
		}
	}
	// suggesting again changes nothing
	before, _ := svc.Origins.ListForArticle(seeds["001"])
	after, err := svc.Origins.Suggest(seeds["001"])
	if err != nil || len(after) != len(before) {
		t.Fatalf("again: %+v %v", after, err)
	}
}

// The three articles that repeat KCNA (000, 001 via Yonhap, 004) are one origin once each
// mention's chain names KCNA; Reuters' own report (002) is another. Article origins are
// only suggestions: accepting one does not change the count.
func TestClaimOriginsThreeArticlesOneOrigin(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	seeds := seedArticles(t, svc)
	treaty := []struct{ seed, needle string }{
		{"000", "The treaty at the heart of this visit was signed"},
		{"001", "following the mutual defense treaty signed on June 19, 2024"},
		{"004", "Since the two countries sinced a mutual defense treaty last June"},
	}
	var claimID int64
	spans := map[string]int64{}
	for _, m := range treaty {
		a, s, e := articleWith(t, svc, "", m.needle)
		in := MentionInput{NewStatement: "Putin and Kim Jong-un signed a mutual defence treaty in June 2024", ArticleID: a.ID, Start: s, End: e}
		if claimID != 0 {
			in.ClaimID = &claimID
		}
		d, err := svc.Claims.AddMention(in)
		if err != nil {
			t.Fatal(err)
		}
		claimID = d.ID
		spans[m.seed] = mentionIn(t, d, a.ID).SpanID
	}
	kcna := mustSourceIDOrCreate(t, svc, "Korean Central News Agency")
	yonhap := mustSourceIDOrCreate(t, svc, "Yonhap")
	for seed, span := range spans {
		p := MentionPatch{OriginSourceID: &kcna}
		if seed == "001" {
			p.ChannelSourceID = &yonhap
		}
		if _, err := svc.Claims.UpdateMention(span, p); err != nil {
			t.Fatal(err)
		}
	}
	ch, err := svc.Origins.ClaimOrigins(claimID)
	if err != nil {
		t.Fatal(err)
	}
	if ch.Summary != "3 articles, 1 origin: Korean Central News Agency" {
		t.Fatalf("summary %q (%+v)", ch.Summary, ch)
	}
	kc := ch.Origins[0]
	if kc.Kind != "source" || kc.Key == "" || len(kc.Articles) != 3 {
		t.Fatalf("chain: %+v", kc)
	}
	for _, a := range kc.Articles {
		if a.ID == seeds["001"] && chainText(a.Chain) != "NationPress ← Yonhap ← Korean Central News Agency" {
			t.Fatalf("001 came through Yonhap and NationPress: %+v", a)
		}
		if a.ID == seeds["000"] && len(a.Via) != 0 {
			t.Fatalf("000: %+v", a)
		}
	}
	d, _ := svc.Claims.Get(claimID)
	if d.Origins != int64(len(ch.Origins)) || d.Articles != ch.Articles || d.OriginSummary != ch.Summary {
		t.Fatalf("ClaimDetail says %d origins, %d articles", d.Origins, d.Articles)
	}
	// Reuters' own report (002) is a second, independent origin
	a2, s, e := articleWith(t, svc, "Reuters", "with the two leaders signing a treaty")
	d, err = svc.Claims.AddMention(MentionInput{ClaimID: &claimID, ArticleID: a2.ID, Start: s, End: e})
	if err != nil {
		t.Fatal(err)
	}
	own := true
	if _, err := svc.Claims.UpdateMention(mentionIn(t, d, a2.ID).SpanID, MentionPatch{OwnReporting: &own, OriginSourceID: new(int64)}); err != nil {
		t.Fatal(err)
	}
	ch, _ = svc.Origins.ClaimOrigins(claimID)
	if ch.Summary != "4 articles, 2 origins: Korean Central News Agency; Reuters" {
		t.Fatalf("with 002: %q %+v", ch.Summary, ch.Origins)
	}
	list, _ := svc.Claims.List(ClaimFilter{})
	if list[0].Origins != 2 {
		t.Fatalf("list: %+v", list[0])
	}
	// an article origin is a suggestion only: accepting one changes no count
	if _, err := svc.Origins.Suggest(seeds["004"]); err != nil {
		t.Fatal(err)
	}
	if o, ok := originsOf(t, svc, seeds["004"])["Korean Central News Agency"]; ok {
		if _, err := svc.Origins.Accept(o.ID); err != nil {
			t.Fatal(err)
		}
	}
	if ch, _ = svc.Origins.ClaimOrigins(claimID); len(ch.Origins) != 2 {
		t.Fatalf("after accepting an article origin: %+v", ch)
	}
	mustCheck(t, ws)
}

// mustSourceIDOrCreate is the id of the source named name, made (kind agency) if missing.
func mustSourceIDOrCreate(t *testing.T, svc *Services, name string) int64 {
	t.Helper()
	list, _ := svc.Sources.List()
	for _, s := range list {
		if s.Name == name {
			return s.ID
		}
	}
	s, err := svc.Sources.Create(SourceInput{Name: name, Kind: "agency"})
	if err != nil {
		t.Fatal(err)
	}
	return s.ID
}

func TestOriginAddRemoveAndRefusals(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	seeds := seedArticles(t, svc)
	tass, err := svc.Sources.Create(SourceInput{Name: "TASS", Kind: "state_media"})
	if err != nil {
		t.Fatal(err)
	}
	var reuters Source
	srcs, _ := svc.Sources.List()
	for _, s := range srcs {
		if s.Name == "Reuters" {
			reuters = s
		}
	}
	o, err := svc.Origins.Add(OriginInput{ArticleID: seeds["000"], OriginSourceID: tass.ID, ViaSourceID: &reuters.ID, Cue: "analyst's call"})
	if err != nil {
		t.Fatal(err)
	}
	if o.State != "accepted" || o.Origin != "analyst" || o.ViaName != "Reuters" || o.OriginName != "TASS" {
		t.Fatalf("added: %+v", o)
	}
	if err := svc.Origins.Remove(o.ID); err != nil {
		t.Fatal(err)
	}
	if _, ok := originsOf(t, svc, seeds["000"])["TASS"]; ok {
		t.Fatal("removed origin still listed")
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := originsOf(t, svc, seeds["000"])["TASS"]; got.ID != o.ID || got.ViaName != "Reuters" {
		t.Fatalf("undo remove: %+v", got)
	}
	// a rejected origin is not suggested again
	kc := originsOf(t, svc, seeds["004"])["Korean Central News Agency"]
	if _, err := svc.Origins.Reject(kc.ID); err != nil {
		t.Fatal(err)
	}
	svc.Origins.Suggest(seeds["004"])
	if got := originsOf(t, svc, seeds["004"])["Korean Central News Agency"]; got.State != "rejected" {
		t.Fatalf("re-suggested: %+v", got)
	}
	_, err = svc.Origins.ListForArticle(999)
	wantCode(t, err, CodeNotFound, "article 999")
	_, err = svc.Origins.Suggest(999)
	wantCode(t, err, CodeNotFound, "article 999")
	_, err = svc.Origins.Accept(999)
	wantCode(t, err, CodeNotFound, "origin 999")
	wantCode(t, svc.Origins.Remove(999), CodeNotFound, "origin 999")
	_, err = svc.Origins.Add(OriginInput{ArticleID: seeds["000"], OriginSourceID: 999})
	wantCode(t, err, CodeNotFound, "source 999")
	_, err = svc.Origins.Add(OriginInput{ArticleID: seeds["000"], OriginSourceID: tass.ID, ViaSourceID: &tass.ID})
	wantCode(t, err, CodeInvalid, "relayed by itself")
	_, err = svc.Origins.Add(OriginInput{ArticleID: seeds["002"], OriginSourceID: reuters.ID})
	wantCode(t, err, CodeInvalid, "own outlet")
	_, err = svc.Origins.ClaimOrigins(999)
	wantCode(t, err, CodeNotFound, "claim 999")
}
