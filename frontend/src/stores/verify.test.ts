import { beforeEach, describe, expect, it } from 'vitest';
import { fakeGo, settle } from '../test/fakeGo';
import { verify, VerifyStore } from './verify.svelte';
import { errors } from './errors.svelte';

const cand = (articleId: number, start: number) => ({ articleId, articleTitle: 'A', source: 'S', start, end: start + 10, quote: `q${articleId}`, score: 0.8, method: 'lexical', basis: '', lexical: 0.8, coverage: 0.5, sharedTerms: [], sharedEntities: [], figures: [] });

beforeEach(async () => {
  fakeGo.reset();
  errors.clear();
  fakeGo.answer('OriginService', 'ClaimOrigins', (id) => ({ claimId: id, origins: [], articles: 0, unattributed: [] }));
  fakeGo.answer('ConflictService', 'ForClaim', () => []);
  fakeGo.answer('GradeService', 'Suggest', () => ({ credibility: 2, reasons: [], originNames: [] }));
  fakeGo.answer('MatchService', 'Propose', () => [cand(2, 0), cand(3, 40), cand(4, 7)]);
  await verify.load(null);
  await verify.load(5);
});

describe('verify store', () => {
  it('loads the claim’s origins and grade suggestion; the contradictions come with the claim, not again', () => {
    expect(verify.claimId).toBe(5);
    expect(verify.chain).not.toBeNull();
    expect(fakeGo.callsTo('ConflictService', 'ForClaim')).toEqual([]);
    expect(verify.loading).toBe(false);
    expect(fakeGo.callsTo('GradeService', 'Suggest')).toEqual([[5]]);
  });

  it('another claim starts clean: no proposals, ticks or attribution from the last', async () => {
    await verify.propose();
    verify.picked = { [VerifyStore.key(cand(2, 0))]: true };
    await verify.load(6);
    expect(verify.proposals).toBeNull();
    expect(verify.picked).toEqual({});
  });

  it('accepting the ticked candidates sends just those and drops them from the list', async () => {
    await verify.propose();
    expect(verify.proposals?.[0]!.sharedTerms).toEqual([]);
    verify.picked = { [VerifyStore.key(cand(2, 0))]: true, [VerifyStore.key(cand(4, 7))]: true, '9:9:9': false };
    expect(verify.pickedCandidates.map((c) => c.articleId)).toEqual([2, 4]);
    fakeGo.answer('MatchService', 'Accept', (id) => ({ id }));
    expect(await verify.decide('accept')).toBe(true);
    const [[claimId, refs]] = fakeGo.callsTo('MatchService', 'Accept') as [[number, { articleId: number; start: number }[]]];
    expect(claimId).toBe(5);
    expect(refs.map((r) => [r.articleId, r.start])).toEqual([[2, 0], [4, 7]]);
    expect(verify.proposals?.map((c) => c.articleId)).toEqual([3]);
    expect(verify.picked).toEqual({});
  });

  it('nothing ticked: nothing sent', async () => {
    await verify.propose();
    expect(await verify.decide('reject')).toBe(false);
    expect(fakeGo.callsTo('MatchService', 'Reject')).toEqual([]);
  });

  it('a refused decision keeps the list and the ticks', async () => {
    await verify.propose();
    verify.picked = { [VerifyStore.key(cand(3, 40))]: true };
    fakeGo.fail('MatchService', 'Reject', 'conflict', 'workspace busy');
    expect(await verify.decide('reject')).toBe(false);
    expect(verify.proposals).toHaveLength(3);
    expect(verify.pickedCandidates).toHaveLength(1);
    expect(errors.items[0]?.message).toBe('workspace busy');
  });

  it('proposals that arrive after another claim was opened are dropped', async () => {
    const held = fakeGo.hold('MatchService', 'Propose');
    const p = verify.propose();
    await verify.load(6);
    held.release([cand(2, 0)]);
    await p;
    expect(verify.proposals).toBeNull();
  });

  it('an attribution suggestion is kept per mention until applied or dismissed', async () => {
    fakeGo.answer('AttributionService', 'Suggest', (spanId) => ({ speaker: `S${spanId}` }));
    await verify.suggestAttribution(11);
    await verify.suggestAttribution(12);
    expect(Object.keys(verify.attribution)).toEqual(['11', '12']);
    verify.dismissAttribution(11);
    expect(Object.keys(verify.attribution)).toEqual(['12']);
    fakeGo.answer('AttributionService', 'Apply', () => ({ id: 5 }));
    fakeGo.answer('ClaimService', 'ListPage', () => ({ items: [], total: 0, offset: 0 }));
    expect(await verify.applyAttribution(12, verify.attribution[12]!)).toBe(true);
    expect(verify.attribution).toEqual({});
    await settle();
  });

  it('a vanished claim closes quietly on refresh', async () => {
    fakeGo.fail('OriginService', 'ClaimOrigins', 'not_found', 'claim 5 not found');
    await verify.load(5, true);
    expect(errors.items).toEqual([]);
    await verify.load(5);
    expect(errors.items[0]?.code).toBe('not_found');
  });
});
