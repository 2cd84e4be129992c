import { describe, expect, it } from 'vitest';
import { sameScope, scopeKey } from './focusScope';

describe('scopeKey', () => {
  it('is the data attributes other than the test id, sorted', () => {
    expect(scopeKey({ testid: 'mention', spanId: '12' })).toBe('spanId=12');
    expect(scopeKey({ b: '2', a: '1' })).toBe('a=1;b=2');
    expect(scopeKey({ testid: 'claim-item' })).toBe('');
  });
});

describe('sameScope', () => {
  const first = { node: 'card-1', key: 'spanId=1' };
  const second = { node: 'card-2', key: 'spanId=2' };

  it("never takes another card's twin", () => {
    expect(sameScope(second, first, true)).toBe(false);
    expect(sameScope(second, first, false)).toBe(false);
  });

  it('takes the twin in the same card', () => {
    expect(sameScope(second, second, true)).toBe(true);
  });

  it('takes the twin in the card that replaced it (same key), only once the old card is gone', () => {
    const rerendered = { node: 'card-2b', key: 'spanId=2' };
    expect(sameScope(second, rerendered, false)).toBe(true);
    expect(sameScope(second, rerendered, true)).toBe(false);
  });

  it('does not match cards with no identifying key by their empty keys', () => {
    expect(sameScope({ node: 'row-1', key: '' }, { node: 'row-2', key: '' }, false)).toBe(false);
  });

  it('outside any card or row, any twin; a twin in a card does not count as outside', () => {
    expect(sameScope(null, first, true)).toBe(true);
    expect(sameScope(first, null, false)).toBe(false);
  });
});
