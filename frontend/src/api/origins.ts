// Typed wrapper for app.OriginService (Go): where an article got its
// material, and the independent origins behind a claim.
import { call } from './transport';
import type { OriginLink } from './claims';

export interface ArticleOrigin {
  id: number;
  articleId: number;
  originSourceId: number;
  originName: string;
  viaSourceId: number | null;
  viaName: string;
  cue: string;
  state: 'suggested' | 'accepted' | 'rejected';
  origin: string;
  confidence: number;
  createdAt: string;
}

export interface OriginInput {
  articleId: number;
  originSourceId: number;
  viaSourceId: number | null;
  cue: string;
}

/** One accepted mention resting on an origin, with its chain from the outlet to the root. */
export interface OriginArticle {
  id: number;
  spanId: number;
  title: string;
  chain: OriginLink[];
  via: string[];
}

export interface IndependentOrigin {
  /** s<source id> | e<entity id> | a<article id> */
  key: string;
  name: string;
  /** source | speaker | article */
  kind: string;
  articles: OriginArticle[];
}

export interface ClaimOriginChain {
  claimId: number;
  articles: number;
  origins: IndependentOrigin[];
  /** accepted mentions that name no origin (they add none) */
  unattributed: OriginArticle[];
  /** e.g. '3 articles, 1 origin: Korean Central News Agency' */
  summary: string;
}

const S = 'OriginService';

export const originsApi = {
  listForArticle: (articleId: number): Promise<ArticleOrigin[]> =>
    call<ArticleOrigin[] | null>(S, 'ListForArticle', articleId).then((r) => r ?? []),
  suggest: (articleId: number): Promise<ArticleOrigin[]> => call<ArticleOrigin[] | null>(S, 'Suggest', articleId).then((r) => r ?? []),
  accept: (id: number): Promise<ArticleOrigin> => call<ArticleOrigin>(S, 'Accept', id),
  reject: (id: number): Promise<ArticleOrigin> => call<ArticleOrigin>(S, 'Reject', id),
  remove: (id: number): Promise<void> => call<void>(S, 'Remove', id),
  add: (input: OriginInput): Promise<ArticleOrigin> => call<ArticleOrigin>(S, 'Add', input),
  claimOrigins: (claimId: number): Promise<ClaimOriginChain> =>
    call<ClaimOriginChain>(S, 'ClaimOrigins', claimId).then((c) => ({
      ...c,
      origins: (c.origins ?? []).map((o) => ({
        ...o,
        articles: (o.articles ?? []).map((a) => ({ ...a, via: a.via ?? [], chain: a.chain ?? [] })),
      })),
      unattributed: (c.unattributed ?? []).map((a) => ({ ...a, via: a.via ?? [], chain: a.chain ?? [] })),
    })),
};
