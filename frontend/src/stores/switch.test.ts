import { beforeEach, describe, expect, it } from 'vitest';
import { fakeGo } from '../test/fakeGo';
import { reloadWorkspace } from './switch';
import { articles } from './articles.svelte';
import { annotations } from './annotations.svelte';
import { claims } from './claims.svelte';
import { layout } from './layout.svelte';
import { workspace } from './workspace.svelte';
import { errors } from './errors.svelte';

const history = { canUndo: false, canRedo: false, undoLabel: '', redoLabel: '', undoNote: '' };

beforeEach(() => {
  fakeGo.reset();
  errors.clear();
});

describe('File ▸ Open (workspace:switched)', () => {
  it('shows the new workspace’s first screen in one call and forgets the old file’s ids', async () => {
    // The old workspace: article 3 and claim 9 open.
    Object.assign(articles, { selectedId: 3, current: { id: 3, title: 'Old', body: 'old text' } });
    Object.assign(claims, { currentId: 9, current: { id: 9, statement: 'old claim' } });
    fakeGo.answer('StartService', 'FirstScreen', () => ({
      workspace: { path: '/w/new.db', schemaVersion: 12, appVersion: 'x', articles: 1, analyst: 'ana' },
      settings: { analyst: 'ana', window: { width: 1, height: 1 }, panels: { listWidth: 250, sideWidth: 0 }, lastArticleId: 5 },
      history,
      articles: { items: [{ id: 5, title: 'New five' }], total: 1, offset: 0 },
      article: { id: 5, title: 'New five', body: 'Kim met them.' },
      spans: [{ id: 21, articleId: 5, kind: 'entity', start: 0, end: 3, quote: 'Kim', anchorStatus: 'exact', state: 'accepted', tags: [] }],
    }));
    expect(await reloadWorkspace()).toBe(true);
    const called = fakeGo.calls.map((c) => `${c.service}.${c.method}`);
    // the first screen in one call; then which of its articles are the samples (stores/switch)
    expect(called).toEqual(['StartService.FirstScreen', 'ArticleService.SampleIDs']);
    expect(workspace.info?.path).toBe('/w/new.db');
    expect(layout.listWidth).toBe(250);
    expect([articles.selectedId, articles.current?.title, articles.total]).toEqual([5, 'New five', 1]);
    expect([claims.currentId, claims.current]).toEqual([null, null]);
    expect([annotations.articleId, annotations.list.map((s) => s.quote)]).toEqual([5, ['Kim']]);
  });

  it('a claim note typed before the switch is not saved into the new workspace under the same id', async () => {
    const before = claims.workspace;
    fakeGo.answer('StartService', 'FirstScreen', () => ({
      workspace: { path: '/w/new.db', schemaVersion: 12, appVersion: 'x', articles: 0, analyst: 'ana' },
      settings: null, history, articles: { items: [], total: 0, offset: 0 }, article: null, spans: [],
    }));
    fakeGo.answer('ClaimService', 'Update', () => ({ id: 9 }));
    await reloadWorkspace();
    // the claim page closes after the switch and tries to keep its draft for claim 9
    claims.keepDraft(before, 9, { note: 'typed in the old workspace', readAt: 1 });
    expect(fakeGo.calls.map((c) => `${c.service}.${c.method}`)).not.toContain('ClaimService.Update');
    // a draft of the workspace now open is kept as before
    claims.keepDraft(claims.workspace, 9, { note: 'typed here', readAt: 1 });
    await Promise.resolve();
    expect(fakeGo.calls.map((c) => `${c.service}.${c.method}`)).toContain('ClaimService.Update');
  });

  it('an empty new workspace opens no article and keeps none of the old one', async () => {
    Object.assign(articles, { selectedId: 3, current: { id: 3, title: 'Old', body: 'old text' } });
    fakeGo.answer('StartService', 'FirstScreen', () => ({
      workspace: { path: '/w/empty.db', schemaVersion: 12, appVersion: 'x', articles: 0, analyst: 'ana' },
      settings: { analyst: 'ana', window: { width: 1, height: 1 }, panels: { listWidth: 300, sideWidth: 340 }, lastArticleId: null },
      history,
      articles: { items: [], total: 0, offset: 0 },
      article: null,
      spans: [],
    }));
    expect(await reloadWorkspace()).toBe(true);
    expect([articles.selectedId, articles.current, articles.total]).toEqual([null, null, 0]);
    expect(annotations.list).toEqual([]);
  });
  it('forgets the articles picked and the sample articles found in the old file', async () => {
    // The old workspace: articles 2 and 3 picked for "Remove 2 articles", its samples found.
    articles.marks = { ids: [2, 3], anchor: 1 };
    articles.samples = [1, 2, 3, 4, 5];
    fakeGo.answer('StartService', 'FirstScreen', () => ({
      workspace: { path: '/w/other.db', schemaVersion: 12, appVersion: 'x', articles: 5, analyst: 'ana' },
      settings: null, history,
      articles: { items: [1, 2, 3, 4, 5].map((id) => ({ id, title: `Other ${id}` })), total: 5, offset: 0 },
      article: null, spans: [],
    }));
    fakeGo.answer('ArticleService', 'SampleIDs', () => []);
    const opened = workspace.opened;
    expect(await reloadWorkspace()).toBe(true);
    // the same ids name other articles here: acting on them would remove those
    expect(articles.marks.ids).toEqual([]);
    // and a Remove confirmation still open (it watches workspace.opened) closes
    expect(workspace.opened).toBe(opened + 1);
    await Promise.resolve();
    expect(articles.samples).toEqual([]);
    expect(fakeGo.calls.map((c) => `${c.service}.${c.method}`)).toContain('ArticleService.SampleIDs');
  });
});
