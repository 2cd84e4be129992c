import { describe, expect, it } from 'vitest';
import { fieldsOf, missingFacts, updateOf } from './articleDetails';

describe('articleDetails', () => {
  it('splits a date and time into the form and joins them back', () => {
    const f = fieldsOf({ source: 'Yonhap', publishedAt: '2024-10-02T09:30', url: 'https://x.test/a', byline: 'Jane Roe', language: 'en' });
    expect(f).toEqual({ outlet: 'Yonhap', date: '2024-10-02', time: '09:30', url: 'https://x.test/a', byline: 'Jane Roe', language: 'en' });
    expect(updateOf(f).update).toEqual({ outlet: 'Yonhap', publishedAt: '2024-10-02T09:30', url: 'https://x.test/a', byline: 'Jane Roe', language: 'en' });
  });

  it('sends a date alone, and an unknown date as empty', () => {
    expect(updateOf({ ...fieldsOf({ source: '', publishedAt: '' }), date: '2025-06-29' }).update?.publishedAt).toBe('2025-06-29');
    expect(updateOf(fieldsOf({ source: '', publishedAt: '' })).update).toEqual({ outlet: '', publishedAt: '', url: '', byline: '', language: '' });
  });

  it('trims what was typed', () => {
    expect(updateOf({ outlet: '  AP ', date: ' 2025-01-15 ', time: '', url: ' https://x.test ', byline: ' Jo ', language: ' ko ' }).update).toEqual({
      outlet: 'AP', publishedAt: '2025-01-15', url: 'https://x.test', byline: 'Jo', language: 'ko',
    });
  });

  it('refuses a time without a date', () => {
    expect(updateOf({ outlet: '', date: '', time: '10:00', url: '', byline: '', language: '' })).toEqual({ error: 'A time needs a date.' });
  });

  it('flags an unknown outlet and an unknown date', () => {
    expect(missingFacts({ source: '', publishedAt: '' })).toEqual(['outlet', 'date']);
    expect(missingFacts({ source: 'Reuters', publishedAt: '' })).toEqual(['date']);
    expect(missingFacts({ source: ' ', publishedAt: '2025-06-29' })).toEqual(['outlet']);
    expect(missingFacts({ source: 'Reuters', publishedAt: '2025-06-29' })).toEqual([]);
  });
});
