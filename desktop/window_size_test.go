package desktop

import (
	"testing"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

func TestOpeningSize(t *testing.T) {
	for _, c := range []struct {
		name  string
		saved size
		ok    bool
		want  size
	}{
		{"saved size used", size{1000, 700}, true, size{1000, 700}},
		{"unreadable settings: default", size{1000, 700}, false, size{defaultWidth, defaultHeight}},
		{"nothing saved: default", size{0, 0}, true, size{defaultWidth, defaultHeight}},
		{"negative width: default", size{-5, 700}, true, size{defaultWidth, defaultHeight}},
		{"too small: raised to the minimum", size{100, 50}, true, size{minWidth, minHeight}},
		{"absurdly large: lowered to the maximum", size{100000, 90000}, true, size{maxWidth, maxHeight}},
		{"one side out of bounds", size{900, 10}, true, size{900, minHeight}},
	} {
		if got := openingSize(c.saved, c.ok); got != c.want {
			t.Errorf("%s: openingSize(%v, %v) = %v, want %v", c.name, c.saved, c.ok, got, c.want)
		}
	}
}

func TestFitScreen(t *testing.T) {
	for _, c := range []struct {
		name           string
		window, screen size
		want           size
		changed        bool
	}{
		{"fits: unchanged", size{1280, 820}, size{1920, 1080}, size{1280, 820}, false},
		{"exactly the screen: unchanged", size{1280, 820}, size{1280, 820}, size{1280, 820}, false},
		{"saved on a bigger monitor: shrunk", size{2500, 1400}, size{1366, 768}, size{1366, 768}, true},
		{"only too tall", size{1000, 1400}, size{1920, 1080}, size{1000, 1080}, true},
		{"tiny screen: never below the minimum", size{1280, 820}, size{640, 400}, size{minWidth, minHeight}, true},
		{"unknown screen: unchanged", size{5000, 3000}, size{0, 0}, size{5000, 3000}, false},
	} {
		got, changed := fitScreen(c.window, c.screen)
		if got != c.want || changed != c.changed {
			t.Errorf("%s: fitScreen(%v, %v) = %v, %v; want %v, %v", c.name, c.window, c.screen, got, changed, c.want, c.changed)
		}
	}
}

func TestScreenOf(t *testing.T) {
	scr := func(w, h int, current, primary bool) runtime.Screen {
		s := runtime.Screen{IsCurrent: current, IsPrimary: primary}
		s.Size.Width, s.Size.Height = w, h
		return s
	}
	if got := screenOf(nil); got != (size{}) {
		t.Errorf("no screens: %v, want zero", got)
	}
	if got := screenOf([]runtime.Screen{scr(800, 600, false, false), scr(1920, 1080, false, true), scr(2560, 1440, true, false)}); got != (size{2560, 1440}) {
		t.Errorf("the window's screen comes first: %v", got)
	}
	if got := screenOf([]runtime.Screen{scr(800, 600, false, false), scr(1920, 1080, false, true)}); got != (size{1920, 1080}) {
		t.Errorf("then the primary one: %v", got)
	}
	if got := screenOf([]runtime.Screen{scr(800, 600, false, false), scr(1920, 1080, false, false)}); got != (size{800, 600}) {
		t.Errorf("then the first: %v", got)
	}
}
