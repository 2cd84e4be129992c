import { describe, expect, it } from 'vitest';
import { historyTitles, menuItemForKey, showsFileMenu, splitPath, tabForKey } from './topBar';

describe('splitPath', () => {
  it('splits a POSIX or Windows path into folder and file name', () => {
    expect(splitPath('/home/anna/cases/korea.db')).toEqual({ dir: '/home/anna/cases/', file: 'korea.db' });
    expect(splitPath('C:\\Users\\anna\\korea.db')).toEqual({ dir: 'C:\\Users\\anna\\', file: 'korea.db' });
    expect(splitPath('korea.db')).toEqual({ dir: '', file: 'korea.db' });
    expect(splitPath('')).toEqual({ dir: '', file: '' });
  });
});

describe('historyTitles', () => {
  it('names what undo and redo would do, with their keys', () => {
    expect(historyTitles({ canUndo: true, canRedo: true, undoLabel: 'Tag “Kim” as person', redoLabel: 'Delete “KCNA”', undoNote: '' })).toEqual({
      undo: 'Undo Tag “Kim” as person (Ctrl+Z)',
      redo: 'Redo Delete “KCNA” (Ctrl+Shift+Z)',
    });
  });

  it('says what Undo leaves when Go says so (after an import: the import stays)', () => {
    const h = { canUndo: true, canRedo: false, undoLabel: 'suggest 3 entities in “Ferry”', redoLabel: '', undoNote: 'not the import' };
    expect(historyTitles(h).undo).toBe('Undo suggest 3 entities in “Ferry” (Ctrl+Z): not the import');
  });

  it('says when there is nothing, whatever label is left over', () => {
    expect(historyTitles({ canUndo: false, canRedo: false, undoLabel: 'stale', redoLabel: 'stale', undoNote: '' })).toEqual({
      undo: 'Nothing to undo',
      redo: 'Nothing to redo',
    });
  });
});

describe('tabForKey', () => {
  it('moves right and left, wrapping at both ends', () => {
    expect(tabForKey('ArrowRight', 0, 4)).toBe(1);
    expect(tabForKey('ArrowRight', 3, 4)).toBe(0);
    expect(tabForKey('ArrowLeft', 0, 4)).toBe(3);
    expect(tabForKey('ArrowLeft', 2, 4)).toBe(1);
  });

  it('ignores other keys and an empty bar', () => {
    expect(tabForKey('ArrowDown', 1, 4)).toBe(-1);
    expect(tabForKey('ArrowRight', 0, 0)).toBe(-1);
  });
});

describe('menuItemForKey', () => {
  it('moves down and up with wrapping, to the ends with Home/End, and ignores other keys', () => {
    expect(menuItemForKey('ArrowDown', 0, 3)).toBe(1);
    expect(menuItemForKey('ArrowDown', 2, 3)).toBe(0);
    expect(menuItemForKey('ArrowUp', 0, 3)).toBe(2);
    expect(menuItemForKey('ArrowUp', 2, 3)).toBe(1);
    expect(menuItemForKey('Home', 2, 3)).toBe(0);
    expect(menuItemForKey('End', 0, 3)).toBe(2);
    expect(menuItemForKey('Enter', 0, 3)).toBe(-1);
    expect(menuItemForKey('ArrowDown', 0, 0)).toBe(-1);
  });
});

describe('showsFileMenu', () => {
  it('leaves the File menu to the native menu bar in the desktop window, shows it in a browser', () => {
    expect(showsFileMenu('wails')).toBe(false);
    expect(showsFileMenu('browser')).toBe(true);
  });
});
