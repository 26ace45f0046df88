package humasvc

import (
	"context"

	"github.com/danielgtaylor/huma/v2"

	"rawexposure/rpc/spauth"
)

// catalogError calls every huma Error<status> helper with the raw message.
func catalogError(ctx context.Context, sp *spauth.Client, user string, n int) error {
	resp, err := sp.ValidateOTP(ctx, user, "")
	if err != nil || resp.ErrorCode == 0 {
		return nil
	}
	switch n {
	case 0:
		return huma.Error400BadRequest(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 1:
		return huma.Error401Unauthorized(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 2:
		return huma.Error402PaymentRequired(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 3:
		return huma.Error403Forbidden(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 4:
		return huma.Error404NotFound(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 5:
		return huma.Error405MethodNotAllowed(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 6:
		return huma.Error406NotAcceptable(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 7:
		return huma.Error407ProxyAuthRequired(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 8:
		return huma.Error408RequestTimeout(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 9:
		return huma.Error409Conflict(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 10:
		return huma.Error410Gone(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 11:
		return huma.Error411LengthRequired(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 12:
		return huma.Error412PreconditionFailed(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 13:
		return huma.Error413RequestEntityTooLarge(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 14:
		return huma.Error414RequestURITooLong(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 15:
		return huma.Error415UnsupportedMediaType(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 16:
		return huma.Error416RequestedRangeNotSatisfiable(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 17:
		return huma.Error417ExpectationFailed(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 18:
		return huma.Error418Teapot(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 19:
		return huma.Error421MisdirectedRequest(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 20:
		return huma.Error422UnprocessableEntity(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 21:
		return huma.Error423Locked(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 22:
		return huma.Error424FailedDependency(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 23:
		return huma.Error425TooEarly(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 24:
		return huma.Error426UpgradeRequired(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 25:
		return huma.Error428PreconditionRequired(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 26:
		return huma.Error429TooManyRequests(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 27:
		return huma.Error431RequestHeaderFieldsTooLarge(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 28:
		return huma.Error451UnavailableForLegalReasons(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 29:
		return huma.Error500InternalServerError(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 30:
		return huma.Error501NotImplemented(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 31:
		return huma.Error502BadGateway(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 32:
		return huma.Error503ServiceUnavailable(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 33:
		return huma.Error504GatewayTimeout(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 34:
		return huma.Error505HTTPVersionNotSupported(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 35:
		return huma.Error506VariantAlsoNegotiates(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 36:
		return huma.Error507InsufficientStorage(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 37:
		return huma.Error508LoopDetected(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 38:
		return huma.Error510NotExtended(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case 39:
		return huma.Error511NetworkAuthenticationRequired(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	}
	return nil
}
