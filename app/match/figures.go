package match

import "claimdesk/app/reading"

// Figures finds the counts and amounts in text, read by app/reading (the one reading the
// claim page and the conflict check use too). Dates are not figures.
func Figures(text string) []reading.Value {
	var out []reading.Value
	for _, v := range reading.Find(text, "") {
		if v.Kind == reading.KindFigure {
			out = append(out, v)
		}
	}
	return out
}

// SameThing reports whether two figures count the same kind of thing: both name a unit,
// and it is the same one. Figures without a unit ("four rotations", "a 125-strong
// delegation") are not weighed against others: the evidence would be noise.
func SameThing(a, b reading.Value) bool { return a.Unit != "" && a.Unit == b.Unit }

// Compatible reports whether two figures can be the same fact (reading.Judge).
func Compatible(a, b reading.Value) bool {
	v, _ := reading.Judge(a, b)
	return v != reading.Conflict
}
