// Typed wrapper for app.MatchService (Go): sentences in other articles that likely state
// the same claim, and the analyst's decisions on them. The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { CandidateRef, ClaimDetail, FigureEvidence, MatchCandidate, MatchProposals } from './contract.gen';

/** A candidate's score is 0..1. */
export type { CandidateRef, FigureEvidence, MatchCandidate, MatchProposals };

/** Weaker matches are shown, and asked for, a page of this many at a time. */
export const WEAKER_PAGE = 10;

const S = 'MatchService';

export function candidateRef(c: MatchCandidate): CandidateRef {
  return { articleId: c.articleId, start: c.start, end: c.end, quote: c.quote, score: c.score };
}

export const matchingApi = {
  /** The proposals and the first `weaker` weaker matches (under the bar), best first. */
  proposals: (claimId: number, weaker: number): Promise<MatchProposals> => call(S, 'Proposals', claimId, weaker),
  accept: (claimId: number, refs: CandidateRef[]): Promise<ClaimDetail> => call(S, 'Accept', claimId, refs),
  reject: (claimId: number, refs: CandidateRef[]): Promise<ClaimDetail> => call(S, 'Reject', claimId, refs),
};
