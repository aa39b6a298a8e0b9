package renewal_test

import (
	"strings"
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
	notDue := evaluate(t, second, renewal.Evidence{}, "2026-06-01")
	grace := evaluate(t, second, renewal.Evidence{}, "2027-01-02")
	renewed := evaluate(t, second, renewal.Evidence{QualifiedOn: d("2026-11-20"), ValidatedOn: d("2026-12-03")}, "2026-12-24")
	lapsed := evaluate(t, second, renewal.Evidence{QualifiedOn: d("2026-11-20")}, "2027-02-01")
	security := evaluate(t, enroll(t, "threat-protection", "2025-01-01", 1), renewal.Evidence{}, "2027-06-01")
	retired := evaluate(t, enroll(t, "kubernetes", "2024-03-15", 2), renewal.Evidence{}, "2026-07-31")
	moved := evaluate(t, enroll(t, "windows-server-sql-server-migration", "2021-05-17", 0), renewal.Evidence{}, "2023-02-01")
	tests := []struct {
		name string
		dec  renewal.Decision
		lang string
		want string
	}{
		// Analytics on Microsoft Azure is renamed Analytics on Azure on
		// 2026-07-31, without a Chinese name (EDN-2): from that day the
		// Chinese text names it in English.
		{"EDN-2 POST-4 pending in the window, named as on 2026-11-24", pending, "en",
			"The renewal window of Analytics on Azure for the 2027-01-01 anniversary (the 2nd renewal year) has been open since 2026-11-02. " +
				"Still owed: an audit. Deadline: 2027-01-31; the enrollment stays active until then."},
		{"EDN-2 POST-4 pending in the window, Simplified Chinese, the renamed entry has no Chinese name", pending, "zh-Hans",
			"“Analytics on Azure”专用化在 2027-01-01 周年日期（第 2 个续订年）的续订窗口已于 2026-11-02 打开。" +
				"仍需完成：审核。截止日期为 2027-01-31；在此之前注册保持有效。"},
		{"INT-10 not due names the deadline and what will be needed", notDue, "",
			"Analytics on Microsoft Azure is enrolled and active. Its next renewal is at the 2027-01-01 anniversary (the 2nd renewal year): " +
				"the window opens on 2026-11-02 and the deadline is 2027-01-31. It will need the qualification requirements and an audit."},
		{"EDN-2 INT-10 not due, Chinese name in force on 2026-06-01", notDue, "zh-CN",
			"“Microsoft Azure 上的分析”专用化已注册且处于活动状态。下一次续订在 2027-01-01 周年日期（第 2 个续订年）：" +
				"续订窗口于 2026-11-02 打开，截止日期为 2027-01-31。届时需要满足：资格要求和审核。"},
		{"REN-5 grace", grace, "fr",
			"Analytics on Azure passed the 2027-01-01 anniversary (the 2nd renewal year) without a renewal and is in its grace period. " +
				"Still owed: the qualification requirements and an audit. Deadline: 2027-01-31; after that day the enrollment lapses."},
		{"REN-5 grace, Chinese", grace, "zh",
			"“Analytics on Azure”专用化已过 2027-01-01 周年日期（第 2 个续订年），但尚未续订，目前处于宽限期。" +
				"仍需完成：资格要求和审核。截止日期为 2027-01-31；过了这一天注册将失效。"},
		{"INT-6 REN-7 renewed, the next anniversary kept", renewed, "en-US",
			"Analytics on Azure was renewed on 2026-12-03 for the 2027-01-01 anniversary (the 2nd renewal year); nothing more is owed for it. " +
				"The next anniversary is on 2028-01-01: renewing inside the window does not move it."},
		{"INT-6 REN-7 renewed, Chinese", renewed, "zh-Hans-CN",
			"“Analytics on Azure”专用化已于 2026-12-03 完成 2027-01-01 周年日期（第 2 个续订年）的续订，本周期无需再做任何事。" +
				"下一个周年日期为 2028-01-01：在续订窗口内续订不会改变周年日期。"},
		{"INT-5 lapsed, Traditional Chinese is answered in English", lapsed, "zh-TW",
			"Analytics on Azure has lapsed: the deadline 2027-01-31 passed without a renewal for the 2027-01-01 anniversary (the 2nd renewal year), " +
				"with an audit still owed. It does not come back by itself: earning it again is a new enrollment."},
		{"INT-5 lapsed, Chinese", lapsed, "zh-cn",
			"“Analytics on Azure”专用化的注册已失效：截止日期 2027-01-31 已过，2027-01-01 周年日期（第 2 个续订年）的续订仍缺少：审核。" +
				"注册不会自动恢复，需要重新获得该专用化。"},
		{"EDN-4 EDN-5 Security after 2026-07-30 needs an audit, the anniversary 6 months later", security, "zh",
			"“威胁防护”专用化在 2027-07-01 周年日期（第 2 个续订年）的续订窗口已于 2027-05-02 打开。" +
				"仍需完成：资格要求和审核。截止日期为 2027-07-31；在此之前注册保持有效。"},
		{"EDN-3 retired with a replacement that does not carry holders over", retired, "en",
			"Kubernetes on Microsoft Azure retired on 2026-07-31: the enrollment ended that day, neither renewed nor lapsed. " +
				"It was replaced by app-modernization; holders are not carried over, so earning that is a new enrollment."},
		{"EDN-3 retired, Chinese", retired, "zh-Hans",
			"“Microsoft Azure 上的 Kubernetes”专用化已于 2026-07-31 停用：注册在当天结束，既未续订也未失效。" +
				"它已由 app-modernization 取代；持有者不会被转入，获得该专用化需要重新注册。"},
		{"EDN-6 retired, holders carried over", moved, "en",
			"Windows Server and SQL Server Migration to Microsoft Azure retired on 2023-01-09: the enrollment ended that day, neither renewed nor lapsed. " +
				"It continues in infra-and-database-migration with the same anniversary."},
		{"EDN-6 retired, holders carried over, Chinese", moved, "zh",
			"“Windows Server and SQL Server Migration to Microsoft Azure”专用化已于 2023-01-09 停用：注册在当天结束，既未续订也未失效。" +
				"注册以相同的周年日期转入 infra-and-database-migration。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.dec.Explain(tt.lang)); diff != "" {
				t.Errorf("Explain(%q) (-want +got):\n%s", tt.lang, diff)
			}
		})
	}
}

