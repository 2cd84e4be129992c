package reading

import (
	"fmt"
	"slices"
	"testing"
)

// Ages are no counts: "aged 34", "a 34-year-old", "Ana Ruiz, 34," say how old a person
// is, not how many of the claim's thing there are, and read as counts they made "two
// people" disagree with "brothers aged 34 and 37". They are read as ages (unit UnitAge);
// the counts next to them stay counts. Sentences written for this test.
func TestAgesAreNoCounts(t *testing.T) {
	cases := []struct {
		text string
		want []string // the figures' low ends, "age" after an age
	}{
		{"Two fishermen, cousins aged 41 and 45, were pulled from the water", []string{"2", "41 age", "45 age"}},
		{"A 52-year-old driver and three passengers were taken to hospital", []string{"52 age", "3"}},
		{"The pilot, a 29-year-old from Varn, was unhurt", []string{"29 age"}},
		{"Ana Ruiz, 63, said the shop had flooded twice", []string{"63 age"}},
		{"Tomas Vedder, 48, a ferry mechanic, counted 12 boats", []string{"48 age", "12"}},
		{"Residents aged over 70 were moved first, about 300 in all", []string{"71 age", "270"}},
		{"The victims were aged between 18 and 25", []string{"18 age"}},
		{"He retired at the age of 60", []string{"60 age"}},
		{"The men, 34 and 37 years old, are still missing", []string{"34 age", "37 age"}},
		// a person told by a noun, not a name: the apposition is the same age
		{"The driver, 34, was pulled from the cab by a neighbour", []string{"34 age"}},
		{"Police said the driver, 34, had been treated for shock", []string{"34 age"}},
		{"Her eldest son, 19, stayed behind with 2 goats", []string{"19 age", "2"}},
		{"A retired miner, 71, told us the pumps failed", []string{"71 age"}},
		// not ages: a count after a name and a comma, a duration, a count of people
		{"The bridge had stood for 40 years", []string{"40"}},
		{"Police in Varn, 30 km away, found 4 bodies", []string{"30", "4"}},
		{"The company, which employs 400 people, said", []string{"400"}},
		{"Of the boats, 12, were lost", []string{"12"}},
		{"The town, 30 km away, was spared", []string{"30"}},
	}
	for _, c := range cases {
		var got []string
		for _, v := range Find(c.text, "") {
			if v.Kind == KindFigure && v.Low != nil {
				s := fmt.Sprint(*v.Low)
				if v.Unit == UnitAge {
					s += " age"
				}
				got = append(got, s)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: figures %q, want %q", c.text, got, c.want)
		}
	}
}

// An age is compared only with an age: against a count it is neither agreement nor
// conflict; two ages agree or conflict as figures do.
func TestAgeComparedOnlyWithAge(t *testing.T) {
	two := Parse("two people were missing", "")
	age := Parse("brothers aged 34", "")
	if v, _ := Judge(two, age); v != Unknown {
		t.Errorf("two people against aged 34: %s, want %s", v, Unknown)
	}
	if v, _ := Judge(age, Parse("a 34-year-old", "")); v != Agree {
		t.Errorf("aged 34 against a 34-year-old: %s", v)
	}
	if v, _ := Judge(age, Parse("a 43-year-old", "")); v != Conflict {
		t.Errorf("aged 34 against a 43-year-old: %s", v)
	}
}
