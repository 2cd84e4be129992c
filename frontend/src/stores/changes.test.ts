import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeGo } from '../test/fakeGo';
import { onWorkspaceChanged, touches, WORKSPACE_CHANGED } from './changes';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

describe('onWorkspaceChanged', () => {
  it('runs every registered refresh once after a burst of changes', () => {
    const a = vi.fn();
    const b = vi.fn();
    const stopA = onWorkspaceChanged(a);
    const stopB = onWorkspaceChanged(b);
    for (let i = 0; i < 5; i++) fakeGo.emit(WORKSPACE_CHANGED, { tables: ['spans'] });
    vi.advanceTimersByTime(59);
    expect(a).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
    stopA();
    fakeGo.emit(WORKSPACE_CHANGED, {});
    vi.advanceTimersByTime(60);
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
    stopB();
  });

  it('the last one stopping unsubscribes; a new one subscribes again', () => {
    const a = vi.fn();
    onWorkspaceChanged(a)();
    fakeGo.emit(WORKSPACE_CHANGED, {});
    vi.advanceTimersByTime(100);
    expect(a).not.toHaveBeenCalled();
    const b = vi.fn();
    const stop = onWorkspaceChanged(b);
    fakeGo.emit(WORKSPACE_CHANGED, {});
    vi.advanceTimersByTime(100);
    expect(b).toHaveBeenCalledTimes(1);
    stop();
  });
});

describe('the tables of a burst', () => {
  it('are passed to every refresh, gathered over the burst; a change naming none counts as all', () => {
    const seen: string[][] = [];
    const stop = onWorkspaceChanged((t) => seen.push([...t].sort()));
    fakeGo.emit(WORKSPACE_CHANGED, { tables: ['spans'] });
    fakeGo.emit(WORKSPACE_CHANGED, { tables: ['claim_mentions', 'spans'] });
    vi.advanceTimersByTime(60);
    fakeGo.emit(WORKSPACE_CHANGED, {});
    vi.advanceTimersByTime(60);
    expect(seen).toEqual([['claim_mentions', 'spans'], ['*']]);
    stop();
  });

  it('touches says whether a burst concerns some tables', () => {
    expect(touches(new Set(['spans']), ['spans', 'claim_mentions'])).toBe(true);
    expect(touches(new Set(['assessments']), ['spans', 'claim_mentions'])).toBe(false);
    expect(touches(new Set(['*']), ['spans'])).toBe(true);
  });
});
