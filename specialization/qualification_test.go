package specialization_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	sp "github.com/partnerkit/specializations/specialization"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// The published thresholds used below, from REQUIREMENTS.md.
var (
	mauGrowth = sp.Threshold{Measure: "mdi-mdca-mau-growth-12m", Min: dec("1000"), Unit: sp.UnitMAU,
		Text: "1,000 MAU growth of Defender for Identity or Defender for Cloud Apps, trailing 12 months"}
	sentinelUSD = sp.Threshold{Measure: "sentinel-acr-usd-12m", Min: dec("100000"), Unit: sp.UnitUSD,
		Text: "USD 100,000 Microsoft Sentinel consumed revenue, trailing 12 months"}
	sc200 = sp.Threshold{Measure: "certified:SC-200", Min: dec("6"), Unit: sp.UnitIndividuals,
		Text: "six individuals with SC-200"}
	aiUSD = sp.Threshold{Measure: "ai-acr-usd-monthly-avg", Min: dec("2000"), Unit: sp.UnitUSD,
		Text: "USD 2,000 monthly average AI Azure consumed revenue over the last three months"}
	aiCustomers = sp.Threshold{Measure: "ai-acr-customers", Min: dec("3"), Unit: sp.UnitCustomers,
		Text: "aggregated from three or more customers"}
	certified = sp.Threshold{Measure: "certified-individuals", Min: dec("3"), Unit: sp.UnitIndividuals,
		Text: "at least three individuals with the listed certifications"}
	dp100 = sp.Threshold{Measure: "certified:DP-100", Min: dec("1"), Unit: sp.UnitIndividuals,
		Text: "Azure Data Scientist Associate"}
	ai102 = sp.Threshold{Measure: "certified:AI-102", Min: dec("1"), Unit: sp.UnitIndividuals,
		Text: "Azure AI Engineer Associate"}
)

// threatProtectionFigures is MAU growth OR Sentinel revenue, AND SC-200.
func threatProtectionFigures() sp.Qualification {
	return sp.Qualification{{mauGrowth, sentinelUSD}, {sc200}}
}

func aiFigures() sp.Qualification {
	return sp.Qualification{{aiUSD}, {aiCustomers}, {certified}, {dp100}, {ai102}}
}

// have builds a partner's figures from measure, value pairs.
func have(kv ...string) map[sp.Measure]decimal.Decimal {
	m := make(map[sp.Measure]decimal.Decimal, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		m[sp.Measure(kv[i])] = dec(kv[i+1])
	}
	return m
}

func aiAllMet() map[sp.Measure]decimal.Decimal {
	return have("ai-acr-usd-monthly-avg", "2000", "ai-acr-customers", "3", "certified-individuals", "3",
		"certified:DP-100", "1", "certified:AI-102", "1")
}

func short(t sp.Threshold, haveS, shortS string) sp.Shortfall {
	return sp.Shortfall{Threshold: t, Have: dec(haveS), Short: dec(shortS)}
}

