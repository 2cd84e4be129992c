package app

import (
	"testing"

	"claimdesk/app/match"
)

// A wire story written for this test: a minister quoted by another agency, a claim the
// outlet could not verify, hearsay, and a role speaking. The readings of the attribution
// bench (app/match/testdata/attribution-bench) reach the claim page through AddMention on
// a real workspace: the chain, the count and the stance.
const quotedStory = `Grain exports to be limited, minister says

MOSCOW, March 3 (Reuters) - Grain exports will be limited from April, Agriculture Minister Pavel Orlov was quoted by TASS as saying on Monday.

Reuters was unable to verify the claim that 40 ships had been held at Novorossiysk. There have been reports that the quota would be cut again in May.

The harbour master confirmed that the port was open.`

func TestAttributionGrammarOnTheClaimPage(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	id := importText(t, svc, "grain.txt", quotedStory)
	art := article(t, svc, id)

	limit := mentionOf(t, svc, nil, id, art.Body, "Grain exports will be limited from April")
	m := limit.Mentions[0]
	if m.OriginName != match.GovernmentName("Russia") || m.ChannelName != "TASS" || limit.Origins != 1 {
		t.Errorf("quoted by TASS: root %q via %q, %d origins; want the Russian government via TASS, 1", m.OriginName, m.ChannelName, limit.Origins)
	}
	if m.Stance != match.StanceAsserts {
		t.Errorf("the minister's statement: stance %s", m.Stance)
	}

	ships := mentionOf(t, svc, nil, id, art.Body, "40 ships had been held at Novorossiysk")
	if s := ships.Mentions[0].Stance; s != match.StanceUnconfirmed {
		t.Errorf("'unable to verify the claim that' left out of the mark: stance %s, want unconfirmed", s)
	}
	quota := mentionOf(t, svc, nil, id, art.Body, "the quota would be cut again in May")
	if s := quota.Mentions[0].Stance; s != match.StanceUnconfirmed {
		t.Errorf("hearsay: stance %s, want unconfirmed", s)
	}
	port := mentionOf(t, svc, nil, id, art.Body, "the port was open")
	if n := port.Mentions[0].OriginName; n != "the harbour master" || port.Origins != 1 {
		t.Errorf("the harbour master: root %q, %d origins; want the harbour master, 1", n, port.Origins)
	}
}
