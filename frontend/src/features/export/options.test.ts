import { describe, expect, it } from 'vitest';
import type { ExportOptions } from '../../api/export';
import { articleOptions, downloadBytes, filtersFor, formatsFor, mimeOf, normalizeOptions, suggestedFilename, whatForView } from './options';

const base: ExportOptions = { what: 'annotations', format: 'csv', articleId: 0, tag: '', since: '', state: '', excel: false };

describe('export options', () => {
  it('offers the JSON-LD formats only where they apply', () => {
    expect(formatsFor('annotations')).toContain('webannotation');
    expect(formatsFor('annotations')).not.toContain('claimreview');
    expect(formatsFor('claims')).toContain('claimreview');
    expect(formatsFor('sources')).toEqual(['csv', 'jsonl', 'xlsx']);
  });
  it('knows which filters apply', () => {
    expect(filtersFor('annotations')).toEqual({ tag: true, state: true, any: true });
    expect(filtersFor('claims')).toEqual({ tag: true, state: false, any: true });
    expect(filtersFor('entities')).toEqual({ tag: false, state: false, any: true });
    expect(filtersFor('bundle')).toEqual({ tag: false, state: false, any: false });
    expect(formatsFor('bundle')).toEqual(['jsonl']);
    // A bundle is the whole workspace as JSON Lines: no filter survives, the format is jsonl.
    expect(normalizeOptions({ ...base, what: 'bundle', format: 'csv', articleId: 3, since: '2026-01-01', tag: 't', excel: true })).toEqual({
      what: 'bundle',
      format: 'jsonl',
      articleId: 0,
      tag: '',
      since: '',
      state: '',
      excel: false,
    });
  });
  it('clears filters that do not apply and the BOM outside CSV', () => {
    expect(normalizeOptions({ ...base, what: 'entities', tag: 'x', state: 'accepted', format: 'webannotation', excel: true })).toEqual({
      ...base,
      what: 'entities',
      excel: true,
    });
    expect(normalizeOptions({ ...base, format: 'jsonl', excel: true, tag: ' war ', state: 'suggested' })).toEqual({
      ...base,
      format: 'jsonl',
      tag: 'war',
      state: 'suggested',
    });
  });
  it('suggests the file name Go would', () => {
    const d = new Date(Date.UTC(2026, 10, 2, 23, 0));
    expect(suggestedFilename(base, d)).toBe('claimdesk-annotations-20261102.csv');
    expect(suggestedFilename({ ...base, articleId: 3, format: 'webannotation' }, d)).toBe('claimdesk-annotations-article3-20261102.webannotation.jsonl');
    expect(suggestedFilename({ ...base, what: 'claims', format: 'jsonl' }, d)).toBe('claimdesk-claims-20261102.jsonl');
  });
  it('types downloads', () => {
    expect(mimeOf('csv')).toMatch(/^text\/csv/);
    expect(mimeOf('claimreview')).toMatch(/ndjson/);
  });
});

describe('articleOptions', () => {
  const a = (id: number, title = `T${id}`) => ({ id, title, source: '', publishedAt: '' });
  it('lists the matches when nothing is chosen', () => {
    expect(articleOptions(0, null, [a(1), a(2)])).toEqual([a(1), a(2)]);
  });
  it('keeps the chosen article first and once', () => {
    expect(articleOptions(2, a(2, 'Chosen'), [a(1), a(2)])).toEqual([a(2, 'Chosen'), a(1)]);
    expect(articleOptions(7, a(7), [a(1)])).toEqual([a(7), a(1)]);
  });
  it('takes the title from the matches, else names the id', () => {
    expect(articleOptions(2, null, [a(1), a(2)])).toEqual([a(2), a(1)]);
    expect(articleOptions(9, a(3), [])).toEqual([{ id: 9, title: 'Article 9', source: '', publishedAt: '' }]);
  });
});

describe('xlsx downloads', () => {
  it('names, types and decodes the workbook', () => {
    expect(suggestedFilename({ ...base, format: 'xlsx' }, new Date(Date.UTC(2026, 10, 22)))).toBe('claimdesk-annotations-20261122.xlsx');
    expect(mimeOf('xlsx')).toContain('spreadsheetml');
    expect(Array.from(downloadBytes('UEsDBA==', 'base64') as Uint8Array)).toEqual([0x50, 0x4b, 3, 4]);
    expect(downloadBytes('a,b\r\n', '')).toBe('a,b\r\n');
  });
});

describe('what Export… offers first (uxwalk5)', () => {
  it('is what the view it is opened from shows', () => {
    expect(whatForView('claims')).toBe('claims');
    expect(whatForView('matrix')).toBe('claims');
    expect(whatForView('reader')).toBe('annotations');
    expect(whatForView('entities')).toBe('entities');
    expect(whatForView('sources')).toBe('sources');
  });
  it('leaves the last choice where a view shows no one kind', () => {
    expect(whatForView('feeds')).toBeNull();
    expect(whatForView('search')).toBeNull();
  });
});
