import { describe, expect, it } from 'vitest';
import { mentionRange } from './entityPages';

describe('mentionRange', () => {
  it('reads the next step from what is loaded', () => {
    expect(mentionRange(200, 6765, 200)).toEqual({ offset: 200, limit: 200 });
  });
  it('stops at the total', () => {
    expect(mentionRange(6700, 6765, 200)).toEqual({ offset: 6700, limit: 65 });
    expect(mentionRange(6765, 6765, 200)).toBeNull();
    expect(mentionRange(10, 3, 200)).toBeNull();
  });
  it('asks for nothing when no more are wanted', () => {
    expect(mentionRange(200, 6765, 0)).toBeNull();
    expect(mentionRange(200, 6765, -200)).toBeNull();
    expect(mentionRange(200, 6765, NaN)).toBeNull();
  });
  it('keeps within the server bound of 1,000', () => {
    expect(mentionRange(0, 6765, 5000)).toEqual({ offset: 0, limit: 1000 });
  });
});
