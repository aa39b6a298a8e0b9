package main

import (
	"fmt"

	"github.com/partnerkit/specializations/internal/langtag"
)

// tr returns the planner's own English phrase or format string s in lang:
// its Simplified Chinese form from zh for a Simplified Chinese tag, s
// otherwise. Only the planner's words are here: whatever states a rule
// (explanations, benefit reasons, requirements, agenda text) comes from
// the library in the language asked.
func tr(lang, s string) string {
	if t, ok := zh[s]; ok && langtag.IsSimplifiedChinese(lang) {
		return t
	}
	return s
}

// trf is fmt.Sprintf of tr(lang, format).
func trf(lang, format string, args ...any) string {
	return fmt.Sprintf(tr(lang, format), args...)
}

// zh holds the Chinese forms, with full-width punctuation. Phases,
// outcomes and categories are keyed by the library's English String.
var zh = map[string]string{
	// the title
	"%s: specializations as of %s": "%s：截至 %s 的专用化", "Specializations as of %s": "截至 %s 的专用化",
	"Names, validations and caps are those in force on that day.": "名称、验证方式和上限均以该日有效的条款为准。",
	// phases and outcomes
	"active": "有效", "window open": "窗口开放", "grace": "宽限期", "lapsed": "已失效", "retired": "已停用",
	"not due": "未到期", "pending": "待续订", "renewed": "已续订",
	// a holding's facts
	", ": "，", "renewal year %d (%s)": "第 %d 个续订年（%s）", "deadline %s": "截止日期 %s",
	"next reminder %s": "下次提醒 %s", "missing: %s": "尚缺：%s", "will need: %s": "届时需要：%s",
	"behind: store renewed %d, then give the next cycle's evidence (INT-10)": "记录落后：请记录已续订 %d 次，再提供下一周期的证据（INT-10）",
	"carried over from %s, retired %s (EDN-6)":                               "由 %s 转入，原项于 %s 停用（EDN-6）",
	"retired %s (EDN-3)":                                          "已于 %s 停用（EDN-3）",
	"retired %s, replaced by %s (EDN-3)":                          "已于 %s 停用，由 %s 取代（EDN-3）",
	"retires %s (EDN-3)":                                          "将于 %s 停用（EDN-3）",
	"retires %s, replaced by %s (EDN-3)":                          "将于 %s 停用，由 %s 取代（EDN-3）",
	"merged into another holding of the same entry on %s (EDN-6)": "已于 %s 并入同一条目的另一持有项（EDN-6）",
	"expert program: no renewal here (REN-1)":                     "专家计划：不走此续订流程（REN-1）",
	"not enrolled yet: enrolled %s":                               "尚未注册：注册日 %s",
	"no longer held from %s":                                      "自 %s 起不再持有",
	// benefits and explanations
	"Benefits, designation year %s to %s": "权益，指定年度 %s 至 %s", "%s: %d of %d used": "%s：已用 %d / %d",
	"withheld: %s — %s: %s": "未获权益：%s — %s：%s", "Explanations": "说明",
	// the calendar
	"Specializations: %s": "专用化：%s", "%s: %s": "%s：%s",
	"designation anniversary": "指定周年日期", "retires": "停用", "renewal window opens": "续订窗口开放",
	"renewal reminder": "续订提醒", "anniversary": "周年日期", "last day to renew": "续订最后一天",
	"Cancelled: the cycle renewed on %s, so this is no longer due (INT-7).": "已取消：该周期已于 %s 续订，此事项不再需要（INT-7）。",
}
