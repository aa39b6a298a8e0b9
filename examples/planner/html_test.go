package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"html"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/catalog"
)

func TestHTMLGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
		file string
	}{
		{"EDN-2 HTML page of the demo", []string{"-asof", demoAsOf, "-format", "html"}, "demo.html.golden"},
		{"EDN-2 Chinese HTML page of the demo", []string{"-asof", demoAsOf, "-format", "html", "-lang", "zh-Hans"}, "demo.zh-Hans.html.golden"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkGolden(t, tt.file, tt.args...) })
	}
}

// TestHTMLDeterministic renders one report many times: the same input must
// give the same bytes (no map order, no clock).
func TestHTMLDeterministic(t *testing.T) {
	for _, lang := range []string{"en", "zh-Hans"} {
		r := demoReport(t, lang, demoAsOf)
		var first bytes.Buffer
		if err := writeHTML(&first, r); err != nil {
			t.Fatal(err)
		}
		for range 20 {
			var again bytes.Buffer
			if err := writeHTML(&again, r); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(first.Bytes(), again.Bytes()) {
				t.Fatalf("-lang %s: two renderings of one report differ", lang)
			}
		}
	}
}

// TestHTMLLanes checks what each lane of the demo page shows, one row per
// rule the timeline draws.
func TestHTMLLanes(t *testing.T) {
	en := mustRun(t, "-asof", demoAsOf, "-format", "html")
	zh := mustRun(t, "-asof", demoAsOf, "-format", "html", "-lang", "zh-Hans")
	// The browser check's portfolio of the states the demo lacks.
	states := mustRun(t, "-in", filepath.Join("webcheck", "testdata", "every-state.json"), "-asof", "2025-12-01", "-format", "html")
	for _, tt := range []struct {
		name, page, entry string
		want              []string
	}{
		{"REN-4 an even renewal year is labelled audit", en, "analytics-on-microsoft-azure",
			[]string{`>2027-01-01 audit</text>`}},
		{"REN-4 a year that needs customer references is labelled refs", en, "calling-for-microsoft-teams",
			[]string{`>2028-11-10 refs</text>`}},
		{"REN-3 an odd renewal year has no audit label", en, "threat-protection", []string{`>2027-10-10</text>`}},
		{"REN-4 Chinese labels say 审核 and 客户参考", zh, "calling-for-microsoft-teams",
			[]string{`>2026-09-01 客户参考</text>`}},
		{"REN-5 a window and its grace period are drawn apart", en, "analytics-on-microsoft-azure",
			[]string{`<path class="window"`, `<path class="grace"`, `<path class="dots"`, `<path class="anniv"`}},
		{"REN-6 reminders are ticks with the agenda's sentence", en, "analytics-on-microsoft-azure",
			[]string{`<path class="tick" d="M`, `<title>Reminder: Analytics on Azure, 30 days before the 2027-01-01 anniversary`}},
		{"INT-10 the deadline of the cycle under review", en, "analytics-on-microsoft-azure",
			[]string{`<path class="deadline"`, `>deadline 2027-01-31</text>`}},
		{"INT-10 截止日期 in Chinese", zh, "analytics-on-microsoft-azure", []string{`>截止日期 2027-01-31</text>`}},
		{"INT-6 a renewal is marked on its day", en, "sales", []string{`<path class="renewed"`, `>renewed 2026-11-01</text>`}},
		{"INT-5 a lapse is marked on the first day not held", en, "calling-for-microsoft-teams",
			[]string{`<path class="ended"`, `>lapsed 2026-10-02</text>`}},
		{"EDN-3 a retirement before the axis is still labelled", en, "kubernetes", []string{`>retired 2026-07-31 (EDN-3)</text>`}},
		{"EDN-3 a retirement ahead ends the lane", en, "azure-expert-msp", []string{`>retires 2027-02-01</text>`}},
		{"EDN-6 a carried-over holding names its former entry", en, "windows-server-sql-server-migration",
			[]string{`>carried over from Windows Server and SQL Server Migration to Microsoft Azure, retired 2023-01-09 (EDN-6)</text>`}},
		{"REN-1 an expert program says it is not renewed here", en, "azure-expert-msp",
			[]string{`— expert program: no renewal here (REN-1)`}},
		{"POST-1 the term held with nothing due", en, "analytics-on-microsoft-azure",
			[]string{`<path class="term"`, `Held with nothing due from 2026-01-01 through 2027-01-31 (POST-1).`}},
		{"EDN-6 a merged holding is marked where it ended", states, "windows-server-sql-server-migration",
			[]string{`>merged into another holding of the same entry on 2023-01-09 (EDN-6)</text>`}},
		{"INT-10 a stored enrollment that is behind shows its renewal", states, "finance",
			[]string{`— active, renewed</text>`, `>renewed 2024-12-01</text>`}},
		{"INT-5 a holding not enrolled yet starts on its day", states, "supply-chain",
			[]string{`>not enrolled yet: enrolled 2027-02-01</text>`}},
		{"INT-5 an end given in the file", states, "cloud-security", []string{`>no longer held from 2025-09-01</text>`}},
		{"INT-2 a 29 February enrollment has its anniversary on 28 February", states, "identity-and-access-management",
			[]string{`>2026-02-28 refs</text>`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lane := lanes(t, tt.page)[tt.entry]
			if lane == "" {
				t.Fatalf("no lane with data-entry=%q", tt.entry)
			}
			for _, w := range tt.want {
				if !strings.Contains(lane, w) {
					t.Errorf("lane %s does not contain %q", tt.entry, w)
				}
			}
		})
	}
}

