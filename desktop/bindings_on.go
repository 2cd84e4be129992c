//go:build bindings

package desktop

// generatingBindings is true in the build `wails generate module` runs: that build only
// reads the bound services' methods and exits, so it must not open (and perhaps migrate)
// the user's real workspace.
const generatingBindings = true
