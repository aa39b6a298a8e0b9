package benefits_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/specialization"
)

// TestJSONRoundTrip checks that the types without an entry read back what
// they write, zero values included.
func TestJSONRoundTrip(t *testing.T) {
	endsMidYear := member()
	endsMidYear.MembershipEnds = day("2027-01-31")
	tests := []struct {
		name string
		v    any
		json string
	}{
		{"BEN-1 partner", member(),
			`{"designations":["data-and-ai","digital-and-app-innovation","infrastructure","business-applications",` +
				`"modern-work","security"],"benefitsPurchased":true,"designationAnniversary":"2026-07-01","membershipEnds":""}`},
		{"BEN-4 partner with a membership end", endsMidYear, ""},
		{"INT-1 zero partner", benefits.Partner{},
			`{"designations":[],"benefitsPurchased":false,"designationAnniversary":"","membershipEnds":""}`},
		{"BEN-2 reason", benefits.Reason{Clause: "BEN-2", Text: "Cloud Security brings Security benefit 1 of 3.",
			Chinese: "云安全：获得安全性类别权益第 1 个（上限 3 个）。"},
			`{"clause":"BEN-2","text":"Cloud Security brings Security benefit 1 of 3.",` +
				`"chinese":"云安全：获得安全性类别权益第 1 个（上限 3 个）。"}`},
		{"INT-1 zero reason", benefits.Reason{}, `{"clause":"","text":"","chinese":""}`},
		{"BEN-2 published caps", benefits.PublishedCaps(day("2025-01-01")),
			`{"azure":5,"business-applications":1,"modern-work":3,"security":3}`},
		{"EDN-7 raised caps", benefits.PublishedCaps(day("2026-07-01")), ""},
		{"BEN-2 some categories only", benefits.Caps{specialization.CategorySecurity: 0, specialization.CategoryAzure: 2},
			`{"azure":2,"security":0}`},
		{"BEN-2 empty caps: every cap 0", benefits.Caps{}, `{}`},
		{"EDN-7 nil caps: the published ones", benefits.Caps(nil), `null`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.v)
			if err != nil {
				t.Fatalf("json.Marshal(%v) error: %v", tt.v, err)
			}
			if tt.json != "" && string(b) != tt.json {
				t.Errorf("json.Marshal(%v):\n got %s\nwant %s", tt.v, b, tt.json)
			}
			var got any
			switch tt.v.(type) {
			case benefits.Partner:
				got, err = decode[benefits.Partner](b)
			case benefits.Reason:
				got, err = decode[benefits.Reason](b)
			case benefits.Caps:
				got, err = decode[benefits.Caps](b)
			default:
				t.Fatalf("no decoder for %T", tt.v)
			}
			if err != nil {
				t.Fatalf("json.Unmarshal(%s) error: %v", b, err)
			}
			if diff := cmp.Diff(tt.v, got); diff != "" {
				t.Errorf("json.Unmarshal(json.Marshal(v)) (-want +got):\n%s", diff)
			}
		})
	}
}

func decode[T any](b []byte) (T, error) {
	var v T
	err := json.Unmarshal(b, &v)
	return v, err
}

// TestGrantJSON pins one Grant's JSON: the holding's item by its ID,
// lowerCamelCase keys, every key present, dates as "YYYY-MM-DD" and "" for
// a zero date.
func TestGrantJSON(t *testing.T) {
	a, err := benefits.Allocate(member(), []benefits.Holding{
		lapsed("cloud-security", "2025-03-10", "2026-08-01"), held("threat-protection", "2026-09-15"),
	}, benefits.Caps{specialization.CategorySecurity: 1}, day("2026-10-01"))
	if err != nil {
		t.Fatalf("Allocate(...) error: %v", err)
	}
	b, err := json.Marshal(a.Grants())
	if err != nil {
		t.Fatalf("json.Marshal(Grants()) error: %v", err)
	}
	want := `[{"holding":{"item":"cloud-security","earned":"2025-03-10","lapsed":"2026-08-01"},"granted":true,` +
		`"rank":1,"reason":{"clause":"INT-8","text":"Cloud Security brings Security benefit 1 of 1, held on the ` +
		`designation anniversary 2026-07-01, lapsed on 2026-08-01 but keeps its benefit and its slot, available ` +
		`through 2027-07-01, the next designation anniversary.","chinese":"云安全：获得安全性类别权益第 1 个（上限 1 个），` +
		`在指定周年日期 2026-07-01 已持有，虽已于 2026-08-01 失效，仍保留权益和名额，有效期至 2027-07-01（下一个指定周年日期）。"},` +
		`"through":"2027-07-01"},` +
		`{"holding":{"item":"threat-protection","earned":"2026-09-15","lapsed":""},"granted":false,"rank":0,` +
		`"reason":{"clause":"BEN-5","text":"Threat Protection brings no benefit: the Security cap of 1 was already ` +
		`reached when it was earned on 2026-09-15.","chinese":"威胁防护：无权益，安全性类别的上限 1 个在其获得之日 ` +
		`2026-09-15 已用完。"},"through":""}]`
	if got := string(b); got != want {
		t.Errorf("BEN-5 json.Marshal(Grants()):\n got %s\nwant %s", got, want)
	}
}

