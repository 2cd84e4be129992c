package main

import (
	"fmt"

	"claimdesk/app/suggest"
)

// sportsProse writes a sports story in prose whose clubs are named after
// their city or county, in the turns sports copy uses ("Cleveland 's lead
// over Texas", "homered for Seattle", "title rivals Essex , Kent and
// Surrey", "loaned to Torino"), while the same kind of word stays a place
// where it names where something happens ("in Lyon", "fans in Lyon").
func (g gen) sportsProse(w *layoutWriter) {
	a, b, c := g.cityTeam(), g.cityTeam(), g.cityTeam()
	for b == a {
		b = g.cityTeam()
	}
	switch g.r.Intn(3) {
	case 0:
		w.ent(a, suggest.TypeOrganisation)
		w.text(" 's lead over ")
		w.ent(b, suggest.TypeOrganisation)
		w.text(fmt.Sprintf(" in the table grew to %d points .\n", 2+g.r.Intn(9)))
	case 1:
		w.text("Title rivals ")
		w.ent(a, suggest.TypeOrganisation)
		w.text(" , ")
		w.ent(b, suggest.TypeOrganisation)
		w.text(" and ")
		w.ent(c, suggest.TypeOrganisation)
		w.text(" all closed in on victory .\n")
	default:
		w.ent(g.person(), suggest.TypePerson)
		w.text(" , who played for ")
		w.ent(a, suggest.TypeOrganisation)
		w.text(" and ")
		w.ent(b, suggest.TypeOrganisation)
		w.text(" , has been loaned to ")
		w.ent(c, suggest.TypeOrganisation)
		w.text(" for a year .\n")
	}
	w.ent(g.person(), suggest.TypePerson)
	w.text(fmt.Sprintf(" %s for ", g.pick([]string{"scored twice", "homered", "made 80", "took four wickets", "scored the winner"})))
	w.ent(a, suggest.TypeOrganisation)
	w.text(" , and ")
	w.ent(b, suggest.TypeOrganisation)
	w.text(" 's ")
	w.ent(g.person(), suggest.TypePerson)
	w.text(" was sent off .\n")
	w.text("The match was played in ")
	w.ent(g.pick(places), suggest.TypePlace)
	w.text(fmt.Sprintf(" in front of %d fans , and ", 1000+g.r.Intn(40000)))
	w.ent(c, suggest.TypeOrganisation)
	w.text(fmt.Sprintf(" play away to %s on %s .\n", "the leaders", g.pick(weekdays)))
}
