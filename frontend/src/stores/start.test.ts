import { beforeEach, describe, expect, it } from 'vitest';
import { fakeGo } from '../test/fakeGo';
import { startUp } from './start';
import { articles } from './articles.svelte';
import { annotations } from './annotations.svelte';
import { layout } from './layout.svelte';
import { workspace } from './workspace.svelte';
import { errors } from './errors.svelte';

const page = { items: [{ id: 7, title: 'Seven' }, { id: 3, title: 'Three' }], total: 2, offset: 0 };
const spans = [{ id: 11, articleId: 3, kind: 'entity', start: 0, end: 4, quote: 'Kim', anchorStatus: 'exact', state: 'suggested', tags: [] }];
const history = { canUndo: true, canRedo: false, undoLabel: 'tag “Kim” as person', redoLabel: '', undoNote: '' };

beforeEach(() => {
  fakeGo.reset();
  errors.clear();
});

describe('start-up (StartService.FirstScreen)', () => {
  it('one call fills every store the first screen reads, and the reader does not ask for the spans again', async () => {
    fakeGo.answer('StartService', 'FirstScreen', () => ({
      workspace: { path: '/w/story.db', schemaVersion: 12, appVersion: 'x', articles: 2, analyst: 'ana' },
      settings: { analyst: 'ana', window: { width: 1, height: 1 }, panels: { listWidth: 420, sideWidth: 0 }, lastArticleId: 3 },
      history,
      articles: page,
      article: { id: 3, title: 'Three', body: 'Kim met them.' },
      spans,
    }));
    expect(await startUp()).toBe(true);
    expect(fakeGo.calls.map((c) => `${c.service}.${c.method}`)).toEqual(['StartService.FirstScreen']);
    expect(fakeGo.calls[0]?.args).toEqual([100]);
    expect(workspace.info?.path).toBe('/w/story.db');
    expect(layout.listWidth).toBe(420);
    expect([articles.total, articles.row(1)?.title, articles.listLoaded]).toEqual([2, 'Three', true]);
    expect([articles.selectedId, articles.current?.title, articles.currentLoading]).toEqual([3, 'Three', false]);
    expect([annotations.articleId, annotations.list.length, annotations.history.undoLabel]).toEqual([3, 1, 'tag “Kim” as person']);
    // The reader's effect loads the open article's spans: the start-up call brought them.
    await annotations.load(3);
    expect(fakeGo.calls).toHaveLength(1);
    // A later load of the same article (a refresh) does ask.
    fakeGo.answer('SpanService', 'ListForReader', () => spans);
    fakeGo.answer('HistoryService', 'ForRow', () => []);
    await annotations.load(3);
    expect(fakeGo.calls.map((c) => c.method)).toContain('ListForReader');
  });

  it('when the call fails, each store asks for its part itself', async () => {
    fakeGo.fail('StartService', 'FirstScreen', 'internal', 'boom');
    fakeGo.answer('WorkspaceService', 'Info', () => ({ path: '/w/other.db', schemaVersion: 12, appVersion: 'x', articles: 2, analyst: 'ana' }));
    fakeGo.answer('HistoryService', 'State', () => history);
    fakeGo.answer('SettingsService', 'Get', () => ({ panels: { listWidth: 300, sideWidth: 340 }, lastArticleId: 7 }));
    fakeGo.answer('ArticleService', 'ListPage', () => page);
    fakeGo.answer('ArticleService', 'Get', (id) => ({ id, title: id === 7 ? 'Seven' : 'Three', body: 'text' }));
    Object.assign(articles, { selectedId: null, current: null }); // nothing open yet
    expect(await startUp()).toBe(true);
    const called = new Set(fakeGo.calls.map((c) => `${c.service}.${c.method}`));
    for (const m of ['WorkspaceService.Info', 'HistoryService.State', 'SettingsService.Get', 'ArticleService.ListPage', 'ArticleService.Get']) expect(called).toContain(m);
    expect(articles.current?.title).toBe('Seven');
    expect(workspace.info?.path).toBe('/w/other.db');
  });
});
