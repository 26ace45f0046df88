package desk

import (
	"context"
	"log/slog"

	"codeswitch/brokerage/spauth"
)

// Gate is a verdict whose zero value refuses.
type Gate int

const (
	Closed Gate = iota
	Open
	Review
)

var gates = map[spauth.Code]Gate{
	spauth.Success:        Open,
	spauth.DatabaseError:  Review,
	spauth.OTPInvalid:     Closed,
	spauth.OTPAlreadyUsed: Closed,
}

// Settle: an unlisted code gets Closed, which refuses. Not reported.
func (d *Desk) Settle(ctx context.Context, user, otp, order string) error {
	resp, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	gate := gates[resp.ErrorCode]
	if gate != Open {
		return errDenied
	}
	return d.book.Place(ctx, order)
}

// Margin looks up with comma-ok and refuses a code the table leaves out.
// Not reported.
func (d *Desk) Margin(ctx context.Context, user, otp, order string) error {
	resp, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	action, ok := policy[resp.ErrorCode]
	if !ok && resp.ErrorCode != spauth.Success {
		return errDenied
	}
	if action == Refuse {
		return errDenied
	}
	if action == StepUp {
		return errStepUp
	}
	return d.book.Place(ctx, order)
}

// levels picks a log level per code: no decision. Not reported.
var levels = map[spauth.Code]slog.Level{
	spauth.DatabaseError:                      slog.LevelError,
	spauth.PartnerUserLoginAttepmtedOTPByPass: slog.LevelError,
	spauth.OTPInvalid:                         slog.LevelWarn,
}

// labels names the metric a code counts under. Not reported.
var labels = map[spauth.Code]string{
	spauth.OTPInvalid:     "otp_invalid",
	spauth.OTPAlreadyUsed: "otp_replay",
}

func (d *Desk) Audit(ctx context.Context, user, otp string) error {
	resp, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	level := levels[resp.ErrorCode]
	slog.Log(ctx, level, "desk: answer", "user", user, "code", int(resp.ErrorCode))
	label := labels[resp.ErrorCode]
	if label == "" {
		label = "other"
	}
	count(label)
	if resp.ErrorCode != spauth.Success {
		return errDenied
	}
	return nil
}

func count(string) {}

// strict lists every security-relevant code the client names, and
// Success.
var strict = map[spauth.Code]Verdict{
	spauth.Success:                            Proceed,
	spauth.PartnerUserLoginFailed:             Refuse,
	spauth.OTPAlreadyUsed:                     Refuse,
	spauth.OTPInvalid:                         Refuse,
	spauth.PartnerUserLoginDisabled:           Refuse,
	spauth.DatabaseError:                      Refuse,
	spauth.MaximumFailedOTPRequestsExceeded:   Refuse,
	spauth.BogusOTP:                           Refuse,
	spauth.AccountExpired:                     Refuse,
	spauth.PartnerUserLoginAttepmtedOTPByPass: Refuse,
	spauth.SessionTokenInvalid:                Refuse,
}

// Short checks with a table of the client's codes; codes the client does
// not name still take Proceed. Reported, since the server sends others.
func (d *Desk) Short(ctx context.Context, user, otp, order string) error {
	resp, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if strict[resp.ErrorCode] == Refuse { // want `fail-open if-else chain over SurePassID return codes`
		return errDenied
	}
	return d.book.Place(ctx, order)
}

// cardReply is the card processor's answer: its status numbers look like
// SurePassID's but are not.
type cardReply struct {
	Status int    `json:"status"`
	Reason string `json:"reason"`
}

var cardPolicy = map[int]Verdict{
	9003: Refuse,
	9002: Refuse,
}

// Charge looks up another vendor's code. Not reported.
func (d *Desk) Charge(ctx context.Context, rep cardReply, order string) error {
	v := cardPolicy[rep.Status]
	if v == Refuse {
		return errDenied
	}
	return d.book.Place(ctx, order)
}

