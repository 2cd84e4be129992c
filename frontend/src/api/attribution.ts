// Typed wrapper for app.AttributionService (Go): who said a claim mention,
// through which channel, read from its sentence.
import { call } from './transport';
import type { ClaimDetail } from './claims';

export interface AttributionSuggestion {
  spanId: number;
  speakerEntityId: number | null;
  speakerName: string;
  /** person | organisation (used when Apply creates the speaker) */
  speakerType: string;
  channelSourceId: number | null;
  channelName: string;
  channelVia: string;
  channelText: string;
  isDirectQuote: boolean;
  confidence: number;
  cue: string;
}

const S = 'AttributionService';

export const attributionApi = {
  suggest: (spanId: number): Promise<AttributionSuggestion> => call<AttributionSuggestion>(S, 'Suggest', spanId),
  apply: (spanId: number, s: AttributionSuggestion): Promise<ClaimDetail> => call<ClaimDetail>(S, 'Apply', spanId, s),
};
