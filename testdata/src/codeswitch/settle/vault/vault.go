// Package vault maps SurePassID answers to what the vault door does,
// through a table of the codes the team knows; a code missing from the
// table gets the door the lookup's if or else gives it. (A negative lookup
// that opens for the missing codes has no fix: see codeswitch/nofix/doors.)
package vault

import "errors"

// StatusURL is where the vault polls SurePassID for the push's answer.
const StatusURL = "https://vault.example/surepassid/push-status"

// Reply is SurePassID's answer to a push.
type Reply struct {
	State        string `json:"status"`
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Door is what the vault door does.
type Door int

const (
	DoorOpen Door = iota
	DoorShut
	DoorAlarm
	DoorWait
)

var errShut = errors.New("vault: door stays shut")

// doorFor lists the codes that keep the door shut.
var doorFor = map[int]Door{
	9106: DoorShut,
	9043: DoorShut,
	9015: DoorAlarm,
	9096: DoorAlarm,
}

// Latch reads the table's door where it lists the code and opens
// otherwise: reported.
func Latch(rep Reply) (Door, error) {
	if d, ok := doorFor[rep.ErrorCode]; ok { // want `fail-open if-else chain over SurePassID return codes`
		return d, errShut
	} else {
		return DoorOpen, nil
	}
}

// Guard opens only for Success and keeps the table's door for the listed
// codes: not reported.
func Guard(rep Reply) (Door, error) {
	door, known := doorFor[rep.ErrorCode]
	if !known {
		if rep.ErrorCode != 0 {
			return DoorShut, errShut
		}
		door = DoorOpen
	}
	if door != DoorOpen {
		return door, errShut
	}
	return DoorOpen, nil
}

// allowed lists the codes that open the door.
var allowed = map[int]bool{0: true, 9017: true}

// Admit is an allow-list: a code missing from it keeps the door shut. Not
// reported.
func Admit(rep Reply) (Door, error) {
	if _, ok := allowed[rep.ErrorCode]; !ok {
		return DoorShut, errShut
	}
	return DoorOpen, nil
}
