// The reader's "edit details" form for an article's own facts, as plain logic: the form's
// fields from an article, the ArticleUpdate to send from the fields, and which facts the
// article list flags as missing. The server checks everything again (ArticleService.Update).

import type { ArticleUpdate } from '../api/articles';

/** What the form edits: the date and the time apart, as <input type=date|time> hold them. */
export interface DetailsFields {
  outlet: string;
  date: string; // 'YYYY-MM-DD' or ''
  time: string; // 'HH:MM' or ''
  url: string;
  byline: string;
  language: string;
}

interface ArticleFacts {
  source: string;
  publishedAt: string;
  url?: string;
  byline?: string;
  language?: string;
}

/** The form's fields for an article as it is. */
export function fieldsOf(a: ArticleFacts): DetailsFields {
  const [date = '', time = ''] = a.publishedAt.split('T');
  return { outlet: a.source, date, time: time.slice(0, 5), url: a.url ?? '', byline: a.byline ?? '', language: a.language ?? '' };
}

/** The update to send, or the message that stops it (a time without a date). */
export function updateOf(f: DetailsFields): { update?: ArticleUpdate; error?: string } {
  const date = f.date.trim();
  const time = f.time.trim();
  if (time !== '' && date === '') return { error: 'A time needs a date.' };
  const publishedAt = date === '' ? '' : time === '' ? date : `${date}T${time.slice(0, 5)}`;
  return { update: { outlet: f.outlet.trim(), publishedAt, url: f.url.trim(), byline: f.byline.trim(), language: f.language.trim() } };
}

/** The facts the list flags so the analyst can fill them in: every relative date depends on them. */
export function missingFacts(a: { source: string; publishedAt: string }): string[] {
  const out: string[] = [];
  if (a.source.trim() === '') out.push('outlet');
  if (a.publishedAt.trim() === '') out.push('date');
  return out;
}
