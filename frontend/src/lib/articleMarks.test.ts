import { describe, expect, it } from 'vitest';
import { NO_MARKS, markRange, removeLabel, toggleMark } from './articleMarks';

// rows 0..5 hold articles 10..15; row 4's page has not arrived
const idAt = (i: number) => (i === 4 ? undefined : i >= 0 && i <= 5 ? 10 + i : undefined);

describe('article marks', () => {
  it('Ctrl+click picks the open article with the clicked one, then adds and takes out', () => {
    let m = toggleMark(NO_MARKS, 12, 2, 10);
    expect(m.ids).toEqual([10, 12]);
    m = toggleMark(m, 13, 3, 10);
    expect(m.ids).toEqual([10, 12, 13]);
    m = toggleMark(m, 12, 2, 10);
    expect(m).toEqual({ ids: [10, 13], anchor: 2 });
  });

  it('Ctrl+click on the open article alone, or with none open, picks just it', () => {
    expect(toggleMark(NO_MARKS, 10, 0, 10).ids).toEqual([10]);
    expect(toggleMark(NO_MARKS, 11, 1, null).ids).toEqual([11]);
  });

  it('Shift+click picks the rows from the open article to the clicked one, either way, skipping rows not loaded', () => {
    expect(markRange(NO_MARKS, 3, 1, idAt).ids).toEqual([11, 12, 13]);
    expect(markRange(NO_MARKS, 1, 3, idAt).ids).toEqual([13, 12, 11]);
    expect(markRange(NO_MARKS, 5, 2, idAt).ids).toEqual([12, 13, 15]);
  });

  it('Shift+click counts from the last Ctrl+click and adds to the pick', () => {
    let m = toggleMark(NO_MARKS, 10, 0, null);
    m = toggleMark(m, 13, 3, null);
    m = markRange(m, 5, -1, idAt);
    expect(m.ids).toEqual([10, 13, 15]);
    expect(m.anchor).toBe(3);
  });

  it('Shift+click with nothing open picks the clicked row', () => {
    expect(markRange(NO_MARKS, 2, -1, idAt).ids).toEqual([12]);
  });

  it('says how many', () => {
    expect(removeLabel(1)).toBe('Remove 1 article…');
    expect(removeLabel(3)).toBe('Remove 3 articles…');
  });
});
