package renewal_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/partnerkit/specializations/renewal"
)

// Every error names the package, the offending value and wraps exactly the
// sentinel a caller branches on.
func TestErrorMessages(t *testing.T) {
	p := renewal.DefaultPolicy()
	bad := p
	bad.Grace = -5
	e := enroll(t, "kubernetes", "2024-05-10", 0)
	expert := e
	expert.Item = spec(t, "azure-expert-msp")
	_, beforeErr := p.Evaluate(e, renewal.Evidence{}, d("2024-05-01"))
	_, policyErr := bad.Evaluate(e, renewal.Evidence{}, d("2025-01-01"))
	_, expertErr := p.Evaluate(expert, renewal.Evidence{}, d("2025-01-01"))
	_, cycleErr := p.Cycle(e, 0)
	var ph renewal.Phase
	textErr := ph.UnmarshalText([]byte("soon"))
	tests := []struct {
		name string
		err  error
		is   error
		want string
	}{
		{"INT-5 as-of date before enrollment", beforeErr, renewal.ErrBeforeEnrollment,
			`renewal: enrollment "kubernetes": asOf 2024-05-01 (enrolled 2024-05-10): as-of date before the enrollment date`},
		{"INT-3 negative grace", policyErr, renewal.ErrInvalidPolicy,
			`renewal: invalid policy: Grace -5: outside 0..365 days`},
		{"REN-1 expert program", expertErr, renewal.ErrNotRenewable,
			`renewal: enrollment "azure-expert-msp": Kind expert-program: not renewed by this process: an expert program`},
		{"INT-10 anniversary 0", cycleErr, renewal.ErrNoSuchAnniversary,
			`renewal: enrollment "kubernetes": anniversary 0: no such anniversary`},
		{"INT-5 unknown phase text", textErr, renewal.ErrUnknownValue,
			`renewal: unknown Phase "soon"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !errors.Is(tt.err, tt.is) {
				t.Fatalf("error %v does not wrap %v", tt.err, tt.is)
			}
			for _, other := range sentinels {
				if other != tt.is && errors.Is(tt.err, other) {
					t.Errorf("error %v also wraps %v", tt.err, other)
				}
			}
			if got := tt.err.Error(); got != tt.want || !strings.HasPrefix(got, "renewal: ") {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
		})
	}
}
