package match

import "testing"

// "No fewer than twelve miners were killed" and "not only closed the road" say the state
// they name: "no fewer", "not only" negate nothing (r14contra3; the attribution bench's
// half A read two such mentions as negated states once a contrary state was read as a
// denial). Sentences written for this test.
func TestContraryNegationIdioms(t *testing.T) {
	for _, c := range [][2]string{
		{"Twelve miners were killed in the blast.", "No fewer than twelve miners were killed in the blast."},
		{"The flood closed the coast road.", "The flood not only closed the coast road but cut the rail line."},
	} {
		if sa, sb, contra, _ := Contrary(ReadStates(c[0]), ReadStates(c[1])); contra {
			t.Errorf("%q / %q: contrary (%s / %s), want not", c[0], c[1], sa.Words, sb.Words)
		}
	}
}
