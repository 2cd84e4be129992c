package reading

import "testing"

// A date said of something to come (a forecast, a plan, a schedule) against one said of
// what happened is no disagreement about when: Forecast tells the two apart (sentences
// written for this test).
func TestForecastDates(t *testing.T) {
	for _, c := range []struct {
		text, raw string
		want      bool
	}{
		{"The bypass is expected to open on Saturday, the county said.", "on Saturday", true},
		{"The new dredger will reach Pellham next week.", "next week", true},
		{"Growers expect apple prices to drop in October.", "October", true},
		{"The assembly is scheduled to vote on Friday.", "Friday", true},
		{"The brewery plans to double its output in 2028.", "2028", true},
		{"Nurses said they would walk out from Thursday.", "Thursday", true},
		{"The bypass opened on Saturday, the county said.", "on Saturday", false},
		{"The dredger reached Pellham last week.", "last week", false},
		{"Apple prices dropped in October.", "October", false},
		// the future in another clause says nothing of this date
		{"The assembly voted on Friday, and the senate will follow.", "Friday", false},
		{"On Tuesday the minister said the talks would go on.", "On Tuesday", false},
		// a value the text does not hold is not read
		{"The bypass will open soon.", "on Saturday", false},
	} {
		if got := Forecast(c.text, c.raw); got != c.want {
			t.Errorf("Forecast(%q, %q) = %v, want %v", c.text, c.raw, got, c.want)
		}
	}
}
