// Edit attribution is a form over a mention that another window (a second tab, a second
// `serve` session, the desktop window) may change while the form is open. The form used to
// send every field as it opened, so saving a new figure put back the hedge another window
// had saved meanwhile, silently. Now a field the analyst did not touch is sent as the
// mention reads now (the page follows other windows' changes), and a field both changed is
// not saved over: the form says what the other window wrote and keeps the analyst's typing;
// a second Save keeps theirs.

export interface MentionFields {
  rawValue: string;
  hedge: string;
  speaker: string;
  channelSourceId: number;
  originSourceId: number;
  channelText: string;
  isDirectQuote: boolean;
}

export const MENTION_FIELD_LABELS: Record<keyof MentionFields, string> = {
  rawValue: 'Figure as written',
  hedge: 'Hedge',
  speaker: 'Speaker',
  channelSourceId: 'Channel source',
  originSourceId: 'Origin',
  channelText: 'Channel as written',
  isDirectQuote: 'Direct quote',
};

const KEYS = Object.keys(MENTION_FIELD_LABELS) as (keyof MentionFields)[];

export interface MentionMerge {
  /** What to save: the analyst's changes over the mention as it reads now. */
  values: MentionFields;
  /** Fields the analyst changed that another window also changed, to something else. */
  clashes: (keyof MentionFields)[];
  /** The analyst changed this field (the speaker: look the typed name up; else keep the stored entity). */
  changed: (k: keyof MentionFields) => boolean;
}

/** Merges the form (`form`, opened as `opened`) with the mention as it reads now (`now`). */
export function mergeMentionEdit(opened: MentionFields, form: MentionFields, now: MentionFields): MentionMerge {
  const changed = (k: keyof MentionFields): boolean => form[k] !== opened[k];
  const elsewhere = (k: keyof MentionFields): boolean => now[k] !== opened[k];
  const values = { ...now };
  const clashes: (keyof MentionFields)[] = [];
  for (const k of KEYS) {
    if (!changed(k)) continue;
    (values as Record<string, unknown>)[k] = form[k];
    if (elsewhere(k) && now[k] !== form[k]) clashes.push(k);
  }
  return { values, clashes, changed };
}

/** The form's note on clashes: what the other window wrote, by field. `sourceName` names a source id. */
export function clashNote(clashes: (keyof MentionFields)[], now: MentionFields, sourceName: (id: number) => string): string {
  const shown = (k: keyof MentionFields): string => {
    const v = now[k];
    if (k === 'channelSourceId' || k === 'originSourceId') return (v as number) ? sourceName(v as number) : 'none';
    if (typeof v === 'boolean') return v ? 'yes' : 'no';
    return (v as string) === '' ? '(empty)' : `“${v as string}”`;
  };
  const parts = clashes.map((k) => `${MENTION_FIELD_LABELS[k]} is now ${shown(k)}`);
  return `Changed in another window since you opened this form: ${parts.join('; ')}. Your entries are kept: Save again to keep yours, or Cancel to keep the other window's.`;
}
