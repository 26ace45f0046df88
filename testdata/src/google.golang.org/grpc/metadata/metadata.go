// Package metadata is a test stub of google.golang.org/grpc/metadata
// (v1.85): the MD map and its constructors and mutators, with the real
// signatures.
package metadata

import "context"

// MD is a mapping from metadata keys to values.
type MD map[string][]string

// New creates an MD from a given key-value map.
func New(m map[string]string) MD { return MD{} }

// Pairs returns an MD formed by the mapping of key, value ...
func Pairs(kv ...string) MD { return MD{} }

// Join joins any number of mds into a single MD.
func Join(mds ...MD) MD { return MD{} }

// Get obtains the values for a given key.
func (md MD) Get(k string) []string { return md[k] }

// Set sets the value of a given key with a slice of values.
func (md MD) Set(k string, vals ...string) {}

// Append adds the values to key k, not overwriting what was already stored
// at that key.
func (md MD) Append(k string, vals ...string) {}

// FromIncomingContext returns the incoming metadata in ctx if it exists.
func FromIncomingContext(ctx context.Context) (MD, bool) { return nil, false }

// NewOutgoingContext creates a new context with outgoing md attached.
func NewOutgoingContext(ctx context.Context, md MD) context.Context { return ctx }
