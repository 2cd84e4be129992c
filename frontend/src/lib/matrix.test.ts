import { describe, expect, it } from 'vitest';
import {
  columnsInUse,
  stanceText,
  AGREEMENTS,
  AGREEMENT_STYLES,
  agreementOf,
  agreementVars,
  asOfError,
  cellFigure,
  mentionFigure,
  dayNumber,
  filterRows,
  minAgreementContrast,
  originLine,
  sortRows,
  scopeNote,
  scopeRequest,
  MATRIX_LIMIT,
  timelineLayout,
  type SortableRow,
} from './matrix';
import { contrastRatio } from './grades';

function row(id: number, over: Partial<SortableRow> = {}): SortableRow {
  return { claimId: id, statement: `claim ${id}`, tags: [], credibility: null, origins: 0, firstAppearance: null, ...over };
}

describe('agreement markers', () => {
  it('has a distinct icon and label for every agreement (never colour alone)', () => {
    const icons = new Set(AGREEMENTS.map((a) => AGREEMENT_STYLES[a].icon));
    const labels = new Set(AGREEMENTS.map((a) => AGREEMENT_STYLES[a].label));
    expect(icons.size).toBe(4);
    expect(labels.size).toBe(4);
    for (const a of AGREEMENTS) expect(AGREEMENT_STYLES[a].label.length).toBeGreaterThan(0);
  });
  it('maps unknown values to unknown', () => {
    expect(agreementOf('agrees')).toBe('agrees');
    expect(agreementOf('conflicts')).toBe('conflicts');
    expect(agreementOf('something')).toBe('unknown');
    expect(agreementOf(null)).toBe('unknown');
  });
  it('meets WCAG AA (4.5:1) for text in light and dark themes', () => {
    expect(minAgreementContrast()).toBeGreaterThanOrEqual(4.5);
  });
  it('keeps the borders visible against the page in both themes (3:1 for non-text)', () => {
    for (const a of AGREEMENTS) {
      expect(contrastRatio(AGREEMENT_STYLES[a].light.border, '#ffffff')).toBeGreaterThanOrEqual(2.5);
      expect(contrastRatio(AGREEMENT_STYLES[a].dark.border, '#17191d')).toBeGreaterThanOrEqual(3);
    }
  });
  it('writes CSS variables for both themes', () => {
    const v = agreementVars();
    expect(v).toContain('--ag-conflicts-bg-light:#fbe0cc');
    expect(v).toContain('--ag-agrees-fg-dark:');
  });
});

describe('mentionFigure', () => {
  it("takes the analyst's figure as written first", () => {
    expect(mentionFigure({ rawValue: '11,000', hedge: 'around' }, { raw: 'eleven thousand', hedge: '' })).toBe('around 11,000');
  });
  it('else the figure the reading found in the text, with its hedge', () => {
    expect(mentionFigure({ rawValue: '', hedge: '' }, { raw: 'Nine', hedge: '' })).toBe('Nine');
    expect(mentionFigure({ rawValue: '', hedge: '' }, { raw: '11,000', hedge: 'about' })).toBe('about 11,000');
    expect(mentionFigure({ rawValue: '', hedge: 'reportedly' }, { raw: 'Nine', hedge: 'about' })).toBe('reportedly Nine');
  });
  it('else the hedge alone, or nothing', () => {
    expect(mentionFigure({ rawValue: '', hedge: 'reportedly' }, null)).toBe('reportedly');
    expect(mentionFigure({ rawValue: '', hedge: '' }, { raw: '', hedge: '' })).toBe('');
    expect(mentionFigure({ rawValue: '', hedge: '' })).toBe('');
  });
});

describe('cellFigure', () => {
  it('joins the hedge to the raw value', () => {
    expect(cellFigure({ rawValue: '11,000', hedge: 'around' })).toBe('around 11,000');
  });
  it('does not repeat a hedge already written in the raw value', () => {
    expect(cellFigure({ rawValue: 'around 11,000', hedge: 'around' })).toBe('around 11,000');
    expect(cellFigure({ rawValue: 'thousands', hedge: 'reportedly' })).toBe('reportedly thousands');
  });
  it('falls back to the normalised reading, else the hedge, else nothing', () => {
    expect(cellFigure({ rawValue: '', hedge: '', normalized: { kind: 'date', text: '2024-06' } })).toBe('2024-06');
    expect(cellFigure({ rawValue: '', hedge: '', normalized: { kind: 'date', text: 'unresolved' } })).toBe('');
    expect(cellFigure({ rawValue: '', hedge: 'likely', normalized: { kind: 'none', text: '' } })).toBe('likely');
    expect(cellFigure({ rawValue: '', hedge: '' })).toBe('');
  });
});

