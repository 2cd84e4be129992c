import { describe, expect, it } from 'vitest';
import { MIN_WINDOW, covers, paintWindow } from './paintWindow';

describe('paintWindow', () => {
  it('widens the visible range by a view each side', () => {
    expect(paintWindow({ start: 5000, end: 6000 }, 20000)).toEqual({ start: 4000, end: 7000 });
    expect(paintWindow({ start: 5000, end: 6000 }, 20000, 0.5)).toEqual({ start: 4500, end: 6500 });
  });

  it('clamps to the text', () => {
    expect(paintWindow({ start: 100, end: 1100 }, 1500)).toEqual({ start: 0, end: 1500 });
    expect(paintWindow({ start: -5, end: 99999 }, 1500)).toEqual({ start: 0, end: 1500 });
  });

  it('keeps a minimum size when nothing measurable is visible', () => {
    const w = paintWindow({ start: 3000, end: 3000 }, 10000);
    expect(w.end - w.start).toBe(MIN_WINDOW);
  });
});

describe('covers', () => {
  const painted = { start: 4000, end: 7000 };
  it('holds while the view stays half a view away from the edges', () => {
    expect(covers(painted, { start: 5000, end: 6000 }, 20000)).toBe(true);
    expect(covers(painted, { start: 4500, end: 5500 }, 20000)).toBe(true);
  });
  it('fails near an edge, so the window moves before unpainted text shows', () => {
    expect(covers(painted, { start: 4400, end: 5400 }, 20000)).toBe(false);
    expect(covers(painted, { start: 5700, end: 6700 }, 20000)).toBe(false);
    expect(covers(painted, { start: 8000, end: 9000 }, 20000)).toBe(false);
  });
  it('an edge at the text end needs no spare', () => {
    expect(covers({ start: 0, end: 3000 }, { start: 0, end: 1000 }, 20000)).toBe(true);
    expect(covers({ start: 17000, end: 20000 }, { start: 19000, end: 20000 }, 20000)).toBe(true);
  });
});
