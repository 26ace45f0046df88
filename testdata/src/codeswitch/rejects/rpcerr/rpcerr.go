// Package rpcerr builds the gRPC errors the terminal's services return:
// a status with an ErrorInfo the support console reads.
package rpcerr

import (
	"fmt"
	"strconv"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

const domain = "terminal.example.internal"

// Refused is the error of a refused request: the vendor's code goes into
// the details for the console, never into the message.
func Refused(c codes.Code, reason string, vendorCode int) error { // want Refused:"codeswitch\\(error builder\\)"
	st := status.New(c, reason)
	withInfo, err := st.WithDetails(&errdetails.ErrorInfo{
		Reason:   reason,
		Domain:   domain,
		Metadata: map[string]string{"vendor_code": strconv.Itoa(vendorCode)},
	})
	if err != nil {
		return st.Err()
	}
	return withInfo.Err()
}

// Wrap prefixes err with the operation.
func Wrap(op string, err error) error { // want Wrap:"codeswitch\\(error builder\\)"
	return fmt.Errorf("%s: %w", op, err)
}

// FromCode is the error for a vendor code: nil for success, so it builds
// no error on every path.
func FromCode(vendorCode int) error {
	if vendorCode == 0 {
		return nil
	}
	return status.Error(codes.PermissionDenied, "refused")
}
