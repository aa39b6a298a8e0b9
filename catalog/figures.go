package catalog

import (
	"github.com/shopspring/decimal"

	"github.com/partnerkit/specializations/specialization"
)

// The published qualification figures (RULES ENR-1, REN-3;
// shared/spec/REQUIREMENTS.md). Each function returns a fresh value: every
// group must hold, and any one threshold of a group suffices. These are the
// complete sets found; other entries have no published figures in this
// catalog. The manual validation (audit, three customer references) is the
// entry's Validation, not a threshold.

// aiMachineLearningFigures: Microsoft Partner Resources, "AI and Machine
// Learning in Microsoft Azure specialization partner prep", updated
// 2024-06-17.
func aiMachineLearningFigures() specialization.Qualification {
	return specialization.Qualification{
		{{
			Measure: specialization.MeasureAIACRUSDMonthlyAvg, Min: decimal.NewFromInt(2000), Unit: specialization.UnitUSD,
			Text: "USD 2,000 monthly average AI Azure consumed revenue over the last three months",
		}},
		{{
			Measure: specialization.MeasureAIACRCustomers, Min: decimal.NewFromInt(3), Unit: specialization.UnitCustomers,
			Text: "AI Azure consumed revenue aggregated from three or more customers",
		}},
		{{
			Measure: specialization.MeasureCertifiedIndividuals, Min: decimal.NewFromInt(3), Unit: specialization.UnitIndividuals,
			Text: "at least three individuals with the listed certifications",
		}},
		{{
			Measure: specialization.MeasureCertifiedDP100, Min: decimal.NewFromInt(1), Unit: specialization.UnitIndividuals,
			Text: "Azure Data Scientist Associate (DP-100) held by at least one of them",
		}},
		{{
			Measure: specialization.MeasureCertifiedAI102, Min: decimal.NewFromInt(1), Unit: specialization.UnitIndividuals,
			Text: "Azure AI Engineer Associate (AI-102) held by at least one of them",
		}},
	}
}

// threatProtectionFigures: Microsoft Partner Resources, Security Academy
// "Specializations", updated 2025-04-11. Its first group is the one OR of
// the published sets.
func threatProtectionFigures() specialization.Qualification {
	return specialization.Qualification{
		{
			{
				Measure: specialization.MeasureMDIMDCAMAUGrowth12M, Min: decimal.NewFromInt(1000), Unit: specialization.UnitMAU,
				Text: "1,000 monthly-active-user growth of Microsoft Defender for Identity or " +
					"Defender for Cloud Apps in a trailing 12 months",
			},
			{
				Measure: specialization.MeasureSentinelACRUSD12M, Min: decimal.NewFromInt(100000), Unit: specialization.UnitUSD,
				Text: "USD 100,000 Microsoft Sentinel consumed revenue in a trailing 12 months",
			},
		},
		{{
			Measure: specialization.MeasureCertifiedSC200, Min: decimal.NewFromInt(6), Unit: specialization.UnitIndividuals,
			Text: "six individuals with SC-200",
		}},
	}
}

// informationProtectionFigures: Microsoft Partner Resources, Security
// Academy "Specializations", updated 2025-04-11.
func informationProtectionFigures() specialization.Qualification {
	return specialization.Qualification{
		{{
			Measure: specialization.MeasureAIPMIPMAUGrowth12M, Min: decimal.NewFromInt(1000), Unit: specialization.UnitMAU,
			Text: "1,000 MAU growth of Azure/Microsoft Information Protection in a trailing 12 months",
		}},
		{{
			Measure: specialization.MeasureCertifiedSC400, Min: decimal.NewFromInt(6), Unit: specialization.UnitIndividuals,
			Text: "six individuals with SC-400",
		}},
	}
}

// cloudSecurityFigures: Microsoft Partner Resources, Security Academy
// "Specializations", updated 2025-04-11.
func cloudSecurityFigures() specialization.Qualification {
	return specialization.Qualification{
		{{
			Measure: specialization.MeasureSecurityACRUSD12M, Min: decimal.NewFromInt(200000), Unit: specialization.UnitUSD,
			Text: "USD 200,000 consumed revenue from security workloads in a trailing 12 months",
		}},
		{{
			Measure: specialization.MeasureCertifiedAZ500, Min: decimal.NewFromInt(6), Unit: specialization.UnitIndividuals,
			Text: "six individuals with AZ-500",
		}},
		{{
			Measure: specialization.MeasureCertifiedSC200, Min: decimal.NewFromInt(4), Unit: specialization.UnitIndividuals,
			Text: "four individuals with SC-200",
		}},
	}
}

// identityAccessFigures: Microsoft Partner Resources, Security Academy
// "Specializations", updated 2025-04-11.
func identityAccessFigures() specialization.Qualification {
	return specialization.Qualification{
		{{
			Measure: specialization.MeasureEntraIDPMAUGrowth12M, Min: decimal.NewFromInt(2000), Unit: specialization.UnitMAU,
			Text: "2,000 MAU growth of Microsoft Entra ID Premium in a trailing 12 months",
		}},
		{{
			Measure: specialization.MeasureCertifiedSC300, Min: decimal.NewFromInt(6), Unit: specialization.UnitIndividuals,
			Text: "six individuals with SC-300",
		}},
	}
}
