package app

import "testing"

// Two reports written for this test (an invented flood): a wire names the body in full,
// a weekly by its short name. One claim's mentions: one origin, by the full name.
const (
	greenCrossWire = `Floods kill nine in Zambia

GENEVA, Jan 9 (Reuters) - Nine people died in floods in southern Zambia, the Zambian Green Cross Society said on Friday.`
	greenCrossWeekly = `Counting the drowned fields

By A. Writer

The count is disputed. The Green Cross, whose volunteers went from one flooded farm to the next by boat, counts nine dead.`
)

func TestShortBodyNameTakesTheFullOneOfAnotherArticle(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	wire := importText(t, svc, "wire.txt", greenCrossWire)
	weekly := importText(t, svc, "weekly.txt", greenCrossWeekly)
	body := func(id int64) string { return article(t, svc, id).Body }
	d := mentionOf(t, svc, nil, wire, body(wire), "Nine people died in floods in southern Zambia")
	d = mentionOf(t, svc, &d.ID, weekly, body(weekly), "counts nine dead")
	if d.Origins != 1 {
		t.Errorf("%d origins, want 1", d.Origins)
	}
	for _, m := range d.Mentions {
		if m.OriginName != "Zambian Green Cross Society" {
			t.Errorf("%q: root %q, want the full name", m.Quote, m.OriginName)
		}
	}
}
