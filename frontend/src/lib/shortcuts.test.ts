import { describe, expect, it } from 'vitest';
import { SHORTCUTS, acceptAsType, actionFor, hasOwnUndo, isTyping, typeKey, viewIndexFor, type KeyLike } from './shortcuts';

const key = (k: string, o: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: { tagName: 'DIV' }, ...o });

describe('actionFor', () => {
  it('maps the single-letter shortcuts', () => {
    expect(actionFor(key('e'))).toBe('entity');
    expect(actionFor(key('C', { shiftKey: true }))).toBe('claim');
    expect(actionFor(key('n'))).toBe('note');
    expect(actionFor(key('t'))).toBe('tag');
    expect(actionFor(key('j'))).toBe('next');
    expect(actionFor(key('k'))).toBe('prev');
    expect(actionFor(key('Delete'))).toBe('delete');
    expect(actionFor(key('/'))).toBe('search');
    expect(actionFor(key('?', { shiftKey: true }))).toBe('help');
    expect(actionFor(key('['))).toBe('extendStart');
    expect(actionFor(key('}'))).toBe('shrinkEnd');
    expect(actionFor(key('x'))).toBeNull();
  });

  it('maps undo and redo, with Ctrl or Cmd', () => {
    expect(actionFor(key('z', { ctrlKey: true }))).toBe('undo');
    expect(actionFor(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(actionFor(key('y', { ctrlKey: true }))).toBe('redo');
    expect(actionFor(key('z', { metaKey: true }))).toBe('undo');
    expect(actionFor(key('e', { ctrlKey: true }))).toBeNull();
    expect(actionFor(key('e', { altKey: true }))).toBeNull();
  });

  it('does nothing while typing, except Escape', () => {
    for (const target of [{ tagName: 'INPUT' }, { tagName: 'input', type: 'search' }, { tagName: 'TEXTAREA' }, { tagName: 'SELECT' }, { tagName: 'DIV', isContentEditable: true }]) {
      expect(actionFor(key('e', { target }))).toBeNull();
      expect(actionFor(key('Delete', { target }))).toBeNull();
      if (target.tagName !== 'SELECT') expect(actionFor(key('z', { ctrlKey: true, target }))).toBeNull();
      expect(actionFor(key('Escape', { target }))).toBe('escape');
    }
    expect(isTyping({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTyping({ tagName: 'BUTTON' })).toBe(false);
    expect(isTyping(null)).toBe(false);
  });

  it('undoes and redoes in a select, which has no undo of its own (a stance just changed)', () => {
    const target = { tagName: 'SELECT' };
    expect(actionFor(key('z', { ctrlKey: true, target }))).toBe('undo');
    expect(actionFor(key('z', { ctrlKey: true, shiftKey: true, target }))).toBe('redo');
    expect(actionFor(key('y', { ctrlKey: true, target }))).toBe('redo');
    expect(actionFor(key('e', { target }))).toBeNull(); // a letter still picks an option
    expect(hasOwnUndo(target)).toBe(false);
    expect(hasOwnUndo({ tagName: 'TEXTAREA' })).toBe(true);
    expect(hasOwnUndo({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
  });

  it('maps 1–7 to entity types', () => {
    expect(['1', '4', '7', '8', '0', 'a'].map(typeKey)).toEqual([0, 3, 6, -1, -1, -1]);
  });

  // The overlay keys its rows by description ({#each … (s.description)}): two rows with one
  // description would throw each_key_duplicate and leave the overlay empty. Two rows may share
  // keys ("1 – 7" in the entity menu and on a selected suggestion).
  it('gives every row its own description', () => {
    const seen = new Set(SHORTCUTS.map((s) => s.description));
    expect(seen.size).toBe(SHORTCUTS.length);
  });

  it('lists every action in the overlay', () => {
    const listed = new Set(SHORTCUTS.map((s) => s.action));
    for (const a of ['entity', 'claim', 'note', 'tag', 'next', 'delete', 'undo', 'redo', 'search', 'escape', 'help', 'type', 'view']) {
      expect(listed.has(a as never)).toBe(true);
    }
  });
});

describe('viewIndexFor', () => {
  const k = (code: string, o: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
    code,
    altKey: true,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...o,
  });
  it('maps Alt+1 … Alt+9 (top row or keypad) to the views in tab order', () => {
    expect(viewIndexFor(k('Digit1'))).toBe(0);
    expect(viewIndexFor(k('Digit2'))).toBe(1);
    expect(viewIndexFor(k('Numpad8'))).toBe(7);
  });
  it('ignores digits without Alt, with other modifiers, and other keys', () => {
    expect(viewIndexFor(k('Digit1', { altKey: false }))).toBe(-1);
    expect(viewIndexFor(k('Digit1', { ctrlKey: true }))).toBe(-1);
    expect(viewIndexFor(k('Digit0'))).toBe(-1);
    expect(viewIndexFor(k('KeyE'))).toBe(-1);
  });
});

describe('acceptAsType', () => {
  it('gives the entity menu\'s type for 1 – 7', () => {
    expect(acceptAsType(key('1'))).toBe('person');
    expect(acceptAsType(key('3'))).toBe('place');
    expect(acceptAsType(key('7'))).toBe('event');
  });
  it('is null for other keys, with a modifier, and while typing', () => {
    expect(acceptAsType(key('8'))).toBeNull();
    expect(acceptAsType(key('a'))).toBeNull();
    expect(acceptAsType(key('2', { altKey: true }))).toBeNull();
    expect(acceptAsType(key('2', { ctrlKey: true }))).toBeNull();
    expect(acceptAsType(key('2', { target: { tagName: 'INPUT', type: 'text' } }))).toBeNull();
  });
});
