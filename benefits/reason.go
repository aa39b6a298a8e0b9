package benefits

import (
	"fmt"
	"strings"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/internal/langtag"
	"github.com/partnerkit/specializations/specialization"
)

// Reason explains a Grant: the RULES clause that decided it and the same
// sentence in English and in Simplified Chinese, naming the item by its
// name in force on the as-of date and giving the cap, the rank and the
// dates.
//
// Clauses used: "BEN-2" granted on the designation anniversary within the
// cap, or withheld because an earlier holding of the same item keeps its
// slot; "INT-8" granted to an item earned later in the year, or kept by an
// item that lapsed during the year; "EDN-3" kept by an item that retired
// during the year, or withheld because it retired on or before the
// designation anniversary; "EDN-7" granted only because the published cap
// was raised after the item was earned or after the designation
// anniversary; "BEN-4" granted with availability cut short by the end of
// the membership; "BEN-5" withheld because the category cap is reached;
// "INT-9" withheld for a missing prerequisite (no purchased benefits,
// membership ended, no aligned designation, lapsed on or before the
// designation anniversary). For a grant to which several apply, a lapse
// (INT-8) or retirement (EDN-3) during the year names the clause first,
// then a raised cap (EDN-7), then the end of the membership (BEN-4), then
// being earned later in the year (INT-8).
type Reason struct {
	Clause string `json:"clause"` // RULES clause ID, e.g. "BEN-2"
	// Text is the English sentence, e.g. "Identity and Access Management
	// brings Security benefit 2 of 3, held on the designation anniversary
	// 2026-07-01, ...".
	Text string `json:"text"`
	// Chinese is the same sentence in Simplified Chinese with full-width
	// punctuation and the same dates, e.g. "标识和访问管理：获得安全性类别
	// 权益第 2 个（上限 3 个），在指定周年日期 2026-07-01 已持有，...". An
	// item without a Chinese name is named in English.
	Chinese string `json:"chinese"`
}

// Local returns the reason in the language of the BCP 47 tag lang: Chinese
// when langtag.IsSimplifiedChinese(lang) ("zh", "zh-CN", "zh-Hans",
// ...) and Chinese is not empty, Text otherwise.
func (r Reason) Local(lang string) string {
	if r.Chinese != "" && langtag.IsSimplifiedChinese(lang) {
		return r.Chinese
	}
	return r.Text
}

// facts is what a reason states about one entry, worked out once for both
// languages so that they always agree.
type facts struct {
	clause  string
	item    specialization.Specialization // the item's terms in force on the as-of date
	later   bool                          // earned after the designation anniversary
	raised  date.Date                     // EDN-7: the day a raised cap let it in; zero otherwise
	ended   date.Date                     // lapse or retirement day, when it matters to the reason
	retired bool                          // ended is the item's retirement (EDN-3)
	cut     bool                          // availability ends with the membership, before the next DA
}

// reason explains e in both languages.
func (a *Allocation) reason(e *entry) Reason {
	f := a.facts(e)
	return Reason{Clause: f.clause, Text: a.english(e, &f), Chinese: a.chinese(e, &f)}
}

// facts works out the reason for e.
func (a *Allocation) facts(e *entry) facts {
	f := facts{item: e.h.Item.On(a.asOf), later: e.h.Earned.After(a.da), cut: a.through() != a.next}
	switch e.result {
	case granted:
		f.clause = a.grantClause(e, &f)
	case notHeld:
		f.ended, f.retired = e.h.end()
		f.clause = "INT-9"
		if f.retired {
			f.clause = "EDN-3"
		}
	case notPurchased, membershipEnded, notAligned:
		f.clause = "INT-9"
	case atCap:
		f.clause = "BEN-5"
	case shared:
		f.clause = "BEN-2"
	}
	return f
}

