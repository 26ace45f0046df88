// Package flagged is analyzed with -codeswitch.require=SMSSendError and
// -codeswitch.ignore=PartnerLoginFailed,PartnerUserLoginFailed,OTPAlreadyUsed.
package flagged

import (
	"errors"

	"github.com/surepasslint/surepasslint/codes"
)

var errBadOTP = errors.New("bad otp")

func check(c codes.ReturnCode) error {
	switch c { // want `fail-open switch over SurePassID return codes: 80 security-relevant codes fall through unhandled \(DeviceInvalid, UpdateDeviceCounterFailed, MaximumCardUsesExceeded, and 77 more\)`
	case codes.OTPInvalid:
		return errBadOTP
	}
	return nil
}

// Everything required is listed once the ignored codes are left out and
// SMSSendError is added: not reported.
func listed(c codes.ReturnCode) error {
	switch c {
	case codes.OTPInvalid,
		codes.DeviceInvalid,
		codes.UpdateDeviceCounterFailed,
		codes.MaximumCardUsesExceeded,
		codes.PartnerUserLoginDisabled,
		codes.DeviceTypeInvalid,
		codes.DatabaseError,
		codes.OTPTypeInvalid,
		codes.InvalidDeviceConfig,
		codes.NoAdminDeviceDefined,
		codes.MaximumFailedOTPRequestsExceeded,
		codes.DeviceAssignedToDifferentPartner,
		codes.DeviceInUse,
		codes.DeviceNotFound,
		codes.UpdateTransactionStatusInvalid,
		codes.UpdateTransactionReferenceCodeNotFound,
		codes.UpdateTransactionApprovalCodeMissmatch,
		codes.DeviceDiabled,
		codes.BogusSerialNumber,
		codes.BogusOTP,
		codes.AccountExpired,
		codes.PartnerUserLoginFailedNotAdmin,
		codes.PartnerUserLoginFailedInvalidOTP,
		codes.TimeDriftInvalid,
		codes.NoDevicesDefined,
		codes.NoChallengeDevicesDefined,
		codes.PartnerUserLoginFailedInvalidDomain,
		codes.DeviceIsNotAChallengeDevice,
		codes.SystemKeyProviderEnpointNotSet,
		codes.SystemTwoFactorNotSet,
		codes.GetRadiusServerClientList,
		codes.SendOTPExpired,
		codes.DeviceAlreadyProvisioned,
		codes.PartnerUserLoginAttepmtedOTPByPass,
		codes.PartnerUserForgetPasswordFailed,
		codes.SSOInternalError,
		codes.SSOCertificateError,
		codes.SSOPolicyNoDailyAccess,
		codes.SSOPolicyNoDailyAccessIgnored,
		codes.SSOPolicyNoDailyAccessLogged,
		codes.SSOPolicyNoDailyAccessRestriction,
		codes.SSOPolicyTimeRestriction,
		codes.SSOPolicyTimeRestrictionIgnored,
		codes.SSOPolicyExceptionIgnored,
		codes.SSOPolicyException,
		codes.SSOPolicyClientIPInvalid,
		codes.SSOPolicyClientIPInvalidIgnored,
		codes.PartnerUserLoginFailedInvalidToken,
		codes.SSOActivationAccountDisabled,
		codes.SSOAccountActivationAccountAlreadyProvisioned,
		codes.SSOActivationAccountAssignedToDifferentPartner,
		codes.SSOAccountActivationIdInvalid,
		codes.PartnerUserFIDOU2FInvalidAppID,
		codes.PartnerUserFIDOU2FInvalidChallenge,
		codes.PartnerUserFIDOU2FInvalidRegData,
		codes.PartnerUserFIDOU2FInvalidSessionIdData,
		codes.PartnerUserFIDOU2FInvalidPubKey,
		codes.NoDevicesAvailable,
		codes.PartnerUserFIDOU2FPrepareSignDataError,
		codes.PartnerUserFIDOU2FInvalidSignData,
		codes.PartnerUserFIDOU2FInvalidSignDataInvalid,
		codes.BogusFIDOAppId,
		codes.PartnerUserFIDOU2FInvalidAttestationSig,
		codes.PartnerUserFIDOU2FInvalidAttestationError,
		codes.InvalidPartnerUserLogin,
		codes.PartnerUserFIDOU2FNoEnrolledDevices,
		codes.BogusPhysicalDeviceId,
		codes.BogusUniqueDeviceId,
		codes.PartnerUserFIDOU2FInvalidVersion,
		codes.MaximumLoginPartnerAttempsExceeded,
		codes.MaximumLoginPartnerUserAttempsExceeded,
		codes.PartnerUserFIDOU2FNoUserPresence,
		codes.SystemTrace,
		codes.PartnerUserPasswordRecoveryInvalidorMissingRid,
		codes.PartnerUserPasswordRecoveryExpiredToken,
		codes.PartnerUserPasswordRecoveryInvalidorMissingMid,
		codes.PartnerUserPasswordRecoveryTokenNotFound,
		codes.PartnerUserLoginFailedPasswordExpired,
		codes.SessionTokenInvalid,
		codes.SessionTokenCreationFailed,
		codes.SMSSendError:
		return errBadOTP
	}
	return nil
}
