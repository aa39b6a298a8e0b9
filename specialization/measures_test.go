package specialization_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	sp "github.com/partnerkit/specializations/specialization"
	"github.com/shopspring/decimal"
)

// TestMeasureConstants pins every constant to the slug REQUIREMENTS.md
// prints, so that a typo in one is a failing row, not a figure that
// silently counts as zero.
func TestMeasureConstants(t *testing.T) {
	tests := []struct {
		name string
		got  sp.Measure
		want string
	}{
		{"ENR-1 AI and Machine Learning revenue", sp.MeasureAIACRUSDMonthlyAvg, "ai-acr-usd-monthly-avg"},
		{"ENR-1 AI and Machine Learning customers", sp.MeasureAIACRCustomers, "ai-acr-customers"},
		{"ENR-1 AI and Machine Learning certified individuals", sp.MeasureCertifiedIndividuals, "certified-individuals"},
		{"ENR-1 AI and Machine Learning DP-100", sp.MeasureCertifiedDP100, "certified:DP-100"},
		{"ENR-1 AI and Machine Learning AI-102", sp.MeasureCertifiedAI102, "certified:AI-102"},
		{"ENR-1 Threat Protection MAU growth", sp.MeasureMDIMDCAMAUGrowth12M, "mdi-mdca-mau-growth-12m"},
		{"ENR-1 Threat Protection Sentinel revenue", sp.MeasureSentinelACRUSD12M, "sentinel-acr-usd-12m"},
		{"ENR-1 Threat Protection and Cloud Security SC-200", sp.MeasureCertifiedSC200, "certified:SC-200"},
		{"ENR-1 Information Protection MAU growth", sp.MeasureAIPMIPMAUGrowth12M, "aip-mip-mau-growth-12m"},
		{"ENR-1 Information Protection SC-400", sp.MeasureCertifiedSC400, "certified:SC-400"},
		{"ENR-1 Cloud Security revenue", sp.MeasureSecurityACRUSD12M, "security-acr-usd-12m"},
		{"ENR-1 Cloud Security AZ-500", sp.MeasureCertifiedAZ500, "certified:AZ-500"},
		{"ENR-1 Identity and Access MAU growth", sp.MeasureEntraIDPMAUGrowth12M, "entra-id-p-mau-growth-12m"},
		{"ENR-1 Identity and Access SC-300", sp.MeasureCertifiedSC300, "certified:SC-300"},
	}
	seen := map[sp.Measure]string{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, string(tt.got)); diff != "" {
				t.Errorf("constant (-want +got):\n%s", diff)
			}
			if !tt.got.Valid() {
				t.Errorf("Measure(%q).Valid() = false, want true", tt.got)
			}
			if other, dup := seen[tt.got]; dup {
				t.Errorf("Measure %q is also the constant of %q", tt.got, other)
			}
			seen[tt.got] = tt.name
		})
	}
}

// TestCheckUnknown proves that a figure no threshold names is reported,
// never counted in silence (issue 10 item 6).
func TestCheckUnknown(t *testing.T) {
	tests := []struct {
		name string
		q    sp.Qualification
		have map[sp.Measure]int64
		want sp.QualificationReport
	}{
		{"ENR-1 a misspelt exam code is unknown and the real one counts as zero", threatProtectionFigures(),
			map[sp.Measure]int64{sp.MeasureSentinelACRUSD12M: 100000, "certified:sc-200": 6},
			sp.QualificationReport{Shortfalls: []sp.Shortfall{short(sc200, "0", "6")}, Unknown: []sp.Measure{"certified:sc-200"}}},
		{"ENR-1 every named measure is known", threatProtectionFigures(),
			map[sp.Measure]int64{sp.MeasureMDIMDCAMAUGrowth12M: 0, sp.MeasureSentinelACRUSD12M: 100000, sp.MeasureCertifiedSC200: 6},
			sp.QualificationReport{Met: true}},
		{"ENR-1 an unknown measure leaves Met true when every group holds", threatProtectionFigures(),
			map[sp.Measure]int64{sp.MeasureSentinelACRUSD12M: 100000, sp.MeasureCertifiedSC200: 6, sp.MeasureCertifiedSC400: 9},
			sp.QualificationReport{Met: true, Unknown: []sp.Measure{sp.MeasureCertifiedSC400}}},
		{"ENR-1 unknown measures are sorted", threatProtectionFigures(),
			map[sp.Measure]int64{"zz": 1, sp.MeasureSentinelACRUSD12M: 100000, "Sentinel-ACR": 1, sp.MeasureCertifiedSC200: 6, "certified:SC-2OO": 6, "": 1},
			sp.QualificationReport{Met: true, Unknown: []sp.Measure{"", "Sentinel-ACR", "certified:SC-2OO", "zz"}}},
		{"ENR-1 the second alternative of a group is known", sp.Qualification{{mauGrowth, sentinelUSD}},
			map[sp.Measure]int64{sp.MeasureSentinelACRUSD12M: 5},
			sp.QualificationReport{Shortfalls: []sp.Shortfall{short(sentinelUSD, "5", "99995")}}},
		{"ENR-1 an empty Qualification knows no measure", nil,
			map[sp.Measure]int64{sp.MeasureCertifiedSC200: 6, sp.MeasureAIACRCustomers: 3},
			sp.QualificationReport{Met: true, Unknown: []sp.Measure{sp.MeasureAIACRCustomers, sp.MeasureCertifiedSC200}}},
		{"ENR-1 no figures, nothing unknown", aiFigures(), nil,
			sp.QualificationReport{Shortfalls: []sp.Shortfall{short(aiUSD, "0", "2000"), short(aiCustomers, "0", "3"),
				short(certified, "0", "3"), short(dp100, "0", "1"), short(ai102, "0", "1")}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var figures map[sp.Measure]decimal.Decimal // nil stays nil
			for m, v := range tt.have {
				if figures == nil {
					figures = map[sp.Measure]decimal.Decimal{}
				}
				figures[m] = decimal.NewFromInt(v)
			}
			got := tt.q.Check(figures)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Check(%v) (-want +got):\n%s", tt.have, diff)
			}
		})
	}
}

func TestQualificationReportEqual(t *testing.T) {
	base := sp.QualificationReport{Met: true, Unknown: []sp.Measure{"a", "b"}}
	tests := []struct {
		name string
		a, b sp.QualificationReport
		want bool
	}{
		{"ENR-1 the same unknown measures", base, sp.QualificationReport{Met: true, Unknown: []sp.Measure{"a", "b"}}, true},
		{"ENR-1 nil and empty Unknown alike", sp.QualificationReport{Met: true}, sp.QualificationReport{Met: true, Unknown: []sp.Measure{}}, true},
		{"ENR-1 another unknown measure", base, sp.QualificationReport{Met: true, Unknown: []sp.Measure{"a", "c"}}, false},
		{"ENR-1 one unknown measure fewer", base, sp.QualificationReport{Met: true, Unknown: []sp.Measure{"a"}}, false},
		{"ENR-1 Met differs", base, sp.QualificationReport{Unknown: []sp.Measure{"a", "b"}}, false},
		{"ENR-1 a shortfall differs", base, sp.QualificationReport{Met: true, Unknown: []sp.Measure{"a", "b"},
			Shortfalls: []sp.Shortfall{short(sc200, "0", "6")}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Equal(tt.b); got != tt.want {
				t.Errorf("Equal() = %v, want %v", got, tt.want)
			}
			if got := tt.b.Equal(tt.a); got != tt.want {
				t.Errorf("Equal() = %v, want %v (symmetric)", got, tt.want)
			}
		})
	}
}
