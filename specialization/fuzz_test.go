package specialization_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"maps"
	"math/big"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/date"
	sp "github.com/partnerkit/specializations/specialization"
	"github.com/shopspring/decimal"
)

// fuzzBytes hands out the fuzzer's bytes one at a time, then zeros.
type fuzzBytes []byte

func (b *fuzzBytes) next() byte {
	if len(*b) == 0 {
		return 0
	}
	c := (*b)[0]
	*b = (*b)[1:]
	return c
}

// decimal reads a non-negative value of up to 65535 with 0 to 2 decimal
// places.
func (b *fuzzBytes) decimal() decimal.Decimal {
	v := int64(b.next())<<8 | int64(b.next())
	return decimal.New(v, -int32(b.next()%3))
}

var fuzzMeasures = []sp.Measure{"ai-acr-usd-monthly-avg", "ai-acr-customers", "certified:SC-200", "sentinel-acr-usd-12m"}

// qualificationFrom builds up to four groups of one to three thresholds
// over a few shared measures, with non-negative minimums.
func qualificationFrom(b *fuzzBytes) sp.Qualification {
	var q sp.Qualification
	for range b.next() % 5 {
		g := make([]sp.Threshold, int(b.next()%3)+1)
		for i := range g {
			g[i] = sp.Threshold{Measure: fuzzMeasures[b.next()%4], Min: b.decimal(), Unit: sp.UnitUSD}
		}
		q = append(q, g)
	}
	return q
}

// figuresFrom leaves each measure out, or sets it positive or negative;
// the last one, misspelt, no threshold names.
func figuresFrom(b *fuzzBytes) map[sp.Measure]decimal.Decimal {
	have := map[sp.Measure]decimal.Decimal{}
	for _, m := range append(fuzzMeasures[:len(fuzzMeasures):len(fuzzMeasures)], "certified:sc-200") {
		switch b.next() % 3 {
		case 1:
			have[m] = b.decimal()
		case 2:
			have[m] = b.decimal().Neg()
		}
	}
	return have
}

// relative returns short/min as an exact rational, or nil (infinitely far)
// for a minimum that is not positive.
func relative(s sp.Shortfall) *big.Rat {
	if s.Threshold.Min.Sign() <= 0 {
		return nil
	}
	return new(big.Rat).Quo(s.Short.Rat(), s.Threshold.Min.Rat())
}

// nearer reports whether a is strictly nearer to being met than b.
func nearer(a, b *big.Rat) bool { return a != nil && (b == nil || a.Cmp(b) < 0) }

// FuzzCheck checks Check's invariants on random figures and thresholds:
// no panic; one shortfall per unmet group, in group order; every Short > 0
// and equal to Min - Have; Met exactly when there is no shortfall; the
// reported alternative is the first of those relatively nearest to their
// Min; and Unknown is exactly the measures of have that q does not name,
// sorted.
func FuzzCheck(f *testing.F) {
	f.Add([]byte{2, 1, 0, 7, 208, 0, 0, 1, 2, 0, 6, 0, 1, 7, 207, 2})
	f.Add([]byte{1, 2, 3, 0, 100, 1, 3, 1, 0, 0, 2, 0, 50, 0, 0, 0, 0, 1, 0, 60})
	f.Add([]byte{4, 2, 0, 0, 0, 0, 1, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		b := fuzzBytes(data)
		q := qualificationFrom(&b)
		have := figuresFrom(&b)
		if err := q.Validate(); err != nil {
			t.Fatalf("generated an invalid Qualification: %v", err)
		}
		r := q.Check(have)
		var unmet [][]sp.Threshold
		for _, g := range q {
			if !groupMet(g, have) {
				unmet = append(unmet, g)
			}
		}
		if r.Met != (len(r.Shortfalls) == 0) || len(r.Shortfalls) != len(unmet) {
			t.Fatalf("Check = Met %v with %d shortfalls, want %d (one per unmet group)", r.Met, len(r.Shortfalls), len(unmet))
		}
		for i, s := range r.Shortfalls {
			checkShortfall(t, s, unmet[i], have)
		}
		if diff := cmp.Diff(unknownIn(q, have), r.Unknown); diff != "" {
			t.Fatalf("Check(%v).Unknown (-want +got):\n%s", have, diff)
		}
	})
}

// unknownIn returns the measures of have that no threshold of q names, by a
// route other than Check's: sorted after collecting the named ones.
func unknownIn(q sp.Qualification, have map[sp.Measure]decimal.Decimal) []sp.Measure {
	named := map[sp.Measure]bool{}
	for _, g := range q {
		for _, th := range g {
			named[th.Measure] = true
		}
	}
	var unknown []sp.Measure
	for _, m := range slices.Sorted(maps.Keys(have)) {
		if !named[m] {
			unknown = append(unknown, m)
		}
	}
	return unknown
}

