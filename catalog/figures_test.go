package catalog_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/specialization"
)

// figure is a threshold without its wording, as REQUIREMENTS.md lists it.
type figure struct {
	Measure specialization.Measure
	Min     string
	Unit    string
}

func figuresOf(q specialization.Qualification) [][]figure {
	var out [][]figure
	for _, g := range q {
		var fg []figure
		for _, t := range g {
			fg = append(fg, figure{t.Measure, t.Min.String(), t.Unit})
		}
		out = append(out, fg)
	}
	return out
}

func TestPublishedFigures(t *testing.T) {
	tests := []struct {
		name string
		id   specialization.ID
		want [][]figure
	}{
		{"ENR-1 AI and Machine Learning, 2024-06-17", "ai-and-machine-learning", [][]figure{
			{{"ai-acr-usd-monthly-avg", "2000", "USD"}},
			{{"ai-acr-customers", "3", "customers"}},
			{{"certified-individuals", "3", "individuals"}},
			{{"certified:DP-100", "1", "individuals"}},
			{{"certified:AI-102", "1", "individuals"}},
		}},
		{"ENR-1 Threat Protection, 2025-04-11", "threat-protection", [][]figure{
			{{"mdi-mdca-mau-growth-12m", "1000", "MAU"}, {"sentinel-acr-usd-12m", "100000", "USD"}},
			{{"certified:SC-200", "6", "individuals"}},
		}},
		{"ENR-1 Information Protection and Governance, 2025-04-11", "information-protection-and-governance", [][]figure{
			{{"aip-mip-mau-growth-12m", "1000", "MAU"}},
			{{"certified:SC-400", "6", "individuals"}},
		}},
		{"ENR-1 Cloud Security, 2025-04-11", "cloud-security", [][]figure{
			{{"security-acr-usd-12m", "200000", "USD"}},
			{{"certified:AZ-500", "6", "individuals"}},
			{{"certified:SC-200", "4", "individuals"}},
		}},
		{"ENR-1 Identity and Access Management, 2025-04-11", "identity-and-access-management", [][]figure{
			{{"entra-id-p-mau-growth-12m", "2000", "MAU"}},
			{{"certified:SC-300", "6", "individuals"}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := catalog.Default().Get(tt.id)
			q := s.Qualification()
			if diff := cmp.Diff(tt.want, figuresOf(q)); diff != "" {
				t.Errorf("Get(%q).Qualification() mismatch (-want +got):\n%s", tt.id, diff)
			}
			for _, g := range q {
				for _, th := range g {
					if th.Text == "" {
						t.Errorf("%s threshold %s has no published wording", tt.id, th.Measure)
					}
				}
			}
		})
	}
}

// have builds a partner's figures from measure, value pairs.
func have(pairs ...string) map[specialization.Measure]decimal.Decimal {
	m := make(map[specialization.Measure]decimal.Decimal, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		m[specialization.Measure(pairs[i])] = decimal.RequireFromString(pairs[i+1])
	}
	return m
}

// short is the shortfall expected against the catalog's threshold for
// measure m of entry id.
func short(t *testing.T, id specialization.ID, m specialization.Measure, have, by string) specialization.Shortfall {
	t.Helper()
	s, _ := catalog.Default().Get(id)
	for _, g := range s.Qualification() {
		for _, th := range g {
			if th.Measure == m {
				return specialization.Shortfall{
					Threshold: th, Have: decimal.RequireFromString(have), Short: decimal.RequireFromString(by),
				}
			}
		}
	}
	t.Fatalf("%s has no threshold for %s", id, m)
	return specialization.Shortfall{}
}

func TestPublishedFiguresCheck(t *testing.T) {
	const (
		aiml = "ai-and-machine-learning"
		tp   = "threat-protection"
		ipg  = "information-protection-and-governance"
		cs   = "cloud-security"
		iam  = "identity-and-access-management"
	)
	aimlAtMin := []string{"ai-acr-usd-monthly-avg", "2000", "ai-acr-customers", "3",
		"certified-individuals", "3", "certified:DP-100", "1", "certified:AI-102", "1"}
	with := func(base []string, pairs ...string) []string {
		return append(append([]string{}, base...), pairs...) // later pairs win
	}
	tests := []struct {
		name  string
		id    specialization.ID
		have  []string
		short []specialization.Shortfall // nil: met
	}{
		{name: "ENR-1 AI and Machine Learning met exactly at the thresholds", id: aiml, have: aimlAtMin},
		{name: "REN-3 AI and Machine Learning met above the thresholds", id: aiml,
			have: with(aimlAtMin, "ai-acr-usd-monthly-avg", "2000.01", "certified-individuals", "7")},
		{name: "ENR-1 AI and Machine Learning USD 0.01 short", id: aiml,
			have:  with(aimlAtMin, "ai-acr-usd-monthly-avg", "1999.99"),
			short: []specialization.Shortfall{short(t, aiml, "ai-acr-usd-monthly-avg", "1999.99", "0.01")}},
		{name: "ENR-1 AI and Machine Learning one customer short", id: aiml,
			have:  with(aimlAtMin, "ai-acr-customers", "2"),
			short: []specialization.Shortfall{short(t, aiml, "ai-acr-customers", "2", "1")}},
		{name: "ENR-1 AI and Machine Learning one individual short", id: aiml,
			have:  with(aimlAtMin, "certified-individuals", "2"),
			short: []specialization.Shortfall{short(t, aiml, "certified-individuals", "2", "1")}},
		{name: "ENR-1 AI and Machine Learning no DP-100 holder", id: aiml,
			have:  with(aimlAtMin, "certified:DP-100", "0"),
			short: []specialization.Shortfall{short(t, aiml, "certified:DP-100", "0", "1")}},
		{name: "ENR-1 AI and Machine Learning missing AI-102 counts as zero", id: aiml,
			have:  aimlAtMin[:8],
			short: []specialization.Shortfall{short(t, aiml, "certified:AI-102", "0", "1")}},
		{name: "ENR-1 AI and Machine Learning nothing reported: every group short, in order", id: aiml,
			short: []specialization.Shortfall{
				short(t, aiml, "ai-acr-usd-monthly-avg", "0", "2000"),
				short(t, aiml, "ai-acr-customers", "0", "3"),
				short(t, aiml, "certified-individuals", "0", "3"),
				short(t, aiml, "certified:DP-100", "0", "1"),
				short(t, aiml, "certified:AI-102", "0", "1"),
			}},

		{name: "ENR-1 Threat Protection OR met by MAU growth exactly", id: tp,
			have: []string{"mdi-mdca-mau-growth-12m", "1000", "certified:SC-200", "6"}},
		{name: "ENR-1 Threat Protection OR met by Sentinel revenue exactly", id: tp,
			have: []string{"sentinel-acr-usd-12m", "100000", "certified:SC-200", "6"}},
		{name: "ENR-1 Threat Protection OR met by both", id: tp,
			have: []string{"mdi-mdca-mau-growth-12m", "5000", "sentinel-acr-usd-12m", "250000", "certified:SC-200", "6"}},
		{name: "ENR-1 Threat Protection OR unmet reports the relatively nearest side (MAU)", id: tp,
			have:  []string{"mdi-mdca-mau-growth-12m", "999", "sentinel-acr-usd-12m", "50000", "certified:SC-200", "6"},
			short: []specialization.Shortfall{short(t, tp, "mdi-mdca-mau-growth-12m", "999", "1")}},
		{name: "ENR-1 Threat Protection OR unmet reports the relatively nearest side (USD)", id: tp,
			have:  []string{"mdi-mdca-mau-growth-12m", "10", "sentinel-acr-usd-12m", "99999.99", "certified:SC-200", "6"},
			short: []specialization.Shortfall{short(t, tp, "sentinel-acr-usd-12m", "99999.99", "0.01")}},
		{name: "ENR-1 Threat Protection one SC-200 holder short", id: tp,
			have:  []string{"sentinel-acr-usd-12m", "100000", "certified:SC-200", "5"},
			short: []specialization.Shortfall{short(t, tp, "certified:SC-200", "5", "1")}},

		{name: "ENR-1 Information Protection and Governance met exactly", id: ipg,
			have: []string{"aip-mip-mau-growth-12m", "1000", "certified:SC-400", "6"}},
		{name: "ENR-1 Information Protection and Governance one MAU short", id: ipg,
			have:  []string{"aip-mip-mau-growth-12m", "999", "certified:SC-400", "6"},
			short: []specialization.Shortfall{short(t, ipg, "aip-mip-mau-growth-12m", "999", "1")}},
		{name: "ENR-1 Information Protection and Governance one SC-400 holder short", id: ipg,
			have:  []string{"aip-mip-mau-growth-12m", "1000", "certified:SC-400", "5"},
			short: []specialization.Shortfall{short(t, ipg, "certified:SC-400", "5", "1")}},

		{name: "ENR-1 Cloud Security met exactly", id: cs,
			have: []string{"security-acr-usd-12m", "200000", "certified:AZ-500", "6", "certified:SC-200", "4"}},
		{name: "ENR-1 Cloud Security USD 0.01 short", id: cs,
			have:  []string{"security-acr-usd-12m", "199999.99", "certified:AZ-500", "6", "certified:SC-200", "4"},
			short: []specialization.Shortfall{short(t, cs, "security-acr-usd-12m", "199999.99", "0.01")}},
		{name: "ENR-1 Cloud Security one AZ-500 holder short", id: cs,
			have:  []string{"security-acr-usd-12m", "200000", "certified:AZ-500", "5", "certified:SC-200", "4"},
			short: []specialization.Shortfall{short(t, cs, "certified:AZ-500", "5", "1")}},
		{name: "ENR-1 Cloud Security one SC-200 holder short", id: cs,
			have:  []string{"security-acr-usd-12m", "200000", "certified:AZ-500", "6", "certified:SC-200", "3"},
			short: []specialization.Shortfall{short(t, cs, "certified:SC-200", "3", "1")}},

		{name: "ENR-1 Identity and Access Management met exactly", id: iam,
			have: []string{"entra-id-p-mau-growth-12m", "2000", "certified:SC-300", "6"}},
		{name: "ENR-1 Identity and Access Management one MAU short", id: iam,
			have:  []string{"entra-id-p-mau-growth-12m", "1999", "certified:SC-300", "6"},
			short: []specialization.Shortfall{short(t, iam, "entra-id-p-mau-growth-12m", "1999", "1")}},
		{name: "ENR-1 Identity and Access Management one SC-300 holder short", id: iam,
			have:  []string{"entra-id-p-mau-growth-12m", "2000", "certified:SC-300", "5"},
			short: []specialization.Shortfall{short(t, iam, "certified:SC-300", "5", "1")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := catalog.Default().Get(tt.id)
			got := s.Qualification().Check(have(tt.have...))
			want := specialization.QualificationReport{Met: tt.short == nil, Shortfalls: tt.short}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s Check(%v) mismatch (-want +got):\n%s", tt.id, tt.have, diff)
			}
		})
	}
}

// TestUnpublishedFigures proves that an entry without published
// figures has an empty Qualification, told apart from "met" by its length.
func TestUnpublishedFigures(t *testing.T) {
	s, _ := catalog.Default().Get("analytics-on-microsoft-azure")
	if q := s.Qualification(); len(q) != 0 {
		t.Errorf("ENR-1 analytics-on-microsoft-azure: Qualification() = %v, want none published", q)
	}
}
