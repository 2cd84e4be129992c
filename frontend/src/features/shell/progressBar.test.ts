import { describe, expect, it } from 'vitest';
import { ariaText, countText, percentDone } from './progressBar';

describe('progress bar text', () => {
  it('a task of known size: a rounded percentage, never over 100', () => {
    expect(percentDone({ done: 1, total: 3 })).toBe(33);
    expect(percentDone({ done: 12, total: 10 })).toBe(100);
    expect(countText({ done: 3, total: 10 })).toBe('3 / 10');
    expect(ariaText({ done: 3, total: 10 })).toBe('3 of 10');
  });

  it('a task of unknown size: an indeterminate bar that says it is starting', () => {
    expect(percentDone({ done: 5, total: 0 })).toBeNull();
    expect(countText({ done: 5, total: 0 })).toBe('…');
    expect(ariaText({ done: 0, total: 0 })).toBe('starting');
  });
});
