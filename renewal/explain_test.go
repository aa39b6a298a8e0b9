package renewal_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/renewal"
)

func evaluate(t *testing.T, e renewal.Enrollment, ev renewal.Evidence, asOf string) renewal.Decision {
	t.Helper()
	dec, err := renewal.DefaultPolicy().Evaluate(e, ev, d(asOf))
	if err != nil {
		t.Fatalf("Evaluate(%+v, %+v, %s): %v", e, ev, asOf, err)
	}
	return dec
}

func TestExplain(t *testing.T) {
	second := enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 1)
	pending := evaluate(t, second, renewal.Evidence{QualifiedOn: d("2026-11-20")}, "2026-11-24")
	tests := []struct {
		name string
		dec  renewal.Decision
		lang string
		want string
	}{
		{"POST-4 pending in the window, English", pending, "en",
			"The renewal window of analytics-on-microsoft-azure for the 2027-01-01 anniversary (the 2nd renewal year) has been open since 2026-11-02. " +
				"Still owed: an audit. Deadline: 2027-01-31; the enrollment stays active until then."},
		{"POST-4 pending in the window, Simplified Chinese", pending, "zh-Hans",
			"专用化 analytics-on-microsoft-azure 在 2027-01-01 周年日期(第 2 个续订年)的续订窗口已于 2026-11-02 打开。" +
				"仍需完成:审核。截止日期为 2027-01-31;在此之前注册保持有效。"},
		{"INT-10 not due names the deadline and what will be needed", evaluate(t, second, renewal.Evidence{}, "2026-06-01"), "",
			"analytics-on-microsoft-azure is enrolled and active. Its next renewal is at the 2027-01-01 anniversary (the 2nd renewal year): " +
				"the window opens on 2026-11-02 and the deadline is 2027-01-31. It will need the qualification requirements and an audit."},
		{"INT-10 not due, Chinese", evaluate(t, second, renewal.Evidence{}, "2026-06-01"), "zh-CN",
			"专用化 analytics-on-microsoft-azure 已注册且处于活动状态。下一次续订在 2027-01-01 周年日期(第 2 个续订年):" +
				"续订窗口于 2026-11-02 打开,截止日期为 2027-01-31。届时需要满足:资格要求和审核。"},
		{"REN-5 grace", evaluate(t, second, renewal.Evidence{}, "2027-01-02"), "fr",
			"analytics-on-microsoft-azure passed the 2027-01-01 anniversary (the 2nd renewal year) without a renewal and is in its grace period. " +
				"Still owed: the qualification requirements and an audit. Deadline: 2027-01-31; after that day the enrollment lapses."},
		{"REN-5 grace, Chinese", evaluate(t, second, renewal.Evidence{}, "2027-01-02"), "zh",
			"专用化 analytics-on-microsoft-azure 已过 2027-01-01 周年日期(第 2 个续订年),但尚未续订,目前处于宽限期。" +
				"仍需完成:资格要求和审核。截止日期为 2027-01-31;过了这一天注册将失效。"},
		{"INT-6 renewed", evaluate(t, second, renewal.Evidence{QualifiedOn: d("2026-11-20"), ValidatedOn: d("2026-12-03")}, "2026-12-24"), "en-US",
			"analytics-on-microsoft-azure was renewed on 2026-12-03 for the 2027-01-01 anniversary (the 2nd renewal year); nothing more is owed for it. " +
				"The next anniversary is in 2028: renewing inside the window does not move it."},
		{"INT-6 renewed, Chinese", evaluate(t, second, renewal.Evidence{QualifiedOn: d("2026-11-20"), ValidatedOn: d("2026-12-03")}, "2026-12-24"), "zh-Hans-CN",
			"专用化 analytics-on-microsoft-azure 已于 2026-12-03 完成 2027-01-01 周年日期(第 2 个续订年)的续订,本周期无需再做任何事。" +
				"下一个周年日期在 2028 年:在续订窗口内续订不会改变周年日期。"},
		{"INT-5 lapsed", evaluate(t, second, renewal.Evidence{QualifiedOn: d("2026-11-20")}, "2027-02-01"), "zh-TW",
			"analytics-on-microsoft-azure has lapsed: the deadline 2027-01-31 passed without a renewal for the 2027-01-01 anniversary (the 2nd renewal year), " +
				"with an audit still owed. It does not come back by itself: earning it again is a new enrollment."},
		{"INT-5 lapsed, Chinese", evaluate(t, second, renewal.Evidence{QualifiedOn: d("2026-11-20")}, "2027-02-01"), "zh-cn",
			"专用化 analytics-on-microsoft-azure 的注册已失效:截止日期 2027-01-31 已过,2027-01-01 周年日期(第 2 个续订年)的续订仍缺少:审核。" +
				"注册不会自动恢复,需要重新获得该专用化。"},
		{"REN-4 customer references in Chinese", evaluate(t, enroll(t, "threat-protection", "2025-01-01", 1), renewal.Evidence{}, "2026-12-01"), "zh",
			"专用化 threat-protection 在 2027-01-01 周年日期(第 2 个续订年)的续订窗口已于 2026-11-02 打开。" +
				"仍需完成:资格要求和客户参考。截止日期为 2027-01-31;在此之前注册保持有效。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.dec.Explain(tt.lang)); diff != "" {
				t.Errorf("Explain(%q) (-want +got):\n%s", tt.lang, diff)
			}
		})
	}
}

func TestZeroDecision(t *testing.T) {
	var dec renewal.Decision
	if rs := dec.Reasons(); rs != nil {
		t.Errorf("zero Decision Reasons() = %v, want nil", rs)
	}
	if s := dec.Explain("en"); s != "" {
		t.Errorf("zero Decision Explain() = %q, want empty", s)
	}
	if r := dec.Required(); !r.IsEmpty() {
		t.Errorf("zero Decision Required() = %v, want empty", r)
	}
	if got := (renewal.Reason{Clause: "REN-4", Text: "x"}).String(); got != "REN-4: x" {
		t.Errorf("Reason.String() = %q", got)
	}
}
