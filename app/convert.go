package app

import "database/sql"

// nullID turns an optional foreign key into a JSON null or number.
func nullID(n sql.NullInt64) *int64 {
	if !n.Valid {
		return nil
	}
	v := n.Int64
	return &v
}
