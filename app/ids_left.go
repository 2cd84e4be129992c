package app

import "math"

// Where the app picks new ids itself (an import's staged articles, stored suggestions, a
// merge's rows) it takes the ones after the highest id ever handed out (sqlite_sequence).
// Another program may have set that sequence to the largest id there is; one more would
// wrap round to a negative id. Refused instead, as SQLite's own AUTOINCREMENT refuses.

// idsLeft says whether n new rows of table fit after id last; an error naming the table
// when they do not.
func idsLeft(table string, last, n int64) error {
	if last >= 0 && last <= math.MaxInt64-n {
		return nil
	}
	return noIDsLeft(table, nil)
}
