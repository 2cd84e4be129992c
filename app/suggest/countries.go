package suggest

// CountryNamed returns the everyday name of the country name names ("Cuba", "Russian
// Federation" -> "Russia", "DPRK" -> "North Korea"), from the embedded ISO 3166-1 list,
// or "" when name is no country.
func CountryNamed(name string) string {
	g := DefaultGazetteer()
	for _, pat := range []string{name, fold(name)} {
		if i, ok := g.byPat[pat]; ok && g.entries[i].kind == 'c' {
			return g.entries[i].name
		}
	}
	return ""
}
