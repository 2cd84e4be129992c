// The few EntityService and ClaimService calls the reader makes while
// annotating (type-ahead, attaching a claim mention). The entities and claims
// views have their own, fuller wrappers; these stay minimal on purpose.
import { call } from './transport';

export interface EntityHit {
  id: number;
  type: string;
  name: string;
  aliases: string[];
  mentions: number;
  articles: number;
}

export interface ClaimHit {
  id: number;
  statement: string;
  mentions: number;
  articles: number;
}

export interface MentionInput {
  claimId: number | null;
  newStatement: string;
  articleId: number;
  start: number;
  end: number;
  quote: string;
  rawValue: string;
  hedge: string;
  speakerEntityId: number | null;
  channelSourceId: number | null;
  channelText: string;
  isDirectQuote: boolean;
}

/** The part of ClaimDetail the reader reads back. */
export interface ClaimRef {
  id: number;
  statement: string;
  /** The claim's mentions (ClaimDetail.mentions), to find the one just made. */
  mentions: { spanId: number; articleId: number; start: number; end: number }[];
}

export const annotateApi = {
  entities: (query: string, type: string, limit = 10): Promise<EntityHit[]> =>
    call<EntityHit[] | null>('EntityService', 'List', query, type, limit).then((r) => r ?? []),
  renameEntity: (id: number, name: string): Promise<unknown> => call('EntityService', 'Update', id, { name }),
  // The first ten matches only: the whole list of a big workspace took ~0.9 s a keystroke.
  claims: (text: string): Promise<ClaimHit[]> =>
    call<{ items: ClaimHit[] | null }>('ClaimService', 'ListPage', {
      text,
      credibility: 0,
      tag: '',
      entityId: 0,
      sourceId: 0,
      articleId: 0,
    }, 0, 10).then((p) => p?.items ?? []),
  addMention: (input: MentionInput): Promise<ClaimRef> => call<ClaimRef>('ClaimService', 'AddMention', input),
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