func groupMet(g []sp.Threshold, have map[sp.Measure]decimal.Decimal) bool {
	for _, th := range g {
		if have[th.Measure].GreaterThanOrEqual(th.Min) {
			return true
		}
	}
	return false
}

func checkShortfall(t *testing.T, s sp.Shortfall, group []sp.Threshold, have map[sp.Measure]decimal.Decimal) {
	t.Helper()
	if s.Short.Sign() <= 0 || !s.Short.Equal(s.Threshold.Min.Sub(s.Have)) || !s.Have.Equal(have[s.Threshold.Measure]) {
		t.Fatalf("shortfall %v: want Short > 0, Short = Min - Have and Have = %v", s, have[s.Threshold.Measure])
	}
	chosen, seen := relative(s), false
	for _, th := range group {
		alt := relative(sp.Shortfall{Threshold: th, Short: th.Min.Sub(have[th.Measure])})
		if th.Equal(s.Threshold) && !seen {
			seen = true
			continue
		}
		if nearer(alt, chosen) || (!seen && !nearer(chosen, alt)) {
			t.Fatalf("shortfall %v: alternative %v is nearer, or as near and earlier", s, th)
		}
	}
	if !seen {
		t.Fatalf("shortfall %v is not an alternative of its group %v", s, group)
	}
}

// FuzzParseEnums checks that the four Parse functions never panic, that
// what they accept reads back from both text forms, and that what they
// reject is an *EnumError.
func FuzzParseEnums(f *testing.F) {
	for _, r := range enumRows() {
		f.Add(r.name)
		f.Add(r.slug)
	}
	f.Add("ſecurity")
	f.Fuzz(func(t *testing.T, s string) {
		for _, parse := range []func(string) (enum, error){
			parseWith(sp.ParseCategory), parseWith(sp.ParseDesignation),
			parseWith(sp.ParseValidation), parseWith(sp.ParseKind),
		} {
			v, err := parse(s)
			if err != nil {
				var ee *sp.EnumError
				if !errors.As(err, &ee) || ee.Text != s || !errors.Is(err, sp.ErrUnknownValue) {
					t.Fatalf("Parse(%q) error = %#v, want *EnumError with Text %q", s, err, s)
				}
				continue
			}
			text, err := v.MarshalText()
			if err != nil {
				t.Fatalf("Parse(%q) = %v, whose MarshalText fails: %v", s, v, err)
			}
			for _, back := range []string{string(text), v.String()} {
				if w, err := parse(back); err != nil || w != v {
					t.Fatalf("Parse(%q) = %v, but Parse(%q) = %v, %v", s, v, back, w, err)
				}
			}
		}
	})
}

// FuzzDesignationSetJSON checks that UnmarshalJSON never panics, leaves the
// set unchanged on an error, and round-trips through MarshalJSON.
func FuzzDesignationSetJSON(f *testing.F) {
	for _, s := range []string{`["data-and-ai","Security"]`, `[]`, `null`, `["azure"]`, `[1]`, `"x"`, `[`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		got := securityAreas
		if err := got.UnmarshalJSON(b); err != nil {
			if got != securityAreas {
				t.Fatalf("UnmarshalJSON(%q) error %v changed the set to %q", b, err, got)
			}
			return
		}
		out, err := json.Marshal(got)
		if err != nil {
			t.Fatalf("MarshalJSON(%q) error: %v", got, err)
		}
		var back sp.DesignationSet
		if err := json.Unmarshal(out, &back); err != nil || back != got {
			t.Fatalf("round trip of %s = %q, %v; want %q", out, back, err, got)
		}
	})
}

// FuzzNew checks that New never panics, that what it rejects is a
// *DefinitionError, and that what it accepts keeps its Definition and
// writes valid JSON.
func FuzzNew(f *testing.F) {
	f.Add("threat-protection", "Threat Protection", "威胁防护", "Threat Protection specialization", "zh-CN", uint8(1), uint8(4), uint8(3), uint8(64))
	f.Add("-x", " ", "", "", "", uint8(0), uint8(9), uint8(0), uint8(0xFF))
	f.Fuzz(func(t *testing.T, id, name, chinese, alias, lang string, kind, cat, val, des uint8) {
		d := sp.Definition{ID: sp.ID(id), Kind: sp.Kind(kind), Category: sp.Category(cat), Name: name,
			ChineseName: chinese, Aliases: []string{alias}, Designations: sp.DesignationSet(des), Validation: sp.Validation(val)}
		s, err := sp.New(d)
		if err != nil {
			var de *sp.DefinitionError
			if !errors.As(err, &de) || !errors.Is(err, sp.ErrInvalidDefinition) || !s.IsZero() {
				t.Fatalf("New(%+v) = %v, %#v; want the zero Specialization and a *DefinitionError", d, s, err)
			}
			return
		}
		if diff := cmp.Diff(d, s.Definition()); diff != "" {
			t.Fatalf("New(%+v).Definition() (-want +got):\n%s", d, diff)
		}
		if n := s.LocalName(lang); n != name && n != chinese {
			t.Fatalf("LocalName(%q) = %q, want %q or %q", lang, n, name, chinese)
		}
		if b, err := s.MarshalJSON(); err != nil || !json.Valid(b) {
			t.Fatalf("MarshalJSON() = %s, %v; want valid JSON", b, err)
		}
	})
}

