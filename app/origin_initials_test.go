package app

import "testing"

// Two reports written for this test (an invented storm): a wire names the rescue service
// in full, a local radio by its initials, and neither says that one is the other. One
// claim's mentions rest on one origin, in whichever order they are marked.
const (
	rescueWire = `Storm floods Harlsted

HARLSTED, March 3 (Reuters) - Forty homes lost power in a storm on Monday night, Brekke Valley Fire and Rescue said.`
	rescueRadio = `Night of the storm

Crews pumped water from cellars until dawn. Forty homes were left without power, BVFR said on Tuesday.`
	otherRadio = `Night of the storm

Crews pumped water from cellars until dawn. Forty homes were left without power, BVRS said on Tuesday.`
)

func TestInitialsAndFullNameAreOneOrigin(t *testing.T) {
	for _, order := range []string{"full name first", "initials first"} {
		_, svc := MustOpenWorkspace(t, true)
		wire := importText(t, svc, "wire.txt", rescueWire)
		radio := importText(t, svc, "radio.txt", rescueRadio)
		body := func(id int64) string { return article(t, svc, id).Body }
		var d ClaimDetail
		if order == "full name first" {
			d = mentionOf(t, svc, nil, wire, body(wire), "Forty homes lost power in a storm on Monday night")
			d = mentionOf(t, svc, &d.ID, radio, body(radio), "Forty homes were left without power")
		} else {
			d = mentionOf(t, svc, nil, radio, body(radio), "Forty homes were left without power")
			d = mentionOf(t, svc, &d.ID, wire, body(wire), "Forty homes lost power in a storm on Monday night")
		}
		if d.Origins != 1 {
			for _, m := range d.Mentions {
				t.Logf("%q: root %q", m.Quote, m.OriginName)
			}
			t.Errorf("%s: %d origins, want 1", order, d.Origins)
		}
	}
	// initials that do not spell the name are another body: two origins
	_, svc := MustOpenWorkspace(t, true)
	wire := importText(t, svc, "wire.txt", rescueWire)
	other := importText(t, svc, "other.txt", otherRadio)
	body := func(id int64) string { return article(t, svc, id).Body }
	d := mentionOf(t, svc, nil, wire, body(wire), "Forty homes lost power in a storm on Monday night")
	d = mentionOf(t, svc, &d.ID, other, body(other), "Forty homes were left without power")
	if d.Origins != 2 {
		t.Errorf("other initials: %d origins, want 2", d.Origins)
	}
}