// lanes returns the markup of each lane by its data-entry, lanes of one
// entry joined.
func lanes(t *testing.T, page string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, g := range regexp.MustCompile(`(?s)<g class="lane" data-entry="([^"]*)"[^>]*>(.*?)</g>`).FindAllStringSubmatch(page, -1) {
		m[g[1]] += g[2]
	}
	return m
}

// svgOf returns the timeline's markup.
func svgOf(page string) string {
	start, end := strings.Index(page, "<svg"), strings.Index(page, "</svg>")
	if start < 0 || end < start {
		return ""
	}
	return page[start : end+len("</svg>")]
}

// TestHTMLMarkup parses the timeline as XML and checks the markup the
// browser check and screen readers rely on.
func TestHTMLMarkup(t *testing.T) {
	for _, lang := range []string{"en", "zh-Hans"} {
		page := mustRun(t, "-asof", demoAsOf, "-format", "html", "-lang", lang)
		if want := `<html lang="` + lang + `">`; !strings.Contains(page, want) {
			t.Errorf("-lang %s: no %s", lang, want)
		}
		got, err := svgFacts(svgOf(page))
		if err != nil {
			t.Fatalf("-lang %s: the timeline is not well-formed XML: %v", lang, err)
		}
		want := svgSummary{ID: "timeline", Role: "img", Title: true, Desc: true, AsOf: 1,
			Lanes: strings.Count(page, `<th scope="row">`), BareTexts: 0}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("-lang %s: timeline markup (-want +got):\n%s", lang, diff)
		}
		for _, bad := range []string{"<script", "<link", "<img", "url(", "@import", "http://", "https://"} {
			if i := strings.Index(page, bad); i >= 0 && !strings.HasPrefix(page[i:], `http://www.w3.org/2000/svg"`) {
				t.Errorf("-lang %s: the page refers to something outside itself: %q", lang, page[i:min(len(page), i+60)])
			}
		}
	}
}

// svgSummary is what TestHTMLMarkup checks of the timeline.
type svgSummary struct {
	ID, Role    string
	Title, Desc bool // first children
	AsOf        int  // elements of class asof
	Lanes       int  // <g class="lane"> with a data-entry
	BareTexts   int  // <text> without class label
}

