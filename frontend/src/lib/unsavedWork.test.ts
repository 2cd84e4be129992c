import { describe, expect, it } from 'vitest';
import { answerUnsavedAsk, confirmLeavingWithUnsavedWork, hasUnsavedWork, trackUnsaved } from './unsavedWork';

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

  it('answers the window’s question with whether any open form holds unsaved typing', () => {
    let typed = false;
    const untrack = trackUnsaved(() => typed);
    const clean = trackUnsaved(() => false);
    expect(answerUnsavedAsk({ id: 4 })).toEqual({ id: 4, unsaved: false });
    typed = true;
    expect(hasUnsavedWork()).toBe(true);
    expect(answerUnsavedAsk({ id: 5 })).toEqual({ id: 5, unsaved: true });
    untrack(); // the form closed: its typing is no longer the page's
    expect(answerUnsavedAsk({ id: 6 })).toEqual({ id: 6, unsaved: false });
    clean();
  });

  it('does not answer what is not a question', () => {
    for (const bad of [null, undefined, {}, { id: '4' }, { id: 1.5 }, 4]) expect(answerUnsavedAsk(bad)).toBeNull();
  });
});
