package enum

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type color uint8

var colors = Table[color]{Type: "paint.Color", SetType: "paint.Colors", Names: []Name{
	1: {"Red", "red", "红"}, 2: {"Dark blue", "dark-blue", ""},
}}

type side uint8 // a zero value that is a named choice

var sides = Table[side]{Type: "paint.Side", Names: []Name{{"Left", "left", ""}, {"Right", "right", ""}}}

func TestText(t *testing.T) {
	for _, tc := range []struct {
		name    string
		v       color
		want    string
		wantErr bool
	}{
		{"named value writes its slug", 2, "dark-blue", false},
		{"unset zero writes empty text", 0, "", false},
		{"out of range has no text", 3, "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := colors.MarshalText(tc.v)
			if (err != nil) != tc.wantErr {
				t.Fatalf("MarshalText(%d) error %v, want error %v", tc.v, err, tc.wantErr)
			}
			if diff := cmp.Diff(tc.want, string(b)); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
			if err != nil {
				return
			}
			var back color = 7
			if err := colors.UnmarshalText(b, &back); err != nil || back != tc.v {
				t.Errorf("round trip of %d gave %d, %v", tc.v, back, err)
			}
		})
	}
	if b, err := sides.MarshalText(0); err != nil || string(b) != "left" {
		t.Errorf("named zero: %q, %v; want \"left\"", b, err)
	}
}

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want color
		err  string
	}{
		{"red", 1, ""}, {" Dark Blue ", 2, ""}, {"DARK-BLUE", 2, ""}, {"", 0, ""}, {"  ", 0, ""},
		{"green", 0, `paint: unknown Color "green"`},
	} {
		got, err := colors.Parse(tc.in)
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
			var e *Error
			if !errors.Is(err, ErrUnknownValue) || !errors.As(err, &e) || e.Type != "paint.Color" {
				t.Errorf("Parse(%q) error %#v does not wrap ErrUnknownValue as *Error", tc.in, err)
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" || gotErr != tc.err {
			t.Errorf("Parse(%q) = %d, %q; want %d, %q", tc.in, got, gotErr, tc.want, tc.err)
		}
	}
	v := color(2)
	if err := colors.UnmarshalText([]byte("green"), &v); err == nil || v != 2 {
		t.Errorf("UnmarshalText of unknown text: %d, %v; want 2 unchanged and an error", v, err)
	}
}

func TestString(t *testing.T) {
	got := []string{colors.String(1), colors.String(0), colors.String(9), colors.Local(1, true),
		colors.Local(2, true), colors.Local(1, false), sides.String(0)}
	want := []string{"Red", "%!Color(0)", "%!Color(9)", "红", "Dark blue", "Red", "Left"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	if colors.Valid(0) || !colors.Valid(1) || colors.Valid(3) || !sides.Valid(0) {
		t.Error("Valid: want only named values")
	}
}

func TestSets(t *testing.T) {
	for _, tc := range []struct {
		name       string
		set        uint8
		text, json string
	}{
		{"empty set", 0, "", "[]"},
		{"one member", 1 << 2, "dark-blue", `["dark-blue"]`},
		{"ascending order", 1<<1 | 1<<2, "red,dark-blue", `["red","dark-blue"]`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, err := colors.SetText(tc.set)
			if err != nil {
				t.Fatal(err)
			}
			js, err := colors.SetJSON(tc.set)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]string{tc.text, tc.json}, []string{string(text), string(js)}); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
			if !json.Valid(js) {
				t.Errorf("SetJSON gave invalid JSON %s", js)
			}
			back, err := colors.ParseSet(string(text))
			if err != nil || back != tc.set {
				t.Errorf("ParseSet(%q) = %b, %v", text, back, err)
			}
			back, ok, err := colors.ParseSetJSON(js)
			if err != nil || !ok || back != tc.set {
				t.Errorf("ParseSetJSON(%s) = %b, %v, %v", js, back, ok, err)
			}
		})
	}
	if s, err := colors.ParseSet(" Red , red,dark-blue "); err != nil || s != 1<<1|1<<2 {
		t.Errorf("ParseSet with names, spaces and a repeat = %b, %v", s, err)
	}
	for _, bad := range []string{"red,,dark-blue", "red,green", ","} {
		if _, err := colors.ParseSet(bad); !errors.Is(err, ErrUnknownValue) {
			t.Errorf("ParseSet(%q) error %v, want ErrUnknownValue", bad, err)
		}
	}
	if _, err := colors.SetText(1 << 5); !errors.Is(err, ErrUnknownValue) {
		t.Errorf("SetText of a bit that stands for nothing: %v", err)
	}
	if _, ok, err := colors.ParseSetJSON([]byte("null")); ok || err != nil {
		t.Errorf("ParseSetJSON(null) = %v, %v; want not ok and no error", ok, err)
	}
	if got := colors.SetString(1<<1|1<<2, " or "); got != "Red or Dark blue" {
		t.Errorf("SetString = %q", got)
	}
}

func FuzzParseSet(f *testing.F) {
	for _, s := range []string{"", "red", "red,dark-blue", " Red , DARK BLUE", "x,,y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		set, err := colors.ParseSet(s)
		if err != nil {
			if !errors.Is(err, ErrUnknownValue) {
				t.Fatalf("ParseSet(%q) error %v does not wrap ErrUnknownValue", s, err)
			}
			return
		}
		text, err := colors.SetText(set)
		if err != nil {
			t.Fatalf("SetText(%b) of a parsed set: %v", set, err)
		}
		again, err := colors.ParseSet(string(text))
		if err != nil || again != set {
			t.Fatalf("round trip of %q: %b then %b, %v", s, set, again, err)
		}
	})
}
