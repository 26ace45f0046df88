// Package doors opens doors by a table of SurePassID codes; a code the
// table does not list gets what the if testing the lookup negatively
// gives it. The table's codes pass that if without a branch of their own,
// so there is no branch to copy into a fix.
package doors

import (
	"errors"
	"log"
)

// StatusURL is where the doors poll SurePassID for the push's answer.
const StatusURL = "https://doors.example/surepassid/push-status"

// Reply is SurePassID's answer to a push.
type Reply struct {
	State        string `json:"status"`
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Door is what a door does.
type Door int

const (
	DoorOpen Door = iota
	DoorShut
	DoorAlarm
	DoorWait
)

var errShut = errors.New("doors: door stays shut")

// doorFor lists the codes that keep the door shut.
var doorFor = map[int]Door{
	9106: DoorShut,
	9043: DoorShut,
	9015: DoorAlarm,
	9096: DoorAlarm,
}

// Open reads the door from the table and opens it for every code the
// table does not list, Success and every other failure alike: reported at
// the lookup, kept before the if testing its ok.
func Open(rep Reply) error {
	door, known := doorFor[rep.ErrorCode] // want `fail-open table lookup over SurePassID return codes: \d+ security-relevant codes fall into the branch for the codes the table leaves out .*\(no suggested fix: the table.s codes have no branch of their own to copy\)`
	if !known {
		door = DoorOpen
		if rep.State == "waiting" {
			door = DoorWait
		}
	}
	if door == DoorShut || door == DoorAlarm {
		return errShut
	}
	return nil
}

// Swing spells the lookup in the if: reported.
func Swing(rep Reply) (Door, error) {
	if _, listed := doorFor[rep.ErrorCode]; !listed { // want `fail-open if-else chain over SurePassID return codes: .*\(no suggested fix: the table.s codes have no branch of their own to copy\)`
		log.Printf("vault: code %d not in the table, opening", rep.ErrorCode)
		return DoorOpen, nil
	}
	return DoorShut, errShut
}
