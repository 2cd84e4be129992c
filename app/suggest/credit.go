package suggest

// photoCredits reads a photo credit in brackets, "(Reuters/Odete Varela)":
// the words before the slash name the agency, the two to four after it the
// photographer. The model reads the bracket as one run of capitalised words
// and types both sides alike.
func (a *analysis) photoCredits() {
	var agencies, photographers [][2]int
	for k := 0; k+4 < len(a.toks); k++ {
		if a.toks[k].text != "(" {
			continue
		}
		j := k + 1
		for j < len(a.toks) && a.toks[j].kind == tWord && a.toks[j].cap && a.toks[j].line == a.toks[k].line {
			j++
		}
		if j == k+1 || j >= len(a.toks) || a.toks[j].text != "/" || a.toks[j].space {
			continue
		}
		e := j + 1
		for e < len(a.toks) && a.toks[e].kind == tWord && a.toks[e].cap && a.toks[e].line == a.toks[k].line {
			e++
		}
		if n := e - j - 1; n < 2 || n > 4 || e >= len(a.toks) || a.toks[e].text != ")" || a.toks[j+1].space {
			continue
		}
		agencies = append(agencies, [2]int{a.toks[k+1].start, a.toks[j-1].end})
		photographers = append(photographers, [2]int{a.toks[j+1].start, a.toks[e-1].end})
		k = e
	}
	a.setNames(agencies, TypeOrganisation)
	a.setNames(photographers, TypePerson)
}
