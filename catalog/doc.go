// Package catalog holds the specializations and expert programs of the
// Microsoft AI Cloud Partner Program (RULES CAT-1..CAT-4), with every dated
// change to them since (EDN-1..EDN-8), and finds them by ID or by any name
// they ever had.
//
// # Model
//
// A Catalog is an immutable, ordered set of specialization.Specialization
// entries: a small value holding a pointer to data nothing changes, so it
// is copied freely, compared with == (Default() == Default()), and no
// caller can change or empty what another sees. The zero Catalog is empty.
// Default returns the built-in catalog, built once: the 31 specializations
// of the seed page (Azure 13, Business Applications 8, Modern Work 6,
// Security 4), the Azure Expert MSP expert program, three Azure
// specializations retired in 2023 (RULES CAT-4) and three introduced after
// the seed (Microsoft Copilot, Agentic Business Solutions, App
// Modernization on Microsoft Azure): 38 entries. New builds a catalog from
// any list of specialization.Definition values. Every method is safe for
// concurrent use.
//
// Catalog order is category order (Azure, Business Applications, Modern
// Work, Security), then the order the definitions were given in; for the
// built-in catalog that is the seed page's list order, then the entries the
// lists do not print: Azure Expert MSP, the retirees, and last the entries
// introduced after the seed.
//
// # Dated answers
//
// An entry is a view with the terms of one day (RULES EDN-2): Get, Lookup,
// All, InCategory and Suggest give the latest terms, s.On(d) those in force
// on d, and Available(held, d) yields the views of day d. The same Security
// entry, asked on three days:
//
//	s, _ := catalog.Default().Get("information-protection-and-governance")
//	s.On(2025-01-01): Information Protection and Governance, customer references
//	s.On(2026-06-01): Data Security, customer references (renamed 2025-08-26)
//	s.On(2027-01-01): Data Security, audit; for an enrollment made before
//	                  2026-07-30, anniversaries from that day on move 6 months
//	                  later (s.ShiftMonths, EDN-5)
//
// An English rename that gives no Chinese name clears the Chinese name, so
// LocalName("zh-Hans") of Data Security is the English name (EDN-2).
//
// An entry is offered (s.Offered(d)) from its introduction, when known, to
// the day before it closes, by default its retirement day (EDN-3). So
// Available is inclusive before and exclusive from that day: Kubernetes on
// Microsoft Azure, retired 2026-07-31 and replaced by App Modernization on
// Microsoft Azure, is available on 2026-07-30 and not on 2026-07-31, and App
// Modernization the other way round. Azure Expert MSP closes to new
// enrollments on 2026-09-16 and retires on 2027-02-01.
//
// # Confirmed and reported changes
//
// Every change records its source, and whether it was read at Microsoft
// ("confirmed") or is known from dated third-party reports quoting
// Microsoft (Change.Reported); where no source gives the day, the data uses
// 1 July of the year of the earliest source and marks the day inferred
// (Change.Inferred, EDN-8). An entry's Source gives where its base terms are
// published and, in the same form, the source of its introduction, closing
// and retirement ("Retired 2026-07-31, reported: ...").
//
// Confirmed: the 2023-01-09 replacement of the Windows Server and SQL
// Server and the Linux and Open Source Database migrations by Infra and
// Database Migration (their holders carry over, EDN-6); the 2023-07-11
// introductions and the rename of Modernize Web Applications to Migrate
// Enterprise Applications; the retirement of Hybrid Operations with Azure
// Arc on 2023-10-09; the 2024-08-12 rename of DevOps with GitHub to
// Accelerate Developer Productivity; the rename of AI and Machine Learning
// to AI Platform (day inferred, 2025-07-01).
//
// Reported: everything else since mid-2025: the renames of the AI apps and
// developer entries, Data Security and Secure AI Productivity; Microsoft
// Copilot (introduced 2025-07-01, day inferred; Microsoft 365 Copilot with
// an audit from 2026-07-01); the retirement of Adoption and Change
// Management on 2026-06-25; audits and the six-month shift for the four
// Security entries from 2026-07-30; the 2026-07-31 consolidation into
// Analytics on Azure, Agentic Business Solutions and App Modernization on
// Microsoft Azure (nobody carried over); the closing of Azure Expert MSP.
// The benefit caps, which also changed, belong to package benefits.
//
// # Names
//
// Lookup accepts an entry's ID, or any English name, Chinese name or alias
// it ever had (former names and every other form the seed page prints,
// RULES CAT-3, EDN-2). Both sides are reduced to a key before an exact
// comparison: letters are lower-cased (Unicode simple case folding), every
// character that is not a letter or digit is dropped (spaces, hyphens, "(",
// "（", "，" alike), "&" reads as "and", and then every occurrence of
// "microsoft" is removed. So these all find the entry now named Analytics
// on Azure:
//
//	"Analytics on Microsoft Azure"
//	"ANALYTICS ON AZURE"
//	"analytics-on-microsoft-azure"   (its ID)
//	"AnalyticsOnMicrosoftAzure"
//	"Microsoft Azure 上的分析"         (its Chinese name until 2026-07-31)
//
// and "Adoption & Change Management" finds Adoption and Change Management.
// There is no prefix or fuzzy matching: "Analytics" alone finds nothing, and
// neither does "Microsoft" alone or the empty string. A key longer than 256
// bytes at any point of its reduction is never found; New rejects names
// whose key is empty or that long (ErrUnusableName), and a name of one
// entry, present or former, whose key is that of another's
// (ErrAmbiguousName). Lookup does not allocate.
//
// Suggest is the "did you mean" for a name Lookup does not find. It reduces
// names to the same keys and ranks entries by the edit distance between
// keys relative to the longer key (halved when the input is part of the
// name); see Suggest for the exact measure and the cut-off.
//
// # Qualification figures
//
// Five entries carry the qualification thresholds Microsoft publishes (RULES
// ENR-1, REN-3; REQUIREMENTS.md): AI and Machine Learning on Microsoft Azure
// and the four Security specializations. Every other entry has an empty
// Qualification, which means "no published figures in this catalog", never
// "nothing required": their requirements exist but are not published in a
// form this catalog records.
//
// # Sources
//
// Names follow the seed page (the Chinese "Specializations overview" of
// Microsoft Learn); where it and the RULES digest differ in a name's form,
// the seed's form is kept. History comes from the EDN table of RULES.md,
// each row cited beside its entry in the data file and in the entry's
// Source and Changes.
package catalog
