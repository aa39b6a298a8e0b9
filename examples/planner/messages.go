package main

import (
	"fmt"
	"strings"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// messages holds the words of the text report and the calendar in one
// language. Explanations come from renewal.Decision.Explain; benefit
// reasons are the benefits package's English sentences in both languages.
type messages struct {
	title        string // partner, as-of date
	titleNoName  string // as-of date
	headers      [6]string
	legend       string
	missing      string
	willNeed     string
	expert       string
	notYet       string // enrolled date
	ended        string // lapsed date
	benefitsHead string // from, to
	used         string // used, cap
	withheld     string
	explainHead  string
	none         string
	explainExp   string // name
	explainNotY  string // name, enrolled
	explainEnded string // name, lapsed
	phases       [5]string
	outcomes     [5]string
	requirements [4]string
	categories   [5]string
	and          string

	summaries   [5]string // per eventKind: name
	renewedSum  string    // name: the anniversary of a renewed cycle
	cycleDesc   string    // year, anniversary, needs, opens, validTo
	needs       [4]string // qualification only; + audit; + customer reference (by Validation)
	renewedDesc string    // date
	remindBefore,
	remindOn,
	remindAfter string // days
	calName string // partner
}

var english = messages{
	title:        "%s: specializations as of %s",
	titleNoName:  "Specializations as of %s",
	headers:      [6]string{"SPECIALIZATION", "PHASE", "OUTCOME", "YEAR", "DEADLINE", "REMINDER"},
	legend:       "YEAR: renewal year of the cycle under review. REMINDER: the next reminder.",
	missing:      "missing: %s",
	willNeed:     "will need: %s",
	expert:       "expert program: no renewal here (REN-1)",
	notYet:       "not enrolled yet: enrolled %s",
	ended:        "no longer held from %s",
	benefitsHead: "Benefits, designation year %s to %s",
	used:         "%d of %d used",
	withheld:     "withheld: %s",
	explainHead:  "Explanations",
	none:         "No specializations in the portfolio.",
	explainExp:   "%s is an expert program: it has its own yearly audit program and is not renewed by this process (REN-1). It counts in the Azure benefit cap (BEN-2).",
	explainNotY:  "%s is enrolled on %s, after the as-of date: nothing to decide yet.",
	explainEnded: "The portfolio says %s was no longer held from %s: a lapsed enrollment never comes back by itself (INT-5).",
	phases:       [5]string{"", "active", "window open", "grace", "lapsed"},
	outcomes:     [5]string{"", "not due", "pending", "renewed", "lapsed"},
	requirements: [4]string{"", "qualification", "audit", "customer reference"},
	categories:   [5]string{"", "Azure", "Business Applications", "Modern Work", "Security"},
	and:          " and ",

	summaries: [5]string{"", "%s: renewal window opens", "%s: anniversary, renewal window closes",
		"%s: last day to renew (valid-to date)", "%s: renewal reminder"},
	renewedSum: "%s: anniversary (already renewed)",
	cycleDesc:  "Renewal year %d for the %s anniversary: %s. Window %s to the anniversary, grace through %s (REN-5).",
	needs: [4]string{"", "the qualification requirements (REN-3)",
		"the qualification requirements and a passed audit (REN-4)",
		"the qualification requirements and approved customer references (REN-4)"},
	renewedDesc:  "Renewed on %s (INT-6).",
	remindBefore: "Partner Center sends a renewal reminder %d days before the anniversary (REN-6).",
	remindOn:     "Partner Center sends a renewal reminder on the anniversary (REN-6).",
	remindAfter:  "Partner Center sends a renewal reminder %d days after the anniversary (REN-6).",
	calName:      "Specializations: %s",
}

var chinese = messages{
	title:        "%s：截至 %s 的专用化",
	titleNoName:  "截至 %s 的专用化",
	headers:      [6]string{"专用化", "阶段", "结果", "年份", "截止日", "提醒"},
	legend:       "年份：所审周期的续订年份。提醒：下一次续订提醒。",
	missing:      "尚缺：%s",
	willNeed:     "届时需要：%s",
	expert:       "专家计划：不走此续订流程（REN-1）",
	notYet:       "尚未注册：注册日 %s",
	ended:        "自 %s 起不再持有",
	benefitsHead: "权益，指定年度 %s 至 %s",
	used:         "已用 %d / %d",
	withheld:     "未获权益：%s",
	explainHead:  "说明",
	none:         "组合中没有专用化。",
	explainExp:   "%s 是专家计划：它有自己的年度审核计划，不通过此流程续订（REN-1）。它计入 Azure 权益上限（BEN-2）。",
	explainNotY:  "%s 的注册日为 %s，在所查日期之后：尚无可判定的内容。",
	explainEnded: "组合文件记录 %s 自 %s 起不再持有：失效的注册不会自行恢复（INT-5）。",
	phases:       [5]string{"", "有效", "窗口开放", "宽限期", "已失效"},
	outcomes:     [5]string{"", "未到期", "待续订", "已续订", "已失效"},
	requirements: [4]string{"", "资格要求", "审核", "客户参考"},
	categories:   [5]string{"", "Azure", "业务应用程序", "现代工作", "安全性"},
	and:          "、",

	summaries: [5]string{"", "%s：续订窗口开启", "%s：周年日，续订窗口关闭",
		"%s：续订最后一天（有效期截止）", "%s：续订提醒"},
	renewedSum: "%s：周年日（已续订）",
	cycleDesc:  "%[2]s 周年日的第 %[1]d 个续订年：需%[3]s。续订窗口自 %[4]s 至周年日，宽限期至 %[5]s（REN-5）。",
	needs: [4]string{"", "满足资格要求（REN-3）", "满足资格要求并通过审核（REN-4）",
		"满足资格要求并获得客户参考批准（REN-4）"},
	renewedDesc:  "已于 %s 续订（INT-6）。",
	remindBefore: "合作伙伴中心在周年日前 %d 天发送续订提醒（REN-6）。",
	remindOn:     "合作伙伴中心在周年日当天发送续订提醒（REN-6）。",
	remindAfter:  "合作伙伴中心在周年日后 %d 天发送续订提醒（REN-6）。",
	calName:      "专用化：%s",
}

// messagesFor returns the words for lang ("en" or "zh-Hans").
func messagesFor(lang string) *messages {
	if specialization.IsSimplifiedChinese(lang) {
		return &chinese
	}
	return &english
}

func (m *messages) phase(p renewal.Phase) string {
	if int(p) < len(m.phases) {
		return m.phases[p]
	}
	return p.String()
}

func (m *messages) outcome(o renewal.Outcome) string {
	if int(o) < len(m.outcomes) {
		return m.outcomes[o]
	}
	return o.String()
}

func (m *messages) category(c specialization.Category) string {
	if int(c) < len(m.categories) {
		return m.categories[c]
	}
	return c.String()
}

// requirementList joins the requirements of s ("qualification and audit").
func (m *messages) requirementList(s renewal.Requirements) string {
	var parts []string
	for r := range s.All() {
		if int(r) < len(m.requirements) {
			parts = append(parts, m.requirements[r])
		}
	}
	return strings.Join(parts, m.and)
}

// needsOf says what cycle c needs from an entry with validation v.
func (m *messages) needsOf(c renewal.Cycle, v specialization.Validation) string {
	switch {
	case c.Manual && v == specialization.ValidationAudit:
		return m.needs[2]
	case c.Manual && v == specialization.ValidationCustomerReference:
		return m.needs[3]
	}
	return m.needs[1]
}

// reminderText says when a reminder is sent relative to the anniversary.
func (m *messages) reminderText(offset int) string {
	switch {
	case offset < 0:
		return fmt.Sprintf(m.remindBefore, -offset)
	case offset > 0:
		return fmt.Sprintf(m.remindAfter, offset)
	}
	return m.remindOn
}

// dateText writes a date for a table cell: "—" for none.
func dateText(d date.Date) string {
	if d.IsZero() {
		return "—"
	}
	return d.String()
}
