import { beforeEach, describe, expect, it } from 'vitest';
import { fakeGo, settle } from '../test/fakeGo';
import { entities, ENTITY_LIMIT, ENTITY_MAX, ENTITY_STEP } from './entities.svelte';
import { errors } from './errors.svelte';

const row = (id: number) => ({ id, type: 'person', name: `Person ${id}`, aliases: [], mentions: 1, articles: 1 });
const mention = (spanId: number) => ({ spanId, articleId: 1, articleTitle: 'A', start: spanId, end: spanId + 1, quote: 'x', state: 'accepted' });

let count: number;

beforeEach(async () => {
  fakeGo.reset();
  errors.clear();
  count = 5000;
  fakeGo.answer('EntityService', 'List', (_q, _t, limit) => Array.from({ length: Math.min(count, limit as number) }, (_, i) => row(i + 1)));
  fakeGo.answer('EntityService', 'CoOccurring', () => []);
  entities.limit = ENTITY_LIMIT;
  await entities.open(null);
  await entities.load();
});

describe('entities store', () => {
  it('lists ENTITY_LIMIT at first; "Show more" asks for ENTITY_STEP more up to ENTITY_MAX', async () => {
    expect(entities.list).toHaveLength(ENTITY_LIMIT);
    expect(entities.list[0]!.aliases).toEqual([]);
    expect(entities.hasMore).toBe(true);
    await entities.showMore();
    expect(fakeGo.callsTo('EntityService', 'List').at(-1)).toEqual(['', '', ENTITY_LIMIT + ENTITY_STEP]);
    for (let i = 0; i < 10; i++) await entities.showMore();
    expect(entities.limit).toBe(ENTITY_MAX);
    expect(entities.hasMore).toBe(false);
  });

  it('a short list has no more', async () => {
    count = 3;
    await entities.load();
    expect(entities.hasMore).toBe(false);
  });

  it('sends the query trimmed and the type', async () => {
    entities.query = '  Kim ';
    entities.type = 'person';
    await entities.load();
    expect(fakeGo.callsTo('EntityService', 'List').at(-1)).toEqual(['Kim', 'person', ENTITY_LIMIT]);
    entities.query = '';
    entities.type = '';
  });

  it('a refresh of the open entity keeps as many mentions as were shown', async () => {
    const all = Array.from({ length: 450 }, (_, i) => mention(i));
    fakeGo.answer('EntityService', 'Get', (id) => ({ id, type: 'person', name: 'Kim', aliases: [], note: '', mentions: all.slice(0, 200), mentionTotal: 450, claims: [], claimTotal: 0 }));
    fakeGo.answer('EntityService', 'Mentions', (_id, offset, limit) => ({ mentions: all.slice(offset as number, (offset as number) + (limit as number)), total: 450 }));
    await entities.open(4);
    expect(entities.current?.mentions).toHaveLength(200);
    await entities.moreMentions(200);
    expect(entities.current?.mentions).toHaveLength(400);
    expect(fakeGo.callsTo('EntityService', 'Mentions')).toEqual([[4, 200, 200]]);
    await entities.open(4, true);
    expect(entities.current?.mentions).toHaveLength(400);
    expect(fakeGo.callsTo('EntityService', 'Mentions').at(-1)).toEqual([4, 200, 200]);
  });

  it('an entity gone after an undo closes quietly on refresh', async () => {
    fakeGo.answer('EntityService', 'Get', (id) => ({ id, type: 'person', name: 'Kim', aliases: [], note: '', mentions: [], mentionTotal: 0, claims: [], claimTotal: 0 }));
    await entities.open(4);
    fakeGo.fail('EntityService', 'Get', 'not_found', 'entity 4 not found');
    await entities.open(4, true);
    expect(entities.current).toBeNull();
    expect(errors.items).toEqual([]);
  });

  it('a merge returns the survivor and reloads the list and the proposals; busy meanwhile', async () => {
    const merge = fakeGo.hold('EntityService', 'Merge');
    fakeGo.answer('EntityService', 'ProposeMerges', () => []);
    const done = entities.merge(2, 1);
    await settle();
    expect(entities.busy).toBe(true);
    merge.release({ id: 1, type: 'person', name: 'Kim Jong Un', aliases: ['Kim Jong-un'], note: '', mentions: [], claims: [] });
    const survivor = await done;
    expect(survivor?.name).toBe('Kim Jong Un');
    expect(entities.busy).toBe(false);
    await settle();
    expect(fakeGo.callsTo('EntityService', 'ProposeMerges')).toEqual([[50]]);
    expect(entities.proposalsLoaded).toBe(true);
  });

  it('a refused judgement resolves null and shows why', async () => {
    fakeGo.fail('EntityService', 'Judge', 'invalid', 'an entity cannot be judged against itself');
    expect(await entities.judge(3, 3, 'same')).toBeNull();
    expect(errors.items[0]?.message).toBe('an entity cannot be judged against itself');
  });
});
