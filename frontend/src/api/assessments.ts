// Typed wrapper for app.AssessmentService (Go). The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { Assessment, AssessmentInput, Evidence, EvidenceInput } from './contract.gen';

export type { Assessment, AssessmentInput, Evidence, EvidenceInput };

/** An evidence's stance toward the claim (Go checks it). */
export type Stance = 'supports' | 'refutes' | 'context';
export const STANCES: Stance[] = ['supports', 'refutes', 'context'];

const S = 'AssessmentService';

export const assessmentsApi = {
  add: (input: AssessmentInput): Promise<Assessment> => call(S, 'Add', input),
  listForClaim: (claimId: number): Promise<Assessment[]> => call(S, 'ListForClaim', claimId),
};
