import { describe, expect, it } from 'vitest';
import { entityLine, kindLabel, movedSpan } from './spanEdit';

describe('kindLabel', () => {
  it('names entities by their type’s label, claims and notes by kind', () => {
    expect(kindLabel({ kind: 'entity', entityType: 'person' })).toBe('Person');
    expect(kindLabel({ kind: 'entity', entityType: 'spaceship' })).toBe('spaceship');
    expect(kindLabel({ kind: 'claim', entityType: '' })).toBe('Claim mention');
    expect(kindLabel({ kind: 'note', entityType: '' })).toBe('Note');
  });
});

describe('entityLine', () => {
  it('names the linked entity; for a waiting suggestion, what accepting links it to', () => {
    expect(entityLine({ entityName: 'Olga Lyubimova', state: 'accepted', proposedName: '', quote: 'Lyubimova' })).toBe('Olga Lyubimova');
    expect(entityLine({ entityName: '', state: 'suggested', proposedName: '2025-06-28', quote: 'Saturday' })).toBe('Accepting links it to “2025-06-28”');
    expect(entityLine({ entityName: '', state: 'suggested', proposedName: '', quote: 'Wonsan' })).toBe('Accepting links it to “Wonsan”');
    expect(entityLine({ entityName: '', state: 'accepted', proposedName: '', quote: 'x' })).toBe('—');
  });
});

describe('movedSpan', () => {
  // Code points: the emoji is one code point but two UTF-16 units, so offsets after it differ.
  const body = '🎭 Olga Lyubimova met Kim in Pyongyang';
  const olga = { start: 2, end: 6 }; // "Olga"

  it('extends the end by a word, in code points, with the quote it then covers', () => {
    expect(movedSpan(body, olga, 'end', 'extend')).toEqual({ start: 2, end: 16, quote: 'Olga Lyubimova' });
  });

  it('shrinks a two-word span back to one', () => {
    expect(movedSpan(body, { start: 2, end: 16 }, 'end', 'shrink')).toEqual({ start: 2, end: 6, quote: 'Olga' });
  });

  it('null where there is no word to go to (a one-word span does not shrink to nothing)', () => {
    expect(movedSpan(body, olga, 'end', 'shrink')).toBeNull();
  });
});
