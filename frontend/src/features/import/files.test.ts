import { describe, expect, it } from 'vitest';
import {
  BATCH_LIMIT,
  base64Length,
  emptySummary,
  extensionOf,
  isHidden,
  isImportable,
  mergeSummaries,
  outcomeName,
  planBatches,
  rejectedLocally,
  requestCost,
  aheadNote,
  storedArticleIds,
  summaryLine,
} from './files';

const f = (name: string, size: number) => ({ name, size });

describe('file types', () => {
  it('knows the importable extensions, case-insensitively', () => {
    for (const n of ['a.txt', 'B.MD', 'c.markdown', 'd.html', 'e.HTM', 'f.json', 'g.jsonl', 'dir/x.txt', 'C:\\x\\y.Html']) expect(isImportable(n)).toBe(true);
    for (const n of ['a.png', 'b', '.txt', 'c.txt.gz', 'd.pdf', 'dir.txt/e']) expect(isImportable(n)).toBe(false);
  });
  it('takes the extension from the base name only', () => {
    expect(extensionOf('a.b/c')).toBe('');
    expect(extensionOf('notes.TXT')).toBe('.txt');
    expect(extensionOf('.bashrc')).toBe('');
  });
  it('tells hidden files and folders', () => {
    expect(isHidden('.DS_Store')).toBe(true);
    expect(isHidden('feed/.git/x.txt')).toBe(true);
    expect(isHidden('feed/a.txt')).toBe(false);
    expect(isHidden('./a.txt')).toBe(false);
  });
});

describe('batching by size', () => {
  it('computes base64 lengths', () => {
    expect(base64Length(0)).toBe(0);
    expect(base64Length(1)).toBe(4);
    expect(base64Length(3)).toBe(4);
    expect(base64Length(4)).toBe(8);
    expect(base64Length(9_000_000)).toBe(12_000_000);
  });
  it('costs unsupported files their name only', () => {
    expect(requestCost(f('a.png', 5_000_000))).toBeLessThan(100);
    expect(requestCost(f('a.txt', 3_000))).toBeGreaterThan(4_000);
  });
  it('keeps small files in one request', () => {
    const p = planBatches([f('a.txt', 10), f('b.html', 20)]);
    expect(p.batches).toEqual([[f('a.txt', 10), f('b.html', 20)]]);
    expect(p.tooLarge).toEqual([]);
  });
  it('cuts into requests under the limit, in order', () => {
    const files = Array.from({ length: 10 }, (_, i) => f(`${i}.txt`, 2_000_000)); // ~2.67 MB of base64 each
    const p = planBatches(files);
    expect(p.batches.flat()).toEqual(files);
    expect(p.batches.map((b) => b.length)).toEqual([4, 4, 2]);
    for (const b of p.batches) expect(b.reduce((n, x) => n + requestCost(x), 0)).toBeLessThanOrEqual(BATCH_LIMIT);
  });
  it('sets aside a file too large alone and sends the rest', () => {
    const big = f('big.txt', 9_500_000);
    const p = planBatches([f('a.txt', 1), big, f('b.txt', 1)]);
    expect(p.tooLarge).toEqual([big]);
    expect(p.batches).toEqual([[f('a.txt', 1), f('b.txt', 1)]]);
  });
  it('sends a large file of an unsupported kind by name (Go rejects it)', () => {
    const p = planBatches([f('movie.mp4', 500_000_000)]);
    expect(p.tooLarge).toEqual([]);
    expect(p.batches).toHaveLength(1);
  });
  it('plans nothing for no files', () => {
    expect(planBatches([])).toEqual({ batches: [], tooLarge: [] });
  });
});

describe('summaries', () => {
  it('formats the counts, leaving zeros out', () => {
    expect(summaryLine(emptySummary())).toBe('Nothing imported');
    expect(summaryLine({ ...emptySummary(), imported: 2, duplicates: 1 })).toBe('2 imported · 1 duplicate');
    expect(summaryLine({ ...emptySummary(), versions: 2, rejected: 3, skipped: 1, cancelled: true })).toBe('2 new versions · 1 skipped · 3 rejected (cancelled)');
    expect(summaryLine({ ...emptySummary(), imported: 4, rejected: 1, stopped: 'the disk is full: nothing more was saved; free some space and try again' })).toBe(
      '4 imported · 1 rejected — stopped: the disk is full: nothing more was saved; free some space and try again',
    );
  });
  it('merges batches', () => {
    const a = { ...emptySummary(), imported: 1, items: [{ name: 'a.txt', status: 'imported' as const, articleId: 7 }] };
    const b = rejectedLocally([f('big.txt', 20_000_000)]);
    const m = mergeSummaries(a, b);
    expect(m.imported).toBe(1);
    expect(m.rejected).toBe(1);
    expect(m.items.map((i) => i.name)).toEqual(['a.txt', 'big.txt']);
    expect(m.items[1]?.reason).toMatch(/20\.0 MB.*claimdesk import PATH/);
  });
  it('names JSON records', () => {
    expect(outcomeName({ name: 'a.txt', status: 'imported' })).toBe('a.txt');
    expect(outcomeName({ name: 'feed.jsonl', record: 3, status: 'rejected' })).toBe('feed.jsonl, line 3');
    expect(outcomeName({ name: 'feed.json', record: 0, status: 'imported' })).toBe('feed.json, record 0');
  });
  it('lists the stored articles once', () => {
    const s = {
      ...emptySummary(),
      items: [
        { name: 'a', status: 'imported' as const, articleId: 1 },
        { name: 'b', status: 'duplicate' as const, articleId: 2 },
        { name: 'c', status: 'version' as const, articleId: 3 },
        { name: 'd', status: 'imported' as const, articleId: 1 },
        { name: 'e', status: 'rejected' as const },
      ],
    };
    expect(storedArticleIds(s)).toEqual([1, 3]);
  });
});

describe('dates after today (uxwalk5)', () => {
  const stored = (name: string, ahead?: string, status = 'imported') => ({ name, status, articleId: 1, title: name, ...(ahead ? { ahead } : {}) });
  it('names nothing when no stored article is dated ahead', () => {
    expect(aheadNote({ ...emptySummary(), items: [stored('a.txt')] })).toBe('');
    // a duplicate was not stored by this import: its date is not this import's news
    expect(aheadNote({ ...emptySummary(), items: [stored('b.txt', '2027-03-10', 'duplicate')] })).toBe('');
  });
  it('says how many stored articles carry a date after today, and that they keep it', () => {
    expect(aheadNote({ ...emptySummary(), items: [stored('a.txt', '2027-03-10'), stored('b.txt')] })).toBe('1 article is dated after today, as its text states: its date is kept.');
    expect(aheadNote({ ...emptySummary(), items: [stored('a.txt', '2027-03-10'), stored('c.txt', '2027-04-01', 'version')] })).toBe(
      '2 articles are dated after today, as their texts state: their dates are kept.',
    );
  });
});