// Choices for fuzzed changes; each list holds one value New rejects.
var (
	fuzzNames   = []string{"", "Data Security", "Threat Defense", " Padded"}
	fuzzChinese = []string{"", "数据安全", "威胁防御", "空格 "}
	fuzzSources = []string{"reports, 2026-08-05", "test", "", " test"}
	fuzzFigures = []sp.Qualification{nil, {}, {{sc200}}, {{}}}
	fuzzDayBase = date.MustParse("2024-01-01")
)

const (
	fuzzDaySpan   = 7 // days per step of a fuzzed offset
	fuzzMaxChange = 5 // changes at most
)

// dayFrom returns from moved by a signed number of weeks read from b.
func (b *fuzzBytes) dayFrom(from date.Date) date.Date {
	return from.AddDays(int(int8(b.next())) * fuzzDaySpan)
}

// definitionFrom builds dataSecurity's base terms with fuzzed dates and up
// to five fuzzed changes, each dated a signed offset from the one before
// (so out of order, equal days and days before Introduced all occur).
func definitionFrom(b *fuzzBytes) sp.Definition {
	d := dataSecurity()
	d.Changes = nil
	if b.next()%2 == 1 {
		d.Introduced = b.dayFrom(fuzzDayBase)
	}
	if b.next()%3 == 1 {
		d.Retired = b.dayFrom(fuzzDayBase.AddDays(1500))
	}
	if b.next()%3 == 1 {
		d.Closes = b.dayFrom(fuzzDayBase.AddDays(1400))
	}
	on := fuzzDayBase
	for range int(b.next()) % (fuzzMaxChange + 1) {
		on = b.dayFrom(on)
		c := sp.Change{On: on, Name: fuzzNames[b.next()%4], ChineseName: fuzzChinese[b.next()%4],
			Designations: sp.DesignationSet(b.next()), Validation: sp.Validation(b.next() % 5),
			Qualification: fuzzFigures[b.next()%4], ShiftMonths: int(b.next()%16) - 2,
			Inferred: b.next()%2 == 1, Reported: b.next()%2 == 1, Source: fuzzSources[b.next()%4]}
		if c.Designations&0x81 != 0 && b.next()%4 != 0 {
			c.Designations &^= 0x81 // mostly valid, so that New often accepts
		}
		if b.next() == 0xFF {
			c.On = date.Date{}
		}
		d.Changes = append(d.Changes, c)
	}
	return d
}