// grantClause fills in the facts of a granted entry and returns its clause,
// the later assignments taking precedence (see Reason).
func (a *Allocation) grantClause(e *entry, f *facts) string {
	clause := "BEN-2"
	if f.later {
		clause = "INT-8"
	}
	if f.cut {
		clause = "BEN-4"
	}
	cat := e.h.Item.Category()
	if onDA := publishedAt(a.da); a.published && e.rank > onDA.at(cat) {
		from := a.da
		if f.later {
			from = e.h.Earned
		}
		if then := publishedAt(from); then.at(cat) < e.rank {
			if d, ok := raisedOn(cat, e.rank, from, a.asOf); ok {
				f.raised, clause = d, "EDN-7"
			}
		}
	}
	if e.h.endedBy(a.asOf) {
		f.ended, f.retired = e.h.end()
		clause = "INT-8"
		if f.retired {
			clause = "EDN-3"
		}
	}
	return clause
}

// english returns the English sentence explaining e.
func (a *Allocation) english(e *entry, f *facts) string {
	name := f.item.Name()
	switch e.result {
	case granted:
		return a.grantedEnglish(e, f)
	case notPurchased:
		return name + " brings no benefit: the partner has not purchased the Solutions Partner benefits."
	case membershipEnded:
		return fmt.Sprintf("%s brings no benefit: the Solutions Partner membership ended; its last day was %s, "+
			"before the as-of date %s.", name, a.partner.MembershipEnds, a.asOf)
	case notHeld:
		return fmt.Sprintf("%s brings no benefit: %s, on or before the designation anniversary %s, "+
			"so it is not held and takes no slot.", name, endedEnglish(f), a.da)
	case notAligned:
		return fmt.Sprintf("%s brings no benefit: it requires the %s designation, which the partner does not "+
			"hold, so it takes no slot.", name, f.item.Designations())
	case atCap:
		cat := e.h.Item.Category()
		switch n := a.caps.at(cat); {
		case n == 0:
			return fmt.Sprintf("%s brings no benefit: the %s cap is 0, so nothing in the category brings a benefit.",
				name, cat)
		case f.later:
			return fmt.Sprintf("%s brings no benefit: the %s cap of %d was already reached when it was earned on %s.",
				name, cat, n, e.h.Earned)
		default:
			return fmt.Sprintf("%s brings no benefit: the %s cap of %d was reached on the designation anniversary %s "+
				"by items ahead of it in earned order.", name, cat, n, a.da)
		}
	case shared:
		return fmt.Sprintf("%s brings no further benefit: its earlier holding, earned on %s, keeps %s through %s; "+
			"an item counts once against the cap.", name, a.entries[e.prior].h.Earned, a.benefitEnglish(e), a.through())
	}
	return name // unreachable: every entry is decided
}

// grantedEnglish explains a benefit: "Identity and Access Management
// brings Security benefit 2 of 3, held on the designation anniversary
// 2026-07-01, available through 2027-07-01, the next designation
// anniversary."
func (a *Allocation) grantedEnglish(e *entry, f *facts) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s brings %s", f.item.Name(), a.benefitEnglish(e))
	if f.later {
		fmt.Fprintf(&b, ", earned on %s after the designation anniversary %s into a free slot", e.h.Earned, a.da)
	} else {
		fmt.Fprintf(&b, ", held on the designation anniversary %s", a.da)
	}
	if cat := e.h.Item.Category(); !f.raised.IsZero() {
		fmt.Fprintf(&b, ", let in on %s when the %s cap was raised to %d", f.raised, cat, a.caps.at(cat))
	}
	if !f.ended.IsZero() {
		fmt.Fprintf(&b, ", %s but keeps its benefit and its slot", endedEnglish(f))
	}
	until := "the next designation anniversary"
	if f.cut {
		until = "the last day of the membership"
	}
	fmt.Fprintf(&b, ", available through %s, %s.", a.through(), until)
	return b.String()
}

// benefitEnglish returns "Security benefit 2 of 3".
func (a *Allocation) benefitEnglish(e *entry) string {
	cat := e.h.Item.Category()
	return fmt.Sprintf("%s benefit %d of %d", cat, e.rank, a.caps.at(cat))
}

// endedEnglish returns "lapsed on 2026-08-01" or "retired on 2026-07-31".
func endedEnglish(f *facts) string {
	if f.retired {
		return "retired on " + f.ended.String()
	}
	return "lapsed on " + f.ended.String()
}
