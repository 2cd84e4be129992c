// One subscription to `workspace:changed` shared by the verification stores:
// each registers a refresh that runs after every change (an undo in the
// reader, an edit in another view, another window on the same file).
import { onEvent, type Unsubscribe } from '../api';
import { WORKSPACE_CHANGED } from '../api/history';

export { WORKSPACE_CHANGED };

/** The tables a burst of changes touched; '*' when a change did not say (read as: all of them). */
export type ChangedTables = ReadonlySet<string>;

const refreshers = new Set<(tables: ChangedTables) => void>();
let unsubscribe: Unsubscribe | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let pending = new Set<string>();

/** True when the changes may have touched one of tables (a change that named none touches all). */
export function touches(changed: ChangedTables, tables: readonly string[]): boolean {
  return changed.has('*') || tables.some((t) => changed.has(t));
}

/** Calls fn (debounced) after each workspace change, with the tables the burst touched; returns a function that stops it. */
export function onWorkspaceChanged(fn: (tables: ChangedTables) => void): () => void {
  refreshers.add(fn);
  unsubscribe ??= onEvent(WORKSPACE_CHANGED, (payload?: { tables?: string[] | null }) => {
    for (const t of payload?.tables?.length ? payload.tables : ['*']) pending.add(t);
    // A burst of changes (e.g. a bulk accept) refreshes once.
    clearTimeout(timer);
    timer = setTimeout(() => {
      const tables = pending;
      pending = new Set();
      for (const f of [...refreshers]) f(tables);
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
