// Package other holds a fixture type whose name clashes with one in the contract's test.
package other

// Item has the same name as contract_test's Item.
type Item struct {
	Code string `json:"code"`
}
