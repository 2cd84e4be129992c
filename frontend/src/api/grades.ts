// Typed wrapper for app.GradeService (Go): a suggested credibility grade per
// claim from independent confirmations and contradictions.
import { call } from './transport';
import type { Assessment } from './assessments';

export interface GradeSuggestion {
  claimId: number;
  credibility: number;
  label: string;
  reasons: string[];
  articles: number;
  origins: number;
  originNames: string[];
  asOf: string;
}

const S = 'GradeService';

function suggestion(g: GradeSuggestion): GradeSuggestion {
  return { ...g, reasons: g.reasons ?? [], originNames: g.originNames ?? [] };
}

export const gradesApi = {
  suggest: (claimId: number): Promise<GradeSuggestion> => call<GradeSuggestion>(S, 'Suggest', claimId).then(suggestion),
  suggestAsOf: (claimId: number, asOf: string): Promise<GradeSuggestion> =>
    call<GradeSuggestion>(S, 'SuggestAsOf', claimId, asOf).then(suggestion),
  accept: (claimId: number): Promise<Assessment> => call<Assessment>(S, 'Accept', claimId),
  override: (claimId: number, credibility: number, reason: string): Promise<Assessment> =>
    call<Assessment>(S, 'Override', claimId, credibility, reason),
};
