// Typed wrapper for app.GradeService (Go): a suggested credibility grade per claim from
// independent confirmations and contradictions. The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { Assessment, GradeSuggestion } from './contract.gen';

export type { GradeSuggestion };

const S = 'GradeService';

export const gradesApi = {
  suggest: (claimId: number): Promise<GradeSuggestion> => call(S, 'Suggest', claimId),
  suggestAsOf: (claimId: number, asOf: string): Promise<GradeSuggestion> => call(S, 'SuggestAsOf', claimId, asOf),
  /**
   * credibility: the grade the button named; current: the grade the page showed as the claim's
   * (0: none). A suggestion or a current grade that moved since is refused (conflict).
   */
  accept: (claimId: number, credibility: number, current: number): Promise<Assessment> =>
    call(S, 'Accept', claimId, credibility, current),
  override: (claimId: number, credibility: number, reason: string): Promise<Assessment> =>
    call(S, 'Override', claimId, credibility, reason),
};
