import { beforeEach, describe, expect, it } from 'vitest';
import { fakeGo, settle } from '../test/fakeGo';
import { verify, VerifyStore } from './verify.svelte';
import { errors } from './errors.svelte';

const cand = (articleId: number, start: number, score = 0.8) => ({ articleId, articleTitle: 'A', source: 'S', start, end: start + 10, quote: `q${articleId}`, score, method: 'lexical', basis: '', lexical: 0.8, coverage: 0.5, sharedTerms: [], sharedEntities: [], figures: [], dateConflict: false, explanation: '' });
// 13 weaker matches, under the bar, best first
const weakerAll = Array.from({ length: 13 }, (_, i) => cand(20 + i, 5, 0.26 - i * 0.01));

beforeEach(async () => {
  fakeGo.reset();
  errors.clear();
  fakeGo.answer('OriginService', 'ClaimOrigins', (id) => ({ claimId: id, origins: [], articles: 0, unattributed: [] }));
  fakeGo.answer('ConflictService', 'ForClaim', () => []);
  fakeGo.answer('GradeService', 'Suggest', () => ({ credibility: 2, reasons: [], originNames: [] }));
  fakeGo.answer('MatchService', 'Proposals', (_id, n) => ({ threshold: 0.27, floor: 0.1, candidates: [cand(2, 0), cand(3, 40), cand(4, 7)], weaker: weakerAll.slice(0, n as number), weakerTotal: weakerAll.length }));
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
    const held = fakeGo.hold('MatchService', 'Proposals');
    const p = verify.propose();
    await verify.load(6);
    held.release({ threshold: 0.27, floor: 0.1, candidates: [cand(2, 0)], weaker: [], weakerTotal: 0 });
    await p;
    expect(verify.proposals).toBeNull();
  });

  it('weaker matches come apart from the proposals, a page at a time, never ticked', async () => {
    await verify.propose();
    expect(fakeGo.callsTo('MatchService', 'Proposals')).toEqual([[5, 10]]);
    expect(verify.proposals).toHaveLength(3);
    expect(verify.weaker.map((c) => c.articleId)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    expect(verify.weakerTotal).toBe(13);
    expect(verify.threshold).toBe(0.27);
    expect(verify.picked).toEqual({});
    expect(verify.pickedIn('weaker')).toEqual([]);
    // a tick on each list; a page more keeps both ticks and the first page's order
    verify.picked = { [VerifyStore.key(cand(2, 0))]: true, [VerifyStore.key(weakerAll[3]!)]: true };
    await verify.moreWeaker();
    expect(fakeGo.callsTo('MatchService', 'Proposals').at(-1)).toEqual([5, 20]);
    expect(verify.weaker.map((c) => c.articleId)).toEqual(weakerAll.map((c) => c.articleId));
    expect(verify.pickedIn('weaker').map((c) => c.articleId)).toEqual([23]);
    expect(verify.pickedCandidates.map((c) => c.articleId)).toEqual([2]);
  });

  it('deciding on the weaker matches sends their ticks alone and keeps the proposals’ ticks', async () => {
    await verify.propose();
    verify.picked = { [VerifyStore.key(cand(2, 0))]: true, [VerifyStore.key(weakerAll[1]!)]: true };
    fakeGo.answer('MatchService', 'Reject', (id) => ({ id }));
    expect(await verify.decide('reject', 'weaker')).toBe(true);
    const [[, refs]] = fakeGo.callsTo('MatchService', 'Reject') as [[number, { articleId: number }[]]];
    expect(refs.map((r) => r.articleId)).toEqual([21]);
    expect(verify.weaker.map((c) => c.articleId)).not.toContain(21);
    expect(verify.weakerTotal).toBe(12);
    expect(verify.proposals).toHaveLength(3);
    expect(verify.pickedCandidates.map((c) => c.articleId)).toEqual([2]);
  });

  it('another claim starts its weaker matches from the first page, closed', async () => {
    await verify.propose();
    await verify.moreWeaker();
    verify.weakerOpen = true;
    await verify.load(6);
    expect(verify.weaker).toEqual([]);
    expect(verify.weakerOpen).toBe(false);
    await verify.propose();
    expect(fakeGo.callsTo('MatchService', 'Proposals').at(-1)).toEqual([6, 10]);
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
  it('accepting the suggested grade sends the grade shown; refused because it moved, the suggestion is read again', async () => {
    fakeGo.answer('ClaimService', 'ListPage', () => ({ items: [], total: 0, offset: 0 }));
    fakeGo.answer('GradeService', 'Accept', (id, c) => ({ id: 1, claimId: id, credibility: c }));
    expect(await verify.acceptGrade(null)).toBe(true);
    expect(fakeGo.callsTo('GradeService', 'Accept')).toEqual([[5, 2, 0]]);
    await settle();
    fakeGo.fail('GradeService', 'Accept', 'conflict', 'The suggested grade is now 4 Doubtful, not the 2 Probably true you accepted');
    fakeGo.answer('GradeService', 'Suggest', () => ({ credibility: 4, reasons: [], originNames: [] }));
    expect(await verify.acceptGrade(null)).toBe(false);
    await settle();
    expect(errors.items[0]?.message).toContain('now 4 Doubtful');
    expect(verify.suggestion?.credibility).toBe(4);
  });
  it('"Replace 3 with 2" sends the grade it replaces; refused because the claim was graded since, the claim is read again', async () => {
    fakeGo.answer('ClaimService', 'ListPage', () => ({ items: [], total: 0, offset: 0 }));
    fakeGo.fail('GradeService', 'Accept', 'conflict', "The claim's grade is now 5 Improbable, not the 3 Possibly true the page showed");
    expect(await verify.acceptGrade(3)).toBe(false);
    await settle();
    expect(fakeGo.callsTo('GradeService', 'Accept')).toEqual([[5, 2, 3]]);
    expect(errors.items[0]?.message).toContain('now 5 Improbable');
    // the claim (its current grade) is read again, not only the suggestion
    expect(fakeGo.callsTo('ClaimService', 'ListPage').length).toBeGreaterThan(0);
  });
});
