// Package catalog holds the specializations and expert programs of the
// Microsoft AI Cloud Partner Program (RULES CAT-1..CAT-4) and finds them by
// ID or by any of their names.
//
// # Model
//
// A Catalog is an immutable, ordered set of specialization.Specialization
// entries. Default returns the built-in catalog: the 31 current
// specializations of the seed page (Azure 13, Business Applications 8,
// Modern Work 6, Security 4), the Azure Expert MSP expert program, and three
// retired Azure specializations kept because callers may still hold them
// (RULES CAT-4): 35 entries in all. New builds a catalog from any list of
// specialization.Definition values, so a program can add or replace entries
// without touching the built-in one. Nothing a Catalog returns shares memory
// with it, and every method is safe for concurrent use.
//
// Catalog order is category order (Azure, Business Applications, Modern
// Work, Security), then the order the definitions were given in; for the
// built-in catalog that is the seed page's list order, with the entries the
// lists do not print (Azure Expert MSP, then the retirees) after the 13
// current Azure specializations.
//
// # Names
//
// Lookup accepts an entry's ID, English name, Chinese name or any alias
// (former names and every other form the seed page prints, RULES CAT-3).
// Both sides are reduced to a key before an exact comparison: letters are
// lower-cased (Unicode simple case folding), every character that is not a
// letter or digit is dropped (spaces, hyphens, "(", "（", "，" alike), "&"
// reads as "and", and then every occurrence of "microsoft" is removed. So
// these all find Analytics on Microsoft Azure:
//
//	"Analytics on Microsoft Azure"
//	"ANALYTICS ON AZURE"
//	"analytics-on-microsoft-azure"   (its ID)
//	"AnalyticsOnMicrosoftAzure"
//	"Microsoft Azure 上的分析"         (its Chinese name)
//
// and "Adoption & Change Management" finds Adoption and Change Management.
// There is no prefix or fuzzy matching: "Analytics" alone finds nothing, and
// neither does "Microsoft" alone or the empty string. A key longer than 256
// bytes at any point of its reduction is never found; New rejects names
// whose key is empty or that long (ErrUnusableName).
//
// # Dates and retirement
//
// Dates are calendar dates with no time of day or zone (RULES INT-1). An
// entry's Retired date is the first day it is no longer offered, so
// Available is inclusive before and exclusive from it: Windows Server and
// SQL Server Migration to Microsoft Azure, retired 2023-01-09, is available
// on 2023-01-08 and not on 2023-01-09. The catalog records retirements but
// not introductions: Available on a date before an entry existed (Build and
// Modernize AI Apps in 2022, say) still yields it.
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
// the seed's form is kept. History (retirements, renames) comes from
// Microsoft's dated English pages and is cited beside each entry in the
// data file.
package catalog
