// Typed wrapper for app.ConflictService (Go): pairs of a claim's mentions whose figures
// or dates conflict. The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { ConflictMention, ValueConflict } from './contract.gen';

/** kind is figure | date | unit | stance | contrary (two states that exclude each other: "working" / "broke down"; rawValue holds each side's words); a mention's stance asserts | denies | doubts | unconfirmed. */
export type { ConflictMention, ValueConflict };

export const conflictsApi = {
  forClaim: (claimId: number): Promise<ValueConflict[]> => call('ConflictService', 'ForClaim', claimId),
};
