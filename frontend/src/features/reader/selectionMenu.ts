// Pure logic of the selection menu: where it sits, and the tags typed into it.

/**
 * Where the menu goes: at the selection (x, y), kept 8 px inside the window; when it
 * would run off the bottom it opens above the selection instead (36 px: the line).
 */
export function placeMenu(at: { x: number; y: number }, menu: { width: number; height: number }, win: { width: number; height: number }): { x: number; y: number } {
  return {
    x: Math.max(8, Math.min(at.x, win.width - menu.width - 8)),
    y: at.y + menu.height > win.height - 8 ? Math.max(8, at.y - menu.height - 36) : at.y,
  };
}

/** The tag names typed as "a, b, c": trimmed, empty ones left out. */
export function tagNames(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}
