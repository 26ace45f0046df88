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

// A card acquirer's decline codes, in the 9000 range: one published name
// (errOtpInvalid's word otp) is not enough when the others say nothing of
// their values.
const (
	declineGeneric   = 9001
	declineFunds     = 9002
	declineOtpWrong  = 9003
	declineCVV       = 9004
	declineTimeout   = 9090
	declineDuplicate = 9099
)

// One exact published name and one word shared with another code's name:
// too few to mirror the enum.
const (
	OTPInvalid      = 9003
	BackoffDatabase = 9010
	BackoffQueue    = 9012
	BackoffRetry    = 9099
)
