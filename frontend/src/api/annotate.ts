// The few EntityService and ClaimService calls the reader makes while annotating
// (type-ahead, attaching a claim mention). The entities and claims views have their own,
// fuller wrappers; these stay minimal on purpose. The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { ClaimDetail, ClaimSummary, EntitySummary, MentionInput } from './contract.gen';

export type { MentionInput };
export type EntityHit = EntitySummary;
export type ClaimHit = Pick<ClaimSummary, 'id' | 'statement' | 'mentions' | 'articles'>;

/** The part of ClaimDetail the reader reads back: its mentions, to find the one just made. */
export type ClaimRef = Pick<ClaimDetail, 'id' | 'statement'> & {
  mentions: Pick<ClaimDetail['mentions'][number], 'spanId' | 'articleId' | 'start' | 'end'>[];
};

export const annotateApi = {
  entities: (query: string, type: string, limit = 10): Promise<EntityHit[]> => call('EntityService', 'List', query, type, limit),
  renameEntity: (id: number, name: string, readAt?: number): Promise<unknown> => call('EntityService', 'Update', id, { name, readAt }),
  // The first ten matches only: the whole list of a big workspace took ~0.9 s a keystroke.
  claims: (text: string): Promise<ClaimHit[]> =>
    call('ClaimService', 'ListPage', { text, credibility: 0, tag: '', entityId: 0, sourceId: 0, articleId: 0, sort: '' }, 0, 10).then((p) => p.items),
  addMention: (input: MentionInput): Promise<ClaimRef> => call('ClaimService', 'AddMention', input),
};

export function mentionInput(p: Pick<MentionInput, 'articleId' | 'start' | 'end' | 'quote'> & { claimId: number | null; newStatement: string }): MentionInput {
  return {
    rawValue: '',
    hedge: '',
    speakerEntityId: null,
    channelSourceId: null,
    channelText: '',
    isDirectQuote: false,
    ...p,
  };
}
