package date_test

import (
	"database/sql"
	"database/sql/driver"
	"encoding"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/date"
)

// Date is meant to be stored directly with database/sql and written with
// encoding/json; these fail to compile if an interface is lost.
var (
	_ sql.Scanner              = (*date.Date)(nil)
	_ driver.Valuer            = date.Date{}
	_ encoding.TextMarshaler   = date.Date{}
	_ encoding.TextUnmarshaler = (*date.Date)(nil)
	_ encoding.TextAppender    = date.Date{}
)

func TestMarshalText(t *testing.T) {
	tests := []struct {
		name string
		in   date.Date
		want string
	}{
		{"INT-2 29 February", date.MustParse("2024-02-29"), "2024-02-29"},
		{"INT-1 year 1 keeps its leading zeros", date.MustParse("0001-01-01"), "0001-01-01"},
		{"INT-1 the last day of the range", date.MustParse("9999-12-31"), "9999-12-31"},
		{"INT-1 the zero Date is empty text", date.Date{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.in.MarshalText()
			if err != nil {
				t.Fatalf("%q.MarshalText() error: %v", tt.in, err)
			}
			a, err := tt.in.AppendText([]byte("on "))
			if err != nil {
				t.Fatalf("%q.AppendText() error: %v", tt.in, err)
			}
			got := struct{ String, Text, Appended string }{tt.in.String(), string(b), string(a)}
			want := struct{ String, Text, Appended string }{tt.want, tt.want, "on " + tt.want}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%q text forms (-want +got):\n%s", tt.in, diff)
			}
			var back date.Date
			if err := back.UnmarshalText(b); err != nil || back != tt.in {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, tt.in)
			}
		})
	}
}

