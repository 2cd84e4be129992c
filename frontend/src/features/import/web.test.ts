import { describe, expect, it } from 'vitest';
import { addressOf, classifyPaste, formatMoment, prefill, redirectsLine, shortAddress, splitAddresses } from './web';

describe('addressOf', () => {
  it('takes http and https addresses as they are', () => {
    expect(addressOf('https://news.example.org/2026/harbour-strike')).toBe('https://news.example.org/2026/harbour-strike');
    expect(addressOf('http://127.0.0.1:8080/a?b=1#c')).toBe('http://127.0.0.1:8080/a?b=1#c');
  });
  it('lower-cases the scheme only', () => {
    expect(addressOf('HTTPS://Example.org/Path')).toBe('https://Example.org/Path');
  });
  it('reads www. hosts as https', () => {
    expect(addressOf('www.example.org/story')).toBe('https://www.example.org/story');
  });
  it('leaves out the punctuation around an address in prose', () => {
    expect(addressOf('<https://example.org/a>')).toBe('https://example.org/a');
    expect(addressOf('"https://example.org/a",')).toBe('https://example.org/a');
    expect(addressOf('(https://example.org/a).')).toBe('https://example.org/a');
    expect(addressOf('\u201chttps://example.org/a\u201d')).toBe('https://example.org/a');
  });
  it('keeps a closing bracket that belongs to the address', () => {
    expect(addressOf('https://en.example.org/wiki/Port_(city)')).toBe('https://en.example.org/wiki/Port_(city)');
    expect(addressOf('(https://en.example.org/wiki/Port_(city))')).toBe('https://en.example.org/wiki/Port_(city)');
  });
  it('refuses what is not a web address', () => {
    for (const w of ['ftp://example.org/a', 'file:///etc/passwd', 'javascript:alert(1)', 'example', 'https://', 'https:///path', 'mailto:a@b.c', 'www.', '']) {
      expect(addressOf(w)).toBe('');
    }
  });
});

describe('splitAddresses', () => {
  it('reads one address a line, or several on a line', () => {
    const r = splitAddresses('https://a.example/1\n  https://b.example/2 https://c.example/3\r\n\n');
    expect(r.urls).toEqual(['https://a.example/1', 'https://b.example/2', 'https://c.example/3']);
    expect(r.invalid).toEqual([]);
  });
  it('keeps each address once, in the order given', () => {
    expect(splitAddresses('https://a.example/1 https://b.example/2 https://a.example/1').urls).toEqual(['https://a.example/1', 'https://b.example/2']);
  });
  it('reports the words that are not addresses', () => {
    const r = splitAddresses('see https://a.example/1 and ftp://x');
    expect(r.urls).toEqual(['https://a.example/1']);
    expect(r.invalid).toEqual(['see', 'and', 'ftp://x']);
  });
  it('gives nothing for blank text', () => {
    expect(splitAddresses('  \n\t ')).toEqual({ urls: [], invalid: [] });
  });
});

describe('classifyPaste', () => {
  it('opens Import from URL for addresses alone', () => {
    expect(classifyPaste('https://a.example/story\n', '')).toEqual({ kind: 'urls', urls: ['https://a.example/story'] });
    expect(classifyPaste('https://a.example/1\nhttps://b.example/2', '<a href="https://a.example/1">x</a>')).toEqual({
      kind: 'urls',
      urls: ['https://a.example/1', 'https://b.example/2'],
    });
  });
  it('opens the pasted-article form for text, even text that holds an address', () => {
    expect(classifyPaste('Harbour strike ends\n\nDockers returned to work on Monday.', '')).toEqual({ kind: 'article' });
    expect(classifyPaste('Read https://a.example/story for more', '')).toEqual({ kind: 'article' });
  });
  it('opens the form for HTML with text when the plain text is empty', () => {
    expect(classifyPaste('', '<p>Dockers returned to work.</p>')).toEqual({ kind: 'article' });
  });
  it('does nothing for a blank clipboard or an image alone', () => {
    expect(classifyPaste('', '')).toEqual({ kind: 'none' });
    expect(classifyPaste(' \n ', '<img src="x.png"><style>p{}</style>&nbsp;')).toEqual({ kind: 'none' });
  });
});

describe('display helpers', () => {
  it('shortens long addresses and drops the scheme', () => {
    expect(shortAddress('https://a.example/x')).toBe('a.example/x');
    const long = `https://a.example/${'y'.repeat(100)}`;
    expect(shortAddress(long, 20)).toHaveLength(20);
    expect(shortAddress(long, 20).endsWith('…')).toBe(true);
  });
  it('counts redirects in words', () => {
    expect(redirectsLine(0)).toBe('');
    expect(redirectsLine(1)).toBe('1 redirect');
    expect(redirectsLine(3)).toBe('3 redirects');
  });
});

describe('prefill', () => {
  const empty = { title: '', body: '', outlet: '', publishedAt: '', url: '', byline: '', language: '' };
  it("takes Go's reading for the fields nobody touched", () => {
    const opened = { ...empty, body: 'Dockers strike' };
    const read = { ...empty, title: 'Strike', body: 'Dockers strike', outlet: 'Harbour Post', publishedAt: '2026-03-02' };
    expect(prefill(opened, { ...opened }, read)).toEqual(read);
  });
  it('keeps what the analyst typed while Go was reading', () => {
    const opened = { ...empty, body: 'Dockers strike' };
    const now = { ...opened, title: 'My title', body: 'Dockers strike, edited' };
    const read = { ...empty, title: 'Strike', body: 'Dockers strike', outlet: 'Harbour Post' };
    expect(prefill(opened, now, read)).toEqual({ ...read, title: 'My title', body: 'Dockers strike, edited' });
  });
});

describe('formatMoment', () => {
  it('shows a recorded moment in UTC, said so', () => {
    expect(formatMoment('2026-12-06T12:05:09Z')).toBe('6 Dec 2026, 12:05 UTC');
    expect(formatMoment('2026-12-06T01:30:00+02:00')).toBe('5 Dec 2026, 23:30 UTC');
  });
  it('keeps empty and unreadable values visible as they are', () => {
    expect(formatMoment('')).toBe('');
    expect(formatMoment('yesterday')).toBe('yesterday');
  });
});
