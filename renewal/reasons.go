package renewal

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/internal/langtag"
	"github.com/partnerkit/specializations/specialization"
)

// Reason is one rule a Decision applied: the RULES clause ID and the same
// sentence, with the same concrete dates, in English and in Simplified
// Chinese.
type Reason struct {
	Clause  string `json:"clause"`  // RULES clause ID, e.g. "REN-4", "INT-6"
	Text    string `json:"text"`    // English sentence with the concrete dates
	Chinese string `json:"chinese"` // the same sentence in Simplified Chinese, with full-width punctuation
}

// String returns "CLAUSE: text", in English.
func (r Reason) String() string { return r.Clause + ": " + r.Text }

// Local returns the sentence in the language of the BCP 47 tag lang: the
// Chinese one for a tag langtag.IsSimplifiedChinese accepts ("zh",
// "zh-CN", "zh-Hans" ...) when there is one, the English one otherwise.
func (r Reason) Local(lang string) string {
	if r.Chinese != "" && langtag.IsSimplifiedChinese(lang) {
		return r.Chinese
	}
	return r.Text
}

// Reasons returns every rule d applied, in the order they were applied:
// which cycle is under review and why (INT-10, INT-2, EDN-5, INT-4), what
// it needs (REN-3 or REN-4, EDN-4), its window (REN-5, INT-3), the phase
// (INT-5, EDN-3), what the enrollment keeps meanwhile (POST-1, POST-2),
// what counts as evidence and when the renewal happened (INT-6, INT-10),
// what renewal keeps (REN-7), and, for a stored enrollment that is behind,
// what to store (INT-10). A Decision records the verdict, not the
// evidence, so the evidence rules are stated with the dates that bound it
// rather than the dates the caller gave. Each reason is in English (Text)
// and Simplified Chinese (Chinese). The zero Decision has no reasons (nil).
func (d Decision) Reasons() []Reason {
	if d.Cycle.Anniversary < 1 || d.Cycle.Date.IsZero() || d.Enrollment.Item.IsZero() {
		return nil
	}
	r := reasoner{d: &d}
	r.cycle()
	r.need()
	r.phase()
	r.evidence()
	r.behind()
	return r.rs
}

// reasoner collects the reasons of one Decision.
type reasoner struct {
	d  *Decision
	rs []Reason
}

func (r *reasoner) add(clause, english, chinese string) {
	r.rs = append(r.rs, Reason{Clause: clause, Text: english, Chinese: chinese})
}

// anniversaryText names the day of anniversary n of d's enrollment,
// shifts included, moved by days (the enrollment date for n = 0), in
// English and Chinese. A Decision does not record its policy's leap-day
// rule (RULES INT-2), and only the anniversaries of a 29 February
// enrollment in common years differ between the two rules, so the cycle's
// own date tells which rule made it, unless it falls in a leap year. Then
// a neighbouring anniversary in a common year is named both ways:
// "2027-02-28 (2027-03-01 under LeapDayMar1)".
func (d *Decision) anniversaryText(n, days int) (english, chinese string) {
	e := &d.Enrollment
	_, feb28 := anniversaryOf(e.Item, e.Enrolled, n, false)
	_, mar1 := anniversaryOf(e.Item, e.Enrolled, n, true)
	feb28, mar1 = feb28.AddDays(days), mar1.AddDays(days)
	_, cycle28 := anniversaryOf(e.Item, e.Enrolled, d.Cycle.Anniversary, false)
	_, cycle1 := anniversaryOf(e.Item, e.Enrolled, d.Cycle.Anniversary, true)
	switch {
	case feb28 == mar1 || (cycle28 != cycle1 && cycle28 == d.Cycle.Date):
		return feb28.String(), feb28.String()
	case cycle28 != cycle1:
		return mar1.String(), mar1.String()
	}
	return f("%s (%s under LeapDayMar1)", feb28, mar1), f("%s（按 3 月 1 日规则为 %s）", feb28, mar1)
}

