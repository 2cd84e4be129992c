import { describe, expect, it } from 'vitest';
import { UNKNOWN_DATE, formatDate, isValidIsoDate } from './dates';

describe('formatDate', () => {
  it('formats a day', () => {
    expect(formatDate('2025-06-19')).toBe('19 Jun 2025');
    expect(formatDate('2024-01-01')).toBe('1 Jan 2024');
    expect(formatDate('2024-12-31')).toBe('31 Dec 2024');
  });

  it('formats a day with time, without converting time zones', () => {
    expect(formatDate('2025-06-19T14:05')).toBe('19 Jun 2025, 14:05');
    expect(formatDate('2025-06-19T00:00')).toBe('19 Jun 2025, 00:00');
  });

  it('shows unknown dates as such', () => {
    expect(formatDate('')).toBe(UNKNOWN_DATE);
    expect(formatDate('  ')).toBe(UNKNOWN_DATE);
    expect(formatDate(null)).toBe(UNKNOWN_DATE);
    expect(formatDate(undefined)).toBe(UNKNOWN_DATE);
  });

  it('returns unexpected values unchanged rather than guessing', () => {
    expect(formatDate('June 2025')).toBe('June 2025');
    expect(formatDate('2025-13-01')).toBe('2025-13-01');
    expect(formatDate('2025-02-30')).toBe('2025-02-30');
    expect(formatDate('2025-06-19T24:00')).toBe('2025-06-19T24:00');
    expect(formatDate('2025-06-19T14:05:00Z')).toBe('2025-06-19T14:05:00Z');
  });

  it('knows leap years', () => {
    expect(formatDate('2024-02-29')).toBe('29 Feb 2024');
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
  });
});
