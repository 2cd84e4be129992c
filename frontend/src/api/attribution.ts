// Typed wrapper for app.AttributionService (Go): who said a claim mention, through which
// channel, read from its sentence. The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { AttributionSuggestion, ClaimDetail } from './contract.gen';

/** speakerType is person | organisation (used when Apply creates the speaker). */
export type { AttributionSuggestion };

const S = 'AttributionService';

export const attributionApi = {
  suggest: (spanId: number): Promise<AttributionSuggestion> => call(S, 'Suggest', spanId),
  apply: (spanId: number, s: AttributionSuggestion): Promise<ClaimDetail> => call(S, 'Apply', spanId, s),
};
