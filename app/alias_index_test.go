package app

import (
	"fmt"
	"testing"

	"claimdesk/app/names"
	"claimdesk/db/store"
)

// TestAliasIndexNamedInEachEntityOnce: a surname that hundreds of people share, and an
// entity whose two aliases a sentence both writes, give each entity once, in the order
// found, only of the types asked for (namedIn keeps them by a set since rperf3).
func TestAliasIndexNamedInEachEntityOnce(t *testing.T) {
	var rows []store.ListEntityAliasKeysRow
	for i := range 200 {
		rows = append(rows, store.ListEntityAliasKeysRow{ID: int64(i + 1), Type: "person", Name: fmt.Sprintf("Anna Veltz%d", i), AliasKey: "veltz"})
	}
	for _, alias := range []string{"Ministry of Water Resources", "Hydrel"} {
		rows = append(rows, store.ListEntityAliasKeysRow{ID: 500, Type: "organisation", Name: "Ministry of Water Resources", AliasKey: names.Key(alias)})
	}
	rows = append(rows, store.ListEntityAliasKeysRow{ID: 600, Type: "place", Name: "Veltz", AliasKey: "veltz"})
	got := newAliasIndex(rows).namedIn("On Monday Veltz said the Ministry of Water Resources, Hydrel to its staff, and Veltz again agreed.", "person", "organisation")
	if len(got) != 201 {
		t.Fatalf("got %d entities, want 201 (200 people once each, the ministry once, no place)", len(got))
	}
	for i, r := range got[:200] {
		if r.ID != int64(i+1) {
			t.Fatalf("entity %d is %d, want %d: the order found", i, r.ID, i+1)
		}
	}
	if got[200].ID != 500 {
		t.Errorf("last entity %d, want the ministry (500)", got[200].ID)
	}
}