// FuzzNewWithChanges checks that New never panics on fuzzed changes and
// rejects with a *DefinitionError, and that an entry it accepts answers
// every day by the rules: s.On(d).On(e) is s.On(e) and holds the terms
// EDN-2 gives for e; Since() is on or before e once a change is in force;
// Name() is never empty; Offered agrees with CheckOffered; and Definition()
// round-trips.
func FuzzNewWithChanges(f *testing.F) {
	// Bytes: Introduced? (odd) [weeks], Retired? (%3 == 1) [weeks], Closes?
	// [weeks], count; per change: weeks after the one before, name,
	// Chinese name, designations, validation, figures, shift+2, inferred,
	// reported, source, [keep stray designation bits], 0xFF for no day;
	// then days to look at.
	// Renamed in English, then audited with a six-month shift; all dates set.
	f.Add([]byte{1, 0, 1, 10, 1, 0, 2,
		20, 1, 0, 0, 0, 0, 2, 0, 1, 0, 0,
		40, 0, 1, 0, 2, 2, 8, 1, 1, 1, 0,
		30, 60, 200})
	// Every term changes once; no dates recorded.
	f.Add([]byte{0, 0, 0, 4,
		5, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0,
		5, 0, 0, 0x40, 0, 0, 2, 0, 0, 1, 0,
		5, 2, 0, 0, 3, 1, 14, 1, 1, 0, 0,
		5, 1, 0, 0, 0, 2, 3, 0, 0, 0, 0,
		1, 255, 100})
	// Rejected: the second change six weeks before the first.
	f.Add([]byte{0, 0, 0, 2,
		10, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0,
		250, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0})
	// Rejected: a shift of -1.
	f.Add([]byte{0, 0, 0, 1,
		10, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		b := fuzzBytes(data)
		d := definitionFrom(&b)
		s, err := sp.New(d)
		if err != nil {
			var de *sp.DefinitionError
			if !errors.As(err, &de) || !errors.Is(err, sp.ErrInvalidDefinition) || !s.IsZero() {
				t.Fatalf("New(%+v) = %v, %#v; want the zero Specialization and a *DefinitionError", d, s, err)
			}
			return
		}
		days := []date.Date{{}, d.Introduced, d.Closes, d.Retired}
		for _, c := range d.Changes {
			days = append(days, c.On.AddDays(-1), c.On, c.On.AddDays(1))
		}
		for i := 0; i < 16 && len(b) > 0; i++ { // checkViews is quadratic in days
			days = append(days, b.dayFrom(fuzzDayBase))
		}
		checkViews(t, d, s, days)
		if diff := cmp.Diff(d, s.Definition()); diff != "" {
			t.Fatalf("New(%+v).Definition() (-want +got):\n%s", d, diff)
		}
		if back, err := sp.New(s.Definition()); err != nil || !back.Equal(s) {
			t.Fatalf("New(Definition()) = %+v, %v; want the latest view", termsOf(back), err)
		}
	})
}

// checkViews checks the views of s on days against each other and against
// termsModel.
func checkViews(t *testing.T, d sp.Definition, s sp.Specialization, days []date.Date) {
	t.Helper()
	for _, e := range days {
		want := s.On(e)
		if diff := cmp.Diff(termsModel(d, e), termsOf(want)); diff != "" {
			t.Fatalf("EDN-2 On(%v) (-want +got):\n%s", e, diff)
		}
		if want.Name() == "" {
			t.Fatalf("EDN-2 On(%v).Name() is empty", e)
		}
		if len(d.Changes) > 0 && !e.Before(d.Changes[0].On) && want.Since().After(e) {
			t.Fatalf("EDN-2 On(%v).Since() = %v, after the day asked", e, want.Since())
		}
		if got := s.CheckOffered(e) == nil; got != s.Offered(e) {
			t.Fatalf("EDN-3 CheckOffered(%v) == nil is %v, Offered is %v", e, got, s.Offered(e))
		}
		for _, v := range days {
			if got := s.On(v).On(e); !got.Equal(want) {
				t.Fatalf("EDN-2 On(%v).On(%v) = %+v, want %+v", v, e, termsOf(got), termsOf(want))
			}
		}
	}
}

// FuzzUnmarshalJSON checks that decoding an entry never panics and never
// succeeds: anything but null is an error wrapping ErrNotDecodable, and the
// target stays the zero Specialization.
func FuzzUnmarshalJSON(f *testing.F) {
	for _, s := range []string{`"kubernetes"`, `{"id":"kubernetes"}`, `{"id":5}`, `null`, `[`, `""`, threatProtectionJSON} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var s sp.Specialization
		err := s.UnmarshalJSON(b)
		if !s.IsZero() {
			t.Fatalf("UnmarshalJSON(%q) gave an entry %v", b, s)
		}
		if err == nil && string(bytes.TrimSpace(b)) != "null" {
			t.Fatalf("UnmarshalJSON(%q) = nil, want an error wrapping ErrNotDecodable", b)
		}
		if err != nil && !errors.Is(err, sp.ErrNotDecodable) {
			t.Fatalf("UnmarshalJSON(%q) error = %v, want one wrapping ErrNotDecodable", b, err)
		}
	})
}

// FuzzDesignationSetText checks that UnmarshalText never panics, leaves the
// set unchanged on an error, and round-trips through MarshalText.
func FuzzDesignationSetText(f *testing.F) {
	for _, s := range []string{"data-and-ai,Security", "", " ", "azure", "a,,b", ",", "Data & AI"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := securityAreas
		if err := got.UnmarshalText([]byte(s)); err != nil {
			if got != securityAreas || !errors.Is(err, sp.ErrUnknownValue) {
				t.Fatalf("UnmarshalText(%q) error %v left the set %q, want an *EnumError and %q", s, err, got, securityAreas)
			}
			return
		}
		out, err := got.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%q) error: %v", got, err)
		}
		var back sp.DesignationSet
		if err := back.UnmarshalText(out); err != nil || back != got {
			t.Fatalf("round trip of %q = %q, %v; want %q", out, back, err, got)
		}
	})
}
