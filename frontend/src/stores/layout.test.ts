import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeGo, settle } from '../test/fakeGo';
import { clampWidth, DEFAULT_LAYOUT, layout } from './layout.svelte';

beforeEach(() => {
  fakeGo.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => vi.useRealTimers());

describe('layout store (pane widths)', () => {
  it('clamps widths to the panes’ bounds; nonsense falls back to the default', () => {
    expect(clampWidth('listWidth', 10)).toBe(180);
    expect(clampWidth('listWidth', 9999)).toBe(560);
    expect(clampWidth('sideWidth', 333.6)).toBe(334);
    expect(clampWidth('sideWidth', Number.NaN)).toBe(DEFAULT_LAYOUT.sideWidth);
  });

  it('restores saved widths (clamped) and the last article', async () => {
    fakeGo.answer('SettingsService', 'Get', () => ({ panels: { listWidth: 9000, sideWidth: 0 }, lastArticleId: 42 }));
    expect(await layout.restore()).toBe(42);
    expect(layout.listWidth).toBe(560);
    expect(layout.sideWidth).toBe(DEFAULT_LAYOUT.sideWidth);
  });

  it('saves at most every 400 ms, the last widths and article', async () => {
    fakeGo.answer('SettingsService', 'Get', () => ({ panels: { listWidth: 300, sideWidth: 340 }, lastArticleId: null }));
    fakeGo.answer('SettingsService', 'SaveLayout', () => ({}));
    await layout.restore();
    layout.resize('listWidth', 250);
    layout.resize('listWidth', 260);
    layout.save(7);
    vi.advanceTimersByTime(399);
    expect(fakeGo.callsTo('SettingsService', 'SaveLayout')).toEqual([]);
    vi.advanceTimersByTime(1);
    await settle();
    expect(fakeGo.callsTo('SettingsService', 'SaveLayout')).toEqual([[{ listWidth: 260, sideWidth: 340 }, 7]]);
  });

  it('a save that fails is not the analyst’s problem: nothing thrown, nothing shown', async () => {
    fakeGo.fail('SettingsService', 'SaveLayout', 'internal', 'read-only config folder');
    layout.resize('sideWidth', 400);
    vi.advanceTimersByTime(400);
    await settle();
    expect(fakeGo.callsTo('SettingsService', 'SaveLayout')).toHaveLength(1);
  });

  it('without a settings service (an older build) the defaults stand and nothing is saved', async () => {
    fakeGo.fail('SettingsService', 'Get', 'internal', 'SettingsService.Get is not bound in this build');
    expect(await layout.restore()).toBeNull();
    fakeGo.answer('SettingsService', 'SaveLayout', () => ({}));
    layout.resize('listWidth', 200);
    vi.advanceTimersByTime(1000);
    await settle();
    expect(fakeGo.callsTo('SettingsService', 'SaveLayout')).toEqual([]);
    expect(layout.listWidth).toBe(200);
  });
});