func TestCheck(t *testing.T) {
	met := sp.QualificationReport{Met: true}
	with := func(m map[sp.Measure]decimal.Decimal, kv ...string) map[sp.Measure]decimal.Decimal {
		for k, v := range have(kv...) {
			m[k] = v
		}
		return m
	}
	tests := []struct {
		name string
		q    sp.Qualification
		have map[sp.Measure]decimal.Decimal
		want sp.QualificationReport
	}{
		{"ENR-1 met exactly at every threshold", aiFigures(), aiAllMet(), met},
		{"ENR-1 met above every threshold, at another scale", aiFigures(),
			with(aiAllMet(), "ai-acr-usd-monthly-avg", "2000.000", "ai-acr-customers", "12"), met},
		{"ENR-1 one customer short", aiFigures(), with(aiAllMet(), "ai-acr-customers", "2"),
			sp.QualificationReport{Shortfalls: []sp.Shortfall{short(aiCustomers, "2", "1")}}},
		{"ENR-1 USD 1,999.99 against 2,000 is short by exactly 0.01", aiFigures(),
			with(aiAllMet(), "ai-acr-usd-monthly-avg", "1999.99"),
			sp.QualificationReport{Shortfalls: []sp.Shortfall{short(aiUSD, "1999.99", "0.01")}}},
		{"ENR-1 a missing measure counts as zero", aiFigures(),
			func() map[sp.Measure]decimal.Decimal { m := aiAllMet(); delete(m, "certified:AI-102"); return m }(),
			sp.QualificationReport{Shortfalls: []sp.Shortfall{short(ai102, "0", "1")}}},
		{"ENR-1 unmet groups are reported in group order", aiFigures(),
			have("ai-acr-usd-monthly-avg", "1500", "certified-individuals", "3", "certified:DP-100", "1"),
			sp.QualificationReport{Shortfalls: []sp.Shortfall{
				short(aiUSD, "1500", "500"), short(aiCustomers, "0", "3"), short(ai102, "0", "1")}}},
		{"ENR-1 nothing reported at all", aiFigures(), nil,
			sp.QualificationReport{Shortfalls: []sp.Shortfall{short(aiUSD, "0", "2000"), short(aiCustomers, "0", "3"),
				short(certified, "0", "3"), short(dp100, "0", "1"), short(ai102, "0", "1")}}},
		{"ENR-1 OR group met by MAU growth alone", threatProtectionFigures(),
			have("mdi-mdca-mau-growth-12m", "1000", "certified:SC-200", "6"), met},
		{"ENR-1 OR group met by Sentinel revenue alone", threatProtectionFigures(),
			have("sentinel-acr-usd-12m", "100000.00", "certified:SC-200", "6"), met},
		{"ENR-1 OR group met by both", threatProtectionFigures(),
			have("mdi-mdca-mau-growth-12m", "5000", "sentinel-acr-usd-12m", "250000", "certified:SC-200", "7"), met},
		{"ENR-1 OR group unmet reports the smallest relative shortfall, not the smallest absolute one", threatProtectionFigures(),
			have("mdi-mdca-mau-growth-12m", "500", "sentinel-acr-usd-12m", "95000", "certified:SC-200", "6"),
			sp.QualificationReport{Shortfalls: []sp.Shortfall{short(sentinelUSD, "95000", "5000")}}},
		{"ENR-1 OR group unmet by MAU growth nearer", threatProtectionFigures(),
			have("mdi-mdca-mau-growth-12m", "999", "sentinel-acr-usd-12m", "99000", "certified:SC-200", "6"),
			sp.QualificationReport{Shortfalls: []sp.Shortfall{short(mauGrowth, "999", "1")}}},
		{"ENR-1 OR group tie goes to the first alternative", threatProtectionFigures(),
			have("mdi-mdca-mau-growth-12m", "500", "sentinel-acr-usd-12m", "50000", "certified:SC-200", "6"),
			sp.QualificationReport{Shortfalls: []sp.Shortfall{short(mauGrowth, "500", "500")}}},
		{"ENR-1 OR group and the AND group both unmet", threatProtectionFigures(),
			have("certified:SC-200", "5"),
			sp.QualificationReport{Shortfalls: []sp.Shortfall{short(mauGrowth, "0", "1000"), short(sc200, "5", "1")}}},
		{"REN-3 renewal checks the same figures", threatProtectionFigures(),
			have("sentinel-acr-usd-12m", "100000", "certified:SC-200", "5.5"),
			sp.QualificationReport{Shortfalls: []sp.Shortfall{short(sc200, "5.5", "0.5")}}},
		{"ENR-1 an empty Qualification (no published figures) reports Met", nil, nil, met},
		{"ENR-1 an empty Qualification is met whatever the figures, and knows none of them", sp.Qualification{},
			have("customers", "1"), sp.QualificationReport{Met: true, Unknown: []sp.Measure{"customers"}}},
		{"ENR-1 a negative figure is short by more than the minimum", threatProtectionFigures(),
			have("certified:SC-200", "-5", "sentinel-acr-usd-12m", "100000"),
			sp.QualificationReport{Shortfalls: []sp.Shortfall{short(sc200, "-5", "11")}}},
		{"ENR-1 a negative figure does not meet a zero minimum", sp.Qualification{{zeroMin("customers")}},
			have("customers", "-1"),
			sp.QualificationReport{Shortfalls: []sp.Shortfall{short(zeroMin("customers"), "-1", "1")}}},
		{"ENR-1 a zero minimum ranks after a positive one", sp.Qualification{{zeroMin("customers"), aiCustomers}},
			have("customers", "-1", "ai-acr-customers", "0"),
			sp.QualificationReport{Shortfalls: []sp.Shortfall{short(aiCustomers, "0", "3")}}},
		{"ENR-1 a missing measure meets a zero minimum", sp.Qualification{{zeroMin("customers")}}, nil, met},
		{"ENR-1 an unvalidated negative minimum is met by zero", sp.Qualification{{negativeMin()}}, nil, met},
		{"ENR-1 an unvalidated empty group is skipped", sp.Qualification{{}, {sc200}}, have("certified:SC-200", "1"),
			sp.QualificationReport{Shortfalls: []sp.Shortfall{short(sc200, "1", "5")}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.q.Check(tt.have)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Check(%v) (-want +got):\n%s", tt.have, diff)
			}
		})
	}
}

func zeroMin(m sp.Measure) sp.Threshold {
	return sp.Threshold{Measure: m, Min: decimal.Zero, Unit: sp.UnitCustomers}
}

func negativeMin() sp.Threshold {
	return sp.Threshold{Measure: "customers", Min: dec("-1"), Unit: sp.UnitCustomers}
}

