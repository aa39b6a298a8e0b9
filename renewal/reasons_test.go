package renewal_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/renewal"
)

func TestReasonsSecondExample(t *testing.T) {
	// POST-4 as of 2026-11-24: qualified, the audit still owed.
	dec := evaluate(t, enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 1),
		renewal.Evidence{QualifiedOn: d("2026-11-20")}, "2026-11-24")
	want := []renewal.Reason{
		{Clause: "INT-10", Text: "the cycle under review is anniversary 2, on 2027-01-01 (enrolled 2025-01-01; anniversaries survived: 1)",
			Chinese: "审核中的周期是第 2 个周年日期，即 2027-01-01（注册于 2025-01-01；已度过的周年数：1）"},
		{Clause: "INT-4", Text: "anniversary 2 on 2027-01-01 is the 2nd renewal year, counted among the anniversaries since reviews started",
			Chinese: "第 2 个周年日期 2027-01-01 是第 2 个续订年，自审核开始起按顺序计数"},
		{Clause: "REN-4", Text: "the 2nd renewal year needs an audit besides the qualification requirements; window 2026-11-02 to 2027-01-31",
			Chinese: "第 2 个续订年除资格要求外还需要审核；续订窗口 2026-11-02 至 2027-01-31"},
		{Clause: "REN-5", Text: "the window opens on 2026-11-02, closes on the anniversary 2027-01-01 and is followed by a grace period through 2027-01-31",
			Chinese: "续订窗口于 2026-11-02 打开，在周年日期 2027-01-01 关闭，随后是截至 2027-01-31 的宽限期"},
		{Clause: "INT-3", Text: "day counts are exact and both ends inclusive: 2026-11-02 is 60 days before the anniversary, 2027-01-31 is 30 days after it",
			Chinese: "天数按实际计算且包含两端：2026-11-02 在周年日期前 60 天，2027-01-31 在周年日期后 30 天"},
		{Clause: "INT-5", Text: "on 2026-11-24 the renewal window is open (2026-11-02 to 2027-01-01)",
			Chinese: "2026-11-24 续订窗口已打开（2026-11-02 至 2027-01-01）"},
		{Clause: "POST-1", Text: "the enrollment stands until 2027-01-31 even if requirements stop being met before then",
			Chinese: "即使在此之前不再满足要求，注册仍保持到 2027-01-31"},
		{Clause: "POST-2", Text: "to stay enrolled past 2027-01-31 the partner must meet the qualification requirements and an audit from 2026-11-02 on",
			Chinese: "要在 2027-01-31 之后保持注册，合作伙伴必须自 2026-11-02 起满足：资格要求和审核"},
		{Clause: "INT-6", Text: "the manual validation, an audit, counts only if completed after the previous anniversary 2026-01-01 and on or before 2027-01-31 (an older one is stale); none counted as of 2026-11-24",
			Chinese: "手动验证（审核）须在上一个周年日期 2026-01-01 之后、2027-01-31 或之前完成才计入（更早的已过时）；截至 2026-11-24 尚无计入"},
		{Clause: "INT-10", Text: "evidence dated after 2026-11-24 has not happened yet as of that day and does not count",
			Chinese: "2026-11-24 之后的证据在当天尚未发生，不计入"},
	}
	if diff := cmp.Diff(want, dec.Reasons()); diff != "" {
		t.Errorf("POST-4 Reasons() (-want +got):\n%s", diff)
	}
}

// clauses returns the clause IDs of rs in order.
func clauses(rs []renewal.Reason) []string {
	var cs []string
	for _, r := range rs {
		cs = append(cs, r.Clause)
	}
	return cs
}

// hasReason reports whether rs has a reason with the clause whose text
// contains sub.
func hasReason(rs []renewal.Reason, clause, sub string) bool {
	for _, r := range rs {
		if r.Clause == clause && strings.Contains(r.Text, sub) {
			return true
		}
	}
	return false
}