// svgFacts reads the timeline's markup.
func svgFacts(svg string) (svgSummary, error) {
	var s svgSummary
	dec := xml.NewDecoder(strings.NewReader(svg))
	depth := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return s, nil
		}
		if err != nil {
			return s, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			attr := map[string]string{}
			for _, a := range tok.Attr {
				attr[a.Name.Local] = a.Value
			}
			classes := strings.Fields(attr["class"])
			switch {
			case depth == 1:
				s.ID, s.Role = attr["id"], attr["role"]
			case depth == 2 && tok.Name.Local == "title":
				s.Title = true
			case depth == 2 && tok.Name.Local == "desc":
				s.Desc = true
			case tok.Name.Local == "g" && slices.Contains(classes, "lane") && attr["data-entry"] != "":
				s.Lanes++
			case tok.Name.Local == "text" && !slices.Contains(classes, "label"):
				s.BareTexts++
			}
			if slices.Contains(classes, "asof") {
				s.AsOf++
			}
		case xml.EndElement:
			depth--
		}
	}
}

// TestHTMLEscaping gives the partner a name made of markup: the page must
// show it as text.
func TestHTMLEscaping(t *testing.T) {
	name := `<script>alert("x")</script> & <b>Co</b>`
	in := strings.Replace(string(demo), `"Contoso Cloud Ltd"`, strconv.Quote(name), 1)
	var stdout, stderr bytes.Buffer
	if code := runIO([]string{"-in", "-", "-asof", demoAsOf, "-format", "html"}, strings.NewReader(in), &stdout, &stderr, nil); code != 0 {
		t.Fatalf("run = %d: %s", code, stderr.String())
	}
	page := stdout.String()
	if strings.Contains(page, "<script") || strings.Contains(page, "<b>") {
		t.Errorf("the partner's name became markup")
	}
	h1 := regexp.MustCompile(`<h1>(.*?)</h1>`).FindStringSubmatch(page)
	if want := name + ": specializations as of " + demoAsOf; h1 == nil || html.UnescapeString(h1[1]) != want {
		t.Errorf("<h1> = %q, want %q escaped", h1, want)
	}
}

// TestHTMLPhrasesTranslated checks that every phrase of the page's own has
// a Chinese form in messages.zh-Hans.json.
func TestHTMLPhrasesTranslated(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "html.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var phrases []string
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if fn, ok := call.Fun.(*ast.Ident); ok && slices.Contains([]string{"tr", "trf"}, fn.Name) && len(call.Args) > 1 {
			if lit, ok := call.Args[1].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				s, _ := strconv.Unquote(lit.Value)
				phrases = append(phrases, s)
			}
		}
		return true
	})
	if len(phrases) < 25 {
		t.Fatalf("found %d phrases in html.go, want 25 or more: is the scan broken?", len(phrases))
	}
	for _, p := range append(phrases, descFormat) {
		if _, ok := zhMessages()[p]; !ok {
			t.Errorf("no Chinese form for %q", p)
		}
	}
}

