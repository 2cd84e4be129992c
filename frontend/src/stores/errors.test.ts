import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { errors } from './errors.svelte';

describe('errors store (the banner)', () => {
  it('shows the latest failure only, with Go’s code and message', () => {
    errors.report(new ApiError('not_found', 'article 9 not found'));
    errors.report({ code: 'conflict', message: 'workspace busy' });
    expect(errors.items).toHaveLength(1);
    expect(errors.items[0]).toMatchObject({ code: 'conflict', message: 'workspace busy' });
  });

  it('keeps the banner of a failure repeated (a double click) rather than flashing a new one', () => {
    errors.clear();
    errors.report({ code: 'invalid', message: 'the name is empty' });
    const first = errors.items[0]!.id;
    errors.report(new ApiError('invalid', 'the name is empty'));
    expect(errors.items.map((i) => i.id)).toEqual([first]);
  });

  it('normalises anything thrown into an error with a message', () => {
    errors.clear();
    errors.report('{"code":"not_found","message":"claim 3 not found"}');
    expect(errors.items[0]).toMatchObject({ code: 'not_found', message: 'claim 3 not found' });
    errors.report(new Error('socket closed'));
    expect(errors.items[0]).toMatchObject({ code: 'internal', message: 'socket closed' });
    errors.report(undefined);
    expect(errors.items[0]!.message).toMatch(/Something went wrong/);
  });

  it('dismisses by id and clears', () => {
    errors.clear();
    errors.report({ code: 'internal', message: 'a' });
    const id = errors.items[0]!.id;
    errors.dismiss(id + 1);
    expect(errors.items).toHaveLength(1);
    errors.dismiss(id);
    expect(errors.items).toEqual([]);
    errors.report({ code: 'internal', message: 'b' });
    errors.clear();
    expect(errors.items).toEqual([]);
  });
});
