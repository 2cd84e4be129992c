import { describe, expect, it } from 'vitest';
import { listWindow, pagesFor, scrollToRow, rowForKey } from './virtual';

describe('listWindow', () => {
  it('renders the visible rows and the overscan, with padding for the rest', () => {
    // 20,000 rows of 50 px, a 400 px viewport scrolled to row 100.
    const w = listWindow(5000, 400, 50, 20000, 3);
    expect(w).toEqual({ start: 97, end: 111, padTop: 97 * 50, padBottom: (20000 - 111) * 50 });
    expect(w.padTop + (w.end - w.start) * 50 + w.padBottom).toBe(20000 * 50);
  });

  it('clamps at the top and the bottom', () => {
    expect(listWindow(0, 400, 50, 20000, 3)).toMatchObject({ start: 0, end: 11, padTop: 0 });
    const bottom = listWindow(20000 * 50 - 400, 400, 50, 20000, 3);
    expect(bottom).toMatchObject({ start: 19989, end: 20000, padBottom: 0 });
    // Overscrolled (elastic scrolling, a list that shrank under the scroll position).
    expect(listWindow(1e9, 400, 50, 10, 2)).toMatchObject({ start: 7, end: 10, padBottom: 0 });
    expect(listWindow(-30, 400, 50, 10, 2)).toMatchObject({ start: 0, end: 10 });
  });

  it('renders at least one row even before the viewport is measured', () => {
    expect(listWindow(0, 0, 50, 100, 0)).toEqual({ start: 0, end: 1, padTop: 0, padBottom: 99 * 50 });
  });

  it('is empty for no rows', () => {
    expect(listWindow(0, 400, 50, 0)).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
    expect(listWindow(0, 400, 0, 10)).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
  });

  it('costs the same for a million rows (only the window is computed)', () => {
    const w = listWindow(123456 * 20, 600, 20, 1_000_000, 5);
    expect(w.end - w.start).toBe(30 + 10);
  });
});

describe('scrollToRow', () => {
  it('moves as little as needed, and not at all when the row is visible', () => {
    expect(scrollToRow(10, 0, 400, 50)).toBe(550 - 400); // below: its bottom at the viewport's bottom
    expect(scrollToRow(2, 500, 400, 50)).toBe(100); // above: its top at the viewport's top
    expect(scrollToRow(12, 500, 400, 50)).toBe(500); // visible
    expect(scrollToRow(0, 0, 0, 50)).toBe(0);
  });
});

describe('pagesFor', () => {
  it('lists the pages a range of rows falls on', () => {
    expect(pagesFor(0, 10, 100)).toEqual([0]);
    expect(pagesFor(95, 105, 100)).toEqual([0, 1]);
    expect(pagesFor(100, 200, 100)).toEqual([1]);
    expect(pagesFor(5, 5, 100)).toEqual([]);
  });
});

describe('rowForKey', () => {
  it('moves one row, a page, or to the ends, within the list', () => {
    expect(rowForKey('ArrowDown', 3, 10, 4)).toBe(4);
    expect(rowForKey('ArrowDown', 9, 10, 4)).toBe(9);
    expect(rowForKey('ArrowUp', 0, 10, 4)).toBe(0);
    expect(rowForKey('ArrowUp', 5, 10, 4)).toBe(4);
    expect(rowForKey('PageDown', 8, 10, 4)).toBe(9);
    expect(rowForKey('PageDown', 1, 10, 4)).toBe(5);
    expect(rowForKey('PageUp', 2, 10, 4)).toBe(0);
    expect(rowForKey('Home', 7, 10, 4)).toBe(0);
    expect(rowForKey('End', 2, 50000, 4)).toBe(49999);
  });
  it('pages at least one row, and ignores other keys', () => {
    expect(rowForKey('PageDown', 1, 10, 0)).toBe(2);
    expect(rowForKey('a', 1, 10, 4)).toBe(-1);
    expect(rowForKey('Enter', 1, 10, 4)).toBe(-1);
  });
});
