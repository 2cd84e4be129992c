// Typing not saved yet (an open Edit attribution form changed, a claim's statement or note
// typed and not left) is lost when the page unloads: since the address keeps the analyst's
// place (lib/placeHash) a reload is an everyday move, and the claim note's "saved when you
// leave the field" does not run on unload. Each form says whether it holds unsaved typing;
// the page asks the browser to confirm leaving while any does (App: beforeunload).

const checks = new Set<() => boolean>();

/** Registers a form's check; returns the function that removes it (call it on destroy). */
export function trackUnsaved(hasUnsaved: () => boolean): () => void {
  checks.add(hasUnsaved);
  return () => checks.delete(hasUnsaved);
}

/** Some form holds typing not saved yet. */
export function hasUnsavedWork(): boolean {
  for (const c of checks) if (c()) return true;
  return false;
}

/** The beforeunload handler: asks the browser to confirm leaving while work is unsaved. */
export function confirmLeavingWithUnsavedWork(e: BeforeUnloadEvent): void {
  if (!hasUnsavedWork()) return;
  e.preventDefault();
  e.returnValue = ''; // older browsers need it set to show the prompt
}

/**
 * The answer to the window's question before File ▸ Open, New or Open Recent switches the
 * workspace (desktop/unsaved_gate.go): the question's id and whether a form holds unsaved
 * typing; null for a question that is not one (no whole-number id).
 */
export function answerUnsavedAsk(ask: unknown): { id: number; unsaved: boolean } | null {
  const id = (ask as { id?: unknown } | null)?.id;
  if (typeof id !== 'number' || !Number.isInteger(id)) return null;
  return { id, unsaved: hasUnsavedWork() };
}