// complete lists every security-relevant code SurePassID publishes.
var complete = map[int]Verdict{
	9000: Refuse, // PartnerLoginFailed
	9001: Refuse, // PartnerUserLoginFailed
	9002: Refuse, // OTPAlreadyUsed
	9003: Refuse, // OTPInvalid
	9004: Refuse, // DeviceInvalid
	9005: Refuse, // UpdateDeviceCounterFailed
	9006: Refuse, // MaximumCardUsesExceeded
	9007: Refuse, // PartnerUserLoginDisabled
	9008: Refuse, // DeviceTypeInvalid
	9010: Refuse, // DatabaseError
	9011: Refuse, // OTPTypeInvalid
	9013: Refuse, // InvalidDeviceConfig
	9014: Refuse, // NoAdminDeviceDefined
	9015: Refuse, // MaximumFailedOTPRequestsExceeded
	9018: Refuse, // DeviceAssignedToDifferentPartner
	9019: Refuse, // DeviceInUse
	9021: Refuse, // DeviceNotFound
	9023: Refuse, // UpdateTransactionStatusInvalid
	9026: Refuse, // UpdateTransactionReferenceCodeNotFound
	9027: Refuse, // UpdateTransactionApprovalCodeMissmatch
	9028: Refuse, // DeviceDiabled
	9029: Refuse, // BogusSerialNumber
	9030: Refuse, // BogusOTP
	9032: Refuse, // AccountExpired
	9033: Refuse, // PartnerUserLoginFailedNotAdmin
	9034: Refuse, // PartnerUserLoginFailedInvalidOTP
	9035: Refuse, // TimeDriftInvalid
	9036: Refuse, // NoDevicesDefined
	9037: Refuse, // NoChallengeDevicesDefined
	9038: Refuse, // PartnerUserLoginFailedInvalidDomain
	9039: Refuse, // DeviceIsNotAChallengeDevice
	9040: Refuse, // SystemKeyProviderEnpointNotSet
	9041: Refuse, // SystemTwoFactorNotSet
	9042: Refuse, // GetRadiusServerClientList
	9043: Refuse, // SendOTPExpired
	9047: Refuse, // DeviceAlreadyProvisioned
	9051: Refuse, // PartnerUserLoginAttepmtedOTPByPass
	9052: Refuse, // PartnerUserForgetPasswordFailed
	9059: Refuse, // SSOInternalError
	9060: Refuse, // SSOCertificateError
	9061: Refuse, // SSOPolicyNoDailyAccess
	9062: Refuse, // SSOPolicyNoDailyAccessIgnored
	9063: Refuse, // SSOPolicyNoDailyAccessLogged
	9064: Refuse, // SSOPolicyNoDailyAccessRestriction
	9065: Refuse, // SSOPolicyTimeRestriction
	9066: Refuse, // SSOPolicyTimeRestrictionIgnored
	9067: Refuse, // SSOPolicyExceptionIgnored
	9068: Refuse, // SSOPolicyException
	9069: Refuse, // SSOPolicyClientIPInvalid
	9070: Refuse, // SSOPolicyClientIPInvalidIgnored
	9071: Refuse, // PartnerUserLoginFailedInvalidToken
	9072: Refuse, // SSOActivationAccountDisabled
	9073: Refuse, // SSOAccountActivationAccountAlreadyProvisioned
	9074: Refuse, // SSOActivationAccountAssignedToDifferentPartner
	9075: Refuse, // SSOAccountActivationIdInvalid
	9078: Refuse, // PartnerUserFIDOU2FInvalidAppID
	9079: Refuse, // PartnerUserFIDOU2FInvalidChallenge
	9080: Refuse, // PartnerUserFIDOU2FInvalidRegData
	9081: Refuse, // PartnerUserFIDOU2FInvalidSessionIdData
	9082: Refuse, // PartnerUserFIDOU2FInvalidPubKey
	9083: Refuse, // NoDevicesAvailable
	9084: Refuse, // PartnerUserFIDOU2FPrepareSignDataError
	9085: Refuse, // PartnerUserFIDOU2FInvalidSignData
	9086: Refuse, // PartnerUserFIDOU2FInvalidSignDataInvalid
	9087: Refuse, // BogusFIDOAppId
	9088: Refuse, // PartnerUserFIDOU2FInvalidAttestationSig
	9089: Refuse, // PartnerUserFIDOU2FInvalidAttestationError
	9090: Refuse, // InvalidPartnerUserLogin
	9091: Refuse, // PartnerUserFIDOU2FNoEnrolledDevices
	9092: Refuse, // BogusPhysicalDeviceId
	9093: Refuse, // BogusUniqueDeviceId
	9094: Refuse, // PartnerUserFIDOU2FInvalidVersion
	9095: Refuse, // MaximumLoginPartnerAttempsExceeded
	9096: Refuse, // MaximumLoginPartnerUserAttempsExceeded
	9097: Refuse, // PartnerUserFIDOU2FNoUserPresence
	9099: Refuse, // SystemTrace
	9101: Refuse, // PartnerUserPasswordRecoveryInvalidorMissingRid
	9102: Refuse, // PartnerUserPasswordRecoveryExpiredToken
	9103: Refuse, // PartnerUserPasswordRecoveryInvalidorMissingMid
	9104: Refuse, // PartnerUserPasswordRecoveryTokenNotFound
	9105: Refuse, // PartnerUserLoginFailedPasswordExpired
	9106: Refuse, // SessionTokenInvalid
	9107: Refuse, // SessionTokenCreationFailed
}

// Full keeps a lookup in a table listing every security-relevant code:
// what is left to the zero value is not security-relevant. Not reported.
func (d *Desk) Full(ctx context.Context, user, otp, order string) error {
	resp, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	v := complete[int(resp.ErrorCode)]
	if v == Refuse {
		return errDenied
	}
	return d.book.Place(ctx, order)
}
