import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, afterPaintIdle } from './afterPaint';

describe('afterPaint', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('resolves', async () => {
    await expect(afterPaint()).resolves.toBeUndefined();
  });

  it('resolves after a frame', async () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    let done = false;
    const p = afterPaint().then(() => (done = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    frames.forEach((f) => f());
    await p;
    expect(done).toBe(true);
  });

  it('resolves without a frame (a hidden window does not paint)', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    await expect(afterPaint()).resolves.toBeUndefined();
  });
});

describe('afterPaintIdle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('waits for the frame, then for the idle callback', async () => {
    const frames: (() => void)[] = [];
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
    let done = false;
    const p = afterPaintIdle().then(() => (done = true));
    frames.forEach((f) => f());
    await new Promise((r) => setTimeout(r, 10));
    expect([done, idle.length]).toEqual([false, 1]);
    idle.forEach((f) => f());
    await p;
    expect(done).toBe(true);
  });
});
