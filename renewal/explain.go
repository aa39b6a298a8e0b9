package renewal

import (
	"fmt"
	"strings"

	"github.com/partnerkit/specializations/internal/langtag"
)

// Explain returns a short paragraph for a partner admin: where the
// enrollment stands, the deadline, and what is still owed. lang is a BCP 47
// tag: Simplified Chinese for "zh", "zh-CN", "zh-Hans" and the other tags
// langtag.IsSimplifiedChinese accepts, English otherwise. The entry
// is named by its name in force on AsOf in that language
// (Item.On(AsOf).LocalName(lang), RULES EDN-2): "Analytics on Microsoft
// Azure", "Microsoft Azure 上的分析"; an entry without a Chinese name is
// named in English. Chinese text uses full-width punctuation. A Decision
// that is Behind ends with what to store. The zero Decision explains
// nothing ("").
func (d Decision) Explain(lang string) string {
	if d.Cycle.Anniversary < 1 || d.Cycle.Date.IsZero() || d.Enrollment.Item.IsZero() {
		return ""
	}
	name := d.Enrollment.Item.On(d.AsOf).LocalName(lang)
	if langtag.IsSimplifiedChinese(lang) {
		return d.explainChinese(name) + d.behindChinese()
	}
	return d.explainEnglish(name) + d.behindEnglish()
}

// behindEnglish says, for a Decision that is Behind, what to store.
func (d *Decision) behindEnglish() string {
	if !d.Behind {
		return ""
	}
	next, _ := d.anniversaryText(d.Cycle.Anniversary+1, 0)
	opens, _ := d.anniversaryText(d.Cycle.Anniversary+1, -d.Cycle.Date.DaysSince(d.Cycle.Opens))
	return fmt.Sprintf(" The stored enrollment is behind: the window for the %s anniversary opened on %s. "+
		"Store it with %d anniversaries survived and evaluate it again with that cycle's evidence.", next, opens, d.Next().Renewed)
}

// behindChinese says, for a Decision that is Behind, what to store.
func (d *Decision) behindChinese() string {
	if !d.Behind {
		return ""
	}
	_, next := d.anniversaryText(d.Cycle.Anniversary+1, 0)
	_, opens := d.anniversaryText(d.Cycle.Anniversary+1, -d.Cycle.Date.DaysSince(d.Cycle.Opens))
	return fmt.Sprintf("存储的注册已落后：%s 周年日期的续订窗口已于 %s 打开。请将已度过的周年数更新为 %d，并用该周期的证据重新评估。",
		next, opens, d.Next().Renewed)
}

// nextAnniversaryText names the anniversary after the cycle's, in Chinese
// or English.
func (d *Decision) nextAnniversaryText(chinese bool) string {
	en, zh := d.anniversaryText(d.Cycle.Anniversary+1, 0)
	if chinese {
		return zh
	}
	return en
}

func (d Decision) explainEnglish(name string) string {
	c := d.Cycle
	at := fmt.Sprintf("the %s anniversary (the %s renewal year)", c.Date, ordinal(c.Year))
	switch d.Outcome {
	case OutcomeNotDue:
		return fmt.Sprintf("%s is enrolled and active. Its next renewal is at %s: the window opens on %s "+
			"and the deadline is %s. It will need %s.", name, at, c.Opens, c.ValidTo, englishList(d.Required()))
	case OutcomePending:
		if d.Phase == PhaseGrace {
			return fmt.Sprintf("%s passed %s without a renewal and is in its grace period. Still owed: %s. "+
				"Deadline: %s; after that day the enrollment lapses.", name, at, englishList(d.Missing), c.ValidTo)
		}
		return fmt.Sprintf("The renewal window of %s for %s has been open since %s. Still owed: %s. "+
			"Deadline: %s; the enrollment stays active until then.", name, at, c.Opens, englishList(d.Missing), c.ValidTo)
	case OutcomeRenewed:
		return fmt.Sprintf("%s was renewed on %s for %s; nothing more is owed for it. "+
			"The next anniversary is on %s: renewing inside the window does not move it.", name, d.RenewedOn, at, d.nextAnniversaryText(false))
	case OutcomeLapsed:
		return fmt.Sprintf("%s has lapsed: the deadline %s passed without a renewal for %s, with %s still owed. "+
			"It does not come back by itself: earning it again is a new enrollment.", name, c.ValidTo, at, englishList(d.Missing))
	case OutcomeRetired:
		return d.retiredEnglish(name)
	}
	return ""
}

