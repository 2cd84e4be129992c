import { describe, expect, it } from 'vitest';
import { formatCharCount, shortSha } from './format';

describe('format', () => {
  it('shortens a sha256', () => {
    expect(shortSha('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toBe('9f86d081884c');
    expect(shortSha('')).toBe('');
  });

  it('counts characters with grouping and plural', () => {
    expect(formatCharCount(0)).toBe('0 characters');
    expect(formatCharCount(1)).toBe('1 character');
    expect(formatCharCount(12345)).toBe('12,345 characters');
    expect(formatCharCount(999)).toBe('999 characters');
    expect(formatCharCount(1234567)).toBe('1,234,567 characters');
  });
});
