package a

import "b"

func plain() string {
	return "raw" // want "raw literal"
}

func lineBefore() string {
	//lint:ignore rawtext the value is a test fixture, never shown to users
	return "raw"
}

func sameLine() string {
	return "raw" //lint:ignore rawtext the value is a test fixture
}

func twoChecks() string {
	//lint:ignore counter,rawtext shown only in the admin console
	return b.LeakMessage() + "raw"
}

func missingReason() string {
	// want +1 "//lint:ignore needs a reason: //lint:ignore rawtext <why this finding is safe>"
	//lint:ignore rawtext
	return "raw" // want "raw literal"
}

func stale() string {
	//lint:ignore rawtext the old code returned a raw literal here // want "//lint:ignore suppresses no rawtext finding; remove it"
	return "cooked"
}

func tooFarAbove() string {
	//lint:ignore rawtext a blank line breaks the link // want "suppresses no rawtext finding"

	return "raw" // want "raw literal"
}

func otherTools() string {
	//lint:ignore SA1019 this one belongs to staticcheck
	return "raw" // want "raw literal"
}

func notADirective() string {
	//lint:ignored rawtext looks alike but is not ours
	return "raw" // want "raw literal"
}

func leaks() string {
	return b.LeakMessage() // want "call to leaky b.LeakMessage"
}
