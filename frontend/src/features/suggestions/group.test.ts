import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../api/suggestions';
import { acceptWhereText, confidenceTitle, contextOf, countByType, formatConfidence, groupByType } from './group';

const s = (spanId: number, type: string): Suggestion => ({
  spanId,
  articleId: 1,
  articleTitle: 'A',
  type,
  start: 0,
  end: 1,
  quote: 'x',
  prefix: '',
  suffix: '',
  rule: 'gazetteer',
  origin: 'rule:gazetteer',
  confidence: 0.9,
  entityId: null,
  entityName: 'x',
  isNewEntity: true,
  normalized: '',
  hedge: '',
  speakerName: '',
});

describe('suggestion groups', () => {
  it('groups by type, people first, keeping order', () => {
    const g = groupByType([s(1, 'date'), s(2, 'place'), s(3, 'person'), s(4, 'place'), s(5, 'zzz')]);
    expect(g.map((x) => x.type)).toEqual(['person', 'place', 'date', 'zzz']);
    expect(g[1]?.items.map((x) => x.spanId)).toEqual([2, 4]);
  });
  it('counts by type', () => {
    expect(countByType([s(1, 'place'), s(2, 'place'), s(3, 'date')])).toEqual({ place: 2, date: 1 });
  });
  it('says what a confidence means: calibrated for names, the rule’s estimate otherwise', () => {
    expect(confidenceTitle('person', 0.874)).toContain('about 87 in 100 suggestions like this one were right');
    expect(confidenceTitle('place', 1.2)).toContain('about 100 in 100');
    expect(confidenceTitle('date', 0.9)).toBe('confidence (the rule’s own estimate)');
  });
  it('states how many and where before accepting', () => {
    expect(acceptWhereText(3, 'place', 0.9, null)).toBe('Accept 3 place suggestions with confidence 0.90 or above across the workspace?');
    expect(acceptWhereText(1, '', 0.955, 'Title')).toBe('Accept 1 suggestion with confidence 0.96 or above in “Title”?');
  });
  it('formats confidence', () => {
    expect(formatConfidence(1)).toBe('1.00');
    expect(formatConfidence(0.8449)).toBe('0.84');
  });
  it('cuts the context at word boundaries', () => {
    const c = contextOf({ prefix: 'one two three four five ', suffix: ' six seven\neight nine ten' }, 12);
    expect(c.before).toBe('…four five ');
    expect(c.after).toBe(' six seven…');
    // Go's stored context cuts words: "TO: Russian Minister of " from "FILE PHOTO: …".
    expect(contextOf({ prefix: 'TO: Russian Minister of ', suffix: ' attends a ceremony of awarding' }).before).toBe('…Russian Minister of ');
    expect(contextOf({ prefix: 'TO: Russian Minister of ', suffix: ' attends a ceremony of awarding' }).after).toBe(' attends a ceremony of…');
    // Short context (the article's start or end) is kept whole.
    expect(contextOf({ prefix: 'a\nb ', suffix: '.' })).toEqual({ before: 'a b ', after: '.' });
  });
});