// relativeLuminance and contrast follow WCAG 2.1's definitions.
func relativeLuminance(hex string) float64 {
	v, _ := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	lin := func(c uint64) float64 {
		s := float64(c) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(v>>16&0xff) + 0.7152*lin(v>>8&0xff) + 0.0722*lin(v&0xff)
}

func contrast(a, b string) float64 {
	la, lb := relativeLuminance(a), relativeLuminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestContrastFormula(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want float64
	}{
		{"#000000", "#ffffff", 21}, {"#ffffff", "#ffffff", 1}, {"#777777", "#ffffff", 4.48}, {"#767676", "#ffffff", 4.54},
	} {
		if got := contrast(tt.a, tt.b); math.Abs(got-tt.want) > 0.01 {
			t.Errorf("contrast(%s, %s) = %.3f, want %.2f", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestPaletteContrast checks every colour of the palette, the custom
// properties page.css starts with, against both backgrounds (--paper and
// --band): text needs 4.5:1 (WCAG 2.1 AA 1.4.3), the marks --term and
// --slot 3:1 (1.4.11).
func TestPaletteContrast(t *testing.T) {
	root := regexp.MustCompile(`^:root\{([^}]*)\}`).FindStringSubmatch(pageStyle)
	if root == nil {
		t.Fatal("page.css does not start with the :root palette")
	}
	var names []string
	hex := map[string]string{}
	for decl := range strings.SplitSeq(root[1], ";") {
		name, value, _ := strings.Cut(strings.TrimPrefix(decl, "--"), ":")
		names, hex[name] = append(names, name), value
	}
	if len(names) != 11 || hex["paper"] == "" || hex["band"] == "" {
		t.Fatalf("palette %q, want 9 colours, --paper and --band", names)
	}
	for _, name := range names[:9] {
		least := map[bool]float64{false: 4.5, true: 3}[name == "term" || name == "slot"]
		for _, bg := range []struct{ name, key string }{{"page", "paper"}, {"shaded lane", "band"}} {
			t.Run(fmt.Sprintf("WCAG %s on the %s", name, bg.name), func(t *testing.T) {
				if got := contrast(hex[name], hex[bg.key]); got < least {
					t.Errorf("contrast(%s %s, %s) = %.2f, want at least %.1f", name, hex[name], hex[bg.key], got, least)
				}
			})
		}
	}
}

// TestStaggerProperty lays out random labels: none overlaps another by
// the width estimate, each stays on the axis, every label that is not
// optional is placed, optional ones only in the first maxRows rows, and
// the input order does not matter.
func TestStaggerProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"2027-01-01 audit", "deadline 2027-01-31", "renewed 2026-11-01", "截止日期 2027-01-31", "2028-11-10 客户参考", "x"}
	for n := range 300 {
		ps := make([]pending, rng.IntN(16))
		optional := map[string]bool{}
		for i := range ps {
			ps[i] = pending{x: float64(rng.IntN(int(svgWidth*10))) / 10, optional: rng.IntN(2) == 0,
				text: words[rng.IntN(len(words))] + strings.Repeat("m", rng.IntN(5)) + strconv.Itoa(i)}
			optional[ps[i].text] = ps[i].optional
		}
		got, rows := stagger(ps, 0)
		placed := map[string]bool{}
		for _, l := range got {
			placed[l.Text] = true
		}
		for _, p := range ps {
			if !p.optional && !placed[p.text] {
				t.Errorf("case %d: %q is not optional but was left out", n, p.text)
			}
		}
		used := 1
		for i, a := range got {
			ax, ay, aw := labelBox(t, a)
			used = max(used, int(ay/rowHeight)+1)
			if optional[a.Text] && int(ay/rowHeight) >= maxRows {
				t.Errorf("case %d: optional %q in row %d", n, a.Text, int(ay/rowHeight))
			}
			if ax < padX || ax+aw > svgWidth-padX+0.1 {
				t.Errorf("case %d: %q at %.1f..%.1f leaves the axis", n, a.Text, ax, ax+aw)
			}
			for _, b := range got[i+1:] {
				bx, by, bw := labelBox(t, b)
				if ay == by && ax < bx+bw+labelGap-0.1 && bx < ax+aw+labelGap-0.1 {
					t.Errorf("case %d: %q and %q overlap in row %v", n, a.Text, b.Text, ay)
				}
			}
		}
		if rows != used {
			t.Errorf("case %d: stagger says %d rows, labels use %d", n, rows, used)
		}
		shuffled := slices.Clone(ps)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		again, _ := stagger(shuffled, 0)
		if !distinctX(ps) {
			continue // equal x keep the order given
		}
		less := func(a, b label) int { return strings.Compare(a.X+a.Y+a.Text, b.X+b.Y+b.Text) }
		if slices.SortFunc(got, less); !slices.Equal(got, slices.SortedFunc(slices.Values(again), less)) {
			t.Errorf("case %d: the layout depends on the order of the labels", n)
		}
	}
}

// labelBox returns the left edge, the row's top and the estimated width
// of a laid-out label.
func labelBox(t *testing.T, l label) (x, y, w float64) {
	t.Helper()
	x, err1 := strconv.ParseFloat(l.X, 64)
	y, err2 := strconv.ParseFloat(l.Y, 64)
	if err1 != nil || err2 != nil {
		t.Fatalf("label %+v: bad coordinates", l)
	}
	return x, y - 13, textWidth(l.Text, labelPx)
}

func distinctX(ps []pending) bool {
	xs := make([]float64, len(ps))
	for i, p := range ps {
		xs[i] = p.x
	}
	slices.Sort(xs)
	return len(slices.Compact(xs)) == len(ps)
}

// FuzzStagger lays out arbitrary labels: never a panic, never an overlap
// or a label off the axis by the estimate (unless wider than the axis).
func FuzzStagger(f *testing.F) {
	f.Add(10.0, "2027-01-01 audit", 20.0, "deadline 2027-01-31", 990.0, "截止日期 2027-01-31")
	f.Add(-5.0, "", 1e9, "\xff\xfe", math.NaN(), "renewed")
	f.Fuzz(func(t *testing.T, x1 float64, s1 string, x2 float64, s2 string, x3 float64, s3 string) {
		got, rows := stagger([]pending{{x: x1, text: s1}, {x: x2, text: s2}, {x: x3, text: s3}}, 0)
		if rows < 1 || rows > 3 || len(got) != 3 {
			t.Fatalf("stagger gave %d labels in %d rows", len(got), rows)
		}
		for i, a := range got {
			ax, ay, aw := labelBox(t, a)
			if aw <= svgWidth-2*padX && (ax < padX || ax+aw > svgWidth-padX+0.1) {
				t.Errorf("%q at %.1f..%.1f leaves the axis", a.Text, ax, ax+aw)
			}
			for _, b := range got[i+1:] {
				bx, by, bw := labelBox(t, b)
				if ay == by && ax < bx+bw && bx < ax+aw {
					t.Errorf("%q and %q overlap", a.Text, b.Text)
				}
			}
		}
	})
}

// TestREADMETimeline checks the README's timeline section: the command
// that makes the page, and the committed screenshot, a PNG small enough
// for a README.
func TestREADMETimeline(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Skip("no README.md two directories up")
	}
	for _, want := range []string{"go run ./examples/planner -format html -asof " + demoAsOf,
		"](examples/planner/testdata/demo-timeline.png)"} {
		if !bytes.Contains(readme, []byte(want)) {
			t.Errorf("README.md does not contain %q", want)
		}
	}
	png, err := os.ReadFile(filepath.Join("testdata", "demo-timeline.png"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) || len(png) > 300<<10 {
		t.Errorf("testdata/demo-timeline.png: %d bytes, PNG %v; want a PNG of at most 300 KiB", len(png), bytes.HasPrefix(png, []byte("\x89PNG")))
	}
}

// demoReport plans the demo portfolio in lang as of the day asOf, as the
// program does.
func demoReport(tb testing.TB, lang, asOf string) report {
	tb.Helper()
	o, err := parseArgs([]string{"-asof", asOf, "-lang", lang, "-format", "html"}, nil, io.Discard)
	if err != nil {
		tb.Fatal(err)
	}
	in, err := decodePortfolio(demo, "demo.json", catalog.Default())
	if err != nil {
		tb.Fatal(err)
	}
	r, err := buildReport(in, o, "demo.json")
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// BenchmarkHTML renders the demo's page from its report.
func BenchmarkHTML(b *testing.B) {
	for _, lang := range []string{"en", "zh-Hans"} {
		b.Run(lang, func(b *testing.B) {
			r := demoReport(b, lang, demoAsOf)
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := writeHTML(&buf, r); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len()), "bytes/page")
		})
	}
}
