package app

import (
	"fmt"
	"strings"
	"testing"
)

// An origin the reader gives as an organisation named by initials ("PTI said" in a
// Pakistani story: the party) is stored under that name: the sources table's reading of
// initials as agencies (OutletByName: "PTI" is the Press Trust of India) is for outlet and
// source fields, not for a speaker the reader has already judged no agency.
func TestMentionOriginInitialsStayTheSpeaker(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	importText(t, svc, "march.txt", "March to go ahead\n\nISLAMABAD (Reuters) - The march will go ahead on Friday, PTI said.\n")
	a, s, e := articleWith(t, svc, "", "The march will go ahead on Friday")
	d, err := svc.Claims.AddMention(MentionInput{
		NewStatement: "The march goes ahead on Friday", ArticleID: a.ID, Start: s, End: e,
		Quote: "The march will go ahead on Friday",
	})
	if err != nil {
		t.Fatal(err)
	}
	if m := mentionIn(t, d, a.ID); m.OriginName != "PTI" {
		t.Errorf("origin %q, want PTI (the party that spoke, not the Indian agency): %+v", m.OriginName, m)
	}
	for _, src := range mustSources(t, svc) {
		if src.Name == "Press Trust of India" {
			t.Errorf("an Indian agency was added to the sources: %+v", src)
		}
	}
	mustCheck(t, ws)
}

func mustSources(t *testing.T, svc *Services) []Source {
	t.Helper()
	list, err := svc.Sources.List()
	if err != nil {
		t.Fatal(err)
	}
	return list
}

// Punjab is a state of India and a province of Pakistan: a claim reported by each
// Punjab's government (an Amritsar story and a Lahore one) has two independent origins,
// not one source "Government of Punjab" standing for both.
func TestTwoPunjabsAreTwoOrigins(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	const quote = "India released water from the Madhopur headworks on Tuesday"
	d := claimFromTwo(t, svc, quote,
		"LAHORE, Aug 26 (Reuters) - "+quote+", Punjab government officials said.",
		"AMRITSAR, Aug 26 (Reuters) - "+quote+", the Punjab irrigation department said.")
	if d.Origins != 2 {
		t.Errorf("origins %d (%v), want 2: India's Punjab and Pakistan's", d.Origins, originNames(d))
	}
	mustCheck(t, ws)
}

// Georgia is a country and a US state: the state's officials in an Atlanta story and the
// country's in a Tbilisi one are two origins, and the state's are not the country's.
func TestGeorgiaTheStateIsNotTheCountry(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	const quote = "The pipeline shipment left the port on Monday"
	d := claimFromTwo(t, svc, quote,
		"ATLANTA, Aug 26 (Reuters) - "+quote+", Georgia officials said.",
		"TBILISI, Aug 26 (Reuters) - "+quote+", Georgian officials said.")
	if d.Origins != 2 {
		t.Errorf("origins %d (%v), want 2: the US state's government and the country's", d.Origins, originNames(d))
	}
	mustCheck(t, ws)
}

// claimFromTwo imports two stories (each a title and the paragraph given) and makes a
// claim of quote with a mention in each.
func claimFromTwo(t *testing.T, svc *Services, quote string, paragraphs ...string) ClaimDetail {
	t.Helper()
	var d ClaimDetail
	for i, p := range paragraphs {
		id := importText(t, svc, fmt.Sprintf("story%d.txt", i), fmt.Sprintf("Story %d\n\n%s\n", i, p))
		a, err := svc.Articles.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		at := strings.Index(a.Body, quote)
		in := MentionInput{ArticleID: a.ID, Quote: quote, Start: int64(len([]rune(a.Body[:at])))}
		in.End = in.Start + int64(len([]rune(quote)))
		if i == 0 {
			in.NewStatement = quote
		} else {
			in.ClaimID = &d.ID
		}
		if d, err = svc.Claims.AddMention(in); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

func originNames(d ClaimDetail) []string {
	var out []string
	for _, m := range d.Mentions {
		out = append(out, m.OriginName)
	}
	return out
}

// An outlet the analyst types as a lower-case word ("app", "map", "rss") is no agency's
// initials: the article keeps the name typed, and no agency is added to the sources.
func TestOutletTypedInLowerCaseKeepsItsName(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	id := importText(t, svc, "feed.txt", "Feed item\n\nThe ferry service resumes on Monday.\n")
	for _, typed := range []string{"app", "map", "rss", "aa"} {
		a, err := svc.Articles.Update(id, ArticleUpdate{Outlet: typed})
		if err != nil {
			t.Fatal(err)
		}
		if a.Source != typed {
			t.Errorf("outlet typed %q stored as %q", typed, a.Source)
		}
	}
	for _, src := range mustSources(t, svc) {
		switch src.Name {
		case "Associated Press of Pakistan", "Maghreb Arabe Presse", "Rastriya Samachar Samiti", "Anadolu Agency":
			t.Errorf("an agency was added to the sources: %+v", src)
		}
	}
	// capitals where an outlet is expected are the agency's initials, as before
	if a, err := svc.Articles.Update(id, ArticleUpdate{Outlet: "PTI"}); err != nil || a.Source != "Press Trust of India" {
		t.Errorf("PTI: %+v %v", a.Source, err)
	}
	mustCheck(t, ws)
}
