package rawexposure

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
)

func TestSwagger(t *testing.T) {
	analysistest.Run(t, analyzertest.TestData(t), Analyzer, "rawexposure/swagger/...")
}
