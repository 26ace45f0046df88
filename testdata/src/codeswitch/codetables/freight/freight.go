// Package freight routes parcels. Its numbers look like SurePassID's
// codes but are ports and a carrier's statuses, and no map of it is keyed
// by published failure codes: nothing here is checked.
package freight

import "errors"

var errRoute = errors.New("no route")

// depots are the depot services by port.
var depots = map[int]string{
	9000: "north",
	9001: "south",
}

// Route picks the depot for a port, and refuses the ports of the legacy
// scanners by number.
func Route(port int) (string, error) {
	switch port {
	case 9002, 9003, 9030:
		return "", errRoute
	}
	if d, ok := depots[port]; ok {
		return d, nil
	}
	return "central", nil
}
