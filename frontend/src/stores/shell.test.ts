// The small shell stores: nav, ui (overlays) and workspace.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeGo } from '../test/fakeGo';
import { nav } from './nav.svelte';
import { ui } from './ui.svelte';
import { workspace } from './workspace.svelte';
import { errors } from './errors.svelte';

beforeEach(() => {
  fakeGo.reset();
  errors.clear();
});

describe('nav store', () => {
  it('opens a view with its parameters; opening again with the same bumps seq', () => {
    nav.open('claims', { claimId: 3 });
    const seq = nav.seq;
    nav.open('claims', { claimId: 3 });
    expect([nav.view, nav.params, nav.seq]).toEqual(['claims', { claimId: 3 }, seq + 1]);
    nav.open('reader');
    expect(nav.params).toEqual({});
  });
});

describe('ui store', () => {
  it('closeAll closes overlays and the selection menu, and says whether anything was open', () => {
    expect(ui.closeAll()).toBe(false);
    ui.shortcutsOpen = true;
    ui.menu = { mode: 'root', range: { start: 0, end: 3, quote: 'Kim' }, x: 1, y: 2 };
    expect(ui.closeAll()).toBe(true);
    expect([ui.shortcutsOpen, ui.aboutOpen, ui.menu]).toEqual([false, false, null]);
    ui.legendOpen = true;
    expect(ui.closeAll()).toBe(false); // the legend is not an overlay
    expect(ui.legendOpen).toBe(true);
  });
});

describe('workspace store', () => {
  it('loads the open workspace’s info; a failure is a banner', async () => {
    fakeGo.answer('WorkspaceService', 'Info', () => ({ path: '/home/anna/story.db', schemaVersion: 11, appVersion: 'dev', articles: 5 }));
    await workspace.load();
    expect(workspace.info?.path).toBe('/home/anna/story.db');
    expect(workspace.loading).toBe(false);
    fakeGo.fail('WorkspaceService', 'Info', 'internal', 'the workspace was closed');
    await workspace.load();
    expect(errors.items[0]?.message).toBe('the workspace was closed');
    expect(workspace.loading).toBe(false);
  });
});
