// Keyboard shortcuts: the one list the overlay shows and the key handler
// matches. Pure, so "never while typing" is tested without a browser.
import { ENTITY_TYPES, type EntityType } from './palette';

export type Action =
  | 'entity'
  | 'claim'
  | 'note'
  | 'tag'
  | 'next'
  | 'prev'
  | 'delete'
  | 'escape'
  | 'search'
  | 'help'
  | 'undo'
  | 'redo'
  | 'extendStart'
  | 'shrinkStart'
  | 'extendEnd'
  | 'shrinkEnd'
  | 'accept'
  | 'reject'
  | 'view';

export interface Shortcut {
  keys: string;
  action: Action | 'type';
  description: string;
}

/** Every shortcut, as the ? overlay lists them. */
export const SHORTCUTS: Shortcut[] = [
  { keys: 'E', action: 'entity', description: 'Tag the selected text as an entity' },
  { keys: '1 – 7', action: 'type', description: 'In the entity menu: person, organisation, place, date, number, quote, event' },
  { keys: 'C', action: 'claim', description: 'Mark the selected text as a claim mention' },
  { keys: 'N', action: 'note', description: 'Add a note to the selected text' },
  { keys: 'T', action: 'tag', description: 'Add tags to the selected text' },
  { keys: 'J / K', action: 'next', description: 'Select the next / previous span' },
  { keys: '[ / ]', action: 'extendStart', description: 'Extend the selected span by a word at the start / end' },
  { keys: '{ / }', action: 'shrinkStart', description: 'Shrink the selected span by a word at the start / end' },
  { keys: 'A / R', action: 'accept', description: 'Accept / reject the selected suggestion (then the next one waiting is selected)' },
  { keys: '1 – 7', action: 'type', description: 'On a selected suggestion (no menu open): accept it as person, organisation, place, date, number, quote, event' },
  { keys: 'Delete', action: 'delete', description: 'Delete the selected span (undoable)' },
  { keys: 'Ctrl+Z', action: 'undo', description: 'Undo' },
  { keys: 'Ctrl+Shift+Z, Ctrl+Y', action: 'redo', description: 'Redo' },
  { keys: '/', action: 'search', description: 'Search' },
  { keys: 'Alt+1 – Alt+8', action: 'view', description: 'Switch view: Reader, Claims, Matrix, Sources, Entities, Search, Tags, Suggestions' },
  { keys: '← / →, Shift+← / →', action: 'type', description: 'In the focused article text (Tab to it): select the previous / next word; add or take back a word at the end; Enter annotates the selection' },
  { keys: '↑ / ↓, Shift+↑ / ↓', action: 'type', description: 'In the focused article text: select the first word of the previous / next sentence; take back or add a sentence at the end' },
  { keys: 'Ctrl+↑ / ↓', action: 'type', description: 'In the focused article text: select the first word of the previous / next paragraph' },
  { keys: 'Ctrl+click, Shift+click, Ctrl+Space', action: 'type', description: 'In the article list: pick several articles (a range with Shift), to remove them together' },
  { keys: 'Escape', action: 'escape', description: 'Close menus and dialogs; clear the selection' },
  { keys: '?', action: 'help', description: 'Show these shortcuts' },
];

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** The focused element's tag and whether it is editable. */
  target?: { tagName?: string; isContentEditable?: boolean; type?: string } | null;
}

/** True when the key goes into a text field (shortcuts must not fire). */
export function isTyping(t: KeyLike['target']): boolean {
  if (!t) return false;
  if (t.isContentEditable) return true;
  const tag = (t.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (t.type ?? 'text').toLowerCase();
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(type);
  }
  return false;
}

/**
 * True when the focused field has an undo of its own (text being typed): Ctrl+Z is the
 * field's. A select has none: Ctrl+Z there (just after changing a mention's stance in it)
 * must undo the change, not do nothing.
 */
export function hasOwnUndo(t: KeyLike['target']): boolean {
  return isTyping(t) && (t?.tagName ?? '').toUpperCase() !== 'SELECT';
}

/**
 * The entity type a digit key accepts a selected suggestion as (1 person … 7 event, the
 * entity menu's numbers), or null: another key, a modifier held, or typing in a field.
 */
export function acceptAsType(e: KeyLike): EntityType | null {
  if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return null;
  return ENTITY_TYPES[typeKey(e.key)] ?? null;
}

/** The action for a key press, or null. Undo/redo work everywhere but in text fields; Escape everywhere. */
export function actionFor(e: KeyLike): Action | null {
  if (e.key === 'Escape') return 'escape';
  const typing = isTyping(e.target);
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey) {
    if (hasOwnUndo(e.target)) return null; // the field's own undo
    const k = e.key.toLowerCase();
    if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (k === 'y' && !e.shiftKey) return 'redo';
    return null;
  }
  if (typing || e.altKey || mod) return null;
  switch (e.key) {
    case 'e':
    case 'E':
      return 'entity';
    case 'c':
    case 'C':
      return 'claim';
    case 'n':
    case 'N':
      return 'note';
    case 't':
    case 'T':
      return 'tag';
    case 'j':
    case 'J':
      return 'next';
    case 'k':
    case 'K':
      return 'prev';
    case 'a':
    case 'A':
      return 'accept';
    case 'r':
    case 'R':
      return 'reject';
    case 'Delete':
      return 'delete';
    case '/':
      return 'search';
    case '?':
      return 'help';
    case '[':
      return 'extendStart';
    case '{':
      return 'shrinkStart';
    case ']':
      return 'extendEnd';
    case '}':
      return 'shrinkEnd';
    default:
      return null;
  }
}

/** Entity type index (0–6) for keys 1–7, else -1. */
export function typeKey(key: string): number {
  const n = key.length === 1 ? key.charCodeAt(0) - 49 : -1;
  return n >= 0 && n < 7 ? n : -1;
}

/**
 * The view a key switches to: Alt+1 … Alt+9 give index 0 … 8 in the tab order (Reader
 * first), anywhere, even in a text field (Alt+digit types nothing); -1 for other keys.
 * Uses the key's code, so it works whatever the keyboard layout puts on the digit keys.
 */
export function viewIndexFor(e: { code?: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): number {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return -1;
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code ?? '');
  return m ? Number(m[1]) - 1 : -1;
}