// f is fmt.Sprintf, short for the tables of sentences below.
func f(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// cycle says which cycle is under review (INT-10, INT-2, EDN-5, INT-4).
func (r *reasoner) cycle() {
	c, e := r.d.Cycle, r.d.Enrollment
	r.add("INT-10",
		f("the cycle under review is anniversary %d, on %s (enrolled %s; anniversaries survived: %d)",
			c.Anniversary, c.Date, e.Enrolled, e.Renewed),
		f("审核中的周期是第 %d 个周年日期，即 %s（注册于 %s；已度过的周年数：%d）",
			c.Anniversary, c.Date, e.Enrolled, e.Renewed))
	// Both leap-day rules put the cycle's own anniversary on the same day
	// before any shift when they put it on the same day after.
	base, day := anniversaryOf(e.Item, e.Enrolled, c.Anniversary, false)
	if day != c.Date {
		base, _ = anniversaryOf(e.Item, e.Enrolled, c.Anniversary, true)
	}
	if _, m, dd := e.Enrolled.Date(); m == time.February && dd == 29 {
		r.add("INT-2",
			f("enrolled on 29 February (%s): every anniversary is computed from that date, and this one falls on %s", e.Enrolled, base),
			f("注册于 2 月 29 日（%s）：每个周年日期都从该日期计算，本次落在 %s", e.Enrolled, base))
	}
	if base != c.Date {
		en, zh := shifts(&e, base)
		r.add("EDN-5",
			f("anniversary %d falls on %s by INT-2 and moves to %s: %s; its window, grace period and reminders move with it",
				c.Anniversary, base, c.Date, en),
			f("第 %d 个周年日期按 INT-2 为 %s，顺延至 %s：%s；续订窗口、宽限期和提醒随之顺延",
				c.Anniversary, base, c.Date, zh))
	}
	first, last := e.Renewed+1, c.Anniversary-1
	firstEn, firstZh := r.d.anniversaryText(first, 0)
	lastEn, lastZh := r.d.anniversaryText(last, 0)
	switch {
	case first == last:
		r.add("INT-4",
			f("anniversary %d (%s) came before reviews started: not reviewed, the enrollment carried on through it", first, firstEn),
			f("第 %d 个周年日期（%s）早于审核开始：不审核，注册照常延续", first, firstZh))
	case first < last:
		r.add("INT-4",
			f("anniversaries %d to %d (%s to %s) came before reviews started: not reviewed, the enrollment carried on through them",
				first, last, firstEn, lastEn),
			f("第 %d 至 %d 个周年日期（%s 至 %s）早于审核开始：不审核，注册照常延续", first, last, firstZh, lastZh))
	}
	if c.Year > 0 {
		r.add("INT-4",
			f("anniversary %d on %s is the %s renewal year, counted among the anniversaries since reviews started",
				c.Anniversary, c.Date, ordinal(c.Year)),
			f("第 %d 个周年日期 %s 是第 %d 个续订年，自审核开始起按顺序计数", c.Anniversary, c.Date, c.Year))
	}
}

// shifts names, in English and Chinese, the changes that move anniversary
// base of e (EDN-5).
func shifts(e *Enrollment, base date.Date) (english, chinese string) {
	var en, zh []string
	for ch := range e.Item.Changes() {
		if ch.ShiftMonths != 0 && e.Enrolled.Before(ch.On) && !base.Before(ch.On) {
			en = append(en, f("the change of %s moves the anniversaries on or after that day of enrollments made before it %d months later",
				ch.On, ch.ShiftMonths))
			zh = append(zh, f("%s 的变更将此前注册的周年日期中在该日或之后者顺延 %d 个月", ch.On, ch.ShiftMonths))
		}
	}
	return strings.Join(en, ", and "), strings.Join(zh, "，且")
}

// need says what the cycle needs (REN-3, REN-4, EDN-4) and its window
// (REN-5, INT-3).
func (r *reasoner) need() {
	c, e := r.d.Cycle, r.d.Enrollment
	v := e.Item.On(c.Date).Validation()
	year := ordinal(c.Year)
	switch {
	case c.Year%2 == 1:
		r.add("REN-3",
			f("the %s renewal year needs the qualification requirements only; window %s to %s", year, c.Opens, c.ValidTo),
			f("第 %d 个续订年只需满足资格要求；续订窗口 %s 至 %s", c.Year, c.Opens, c.ValidTo))
	case c.Manual:
		r.add("REN-4",
			f("the %s renewal year needs %s besides the qualification requirements; window %s to %s",
				year, manualName(v), c.Opens, c.ValidTo),
			f("第 %d 个续订年除资格要求外还需要%s；续订窗口 %s 至 %s", c.Year, manualChinese(v), c.Opens, c.ValidTo))
	case c.Year > 0 && v == specialization.ValidationNone:
		r.add("REN-4",
			f("the %s renewal year needs no manual validation, which this specialization does not have on %s: the qualification requirements only; window %s to %s",
				year, c.Date, c.Opens, c.ValidTo),
			f("第 %d 个续订年无需手动验证（该专用化在 %s 没有手动验证）：只需满足资格要求；续订窗口 %s 至 %s",
				c.Year, c.Date, c.Opens, c.ValidTo))
	case c.Year > 0:
		r.add("REN-4",
			f("the %s renewal year, on %s, comes before manual validation started: the qualification requirements only; window %s to %s",
				year, c.Date, c.Opens, c.ValidTo),
			f("第 %d 个续订年（%s）早于手动验证开始：只需满足资格要求；续订窗口 %s 至 %s", c.Year, c.Date, c.Opens, c.ValidTo))
	}
	if was := e.Item.On(e.Enrolled).Validation(); c.Year > 0 && c.Year%2 == 0 && was != v {
		since := validationSince(&e, c.Date)
		r.add("EDN-4",
			f("the cycle follows the terms in force on its anniversary %s: its manual validation is %s since %s (%s when enrolled)",
				c.Date, manualName(v), since, manualName(was)),
			f("该周期遵循其周年日期 %s 当天生效的条款：自 %s 起其手动验证为%s（注册时为%s）",
				c.Date, since, manualChinese(v), manualChinese(was)))
	}
	r.add("REN-5",
		f("the window opens on %s, closes on the anniversary %s and is followed by a grace period through %s", c.Opens, c.Date, c.ValidTo),
		f("续订窗口于 %s 打开，在周年日期 %s 关闭，随后是截至 %s 的宽限期", c.Opens, c.Date, c.ValidTo))
	before, after := c.Date.DaysSince(c.Opens), c.ValidTo.DaysSince(c.Date)
	r.add("INT-3",
		f("day counts are exact and both ends inclusive: %s is %d days before the anniversary, %s is %d days after it",
			c.Opens, before, c.ValidTo, after),
		f("天数按实际计算且包含两端：%s 在周年日期前 %d 天，%s 在周年日期后 %d 天", c.Opens, before, c.ValidTo, after))
}

// validationSince returns the day of the last change on or before day that
// set e's manual validation.
func validationSince(e *Enrollment, day date.Date) date.Date {
	var since date.Date
	for ch := range e.Item.Changes() {
		if ch.On.After(day) {
			break
		}
		if ch.Validation != 0 {
			since = ch.On
		}
	}
	return since
}

// phase says where the enrollment stands (INT-5, EDN-3, POST-1, POST-2).
func (r *reasoner) phase() {
	d, c := r.d, r.d.Cycle
	switch {
	case d.Phase == PhaseActive && d.Outcome == OutcomeNotDue:
		r.add("INT-5",
			f("on %s the enrollment is active: the window opens on %s", d.AsOf, c.Opens),
			f("%s 注册处于活动状态：续订窗口于 %s 打开", d.AsOf, c.Opens))
	case d.Phase == PhaseWindowOpen:
		r.add("INT-5",
			f("on %s the renewal window is open (%s to %s)", d.AsOf, c.Opens, c.Date),
			f("%s 续订窗口已打开（%s 至 %s）", d.AsOf, c.Opens, c.Date))
	case d.Phase == PhaseGrace:
		r.add("INT-5",
			f("on %s the enrollment is in its grace period (%s to %s)", d.AsOf, c.Date.AddDays(1), c.ValidTo),
			f("%s 注册处于宽限期（%s 至 %s）", d.AsOf, c.Date.AddDays(1), c.ValidTo))
	case d.Phase == PhaseActive:
		r.add("INT-5",
			f("on %s the enrollment is active: it was renewed before %s passed", d.AsOf, c.ValidTo),
			f("%s 注册处于活动状态：已在 %s 过去之前续订", d.AsOf, c.ValidTo))
	case d.Phase == PhaseLapsed:
		r.add("INT-5",
			f("on %s the enrollment has lapsed: %s passed without a renewal, and earning it again is a new enrollment", d.AsOf, c.ValidTo),
			f("%s 注册已失效：%s 已过且未续订，重新获得该专用化需要重新注册", d.AsOf, c.ValidTo))
	}
	r.retirement()
	if d.Outcome == OutcomeNotDue || d.Outcome == OutcomePending {
		r.add("POST-1",
			f("the enrollment stands until %s even if requirements stop being met before then", c.ValidTo),
			f("即使在此之前不再满足要求，注册仍保持到 %s", c.ValidTo))
		r.add("POST-2",
			f("to stay enrolled past %s the partner must meet %s from %s on", c.ValidTo, englishList(d.Required()), c.Opens),
			f("要在 %s 之后保持注册，合作伙伴必须自 %s 起满足：%s", c.ValidTo, c.Opens, chineseList(d.Required())))
	}
}

// retirement says what the entry's retirement did (EDN-3, EDN-6), when it
// has retired by AsOf.
func (r *reasoner) retirement() {
	d, item := r.d, r.d.Enrollment.Item
	retired, ok := item.Retired()
	if !ok || d.AsOf.Before(retired) {
		return
	}
	if d.Outcome == OutcomeLapsed {
		r.add("EDN-3",
			f("the entry retired on %s, after the cycle had lapsed: the enrollment stays lapsed", retired),
			f("该专用化已于 %s 停用，此前该周期已失效：注册保持失效", retired))
		return
	}
	en := f("the entry retired on %s: on %s the enrollment has ended, neither renewed nor lapsed, its cycle judged as of %s",
		retired, d.AsOf, retired.AddDays(-1))
	zh := f("该专用化已于 %s 停用：%s 注册已结束，既未续订也未失效，其周期按 %s 评判", retired, d.AsOf, retired.AddDays(-1))
	switch to := item.ReplacedBy(); {
	case to != "" && item.CarriesOver():
		en += f("; its holders are carried over to %s with the same anniversary (EDN-6)", to)
		zh += f("；持有者以相同的周年日期转入 %s（EDN-6）", to)
	case to != "":
		en += f("; it was replaced by %s, and holders are not carried over", to)
		zh += f("；已由 %s 取代，持有者不会被转入", to)
	}
	r.add("EDN-3", en, zh)
}

// evidence says what counted and when the renewal happened (INT-6, INT-10,
// REN-7).
func (r *reasoner) evidence() {
	d, c := r.d, r.d.Cycle
	switch d.Outcome {
	case OutcomeRetired:
		return
	case OutcomeNotDue:
		r.add("INT-10",
			f("before the window opens every requirement of the cycle is still missing: %s", englishList(d.Missing)),
			f("续订窗口打开前，该周期的每项要求都仍缺少：%s", chineseList(d.Missing)))
		r.add("INT-6",
			f("a requirement already met before the window opens counts from the opening day, %s", c.Opens),
			f("续订窗口打开前已满足的要求自窗口打开日 %s 起计", c.Opens))
		return
	case OutcomeRenewed:
		r.renewed()
		return
	}
	for req := range d.Missing.All() {
		if req == RequirementQualification {
			r.add("INT-6",
				f("the qualification requirements count when met on or before %s; none counted as of %s", c.ValidTo, d.AsOf),
				f("资格要求须在 %s 或之前满足才计入；截至 %s 尚无计入", c.ValidTo, d.AsOf))
			continue
		}
		v := d.Enrollment.Item.On(c.Date).Validation()
		prevEn, prevZh := d.anniversaryText(c.Anniversary-1, 0)
		r.add("INT-6",
			f("the manual validation, %s, counts only if completed after the previous anniversary %s and on or before %s (an older one is stale); none counted as of %s",
				manualName(v), prevEn, c.ValidTo, d.AsOf),
			f("手动验证（%s）须在上一个周年日期 %s 之后、%s 或之前完成才计入（更早的已过时）；截至 %s 尚无计入",
				manualChinese(v), prevZh, c.ValidTo, d.AsOf))
	}
	if d.AsOf.Before(c.ValidTo) {
		r.add("INT-10",
			f("evidence dated after %s has not happened yet as of that day and does not count", d.AsOf),
			f("%s 之后的证据在当天尚未发生，不计入", d.AsOf))
	}
}

func (r *reasoner) renewed() {
	d, c := r.d, r.d.Cycle
	if d.RenewedOn == c.Opens {
		r.add("INT-6",
			f("renewed on %s, the opening day: requirements met earlier count from that day", d.RenewedOn),
			f("于窗口打开日 %s 续订：更早满足的要求自该日起计", d.RenewedOn))
	} else {
		r.add("INT-6",
			f("renewed on %s, the latest of the opening day %s and the days %s were met", d.RenewedOn, c.Opens, englishList(d.Required())),
			f("于 %s 续订，即窗口打开日 %s 与满足以下要求之日中最晚的一天：%s", d.RenewedOn, c.Opens, chineseList(d.Required())))
	}
	nextEn, nextZh := d.anniversaryText(c.Anniversary+1, 0)
	r.add("REN-7",
		f("the renewal keeps the anniversary: the next one is anniversary %d, on %s, whatever day of the window the renewal happened",
			c.Anniversary+1, nextEn),
		f("续订保留周年日期：下一个是第 %d 个周年日期，在 %s，无论在窗口内哪一天续订", c.Anniversary+1, nextZh))
}

// behind says that the stored enrollment is behind and what to store
// (INT-10).
func (r *reasoner) behind() {
	d, c := r.d, r.d.Cycle
	if !d.Behind {
		return
	}
	nextEn, nextZh := d.anniversaryText(c.Anniversary+1, 0)
	opensEn, opensZh := d.anniversaryText(c.Anniversary+1, -c.Date.DaysSince(c.Opens))
	store := d.Next().Renewed
	r.add("INT-10",
		f("the stored enrollment is behind: the window of anniversary %d (%s) opened on %s; store anniversaries survived: %d (Decision.Next) and evaluate that cycle with its own evidence",
			c.Anniversary+1, nextEn, opensEn, store),
		f("存储的注册已落后：第 %d 个周年日期（%s）的续订窗口已于 %s 打开；请将已度过的周年数存为 %d（Decision.Next），并用该周期自己的证据重新评估",
			c.Anniversary+1, nextZh, opensZh, store))
}

// manualName is the English name of a manual validation, with an article
// where it takes one: "an audit", "approved customer references".
func manualName(v specialization.Validation) string {
	switch v {
	case specialization.ValidationAudit:
		return "an audit"
	case specialization.ValidationCustomerReference:
		return "approved customer references"
	}
	return "no manual validation"
}

// manualChinese is the Simplified Chinese name of a manual validation, as
// chineseList names it: 审核, 获批的客户参考.
func manualChinese(v specialization.Validation) string {
	switch v {
	case specialization.ValidationAudit:
		return "审核"
	case specialization.ValidationCustomerReference:
		return "获批的客户参考"
	}
	return "无手动验证"
}

// ordinal writes n as "1st", "2nd", "3rd", "4th", "11th", "21st".
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}
