// One subscription to `workspace:changed` shared by the verification stores:
// each registers a refresh that runs after every change (an undo in the
// reader, an edit in another view, another window on the same file).
import { onEvent, type Unsubscribe } from '../api';
import { WORKSPACE_CHANGED } from '../api/history';

export { WORKSPACE_CHANGED };

const refreshers = new Set<() => void>();
let unsubscribe: Unsubscribe | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Calls fn (debounced) after each workspace change; returns a function that stops it. */
export function onWorkspaceChanged(fn: () => void): () => void {
  refreshers.add(fn);
  unsubscribe ??= onEvent(WORKSPACE_CHANGED, () => {
    // A burst of changes (e.g. a bulk accept) refreshes once.
    clearTimeout(timer);
    timer = setTimeout(() => {
      for (const f of [...refreshers]) f();
    }, 60);
  });
  return () => {
    refreshers.delete(fn);
    if (refreshers.size === 0) {
      unsubscribe?.();
      unsubscribe = undefined;
    }
  };
}
