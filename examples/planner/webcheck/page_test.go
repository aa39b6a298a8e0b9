package webcheck

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The demo as the README shows it.
const asOf = "2026-11-24"

// Widths of the browser window: a desktop, and the printable width of the
// page printed (landscape, 12 mm margins) on Letter, 11 in less 24 mm in
// CSS pixels, narrower than on A4.
const (
	screenWidth = 1040
	printWidth  = 965
)

const install = "apt-get install chromium fonts-noto-cjk"

// TestPage renders the demo's page in both languages and checks it as a
// reader would see it: it loads without console errors, exceptions or
// requests for anything but itself; every lane and label is inside the
// viewport and the timeline, and no two labels overlap, on screen and
// printed (landscape on Letter, the narrower paper); it prints landscape
// on A4 and Letter; the Chinese page draws its glyphs. It saves
// screenshots and PDFs for a person to look at.
func TestPage(t *testing.T) {
	states, err := filepath.Abs(filepath.Join("testdata", "every-state.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, lang, file string
		args             []string
	}{
		{"English page", "en", "demo", []string{"-asof", asOf}},
		{"Chinese page", "zh-Hans", "demo.zh-Hans", []string{"-asof", asOf}},
		// The states the demo lacks: merged, behind, not enrolled yet, ended.
		{"every state", "en", "every-state", []string{"-in", states, "-asof", "2025-12-01"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := browser(t)
			page := planner(t, append(tc.args, "-format", "html", "-lang", tc.lang)...)
			file := filepath.Join(t.TempDir(), tc.file+".html")
			if err := os.WriteFile(file, page, 0o644); err != nil {
				t.Fatal(err)
			}
			reported := open(t, ctx, file)

			l := measure(t, ctx, screenWidth, "screen")
			if l.Lang != tc.lang {
				t.Errorf("<html lang=%q>, want %q", l.Lang, tc.lang)
			}
			for _, p := range l.problems() {
				t.Errorf("on screen: %s", p)
			}
			gap, a, b := l.tightest()
			t.Logf("the closest labels, %q and %q, are %.1fpx apart", a, b, gap)
			save(t, tc.file+".png", run(t, ctx, chromedp.FullScreenshot(100)))
			save(t, tc.file+"-timeline.png", run(t, ctx, chromedp.Screenshot(chromedp.ID("timeline"))))
			if tc.lang != "en" {
				if g := glyphs(t, ctx); g.tofu() {
					t.Errorf("the Chinese labels render as tofu: %s", g)
				} else {
					t.Logf("glyphs: %s", g)
				}
			}

			for _, p := range measure(t, ctx, printWidth, "print").problems() {
				t.Errorf("printed: %s", p)
			}
			save(t, tc.file+".print.png", run(t, ctx, chromedp.FullScreenshot(100)))
			for _, paper := range []struct {
				name string
				size chromedp.PaperSize
			}{{"a4", chromedp.PaperA4}, {"letter", chromedp.PaperLetter}} {
				pdf := run(t, ctx, chromedp.PrintToPDF(chromedp.PDFPaper(paper.size), chromedp.PDFPreferCSSPageSize(),
					chromedp.PDFPrintBackground()))
				if w, h, ok := mediaBox(pdf); !ok || w <= h {
					t.Errorf("printing on %s: media box %v×%v (found: %v), want a landscape PDF page", paper.name, w, h, ok)
				}
				save(t, tc.file+"."+paper.name+".pdf", pdf)
			}
			for _, p := range reported() {
				t.Errorf("browser reported: %s", p)
			}
		})
	}
}

// TestTofuIsCaught runs the glyph check of TestPage on the Chinese page in
// a browser whose only fonts are DejaVu's, which has no Chinese glyphs: the
// check must see tofu there, or it could never fail.
func TestTofuIsCaught(t *testing.T) {
	dejavu := "/usr/share/fonts/truetype/dejavu"
	if _, err := os.Stat(dejavu); err != nil {
		t.Skipf("no %s to build a font configuration without CJK fonts: %v", dejavu, err)
	}
	conf := filepath.Join(t.TempDir(), "fonts.conf")
	cache := t.TempDir()
	xml := fmt.Sprintf(`<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>%s</dir><cachedir>%s</cachedir></fontconfig>`, dejavu, cache)
	if err := os.WriteFile(conf, []byte(xml), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := browser(t, "FONTCONFIG_FILE="+conf)
	page := planner(t, "-format", "html", "-asof", asOf, "-lang", "zh-Hans")
	file := filepath.Join(t.TempDir(), "tofu.html")
	if err := os.WriteFile(file, page, 0o644); err != nil {
		t.Fatal(err)
	}
	open(t, ctx, file)
	if g := glyphs(t, ctx); !g.tofu() {
		t.Errorf("with DejaVu fonts only, the glyph check saw no tofu: %s", g)
	}
	save(t, "tofu-timeline.png", run(t, ctx, chromedp.Screenshot(chromedp.ID("timeline"))))
}

// root is the library's module root, three directories up.
func root(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil || !bytes.HasPrefix(mod, []byte("module github.com/partnerkit/specializations\n")) {
		t.Fatalf("%s is not the library's module root: %v", dir, err)
	}
	return dir
}

// planner runs the planner from the repository root as the README does and
// returns what it writes.
func planner(t *testing.T, args ...string) []byte {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), "go", append([]string{"run", "./examples/planner"}, args...)...)
	cmd.Dir = root(t)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go run ./examples/planner %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return out
}

