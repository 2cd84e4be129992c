// Pure logic of the top bar: the workspace path as shown, the undo/redo buttons'
// titles, and the view tabs' arrow keys.
import type { HistoryState } from '../../api/history';
import type { Mode } from '../../api';

/**
 * Whether the top bar shows its File menu. The desktop window has one File menu, the native
 * one: it is where a desktop user looks, it holds what only the window can do (New, Open,
 * Open Recent, Quit) with their keys (Ctrl+N, Ctrl+O, Ctrl+Q), and it has every item the
 * bar's menu has (Import…, Export…, Merge…). Two File menus offered each action twice, in
 * two places with two lists. A browser has no native menu of ours: there the bar's is the
 * only one.
 */
export function showsFileMenu(m: Mode): boolean {
  return m !== 'wails';
}

/** The path split so a long folder can be cut with an ellipsis while the file name stays. */
export function splitPath(path: string): { dir: string; file: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1;
  return { dir: path.slice(0, cut), file: path.slice(cut) };
}

/** The Undo and Redo buttons' titles: what they would do, with the key, or that there is nothing. */
export function historyTitles(h: HistoryState): { undo: string; redo: string } {
  return {
    undo: h.canUndo ? `Undo ${h.undoLabel} (Ctrl+Z)${h.undoNote ? `: ${h.undoNote}` : ''}` : 'Nothing to undo',
    redo: h.canRedo ? `Redo ${h.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo',
  };
}

/** The tab ←/→ moves to from tab `at` of `count`, wrapping; -1 for any other key. */
export function tabForKey(key: string, at: number, count: number): number {
  if (count === 0) return -1;
  if (key === 'ArrowRight') return (at + 1) % count;
  if (key === 'ArrowLeft') return (at - 1 + count) % count;
  return -1;
}

/** The menu item ↓/↑/Home/End moves to from item `at` of `count` (↓/↑ wrap); -1 for any other key. */
export function menuItemForKey(key: string, at: number, count: number): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return (at + 1) % count;
  if (key === 'ArrowUp') return (at - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return -1;
}