// TestCheckDoesNotChangeItsInput guards the caller's map and thresholds.
func TestCheckDoesNotChangeItsInput(t *testing.T) {
	q := threatProtectionFigures()
	h := have("certified:SC-200", "5")
	q.Check(h)
	if diff := cmp.Diff(threatProtectionFigures(), q); diff != "" {
		t.Errorf("ENR-1 Check changed the Qualification (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(have("certified:SC-200", "5"), h); diff != "" {
		t.Errorf("ENR-1 Check changed the figures (-want +got):\n%s", diff)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name    string
		q       sp.Qualification
		wantErr error
	}{
		{"ENR-1 Threat Protection's figures", threatProtectionFigures(), nil},
		{"ENR-1 AI and Machine Learning's figures", aiFigures(), nil},
		{"ENR-1 no figures", nil, nil},
		{"ENR-1 a zero minimum", sp.Qualification{{zeroMin("customers")}}, nil},
		{"ENR-1 every unit", sp.Qualification{{mauGrowth, sentinelUSD, aiCustomers, sc200}}, nil},
		{"ENR-1 an empty group", sp.Qualification{{sc200}, {}}, sp.ErrInvalidQualification},
		{"ENR-1 a measure with spaces", sp.Qualification{{withMeasure(sc200, "certified individuals")}}, sp.ErrInvalidQualification},
		{"ENR-1 a measure in upper case", sp.Qualification{{withMeasure(sc200, "Customers")}}, sp.ErrInvalidQualification},
		{"ENR-1 an empty measure", sp.Qualification{{withMeasure(sc200, "")}}, sp.ErrInvalidQualification},
		{"ENR-1 a lower-case exam code", sp.Qualification{{withMeasure(sc200, "certified:sc-200")}}, sp.ErrInvalidQualification},
		{"ENR-1 certified: without an exam code", sp.Qualification{{withMeasure(sc200, "certified:")}}, sp.ErrInvalidQualification},
		{"ENR-1 an unknown unit", sp.Qualification{{withUnit(sentinelUSD, "EUR")}}, sp.ErrInvalidQualification},
		{"ENR-1 a unit in the wrong case", sp.Qualification{{withUnit(sentinelUSD, "usd")}}, sp.ErrInvalidQualification},
		{"ENR-1 no unit", sp.Qualification{{withUnit(sentinelUSD, "")}}, sp.ErrInvalidQualification},
		{"ENR-1 a negative minimum", sp.Qualification{{negativeMin()}}, sp.ErrInvalidQualification},
		{"ENR-1 a negative minimum in a later alternative", sp.Qualification{{sc200}, {mauGrowth, negativeMin()}}, sp.ErrInvalidQualification},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.q.Validate()
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil) != (err == nil) {
				t.Errorf("Validate() error = %v, want %v", err, tt.wantErr)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "specialization: group ") {
				t.Errorf("Validate() error %q lacks the package prefix", err)
			}
		})
	}
}

func withMeasure(t sp.Threshold, m sp.Measure) sp.Threshold { t.Measure = m; return t }
func withUnit(t sp.Threshold, u string) sp.Threshold        { t.Unit = u; return t }

func TestMeasureValid(t *testing.T) {
	tests := []struct {
		m    sp.Measure
		want bool
	}{
		{"ai-acr-usd-monthly-avg", true},
		{"customers", true},
		{"certified:SC-200", true},
		{"certified:AZ-500", true},
		{"certified:DP100", true},
		{"certified:SC--200", false},
		{"certified:-SC200", false},
		{"certified:SC-200-", false},
		{"certified:SC 200", false},
		{"Certified:SC-200", false},
		{"certified-individuals", true},
		{"mau_growth", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run("ENR-1 "+string(tt.m), func(t *testing.T) {
			if got := tt.m.Valid(); got != tt.want {
				t.Errorf("Measure(%q).Valid() = %v, want %v", tt.m, got, tt.want)
			}
		})
	}
}

func TestQualificationEqual(t *testing.T) {
	tests := []struct {
		name string
		a, b sp.Qualification
		want bool
	}{
		{"ENR-1 the same figures", threatProtectionFigures(), threatProtectionFigures(), true},
		{"ENR-1 minimums compared by value", sp.Qualification{{sc200}}, sp.Qualification{{withMin(sc200, "6.000")}}, true},
		{"ENR-1 nil and empty are both no figures", nil, sp.Qualification{}, true},
		{"ENR-1 another minimum", sp.Qualification{{sc200}}, sp.Qualification{{withMin(sc200, "7")}}, false},
		{"ENR-1 alternatives in another order", sp.Qualification{{mauGrowth, sentinelUSD}}, sp.Qualification{{sentinelUSD, mauGrowth}}, false},
		{"ENR-1 an OR group is not two AND groups", sp.Qualification{{mauGrowth, sentinelUSD}}, sp.Qualification{{mauGrowth}, {sentinelUSD}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Equal(tt.b); got != tt.want {
				t.Errorf("Equal() = %v, want %v", got, tt.want)
			}
		})
	}
}

func withMin(t sp.Threshold, m string) sp.Threshold { t.Min = dec(m); return t }

func BenchmarkCheck(b *testing.B) {
	q := threatProtectionFigures()
	h := have("mdi-mdca-mau-growth-12m", "640", "sentinel-acr-usd-12m", "87500.50", "certified:SC-200", "4")
	b.ReportAllocs()
	for b.Loop() {
		if q.Check(h).Met {
			b.Fatal("met")
		}
	}
}
