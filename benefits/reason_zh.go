package benefits

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/partnerkit/specializations/specialization"
)

// chinese returns the Simplified Chinese sentence explaining e: the item's
// name, a full-width colon, then what the English sentence says, with the
// same dates and numbers and full-width punctuation (：，；（）。).
func (a *Allocation) chinese(e *entry, f *facts) string {
	name := f.item.LocalName("zh-Hans") + "："
	cat := e.h.Item.Category()
	switch e.result {
	case granted:
		return name + a.grantedChinese(e, f)
	case notPurchased:
		return name + "无权益，合作伙伴未购买解决方案合作伙伴权益。"
	case membershipEnded:
		return zh(name, "无权益，解决方案合作伙伴成员身份已结束，最后一天为", a.partner.MembershipEnds.String(),
			"，早于查询日期", a.asOf.String(), "。")
	case notHeld:
		return zh(name, "无权益，", endedChinese(f), "（不晚于指定周年日期", a.da.String(), "），因此不算持有，也不占名额。")
	case notAligned:
		return zh(name, "无权益，它需要", designationsChinese(f.item.Designations()),
			"解决方案合作伙伴指定，而合作伙伴未持有，因此不占名额。")
	case atCap:
		switch n := a.caps.at(cat); {
		case n == 0:
			return zh(name, "无权益，", cat.LocalName("zh-Hans"), "类别的上限为 0，该类别中没有任何项目获得权益。")
		case f.later:
			return zh(name, "无权益，", cat.LocalName("zh-Hans"), "类别的上限", strconv.Itoa(n), "个在其获得之日", e.h.Earned.String(),
				"已用完。")
		default:
			return zh(name, "无权益，", cat.LocalName("zh-Hans"), "类别的上限", strconv.Itoa(n), "个已在指定周年日期", a.da.String(),
				"由按获得顺序排在前面的项目用完。")
		}
	case shared:
		return zh(name, "不再获得权益，其较早的一次持有（", a.entries[e.prior].h.Earned.String(), "获得）保留",
			a.benefitChinese(e), "，有效期至", a.through().String(), "；同一项目只计入上限一次。")
	}
	return name // unreachable: every entry is decided
}

// grantedChinese explains a benefit: "获得安全性类别权益第 2 个（上限 3
// 个），在指定周年日期 2026-07-01 已持有，有效期至 2027-07-01（下一个指定
// 周年日期）。"
func (a *Allocation) grantedChinese(e *entry, f *facts) string {
	parts := []string{"获得", a.benefitChinese(e)}
	if f.later {
		parts = append(parts, "，于指定周年日期", a.da.String(), "之后的", e.h.Earned.String(), "获得，占用空余名额")
	} else {
		parts = append(parts, "，在指定周年日期", a.da.String(), "已持有")
	}
	if cat := e.h.Item.Category(); !f.raised.IsZero() {
		parts = append(parts, "，", cat.LocalName("zh-Hans"), "类别上限于", f.raised.String(), "提高到",
			strconv.Itoa(a.caps.at(cat)), "个后获得名额")
	}
	if !f.ended.IsZero() {
		parts = append(parts, "，虽", endedChinese(f), "，仍保留权益和名额")
	}
	until := "（下一个指定周年日期）。"
	if f.cut {
		until = "（成员身份的最后一天）。"
	}
	return zh(append(parts, "，有效期至", a.through().String(), until)...)
}

// benefitChinese returns "安全性类别权益第 2 个（上限 3 个）".
func (a *Allocation) benefitChinese(e *entry) string {
	cat := e.h.Item.Category()
	return zh(cat.LocalName("zh-Hans"), "类别权益第", strconv.Itoa(e.rank), "个（上限", strconv.Itoa(a.caps.at(cat)), "个）")
}

// endedChinese returns "已于 2026-08-01 失效" or "已于 2026-07-31 停用".
func endedChinese(f *facts) string {
	if f.retired {
		return zh("已于", f.ended.String(), "停用")
	}
	return zh("已于", f.ended.String(), "失效")
}

// designationsChinese returns the Chinese names of s joined by "或", the
// way the seed's designation table reads.
func designationsChinese(s specialization.DesignationSet) string {
	var parts []string
	for d := range s.All() {
		if parts != nil {
			parts = append(parts, "或")
		}
		parts = append(parts, d.LocalName("zh-Hans"))
	}
	return zh(parts...)
}

// zh joins parts with a space where a Latin letter or digit meets a Han
// character ("上限 3 个", "Azure 类别"), the spacing of the seed's text.
// Only the joins are spaced: a name keeps its own spelling, and
// full-width punctuation takes no space.
func zh(parts ...string) string {
	var b strings.Builder
	for _, s := range parts {
		if b.Len() > 0 && s != "" {
			last, _ := utf8.DecodeLastRuneInString(b.String())
			first, _ := utf8.DecodeRuneInString(s)
			if isLatin(last) && unicode.Is(unicode.Han, first) || unicode.Is(unicode.Han, last) && isLatin(first) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s)
	}
	return b.String()
}

// isLatin reports whether r is an ASCII letter or digit.
func isLatin(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