// TestEntryJSONNotDecodable checks that the types holding an entry refuse
// to decode instead of reading back an empty entry: the entry must be
// resolved through a catalog.
func TestEntryJSONNotDecodable(t *testing.T) {
	h := lapsed("cloud-security", "2025-03-10", "2026-08-01")
	a, err := benefits.Allocate(member(), []benefits.Holding{h}, nil, day("2026-10-01"))
	if err != nil {
		t.Fatalf("Allocate(...) error: %v", err)
	}
	tests := []struct {
		name string
		v    any
		into func([]byte) error
	}{
		{"INT-8 holding", h, func(b []byte) error { _, err := decode[benefits.Holding](b); return err }},
		{"INT-8 holding of the zero item", benefits.Holding{Earned: day("2025-03-10")},
			func(b []byte) error { _, err := decode[benefits.Holding](b); return err }},
		{"BEN-2 grant", a.Grants()[0], func(b []byte) error { _, err := decode[benefits.Grant](b); return err }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.v)
			if err != nil {
				t.Fatalf("json.Marshal(%v) error: %v", tt.v, err)
			}
			if err := tt.into(b); !errors.Is(err, specialization.ErrNotDecodable) {
				t.Errorf("json.Unmarshal(%s) error = %v, want one wrapping specialization.ErrNotDecodable", b, err)
			}
		})
	}
}

func TestCapsJSONErrors(t *testing.T) {
	t.Run("BEN-2 marshal", func(t *testing.T) {
		for _, c := range []benefits.Caps{
			{specialization.CategoryAzure: 5, specialization.Category(0): 1},
			{specialization.Category(9): 1},
			{specialization.CategorySecurity: -1},
		} {
			if b, err := json.Marshal(c); !errors.Is(err, benefits.ErrInvalidCap) {
				t.Errorf("json.Marshal(%v) = %s, %v; want an error wrapping ErrInvalidCap", c, b, err)
			}
		}
	})
	tests := []struct {
		name string
		in   string
		want error // nil: an error from encoding/json
		msg  string
	}{
		{"BEN-2 empty key: no category", `{"":1}`, benefits.ErrInvalidCap,
			`benefits: 1 for category "": invalid cap`},
		{"BEN-2 unknown category", `{"azure":5,"copilot":1}`, benefits.ErrInvalidCap,
			`benefits: 1 for category "copilot": invalid cap`},
		{"BEN-2 negative cap", `{"security":-1}`, benefits.ErrInvalidCap,
			`benefits: -1 for Security: invalid cap`},
		{"BEN-2 a category given twice", `{"azure":5,"Azure":4}`, benefits.ErrInvalidCap,
			`benefits: Azure given twice: invalid cap`},
		{"BEN-2 not a whole number", `{"azure":1.5}`, nil, ""},
		{"BEN-2 not an object", `[5,1,3,3]`, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := benefits.Caps{specialization.CategoryModernWork: 3}
			got := benefits.Caps{specialization.CategoryModernWork: 3}
			err := json.Unmarshal([]byte(tt.in), &got)
			if err == nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("json.Unmarshal(%s) error = %v, want one wrapping %v", tt.in, err, tt.want)
			}
			if tt.msg != "" && err.Error() != tt.msg {
				t.Errorf("json.Unmarshal(%s) error:\n got %q\nwant %q", tt.in, err, tt.msg)
			}
			if diff := cmp.Diff(before, got); diff != "" {
				t.Errorf("json.Unmarshal(%s) with an error changed the caps (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// FuzzCapsJSON checks that decoding caps never panics, leaves them
// unchanged on an error, and otherwise gives caps that Allocate accepts and
// that read back as themselves.
func FuzzCapsJSON(f *testing.F) {
	for _, s := range []string{`{"azure":5,"business-applications":1,"modern-work":3,"security":3}`, `{}`, `null`,
		`{"":1}`, `{"Modern Work":2}`, `{"security":-1}`, `{"azure":5,"AZURE":1}`, `[]`, `{"azure":1e3}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		before := benefits.Caps{specialization.CategoryAzure: 1}
		got := benefits.Caps{specialization.CategoryAzure: 1}
		if err := json.Unmarshal(b, &got); err != nil {
			if diff := cmp.Diff(before, got); diff != "" {
				t.Fatalf("json.Unmarshal(%q) error %v changed the caps (-want +got):\n%s", b, err, diff)
			}
			return
		}
		if _, err := benefits.Allocate(member(), nil, got, day("2026-10-01")); err != nil {
			t.Fatalf("json.Unmarshal(%q) = %v, which Allocate rejects: %v", b, got, err)
		}
		out, err := json.Marshal(got)
		if err != nil {
			t.Fatalf("json.Marshal(%v) error: %v", got, err)
		}
		again, err := decode[benefits.Caps](out)
		if err != nil {
			t.Fatalf("json.Unmarshal(%s) error: %v", out, err)
		}
		if diff := cmp.Diff(got, again); diff != "" {
			t.Fatalf("caps %s do not read back as themselves (-want +got):\n%s", out, diff)
		}
	})
}
