// Small display helpers for the verification views.
import { STANCES } from '../../api/claims';

/** RFC 3339 → '29 Jun 2025, 14:05' in local time; unparsable values unchanged. */
export function formatTimestamp(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getDate()} ${months[d.getMonth()]} ${d.getFullYear()}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** '1 mention' / '3 mentions'. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Positive integer from a nav param (number or numeric string), else null. */
export function idParam(v: unknown): number | null {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}

/** The first n characters, and '…' when there were more. */
function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/**
 * A mention as a picker option: who says it (the outlet, else the article's title, as
 * an article with no known outlet is still known by its title) and the words.
 */
export function mentionLabel(m: { source: string; articleTitle: string; quote: string }): string {
  const who = m.source || clip(m.articleTitle, 40) || 'Untitled article';
  return `${who}: “${clip(m.quote, 60)}”`;
}

/**
 * What a proposed match was compared with, in words. MatchService gives its basis as
 * "statement" or "mention <spanId>"; a span id means nothing to the analyst, so it is
 * named by the claim's mention with that span (else as "another mention").
 */
export function basisLabel(basis: string, mentions: readonly { spanId: number; source: string; articleTitle: string; quote: string }[]): string {
  if (basis === 'statement') return 'the claim’s statement';
  const m = /^mention (\d+)$/.exec(basis);
  if (!m) return basis;
  const mention = mentions.find((x) => x.spanId === Number(m[1]));
  return mention ? `the mention in ${mentionLabel(mention)}` : 'another mention of this claim';
}

/**
 * Find in other articles also proposes sentences of an article the claim is already in
 * (a denial beside the accusation); under "In other articles" such a card would pass for
 * another outlet's report, so it says where it stands. '' for an article not yet in it.
 */
export function ownArticleNote(articleId: number, mentions: readonly { articleId: number }[]): string {
  return mentions.some((m) => m.articleId === articleId) ? 'same article as a mention of this claim' : '';
}

/** A stance as the mention card's select names it ('unconfirmed' → 'reports as unconfirmed'); an unknown one as it is. */
export function stanceLabel(stance: string): string {
  return STANCES.find((s) => s.value === stance)?.label ?? stance;
}

/** What a contradiction (ConflictService: figure | date | unit | stance | contrary) is about, in words. */
export function conflictKindLabel(kind: string): string {
  switch (kind) {
    case 'figure':
      return 'figures differ';
    case 'date':
      return 'dates differ';
    case 'unit':
      return 'units differ';
    case 'stance':
      return 'stances differ';
    case 'contrary':
      return 'states exclude each other';
    default:
      return kind;
  }
}

/**
 * True when an attribution suggestion names nothing: no speaker, channel, relay or words.
 * Then there is nothing to apply (applying it would only mark the mention as attributed by
 * the analyst), and the analyst is told so instead of shown an empty form.
 */
export function suggestsNothing(s: { speakerName: string; channelName: string; channelVia: string; channelText: string; isDirectQuote: boolean }): boolean {
  return [s.speakerName, s.channelName, s.channelVia, s.channelText].every((v) => v.trim() === '') && !s.isDirectQuote;
}

/** How the weaker matches are labelled against the proposals' bar (0.27 → 'under 27%: read before adding'). */
export function weakerBar(threshold: number): string {
  return `under ${Math.round(threshold * 100)}%: read before adding`;
}
