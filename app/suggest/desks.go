package suggest

// deskWords end the name of a news desk ("London Newsroom", "New York Energy
// Desk", "-- Air Cargo Newsroom Tel+44 ..." under a wire story).
var deskWords = set(`Newsroom Newsdesk Desk`)

// newsDesks makes a run of capitalised words that ends with a desk word an
// organisation: the desk that filed the story, not the town it is named
// after (the model read "London" of "London Newsroom" as the place, or ran
// "Air Cargo Newsroom" on into the telephone's "Tel").
func (a *analysis) newsDesks() {
	var desks [][2]int
	for k, t := range a.toks {
		if t.kind != tWord || !deskWords[t.text] {
			continue
		}
		from := k
		for from > 0 && a.toks[from-1].line == t.line && a.toks[from-1].kind == tWord && a.toks[from-1].cap && !deskWords[a.toks[from-1].text] {
			from--
		}
		if from == k {
			continue // "Desk" alone names no desk
		}
		desks = append(desks, [2]int{a.toks[from].start, t.end})
	}
	a.setNames(desks, TypeOrganisation)
}
