package main

import (
	"fmt"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/specialization"
)

// messages holds the planner's own words in one language: headings, table
// cells and the notes for holdings without a renewal decision. Everything
// about a rule (explanations, benefit reasons, requirements, agenda text)
// comes from the library in the same language.
type messages struct {
	title, titleNoName string // partner, as-of day / as-of day
	headers            [6]string
	legend             string
	phases, outcomes   [6]string // by renewal.Phase, renewal.Outcome
	categories         [5]string // by specialization.Category
	kinds              [7]string // by portfolio.EventKind, for calendar summaries
	missing, willNeed  string    // requirements
	behind             string    // renewed count to store
	carried            string    // former entry, retirement day
	retired, replaced  string    // day / day, replacement
	merged             string    // day
	expert, retires    string    // - / day
	notYet, ended      string    // day
	benefitsHead, used string    // from, to / used, cap
	withheld           string    // name
	explainHead, none  string
	explainExpert      string // name
	explainNotYet      string // name, day
	explainEnded       string // name, day
	explainMerged      string // name, day
	calName            string // partner
	summary            string // name, kind
	cancelled          string // renewal day
}

var english = messages{
	title:         "%s: specializations as of %s",
	titleNoName:   "Specializations as of %s",
	headers:       [6]string{"SPECIALIZATION", "PHASE", "OUTCOME", "YEAR", "DEADLINE", "REMINDER"},
	legend:        "Names and terms in force on the as-of day. YEAR: renewal year of the cycle under review. REMINDER: the next reminder.",
	phases:        [6]string{"", "active", "window open", "grace", "lapsed", "retired"},
	outcomes:      [6]string{"", "not due", "pending", "renewed", "lapsed", "retired"},
	categories:    [5]string{"", "Azure", "Business Applications", "Modern Work", "Security"},
	kinds:         [7]string{"", "designation anniversary", "retires", "renewal window opens", "renewal reminder", "anniversary", "last day to renew"},
	missing:       "missing: %s",
	willNeed:      "will need: %s",
	behind:        "behind: store renewed %d (INT-10)",
	carried:       "carried over from %s, retired %s (EDN-6)",
	retired:       "retired %s (EDN-3)",
	replaced:      "retired %s, replaced by %s (EDN-3)",
	merged:        "merged into another holding on %s (EDN-6)",
	expert:        "expert program: no renewal here (REN-1)",
	retires:       "; retires %s",
	notYet:        "not enrolled yet: enrolled %s",
	ended:         "no longer held from %s",
	benefitsHead:  "Benefits, designation year %s to %s",
	used:          "%d of %d used",
	withheld:      "withheld: %s",
	explainHead:   "Explanations",
	none:          "No specializations in the portfolio.",
	explainExpert: "%s is an expert program: it has its own yearly audit program and is not renewed by this process (REN-1). It counts in the Azure benefit cap (BEN-2).",
	explainNotYet: "%s is enrolled on %s, after the as-of day: nothing to decide yet.",
	explainEnded:  "The portfolio says %s was no longer held from %s: a lapsed enrollment never comes back by itself (INT-5).",
	explainMerged: "%s moved into an entry the partner also holds through another holding, which is kept; this one ended on %s (EDN-6).",
	calName:       "Specializations: %s",
	summary:       "%s: %s",
	cancelled:     "Cancelled: the cycle renewed on %s, so this is no longer due (INT-7).",
}

var chinese = messages{
	title:         "%s：截至 %s 的专用化",
	titleNoName:   "截至 %s 的专用化",
	headers:       [6]string{"专用化", "阶段", "结果", "年份", "截止日", "提醒"},
	legend:        "名称和条款以所查日期有效者为准。年份：所审周期的续订年份。提醒：下一次续订提醒。",
	phases:        [6]string{"", "有效", "窗口开放", "宽限期", "已失效", "已停用"},
	outcomes:      [6]string{"", "未到期", "待续订", "已续订", "已失效", "已停用"},
	categories:    [5]string{"", "Azure", "业务应用程序", "现代工作", "安全性"},
	kinds:         [7]string{"", "指定周年日期", "停用", "续订窗口开放", "续订提醒", "周年日期", "续订最后一天"},
	missing:       "尚缺：%s",
	willNeed:      "届时需要：%s",
	behind:        "记录落后：应记录已续订 %d 次（INT-10）",
	carried:       "由%s转入，原项于 %s 停用（EDN-6）",
	retired:       "已于 %s 停用（EDN-3）",
	replaced:      "已于 %s 停用，由%s取代（EDN-3）",
	merged:        "已于 %s 并入另一持有项（EDN-6）",
	expert:        "专家计划：不走此续订流程（REN-1）",
	retires:       "；%s 停用",
	notYet:        "尚未注册：注册日 %s",
	ended:         "自 %s 起不再持有",
	benefitsHead:  "权益，指定年度 %s 至 %s",
	used:          "已用 %d / %d",
	withheld:      "未获权益：%s",
	explainHead:   "说明",
	none:          "组合中没有专用化。",
	explainExpert: "%s是专家计划：它有自己的年度审核计划，不通过此流程续订（REN-1）。它计入 Azure 权益上限（BEN-2）。",
	explainNotYet: "%s的注册日为 %s，在所查日期之后：尚无可判定的内容。",
	explainEnded:  "组合文件记录%s自 %s 起不再持有：失效的注册不会自行恢复（INT-5）。",
	explainMerged: "%s转入的条目已由另一持有项持有并予保留；此持有项于 %s 结束（EDN-6）。",
	calName:       "专用化：%s",
	summary:       "%s：%s",
	cancelled:     "已取消：该周期已于 %s 续订，此事项不再需要（INT-7）。",
}

// messagesFor returns the words for lang ("en" or "zh-Hans").
func messagesFor(lang string) *messages {
	if specialization.IsSimplifiedChinese(lang) {
		return &chinese
	}
	return &english
}

// word returns words[i], or fallback for a value the table does not have.
func word[E ~uint8](words []string, v E, fallback fmt.Stringer) string {
	if int(v) < len(words) && words[v] != "" {
		return words[v]
	}
	return fallback.String()
}

func (m *messages) kind(k portfolio.EventKind) string { return word(m.kinds[:], k, k) }

// dateText writes a date for a table cell: "—" for none.
func dateText(d date.Date) string {
	if d.IsZero() {
		return "—"
	}
	return d.String()
}
