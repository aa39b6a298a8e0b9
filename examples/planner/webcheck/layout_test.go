package webcheck

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// box is a rectangle in CSS pixels.
type box struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w"`
	H float64 `json:"h"`
}

// slack absorbs sub-pixel rounding of the browser's boxes.
const slack = 0.5

func (a box) overlaps(b box) bool {
	return a.X+slack < b.X+b.W && b.X+slack < a.X+a.W && a.Y+slack < b.Y+b.H && b.Y+slack < a.Y+a.H
}

func (a box) inside(b box) bool {
	return a.X >= b.X-slack && a.Y >= b.Y-slack && a.X+a.W <= b.X+b.W+slack && a.Y+a.H <= b.Y+b.H+slack
}

func (a box) String() string { return fmt.Sprintf("(%.1f,%.1f %.1f×%.1f)", a.X, a.Y, a.W, a.H) }

// layout is where the page put the timeline's parts (measureJS).
type layout struct {
	Lang     string `json:"lang"`
	Viewport box    `json:"viewport"`
	Page     box    `json:"page"` // the scrollable size of the document
	SVG      box    `json:"svg"`
	Role     string `json:"role"`
	Title    string `json:"title"`
	Desc     string `json:"desc"`
	Lanes    []struct {
		Entry string `json:"entry"`
		Box   box    `json:"box"`
	} `json:"lanes"`
	Labels []struct {
		Text  string `json:"text"`
		Class string `json:"class"`
		Box   box    `json:"box"`
	} `json:"labels"`
	AsOf int `json:"asOf"` // elements of class asof
	Rows int `json:"rows"` // holdings in the table
}

// problems lists what is wrong with l: the markup contract (an SVG image
// with a title and a description, a lane per holding with its entry, every
// text a label, one as-of line), a page wider than the viewport, a lane or
// label outside the viewport or the timeline, and labels that overlap.
func (l layout) problems() []string {
	var ps []string
	add := func(format string, args ...any) { ps = append(ps, fmt.Sprintf(format, args...)) }
	if l.Role != "img" || strings.TrimSpace(l.Title) == "" || strings.TrimSpace(l.Desc) == "" {
		add("the timeline is not an image with a title and a description (role %q, title %q, desc %q)", l.Role, l.Title, l.Desc)
	}
	if len(l.Lanes) == 0 || len(l.Lanes) != l.Rows {
		add("%d lanes for %d holdings in the table", len(l.Lanes), l.Rows)
	}
	if l.AsOf != 1 {
		add("%d as-of lines, want 1", l.AsOf)
	}
	if l.Page.W > l.Viewport.W+slack {
		add("the page is %.1fpx wide, wider than the %.1fpx viewport", l.Page.W, l.Viewport.W)
	}
	for _, ln := range l.Lanes {
		if ln.Entry == "" || !ln.Box.inside(l.Viewport) || !ln.Box.inside(l.SVG) {
			add("lane %q at %v is not inside the viewport %v and the timeline %v", ln.Entry, ln.Box, l.Viewport, l.SVG)
		}
	}
	for i, a := range l.Labels {
		if !slices.Contains(strings.Fields(a.Class), "label") {
			add("text %q has class %q, not label", a.Text, a.Class)
		}
		if !a.Box.inside(l.Viewport) || !a.Box.inside(l.SVG) {
			add("label %q at %v is not inside the viewport %v and the timeline %v", a.Text, a.Box, l.Viewport, l.SVG)
		}
		for _, b := range l.Labels[i+1:] {
			if a.Box.overlaps(b.Box) {
				add("labels %q %v and %q %v overlap", a.Text, a.Box, b.Text, b.Box)
			}
		}
	}
	return ps
}

// tightest returns the least horizontal space between two labels whose
// boxes share a height, and the two texts: how much room the layout's
// width estimate leaves in a real browser.
func (l layout) tightest() (gap float64, a, b string) {
	gap = math.Inf(1)
	for i, p := range l.Labels {
		for _, q := range l.Labels[i+1:] {
			if p.Box.Y >= q.Box.Y+q.Box.H || q.Box.Y >= p.Box.Y+p.Box.H {
				continue
			}
			if g := max(q.Box.X-(p.Box.X+p.Box.W), p.Box.X-(q.Box.X+q.Box.W)); g < gap {
				gap, a, b = g, p.Text, q.Text
			}
		}
	}
	return gap, a, b
}