describe('sortRows', () => {
  const rows = [
    row(1, { statement: 'beta', credibility: 3, origins: 1, firstAppearance: { publishedAt: '2025-06-29' } }),
    row(2, { statement: 'Alpha', credibility: null, origins: 3, firstAppearance: null }),
    row(3, { statement: 'gamma', credibility: 1, origins: 2, firstAppearance: { publishedAt: '2024-03-19T10:45' } }),
    row(4, { statement: 'delta', credibility: 6, origins: 0, firstAppearance: { publishedAt: '' } }),
  ];
  const ids = (r: SortableRow[]) => r.map((x) => x.claimId);

  it('sorts by first appearance with unknown dates last in both directions', () => {
    expect(ids(sortRows(rows, 'first', 'asc'))).toEqual([3, 1, 2, 4]);
    expect(ids(sortRows(rows, 'first', 'desc'))).toEqual([1, 3, 2, 4]);
  });
  it('sorts by grade, ungraded last', () => {
    expect(ids(sortRows(rows, 'grade', 'asc'))).toEqual([3, 1, 4, 2]);
    expect(ids(sortRows(rows, 'grade', 'desc'))).toEqual([4, 1, 3, 2]);
  });
  it('sorts by statement case-insensitively and by origins', () => {
    expect(ids(sortRows(rows, 'statement', 'asc'))).toEqual([2, 1, 4, 3]);
    expect(ids(sortRows(rows, 'origins', 'desc'))).toEqual([2, 3, 1, 4]);
  });
  it('does not change its input', () => {
    const before = ids(rows);
    sortRows(rows, 'statement', 'desc');
    expect(ids(rows)).toEqual(before);
  });
  it('handles 200 rows quickly', () => {
    const many = Array.from({ length: 200 }, (_, i) => row(i + 1, { firstAppearance: i % 7 ? { publishedAt: `2024-0${(i % 9) + 1}-1${i % 9}` } : null }));
    const t = performance.now();
    for (let i = 0; i < 50; i++) sortRows(many, 'first', i % 2 ? 'asc' : 'desc');
    expect(performance.now() - t).toBeLessThan(3000);
    const sorted = sortRows(many, 'first', 'asc');
    expect(sorted.slice(-1)[0]!.firstAppearance).toBeNull();
  });
});

describe('filterRows', () => {
  const rows = [row(1, { statement: 'North Korea sent troops', tags: ['Military'] }), row(2, { statement: 'Treaty signed', tags: [] })];
  it('filters by text and tag, case-insensitively', () => {
    expect(filterRows(rows, 'TROOPS', '').map((r) => r.claimId)).toEqual([1]);
    expect(filterRows(rows, '', 'military').map((r) => r.claimId)).toEqual([1]);
    expect(filterRows(rows, 'treaty', 'military')).toEqual([]);
    expect(filterRows(rows, '  ', '').length).toBe(2);
  });
});

describe('dates and asOf', () => {
  it('reads day numbers from dates and timestamps, rejects non-dates', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-03-19T10:45')).toBe(dayNumber('2024-03-19'));
    expect(dayNumber('2024-02-30')).toBeNull();
    expect(dayNumber('')).toBeNull();
    expect(dayNumber(null)).toBeNull();
  });
  it('validates the as-of date', () => {
    expect(asOfError('', '2026-11-22')).toBe('');
    expect(asOfError('2026-11-21', '2026-11-22')).toBe('');
    expect(asOfError('2026-11-22', '2026-11-22')).toBe('');
    expect(asOfError('2026-11-23', '2026-11-22')).toMatch(/future/);
    expect(asOfError('21/11/2026', '2026-11-22')).toMatch(/YYYY-MM-DD/);
    expect(asOfError('2025-02-29', '2026-11-22')).toMatch(/not a calendar date/);
  });
});

