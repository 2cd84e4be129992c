import { describe, expect, it } from 'vitest';
import { confirmLeavingWithUnsavedWork, hasUnsavedWork, trackUnsaved } from './unsavedWork';

describe('unsavedWork', () => {
  it('is unsaved while any registered form says so, and not after it is removed', () => {
    let dirty = false;
    const stop = trackUnsaved(() => dirty);
    const clean = trackUnsaved(() => false);
    expect(hasUnsavedWork()).toBe(false);
    dirty = true;
    expect(hasUnsavedWork()).toBe(true);
    stop();
    expect(hasUnsavedWork()).toBe(false);
    clean();
  });

  it('the unload handler asks to confirm only with unsaved work', () => {
    const ev = () => {
      const e = { defaultPrevented: false, returnValue: undefined as unknown, preventDefault() { this.defaultPrevented = true; } };
      return e;
    };
    const quiet = ev();
    confirmLeavingWithUnsavedWork(quiet as unknown as BeforeUnloadEvent);
    expect(quiet.defaultPrevented).toBe(false);
    const stop = trackUnsaved(() => true);
    const asked = ev();
    confirmLeavingWithUnsavedWork(asked as unknown as BeforeUnloadEvent);
    expect(asked.defaultPrevented).toBe(true);
    stop();
  });
});
