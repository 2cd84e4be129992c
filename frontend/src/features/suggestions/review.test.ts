import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../api/suggestions';
import { detailLines, neighbourAfter, rowForReviewKey, typeChips } from './review';

describe('typeChips', () => {
  it('orders types as TYPE_ORDER, unknown ones last', () => {
    expect(typeChips({ quote: 1, misc: 2, person: 3, date: 1 }, '')).toEqual(['person', 'date', 'quote', 'misc']);
  });

  it('keeps the chosen type’s chip when none are left', () => {
    expect(typeChips({ person: 2 }, 'place')).toEqual(['person', 'place']);
    expect(typeChips({}, '')).toEqual([]);
  });
});

describe('rowForReviewKey', () => {
  it('J/↓ and K/↑ move one row without wrapping; Home and End jump', () => {
    expect(rowForReviewKey('j', 0, 3)).toBe(1);
    expect(rowForReviewKey('ArrowDown', 2, 3)).toBe(2);
    expect(rowForReviewKey('K', 0, 3)).toBe(0);
    expect(rowForReviewKey('ArrowUp', 2, 3)).toBe(1);
    expect(rowForReviewKey('Home', 2, 3)).toBe(0);
    expect(rowForReviewKey('End', 0, 3)).toBe(2);
  });

  it('other keys and an empty list move nothing', () => {
    expect(rowForReviewKey('x', 1, 3)).toBeNull();
    expect(rowForReviewKey('a', 1, 3)).toBeNull();
    expect(rowForReviewKey('j', 0, 0)).toBeNull();
  });
});

describe('neighbourAfter', () => {
  const rows = [1, 2, 3].map((spanId) => ({ spanId }) as Suggestion);
  const without = (...ids: number[]) => rows.filter((r) => !ids.includes(r.spanId));
  it('is the next row, or the previous for the last, or none for the only one', () => {
    expect(neighbourAfter(rows, without(2), 2)?.spanId).toBe(3);
    expect(neighbourAfter(rows, without(3), 3)?.spanId).toBe(2);
    expect(neighbourAfter(rows.slice(0, 1), [], 1)).toBeUndefined();
  });
  it('skips rows the decision took with it, and gives the row as it is now', () => {
    const more = [1, 2, 3, 4].map((spanId) => ({ spanId }) as Suggestion);
    const [one, , , four] = more as [Suggestion, Suggestion, Suggestion, Suggestion];
    expect(neighbourAfter(more, [one, four], 2)?.spanId).toBe(4);
    expect(neighbourAfter(more, [one], 3)?.spanId).toBe(1);
    const fresh = { spanId: 4, quote: 'new' } as Suggestion;
    expect(neighbourAfter(more, [fresh], 1)).toBe(fresh);
  });
});

describe('detailLines', () => {
  it('lists what was read, leaving out what was not', () => {
    expect(detailLines({ normalized: '11000', hedge: 'about', speakerName: 'Kim' })).toEqual(['= 11000', 'hedge: about', 'speaker: Kim']);
    expect(detailLines({ normalized: '', hedge: '', speakerName: '' })).toEqual([]);
  });
});