func TestUnmarshalText(t *testing.T) {
	start := date.MustParse("2000-01-01")
	tests := []struct {
		name    string
		in      string
		want    date.Date
		wantErr error
	}{
		{"INT-2 29 February", "2024-02-29", date.MustParse("2024-02-29"), nil},
		{"INT-1 empty text is the zero Date", "", date.Date{}, nil},
		{"INT-1 30 February leaves the date unchanged", "2023-02-30", start, date.ErrInvalid},
		{"INT-2 29 February 2023 leaves the date unchanged", "2023-02-29", start, date.ErrInvalid},
		{"INT-1 bad syntax leaves the date unchanged", "2023-2-3", start, date.ErrSyntax},
		{"INT-1 a space is not empty text", " ", start, date.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := start
			err := d.UnmarshalText([]byte(tt.in))
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("UnmarshalText(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			var pe *date.ParseError
			if tt.wantErr != nil && !errors.As(err, &pe) {
				t.Errorf("UnmarshalText(%q) error = %T, want *date.ParseError", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, d); diff != "" {
				t.Errorf("UnmarshalText(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

type record struct {
	Enrolled date.Date  `json:"enrolled"`
	Retired  *date.Date `json:"retired,omitempty"`
}

func TestJSONRoundTrip(t *testing.T) {
	leap := date.MustParse("2024-02-29")
	tests := []struct {
		name string
		in   record
		want string
	}{
		{"INT-2 29 February", record{Enrolled: leap}, `{"enrolled":"2024-02-29"}`},
		{"INT-1 the zero Date is the JSON string \"\"", record{}, `{"enrolled":""}`},
		{"INT-1 a pointer to a Date", record{Enrolled: leap, Retired: &leap}, `{"enrolled":"2024-02-29","retired":"2024-02-29"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.in)
			if err != nil {
				t.Fatalf("json.Marshal(%v) error: %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, string(b)); diff != "" {
				t.Errorf("json.Marshal (-want +got):\n%s", diff)
			}
			var back record
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("json.Unmarshal(%s) error: %v", b, err)
			}
			if diff := cmp.Diff(tt.in, back); diff != "" {
				t.Errorf("json round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func TestJSONUnmarshal(t *testing.T) {
	start := date.MustParse("2000-01-01")
	tests := []struct {
		name    string
		in      string
		want    date.Date
		wantErr error
	}{
		{"INT-1 empty string sets the zero Date", `""`, date.Date{}, nil},
		{"INT-1 null leaves the Date unchanged, as for time.Time", `null`, start, nil},
		{"INT-1 30 February is an error", `"2023-02-30"`, start, date.ErrInvalid},
		{"INT-1 a time of day is an error", `"2023-02-03T00:00:00Z"`, start, date.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := start
			err := json.Unmarshal([]byte(tt.in), &d)
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("json.Unmarshal(%s) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, d); diff != "" {
				t.Errorf("json.Unmarshal(%s) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
	t.Run("INT-1 a number is an error", func(t *testing.T) {
		d := start
		var ute *json.UnmarshalTypeError
		if err := json.Unmarshal([]byte(`20230203`), &d); !errors.As(err, &ute) || d != start {
			t.Errorf("json.Unmarshal(20230203) = %v, %v; want *json.UnmarshalTypeError and %v", d, err, start)
		}
	})
}

// TestOmitzero pins the package doc's advice on storing dates: omitzero
// leaves a zero Date out, omitempty does not, and both read back.
func TestOmitzero(t *testing.T) {
	type doc struct {
		Always    date.Date `json:"always"`
		OmitEmpty date.Date `json:"omitEmpty,omitempty"`
		OmitZero  date.Date `json:"omitZero,omitzero"`
	}
	tests := []struct {
		name string
		in   doc
		want string
	}{
		{"INT-1 zero Dates", doc{}, `{"always":"","omitEmpty":""}`},
		{"INT-1 set Dates", doc{date.MustParse("2024-02-29"), date.MustParse("2024-03-01"), date.MustParse("2024-03-02")},
			`{"always":"2024-02-29","omitEmpty":"2024-03-01","omitZero":"2024-03-02"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.in)
			if err != nil {
				t.Fatalf("json.Marshal(%+v) error: %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, string(b)); diff != "" {
				t.Errorf("json.Marshal (-want +got):\n%s", diff)
			}
			var back doc
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("json.Unmarshal(%s) error: %v", b, err)
			}
			if diff := cmp.Diff(tt.in, back); diff != "" {
				t.Errorf("json round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func TestScan(t *testing.T) {
	ny, tokyo := mustLoad(t, "America/New_York"), mustLoad(t, "Asia/Tokyo")
	start := date.MustParse("2000-01-01")
	tests := []struct {
		name    string
		src     any
		want    date.Date
		wantErr error
	}{
		{"INT-1 time.Time is read in its own location", time.Date(2026, 1, 1, 23, 30, 0, 0, ny), date.MustParse("2026-01-01"), nil},
		{"INT-1 midnight UTC as drivers return DATE columns", time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), date.MustParse("2024-02-29"), nil},
		{"INT-1 a DATE moved from midnight UTC into New York is the day before",
			time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).In(ny), date.MustParse("2024-02-28"), nil},
		{"INT-1 a DATE moved from midnight UTC into Tokyo stays its day",
			time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).In(tokyo), date.MustParse("2024-02-29"), nil},
		{"INT-1 just after midnight in Tokyo is that day, though UTC is still the day before",
			time.Date(2024, 3, 1, 0, 30, 0, 0, tokyo), date.MustParse("2024-03-01"), nil},
		{"INT-1 string", "2024-02-29", date.MustParse("2024-02-29"), nil},
		{"INT-1 []byte", []byte("9999-12-31"), date.MustParse("9999-12-31"), nil},
		{"INT-1 NULL is the zero Date", nil, date.Date{}, nil},
		{"INT-1 empty string is the zero Date", "", date.Date{}, nil},
		{"INT-1 int64 is an unsupported type", int64(20240229), start, date.ErrUnsupportedType},
		{"INT-1 float64 is an unsupported type", 1.5, start, date.ErrUnsupportedType},
		{"INT-1 *string is an unsupported type", new(string), start, date.ErrUnsupportedType},
		{"INT-1 string 30 February", "2023-02-30", start, date.ErrInvalid},
		{"INT-1 []byte with a time of day", []byte("2023-02-03 00:00:00"), start, date.ErrSyntax},
		{"INT-1 time.Time in year 10000", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), start, date.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := start
			err := d.Scan(tt.src)
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("Scan(%#v) error = %v, want %v", tt.src, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, d); diff != "" {
				t.Errorf("Scan(%#v) (-want +got):\n%s", tt.src, diff)
			}
		})
	}
}

func TestValue(t *testing.T) {
	tests := []struct {
		name string
		in   date.Date
		want driver.Value
	}{
		{"INT-2 29 February is its YYYY-MM-DD string", date.MustParse("2024-02-29"), "2024-02-29"},
		{"INT-1 year 1", date.MustParse("0001-01-01"), "0001-01-01"},
		{"INT-1 the zero Date is NULL", date.Date{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.in.Value()
			if err != nil {
				t.Fatalf("%q.Value() error: %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q.Value() (-want +got):\n%s", tt.in, diff)
			}
			var back date.Date
			if err := back.Scan(got); err != nil || back != tt.in {
				t.Errorf("Scan(%#v) = %v, %v; want %v", got, back, err, tt.in)
			}
		})
	}
}

func BenchmarkString(b *testing.B) {
	d := date.MustParse("2024-02-29")
	b.ReportAllocs()
	for b.Loop() {
		if len(d.String()) != 10 {
			b.Fatal("wrong length")
		}
	}
}

func BenchmarkAppendText(b *testing.B) {
	d := date.MustParse("2024-02-29")
	buf := make([]byte, 0, 16)
	b.ReportAllocs()
	for b.Loop() {
		buf, _ = d.AppendText(buf[:0])
	}
}