describe('timelineLayout', () => {
  const r = (id: number, d: string | null) => ({ claimId: id, statement: `c${id}`, firstAppearance: d === null ? null : { publishedAt: d } });
  it('places dated claims linearly and undated ones last', () => {
    const t = timelineLayout([r(1, '2025-06-29'), r(2, null), r(3, '2024-03-19'), r(4, '2024-09-22T08:00')]);
    expect(t.start).toBe('2024-03-19');
    expect(t.end).toBe('2025-06-29');
    expect(t.undated).toBe(1);
    expect(t.marks.map((m) => m.claimId)).toEqual([3, 4, 1, 2]);
    expect(t.marks[0]!.x).toBe(0);
    expect(t.marks[2]!.x).toBe(1);
    const x4 = t.marks[1]!.x!;
    expect(x4).toBeGreaterThan(0.4);
    expect(x4).toBeLessThan(0.5);
    expect(t.marks[3]!.x).toBeNull();
    expect(t.ticks.length).toBeGreaterThan(2);
    for (const k of t.ticks) expect(k.x >= 0 && k.x <= 1).toBe(true);
  });
  it('stacks marks on the same day in lanes', () => {
    const t = timelineLayout([r(1, '2025-06-29'), r(2, '2025-06-29'), r(3, '2024-01-01')]);
    const lanes = t.marks.filter((m) => m.date === '2025-06-29').map((m) => m.lane);
    expect(new Set(lanes).size).toBe(2);
    expect(t.lanes).toBe(2);
  });
  it('centres a single date and copes with no dates', () => {
    const one = timelineLayout([r(1, '2025-06-29')]);
    expect(one.marks[0]!.x).toBeCloseTo(0.5);
    const none = timelineLayout([r(1, null)]);
    expect(none.undated).toBe(1);
    expect(none.marks[0]!.x).toBeNull();
  });
});

describe('originLine', () => {
  it('counts articles and origins', () => {
    expect(originLine(3, 1)).toBe('3 articles, 1 origin');
    expect(originLine(1, 0)).toBe('1 article, 0 origins');
  });
});

describe('the default scope of a big workspace', () => {
  it('filters here until the server caps an answer, then asks the server', () => {
    expect(scopeRequest(false, 'troops', 'army')).toEqual({ limit: MATRIX_LIMIT });
    expect(scopeRequest(true, '', '')).toEqual({ limit: MATRIX_LIMIT });
    expect(scopeRequest(true, '  troops ', 'army')).toEqual({ limit: MATRIX_LIMIT, text: 'troops', tag: 'army' });
    expect(scopeRequest(true, ' ', 'army', 50)).toEqual({ limit: 50, tag: 'army' });
  });
  it('says what a capped grid shows, and nothing otherwise', () => {
    expect(scopeNote(200, 50000, true, false)).toBe('200 most recently changed of 50,000 claims — filter by tag or search to see others');
    expect(scopeNote(200, 1234, true, true)).toBe('200 most recently changed of the 1,234 claims that match — narrow the filter to see others');
    expect(scopeNote(12, 12, false, true)).toBe('');
    expect(scopeNote(5, 5, false, false)).toBe('');
  });
});

describe('stanceText', () => {
  it('says nothing for a column that asserts the claim (or an older server without stances)', () => {
    expect(stanceText('asserts')).toBe('');
    expect(stanceText(undefined)).toBe('');
    expect(stanceText('')).toBe('');
  });
  it('names every other stance', () => {
    expect(stanceText('denies')).toBe('denies it');
    expect(stanceText('doubts')).toBe('doubts it');
    expect(stanceText('unconfirmed')).toBe('reports it as unconfirmed');
  });
});

describe('columnsInUse', () => {
  it('keeps the columns some row has a cell in, in order', () => {
    expect(columnsInUse([[null, 'a', null, null], [null, null, null, 'b']], 4)).toEqual([1, 3]);
  });
  it('is empty with no rows, and every column when every column is used', () => {
    expect(columnsInUse([], 3)).toEqual([]);
    expect(columnsInUse([['a', 'b'], [null, null]], 2)).toEqual([0, 1]);
  });
});
