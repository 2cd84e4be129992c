package app

import "testing"

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
