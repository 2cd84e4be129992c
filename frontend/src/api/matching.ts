// Typed wrapper for app.MatchService (Go): sentences in other articles that
// likely state the same claim, and the analyst's decisions on them.
import { call } from './transport';
import type { ClaimDetail } from './claims';

export interface FigureEvidence {
  claim: string;
  candidate: string;
  compatible: boolean;
}

export interface MatchCandidate {
  articleId: number;
  articleTitle: string;
  source: string;
  start: number;
  end: number;
  quote: string;
  /** 0..1 */
  score: number;
  method: string;
  basis: string;
  lexical: number;
  coverage: number;
  sharedTerms: string[];
  sharedEntities: string[];
  figures: FigureEvidence[];
  dateConflict: boolean;
}

export interface CandidateRef {
  articleId: number;
  start: number;
  end: number;
  quote: string;
  score: number;
}

const S = 'MatchService';

function candidate(c: MatchCandidate): MatchCandidate {
  return { ...c, sharedTerms: c.sharedTerms ?? [], sharedEntities: c.sharedEntities ?? [], figures: c.figures ?? [] };
}

export function candidateRef(c: MatchCandidate): CandidateRef {
  return { articleId: c.articleId, start: c.start, end: c.end, quote: c.quote, score: c.score };
}

export const matchingApi = {
  propose: (claimId: number): Promise<MatchCandidate[]> =>
    call<MatchCandidate[] | null>(S, 'Propose', claimId).then((r) => (r ?? []).map(candidate)),
  accept: (claimId: number, refs: CandidateRef[]): Promise<ClaimDetail> => call<ClaimDetail>(S, 'Accept', claimId, refs),
  reject: (claimId: number, refs: CandidateRef[]): Promise<ClaimDetail> => call<ClaimDetail>(S, 'Reject', claimId, refs),
};
