// Typed wrapper for app.ConflictService (Go): pairs of a claim's mentions
// whose figures or dates conflict.
import { call } from './transport';
import type { NormalizedValue } from './figures';

export interface ConflictMention {
  spanId: number;
  /** asserts | denies | doubts | unconfirmed */
  stance: string;
  articleId: number;
  rawValue: string;
  hedge: string;
  quote: string;
  normalized: NormalizedValue;
  publishedAt: string;
}

export interface ValueConflict {
  /** figure | date | unit | stance */
  kind: string;
  message: string;
  sameOrigin: boolean;
  a: ConflictMention;
  b: ConflictMention;
}

export const conflictsApi = {
  forClaim: (claimId: number): Promise<ValueConflict[]> =>
    call<ValueConflict[] | null>('ConflictService', 'ForClaim', claimId).then((r) => r ?? []),
};