func TestReasonsByCase(t *testing.T) {
	tests := []struct {
		name    string
		dec     renewal.Decision
		clauses []string
		clause  string // a reason that must be there ...
		text    string // ... with this in its text
	}{
		{"INT-10 not due: everything missing, evidence counts from the opening day",
			evaluate(t, enroll(t, "finance", "2025-01-01", 0), renewal.Evidence{QualifiedOn: d("2025-03-01")}, "2025-06-01"),
			[]string{"INT-10", "INT-4", "REN-3", "REN-5", "INT-3", "INT-5", "POST-1", "POST-2", "INT-10", "INT-6"},
			"INT-6", "counts from the opening day, 2025-11-02"},
		{"INT-4 skipped anniversary of a 2021 enrollment",
			evaluate(t, enroll(t, "kubernetes", "2021-03-15", 0), renewal.Evidence{QualifiedOn: d("2023-02-20")}, "2023-03-01"),
			[]string{"INT-10", "INT-4", "INT-4", "REN-3", "REN-5", "INT-3", "INT-5", "INT-6", "REN-7"},
			"INT-4", "anniversary 1 (2022-03-15) came before reviews started"},
		{"INT-6 renewed on the latest evidence day",
			evaluate(t, enroll(t, "kubernetes", "2021-03-15", 0), renewal.Evidence{QualifiedOn: d("2023-02-20")}, "2023-03-01"),
			nil, "INT-6", "renewed on 2023-02-20, the latest of the opening day 2023-01-14"},
		{"INT-6 renewed on the opening day",
			evaluate(t, enroll(t, "finance", "2025-01-01", 0), renewal.Evidence{QualifiedOn: d("2025-03-01")}, "2025-12-01"),
			nil, "INT-6", "renewed on 2025-11-02, the opening day"},
		{"REN-7 renewal keeps the anniversary",
			evaluate(t, enroll(t, "finance", "2025-01-01", 0), renewal.Evidence{QualifiedOn: d("2025-03-01")}, "2025-12-01"),
			nil, "REN-7", "anniversary 2, on 2027-01-01, whatever day of the window"},
		{"INT-2 leap-day enrollment",
			evaluate(t, enroll(t, "finance", "2024-02-29", 0), renewal.Evidence{}, "2024-03-01"),
			nil, "INT-2", "this one falls on 2025-02-28"},
		{"REN-4 Business Applications never need manual validation",
			evaluate(t, enroll(t, "supply-chain", "2024-06-30", 1), renewal.Evidence{}, "2026-06-01"),
			nil, "REN-4", "the 2nd renewal year needs no manual validation"},
		{"REN-4 customer references of a Security specialization before 2026-07-30",
			evaluate(t, enroll(t, "cloud-security", "2024-06-30", 1), renewal.Evidence{}, "2026-06-01"),
			nil, "REN-4", "needs approved customer references besides the qualification requirements; window 2026-05-01 to 2026-07-30"},
		{"INT-6 stale audit is named with the previous anniversary",
			evaluate(t, enroll(t, "kubernetes", "2021-03-15", 2), renewal.Evidence{ValidatedOn: d("2022-01-01")}, "2024-02-01"),
			nil, "INT-6", "after the previous anniversary 2023-03-15 and on or before 2024-04-14"},
		{"INT-5 grace period",
			evaluate(t, enroll(t, "finance", "2025-01-01", 0), renewal.Evidence{}, "2026-01-02"),
			nil, "INT-5", "grace period (2026-01-02 to 2026-01-31)"},
		{"INT-5 lapsed for good",
			evaluate(t, enroll(t, "finance", "2025-01-01", 0), renewal.Evidence{}, "2026-02-01"),
			[]string{"INT-10", "INT-4", "REN-3", "REN-5", "INT-3", "INT-5", "INT-6"},
			"INT-5", "2026-01-31 passed without a renewal, and earning it again is a new enrollment"},
		{"INT-5 active after a renewal",
			evaluate(t, enroll(t, "finance", "2025-01-01", 0), renewal.Evidence{QualifiedOn: d("2026-01-31")}, "2026-02-01"),
			nil, "INT-5", "active: it was renewed before 2026-01-31 passed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := tt.dec.Reasons()
			if tt.clauses != nil {
				if diff := cmp.Diff(tt.clauses, clauses(rs)); diff != "" {
					t.Errorf("Reasons() clauses (-want +got):\n%s", diff)
				}
			}
			if !hasReason(rs, tt.clause, tt.text) {
				t.Errorf("Reasons() = %v, want a %s reason containing %q", rs, tt.clause, tt.text)
			}
		})
	}
}

// INT-2: a Decision does not record its leap-day rule, so its reasons
// tell it from the cycle's own date; a 29 February cycle is the same under
// both rules, and then a neighbouring anniversary in a common year is
// named both ways.
func TestReasonsLeapDayRule(t *testing.T) {
	mar1 := renewal.DefaultPolicy()
	mar1.LeapDay = renewal.LeapDayMar1
	e := enroll(t, "modernize-endpoints", "2024-02-29", 1)
	tests := []struct {
		name   string
		p      renewal.Policy
		e      renewal.Enrollment
		asOf   string
		clause string
		text   string
	}{
		{"INT-2 INT-6 a 1 March cycle tells the rule: the previous anniversary is 1 March", mar1, e, "2026-01-15",
			"INT-6", "after the previous anniversary 2025-03-01 and"},
		{"INT-2 INT-6 a 28 February cycle tells the rule: the previous anniversary is 28 February", renewal.DefaultPolicy(), e, "2026-01-15",
			"INT-6", "after the previous anniversary 2025-02-28 and"},
		{"INT-2 INT-6 a 29 February cycle names the previous anniversary both ways", mar1, func() renewal.Enrollment { e := e; e.Renewed = 3; return e }(), "2028-01-15",
			"INT-6", "after the previous anniversary 2027-02-28 (2027-03-01 under LeapDayMar1) and"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dec, err := tt.p.Evaluate(tt.e, renewal.Evidence{}, d(tt.asOf))
			if err != nil {
				t.Fatal(err)
			}
			if rs := dec.Reasons(); !hasReason(rs, tt.clause, tt.text) {
				t.Errorf("Reasons() = %v, want a %s reason containing %q", rs, tt.clause, tt.text)
			}
		})
	}
}
