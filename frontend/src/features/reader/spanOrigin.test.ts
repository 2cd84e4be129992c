import { describe, expect, it } from 'vitest';
import { spanOriginLabel } from './spanOrigin';

describe('spanOriginLabel', () => {
  it("says nothing of the analyst's own spans", () => {
    expect(spanOriginLabel('analyst')).toBe('');
    expect(spanOriginLabel('')).toBe('');
  });
  it('names a sentence accepted from Find in other articles, whatever the method', () => {
    expect(spanOriginLabel('match:tfidf-entities-figures')).toBe('found by Find in other articles');
    expect(spanOriginLabel('match:')).toBe('found by Find in other articles');
  });
  it('names the built-in rules in words', () => {
    expect(spanOriginLabel('rule:ingest-cites')).toBe('read from the agencies the article cites, at import');
    expect(spanOriginLabel('rule:title-cue')).toBe('suggested by the title cue rule');
    expect(spanOriginLabel('rule:gazetteer')).toBe('suggested by the gazetteer rule');
  });
  it('names another engine by its name, never with its code', () => {
    expect(spanOriginLabel('crf:person')).toBe('suggested by crf');
    expect(spanOriginLabel('suggested')).toBe('suggested');
  });
});
