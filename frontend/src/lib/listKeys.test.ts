import { describe, expect, it } from 'vitest';
import { resultsKeyStep } from './listKeys';

describe('resultsKeyStep', () => {
  it('goes down from the box to the first result and back up to the box', () => {
    expect(resultsKeyStep('ArrowDown', -1, 3, true)).toBe(0);
    expect(resultsKeyStep('ArrowUp', 0, 3, false)).toBe('box');
  });
  it('moves between results and stops at the ends', () => {
    expect(resultsKeyStep('ArrowDown', 0, 3, false)).toBe(1);
    expect(resultsKeyStep('ArrowDown', 2, 3, false)).toBe(2);
    expect(resultsKeyStep('End', 0, 3, false)).toBe(2);
  });
  it('leaves other keys, other places and an empty list alone', () => {
    expect(resultsKeyStep('ArrowDown', -1, 0, true)).toBeNull();
    expect(resultsKeyStep('ArrowDown', -1, 3, false)).toBeNull();
    expect(resultsKeyStep('ArrowUp', -1, 3, true)).toBeNull();
    expect(resultsKeyStep('Enter', 1, 3, false)).toBeNull();
  });
});
