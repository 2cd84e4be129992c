// Typed wrapper for app.FigureService (Go): figures and dates as written and their
// normalised values. The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { NormalizedMention, NormalizedValue } from './contract.gen';

/** kind is none | figure | date; text the readable form ('9,900–12,100 troops', '2024-06'). */
export type { NormalizedMention, NormalizedValue };

const S = 'FigureService';

export const figuresApi = {
  /** A preview; nothing is stored. publishedAt '' or starting YYYY-MM-DD. */
  parse: (raw: string, publishedAt: string): Promise<NormalizedValue> => call(S, 'Parse', raw, publishedAt),
  normalize: (spanId: number): Promise<NormalizedMention> => call(S, 'Normalize', spanId),
  normalizeClaim: (claimId: number): Promise<NormalizedMention[]> => call(S, 'NormalizeClaim', claimId),
};
