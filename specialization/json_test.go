package specialization_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	sp "github.com/partnerkit/specializations/specialization"
)

// The golden shapes are written indented for reading; MarshalJSON writes
// them compact, byte for byte.
const threatProtectionJSON = `{
	"id": "threat-protection",
	"kind": "specialization",
	"category": "security",
	"name": "Threat Protection",
	"chineseName": "威胁防护",
	"aliases": ["Threat Protection specialization", "威胁防护专业化"],
	"designations": ["security"],
	"validation": "customer-reference",
	"retired": "",
	"replacedBy": "",
	"introduced": "",
	"closes": "",
	"carriesOver": false,
	"since": "",
	"qualification": [
		[
			{"measure": "mdi-mdca-mau-growth-12m", "min": "1000", "unit": "MAU",
			 "text": "1,000 MAU growth of Defender for Identity or Defender for Cloud Apps, trailing 12 months"},
			{"measure": "sentinel-acr-usd-12m", "min": "100000.5", "unit": "USD",
			 "text": "USD 100,000 Microsoft Sentinel consumed revenue, trailing 12 months"}
		],
		[
			{"measure": "certified:SC-200", "min": "6", "unit": "individuals", "text": "six individuals with SC-200"}
		]
	]
}`

const windowsServerMigrationJSON = `{
	"id": "windows-server-sql-server-migration",
	"kind": "specialization",
	"category": "azure",
	"name": "Windows Server and SQL Server Migration to Microsoft Azure",
	"chineseName": "Windows Server 和 SQL Server 到 Microsoft Azure 的迁移",
	"aliases": [],
	"designations": ["data-and-ai", "infrastructure"],
	"validation": "audit",
	"retired": "2023-01-09",
	"replacedBy": "infra-and-database-migration",
	"introduced": "",
	"closes": "2023-01-09",
	"carriesOver": false,
	"since": "",
	"qualification": []
}`

const azureExpertMSPJSON = `{
	"id": "azure-expert-msp",
	"kind": "expert-program",
	"category": "azure",
	"name": "Azure Expert MSP",
	"chineseName": "",
	"aliases": [],
	"designations": ["data-and-ai", "digital-and-app-innovation", "infrastructure"],
	"validation": "audit",
	"retired": "",
	"replacedBy": "",
	"introduced": "",
	"closes": "",
	"carriesOver": false,
	"since": "",
	"qualification": []
}`

func compact(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	if err := json.Compact(&b, []byte(s)); err != nil {
		t.Fatalf("golden JSON does not parse: %v", err)
	}
	return b.String()
}

