// Pure logic of importing from the web and from the clipboard: reading a list of
// addresses the analyst typed or pasted, telling a pasted address from a pasted
// article, and describing where a page was fetched from. No DOM, no Go.
import type { ImportOutcome, PastedArticle } from '../../api/import';

/** Addresses read from a text: the web addresses in order (each once) and the words that are not addresses. */
export interface AddressList {
  urls: string[];
  invalid: string[];
}

/** The most addresses one import takes (ImportService.ImportURLs refuses more). */
export const MAX_URLS = 500;

// Punctuation that wraps or ends an address in prose or chat: <https://x>, "https://x", (https://x), https://x.
const WRAP_OPEN = /^[<("'\u201c\u2018[]+/;
const WRAP_CLOSE = /[>)"'\u201d\u2019\].,;:!?]+$/;

/**
 * The address a word names, or '' when it is not one: http(s) with a host, or a
 * www. host (taken as https). Wrapping quotes and brackets and a closing full stop
 * are left out; a ')' that closes one opened inside the address stays (Wikipedia
 * style).
 */
export function addressOf(word: string): string {
  let w = word.trim().replace(WRAP_OPEN, '');
  const tail = WRAP_CLOSE.exec(w);
  if (tail) {
    let keep = w.slice(0, tail.index);
    let rest = tail[0];
    // Keep ')' that balances a '(' inside the address.
    while (rest.startsWith(')') && count(keep, '(') > count(keep, ')')) {
      keep += ')';
      rest = rest.slice(1);
    }
    w = keep;
  }
  if (/^www\.[^\s/.]+\.[^\s/]+/i.test(w)) w = `https://${w}`;
  const m = /^(https?):\/\/([^\s/?#]+)/i.exec(w);
  const scheme = m?.[1];
  if (!m || scheme === undefined) return '';
  const host = (m[2] ?? '').replace(/^[^@]*@/, '').replace(/:\d*$/, '');
  if (host === '' || host.startsWith('.') || host.endsWith('..')) return '';
  return scheme.toLowerCase() + w.slice(scheme.length);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** Splits what the analyst typed or pasted (one address a line, or separated by spaces) into addresses and the rest. */
export function splitAddresses(text: string): AddressList {
  const urls: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    const url = addressOf(word);
    if (url === '') invalid.push(word);
    else if (!seen.has(url)) {
      seen.add(url);
      urls.push(url);
    }
  }
  return { urls, invalid };
}

/** What a paste into the window (not into a text field) should open. */
export type PasteKind = { kind: 'urls'; urls: string[] } | { kind: 'article' } | { kind: 'none' };

/**
 * A paste that is only web addresses opens Import from URL with them; any other
 * text (or HTML with text in it) opens "New article from pasted text"; blank
 * clipboards do nothing. HTML copied from a link alone (an <a> around its address)
 * counts as the address: its plain text is the address.
 */
export function classifyPaste(text: string, html: string): PasteKind {
  const plain = text.trim();
  if (plain === '') return htmlHasText(html) ? { kind: 'article' } : { kind: 'none' };
  const { urls, invalid } = splitAddresses(plain);
  if (urls.length > 0 && invalid.length === 0) return { kind: 'urls', urls };
  return { kind: 'article' };
}

/** True when HTML carries some text outside its tags (a paste of images only has none). */
function htmlHasText(html: string): boolean {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ')
    .trim() !== '';
}

/** A web address short enough for a line: host and path, the query cut with '…'. */
export function shortAddress(url: string, max = 80): string {
  const s = url.replace(/^https?:\/\//i, '');
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** "1 redirect", "3 redirects", '' for none. */
export function redirectsLine(n: number): string {
  if (n <= 0) return '';
  return n === 1 ? '1 redirect' : `${n} redirects`;
}

/**
 * The pasted-article form once ReadPaste has answered: each field the analyst changed
 * since the form opened stays as they wrote it, the others take Go's reading.
 */
export function prefill(opened: PastedArticle, now: PastedArticle, read: PastedArticle): PastedArticle {
  const out = { ...read };
  for (const k of Object.keys(opened) as (keyof PastedArticle)[]) if (now[k] !== opened[k]) out[k] = now[k];
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A moment Go recorded (RFC 3339: a page's fetch, a feed's pull) as "6 Dec 2026,
 * 12:05 UTC": in UTC, said so, so the record reads the same on every machine; ''
 * stays '' and anything unreadable is shown as it is.
 */
export function formatMoment(rfc3339: string): string {
  if (rfc3339.trim() === '') return '';
  const t = Date.parse(rfc3339);
  if (Number.isNaN(t)) return rfc3339;
  const d = new Date(t);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

/**
 * What the window says once a pasted article is stored. A paste with another article's web
 * address (alone on a line of the text, read as its URL) becomes that article's next
 * version: said so, with the article it follows, never as a plain "imported".
 */
export function pasteOutcome(o: ImportOutcome | undefined, a: PastedArticle): string {
  if (o?.status === 'duplicate') return `Pasted article: already in the workspace (“${o.title ?? ''}”)`;
  if (o?.status === 'version') {
    const why = a.url ? ` (it has the same web address, ${a.url})` : '';
    return `Pasted article stored as version ${o.version ?? ''} of “${o.previousTitle ?? ''}”${why}`;
  }
  return `Pasted article imported: “${o?.title ?? a.title}”`;
}
