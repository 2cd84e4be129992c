// Typed wrapper for app.FigureService (Go): figures and dates as written and
// their normalised values.
import { call } from './transport';

export interface NormalizedValue {
  /** none | figure | date */
  kind: string;
  /** readable form: '9,900–12,100 troops', '2024-06', 'unresolved' */
  text: string;
  low: number | null;
  high: number | null;
  unit: string;
  start: string;
  end: string;
  precision: string;
  note: string;
}

export interface NormalizedMention {
  spanId: number;
  claimId: number;
  rawValue: string;
  found: string;
  hedge: string;
  normalized: NormalizedValue;
}

const S = 'FigureService';

export const figuresApi = {
  /** A preview; nothing is stored. publishedAt '' or starting YYYY-MM-DD. */
  parse: (raw: string, publishedAt: string): Promise<NormalizedValue> => call<NormalizedValue>(S, 'Parse', raw, publishedAt),
  normalize: (spanId: number): Promise<NormalizedMention> => call<NormalizedMention>(S, 'Normalize', spanId),
  normalizeClaim: (claimId: number): Promise<NormalizedMention[]> =>
    call<NormalizedMention[] | null>(S, 'NormalizeClaim', claimId).then((r) => r ?? []),
};
