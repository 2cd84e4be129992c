import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeGo, settle } from '../test/fakeGo';
import { annotations, CONFIRM_MS } from './annotations.svelte';
import { errors } from './errors.svelte';
import type { ReaderSpan } from '../api/spans';
import type { HistoryState } from '../api/history';

function span(id: number, start: number, end: number, over: Partial<ReaderSpan> = {}): ReaderSpan {
  return {
    id, articleId: 1, kind: 'entity', entityType: 'person', entityId: null, entityName: '', claimId: null, claimStatement: '',
    start, end, quote: `q${id}`, anchorStatus: 'exact', state: 'accepted', origin: 'human', confidence: 1, note: '', tags: [], readAt: 0, ...over,
  };
}

let stored: ReaderSpan[];
let history: HistoryState;

beforeEach(async () => {
  fakeGo.reset();
  errors.clear();
  stored = [span(10, 20, 25), span(11, 0, 5), span(12, 40, 44, { state: 'suggested' }), span(13, 0, 0, { anchorStatus: 'orphan' })];
  history = { canUndo: false, canRedo: false, undoLabel: '', redoLabel: '', undoNote: '' };
  fakeGo.answer('SpanService', 'ListForReader', (id) => (id === 1 ? stored : []));
  fakeGo.answer('HistoryService', 'State', () => history);
  fakeGo.answer('HistoryService', 'ForRow', () => []);
  await annotations.load(null);
  await annotations.load(1);
  annotations.select(null);
});

afterEach(() => vi.useRealTimers());

