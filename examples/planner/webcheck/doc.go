// Package webcheck checks what the planner (../) writes with the programs
// that read it: the HTML page in headless Chromium through chromedp
// (layout, glyphs, console, print) and the iCalendar file with
// github.com/arran4/golang-ical. It holds no code but its tests.
//
// It is a module of its own so that the library's module graph never holds
// a browser driver: `go get github.com/partnerkit/specializations` and the
// root module's `go test ./...` never see it. Run it from this directory:
//
//	go test ./...
//
// The browser tests need Chromium and a CJK font (Debian: apt-get install
// chromium fonts-noto-cjk). Without Chromium they say so and skip, unless
// CI=true, where they fail. Screenshots and PDFs go to $OUT, or to a new
// temporary directory; the tests log their paths (go test -v).
package webcheck
