import { beforeEach, describe, expect, it } from 'vitest';
import { fakeGo, settle } from '../test/fakeGo';
import { importer } from './import.svelte';
import { errors } from './errors.svelte';
import { progress } from './progress.svelte';
import { nav } from './nav.svelte';
import { articles } from './articles.svelte';

beforeEach(() => {
  fakeGo.reset();
  errors.clear();
  nav.open('claims');
  fakeGo.answer('ArticleService', 'ListPage', () => ({ items: [], total: 0, offset: 0 }));
  fakeGo.answer('ArticleService', 'Get', (id) => ({ id, title: `Article ${id}` }));
  fakeGo.answer('ImportService', 'Orphans', () => [{ spanId: 1, articleId: 8 }, { spanId: 2, articleId: 99 }]);
  fakeGo.answer('DialogService', 'Available', () => true);
  importer.urlText = '';
});

describe('import store', () => {
  it('web addresses: words that are not addresses stay in the field; the first stored article opens', async () => {
    fakeGo.answer('ImportService', 'ImportURLs', () => ({ imported: 1, items: [{ status: 'imported', articleId: 12, title: 'Visit' }] }));
    importer.urlText = 'https://news.example/a\nnot-a-link\n';
    await importer.importUrlText();
    expect(fakeGo.callsTo('ImportService', 'ImportURLs')).toEqual([[['https://news.example/a'], { encoding: '', maxBytes: 0 }]]);
    expect(importer.urlText).toBe('not-a-link');
    expect(importer.summary?.imported).toBe(1);
    expect(importer.summaryOpen).toBe(true);
    expect(progress.notice?.text).toBe('Import: 1 imported');
    expect(nav.view).toBe('reader');
    await settle();
    expect(articles.selectedId).toBe(12);
  });

  it('no address at all: a clear message and no call', async () => {
    importer.urlText = 'hello world';
    await importer.importUrlText();
    expect(errors.items[0]?.message).toBe('Not a web address: hello, world');
    importer.urlText = '';
    await importer.importUrlText();
    expect(errors.items[0]?.message).toMatch(/Type or paste a web address/);
    expect(fakeGo.callsTo('ImportService', 'ImportURLs')).toEqual([]);
  });

  it('too many addresses at once are refused before anything is fetched', async () => {
    importer.urlText = Array.from({ length: 501 }, (_, i) => `https://news.example/${i}`).join('\n');
    await importer.importUrlText();
    expect(errors.items[0]?.message).toMatch(/501 addresses at once is too many/);
    expect(fakeGo.callsTo('ImportService', 'ImportURLs')).toEqual([]);
  });

  it('one import at a time', async () => {
    const held = fakeGo.hold('ImportService', 'ImportPaths');
    const first = importer.importPaths(['/tmp/a.txt']);
    await settle();
    expect(importer.running).toBe(true);
    expect(await importer.run(async () => ({}) as never)).toBe(false);
    expect(errors.items[0]?.message).toMatch(/already running/);
    held.release({ imported: 1, items: [] });
    await first;
    expect(importer.running).toBe(false);
  });

  it('new versions bring the orphaned annotations of those articles', async () => {
    fakeGo.answer('ImportService', 'ImportPaths', () => ({ versions: 1, items: [{ status: 'version', articleId: 8 }] }));
    await importer.importPaths(['/tmp/a.txt']);
    expect(importer.orphans).toEqual([{ spanId: 1, articleId: 8 }]);
    expect(importer.allOrphans).toHaveLength(2);
  });

  it('a failed import reports and still reloads the list (part of it may be in)', async () => {
    fakeGo.fail('ImportService', 'ImportPaths', 'internal', 'disk full');
    const lists = fakeGo.callsTo('ArticleService', 'ListPage').length;
    await importer.importPaths(['/tmp/a.txt']);
    await settle();
    expect(errors.items[0]?.message).toBe('disk full');
    expect(fakeGo.callsTo('ArticleService', 'ListPage').length).toBe(lists + 1);
  });

  it('the native file dialog: a cancel imports nothing; a choice imports those paths', async () => {
    fakeGo.answer('DialogService', 'ChooseImportFiles', () => null);
    fakeGo.answer('ImportService', 'ImportPaths', () => ({ imported: 2, items: [] }));
    await importer.chooseFiles();
    expect(fakeGo.callsTo('ImportService', 'ImportPaths')).toEqual([]);
    fakeGo.answer('DialogService', 'ChooseImportFiles', () => ['/home/anna/a.txt', '/home/anna/b.md']);
    importer.encoding = 'windows-1252';
    await importer.chooseFiles();
    expect(fakeGo.callsTo('ImportService', 'ImportPaths')).toEqual([[['/home/anna/a.txt', '/home/anna/b.md'], { encoding: 'windows-1252', maxBytes: 0 }]]);
    importer.encoding = '';
  });

  it('a paste opens at once with the text; what the analyst typed meanwhile survives Go’s prefill', async () => {
    const read = fakeGo.hold('ImportService', 'ReadPaste');
    const opening = importer.openPaste('  Kim met the minister.  ', '');
    expect(importer.pasted?.body).toBe('Kim met the minister.');
    expect(importer.pasteBusy).toBe(true);
    importer.pasted = { ...importer.pasted!, title: 'My title' };
    read.release({ title: 'Read title', body: 'Kim met the minister.', outlet: 'KCNA', publishedAt: '', url: '', byline: '', language: 'en' });
    await opening;
    expect(importer.pasted).toMatchObject({ title: 'My title', outlet: 'KCNA', language: 'en' });
    expect(importer.pasteBusy).toBe(false);
  });

  it('a pasted article Go rejects stays in the form with the reason', async () => {
    importer.pasted = { title: 'T', body: 'text', outlet: '', publishedAt: '', url: '', byline: '', language: '' };
    fakeGo.answer('ImportService', 'ImportPasted', () => ({ rejected: 1, items: [{ status: 'rejected', reason: 'the text is empty after cleaning' }] }));
    await importer.importPasted();
    expect(importer.pasteError).toBe('the text is empty after cleaning');
    expect(importer.pasted?.title).toBe('T');

    importer.pasted = { ...importer.pasted!, body: '   ' };
    await importer.importPasted();
    expect(importer.pasteError).toBe('The article has no text.');
    expect(fakeGo.callsTo('ImportService', 'ImportPasted')).toHaveLength(1);
  });

  it('a stored paste closes the form and opens the article', async () => {
    importer.pasted = { title: 'T', body: 'text', outlet: '', publishedAt: '', url: '', byline: '', language: '' };
    fakeGo.answer('ImportService', 'ImportPasted', () => ({ imported: 1, items: [{ status: 'imported', articleId: 30, title: 'T' }] }));
    await importer.importPasted();
    expect(importer.pasted).toBeNull();
    expect(nav.view).toBe('reader');
    expect(progress.notice?.text).toBe('Pasted article imported: “T”');
  });

  it('a paste stored as a new version of another article says of which one, not "imported"', async () => {
    importer.pasted = { title: 'T2', body: 'text', outlet: '', publishedAt: '', url: 'https://x.example/a', byline: '', language: '' };
    fakeGo.answer('ImportService', 'ImportPasted', () => ({
      versions: 1,
      items: [{ status: 'version', articleId: 31, title: 'T2', version: 2, previousVersionId: 30, previousTitle: 'T' }],
    }));
    await importer.importPasted();
    expect(progress.notice?.text).toBe('Pasted article stored as version 2 of “T” (it has the same web address, https://x.example/a)');
  });
});