describe('annotations store', () => {
  it('loads the article’s spans; derived: the painted index leaves orphans out, suggested ones listed', () => {
    expect(annotations.list.map((s) => s.id)).toEqual([10, 11, 12, 13]);
    expect(annotations.index.sorted.map((s) => s.id)).toEqual([11, 10, 12]);
    expect(annotations.suggested.map((s) => s.id)).toEqual([12]);
  });

  it('step walks the spans in text order, wrapping at both ends', () => {
    expect(annotations.step(1)?.id).toBe(11);
    expect(annotations.selected?.id).toBe(11);
    expect(annotations.step(1)?.id).toBe(10);
    expect(annotations.step(1)?.id).toBe(12);
    expect(annotations.step(1)?.id).toBe(11);
    expect(annotations.step(-1)?.id).toBe(12);
    annotations.select(null);
    expect(annotations.step(-1)?.id).toBe(12);
  });

  it('opening another article drops the selection and hover of the last', async () => {
    annotations.select(10);
    annotations.hoverIds = [10];
    await annotations.load(2);
    expect(annotations.selectedId).toBeNull();
    expect(annotations.hoverIds).toEqual([]);
    expect(annotations.list).toEqual([]);
  });

  it('an older list answering late does not replace a newer one', async () => {
    const slow = fakeGo.hold('SpanService', 'ListForReader');
    const first = annotations.refresh();
    const second = annotations.refresh();
    slow.release([span(50, 0, 1)], 1); // the newer call answers first
    await settle();
    slow.release([span(99, 0, 1)], 0); // then the older one, stale
    await Promise.all([first, second]);
    expect(annotations.list.map((s) => s.id)).toEqual([50]);
  });

  it('creating an entity shows and selects Go’s span at once, with a status line, and confirms later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fakeGo.answer('SpanService', 'Create', (input) => span(20, (input as { start: number }).start, (input as { end: number }).end));
    const made = await annotations.createEntity({ start: 30, end: 35, quote: 'Lyubimova' }, 'person', null, 'Olga Lyubimova');
    expect(made?.id).toBe(20);
    expect(annotations.list.some((s) => s.id === 20)).toBe(true);
    expect(annotations.selectedId).toBe(20);
    expect(annotations.status).toBe('Tagged “Lyubimova” as person');
    const input = fakeGo.callsTo('SpanService', 'Create')[0]![0];
    expect(input).toMatchObject({ articleId: 1, kind: 'entity', entityType: 'person', newEntityName: 'Olga Lyubimova', start: 30, end: 35 });
    const lists = fakeGo.callsTo('SpanService', 'ListForReader').length;
    await vi.advanceTimersByTimeAsync(CONFIRM_MS + 10);
    expect(fakeGo.callsTo('SpanService', 'ListForReader').length).toBe(lists + 1);
  });

  it('a refused change reports Go’s message and refreshes instead of applying anything', async () => {
    fakeGo.fail('SpanService', 'Update', 'invalid', 'the span would cut a character in two');
    const lists = fakeGo.callsTo('SpanService', 'ListForReader').length;
    expect(await annotations.update(10, { start: 21 })).toBeUndefined();
    expect(errors.items[0]?.message).toBe('the span would cut a character in two');
    await settle();
    expect(fakeGo.callsTo('SpanService', 'ListForReader').length).toBe(lists + 1);
  });

  it('rejecting drops spans from the list; accepting restyles them', async () => {
    fakeGo.answer('SpanService', 'SetState', () => null);
    await annotations.setState([12], 'accepted');
    expect(annotations.list.find((s) => s.id === 12)?.state).toBe('accepted');
    await annotations.setState([12, 10], 'rejected');
    expect(annotations.list.map((s) => s.id)).toEqual([11, 13]);
    expect(fakeGo.callsTo('SpanService', 'SetState')).toEqual([[[12], 'accepted'], [[12, 10], 'rejected']]);
  });

  it('deleting the selected span clears the selection; its quote names the status', async () => {
    fakeGo.answer('SpanService', 'Delete', () => null);
    annotations.select(10);
    await annotations.remove(10);
    expect(annotations.selectedId).toBeNull();
    expect(annotations.status).toBe('Deleted “q10”');
    expect(annotations.list.some((s) => s.id === 10)).toBe(false);
  });

  it('undo asks Go for the state when it thinks there is nothing, and says what it undid', async () => {
    history = { canUndo: true, canRedo: false, undoLabel: 'Tag “Kim” as person', redoLabel: '', undoNote: '' };
    fakeGo.answer('HistoryService', 'Undo', () => ({ canUndo: false, canRedo: true, undoLabel: '', redoLabel: 'Tag “Kim” as person' }));
    await annotations.undo();
    expect(fakeGo.callsTo('HistoryService', 'Undo')).toHaveLength(1);
    expect(annotations.status).toBe('Undid: Tag “Kim” as person');
    expect(annotations.history.canRedo).toBe(true);

    fakeGo.answer('HistoryService', 'Redo', () => ({ canUndo: true, canRedo: false, undoLabel: 'Tag “Kim” as person', redoLabel: '' }));
    await annotations.redo();
    expect(annotations.status).toBe('Redid: Tag “Kim” as person');
  });

  it('undo with nothing to undo calls nothing', async () => {
    annotations.history = { canUndo: false, canRedo: false, undoLabel: '', redoLabel: '', undoNote: '' };
    fakeGo.answer('HistoryService', 'Undo', () => {
      throw new Error('must not be called');
    });
    await annotations.undo();
    expect(fakeGo.callsTo('HistoryService', 'Undo')).toHaveLength(0);
    expect(fakeGo.callsTo('HistoryService', 'State').length).toBeGreaterThan(0);
  });

  it('marking a claim selects the new mention Go names in its answer', async () => {
    fakeGo.answer('ClaimService', 'AddMention', () => ({ id: 7, mentions: [{ spanId: 10, articleId: 1, start: 20, end: 25 }, { spanId: 31, articleId: 1, start: 50, end: 60 }] }));
    expect(await annotations.addMention({ start: 50, end: 60, quote: 'eleven thousand' }, 7, '')).toBe(true);
    expect(annotations.selectedId).toBe(31);
  });
});
