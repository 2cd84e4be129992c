import { describe, expect, it } from 'vitest';
import { placeMenu, tagNames } from './selectionMenu';

const win = { width: 1280, height: 820 };
const menu = { width: 300, height: 200 };

describe('placeMenu', () => {
  it('opens at the selection when it fits', () => {
    expect(placeMenu({ x: 100, y: 300 }, menu, win)).toEqual({ x: 100, y: 300 });
  });

  it('keeps 8 px inside the right and left edges', () => {
    expect(placeMenu({ x: 1200, y: 300 }, menu, win).x).toBe(1280 - 300 - 8);
    expect(placeMenu({ x: -50, y: 300 }, menu, win).x).toBe(8);
  });

  it('opens above the selection when it would run off the bottom, never above the top', () => {
    expect(placeMenu({ x: 100, y: 700 }, menu, win).y).toBe(700 - 200 - 36);
    expect(placeMenu({ x: 100, y: 100 }, { width: 300, height: 900 }, win).y).toBe(8);
  });
});

describe('tagNames', () => {
  it('splits on commas, trims, and leaves out empty names', () => {
    expect(tagNames(' disputed, origin:kcna ,, ')).toEqual(['disputed', 'origin:kcna']);
    expect(tagNames('   ')).toEqual([]);
  });
});
