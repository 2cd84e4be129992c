package app

import (
	"strings"
	"testing"

	"claimdesk/app/match"
)

// A wire story written for this test (an invented bridge collapse): its lead tells the
// collapse and the toll in Reuters' voice; the toll is given a source further down, the
// collapse is not.
const leadStory = `Bridge collapse kills four in Zambia

LUSAKA, May 2 (Reuters) - A road bridge over the Kafue river collapsed on Friday, killing four people and cutting the main road south.

Four people were killed when two trucks fell into the river, the Ministry of Transport said in a statement.

Traffic was diverted through Mazabuka.`

// mentionOf marks quote of article articleID into claim (nil: a new claim).
func mentionOf(t *testing.T, svc *Services, claim *int64, articleID int64, body, quote string) ClaimDetail {
	t.Helper()
	i := strings.Index(body, quote)
	if i < 0 {
		t.Fatalf("%q not in the body", quote)
	}
	start := int64(len([]rune(body[:i])))
	d, err := svc.Claims.AddMention(MentionInput{ClaimID: claim, ArticleID: articleID, Start: start, End: start + int64(len([]rune(quote))), Quote: quote})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestLeadRestatedBelowAddsNoOrigin(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	id := importText(t, svc, "bridge.txt", leadStory)
	art := article(t, svc, id)
	if art.Source != "Reuters" {
		t.Fatalf("outlet %q, want Reuters (the dateline)", art.Source)
	}
	// the toll: the lead alone is Reuters' own reporting, one origin
	toll := mentionOf(t, svc, nil, id, art.Body, "killing four people")
	if toll.Origins != 1 || !toll.Mentions[0].OwnReporting {
		t.Fatalf("lead alone: %d origins, own reporting %v; want 1, true", toll.Origins, toll.Mentions[0].OwnReporting)
	}
	// the ministry gives the toll below: the lead restates it and adds no origin
	toll = mentionOf(t, svc, &toll.ID, id, art.Body, "Four people were killed when two trucks fell into the river")
	if toll.Origins != 1 {
		t.Errorf("toll with its source below: %d origins, want 1 (the ministry's)", toll.Origins)
	}
	for _, m := range toll.Mentions {
		if m.Quote == "killing four people" && (m.OwnReporting || m.OriginKey != "") {
			t.Errorf("the lead still counts: own %v, root %q", m.OwnReporting, m.OriginName)
		}
		if m.Quote != "killing four people" && m.OriginName != match.GovernmentName("Zambia") {
			t.Errorf("the ministry's mention: root %q", m.OriginName)
		}
	}
	// undo gives the lead its own reporting back
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	back, err := svc.Claims.Get(toll.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Mentions) != 1 || !back.Mentions[0].OwnReporting {
		t.Errorf("after undo: %+v", back.Mentions)
	}
	// marked after the attributed mention, the lead is read as restating it at once
	traffic := mentionOf(t, svc, nil, id, art.Body, "Four people were killed when two trucks fell into the river")
	traffic = mentionOf(t, svc, &traffic.ID, id, art.Body, "killing four people")
	if traffic.Origins != 1 {
		t.Errorf("lead marked second: %d origins, want 1", traffic.Origins)
	}
	// a lead nobody below attributes stays the outlet's own
	collapse := mentionOf(t, svc, nil, id, art.Body, "A road bridge over the Kafue river collapsed on Friday")
	if collapse.Origins != 1 || collapse.Mentions[0].OriginName != "Reuters" {
		t.Errorf("collapse: %d origins, root %q; want 1, Reuters", collapse.Origins, collapse.Mentions[0].OriginName)
	}
}

// The analyst gives the later mention its speaker: the lead above it restates it too.
func TestLeadRestatedByAnAnalystsSpeaker(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	id := importText(t, svc, "bridge.txt", leadStory)
	art := article(t, svc, id)
	minister, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Grace Mwale"})
	if err != nil {
		t.Fatal(err)
	}
	toll := mentionOf(t, svc, nil, id, art.Body, "killing four people")
	quote := "Four people were killed when two trucks fell into the river"
	i := strings.Index(art.Body, quote)
	start := int64(len([]rune(art.Body[:i])))
	toll, err = svc.Claims.AddMention(MentionInput{ClaimID: &toll.ID, ArticleID: id, Start: start, End: start + int64(len([]rune(quote))), Quote: quote, SpeakerEntityID: &minister.ID})
	if err != nil {
		t.Fatal(err)
	}
	if toll.Origins != 1 {
		t.Errorf("%d origins, want 1 (the minister's)", toll.Origins)
	}
	for _, m := range toll.Mentions {
		if m.Quote == "killing four people" && m.OwnReporting {
			t.Errorf("the lead still counts as Reuters' own")
		}
	}
}

// The mention below that gave the lead's claim its source is removed, deleted from the
// reader, or has its attribution cleared: the lead is the outlet's own reporting again
// (it stayed unattributed, the claim an origin short: left last session).
func TestLeadRegainsItsOwnReportingWhenTheSourceBelowGoes(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	id := importText(t, svc, "bridge.txt", leadStory)
	art := article(t, svc, id)
	const lead, below = "killing four people", "Four people were killed when two trucks fell into the river"
	leadOf := func(d ClaimDetail) Mention {
		for _, m := range d.Mentions {
			if m.Quote == lead {
				return m
			}
		}
		t.Fatalf("no lead mention in %+v", d.Mentions)
		return Mention{}
	}
	belowOf := func(d ClaimDetail) Mention {
		for _, m := range d.Mentions {
			if m.Quote == below {
				return m
			}
		}
		t.Fatalf("no mention below in %+v", d.Mentions)
		return Mention{}
	}
	toll := mentionOf(t, svc, nil, id, art.Body, lead)
	toll = mentionOf(t, svc, &toll.ID, id, art.Body, below)
	if leadOf(toll).OwnReporting {
		t.Fatal("the lead still counts with its source below")
	}
	// 1. removed from the claim page
	d, err := svc.Claims.RemoveMention(belowOf(toll).SpanID)
	if err != nil {
		t.Fatal(err)
	}
	if m := leadOf(d); !m.OwnReporting || d.Origins != 1 || m.OriginName != "Reuters" {
		t.Errorf("after removing the mention below: own %v, root %q, %d origins; want Reuters' own reporting, 1", m.OwnReporting, m.OriginName, d.Origins)
	}
	// undo: the mention below is back and the lead restates it again
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if d, _ = svc.Claims.Get(toll.ID); leadOf(d).OwnReporting || len(d.Mentions) != 2 {
		t.Errorf("after undo: %+v", d.Mentions)
	}
	// 2. the analyst clears the mention below's attribution
	none := int64(0)
	if d, err = svc.Claims.UpdateMention(belowOf(d).SpanID, MentionPatch{OriginSourceID: &none, SpeakerEntityID: &none, ChannelSourceID: &none}); err != nil {
		t.Fatal(err)
	}
	if !leadOf(d).OwnReporting {
		t.Errorf("after clearing the source below: the lead is still unattributed")
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	// 3. the mention's span deleted in the reader
	d, _ = svc.Claims.Get(toll.ID)
	if err := svc.Spans.Delete(belowOf(d).SpanID); err != nil {
		t.Fatal(err)
	}
	if d, _ = svc.Claims.Get(toll.ID); len(d.Mentions) != 1 || !leadOf(d).OwnReporting {
		t.Errorf("after deleting the span below: %+v", d.Mentions)
	}
}
