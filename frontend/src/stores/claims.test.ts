import { beforeEach, describe, expect, it } from 'vitest';
import { fakeGo, settle } from '../test/fakeGo';
import { claims, CLAIM_PAGE } from './claims.svelte';
import { errors } from './errors.svelte';
import { nav } from './nav.svelte';

const summary = (id: number) => ({ id, statement: `claim ${id}`, tags: [] });
const detail = (id: number, statement = `claim ${id}`) => ({ id, statement, mentions: [], assessments: [], tags: [], contradictions: [] });

let total: number;
let gone: Set<number>;

beforeEach(async () => {
  fakeGo.reset();
  errors.clear();
  total = 120;
  gone = new Set();
  fakeGo.answer('ClaimService', 'ListPage', (_f, offset, limit) => {
    const o = offset as number;
    const items = [];
    for (let i = o; i < Math.min(total, o + (limit as number)); i++) items.push(summary(i + 1));
    return { items, total, offset: o };
  });
  fakeGo.answer('ClaimService', 'Get', (id) => {
    if (gone.has(id as number)) throw { code: 'not_found', message: `claim ${id} not found` };
    return detail(id as number);
  });
  fakeGo.answer('HistoryService', 'ForRow', () => [{ id: 1, summary: 'created' }]);
  await claims.open(null);
  await claims.load(true);
});

describe('claims store', () => {
  it('lists the first page and the total; further rows arrive as the list scrolls', async () => {
    expect(claims.total).toBe(120);
    expect(claims.row(0)?.statement).toBe('claim 1');
    expect(claims.row(CLAIM_PAGE + 5)).toBeUndefined();
    await claims.show(CLAIM_PAGE, CLAIM_PAGE + 10);
    expect(claims.row(CLAIM_PAGE + 5)?.id).toBe(CLAIM_PAGE + 6);
  });

  it('a filter starts the list again from its first rows, sending the filter to Go', async () => {
    fakeGo.calls.length = 0;
    claims.setFilter({ text: 'delegation' });
    await settle();
    const [filter, offset] = fakeGo.callsTo('ClaimService', 'ListPage')[0]!;
    expect(filter).toMatchObject({ text: 'delegation' });
    expect(offset).toBe(0);
    claims.setFilter({ text: '' });
    await settle();
  });

  it('opens a claim (Go sends its empty lists as []), and its history after', async () => {
    await claims.open(7);
    await settle();
    expect(claims.current).toMatchObject({ id: 7, mentions: [], assessments: [], tags: [] });
    expect(claims.history).toHaveLength(1);
    expect(claims.currentLoading).toBe(false);
  });

  it('a claim that vanished (an undo) closes quietly on refresh, loudly when clicked', async () => {
    await claims.open(7);
    gone.add(7);
    await claims.open(7, true);
    expect(claims.current).toBeNull();
    expect(errors.items).toEqual([]);
    await claims.open(7);
    expect(errors.items[0]).toMatchObject({ code: 'not_found', message: 'claim 7 not found' });
  });

  it('the last claim clicked wins over a slower earlier one', async () => {
    const slow = fakeGo.hold('ClaimService', 'Get');
    const a = claims.open(3);
    const b = claims.open(4);
    expect(slow.waiting()).toEqual([[3], [4]]);
    slow.release(detail(4), 1);
    await settle();
    expect(claims.current?.id).toBe(4);
    slow.release(detail(3), 0); // the earlier click's answer, late
    await Promise.all([a, b]);
    expect(claims.currentId).toBe(4);
    expect(claims.current?.id).toBe(4);
  });

  it('deleting offers an undo that reopens the claim', async () => {
    fakeGo.answer('ClaimService', 'Get', (id) => detail(id as number, 'Minister visited Pyongyang'));
    await claims.open(9);
    fakeGo.answer('ClaimService', 'Delete', () => null);
    expect(await claims.remove(9)).toBe(true);
    expect(claims.deleted).toEqual({ id: 9, statement: 'Minister visited Pyongyang' });
    expect(claims.currentId).toBeNull();
    fakeGo.answer('HistoryService', 'Undo', () => ({}));
    await claims.undoDelete();
    expect(claims.deleted).toBeNull();
    expect(claims.currentId).toBe(9);
    expect(fakeGo.callsTo('HistoryService', 'Undo')).toHaveLength(1);
  });

  it('a refused delete keeps the claim and offers no undo', async () => {
    await claims.open(9);
    fakeGo.fail('ClaimService', 'Delete', 'conflict', 'workspace busy elsewhere');
    expect(await claims.remove(9)).toBe(false);
    expect(claims.deleted).toBeNull();
    expect(claims.currentId).toBe(9);
    expect(errors.items[0]?.message).toBe('workspace busy elsewhere');
  });

  it('a change to the open claim shows Go’s answer at once', async () => {
    await claims.open(5);
    fakeGo.answer('ClaimService', 'Update', (id, patch) => detail(id as number, (patch as { statement: string }).statement));
    expect(await claims.update(5, { statement: 'New wording' })).toBe(true);
    expect(claims.current?.statement).toBe('New wording');
  });

  it('follows workspace changes while the claims view is shown; a missed one refreshes when shown again', async () => {
    nav.open('reader');
    claims.watch();
    await settle();
    const before = fakeGo.callsTo('ClaimService', 'ListPage').length;
    fakeGo.emit('workspace:changed', { tables: ['claims'] });
    await new Promise((r) => setTimeout(r, 100));
    expect(fakeGo.callsTo('ClaimService', 'ListPage').length).toBe(before);
    nav.open('claims');
    claims.watch();
    await settle();
    expect(fakeGo.callsTo('ClaimService', 'ListPage').length).toBe(before + 1);
  });
});