// TestLayoutProblems shows that each check of the browser test can fail.
func TestLayoutProblems(t *testing.T) {
	good := func() layout {
		var l layout
		l.Viewport, l.Page, l.SVG = box{0, 0, 1000, 800}, box{0, 0, 1000, 800}, box{20, 20, 960, 700}
		l.Role, l.Title, l.Desc, l.AsOf, l.Rows = "img", "Timeline", "Lanes", 1, 1
		l.Lanes = append(l.Lanes, struct {
			Entry string `json:"entry"`
			Box   box    `json:"box"`
		}{"sales", box{20, 100, 960, 60}})
		for _, x := range []float64{30, 130} {
			l.Labels = append(l.Labels, struct {
				Text  string `json:"text"`
				Class string `json:"class"`
				Box   box    `json:"box"`
			}{"2027-01-01", "label", box{x, 120, 90, 14}})
		}
		return l
	}
	for _, tc := range []struct {
		name   string
		change func(*layout)
		want   []string
	}{
		{"a good layout has no problem", func(*layout) {}, nil},
		{"labels that overlap", func(l *layout) { l.Labels[1].Box.X = 100 },
			[]string{`labels "2027-01-01" (30.0,120.0 90.0×14.0) and "2027-01-01" (100.0,120.0 90.0×14.0) overlap`}},
		{"labels that touch do not overlap", func(l *layout) { l.Labels[1].Box.X = 120 }, nil},
		{"a label past the right edge", func(l *layout) { l.Labels[1].Box.X = 950 },
			[]string{`label "2027-01-01" at (950.0,120.0 90.0×14.0) is not inside the viewport (0.0,0.0 1000.0×800.0) and the timeline (20.0,20.0 960.0×700.0)`}},
		{"a lane below the viewport", func(l *layout) { l.Lanes[0].Box.Y = 790 },
			[]string{`lane "sales" at (20.0,790.0 960.0×60.0) is not inside the viewport (0.0,0.0 1000.0×800.0) and the timeline (20.0,20.0 960.0×700.0)`}},
		{"a text that is not a label", func(l *layout) { l.Labels[0].Class = "axis" },
			[]string{`text "2027-01-01" has class "axis", not label`}},
		{"a page that scrolls sideways", func(l *layout) { l.Page.W = 1200 },
			[]string{"the page is 1200.0px wide, wider than the 1000.0px viewport"}},
		{"no as-of line", func(l *layout) { l.AsOf = 0 }, []string{"0 as-of lines, want 1"}},
		{"a lane missing", func(l *layout) { l.Rows = 2 }, []string{"1 lanes for 2 holdings in the table"}},
		{"no description", func(l *layout) { l.Desc = " " },
			[]string{`the timeline is not an image with a title and a description (role "img", title "Timeline", desc " ")`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := good()
			tc.change(&l)
			if diff := cmp.Diff(tc.want, l.problems()); diff != "" {
				t.Errorf("problems() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTofu shows when the glyph check fails.
func TestTofu(t *testing.T) {
	for _, tc := range []struct {
		name string
		g    glyphWidths
		want bool
	}{
		{"glyphs drawn", glyphWidths{Count: 4, Width: 44, Tofu: 26.4}, false},
		{"every glyph missing", glyphWidths{Count: 4, Width: 26.4, Tofu: 26.4}, true},
		{"one glyph drawn as the missing glyph", glyphWidths{Count: 4, Width: 44, Tofu: 26.4, AsTofu: "审"}, true},
		{"no Chinese text at all", glyphWidths{}, true},
	} {
		if got := tc.g.tofu(); got != tc.want {
			t.Errorf("%s: %v.tofu() = %v, want %v", tc.name, tc.g, got, tc.want)
		}
	}
}
