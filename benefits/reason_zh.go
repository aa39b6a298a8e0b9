package benefits

import (
	"strconv"
	"unicode/utf8"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// appendChinese appends the Simplified Chinese sentence explaining e to b:
// the item's name, a full-width colon, then what the English sentence says,
// with the same dates and numbers and full-width punctuation (：，；（）。).
func (a *Allocation) appendChinese(b []byte, e *entry, f *facts) []byte {
	b = append(b, f.item.LocalName("zh-Hans")...)
	b = append(b, "："...)
	switch e.result {
	case granted:
		return a.appendGrantedZh(b, e, f)
	case notPurchased:
		return append(b, "无权益，合作伙伴未购买解决方案合作伙伴权益。"...)
	case membershipEnded:
		b = zh(b, "无权益，解决方案合作伙伴成员身份已结束，最后一天为")
		b = zhDate(b, a.partner.MembershipEnds)
		b = zh(b, "，早于查询日期")
		return zh(zhDate(b, a.asOf), "。")
	case notHeld:
		b = zh(b, "无权益，")
		b = appendEndedZh(b, f)
		b = zh(b, "（不晚于指定周年日期")
		b = zhDate(b, a.da)
		return zh(b, "），因此不算持有，也不占名额。")
	case notAligned:
		b = zh(b, "无权益，它需要")
		b = appendDesignationsZh(b, f.item.Designations())
		return zh(b, "解决方案合作伙伴指定，而合作伙伴未持有，因此不占名额。")
	case atCap:
		return a.appendAtCapZh(b, e)
	case shared:
		b = zh(b, "不再获得权益，其较早的一次持有（")
		b = zhDate(b, a.entries[e.prior].h.Earned)
		b = zh(b, "获得）保留")
		b = a.appendBenefitZh(b, e)
		b = zh(b, "，有效期至")
		b = zhDate(b, a.through())
		return zh(b, "；同一项目只计入上限一次。")
	}
	return b // unreachable: every entry is decided
}

// appendGrantedZh explains a benefit: "获得安全性类别权益第 2 个（上限 3
// 个），在指定周年日期 2026-07-01 已持有，有效期至 2027-07-01（下一个指定
// 周年日期）。"
func (a *Allocation) appendGrantedZh(b []byte, e *entry, f *facts) []byte {
	b = zh(b, "获得")
	b = a.appendBenefitZh(b, e)
	if f.later {
		b = zh(b, "，于指定周年日期")
		b = zhDate(b, a.da)
		b = zh(b, "之后的")
		b = zhDate(b, e.h.Earned)
		b = zh(b, "获得，占用空余名额")
	} else {
		b = zh(b, "，在指定周年日期")
		b = zhDate(b, a.da)
		b = zh(b, "已持有")
	}
	if !f.raised.IsZero() {
		b = zh(b, "，")
		b = zh(b, e.h.Item.Category().LocalName("zh-Hans"))
		b = zh(b, "类别上限于")
		b = zhDate(b, f.raised)
		b = zh(b, "提高到")
		b = zhInt(b, a.caps.at(e.h.Item.Category()))
		b = zh(b, "个后获得名额")
	}
	if !f.ended.IsZero() {
		b = zh(b, "，虽")
		b = appendEndedZh(b, f)
		b = zh(b, "，仍保留权益和名额")
	}
	b = zh(b, "，有效期至")
	b = zhDate(b, a.through())
	if a.through() != a.next {
		return zh(b, "（成员身份的最后一天）。")
	}
	return zh(b, "（下一个指定周年日期）。")
}

// appendEndedZh appends "已于 2026-08-01 失效" or "已于 2026-07-31 停用".
func appendEndedZh(b []byte, f *facts) []byte {
	b = zhDate(zh(b, "已于"), f.ended)
	if f.retired {
		return zh(b, "停用")
	}
	return zh(b, "失效")
}

// appendBenefitZh appends "安全性类别权益第 2 个（上限 3 个）".
func (a *Allocation) appendBenefitZh(b []byte, e *entry) []byte {
	cat := e.h.Item.Category()
	b = zh(b, cat.LocalName("zh-Hans"))
	b = zh(b, "类别权益第")
	b = zhInt(b, e.rank)
	b = zh(b, "个（上限")
	b = zhInt(b, a.caps.at(cat))
	return zh(b, "个）")
}

// appendAtCapZh explains a holding withheld because its category is full.
func (a *Allocation) appendAtCapZh(b []byte, e *entry) []byte {
	cat := e.h.Item.Category()
	b = zh(b, "无权益，")
	b = zh(b, cat.LocalName("zh-Hans"))
	if a.caps.at(cat) == 0 {
		return zh(b, "类别的上限为 0，该类别中没有任何项目获得权益。")
	}
	b = zh(b, "类别的上限")
	b = zhInt(b, a.caps.at(cat))
	if e.h.Earned.After(a.da) {
		b = zh(b, "个在其获得之日")
		b = zhDate(b, e.h.Earned)
		return zh(b, "已用完。")
	}
	b = zh(b, "个已在指定周年日期")
	b = zhDate(b, a.da)
	return zh(b, "由按获得顺序排在前面的项目用完。")
}

// appendDesignationsZh appends the Chinese names of s joined by "或", the
// way the seed's designation table reads.
func appendDesignationsZh(b []byte, s specialization.DesignationSet) []byte {
	first := true
	for d := range s.All() {
		if !first {
			b = zh(b, "或")
		}
		b, first = zh(b, d.LocalName("zh-Hans")), false
	}
	return b
}

// zh appends s to b with a space where Latin letters or digits meet Han
// characters ("上限 3 个", "Azure 类别"), the spacing of the seed's text.
func zh(b []byte, s string) []byte {
	if len(b) > 0 && len(s) > 0 {
		last, first := b[len(b)-1], s[0]
		switch {
		case isLatin(last) && first >= utf8.RuneSelf:
			if r, _ := utf8.DecodeRuneInString(s); isHan(r) {
				b = append(b, ' ')
			}
		case isLatin(first) && last >= utf8.RuneSelf:
			if r, _ := utf8.DecodeLastRune(b); isHan(r) {
				b = append(b, ' ')
			}
		}
	}
	return append(b, s...)
}

// zhDate appends d as zh appends text, without building a string.
func zhDate(b []byte, d date.Date) []byte {
	var buf [10]byte
	t, _ := d.AppendText(buf[:0]) // never fails
	return zh(b, string(t))       // the conversion does not escape: no allocation
}

// zhInt appends n as zh appends text.
func zhInt(b []byte, n int) []byte {
	var buf [20]byte
	return zh(b, string(strconv.AppendInt(buf[:0], int64(n), 10)))
}

// isLatin reports whether c is an ASCII letter or digit.
func isLatin(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// isHan reports whether r is a CJK ideograph (the unified block and
// extension A): the characters of the Chinese names and sentences, as
// opposed to full-width punctuation, which takes no space.
func isHan(r rune) bool {
	return r >= 0x3400 && r <= 0x4DBF || r >= 0x4E00 && r <= 0x9FFF
}
