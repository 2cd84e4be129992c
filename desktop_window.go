package main

// Window size bounds: the saved size is used only within these, so a corrupt or stale
// settings file cannot open a window too small to use or far larger than any screen.
const (
	defaultWidth, defaultHeight = 1280, 820
	minWidth, minHeight         = 720, 480
	maxWidth, maxHeight         = 7680, 4320
)

// windowSize is the size to open the window at: the saved one, bounded, else the default.
func windowSize(p prefs) (width, height int) {
	w, h, ok := p.windowSize()
	if !ok || w <= 0 || h <= 0 {
		return defaultWidth, defaultHeight
	}
	return clamp(w, minWidth, maxWidth), clamp(h, minHeight, maxHeight)
}

func clamp(v, lo, hi int) int {
	return max(lo, min(v, hi))
}
