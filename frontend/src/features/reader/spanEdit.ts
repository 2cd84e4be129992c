// Pure logic of the side panel's span editor: what a span is called, and where its
// edge moves when the analyst extends or shrinks it by a word.
import { ENTITY_LABELS, type EntityType } from '../../lib/palette';
import { offsetsFor } from '../../lib/offsets';
import { stepWord, type Edge, type Step } from '../../lib/snap';

/** "Person", "Claim mention" or "Note". */
export function kindLabel(s: { kind: string; entityType: string }): string {
  if (s.kind === 'entity') return ENTITY_LABELS[s.entityType as EntityType] ?? s.entityType;
  return s.kind === 'claim' ? 'Claim mention' : 'Note';
}

/**
 * What the side panel says of an entity span's entity: its name; for a suggestion not
 * linked yet, the entity accepting it links to (the suggester's proposed name, a date's
 * normalised value, else the quote), so the analyst sees what "Accept" will do.
 */
export function entityLine(s: { entityName: string; state: string; proposedName?: string; quote: string }): string {
  if (s.entityName) return s.entityName;
  if (s.state === 'suggested') return `Accepting links it to “${s.proposedName || s.quote}”`;
  return '—';
}

/**
 * The span [start, end) of body (code points) with one edge moved by a word, with the
 * quote it then covers; null when there is no word to move to.
 */
export function movedSpan(body: string, span: { start: number; end: number }, edge: Edge, step: Step): { start: number; end: number; quote: string } | null {
  const o = offsetsFor(body);
  const cur = o.spanToUtf16(span);
  const next = stepWord(body, cur, edge, step);
  if (next.start === cur.start && next.end === cur.end) return null;
  const cp = o.spanFromUtf16(next);
  return { start: cp.start, end: cp.end, quote: body.slice(next.start, next.end) };
}
