package returncode

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"os"
	"strconv"

	"github.com/surepasslint/surepasslint/codes"
)

// A default that returns an error fails closed.
func defaultError(ctx context.Context, api API, user, otp string) error {
	resp, err := api.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	switch resp.ErrorCode {
	case codes.Success:
		return nil
	case codes.OTPInvalid, codes.OTPAlreadyUsed:
		return ErrBadOTP
	default:
		return fmt.Errorf("surepassid: sign-in failed with code %d", resp.ErrorCode)
	}
}

// A default that writes a generic failure fails closed.
func defaultHTTPError(api API) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		resp, err := api.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
		if err != nil {
			http.Error(w, codes.GenericMessage, http.StatusBadGateway)
			return
		}
		switch resp.ErrorCode {
		case codes.Success:
		case codes.SMSSendError:
			http.Error(w, codes.UserMessage(resp.ErrorCode), http.StatusBadGateway)
			return
		default:
			http.Error(w, codes.GenericMessage, http.StatusUnauthorized)
			return
		}
		fmt.Fprintln(w, "welcome")
	}
}

// A default that panics fails closed (a command-line tool).
func defaultPanic(ctx context.Context, api API, user, otp string) {
	resp, err := api.ValidateOTP(ctx, user, otp)
	if err != nil {
		log.Fatal(err)
	}
	switch resp.ErrorCode {
	case codes.Success:
		fmt.Println("ok")
	case codes.OTPInvalid:
		os.Exit(2)
	default:
		panic("sign-in failed: " + resp.ErrorCode.String())
	}
}

// Allow-list: Success leaves the function, the statements right after the
// switch fail closed.
func allowList(ctx context.Context, api API, user, otp string) (bool, error) {
	resp, err := api.ValidateOTP(ctx, user, otp)
	if err != nil {
		return false, err
	}
	switch resp.ErrorCode {
	case codes.Success:
		return true, nil
	case codes.MaximumFailedOTPRequestsExceeded:
		return false, ErrLocked
	case codes.OTPInvalid:
		return false, ErrBadOTP
	}
	log.Printf("surepassid: code %v", resp.ErrorCode)
	return false, ErrDenied
}

// Allow-list with a bool result: false after the switch fails closed.
func allowListBool(resp *ValidateResponse) bool {
	switch resp.ErrorCode {
	case codes.Success:
		return true
	case codes.OTPInvalid:
		return false
	}
	return false
}

// The catch-all failure check after the switch fails closed.
func catchAll(ctx context.Context, api API, user, otp string) error {
	resp, err := api.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	switch resp.ErrorCode {
	case codes.MaximumFailedOTPRequestsExceeded:
		return ErrLocked
	case codes.OTPInvalid:
		return ErrBadOTP
	}
	if resp.ErrorCode != codes.Success {
		return ErrDenied
	}
	return nil
}

// resp.Failed() after the chain is the same catch-all.
func catchAllFailed(resp *ValidateResponse) error {
	if resp.ErrorCode == codes.MaximumFailedOTPRequestsExceeded {
		return ErrLocked
	}
	if resp.Failed() {
		return errors.New(codes.UserMessage(resp.ErrorCode))
	}
	return nil
}

// Success is checked after the switch, everything else fails.
func successAfter(resp *ValidateResponse) error {
	switch resp.ErrorCode {
	case codes.OTPInvalid:
		return ErrBadOTP
	}
	if resp.ErrorCode == codes.Success {
		return nil
	}
	return ErrDenied
}

// The error variable starts out as a failure.
func initiallyDenied(resp *ValidateResponse) error {
	err := ErrDenied
	switch resp.ErrorCode {
	case codes.Success:
		err = nil
	case codes.OTPInvalid:
		err = ErrBadOTP
	}
	return err
}

// Every security-relevant code is listed explicitly.
func everyCode(resp *ValidateResponse) error {
	switch resp.ErrorCode {
	case codes.Success:
		return nil
	case codes.PartnerLoginFailed,
		codes.PartnerUserLoginFailed,
		codes.OTPAlreadyUsed,
		codes.OTPInvalid,
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
		codes.SessionTokenCreationFailed:
		return ErrDenied
	}
	return nil
}

// Mapping codes to messages decides nothing.
func userText(code codes.ReturnCode) string {
	switch code {
	case codes.SMSSendError:
		return "We could not send the text message. Try another method."
	case codes.OTPInvalid:
		return "That code did not work."
	}
	return codes.UserMessage(code)
}

// Retried in a loop: unlisted codes go round again, we cannot tell.
func retry(ctx context.Context, api API, user, otp string) error {
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := api.ValidateOTP(ctx, user, otp)
		if err != nil {
			continue
		}
		switch resp.ErrorCode {
		case codes.OTPInvalid:
			return ErrBadOTP
		}
	}
	return ErrDenied
}

// Switches that are not about SurePassID.
func notOurs(r *http.Request, port int, v any, status codes.Category) string {
	switch port {
	case 9000, 9001:
		return "admin"
	}
	switch r.Method {
	case http.MethodPost:
		return "post"
	}
	switch status {
	case codes.CategoryOTP:
		return "otp"
	}
	switch v.(type) {
	case error:
		return "error"
	}
	n, _ := strconv.Atoi(r.FormValue("code"))
	switch {
	case n == 9003:
		return "bad"
	}
	if port == 9003 {
		return "port"
	}
	return ""
}
