package benefits

import (
	"strconv"

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
	Clause string // RULES clause ID, e.g. "BEN-2"
	// Text is the English sentence, e.g. "Identity and Access Management
	// brings Security benefit 2 of 3, held on the designation anniversary
	// 2026-07-01, ...".
	Text string
	// Chinese is the same sentence in Simplified Chinese with full-width
	// punctuation and the same dates, e.g. "标识和访问管理：获得安全性类别
	// 权益第 2 个（上限 3 个），在指定周年日期 2026-07-01 已持有，...". An
	// item without a Chinese name is named in English.
	Chinese string
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

// facts works out the reason for e. onDA are the published caps in force on
// the designation anniversary when the allocation uses the published caps.
func (a *Allocation) facts(e *entry, onDA *perCategory) facts {
	f := facts{item: e.h.Item.On(a.asOf), later: e.h.Earned.After(a.da), cut: a.through() != a.next}
	switch e.result {
	case granted:
		f.clause = a.grantClause(e, onDA, &f)
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
func (a *Allocation) grantClause(e *entry, onDA *perCategory, f *facts) string {
	clause := "BEN-2"
	if f.later {
		clause = "INT-8"
	}
	if f.cut {
		clause = "BEN-4"
	}
	cat := e.h.Item.Category()
	if a.published && e.rank > onDA.at(cat) {
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

// capsOnDA returns the published caps in force on the designation
// anniversary, or none when the allocation uses caller-given caps.
func (a *Allocation) capsOnDA() perCategory {
	if !a.published {
		return perCategory{}
	}
	return publishedAt(a.da)
}

// appendEnglish appends the English sentence explaining e to b. Sentences
// are built by appending, not with fmt, so that Grants costs a few
// allocations however many holdings there are.
func (a *Allocation) appendEnglish(b []byte, e *entry, f *facts) []byte {
	b = append(b, f.item.Name()...)
	switch e.result {
	case granted:
		return a.appendGranted(b, e, f)
	case notPurchased:
		return append(b, " brings no benefit: the partner has not purchased the Solutions Partner benefits."...)
	case membershipEnded:
		b = append(b, " brings no benefit: the Solutions Partner membership ended; its last day was "...)
		b = appendDate(b, a.partner.MembershipEnds)
		b = append(b, ", before the as-of date "...)
		return append(appendDate(b, a.asOf), '.')
	case notHeld:
		b = append(b, " brings no benefit: "...)
		b = appendEnded(b, f)
		b = append(b, ", on or before the designation anniversary "...)
		b = appendDate(b, a.da)
		return append(b, ", so it is not held and takes no slot."...)
	case notAligned:
		b = append(b, " brings no benefit: it requires the "...)
		b = append(b, f.item.Designations().String()...)
		return append(b, " designation, which the partner does not hold, so it takes no slot."...)
	case atCap:
		return a.appendAtCap(b, e)
	case shared:
		return a.appendShared(b, e)
	}
	return b // unreachable: every entry is decided
}

// appendGranted explains a benefit: " brings Security benefit 2 of 3, held
// on the designation anniversary 2026-07-01, available through 2027-07-01,
// the next designation anniversary."
func (a *Allocation) appendGranted(b []byte, e *entry, f *facts) []byte {
	b = append(b, " brings "...)
	b = a.appendBenefit(b, e)
	if f.later {
		b = append(b, ", earned on "...)
		b = appendDate(b, e.h.Earned)
		b = append(b, " after the designation anniversary "...)
		b = appendDate(b, a.da)
		b = append(b, " into a free slot"...)
	} else {
		b = append(b, ", held on the designation anniversary "...)
		b = appendDate(b, a.da)
	}
	if !f.raised.IsZero() {
		b = append(b, ", let in on "...)
		b = appendDate(b, f.raised)
		b = append(b, " when the "...)
		b = append(b, e.h.Item.Category().String()...)
		b = append(b, " cap was raised to "...)
		b = strconv.AppendInt(b, int64(a.caps.at(e.h.Item.Category())), 10)
	}
	if !f.ended.IsZero() {
		b = append(b, ", "...)
		b = appendEnded(b, f)
		b = append(b, " but keeps its benefit and its slot"...)
	}
	return append(a.appendThrough(b), '.')
}

// appendEnded appends "lapsed on 2026-08-01" or "retired on 2026-07-31".
func appendEnded(b []byte, f *facts) []byte {
	if f.retired {
		b = append(b, "retired on "...)
	} else {
		b = append(b, "lapsed on "...)
	}
	return appendDate(b, f.ended)
}

// appendBenefit appends "Security benefit 2 of 3".
func (a *Allocation) appendBenefit(b []byte, e *entry) []byte {
	cat := e.h.Item.Category()
	b = append(b, cat.String()...)
	b = append(b, " benefit "...)
	b = strconv.AppendInt(b, int64(e.rank), 10)
	b = append(b, " of "...)
	return strconv.AppendInt(b, int64(a.caps.at(cat)), 10)
}

// appendThrough appends ", available through 2027-07-01, the next
// designation anniversary" or the membership's last day.
func (a *Allocation) appendThrough(b []byte) []byte {
	b = append(b, ", available through "...)
	b = appendDate(b, a.through())
	if a.through() != a.next {
		return append(b, ", the last day of the membership"...)
	}
	return append(b, ", the next designation anniversary"...)
}

// appendAtCap explains a holding withheld because its category is full.
func (a *Allocation) appendAtCap(b []byte, e *entry) []byte {
	cat := e.h.Item.Category()
	b = append(b, " brings no benefit: the "...)
	b = append(b, cat.String()...)
	if a.caps.at(cat) == 0 {
		return append(b, " cap is 0, so nothing in the category brings a benefit."...)
	}
	b = append(b, " cap of "...)
	b = strconv.AppendInt(b, int64(a.caps.at(cat)), 10)
	if e.h.Earned.After(a.da) {
		b = append(b, " was already reached when it was earned on "...)
		return append(appendDate(b, e.h.Earned), '.')
	}
	b = append(b, " was reached on the designation anniversary "...)
	b = appendDate(b, a.da)
	return append(b, " by items ahead of it in earned order."...)
}

// appendShared explains a second holding of an item whose earlier holding
// keeps the slot.
func (a *Allocation) appendShared(b []byte, e *entry) []byte {
	b = append(b, " brings no further benefit: its earlier holding, earned on "...)
	b = appendDate(b, a.entries[e.prior].h.Earned)
	b = append(b, ", keeps "...)
	b = a.appendBenefit(b, e)
	b = append(b, " through "...)
	b = appendDate(b, a.through())
	return append(b, "; an item counts once against the cap."...)
}

func appendDate(b []byte, d date.Date) []byte {
	b, _ = d.AppendText(b) // never fails
	return b
}
