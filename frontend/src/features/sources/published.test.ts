import { describe, expect, it } from 'vitest';
import { publishedLinks } from './published';

describe("an outlet's Published links (uxwalk5)", () => {
  it('reads as two things, not "1 article claims"', () => {
    expect(publishedLinks(1)).toEqual({ articles: '1 article', claims: 'its claims' });
    expect(publishedLinks(3)).toEqual({ articles: '3 articles', claims: 'their claims' });
  });
});
