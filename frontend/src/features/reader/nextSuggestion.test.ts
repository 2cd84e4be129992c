import { describe, expect, it } from 'vitest';
import { nextSuggestion } from './nextSuggestion';

const s = (id: number, start: number, end: number, state = 'suggested') => ({ id, start, end, state });

describe('nextSuggestion', () => {
  it('takes the next waiting suggestion in the text, not the next in the list', () => {
    const list = [s(9, 50, 55), s(2, 10, 15), s(5, 30, 35, 'accepted'), s(7, 40, 44)];
    expect(nextSuggestion(list, s(2, 10, 15, 'accepted'))).toBe(7);
  });
  it('goes back to the first one when none waits after it', () => {
    expect(nextSuggestion([s(1, 0, 4), s(3, 90, 95)], s(3, 90, 95, 'accepted'))).toBe(1);
  });
  it('orders spans at one start by their end, then id, and never picks the decided one', () => {
    const list = [s(4, 10, 20), s(3, 10, 12), s(6, 10, 12)];
    expect(nextSuggestion(list, s(3, 10, 12))).toBe(6);
    expect(nextSuggestion(list, s(6, 10, 12))).toBe(4);
  });
  it('is null when nothing waits', () => {
    expect(nextSuggestion([s(1, 0, 4, 'accepted')], s(1, 0, 4, 'accepted'))).toBeNull();
    expect(nextSuggestion([], s(1, 0, 4))).toBeNull();
  });
});