func TestMarshalJSON(t *testing.T) {
	tests := []struct {
		name string
		in   sp.Specialization
		want string
	}{
		{"ENR-1 figures as decimal strings, trailing zeros dropped", mustNew(t, func() sp.Definition {
			d := threatProtection()
			d.Qualification[0][1].Min = dec("100000.50")
			return d
		}()), compact(t, threatProtectionJSON)},
		{"CAT-4 a retired entry with its date and successor", mustNew(t, windowsServerMigration()), compact(t, windowsServerMigrationJSON)},
		{"REN-1 an expert program with every key present", mustNew(t, sp.Definition{
			ID: "azure-expert-msp", Kind: sp.KindExpertProgram, Category: sp.CategoryAzure, Name: "Azure Expert MSP",
			Designations: hybridCloud, Validation: sp.ValidationAudit,
		}), compact(t, azureExpertMSPJSON)},
		{"CAT-1 the zero Specialization is null", sp.Specialization{}, "null"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.in.MarshalJSON()
			if err != nil {
				t.Fatalf("MarshalJSON() error: %v", err)
			}
			if diff := cmp.Diff(tt.want, string(b)); diff != "" {
				t.Errorf("MarshalJSON() (-want +got):\n%s", diff)
			}
			// The same bytes inside a caller's document.
			b, err = json.Marshal(map[string]sp.Specialization{"entry": tt.in})
			if err != nil {
				t.Fatalf("json.Marshal error: %v", err)
			}
			if diff := cmp.Diff(`{"entry":`+tt.want+`}`, string(b)); diff != "" {
				t.Errorf("json.Marshal (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMarshalJSONKeys checks that every key of the documented shape is
// present whatever the entry holds, so consumers need no existence checks.
func TestMarshalJSONKeys(t *testing.T) {
	want := []string{"aliases", "carriesOver", "category", "chineseName", "closes", "designations", "id",
		"introduced", "kind", "name", "qualification", "replacedBy", "retired", "since", "validation"}
	for _, d := range []sp.Definition{threatProtection(), windowsServerMigration()} {
		b, err := mustNew(t, d).MarshalJSON()
		if err != nil {
			t.Fatalf("MarshalJSON(%q) error: %v", d.ID, err)
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("MarshalJSON(%q) wrote invalid JSON %s: %v", d.ID, b, err)
		}
		got := slices.Sorted(maps.Keys(m))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("CAT-1 MarshalJSON(%q) keys (-want +got):\n%s", d.ID, diff)
		}
	}
}

func TestUnmarshalJSONRefuses(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // the message; "" for no error
	}{
		{"CAT-1 an ID as a string", `"kubernetes"`,
			`specialization: entry "kubernetes": not decodable: resolve its ID through a catalog`},
		{"CAT-1 the shape MarshalJSON writes", compact(t, azureExpertMSPJSON),
			`specialization: entry "azure-expert-msp": not decodable: resolve its ID through a catalog`},
		{"CAT-1 an object without an id", `{"name": "Kubernetes on Microsoft Azure"}`,
			`specialization: entry: not decodable: resolve its ID through a catalog`},
		{"CAT-1 a number", `42`, `specialization: entry: not decodable: resolve its ID through a catalog`},
		{"CAT-1 null is the zero Specialization", ` null `, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s sp.Specialization
			err := s.UnmarshalJSON([]byte(tt.in))
			if tt.want == "" {
				if err != nil || !s.IsZero() {
					t.Errorf("UnmarshalJSON(%s) = %v, %v; want the zero Specialization, nil", tt.in, s, err)
				}
				return
			}
			if !errors.Is(err, sp.ErrNotDecodable) {
				t.Fatalf("UnmarshalJSON(%s) error = %v, want one wrapping ErrNotDecodable", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
				t.Errorf("UnmarshalJSON(%s) error (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestHolderRefusesToDecode checks that a caller's type holding an entry
// does not read back as an empty entry in silence.
func TestHolderRefusesToDecode(t *testing.T) {
	type holding struct {
		Item   sp.Specialization `json:"item"`
		Earned string            `json:"earned"`
	}
	b, err := json.Marshal(holding{Item: mustNew(t, threatProtection()), Earned: "2025-01-01"})
	if err != nil {
		t.Fatalf("json.Marshal error: %v", err)
	}
	var back holding
	if err := json.Unmarshal(b, &back); !errors.Is(err, sp.ErrNotDecodable) {
		t.Errorf("CAT-1 json.Unmarshal(%.40s...) error = %v, want one wrapping ErrNotDecodable", b, err)
	}
	if err := json.Unmarshal([]byte(`{"item":null,"earned":""}`), &back); err != nil || !back.Item.IsZero() {
		t.Errorf("CAT-1 json.Unmarshal of a null item = %v, %v; want the zero Specialization", back.Item, err)
	}
}

// TestPlainTypesRoundTrip checks that the plain data types of the package
// go through JSON and come back equal.
func TestPlainTypesRoundTrip(t *testing.T) {
	report := threatProtectionFigures().Check(have("certified:SC-200", "4", "sentinel-acr-usd-12m", "87500.50", "certified:sc-200", "6"))
	tests := []struct {
		name string
		in   any
		back func([]byte) (any, error)
	}{
		{"EDN-1 a Definition whose changes touch every term", everyTerm(), decode[sp.Definition]},
		{"EDN-5 a Definition with two shifts", twoShifts(), decode[sp.Definition]},
		{"CAT-4 a retired Definition", windowsServerMigration(), decode[sp.Definition]},
		{"CAT-1 the zero Definition", sp.Definition{}, decode[sp.Definition]},
		{"EDN-1 a Change that empties the figures", sp.Change{On: day("2025-01-01"), Qualification: sp.Qualification{},
			Source: "test: figures withdrawn"}, decode[sp.Change]},
		{"ENR-1 a Threshold", sc200, decode[sp.Threshold]},
		{"ENR-1 a QualificationReport with shortfalls and unknown measures", report, decode[sp.QualificationReport]},
		{"ENR-1 a QualificationReport that is met", sp.QualificationReport{Met: true}, decode[sp.QualificationReport]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.in)
			if err != nil {
				t.Fatalf("json.Marshal error: %v", err)
			}
			got, err := tt.back(b)
			if err != nil {
				t.Fatalf("json.Unmarshal(%s) error: %v", b, err)
			}
			if diff := cmp.Diff(tt.in, got); diff != "" {
				t.Errorf("json round trip of %s (-want +got):\n%s", b, diff)
			}
		})
	}
}

func decode[T any](b []byte) (any, error) {
	var v T
	err := json.Unmarshal(b, &v)
	return v, err
}

// TestJSONKeys checks the package's one JSON convention: every field of an
// exported struct is written under its Go name in lowerCamelCase ("id" for
// ID), and always, without omitempty or omitzero.
func TestJSONKeys(t *testing.T) {
	for _, v := range []any{sp.Definition{}, sp.Change{}, sp.Threshold{}, sp.QualificationReport{}, sp.Shortfall{}} {
		typ := reflect.TypeOf(v)
		for i := range typ.NumField() {
			f := typ.Field(i)
			want := strings.ToLower(f.Name[:1]) + f.Name[1:]
			if f.Name == "ID" {
				want = "id"
			}
			if got := f.Tag.Get("json"); got != want {
				t.Errorf("%v.%s json tag = %q, want %q", typ, f.Name, got, want)
			}
		}
	}
}

func BenchmarkMarshalJSON(b *testing.B) {
	s := mustNew(b, threatProtection())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.MarshalJSON(); err != nil {
			b.Fatal(err)
		}
	}
}
