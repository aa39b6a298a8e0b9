package specialization

// The measures of the published qualification figures (RULES ENR-1, REN-3;
// shared/spec/REQUIREMENTS.md). A partner's figures are keyed by these, and
// Qualification.Check matches them exactly, case included: a key spelt any
// other way counts for nothing and is listed in QualificationReport.Unknown.
// The catalog's thresholds are keyed by the same measures, so a figure
// keyed by one of these reaches every entry that publishes it. Periods are those of the
// published wording: "12M" is a trailing 12 months.
const (
	// MeasureAIACRUSDMonthlyAvg is the monthly average AI Azure consumed
	// revenue over the last three months, in USD (AI and Machine Learning on
	// Microsoft Azure: at least 2,000).
	MeasureAIACRUSDMonthlyAvg Measure = "ai-acr-usd-monthly-avg"
	// MeasureAIACRCustomers is the number of customers the AI Azure consumed
	// revenue is aggregated from (AI and Machine Learning on Microsoft
	// Azure: at least 3).
	MeasureAIACRCustomers Measure = "ai-acr-customers"
	// MeasureCertifiedIndividuals is the number of individuals holding the
	// certifications an entry lists (AI and Machine Learning on Microsoft
	// Azure: at least 3).
	MeasureCertifiedIndividuals Measure = "certified-individuals"
	// MeasureCertifiedDP100 is the number of individuals certified Azure
	// Data Scientist Associate, exam DP-100 (AI and Machine Learning on
	// Microsoft Azure: at least 1).
	MeasureCertifiedDP100 Measure = "certified:DP-100"
	// MeasureCertifiedAI102 is the number of individuals certified Azure AI
	// Engineer Associate, exam AI-102 (AI and Machine Learning on Microsoft
	// Azure: at least 1).
	MeasureCertifiedAI102 Measure = "certified:AI-102"
	// MeasureMDIMDCAMAUGrowth12M is the monthly-active-user growth of
	// Microsoft Defender for Identity or Defender for Cloud Apps in a
	// trailing 12 months (Threat Protection: at least 1,000, or Sentinel
	// revenue instead).
	MeasureMDIMDCAMAUGrowth12M Measure = "mdi-mdca-mau-growth-12m"
	// MeasureSentinelACRUSD12M is the Microsoft Sentinel consumed revenue in
	// a trailing 12 months, in USD (Threat Protection: at least 100,000, or
	// MAU growth instead).
	MeasureSentinelACRUSD12M Measure = "sentinel-acr-usd-12m"
	// MeasureCertifiedSC200 is the number of individuals certified in exam
	// SC-200 (Threat Protection: at least 6; Cloud Security: at least 4).
	MeasureCertifiedSC200 Measure = "certified:SC-200"
	// MeasureAIPMIPMAUGrowth12M is the monthly-active-user growth of
	// Azure/Microsoft Information Protection in a trailing 12 months
	// (Information Protection and Governance: at least 1,000).
	MeasureAIPMIPMAUGrowth12M Measure = "aip-mip-mau-growth-12m"
	// MeasureCertifiedSC400 is the number of individuals certified in exam
	// SC-400 (Information Protection and Governance: at least 6).
	MeasureCertifiedSC400 Measure = "certified:SC-400"
	// MeasureSecurityACRUSD12M is the consumed revenue from security
	// workloads in a trailing 12 months, in USD (Cloud Security: at least
	// 200,000).
	MeasureSecurityACRUSD12M Measure = "security-acr-usd-12m"
	// MeasureCertifiedAZ500 is the number of individuals certified in exam
	// AZ-500 (Cloud Security: at least 6).
	MeasureCertifiedAZ500 Measure = "certified:AZ-500"
	// MeasureEntraIDPMAUGrowth12M is the monthly-active-user growth of
	// Microsoft Entra ID Premium in a trailing 12 months (Identity and
	// Access Management: at least 2,000).
	MeasureEntraIDPMAUGrowth12M Measure = "entra-id-p-mau-growth-12m"
	// MeasureCertifiedSC300 is the number of individuals certified in exam
	// SC-300 (Identity and Access Management: at least 6).
	MeasureCertifiedSC300 Measure = "certified:SC-300"
)
