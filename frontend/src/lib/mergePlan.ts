// Pure logic of the Merge Workspace dialog: what the preview says, which conflicts
// still need a decision, and the resolutions sent back.
import type { MergeLeftOut, MergePlan, MergeResolution, Take } from '../api/merge';

/** The tables in the order the merge walks them, with the words the dialog uses. */
const TABLE_WORDS: [string, string][] = [
  ['sources', 'sources'],
  ['articles', 'articles'],
  ['entities', 'entities'],
  ['entity_aliases', 'aliases'],
  ['entity_judgements', 'entity decisions'],
  ['claims', 'claims'],
  ['tags', 'tags'],
  ['spans', 'annotations'],
  ['claim_mentions', 'claim mentions'],
  ['span_tags', 'annotation tags'],
  ['claim_tags', 'claim tags'],
  ['assessments', 'assessments'],
  ['evidence', 'evidence'],
  ['article_origins', 'article origins'],
  ['claim_mention_values', 'mention values'],
  ['entity_speaks_for', 'speaker affiliations'],
  ['merged_history', 'history entries'],
];

/** "12 annotations, 1 claim" style list of counts (empty when nothing). */
export function countLine(counts: Record<string, number>): string {
  const parts: string[] = [];
  for (const [table, words] of TABLE_WORDS) {
    const n = counts[table] ?? 0;
    if (n > 0) parts.push(`${n.toLocaleString('en')} ${n === 1 ? singular(words) : words}`);
  }
  return parts.join(', ');
}

function singular(words: string): string {
  if (words === 'evidence') return words;
  if (words.endsWith('ies')) return words.slice(0, -3) + 'y';
  return words.endsWith('s') ? words.slice(0, -1) : words;
}

/** The dialog's words for a count of a table's rows: "2 claims", "1 entity". */
function rowsOf(table: string, n: number): string {
  const words = TABLE_WORDS.find(([t]) => t === table)?.[1] ?? table.replaceAll('_', ' ');
  return `${n.toLocaleString('en')} ${n === 1 ? singular(words) : words}`;
}

/**
 * One table's rows left out because the analyst deleted them: "2 claims: “A”, “B”"
 * ("and 3 more" when the plan names fewer than it counts). Plain text: the dialog
 * renders it as text, never markup.
 */
export function leftOutLine(lo: MergeLeftOut): string {
  let line = rowsOf(lo.table, lo.count);
  if (lo.names.length > 0) {
    line += ': ' + lo.names.map((n) => `“${n}”`).join(', ');
    if (lo.count > lo.names.length) line += ` and ${(lo.count - lo.names.length).toLocaleString('en')} more`;
  }
  return line;
}

/** Conflicts the analyst has not decided yet. */
export function undecided(plan: MergePlan, takes: Record<string, Take>): string[] {
  return plan.conflicts.filter((c) => !takes[c.key]).map((c) => c.key);
}

/** The decisions to send, in the plan's order (decisions for keys not in the plan are dropped). */
export function resolutions(plan: MergePlan, takes: Record<string, Take>): MergeResolution[] {
  const out: MergeResolution[] = [];
  for (const c of plan.conflicts) {
    const take = takes[c.key];
    if (take) out.push({ key: c.key, take });
  }
  return out;
}

/** Total rows the merge adds or takes from theirs. */
export function changeCount(plan: MergePlan): number {
  let n = 0;
  for (const v of Object.values(plan.added)) n += v;
  for (const v of Object.values(plan.updated)) n += v;
  return n;
}