func (d Decision) retiredEnglish(name string) string {
	item := d.Enrollment.Item
	retired, _ := item.Retired()
	s := fmt.Sprintf("%s retired on %s: the enrollment ended that day, neither renewed nor lapsed.", name, retired)
	switch to := item.ReplacedBy(); {
	case to != "" && item.CarriesOver():
		s += fmt.Sprintf(" It continues in %s with the same anniversary.", to)
	case to != "":
		s += fmt.Sprintf(" It was replaced by %s; holders are not carried over, so earning that is a new enrollment.", to)
	}
	return s
}

func (d Decision) explainChinese(name string) string {
	c := d.Cycle
	at := fmt.Sprintf("%s 周年日期（第 %d 个续订年）", c.Date, c.Year)
	switch d.Outcome {
	case OutcomeNotDue:
		return fmt.Sprintf("“%s”专用化已注册且处于活动状态。下一次续订在 %s：续订窗口于 %s 打开，截止日期为 %s。"+
			"届时需要满足：%s。", name, at, c.Opens, c.ValidTo, chineseList(d.Required()))
	case OutcomePending:
		if d.Phase == PhaseGrace {
			return fmt.Sprintf("“%s”专用化已过 %s，但尚未续订，目前处于宽限期。仍需完成：%s。"+
				"截止日期为 %s；过了这一天注册将失效。", name, at, chineseList(d.Missing), c.ValidTo)
		}
		return fmt.Sprintf("“%s”专用化在 %s的续订窗口已于 %s 打开。仍需完成：%s。"+
			"截止日期为 %s；在此之前注册保持有效。", name, at, c.Opens, chineseList(d.Missing), c.ValidTo)
	case OutcomeRenewed:
		return fmt.Sprintf("“%s”专用化已于 %s 完成 %s的续订，本周期无需再做任何事。"+
			"下一个周年日期为 %s：在续订窗口内续订不会改变周年日期。", name, d.RenewedOn, at, d.nextAnniversaryText(true))
	case OutcomeLapsed:
		return fmt.Sprintf("“%s”专用化的注册已失效：截止日期 %s 已过，%s的续订仍缺少：%s。"+
			"注册不会自动恢复，需要重新获得该专用化。", name, c.ValidTo, at, chineseList(d.Missing))
	case OutcomeRetired:
		return d.retiredChinese(name)
	}
	return ""
}

func (d Decision) retiredChinese(name string) string {
	item := d.Enrollment.Item
	retired, _ := item.Retired()
	s := fmt.Sprintf("“%s”专用化已于 %s 停用：注册在当天结束，既未续订也未失效。", name, retired)
	switch to := item.ReplacedBy(); {
	case to != "" && item.CarriesOver():
		s += fmt.Sprintf("注册以相同的周年日期转入 %s。", to)
	case to != "":
		s += fmt.Sprintf("它已由 %s 取代；持有者不会被转入，获得该专用化需要重新注册。", to)
	}
	return s
}

// Text names the requirements in s for a reader, the same way everywhere in
// the library: "the qualification requirements and an audit", or in
// Simplified Chinese for a Simplified Chinese BCP 47 tag, "资格要求和审核";
// "nothing" ("无") for the empty set. String gives the short form.
func (s Requirements) Text(lang string) string {
	if langtag.IsSimplifiedChinese(lang) {
		return chineseList(s)
	}
	return englishList(s)
}

// englishList names the requirements in s for a reader: "the
// qualification requirements and an audit".
func englishList(s Requirements) string {
	var parts []string
	for r := range s.All() {
		switch r {
		case RequirementQualification:
			parts = append(parts, "the qualification requirements")
		case RequirementAudit:
			parts = append(parts, "an audit")
		case RequirementCustomerReference:
			parts = append(parts, "approved customer references")
		}
	}
	if len(parts) == 0 {
		return "nothing"
	}
	return strings.Join(parts, " and ")
}

// chineseList names the requirements in s in Simplified Chinese, with the
// seed's terms: 资格要求, 审核, 获批的客户参考.
func chineseList(s Requirements) string {
	var parts []string
	for r := range s.All() {
		switch r {
		case RequirementQualification:
			parts = append(parts, "资格要求")
		case RequirementAudit:
			parts = append(parts, "审核")
		case RequirementCustomerReference:
			parts = append(parts, "获批的客户参考")
		}
	}
	if len(parts) == 0 {
		return "无"
	}
	return strings.Join(parts, "和")
}
