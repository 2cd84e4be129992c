// Keeps the keyboard focus where the analyst was across an action that re-renders
// what they were on (undo, redo): a focused element that is removed or disabled drops
// the focus to the page, and the next key (Tab, ←/→, Ctrl+Z again) starts from the top.
// After the action, and for as long as its refresh may still re-render (the
// workspace-changed refresh arrives ~60 ms after), a focus found on the page is put
// back: on the element itself if it is still there and usable, else on its re-rendered
// twin (same data-testid) in the same card or row (lib/focusScope: never another card's
// button of the same name), else on `instead` (the caller knows what comes next: the
// next candidate after the ticked ones were added), else on its nearest focusable
// ancestor, else on the open view's home ([data-focus-home]: the article text, a view's page).

import { sameScope, scopeKey, type Scope } from './focusScope';

const SETTLE_MS = 1000;

/** What counts as a card or row: a mention card, a list row, a table row, or a marked scope. */
const SCOPE = 'article, li, tr, [data-focus-scope]';

function scopeOf(el: Element): Scope | null {
  const s = el.parentElement?.closest<HTMLElement>(SCOPE);
  if (!s) return null;
  const key = scopeKey({ ...s.dataset });
  return { node: s, key: key && `${s.tagName}|${s.dataset.testid ?? ''}|${key}` };
}

function usable(el: Element | null | undefined): el is HTMLElement {
  return (
    el instanceof HTMLElement &&
    el.isConnected &&
    !(el as HTMLButtonElement).disabled &&
    (el.tabIndex >= 0 || el.hasAttribute('tabindex')) &&
    el.getClientRects().length > 0
  );
}

function lost(): boolean {
  const a = document.activeElement;
  return a === null || a === document.body;
}

/** Runs action; if it leaves the focus on the page, puts it back near where it was (see above). */
export async function keepFocus<T>(action: () => Promise<T>, instead: () => HTMLElement | null = () => null): Promise<T> {
  const was = document.activeElement;
  if (!(was instanceof HTMLElement) || was === document.body) return action();
  const testId = was.dataset.testid;
  const wasIn = scopeOf(was);
  const ancestors: HTMLElement[] = [];
  for (let p = was.parentElement; p && p !== document.body; p = p.parentElement) ancestors.push(p);

  const target = (): HTMLElement | undefined => {
    if (usable(was)) return was;
    const stillThere = wasIn !== null && (wasIn.node as Element).isConnected;
    const twin = testId
      ? [...document.querySelectorAll(`[data-testid="${CSS.escape(testId)}"]`)].find((t) => usable(t) && sameScope(wasIn, scopeOf(t), stillThere))
      : undefined;
    if (usable(twin)) return twin;
    const other = instead();
    if (usable(other)) return other;
    const near = ancestors.find(usable);
    if (near) return near;
    return [...document.querySelectorAll('[data-focus-home]')].find(usable);
  };

  const result = await action();
  const until = performance.now() + SETTLE_MS;
  const watch = (): void => {
    if (lost()) target()?.focus({ preventScroll: true });
    if (performance.now() < until) requestAnimationFrame(watch);
  };
  watch();
  return result;
}
