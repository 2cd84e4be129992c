import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './afterPaint';

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
