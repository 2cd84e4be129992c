import { describe, expect, it } from 'vitest';
import type { MergePlan } from '../api/merge';
import { changeCount, countLine, leftOutLine, resolutions, undecided } from './mergePlan';

const plan: MergePlan = {
  theirs: 'colleague.db',
  added: { spans: 12, claims: 1, evidence: 1, entities: 3 },
  matched: { articles: 5 },
  updated: { sources: 1 },
  conflicts: [
    { key: 'claims:a', table: 'claims', uuid: 'a', label: 'One', fields: [{ field: 'statement', mine: 'x', theirs: 'y' }], take: '' },
    { key: 'sources:b', table: 'sources', uuid: 'b', label: 'Reuters', fields: [{ field: 'note', mine: '', theirs: 'z' }], take: '' },
  ],
  proposals: [],
  leftOut: [],
  applied: false,
};

describe('mergePlan', () => {
  it('lists counts in merge order with singulars', () => {
    expect(countLine(plan.added)).toBe('3 entities, 1 claim, 12 annotations, 1 evidence');
    expect(countLine({ entities: 1, spans: 1 })).toBe('1 entity, 1 annotation');
    expect(countLine({})).toBe('');
    expect(countLine({ spans: 2, merged_history: 1 })).toBe('2 annotations, 1 history entry');
  });
  it('tracks undecided conflicts and sends decisions in plan order', () => {
    expect(undecided(plan, {})).toEqual(['claims:a', 'sources:b']);
    expect(undecided(plan, { 'sources:b': 'mine' })).toEqual(['claims:a']);
    expect(resolutions(plan, { 'sources:b': 'mine', 'claims:a': 'theirs', 'gone:c': 'mine' })).toEqual([
      { key: 'claims:a', take: 'theirs' },
      { key: 'sources:b', take: 'mine' },
    ]);
  });
  it('words the rows left out because they were deleted here', () => {
    expect(leftOutLine({ table: 'claims', count: 2, names: ['A', '<b>B</b>'] })).toBe('2 claims: “A”, “<b>B</b>”');
    expect(leftOutLine({ table: 'entities', count: 1, names: ['Olga'] })).toBe('1 entity: “Olga”');
    expect(leftOutLine({ table: 'spans', count: 1200, names: [] })).toBe('1,200 annotations');
    expect(leftOutLine({ table: 'sources', count: 53, names: ['Reuters', 'AP'] })).toBe('53 sources: “Reuters”, “AP” and 51 more');
  });
  it('counts the changes', () => {
    expect(changeCount(plan)).toBe(18);
  });
});
