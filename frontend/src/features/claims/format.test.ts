import { describe, expect, it } from 'vitest';
import { mentionLabel } from './format';

describe('mentionLabel', () => {
  it('names the outlet when it is known', () => {
    expect(mentionLabel({ source: 'Reuters', articleTitle: 'Minister visits', quote: 'arrived on Saturday' })).toBe('Reuters: “arrived on Saturday”');
  });
  it('names the article, not "unknown", when the outlet is not known', () => {
    expect(mentionLabel({ source: '', articleTitle: 'Russian Culture Minister Visits North Korea Amid Deepening Ties', quote: 'x' })).toBe(
      'Russian Culture Minister Visits North Ko…: “x”',
    );
    expect(mentionLabel({ source: '', articleTitle: '', quote: 'x' })).toBe('Untitled article: “x”');
  });
  it('clips a long quote', () => {
    expect(mentionLabel({ source: 'A', articleTitle: '', quote: 'w'.repeat(70) })).toBe(`A: “${'w'.repeat(60)}…”`);
  });
});
