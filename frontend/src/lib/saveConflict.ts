// A save from a form another window may have saved over meanwhile (the desktop window and
// a browser on `serve`, or two analysts on one file). Each record the UI edits reads with
// readAt (the audit log's newest id); the save sends back the readAt its draft was based
// on, and Go refuses it with conflict when a field it would overwrite was changed since
// (app/read_at.go). The form keeps the analyst's typing, says so, and offers to reload.

import { toApiError } from '../api/errors';

/**
 * The readAt a draft's save sends: the record's readAt while the draft reads as saved
 * (it follows the record, other windows' changes included), else the one it had when
 * the analyst began to change it. Called with what a save sent once it succeeded, it
 * moves the base past that save when the record reads as sent: typing on while the save
 * waited (a busy workspace is retried for ~20 s) builds on it, and the next save must not
 * take this window's own save for another window's.
 */
export function draftBase(base: number, draft: unknown, saved: unknown, readAt: number): number {
  return draft === saved ? readAt : base;
}

/**
 * The message of a save refused over another window's newer edit, else null. Go marks that
 * refusal (code conflict, stale: true; app/read_at.go); other conflicts ("workspace busy",
 * which api/transport retries and the banner then shows; a merged entity; a name taken)
 * carry no marker, whatever words they hold (they may quote the analyst's names).
 */
export function conflictMessage(err: unknown): string | null {
  const e = toApiError(err);
  return e.code === 'conflict' && e.stale ? e.message : null;
}

/** A refused save as the form shows it: Go's message and what the analyst typed, to copy. */
export interface SaveConflict {
  message: string;
  mine: string;
}

/** What the note says once the analyst has reloaded the record into the field. */
export const RELOADED = 'Reloaded: the field shows what the other window saved. What you typed is below, to copy.';

/**
 * The fields of a form the analyst changed since it opened (as opened), to send alone: a
 * field left as it opened is not sent back over what another window saved meanwhile.
 */
export function changedOnly<T extends object>(opened: T, form: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(form) as (keyof T)[]) {
    if (form[k] !== opened[k]) out[k] = form[k];
  }
  return out;
}

/** What the analyst typed in a form of several fields, to copy: "Name: Reuters; Note: wire". */
export function typedText(fields: Record<string, unknown>, labels: Record<string, string>): string {
  return Object.entries(fields)
    .map(([k, v]) => `${labels[k] ?? k}: ${String(v)}`)
    .join('; ');
}