// Chinese explanations use full-width punctuation only.
func TestExplainChinesePunctuation(t *testing.T) {
	decs := []renewal.Decision{
		evaluate(t, enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 1), renewal.Evidence{}, "2026-06-01"),
		evaluate(t, enroll(t, "cloud-security", "2025-01-01", 1), renewal.Evidence{QualifiedOn: d("2027-05-03")}, "2027-07-15"),
		evaluate(t, enroll(t, "kubernetes", "2024-03-15", 2), renewal.Evidence{}, "2026-07-31"),
	}
	for _, dec := range decs {
		s := dec.Explain("zh")
		// The names of entries without a Chinese name are English; take
		// them out before looking at the punctuation.
		s = strings.ReplaceAll(s, dec.Enrollment.Item.On(dec.AsOf).LocalName("zh"), "")
		if i := strings.IndexAny(s, ":,;()"); i >= 0 {
			t.Errorf("Explain(zh) = %q: half-width punctuation at byte %d", dec.Explain("zh"), i)
		}
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

func TestRequirementsText(t *testing.T) {
	q, a, r := renewal.RequirementQualification, renewal.RequirementAudit, renewal.RequirementCustomerReference
	tests := []struct {
		name, lang string
		s          renewal.Requirements
		want       string
	}{
		{"REN-3 odd year: qualification only", "en", renewal.RequirementsOf(q), "the qualification requirements"},
		{"REN-4 even Azure year: an audit", "en", renewal.RequirementsOf(q, a), "the qualification requirements and an audit"},
		{"REN-4 even Security year: approved customer references", "en", renewal.RequirementsOf(q, r), "the qualification requirements and approved customer references"},
		{"REN-4 in Chinese", "zh-CN", renewal.RequirementsOf(q, a), "资格要求和审核"},
		{"REN-4 references in Chinese", "zh-Hans", renewal.RequirementsOf(q, r), "资格要求和获批的客户参考"},
		{"nothing", "en", 0, "nothing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.s.Text(tt.lang)); diff != "" {
				t.Errorf("Text(%q) (-want +got):\n%s", tt.lang, diff)
			}
		})
	}
}
