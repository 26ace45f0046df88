package enrollsvc

import (
	"context"
	"strconv"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"rawexposure/statusbuild/otpcore"
)

const domain = "enroll.example.com"

var reasons = map[int]string{
	9001: "OTP_REJECTED",
	9002: "ACCOUNT_LOCKED",
}

// refusalStatus is for the support build: the vendor's text as the
// message, its code in the ErrorInfo. It sends nothing itself; the method
// returning its status does.
func refusalStatus(c codes.Code, r *otpcore.Refusal) *status.Status {
	st := status.New(c, r.Reason)
	ds, err := st.WithDetails(&errdetails.ErrorInfo{
		Reason:   reasons[r.Code],
		Domain:   domain,
		Metadata: map[string]string{"vendor_code": strconv.Itoa(r.Code)},
	})
	if err != nil {
		return st
	}
	return ds
}

// refusalError formats the vendor's text into a status error.
func refusalError(r *otpcore.Refusal) error {
	return status.Errorf(codes.PermissionDenied, "%s refused: %s", r.Op, r.Reason)
}

// explain copies the reason into a local, then into a LocalizedMessage.
func explain(r *otpcore.Refusal) error {
	text := r.Reason
	st := status.New(codes.FailedPrecondition, "verification refused")
	st, _ = st.WithDetails(&errdetails.LocalizedMessage{Locale: "en-US", Message: text})
	return st.Err()
}

// friendlyStatus builds the status from our own words: the code only
// picks a reason from our table.
func friendlyStatus(r *otpcore.Refusal) *status.Status {
	st := status.New(codes.PermissionDenied, "We could not verify your code.")
	if ds, err := st.WithDetails(&errdetails.ErrorInfo{Reason: reasons[r.Code], Domain: domain}); err == nil {
		return ds
	}
	return st
}

// probeStatus calls SurePassID itself: the raw text it writes is its own,
// reported here.
func (s *Server) probeStatus(ctx context.Context, user string) *status.Status {
	err := s.otp.Verify(ctx, user, "")
	if r, ok := otpcore.AsRefusal(err); ok {
		return status.New(codes.FailedPrecondition, r.Reason) // want `raw SurePassID errorMessage \(from otpcore.Refusal.Reason\) written to the gRPC status message sent to the client`
	}
	return status.New(codes.OK, "")
}
