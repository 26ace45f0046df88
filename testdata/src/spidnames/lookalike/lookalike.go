// Package lookalike has 9000-range numbers and published-sounding names
// that are not SurePassID's.
package lookalike

// Port numbers, not codes.
type Port int

const (
	PortAdmin  Port = 9000
	PortPublic Port = 9001
)

// DBErr has published names with other values: not a mirror.
type DBErr int

const (
	DatabaseError DBErr = 3
	SMSSendError  DBErr = 9012
	BogusOTP      DBErr = 9030
)

// Untyped ports and a look-alike block.
const (
	HTTP_PORT    = 9000
	METRICS_PORT = 9001
)

const (
	ERR_DATABASE_ERROR = 1
	ERR_OTP_INVALID    = 9003
	ERR_BOGUS_OTP      = 9030
)
