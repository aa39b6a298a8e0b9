package benefits

import (
	"fmt"
	"strconv"
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
	en, zh := a.sentences(e, &f)
	return Reason{Clause: f.clause, Text: en, Chinese: zh}
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

// sentences returns the English and the Simplified Chinese sentence
// explaining e, written side by side so that they say the same with the
// same dates and numbers. The Chinese one uses full-width punctuation
// (：，；（）。) and zhJoin's spacing.
func (a *Allocation) sentences(e *entry, f *facts) (en, zh string) {
	da := a.da.String()
	switch e.result {
	case granted:
		en, zh = a.granted(e, f)
	case notPurchased:
		en = "brings no benefit: the partner has not purchased the Solutions Partner benefits."
		zh = "无权益，合作伙伴未购买解决方案合作伙伴权益。"
	case membershipEnded:
		end, asOf := a.partner.MembershipEnds.String(), a.asOf.String()
		en = fmt.Sprintf("brings no benefit: the Solutions Partner membership ended; its last day was %s, "+
			"before the as-of date %s.", end, asOf)
		zh = zhJoin("无权益，解决方案合作伙伴成员身份已结束，最后一天为", end, "，早于查询日期", asOf, "。")
	case notHeld:
		endedEn, endedZh := f.endedText()
		en = fmt.Sprintf("brings no benefit: %s, on or before the designation anniversary %s, "+
			"so it is not held and takes no slot.", endedEn, da)
		zh = zhJoin("无权益，", endedZh, "（不晚于指定周年日期", da, "），因此不算持有，也不占名额。")
	case notAligned:
		en = fmt.Sprintf("brings no benefit: it requires the %s designation, which the partner does not hold, "+
			"so it takes no slot.", f.item.Designations())
		zh = zhJoin("无权益，它需要", designationsZh(f.item.Designations()), "解决方案合作伙伴指定，而合作伙伴未持有，因此不占名额。")
	case atCap:
		en, zh = a.atCap(e, f)
	case shared:
		benefitEn, benefitZh := a.benefit(e)
		prior, through := a.entries[e.prior].h.Earned.String(), a.through().String()
		en = fmt.Sprintf("brings no further benefit: its earlier holding, earned on %s, keeps %s through %s; "+
			"an item counts once against the cap.", prior, benefitEn, through)
		zh = zhJoin("不再获得权益，其较早的一次持有（", prior, "获得）保留", benefitZh, "，有效期至", through,
			"；同一项目只计入上限一次。")
	}
	return f.item.Name() + " " + en, f.item.LocalName("zh-Hans") + "：" + zh
}

// atCap explains a holding withheld because its category is full.
func (a *Allocation) atCap(e *entry, f *facts) (en, zh string) {
	cat := e.h.Item.Category()
	n, catZh := a.caps.at(cat), cat.LocalName("zh-Hans")
	switch {
	case n == 0:
		return fmt.Sprintf("brings no benefit: the %s cap is 0, so nothing in the category brings a benefit.", cat),
			zhJoin("无权益，", catZh, "类别的上限为 0，该类别中没有任何项目获得权益。")
	case f.later:
		earned := e.h.Earned.String()
		return fmt.Sprintf("brings no benefit: the %s cap of %d was already reached when it was earned on %s.",
				cat, n, earned),
			zhJoin("无权益，", catZh, "类别的上限", strconv.Itoa(n), "个在其获得之日", earned, "已用完。")
	}
	da := a.da.String()
	return fmt.Sprintf("brings no benefit: the %s cap of %d was reached on the designation anniversary %s "+
			"by items ahead of it in earned order.", cat, n, da),
		zhJoin("无权益，", catZh, "类别的上限", strconv.Itoa(n), "个已在指定周年日期", da, "由按获得顺序排在前面的项目用完。")
}

// granted explains a benefit: "brings Security benefit 2 of 3, held on the
// designation anniversary 2026-07-01, available through 2027-07-01, the
// next designation anniversary." and "获得安全性类别权益第 2 个（上限 3 个），
// 在指定周年日期 2026-07-01 已持有，有效期至 2027-07-01（下一个指定周年日期）。"
func (a *Allocation) granted(e *entry, f *facts) (en, zh string) {
	cat := e.h.Item.Category()
	da, earned, n := a.da.String(), e.h.Earned.String(), strconv.Itoa(a.caps.at(cat))
	benefitEn, benefitZh := a.benefit(e)
	enParts, zhParts := []string{"brings " + benefitEn}, []string{"获得", benefitZh}
	if f.later {
		enParts = append(enParts, "earned on "+earned+" after the designation anniversary "+da+" into a free slot")
		zhParts = append(zhParts, "，于指定周年日期", da, "之后的", earned, "获得，占用空余名额")
	} else {
		enParts = append(enParts, "held on the designation anniversary "+da)
		zhParts = append(zhParts, "，在指定周年日期", da, "已持有")
	}
	if !f.raised.IsZero() {
		raised := f.raised.String()
		enParts = append(enParts, fmt.Sprintf("let in on %s when the %s cap was raised to %s", raised, cat, n))
		zhParts = append(zhParts, "，", cat.LocalName("zh-Hans"), "类别上限于", raised, "提高到", n, "个后获得名额")
	}
	if !f.ended.IsZero() {
		endedEn, endedZh := f.endedText()
		enParts = append(enParts, endedEn+" but keeps its benefit and its slot")
		zhParts = append(zhParts, "，虽", endedZh, "，仍保留权益和名额")
	}
	through := a.through().String()
	untilEn, untilZh := "the next designation anniversary", "（下一个指定周年日期）。"
	if f.cut {
		untilEn, untilZh = "the last day of the membership", "（成员身份的最后一天）。"
	}
	enParts = append(enParts, "available through "+through+", "+untilEn+".")
	return strings.Join(enParts, ", "), zhJoin(append(zhParts, "，有效期至", through, untilZh)...)
}

// benefit returns "Security benefit 2 of 3" and "安全性类别权益第 2 个（上限
// 3 个）".
func (a *Allocation) benefit(e *entry) (en, zh string) {
	cat := e.h.Item.Category()
	rank, n := strconv.Itoa(e.rank), strconv.Itoa(a.caps.at(cat))
	return fmt.Sprintf("%s benefit %s of %s", cat, rank, n),
		zhJoin(cat.LocalName("zh-Hans"), "类别权益第", rank, "个（上限", n, "个）")
}

// endedText returns "lapsed on 2026-08-01" and "已于 2026-08-01 失效", or
// "retired on 2026-07-31" and "已于 2026-07-31 停用".
func (f *facts) endedText() (en, zh string) {
	if f.retired {
		return "retired on " + f.ended.String(), zhJoin("已于", f.ended.String(), "停用")
	}
	return "lapsed on " + f.ended.String(), zhJoin("已于", f.ended.String(), "失效")
}
