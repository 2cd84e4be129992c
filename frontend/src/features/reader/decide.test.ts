import { beforeEach, describe, expect, it } from 'vitest';
import { fakeGo, settle } from '../../test/fakeGo';
import { annotations } from '../../stores/annotations.svelte';
import { errors } from '../../stores/errors.svelte';
import type { ReaderSpan } from '../../api/spans';
import { decideAndMoveOn } from './decide';

function span(id: number, start: number, end: number, over: Partial<ReaderSpan> = {}): ReaderSpan {
  return {
    id, articleId: 1, kind: 'entity', entityType: 'person', entityId: null, entityName: '', claimId: null, claimStatement: '',
    start, end, quote: `q${id}`, anchorStatus: 'exact', state: 'suggested', origin: 'machine', confidence: 0.9, note: '', tags: [], readAt: 0, ...over,
  };
}

// Go's spans of article 1: 20 and 21 are one name (rejecting one rejects both), 22 another.
let stored: ReaderSpan[];

beforeEach(async () => {
  fakeGo.reset();
  errors.clear();
  stored = [span(20, 0, 5), span(21, 30, 35), span(22, 50, 55)];
  fakeGo.answer('SpanService', 'ListForReader', () => stored);
  fakeGo.answer('HistoryService', 'State', () => ({ canUndo: false, canRedo: false, undoLabel: '', redoLabel: '', undoNote: '' }));
  fakeGo.answer('HistoryService', 'ForRow', () => []);
  await annotations.load(null);
  await annotations.load(1);
  annotations.select(20);
});

describe('decideAndMoveOn', () => {
  it('after a rejection, chooses the next suggestion from a list read after it, even when another refresh overtakes its own', async () => {
    fakeGo.answer('SpanService', 'SetState', () => {
      stored = stored.filter((s) => s.id !== 20 && s.id !== 21); // the same name's other suggestion goes with it
      return null;
    });
    const lists = fakeGo.hold('SpanService', 'ListForReader');
    const decided = decideAndMoveOn(annotations.selected!, 'rejected');
    await settle();
    expect(lists.waiting().length).toBe(1); // the decision's own refresh
    annotations.refreshSince(Number.POSITIVE_INFINITY); // workspace:changed of the same change, 60 ms later
    await settle();
    expect(lists.waiting().length).toBe(2);
    lists.release(stored, 0); // the decision's refresh lands, but a newer one was asked: it keeps nothing
    await settle();
    lists.release(stored, 0);
    expect(await decided).toBe(22); // not 21, which Go rejected with 20
    expect(annotations.selected?.id).toBe(22);
  });

  it('after an acceptance, a refresh asked before it was stored cannot show it waiting again', async () => {
    const before = stored;
    fakeGo.answer('SpanService', 'SetState', () => {
      stored = stored.map((s) => (s.id === 20 ? { ...s, state: 'accepted' } : s));
      return null;
    });
    const lists = fakeGo.hold('SpanService', 'ListForReader');
    void annotations.refresh(); // asked before the decision (the last one's workspace:changed)
    await settle();
    const decided = decideAndMoveOn(annotations.selected!, 'accepted');
    await settle();
    lists.release(before, 0); // the old read lands after the decision: it shows 20 waiting
    await settle();
    lists.release(stored, 0);
    expect(await decided).toBe(21);
    expect(annotations.list.find((s) => s.id === 20)?.state).toBe('accepted');
    expect(errors.items).toEqual([]);
  });
});
