// Display of the publication dates Go sends: 'YYYY-MM-DD', 'YYYY-MM-DDTHH:MM'
// or '' when unknown. Dates are shown as written in the article (no time zone
// conversion: the source rarely says which zone it meant) and in an
// unambiguous day-month-year form, so "06/07" never reads two ways.

export const UNKNOWN_DATE = 'unknown date';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** True if value is a well-formed, real calendar date in one of the two forms. */
export function isValidIsoDate(value: string): boolean {
  return parse(value) !== undefined;
}

/**
 * '2025-06-19' → '19 Jun 2025'; '2025-06-19T14:05' → '19 Jun 2025, 14:05';
 * '' → 'unknown date'. Anything else is returned unchanged, so a surprising
 * value is visible rather than hidden.
 */
export function formatDate(value: string | null | undefined): string {
  if (value === null || value === undefined || value.trim() === '') return UNKNOWN_DATE;
  const p = parse(value.trim());
  if (p === undefined) return value;
  const day = `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
  return p.time === undefined ? day : `${day}, ${p.time}`;
}

interface Parsed {
  year: number;
  month: number;
  day: number;
  time?: string;
}

function parse(value: string): Parsed | undefined {
  const m = PATTERN.exec(value);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (m[4] === undefined) return { year, month, day };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23 || minute > 59) return undefined;
  return { year, month, day, time: `${m[4]}:${m[5]}` };
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC avoids DST).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