// chromium returns the path of Chromium. Without one the test skips and
// says how to install it, or fails when CI=true.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("no Chromium on PATH, and CI=true: the browser check must run here. Install it: %s", install)
	}
	t.Skipf("no Chromium on PATH: skipping the browser check. Install it (Debian, Ubuntu): %s", install)
	return ""
}

// browser starts headless Chromium with a fresh profile and env added to
// its environment, and returns the context of one tab. The browser stops
// when the test ends.
func browser(t *testing.T, env ...string) context.Context {
	t.Helper()
	path := chromium(t)
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	t.Cleanup(cancel)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path), chromedp.Flag("headless", true), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.NoFirstRun, chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(screenWidth, 900),
		chromedp.Env(env...),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	bctx, cancelTab := chromedp.NewContext(actx)
	t.Cleanup(cancelTab)
	return bctx
}

// open loads the page file and waits for the timeline. The returned func
// lists what the browser reported that a self-contained page must not
// cause: console errors, uncaught exceptions, error log entries, and
// requests for anything but the page itself.
func open(t *testing.T, ctx context.Context, file string) func() []string {
	t.Helper()
	url := "file://" + file
	var mu sync.Mutex
	var reported []string
	err := chromedp.Listen(ctx, func(ev any) {
		var p string
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == "error" || ev.Type == "assert" {
				p = fmt.Sprintf("console.%s with %d arguments", ev.Type, len(ev.Args))
			}
		case *runtime.EventExceptionThrown:
			p = "exception: " + ev.ExceptionDetails.Text
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError {
				p = fmt.Sprintf("log error from %s: %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL)
			}
		case *network.EventRequestWillBeSent:
			if ev.Request.URL != url {
				p = "a request for " + ev.Request.URL
			}
		}
		if p != "" {
			mu.Lock()
			reported = append(reported, p)
			mu.Unlock()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady(chromedp.ID("timeline"))); err != nil {
		t.Fatalf("loading %s: %v", url, err)
	}
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), reported...)
	}
}

// run runs one action that returns a value.
func run[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// measure lays the page out for media ("screen" or "print") in a window
// width pixels wide and as high as the page, so that everything on it is
// in the viewport if it is on the page, and returns where things are.
func measure(t *testing.T, ctx context.Context, width int64, media string) layout {
	t.Helper()
	setMedia := chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media})
		return err
	})
	if err := chromedp.Do(ctx, setMedia, chromedp.EmulateViewport(width, 900)); err != nil {
		t.Fatal(err)
	}
	first := run(t, ctx, chromedp.Evaluate[layout](measureJS, chromedp.EvalAwaitPromise))
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, int64(first.Page.H+0.5))); err != nil {
		t.Fatal(err)
	}
	return run(t, ctx, chromedp.Evaluate[layout](measureJS, chromedp.EvalAwaitPromise))
}

// measureJS reports the boxes of the timeline, its lanes and its text, in
// CSS pixels relative to the viewport, once the fonts are ready.
const measureJS = `(async () => {
	await document.fonts.ready;
	const box = e => { const r = e.getBoundingClientRect(); return {x: r.left, y: r.top, w: r.width, h: r.height}; };
	const own = e => [...e.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.data).join('');
	const svg = document.getElementById('timeline');
	const top = sel => svg.querySelector(':scope > ' + sel);
	return {
		lang: document.documentElement.lang,
		viewport: {x: 0, y: 0, w: window.innerWidth, h: window.innerHeight},
		page: {x: 0, y: 0, w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight},
		svg: box(svg),
		role: svg.getAttribute('role') || '',
		title: top('title') ? top('title').textContent : '',
		desc: top('desc') ? top('desc').textContent : '',
		lanes: [...svg.querySelectorAll('g.lane')].map(g => ({entry: g.dataset.entry || '', box: box(g)})),
		labels: [...svg.querySelectorAll('text')].map(e => ({text: own(e), class: e.getAttribute('class') || '', box: box(e)})),
		asOf: svg.querySelectorAll('.asof').length,
		rows: document.querySelectorAll('tbody th[scope=row]').length,
	};
})()`

