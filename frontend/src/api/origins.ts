// Typed wrapper for app.OriginService (Go): where an article got its material, and the
// independent origins behind a claim. The types are Go's (contract.gen.ts).
import { call } from './transport';
import type { ArticleOrigin, ClaimOriginChain, IndependentOrigin, OriginArticle, OriginInput } from './contract.gen';

/**
 * An ArticleOrigin's state is suggested | accepted | rejected. An IndependentOrigin's key
 * is s<source id> | e<entity id> | a<article id>, its kind source | speaker | article;
 * OriginArticle is one accepted mention resting on it, with its chain from the outlet to
 * the root; a chain's unattributed mentions name no origin (they add none).
 */
export type { ArticleOrigin, ClaimOriginChain, IndependentOrigin, OriginArticle, OriginInput };

const S = 'OriginService';

export const originsApi = {
  listForArticle: (articleId: number): Promise<ArticleOrigin[]> => call(S, 'ListForArticle', articleId),
  suggest: (articleId: number): Promise<ArticleOrigin[]> => call(S, 'Suggest', articleId),
  accept: (id: number): Promise<ArticleOrigin> => call(S, 'Accept', id),
  reject: (id: number): Promise<ArticleOrigin> => call(S, 'Reject', id),
  remove: (id: number): Promise<void> => call(S, 'Remove', id),
  add: (input: OriginInput): Promise<ArticleOrigin> => call(S, 'Add', input),
  claimOrigins: (claimId: number): Promise<ClaimOriginChain> => call(S, 'ClaimOrigins', claimId),
};
