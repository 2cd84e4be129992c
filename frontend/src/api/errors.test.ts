import { describe, expect, it } from 'vitest';
import { ApiError, toApiError } from './errors';

describe('toApiError', () => {
  it('keeps an ApiError as it is', () => {
    const e = new ApiError('conflict', 'changed meanwhile');
    expect(toApiError(e)).toBe(e);
  });

  it('reads a {code, message} object', () => {
    const e = toApiError({ code: 'not_found', message: 'article 9 not found' });
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe('not_found');
    expect(e.message).toBe('article 9 not found');
  });

  it('reads a JSON string (Wails ErrorFormatter)', () => {
    const e = toApiError('{"code":"invalid","message":"title is empty"}');
    expect([e.code, e.message]).toEqual(['invalid', 'title is empty']);
  });

  it('treats a plain string as an internal error with that message', () => {
    const e = toApiError('database is locked');
    expect([e.code, e.message]).toEqual(['internal', 'database is locked']);
  });

  it('keeps the message but maps unknown codes to internal', () => {
    const e = toApiError({ code: 'teapot', message: 'short and stout' });
    expect([e.code, e.message]).toEqual(['internal', 'short and stout']);
  });

  it('maps unknown shapes to internal with a generic message', () => {
    for (const v of [undefined, null, 42, {}, { code: 'invalid' }, '', '{broken', []]) {
      const e = toApiError(v);
      expect(e.code).toBe('internal');
      expect(e.message.length).toBeGreaterThan(0);
    }
    expect(toApiError('{broken').message).toBe('{broken');
  });

  it('wraps a JS Error', () => {
    const e = toApiError(new TypeError('Failed to fetch'));
    expect([e.code, e.message]).toEqual(['internal', 'Failed to fetch']);
  });
});
