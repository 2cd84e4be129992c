package desktop

// Window size bounds: the saved size is used only within these, so a corrupt or stale
// settings file cannot open a window too small to use or far larger than any screen.
const (
	defaultWidth, defaultHeight = 1280, 820
	minWidth, minHeight         = 720, 480
	maxWidth, maxHeight         = 7680, 4320
)

// size is a window's or a screen's width and height in pixels.
type size struct{ width, height int }

// openingSize is the size to open the window at: the saved one (ok false when it could
// not be read), bounded, else the default.
func openingSize(saved size, ok bool) size {
	if !ok || saved.width <= 0 || saved.height <= 0 {
		return size{defaultWidth, defaultHeight}
	}
	return size{clamp(saved.width, minWidth, maxWidth), clamp(saved.height, minHeight, maxHeight)}
}

// fitScreen shrinks a window larger than the screen it opened on (a size saved on a
// bigger monitor) to that screen, never below the minimum; changed is false when the
// window already fits or the screen's size is unknown.
func fitScreen(window, screen size) (fitted size, changed bool) {
	if screen.width <= 0 || screen.height <= 0 {
		return window, false
	}
	fitted = size{
		max(minWidth, min(window.width, screen.width)),
		max(minHeight, min(window.height, screen.height)),
	}
	return fitted, fitted != window
}

func clamp(v, lo, hi int) int {
	return max(lo, min(v, hi))
}
