package portfolio

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/partnerkit/specializations/internal/langtag"
	"github.com/partnerkit/specializations/renewal"
)

// Text returns a short sentence for e, for a calendar entry or a
// notification: in Simplified Chinese for a Simplified Chinese BCP 47 tag
// ("zh", "zh-CN", "zh-Hans"), in English otherwise. It names the entry by
// its name in force on the event's day (RULES EDN-2):
//
//	Renewal window opens for Cloud Security (anniversary 2027-03-10, deadline 2027-04-09): needs the qualification requirements and an audit.
//	云安全续订窗口开放（周年日期 2027-03-10，截止日期 2027-04-09）：需要资格要求和审核。
func (e Event) Text(lang string) string {
	zh := langtag.IsSimplifiedChinese(lang)
	name := e.Item.LocalName(lang)
	c := e.Cycle
	if zh {
		return e.chinese(name, c)
	}
	switch e.Kind {
	case EventDesignationAnniversary:
		return fmt.Sprintf("Designation anniversary %v: benefits are allocated afresh for the year to come.", e.Date)
	case EventRetirement:
		if !e.Replacement.IsZero() {
			return fmt.Sprintf("%s retires; the enrollment continues as %s with its anniversary.", name, e.Replacement.Name())
		}
		return fmt.Sprintf("%s retires; the enrollment ends.", name)
	case EventWindowOpens:
		return fmt.Sprintf("Renewal window opens for %s (anniversary %v, deadline %v): needs %s.", name, c.Date, c.ValidTo, e.Needs.Text("en"))
	case EventReminder:
		return fmt.Sprintf("Reminder: %s, %s the %v anniversary; deadline %v; needs %s.", name, offsetEnglish(e.Offset), c.Date, c.ValidTo, e.Needs.Text("en"))
	case EventAnniversary:
		return fmt.Sprintf("Anniversary of %s; the 30-day grace period runs to %v.", name, c.ValidTo)
	case EventDeadline:
		return fmt.Sprintf("Last day to renew %s for the %v anniversary.", name, c.Date)
	}
	return e.Kind.String()
}

func (e Event) chinese(name string, c renewal.Cycle) string {
	switch e.Kind {
	case EventDesignationAnniversary:
		return fmt.Sprintf("指定周年日期 %v：重新分配下一年的权益。", e.Date)
	case EventRetirement:
		if !e.Replacement.IsZero() {
			return fmt.Sprintf("%s停用；注册转入%s，保留周年日期。", spaced(name), e.Replacement.LocalName("zh-Hans"))
		}
		return fmt.Sprintf("%s停用；注册结束。", spaced(name))
	case EventWindowOpens:
		return fmt.Sprintf("%s续订窗口开放（周年日期 %v，截止日期 %v）：需要%s。", spaced(name), c.Date, c.ValidTo, e.Needs.Text("zh-Hans"))
	case EventReminder:
		return fmt.Sprintf("提醒：%s，%s；截止日期 %v；需要%s。", name, offsetChinese(e.Offset, c), c.ValidTo, e.Needs.Text("zh-Hans"))
	case EventAnniversary:
		return fmt.Sprintf("%s周年日期；30 天宽限期至 %v。", spaced(name), c.ValidTo)
	case EventDeadline:
		return fmt.Sprintf("%s（周年日期 %v）续订的最后一天。", name, c.Date)
	}
	return e.Kind.String()
}

func offsetEnglish(n int) string {
	switch {
	case n < 0:
		return fmt.Sprintf("%d days before", -n)
	case n > 0:
		return fmt.Sprintf("%d days after", n)
	}
	return "on"
}

// spaced puts a space after a name that ends in a Latin letter or digit,
// as Chinese text sets Latin words apart ("Analytics on Azure 续订窗口开放",
// "云安全续订窗口开放").
func spaced(name string) string {
	if r, _ := utf8.DecodeLastRuneInString(name); r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return name + " "
	}
	return name
}

func offsetChinese(n int, c renewal.Cycle) string {
	switch {
	case n < 0:
		return fmt.Sprintf("周年日期 %v 前 %d 天", c.Date, -n)
	case n > 0:
		return fmt.Sprintf("周年日期 %v 后 %d 天", c.Date, n)
	}
	return fmt.Sprintf("今天是周年日期 %v", c.Date)
}
