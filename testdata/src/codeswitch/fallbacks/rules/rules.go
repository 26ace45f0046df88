// Package rules holds the portal's small generic helpers over outcome
// tables: each feature keeps its own table next to its handler.
package rules

// Or returns m[k], or def when m has no row for k.
func Or[K comparable, V any](m map[K]V, k K, def V) V { // want Or:`fallback\(table 0, key 1, default 2\)`
	v, found := m[k]
	if !found {
		return def
	}
	return v
}

// First returns m[k] when present, else the first of defs (a look-alike
// that is not a fallback lookup: it always answers m[k] or defs[0]).
func First[K comparable, V any](m map[K]V, k K, defs ...V) V {
	if v, ok := m[k]; ok {
		return v
	}
	return defs[0]
}
