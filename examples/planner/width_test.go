package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		width int
		want  []string
	}{
		{"text: words wrap at spaces", "Analytics on Microsoft Azure", 24, []string{"Analytics on Microsoft", "Azure"}},
		{"text: a word longer than the line is cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"text: Han characters take two cells", "数据仓库到迁移", 6, []string{"数据仓", "库到迁", "移"}},
		{"text: closing punctuation never starts a line", "续订窗口，开启", 8, []string{"续订窗", "口，开启"}},
		{"text: opening punctuation never ends a line", "不续订（REN-1）", 10, []string{"不续订", "（REN-1）"}},
		{"text: mixed scripts break between them", "Azure 上的分析", 10, []string{"Azure 上的", "分析"}},
		{"text: line breaks are kept", "a\nb", 10, []string{"a", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, wrap(tt.in, tt.width)); diff != "" {
				t.Errorf("wrap(%q, %d) (-want +got):\n%s", tt.in, tt.width, diff)
			}
		})
	}
}

func FuzzWrap(f *testing.F) {
	f.Add("专用化 Microsoft Azure 上的分析 在 2027-01-01 周年日期(第 2 个续订年)的续订窗口", 20)
	f.Add("The renewal window of analytics-on-microsoft-azure", 7)
	f.Fuzz(func(t *testing.T, s string, width int) {
		width = 2 + abs(width)%100
		lines := wrap(s, width)
		for _, l := range lines {
			if cells(l) > width {
				t.Fatalf("wrap(%q, %d): line %q is %d cells", s, width, l, cells(l))
			}
		}
		// Nothing but spaces is lost.
		squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
		// Lines are joined with a line break, as they are shown: joined with
		// nothing, an invalid byte ending one line and one starting the next
		// could read as a space (\xc2 + \xa0 is U+00A0).
		if got, want := squash(strings.Join(lines, "\n")), squash(s); got != want {
			t.Fatalf("wrap(%q, %d) lost text: %q", s, width, lines)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
