// Package language is a stub of golang.org/x/text/language.
package language

// Tag is a BCP 47 language tag.
type Tag struct{ s string }

// English and German are the tags the testdata uses.
var (
	English = Tag{"en"}
	German  = Tag{"de"}
)

// Make returns the tag for s.
func Make(s string) Tag { return Tag{s} }

func (t Tag) String() string { return t.s }
