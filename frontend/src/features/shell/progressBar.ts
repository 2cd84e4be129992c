// Pure text of the progress strip's bars.
import type { TaskState } from '../../stores/progress.svelte';

/** How far a task is, 0–100, or null while its size is not known (an indeterminate bar). */
export function percentDone(t: Pick<TaskState, 'done' | 'total'>): number | null {
  return t.total > 0 ? Math.min(100, Math.round((100 * t.done) / t.total)) : null;
}

/** "3 / 10" beside the bar, "…" before the size is known. */
export function countText(t: Pick<TaskState, 'done' | 'total'>): string {
  return t.total ? `${t.done} / ${t.total}` : '…';
}

/** What a screen reader says of the bar. */
export function ariaText(t: Pick<TaskState, 'done' | 'total'>): string {
  return t.total ? `${t.done} of ${t.total}` : 'starting';
}
