import { beforeEach, describe, expect, it } from 'vitest';
import { fakeGo } from '../test/fakeGo';
import { sources } from './sources.svelte';
import { errors } from './errors.svelte';

beforeEach(() => {
  fakeGo.reset();
  errors.clear();
  fakeGo.answer('SourceService', 'List', () => [{ id: 1, name: 'KCNA' }]);
});

describe('sources store', () => {
  it('a create resolves Go’s source and reloads the list', async () => {
    fakeGo.answer('SourceService', 'Create', (input) => ({ id: 2, ...(input as object) }));
    const s = await sources.create({ name: 'TASS' } as never);
    expect(s).toMatchObject({ id: 2, name: 'TASS' });
    expect(fakeGo.callsTo('SourceService', 'List')).toHaveLength(1);
    expect(sources.list).toEqual([{ id: 1, name: 'KCNA' }]);
  });

  it('a refused create resolves null with a banner', async () => {
    fakeGo.fail('SourceService', 'Create', 'invalid', 'a source needs a name');
    expect(await sources.create({ name: '' } as never)).toBeNull();
    expect(errors.items[0]?.message).toBe('a source needs a name');
  });

  it('deleting a source still in use answers the reason beside it, not in the banner', async () => {
    fakeGo.fail('SourceService', 'Delete', 'conflict', 'KCNA is the outlet of 3 articles');
    expect(await sources.remove(1)).toBe('KCNA is the outlet of 3 articles');
    expect(errors.items).toEqual([]);
    fakeGo.fail('SourceService', 'Delete', 'internal', 'disk I/O error');
    expect(await sources.remove(1)).toBe('disk I/O error');
    expect(errors.items[0]?.message).toBe('disk I/O error');
    fakeGo.answer('SourceService', 'Delete', () => null);
    expect(await sources.remove(1)).toBe('');
  });

  it('update resolves whether it worked', async () => {
    fakeGo.answer('SourceService', 'Update', () => ({ id: 1 }));
    expect(await sources.update(1, { name: 'KCNA (Pyongyang)' } as never)).toBe(true);
    fakeGo.fail('SourceService', 'Update', 'not_found', 'source 1 not found');
    expect(await sources.update(1, {} as never)).toBe(false);
  });
});
