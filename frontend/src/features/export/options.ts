// Pure rules of the export dialog: which formats and filters apply to what, the
// options sent to Go, and the file name suggested to the save dialog.
import type { ExportFormat, ExportOptions, ExportWhat } from '../../api/export';
import type { ArticleChoice } from '../../api/articles';

export const WHAT_LABELS: Record<ExportWhat, string> = {
  annotations: 'Annotations (every span, with state and origin)',
  claims: 'Claims',
  entities: 'Entities',
  mentions: 'Claim mentions',
  assessments: 'Assessments',
  evidence: 'Evidence',
  sources: 'Sources',
  bundle: 'Bundle for a merge (the whole workspace, with its history)',
};

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  csv: 'CSV',
  jsonl: 'JSON Lines',
  webannotation: 'W3C Web Annotation (JSON-LD)',
  claimreview: 'schema.org ClaimReview (JSON-LD)',
  xlsx: 'Excel workbook (typed cells, frozen header, filters)',
};

// What the views show: Export… opened from one of them offers that first (uxwalk5: from a
// claim's page it offered Annotations, the claims one choice down).
const VIEW_WHAT: Record<string, ExportWhat> = { reader: 'annotations', claims: 'claims', matrix: 'claims', entities: 'entities', sources: 'sources' };

/** What Export… offers first when opened from view; null: the last choice stays. */
export function whatForView(view: string): ExportWhat | null {
  return VIEW_WHAT[view] ?? null;
}

/** Formats that apply to what (Go refuses the others). */
export function formatsFor(what: ExportWhat): ExportFormat[] {
  if (what === 'bundle') return ['jsonl'];
  if (what === 'annotations') return ['csv', 'jsonl', 'xlsx', 'webannotation'];
  if (what === 'claims') return ['csv', 'jsonl', 'xlsx', 'claimreview'];
  return ['csv', 'jsonl', 'xlsx'];
}

const TAGGED = new Set<ExportWhat>(['annotations', 'mentions', 'claims', 'assessments', 'evidence']);
const STATEFUL = new Set<ExportWhat>(['annotations', 'mentions']);

/** Which filters apply to what (the article and since filters to all but a bundle, which is whole). */
export function filtersFor(what: ExportWhat): { tag: boolean; state: boolean; any: boolean } {
  return { tag: TAGGED.has(what), state: STATEFUL.has(what), any: what !== 'bundle' };
}

/** The options Go gets: filters that do not apply are cleared, the format falls back to CSV. */
export function normalizeOptions(o: ExportOptions): ExportOptions {
  const f = filtersFor(o.what);
  const format = formatsFor(o.what).includes(o.format) ? o.format : (formatsFor(o.what)[0] ?? 'csv');
  return {
    what: o.what,
    format,
    articleId: f.any && o.articleId > 0 ? o.articleId : 0,
    tag: f.tag ? o.tag.trim() : '',
    since: f.any ? o.since.trim() : '',
    state: f.state ? o.state : '',
    excel: format === 'csv' && o.excel,
  };
}

/** The name Go would suggest (claimdesk-annotations-article3-20261122.csv), for the native save dialog. */
export function suggestedFilename(o: ExportOptions, now: Date): string {
  const d = `${now.getUTCFullYear()}${String(now.getUTCMonth() + 1).padStart(2, '0')}${String(now.getUTCDate()).padStart(2, '0')}`;
  const base = `claimdesk-${o.what}${o.articleId > 0 ? `-article${o.articleId}` : ''}-${d}`;
  if (o.format === 'csv' || o.format === 'jsonl' || o.format === 'xlsx') return `${base}.${o.format}`;
  return `${base}.${o.format}.jsonl`;
}

/** MIME type of a download. */
export function mimeOf(format: ExportFormat): string {
  if (format === 'xlsx') return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return format === 'csv' ? 'text/csv;charset=utf-8' : 'application/x-ndjson;charset=utf-8';
}

/** The bytes of a download: text as it is, a binary export (xlsx) from its base64. */
export function downloadBytes(content: string, encoding: string | undefined): string | Uint8Array<ArrayBuffer> {
  if (encoding !== 'base64') return content;
  const bin = atob(content);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * The article picker's options after "Every article": the article chosen (kept while other
 * titles are looked for), then the matches of the current search without it. A chosen id
 * whose title is not known (`chosen` null or another article) is offered as "Article N",
 * so the select never shows a blank.
 */
export function articleOptions(selectedId: number, chosen: ArticleChoice | null, matches: ArticleChoice[]): ArticleChoice[] {
  const out: ArticleChoice[] = [];
  if (selectedId > 0) {
    const known = chosen?.id === selectedId ? chosen : matches.find((m) => m.id === selectedId);
    out.push(known ?? { id: selectedId, title: `Article ${selectedId}`, source: '', publishedAt: '' });
  }
  for (const m of matches) if (m.id !== selectedId) out.push(m);
  return out;
}
