package reading

import "testing"

// Ages are no figures: "aged 34", "a 34-year-old", "Ana Ruiz, 34," say how old a person
// is, not how many of the claim's thing there are, and read as counts they made "two
// people" disagree with "brothers aged 34 and 37". The counts next to them still are.
// Sentences written for this test.
func TestAgesAreNoFigures(t *testing.T) {
	cases := []struct {
		text string
		want []float64 // the figures' low ends, in order
	}{
		{"Two fishermen, cousins aged 41 and 45, were pulled from the water", []float64{2}},
		{"A 52-year-old driver and three passengers were taken to hospital", []float64{3}},
		{"The pilot, a 29-year-old from Varn, was unhurt", nil},
		{"Ana Ruiz, 63, said the shop had flooded twice", nil},
		{"Tomas Vedder, 48, a ferry mechanic, counted 12 boats", []float64{12}},
		{"Residents aged over 70 were moved first, about 300 in all", []float64{270}},
		{"The victims were aged between 18 and 25", nil},
		{"a six-month-old girl was among the 14 rescued", []float64{14}},
		{"He retired at the age of 60", nil},
		{"The men, 34 and 37 years old, are still missing", nil},
		// not ages: a count after a name and a comma in a list, a duration, a count of years
		{"The bridge had stood for 40 years", []float64{40}},
		{"Police in Varn, 30 km away, found 4 bodies", []float64{30, 4}},
		{"The company, which employs 400 people, said", []float64{400}},
	}
	for _, c := range cases {
		checkFigureLows(t, c.text, c.want)
	}
}
