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

// SameThing reports whether two figures may count the same kind of thing: the same unit,
// or one of them unknown (reading.Judge's rule: "four rotations" is weighed against "11,000
// troops" only by its range). Requiring both units known lost a right pair on the
// verification stories; dev and closed both gained with this rule (docs/reading.md). An
// age is the same thing only as another age ("aged 34" is no count of "two people").
func SameThing(a, b reading.Value) bool {
	if (a.Unit == reading.UnitAge) != (b.Unit == reading.UnitAge) {
		return false
	}
	if a.Unit == b.Unit || a.Unit == "" || b.Unit == "" {
		return true
	}
	// people of one kind ("14 miners" / "19 men"), a trade's casualties ("Two miners died" /
	// "left two dead"); not "people" against casualties ("killed two people" / "11 injured",
	// which joined a toll to the injured on the dev stories when tried)
	return reading.SameKind(a.Unit, b.Unit) && !peopleAgainstCasualties(a.Unit, b.Unit)
}

func peopleAgainstCasualties(a, b string) bool {
	return a == "people" && b == "casualties" || a == "casualties" && b == "people"
}

// Compatible reports whether two figures can be the same fact (reading.Judge).
func Compatible(a, b reading.Value) bool {
	v, _ := reading.Judge(a, b)
	return v != reading.Conflict
}
