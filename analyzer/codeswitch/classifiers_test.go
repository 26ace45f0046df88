package codeswitch_test

import "testing"

// TestClassifiers runs the check over several classifiers turning codes
// into one Decision type, each with its own table or switch (a lookup
// whose zero value lets unlisted codes through, a fallback that refuses
// them, a switch listing Success, a method of the answer), and handlers in
// another package switching over their answers. Each switch is read with
// the called classifier's own mapping, not one pooled over the type:
// codes one classifier freezes are no concern of a switch over another.
// A switch letting through only the codes its classifier lists nowhere
// is the classifier's finding, reported there; one letting through a
// value the classifier gives listed failure codes is reported; another
// vendor's statuses are not looked at.
func TestClassifiers(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/classifiers/..."})
}
