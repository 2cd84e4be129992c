import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeGo } from '../test/fakeGo';
import { progress } from './progress.svelte';
import { errors } from './errors.svelte';

beforeEach(() => {
  fakeGo.reset();
  errors.clear();
  progress.listen();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => vi.useRealTimers());

describe('progress store', () => {
  it('shows Go’s progress events; a background task that finishes lingers briefly, then goes', () => {
    fakeGo.emit('progress', { task: 'suggest', done: 3, total: 10, label: 'article 3' });
    expect(progress.get('suggest')).toMatchObject({ done: 3, total: 10, label: 'article 3' });
    fakeGo.emit('progress', { task: 'suggest', done: 10, total: 10, label: '' });
    vi.advanceTimersByTime(600);
    expect(progress.running('suggest')).toBe(true);
    vi.advanceTimersByTime(200);
    expect(progress.running('suggest')).toBe(false);
  });

  it('a background task that falls silent goes after a while', () => {
    fakeGo.emit('progress', { task: 'import', done: 1, total: 0, label: '' });
    vi.advanceTimersByTime(19_000);
    expect(progress.running('import')).toBe(true);
    vi.advanceTimersByTime(2_000);
    expect(progress.running('import')).toBe(false);
  });

  it('ignores events that are not progress of a known task, and clamps nonsense counts', () => {
    fakeGo.emit('progress', { task: 'format-disk', done: 1, total: 1 });
    fakeGo.emit('progress', null);
    expect(progress.tasks).toEqual([]);
    fakeGo.emit('progress', { task: 'export', done: -4, total: 2.7, label: 'x' });
    expect(progress.get('export')).toMatchObject({ done: 0, total: 2 });
  });

  it('a task this window runs stays until its call returns, whatever its events say', async () => {
    let finish!: (v: string) => void;
    const run = progress.track('import', () => new Promise<string>((r) => (finish = r)), 'a.txt');
    expect(progress.get('import')).toMatchObject({ done: 0, total: 0, label: 'a.txt' });
    fakeGo.emit('progress', { task: 'import', done: 5, total: 5, label: '' });
    vi.advanceTimersByTime(30_000);
    expect(progress.running('import')).toBe(true);
    finish('ok');
    expect(await run).toBe('ok');
    expect(progress.running('import')).toBe(false);
  });

  it('Cancel calls the task’s service; a stale bar (nothing running in Go) goes', async () => {
    fakeGo.answer('SuggestionService', 'Cancel', () => false);
    fakeGo.emit('progress', { task: 'suggest', done: 1, total: 9, label: '' });
    await progress.cancel('suggest');
    expect(fakeGo.callsTo('SuggestionService', 'Cancel')).toHaveLength(1);
    expect(progress.running('suggest')).toBe(false);
  });

  it('a failed Cancel shows why and lets the analyst try again', async () => {
    fakeGo.fail('FeedService', 'Cancel', 'internal', 'cannot reach the feed worker');
    fakeGo.emit('progress', { task: 'feeds', done: 1, total: 9, label: '' });
    await progress.cancel('feeds');
    expect(errors.items[0]?.message).toBe('cannot reach the feed worker');
    expect(progress.get('feeds')?.cancelling).toBe(false);
  });

  it('say replaces the notice; dismiss clears it', () => {
    progress.say('Import: 3 stored');
    const first = progress.notice!.id;
    progress.say('Import: 3 stored');
    expect(progress.notice!.id).toBe(first + 1);
    progress.dismissNotice();
    expect(progress.notice).toBeNull();
  });
});
