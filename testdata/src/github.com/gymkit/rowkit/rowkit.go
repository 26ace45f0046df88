// Package rowkit, from a module the gym's services depend on, runs a
// code through a table of reactions its caller builds.
package rowkit

// Reactions maps a code to what the caller does for it.
type Reactions[K comparable, R any] map[K]func() (R, error)

// Route runs the row of rows for code, or pass for a code rows does not
// list. A dependency's helper: its callers are judged at their calls.
func Route[K comparable, R any](code K, rows Reactions[K, R], pass func() (R, error)) (R, error) {
	if row, ok := rows[code]; ok {
		return row()
	}
	return pass()
}
