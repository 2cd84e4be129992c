import { beforeEach, describe, expect, it } from 'vitest';
import { fakeGo, settle } from '../test/fakeGo';
import { tags } from './tags.svelte';
import { errors } from './errors.svelte';
import type { TagSummary } from '../api/tags';

let stored: TagSummary[];

beforeEach(() => {
  fakeGo.reset();
  errors.clear();
  stored = [{ id: 1, name: 'disputed', color: '#aa0000', spans: 2, claims: 1, readAt: 7 }];
  fakeGo.answer('TagService', 'List', () => stored);
});

describe('tags store', () => {
  it('loads once on watch and follows workspace changes (debounced: a burst reloads once)', async () => {
    tags.watch();
    await settle();
    expect(tags.list.map((t) => t.name)).toEqual(['disputed']);
    expect(tags.loaded).toBe(true);
    tags.watch(); // a second watch neither subscribes again nor reloads
    await settle();
    expect(fakeGo.callsTo('TagService', 'List')).toHaveLength(1);

    stored = [...stored, { id: 2, name: 'kcna', color: '#0000aa', spans: 0, claims: 0, readAt: 8 }];
    fakeGo.emit('workspace:changed', { tables: ['tags'] });
    fakeGo.emit('workspace:changed', { tables: ['tags'] });
    await new Promise((r) => setTimeout(r, 100));
    await settle();
    expect(fakeGo.callsTo('TagService', 'List')).toHaveLength(2);
    expect(tags.list.map((t) => t.name)).toEqual(['disputed', 'kcna']);
  });

  it('a change sends its arguments, reloads, and resolves true', async () => {
    fakeGo.answer('TagService', 'Create', (name, color) => {
      stored = [...stored, { id: 3, name: name as string, color: color as string, spans: 0, claims: 0, readAt: 8 }];
      return stored.at(-1);
    });
    expect(await tags.create('origin:tass', '#00aa00')).toBe(true);
    expect(fakeGo.callsTo('TagService', 'Create')).toEqual([['origin:tass', '#00aa00']]);
    expect(tags.list.map((t) => t.name)).toContain('origin:tass');
  });

  it('a refused change shows Go’s message in the banner, resolves false, and still reloads', async () => {
    fakeGo.fail('TagService', 'Merge', 'invalid', 'a tag cannot be merged into itself');
    expect(await tags.merge(1, 1)).toBe(false);
    expect(errors.items[0]).toMatchObject({ code: 'invalid', message: 'a tag cannot be merged into itself' });
    expect(fakeGo.callsTo('TagService', 'List')).toHaveLength(1);
  });

  it('an edit sends only its fields with the readAt its form read; another window\'s newer edit goes to onConflict, not the banner', async () => {
    fakeGo.answer('TagService', 'Update', () => stored[0]);
    expect(await tags.update(1, { name: 'contested', readAt: 7 })).toBe(true);
    expect(fakeGo.callsTo('TagService', 'Update')).toEqual([[1, { name: 'contested', readAt: 7 }]]);

    const message = 'This tag was changed in another window at 14:02 (name): reload to see it. Nothing was saved; your text is still here to copy.';
    fakeGo.fail('TagService', 'Update', 'conflict', message, true);
    let told = '';
    expect(await tags.update(1, { name: 'contested', readAt: 7 }, (m) => (told = m))).toBe(false);
    expect(told).toBe(message);
    expect(errors.items).toHaveLength(0);
    // busy is not this conflict: it goes to the banner
    fakeGo.fail('TagService', 'Update', 'conflict', 'workspace busy: another program is writing');
    told = '';
    expect(await tags.update(1, { color: '#0072B2', readAt: 7 }, (m) => (told = m))).toBe(false);
    expect(told).toBe('');
    expect(errors.items).toHaveLength(1);
  });

  it('an empty list from Go (sent as [], never null) reads as empty', async () => {
    fakeGo.answer('TagService', 'List', () => []);
    await tags.load();
    expect(tags.list).toEqual([]);
  });
});
