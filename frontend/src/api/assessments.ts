// Typed wrapper for app.AssessmentService (Go).
import { call } from './transport';

export type Stance = 'supports' | 'refutes' | 'context';
export const STANCES: Stance[] = ['supports', 'refutes', 'context'];

export interface EvidenceInput {
  stance: Stance;
  spanId: number | null;
  articleId: number | null;
  url: string;
  note: string;
}

export interface Evidence extends EvidenceInput {
  id: number;
  articleTitle: string;
  quote: string;
}

export interface Assessment {
  id: number;
  claimId: number;
  credibility: number;
  credibilityLabel: string;
  rationale: string;
  analyst: string;
  origin: string;
  assessedAt: string;
  evidence: Evidence[];
}

export interface AssessmentInput {
  claimId: number;
  credibility: number;
  rationale: string;
  evidence: EvidenceInput[];
}

const S = 'AssessmentService';

export const assessmentsApi = {
  add: (input: AssessmentInput): Promise<Assessment> =>
    call<Assessment>(S, 'Add', input).then((a) => ({ ...a, evidence: a.evidence ?? [] })),
  listForClaim: (claimId: number): Promise<Assessment[]> =>
    call<Assessment[] | null>(S, 'ListForClaim', claimId).then((r) =>
      (r ?? []).map((a) => ({ ...a, evidence: a.evidence ?? [] })),
    ),
};
