// Package market serves quotes over gRPC; its provider's texts are meant
// for users, and it never calls SurePassID.
package market

import (
	"context"
	"errors"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"rawexposure/interceptors/otpgate"
	"rawexposure/interceptors/quotes"
	"rawexposure/interceptors/retry"
)

// ProviderErrors sends the provider's own text for its refusals.
func ProviderErrors(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) { // want ProviderErrors:`rawexposure\(result 0 from result 0 of param 3; result 1 from result 1 of param 3; param 3 reaches the gRPC status message sent to the client via status.Error\)`
	resp, err := handler(ctx, req)
	var pe *quotes.ProviderError
	if errors.As(err, &pe) {
		return nil, status.Error(codes.Unavailable, pe.Error())
	}
	return resp, err
}

// lastWithRetry retries the provider through the SurePassID client's
// helper: the text is the provider's.
func lastWithRetry(ctx context.Context, c *quotes.Client, symbol string) error {
	st, text, err := otpgate.Again(ctx, 3, func(ctx context.Context) (int32, string, error) {
		return c.Last(ctx, symbol)
	})
	if err != nil {
		return status.Error(codes.Unavailable, "quotes unavailable")
	}
	if st != 0 {
		return status.Error(codes.FailedPrecondition, text)
	}
	return nil
}

// Halted refuses every call while trading is halted, with a fixed text.
func Halted(halted func() bool) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		if halted() {
			return nil, errors.New("trading is halted")
		}
		return handler(ctx, req)
	}
}

// lastText retries the provider through the module's generic helper.
func lastText(ctx context.Context, c *quotes.Client, symbol string) error {
	text, err := retry.Do(ctx, 3, func(ctx context.Context) (string, error) {
		_, text, err := c.Last(ctx, symbol)
		return text, err
	})
	if err != nil {
		return status.Error(codes.Unavailable, "quotes unavailable")
	}
	return status.Error(codes.FailedPrecondition, text)
}
