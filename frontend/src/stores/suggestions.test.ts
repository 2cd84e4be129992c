import { beforeEach, describe, expect, it } from 'vitest';
import { fakeGo, settle } from '../test/fakeGo';
import { suggestions, SUGGESTION_PAGE } from './suggestions.svelte';
import { errors } from './errors.svelte';
import { progress } from './progress.svelte';
import { nav } from './nav.svelte';

const sugg = (spanId: number) => ({ spanId, articleId: 1, type: 'person', quote: `q${spanId}` });

beforeEach(async () => {
  fakeGo.reset();
  errors.clear();
  fakeGo.answer('SuggestionService', 'List', () => [sugg(1), sugg(2)]);
  fakeGo.answer('SuggestionService', 'Counts', () => ({ person: 7, place: 3 }));
  fakeGo.answer('SpanService', 'ListForReader', () => []);
  fakeGo.answer('HistoryService', 'State', () => ({ canUndo: true, canRedo: false, undoLabel: 'Accept', redoLabel: '' }));
  suggestions.filter = { articleId: 0, type: '', minConfidence: 0 };
  suggestions.limit = SUGGESTION_PAGE;
  await suggestions.load();
});

describe('suggestions store', () => {
  it('counts per type give the total and what the type filter matches', () => {
    expect(suggestions.total).toBe(10);
    expect(suggestions.matching).toBe(10);
    suggestions.filter = { ...suggestions.filter, type: 'place' };
    expect(suggestions.matching).toBe(3);
    suggestions.filter = { ...suggestions.filter, type: 'date' };
    expect(suggestions.matching).toBe(0);
  });

  it('asks for the rows with the type and limit, and the counts of every type', () => {
    const [list] = fakeGo.callsTo('SuggestionService', 'List').at(-1)!;
    const [counts] = fakeGo.callsTo('SuggestionService', 'Counts').at(-1)!;
    expect(list).toMatchObject({ articleId: 0, type: '', limit: SUGGESTION_PAGE });
    expect(counts).toMatchObject({ type: '', limit: 0 });
  });

  it('a filter that changes reloads from the first page; the same filter does not', async () => {
    suggestions.more();
    expect(suggestions.limit).toBe(2 * SUGGESTION_PAGE);
    await settle();
    const calls = fakeGo.callsTo('SuggestionService', 'List').length;
    suggestions.setFilter({ type: '' });
    await settle();
    expect(fakeGo.callsTo('SuggestionService', 'List').length).toBe(calls);
    suggestions.setFilter({ minConfidence: 0.8 });
    await settle();
    expect(suggestions.limit).toBe(SUGGESTION_PAGE);
    expect(fakeGo.callsTo('SuggestionService', 'List').at(-1)![0]).toMatchObject({ minConfidence: 0.8, limit: SUGGESTION_PAGE });
  });

  it('the focused row is dropped when it leaves the list', async () => {
    suggestions.focusedId = 2;
    fakeGo.answer('SuggestionService', 'List', () => [sugg(1)]);
    await suggestions.load();
    expect(suggestions.focusedId).toBeNull();
  });

  it('a decision ends once the list is the latest asked for, not the one its own reload superseded', async () => {
    fakeGo.answer('SuggestionService', 'Accept', () => 1);
    const list = fakeGo.hold('SuggestionService', 'List');
    let done = false;
    const accepted = suggestions.accept([1]).then(() => (done = true));
    await settle();
    void suggestions.load(); // the change's workspace:changed reload, started meanwhile
    await settle();
    expect(list.waiting().length).toBe(2);
    list.release([sugg(1), sugg(2)]); // the decision's own reload: superseded, its rows not taken
    await settle();
    expect(done).toBe(false);
    list.release([sugg(2)]);
    await accepted;
    expect(suggestions.shown.map((s) => s.spanId)).toEqual([2]);
  });

  it('accepting says how many, and refreshes the list and the reader', async () => {
    fakeGo.answer('SuggestionService', 'Accept', (ids) => (ids as number[]).length);
    expect(await suggestions.accept([1, 2])).toBe(2);
    expect(suggestions.status).toBe('Accepted 2');
    expect(fakeGo.callsTo('HistoryService', 'State').length).toBeGreaterThan(0);
    expect(suggestions.busy).toBe(false);
  });

  it('a refused rejection reports and counts none', async () => {
    fakeGo.fail('SuggestionService', 'Reject', 'conflict', 'workspace busy');
    expect(await suggestions.reject([1])).toBe(0);
    expect(errors.items[0]?.message).toBe('workspace busy');
  });

  it('a run on one article says what it found and offers to review it there', async () => {
    fakeGo.answer('SuggestionService', 'Run', () => ({ articles: 1, suggested: 1, skipped: 0, cancelled: false, items: [{ title: 'Visit' }] }));
    await suggestions.run(4, 'Minister in Pyongyang');
    expect(progress.notice?.text).toBe('1 new suggestion in “Minister in Pyongyang”');
    progress.notice!.action!.run();
    expect(nav.view).toBe('suggestions');
    expect(nav.params).toEqual({ articleId: 4 });
    expect(suggestions.filter.articleId).toBe(4);
  });

  it('a run over every article that finds nothing says so', async () => {
    fakeGo.answer('SuggestionService', 'Run', () => ({ articles: 5, suggested: 0, skipped: 0, cancelled: false, items: [] }));
    await suggestions.run(0);
    expect(progress.notice?.text).toBe('No new suggestions in 5 articles');
  });

  it('countWhere counts the filtered type, or all', async () => {
    suggestions.filter = { articleId: 0, type: 'person', minConfidence: 0 };
    expect((await suggestions.countWhere()).n).toBe(7);
    suggestions.filter = { articleId: 0, type: '', minConfidence: 0 };
    expect((await suggestions.countWhere()).n).toBe(10);
  });

  it('acceptWhere accepts the filter that was counted, with the count confirmed, whatever the filter is now', async () => {
    fakeGo.answer('SuggestionService', 'AcceptWhere', () => 7);
    suggestions.filter = { articleId: 0, type: 'person', minConfidence: 0.5 };
    const { filter, n } = await suggestions.countWhere();
    suggestions.filter = { articleId: 0, type: 'place', minConfidence: 0 };
    expect(await suggestions.acceptWhere(filter, n)).toBe(7);
    const [sent] = fakeGo.callsTo('SuggestionService', 'AcceptWhere').at(-1)!;
    expect(sent).toMatchObject({ type: 'person', minConfidence: 0.5, expect: 7 });
  });
});
