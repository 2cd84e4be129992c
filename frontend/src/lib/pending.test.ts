import { describe, expect, it } from 'vitest';
import { Pending } from './pending.svelte';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('Pending', () => {
  it('is active while its work waits, and not after', async () => {
    const p = new Pending();
    const d = deferred<string>();
    const run = p.run(() => d.promise);
    expect(p.active).toBe(true);
    d.resolve('saved');
    expect(await run).toBe('saved');
    expect(p.active).toBe(false);
  });

  it('starts no second run while one waits', async () => {
    const p = new Pending();
    const d = deferred<number>();
    let calls = 0;
    const first = p.run(() => (calls++, d.promise));
    const second = await p.run(() => (calls++, Promise.resolve(2)));
    expect(second).toBeUndefined();
    expect(calls).toBe(1);
    d.resolve(1);
    expect(await first).toBe(1);
  });

  it('lets go after a failure, which reaches the caller', async () => {
    const p = new Pending();
    await expect(p.run(() => Promise.reject(new Error('workspace busy')))).rejects.toThrow('workspace busy');
    expect(p.active).toBe(false);
    expect(await p.run(() => Promise.resolve('again'))).toBe('again');
  });
});