// glyphs checks that the Chinese labels of the timeline are drawn, two
// ways. Widths: in a label set in a Latin font first, the Han text is as
// wide as the same number of U+10FFFD, a private-use code point no font
// draws, exactly when no font has the Han glyphs either, for then both
// are that font's missing-glyph box (tofu). (In the page's own Chinese
// font both would be 1 em wide: its tofu is as wide as its glyphs.)
// Pixels: in the labels' own font, a Han character drawn on a canvas must
// differ from U+10FFFD drawn the same way.
func glyphs(t *testing.T, ctx context.Context) glyphWidths {
	t.Helper()
	return run(t, ctx, chromedp.Evaluate[glyphWidths](`(async () => {
		await document.fonts.ready;
		const svg = document.getElementById('timeline');
		const own = e => [...e.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.data).join('');
		const labels = [...svg.querySelectorAll('text.label')];
		const han = (labels.map(own).join('').match(/\p{Script=Han}/gu) || []).slice(0, 40);
		const tofu = '\u{10FFFD}';
		const width = s => {
			const e = document.createElementNS('http://www.w3.org/2000/svg', 'text');
			e.setAttribute('class', 'label');
			e.style.fontFamily = '"DejaVu Sans", sans-serif';
			e.textContent = s;
			svg.appendChild(e);
			const w = e.getComputedTextLength();
			e.remove();
			return w;
		};
		const cs = labels.length ? getComputedStyle(labels[0]) : null;
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 48;
		const g = canvas.getContext('2d', {willReadFrequently: true});
		const pixels = ch => {
			g.clearRect(0, 0, 48, 48);
			g.font = cs ? cs.fontWeight + ' 32px ' + cs.fontFamily : '32px sans-serif';
			g.fillText(ch, 4, 38);
			return Array.from(g.getImageData(0, 0, 48, 48).data).join(',');
		};
		const box = pixels(tofu);
		const same = [...new Set(han)].filter(ch => pixels(ch) === box);
		return {count: han.length, text: han.join(''), width: width(han.join('')), tofu: width(tofu.repeat(han.length)),
			font: cs ? cs.fontFamily : '', asTofu: same.join('')};
	})()`, chromedp.EvalAwaitPromise))
}

// glyphWidths is what glyphs measured.
type glyphWidths struct {
	Count  int     `json:"count"` // Han characters measured
	Text   string  `json:"text"`
	Width  float64 `json:"width"`  // their width in a Latin-first font, CSS pixels
	Tofu   float64 `json:"tofu"`   // the width of as many missing glyphs
	Font   string  `json:"font"`   // the labels' font family
	AsTofu string  `json:"asTofu"` // the characters drawn like the missing glyph in that font
}

// tofu reports whether the Chinese text is missing or drawn as missing
// glyphs.
func (g glyphWidths) tofu() bool {
	return g.Count == 0 || g.Width == g.Tofu || g.AsTofu != ""
}

func (g glyphWidths) String() string {
	return fmt.Sprintf("%d Han characters %q are %.1fpx wide, as many missing glyphs %.1fpx; drawn like a missing glyph in %s: %q",
		g.Count, g.Text, g.Width, g.Tofu, g.Font, g.AsTofu)
}

// mediaBox returns the size of the first page of a PDF, in points.
func mediaBox(pdf []byte) (w, h float64, ok bool) {
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		return 0, 0, false
	}
	m := regexp.MustCompile(`/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]`).FindSubmatch(pdf)
	if m == nil {
		return 0, 0, false
	}
	var v [4]float64
	for i := range v {
		v[i], _ = strconv.ParseFloat(string(m[i+1]), 64)
	}
	return v[2] - v[0], v[3] - v[1], true
}

// outDir is where screenshots and PDFs go: $OUT, or a new temporary
// directory that outlives the test so that a person can look at them.
var outDir = sync.OnceValues(func() (string, error) {
	if d := os.Getenv("OUT"); d != "" {
		return d, os.MkdirAll(d, 0o755)
	}
	return os.MkdirTemp("", "webcheck-")
})

// save writes one file to outDir and logs its path.
func save(t *testing.T, name string, data []byte) {
	t.Helper()
	dir, err := outDir()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("saved %s (%d bytes)", path, len(data))
}
