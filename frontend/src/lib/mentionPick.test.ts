import { describe, expect, it } from 'vitest';
import { DRAWN_MENTIONS, pickMentions } from './mentionPick';

const items = Array.from({ length: 10_000 }, (_, i) => ({ id: i + 1, label: `Bulletin ${i + 1}: “The Calder yard lost ${i % 7 === 0 ? 'sixty' : 'forty'} boats”` }));
const label = (m: { label: string }) => m.label;

describe('pickMentions', () => {
  it('draws the first 200 of 10,000 and counts the rest', () => {
    const p = pickMentions(items, '', label);
    expect(p.shown.length).toBe(DRAWN_MENTIONS);
    expect(p.shown[0]!.id).toBe(1);
    expect(p.more).toBe(9_800);
    expect(p.matches).toBe(10_000);
  });

  it('a search finds any of them, the last included, every word in any order', () => {
    const p = pickMentions(items, 'bulletin 9999:', label);
    expect(p.shown.map((m) => m.id)).toEqual([9999]);
    expect(p.more).toBe(0);
    expect(pickMentions(items, 'sixty boats bulletin 9996:', label).shown.map((m) => m.id)).toEqual([]);
    expect(pickMentions(items, 'SIXTY BOATS bulletin 9997:', label).shown.map((m) => m.id)).toEqual([9997]); // 9996 % 7 === 0
    const sixty = pickMentions(items, 'boats sixty', label);
    expect(sixty.matches).toBe(Math.ceil(10_000 / 7));
    expect(sixty.shown.every((m) => m.label.includes('sixty boats'))).toBe(true);
    expect(pickMentions(items, 'ixty', label).matches).toBe(0); // the start of a word, not its middle
  });

  it('keeps the selected item among what is drawn when it matches beyond the limit', () => {
    const p = pickMentions(items, '', label, 200, (m) => m.id === 5000);
    expect(p.shown.length).toBe(201);
    expect(p.shown.at(-1)!.id).toBe(5000);
    expect(pickMentions(items, 'bulletin 7:', label, 200, (m) => m.id === 5000).shown.map((m) => m.id)).toEqual([7]);
  });

  it('ignores case and accents', () => {
    const few = [{ label: 'São Tomé radio' }, { label: 'Sao Paulo desk' }];
    expect(pickMentions(few, 'SAO', label).matches).toBe(2);
    expect(pickMentions(few, 'tomé', label).shown).toEqual([few[0]]);
  });
});
