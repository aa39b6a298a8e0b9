package benefits_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/specialization"
)

func TestReasonText(t *testing.T) {
	endsMidYear := member()
	endsMidYear.MembershipEnds = day("2027-01-31")
	ended := endsMidYear
	notPurchased := member()
	notPurchased.BenefitsPurchased = false
	securityOnly := member()
	securityOnly.Designations = specialization.Designations(securityD)
	march := member()
	march.DesignationAnniversary = day("2025-03-01")

	tests := []struct {
		name     string
		partner  benefits.Partner
		holdings []benefits.Holding
		caps     benefits.Caps
		asOf     string
		want     benefits.Reason // of the last holding
	}{
		{"BEN-2 held on the anniversary within the cap", member(), seedSecurity()[:2], nil, "2026-10-01",
			benefits.Reason{Clause: "BEN-2",
				Text: "Identity and Access Management brings Security benefit 2 of 3, held on the designation " +
					"anniversary 2026-07-01, available through 2027-07-01, the next designation anniversary.",
				Chinese: "标识和访问管理：获得安全性类别权益第 2 个（上限 3 个），在指定周年日期 2026-07-01 已持有，" +
					"有效期至 2027-07-01（下一个指定周年日期）。"}},
		{"INT-8 earned later into a free slot", member(), []benefits.Holding{held("threat-protection", "2026-09-15")},
			nil, "2026-10-01",
			benefits.Reason{Clause: "INT-8",
				Text: "Threat Protection brings Security benefit 1 of 3, earned on 2026-09-15 after the designation " +
					"anniversary 2026-07-01 into a free slot, available through 2027-07-01, the next designation anniversary.",
				Chinese: "威胁防护：获得安全性类别权益第 1 个（上限 3 个），于指定周年日期 2026-07-01 之后的 2026-09-15 获得，" +
					"占用空余名额，有效期至 2027-07-01（下一个指定周年日期）。"}},
		{"INT-8 lapsed during the year keeps its benefit and slot", member(),
			[]benefits.Holding{lapsed("cloud-security", "2025-03-10", "2026-08-01")}, nil, "2026-10-01",
			benefits.Reason{Clause: "INT-8",
				Text: "Cloud Security brings Security benefit 1 of 3, held on the designation anniversary 2026-07-01, " +
					"lapsed on 2026-08-01 but keeps its benefit and its slot, available through 2027-07-01, the next " +
					"designation anniversary.",
				Chinese: "云安全：获得安全性类别权益第 1 个（上限 3 个），在指定周年日期 2026-07-01 已持有，" +
					"虽已于 2026-08-01 失效，仍保留权益和名额，有效期至 2027-07-01（下一个指定周年日期）。"}},
		{"EDN-3 retired during the year keeps its benefit and slot, and the reason says it retired", member(),
			[]benefits.Holding{held("intelligent-automation", "2025-03-10")}, nil, "2026-10-01",
			benefits.Reason{Clause: "EDN-3",
				Text: "Intelligent Automation brings Business Applications benefit 1 of 3, held on the designation " +
					"anniversary 2026-07-01, retired on 2026-07-31 but keeps its benefit and its slot, available " +
					"through 2027-07-01, the next designation anniversary.",
				Chinese: "智能自动化：获得业务应用程序类别权益第 1 个（上限 3 个），在指定周年日期 2026-07-01 已持有，" +
					"虽已于 2026-07-31 停用，仍保留权益和名额，有效期至 2027-07-01（下一个指定周年日期）。"}},
		{"EDN-3 retired on or before the anniversary: not held, no slot", member(),
			[]benefits.Holding{held("intelligent-automation", "2025-03-10")}, nil, "2027-07-01",
			benefits.Reason{Clause: "EDN-3",
				Text: "Intelligent Automation brings no benefit: retired on 2026-07-31, on or before the designation " +
					"anniversary 2027-07-01, so it is not held and takes no slot.",
				Chinese: "智能自动化：无权益，已于 2026-07-31 停用（不晚于指定周年日期 2027-07-01），因此不算持有，也不占名额。"}},
		{"EDN-7 held on the anniversary and let in by the cap raised later in the year", march,
			[]benefits.Holding{held("finance", "2025-01-01"), held("sales", "2025-06-01")}, nil, "2026-07-01",
			benefits.Reason{Clause: "EDN-7",
				Text: "Sales brings Business Applications benefit 2 of 3, held on the designation anniversary 2026-03-01, " +
					"let in on 2026-07-01 when the Business Applications cap was raised to 3, available through " +
					"2027-03-01, the next designation anniversary.",
				Chinese: "销售：获得业务应用程序类别权益第 2 个（上限 3 个），在指定周年日期 2026-03-01 已持有，" +
					"业务应用程序类别上限于 2026-07-01 提高到 3 个后获得名额，有效期至 2027-03-01（下一个指定周年日期）。"}},
		{"BEN-4 available through the membership's last day", endsMidYear, seedSecurity()[:1], nil, "2026-10-01",
			benefits.Reason{Clause: "BEN-4",
				Text: "Cloud Security brings Security benefit 1 of 3, held on the designation anniversary 2026-07-01, " +
					"available through 2027-01-31, the last day of the membership.",
				Chinese: "云安全：获得安全性类别权益第 1 个（上限 3 个），在指定周年日期 2026-07-01 已持有，" +
					"有效期至 2027-01-31（成员身份的最后一天）。"}},
		{"BEN-5 the cap was reached on the anniversary", member(),
			append(seedSecurity()[:3], held("threat-protection", "2026-07-01")), nil, "2026-10-01",
			benefits.Reason{Clause: "BEN-5",
				Text: "Threat Protection brings no benefit: the Security cap of 3 was reached on the designation " +
					"anniversary 2026-07-01 by items ahead of it in earned order.",
				Chinese: "威胁防护：无权益，安全性类别的上限 3 个已在指定周年日期 2026-07-01 由按获得顺序排在前面的项目用完。"}},
		{"BEN-3 Threat Protection earned after the cap was reached", member(), seedSecurity(), nil, "2026-10-01",
			benefits.Reason{Clause: "BEN-5",
				Text: "Threat Protection brings no benefit: the Security cap of 3 was already reached when it was " +
					"earned on 2026-09-15.",
				Chinese: "威胁防护：无权益，安全性类别的上限 3 个在其获得之日 2026-09-15 已用完。"}},
		{"BEN-5 a cap of 0", member(), seedSecurity()[:1], benefits.Caps{}, "2026-10-01",
			benefits.Reason{Clause: "BEN-5",
				Text:    "Cloud Security brings no benefit: the Security cap is 0, so nothing in the category brings a benefit.",
				Chinese: "云安全：无权益，安全性类别的上限为 0，该类别中没有任何项目获得权益。"}},
		{"BEN-2 an item counts once", member(), []benefits.Holding{
			lapsed("cloud-security", "2025-03-10", "2026-08-01"), held("cloud-security", "2026-09-01")},
			nil, "2026-10-01",
			benefits.Reason{Clause: "BEN-2",
				Text: "Cloud Security brings no further benefit: its earlier holding, earned on 2025-03-10, keeps " +
					"Security benefit 1 of 3 through 2027-07-01; an item counts once against the cap.",
				Chinese: "云安全：不再获得权益，其较早的一次持有（2025-03-10 获得）保留安全性类别权益第 1 个（上限 3 个），" +
					"有效期至 2027-07-01；同一项目只计入上限一次。"}},
		{"INT-9 no purchased benefits", notPurchased, seedSecurity()[:1], nil, "2026-10-01",
			benefits.Reason{Clause: "INT-9",
				Text:    "Cloud Security brings no benefit: the partner has not purchased the Solutions Partner benefits.",
				Chinese: "云安全：无权益，合作伙伴未购买解决方案合作伙伴权益。"}},
		{"INT-9 membership ended", ended, seedSecurity()[:1], nil, "2027-02-01",
			benefits.Reason{Clause: "INT-9",
				Text: "Cloud Security brings no benefit: the Solutions Partner membership ended; its last day was " +
					"2027-01-31, before the as-of date 2027-02-01.",
				Chinese: "云安全：无权益，解决方案合作伙伴成员身份已结束，最后一天为 2027-01-31，早于查询日期 2027-02-01。"}},
		{"INT-9 lapsed on or before the anniversary", member(),
			[]benefits.Holding{lapsed("cloud-security", "2025-03-10", "2026-07-01")}, nil, "2026-10-01",
			benefits.Reason{Clause: "INT-9",
				Text: "Cloud Security brings no benefit: lapsed on 2026-07-01, on or before the designation " +
					"anniversary 2026-07-01, so it is not held and takes no slot.",
				Chinese: "云安全：无权益，已于 2026-07-01 失效（不晚于指定周年日期 2026-07-01），因此不算持有，也不占名额。"}},
		{"INT-9 no aligned designation", securityOnly, []benefits.Holding{held("kubernetes", "2025-01-01")},
			nil, "2026-10-01",
			benefits.Reason{Clause: "INT-9",
				Text: "Kubernetes on Microsoft Azure brings no benefit: it requires the Data & AI or Digital & App " +
					"Innovation designation, which the partner does not hold, so it takes no slot.",
				Chinese: "Microsoft Azure 上的 Kubernetes：无权益，它需要数据与 AI 或数字和应用创新解决方案合作伙伴指定，" +
					"而合作伙伴未持有，因此不占名额。"}},
		{"EDN-2 an entry without a Chinese name is named in English, by its name on the as-of date", member(),
			[]benefits.Holding{held("microsoft-copilot", "2025-08-01")}, nil, "2026-10-01",
			benefits.Reason{Clause: "BEN-2",
				Text: "Microsoft 365 Copilot brings Modern Work benefit 1 of 3, held on the designation anniversary " +
					"2026-07-01, available through 2027-07-01, the next designation anniversary.",
				Chinese: "Microsoft 365 Copilot：获得现代工作类别权益第 1 个（上限 3 个），在指定周年日期 2026-07-01 已持有，" +
					"有效期至 2027-07-01（下一个指定周年日期）。"}},
		{"EDN-2 the name in force before a rename", march,
			[]benefits.Holding{held("microsoft-copilot", "2025-08-01")}, nil, "2026-06-30",
			benefits.Reason{Clause: "BEN-2",
				Text: "Microsoft Copilot brings Modern Work benefit 1 of 3, held on the designation anniversary " +
					"2026-03-01, available through 2027-03-01, the next designation anniversary.",
				Chinese: "Microsoft Copilot：获得现代工作类别权益第 1 个（上限 3 个），在指定周年日期 2026-03-01 已持有，" +
					"有效期至 2027-03-01（下一个指定周年日期）。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := benefits.Allocate(tt.partner, tt.holdings, tt.caps, day(tt.asOf))
			if err != nil {
				t.Fatalf("Allocate(...) error: %v", err)
			}
			gs := a.Grants()
			if diff := cmp.Diff(tt.want, gs[len(gs)-1].Reason); diff != "" {
				t.Errorf("Allocate(...).Grants()[last].Reason (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReasonLocal(t *testing.T) {
	r := benefits.Reason{Clause: "BEN-2", Text: "English.", Chinese: "中文。"}
	tests := []struct {
		name   string
		reason benefits.Reason
		lang   string
		want   string
	}{
		{"CAT-3 zh-Hans gives the Chinese sentence", r, "zh-Hans", "中文。"},
		{"CAT-3 zh gives the Chinese sentence", r, "zh", "中文。"},
		{"CAT-3 zh-CN gives the Chinese sentence", r, "zh-CN", "中文。"},
		{"CAT-3 en gives the English sentence", r, "en", "English."},
		{"CAT-3 an empty tag gives the English sentence", r, "", "English."},
		{"CAT-3 Traditional Chinese gives the English sentence", r, "zh-TW", "English."},
		{"CAT-3 no Chinese sentence falls back to English", benefits.Reason{Text: "English."}, "zh-Hans", "English."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.reason.Local(tt.lang); got != tt.want {
				t.Errorf("Reason.Local(%q) = %q, want %q", tt.lang, got, tt.want)
			}
		})
	}
}

// TestSeedExampleInFull compares whole Grants for the seed's example
// (RULES BEN-3), texts included.
func TestSeedExampleInFull(t *testing.T) {
	holdings := seedSecurity()
	a, err := benefits.Allocate(member(), holdings, nil, day("2026-10-01"))
	if err != nil {
		t.Fatalf("Allocate(...) error: %v", err)
	}
	through := day("2027-07-01")
	onDA := func(name, chinese, rank string) benefits.Reason {
		return benefits.Reason{Clause: "BEN-2",
			Text: name + " brings Security benefit " + rank + " of 3, held on the designation anniversary 2026-07-01, " +
				"available through 2027-07-01, the next designation anniversary.",
			Chinese: chinese + "：获得安全性类别权益第 " + rank + " 个（上限 3 个），在指定周年日期 2026-07-01 已持有，" +
				"有效期至 2027-07-01（下一个指定周年日期）。"}
	}
	want := []benefits.Grant{
		{Holding: holdings[0], Granted: true, Rank: 1, Through: through, Reason: onDA("Cloud Security", "云安全", "1")},
		{Holding: holdings[1], Granted: true, Rank: 2, Through: through,
			Reason: onDA("Identity and Access Management", "标识和访问管理", "2")},
		{Holding: holdings[2], Granted: true, Rank: 3, Through: through,
			Reason: onDA("Information Protection and Governance", "信息保护和治理", "3")},
		{Holding: holdings[3], Reason: benefits.Reason{Clause: "BEN-5",
			Text:    "Threat Protection brings no benefit: the Security cap of 3 was already reached when it was earned on 2026-09-15.",
			Chinese: "威胁防护：无权益，安全性类别的上限 3 个在其获得之日 2026-09-15 已用完。"}},
	}
	if diff := cmp.Diff(want, a.Grants()); diff != "" {
		t.Errorf("BEN-3 Allocate(seed example).Grants() (-want +got):\n%s", diff)
	}
}

// TestLeapDayAnniversary covers designation years around 29 February: the
// designation day given is the first day, and every anniversary is
// computed from it by RULES INT-2, never chained from the one before.
func TestLeapDayAnniversary(t *testing.T) {
	tests := []struct {
		name, first, asOf, through string
	}{
		{"INT-2 29 February is followed by 28 February in a common year", "2028-02-29", "2028-06-01", "2029-02-28"},
		{"INT-2 the next anniversary itself starts the next year", "2028-02-29", "2029-02-28", "2030-02-28"},
		{"INT-2 the day before the next anniversary is still in the year", "2028-02-29", "2029-02-27", "2029-02-28"},
		{"INT-2 a first day of 29 February years ago: 29 February again in a leap year", "2024-02-29", "2027-03-01",
			"2028-02-29"},
		{"INT-2 a first day of 29 February: the leap-year anniversary starts its year", "2024-02-29", "2028-02-29",
			"2029-02-28"},
		{"INT-2 a first day of 29 February: 28 February of a leap year is still the year before", "2024-02-29",
			"2028-02-28", "2028-02-29"},
		{"INT-2 a 28 February first day stays on 28 February in a leap year", "2027-02-28", "2027-03-01", "2028-02-28"},
		{"INT-2 a first day years ago rolls forward to the anniversary on or before the as-of date", "2019-09-15",
			"2026-10-01", "2027-09-15"},
		{"INT-8 31 December runs to 31 December", "2025-12-31", "2026-01-01", "2026-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := member()
			p.DesignationAnniversary = day(tt.first)
			a, err := benefits.Allocate(p, []benefits.Holding{held("cloud-security", tt.first)}, nil, day(tt.asOf))
			if err != nil {
				t.Fatalf("Allocate(first day %s, as of %s) error: %v", tt.first, tt.asOf, err)
			}
			if got := a.Grants()[0].Through.String(); got != tt.through {
				t.Errorf("Allocate(first day %s, as of %s): Through = %s, want %s", tt.first, tt.asOf, got, tt.through)
			}
		})
	}
	p := member()
	p.DesignationAnniversary = day("2028-02-29")
	if _, err := benefits.Allocate(p, nil, nil, day("2028-02-28")); !errors.Is(err, benefits.ErrInvalidPartner) {
		t.Errorf("INT-2 Allocate(first day 2028-02-29, as of 2028-02-28) error = %v, want ErrInvalidPartner", err)
	}
}
