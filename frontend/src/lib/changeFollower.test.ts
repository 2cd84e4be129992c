import { describe, expect, it } from 'vitest';
import { ChangeFollower } from './changeFollower';

describe('ChangeFollower', () => {
  it('refreshes at once while the view is shown', () => {
    let n = 0;
    const f = new ChangeFollower(() => true, () => n++);
    f.changed();
    f.changed();
    expect(n).toBe(2);
    expect(f.resume()).toBe(false);
    expect(n).toBe(2);
  });
  it('refreshes once, when shown again, after changes while hidden', () => {
    let n = 0;
    let shown = false;
    const f = new ChangeFollower(() => shown, () => n++);
    f.changed();
    f.changed();
    f.changed();
    expect(n).toBe(0);
    shown = true;
    expect(f.resume()).toBe(true);
    expect(n).toBe(1);
    expect(f.resume()).toBe(false);
    expect(n).toBe(1);
  });
  it('a refresh while shown clears a change missed before', () => {
    let n = 0;
    let shown = false;
    const f = new ChangeFollower(() => shown, () => n++);
    f.changed();
    shown = true;
    f.changed();
    expect(n).toBe(1);
    expect(f.resume()).toBe(false);
  });
});
