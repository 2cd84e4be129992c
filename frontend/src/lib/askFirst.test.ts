import { describe, expect, it } from 'vitest';
import { AskFirst } from './askFirst.svelte';
import { workspace } from '../stores/workspace.svelte';

// the tests run in node: AskFirst remembers the focused button to give the focus back
(globalThis as { document?: unknown }).document ??= { activeElement: null };

// File ▸ Open with a confirmation open: its ids name the old file's records, which in the
// new file are other articles or entities; the confirmation must not act on them.
describe('AskFirst across File ▸ Open', () => {
  it('closes a confirmation opened in the workspace since left', async () => {
    const asking = new AskFirst<{ ids: number[] }>();
    await asking.ask(async () => ({ ids: [2, 3] }));
    expect(asking.asking).toEqual({ ids: [2, 3] });
    workspace.opened++;
    expect(asking.asking).toBeNull();
  });

  it('does not open a preview that was read while the workspace changed', async () => {
    const asking = new AskFirst<{ ids: number[] }>();
    let answer: (v: { ids: number[] }) => void = () => {};
    const shown = asking.ask(() => new Promise((resolve) => (answer = resolve)));
    workspace.opened++;
    answer({ ids: [4] });
    await shown;
    expect(asking.asking).toBeNull();
    expect(asking.busy).toBe(false);
  });

  it('a preview read in the open workspace opens, and Cancel closes it', async () => {
    const asking = new AskFirst<{ ids: number[] }>();
    await asking.ask(async () => ({ ids: [7] }));
    expect(asking.asking).toEqual({ ids: [7] });
    await asking.cancel();
    expect(asking.asking).toBeNull();
  });
});
