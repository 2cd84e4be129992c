import { describe, expect, it } from 'vitest';
import { basisLabel, conflictKindLabel, mentionLabel, ownArticleNote, stanceLabel, suggestsNothing, weakerBar } from './format';

describe('mentionLabel', () => {
  it('names the outlet when it is known', () => {
    expect(mentionLabel({ source: 'Reuters', articleTitle: 'Minister visits', quote: 'arrived on Saturday' })).toBe('Reuters: “arrived on Saturday”');
  });
  it('names the article, not "unknown", when the outlet is not known', () => {
    expect(mentionLabel({ source: '', articleTitle: 'Russian Culture Minister Visits North Korea Amid Deepening Ties', quote: 'x' })).toBe(
      'Russian Culture Minister Visits North Ko…: “x”',
    );
    expect(mentionLabel({ source: '', articleTitle: '', quote: 'x' })).toBe('Untitled article: “x”');
  });
  it('clips a long quote', () => {
    expect(mentionLabel({ source: 'A', articleTitle: '', quote: 'w'.repeat(70) })).toBe(`A: “${'w'.repeat(60)}…”`);
  });
});

describe('ownArticleNote', () => {
  // uxwalk5: under "In other articles" a sentence of the claim's own article looked like
  // another outlet's report of it; the card says where it stands.
  const mentions = [{ articleId: 3 }, { articleId: 3 }, { articleId: 5 }];
  it('names a proposal in an article that already holds a mention of the claim', () => {
    expect(ownArticleNote(3, mentions)).toBe('same article as a mention of this claim');
    expect(ownArticleNote(5, mentions)).toBe('same article as a mention of this claim');
  });
  it('says nothing of an article the claim is not yet in', () => {
    expect(ownArticleNote(4, mentions)).toBe('');
    expect(ownArticleNote(4, [])).toBe('');
  });
});

describe('basisLabel', () => {
  const mentions = [
    { spanId: 262, source: '', articleTitle: 'Russian Culture Minister Visits North Korea Amid Deepening Ties', quote: 'North Korea has sent troops' },
    { spanId: 263, source: 'Reuters', articleTitle: 'Minister visits', quote: 'disclosed the deployment' },
  ];
  it('says the statement in words', () => {
    expect(basisLabel('statement', mentions)).toBe('the claim’s statement');
  });
  it('names a mention by its outlet or article and words, never its span id', () => {
    expect(basisLabel('mention 263', mentions)).toBe('the mention in Reuters: “disclosed the deployment”');
    expect(basisLabel('mention 262', mentions)).toBe('the mention in Russian Culture Minister Visits North Ko…: “North Korea has sent troops”');
  });
  it('does not show the id of a mention the page no longer has', () => {
    expect(basisLabel('mention 999', mentions)).toBe('another mention of this claim');
  });
  it('leaves any other basis as it is', () => {
    expect(basisLabel('title', mentions)).toBe('title');
  });
});

describe('stanceLabel', () => {
  it('names a stance as the select does', () => {
    expect(stanceLabel('denies')).toBe('denies');
    expect(stanceLabel('unconfirmed')).toBe('reports as unconfirmed');
  });
  it('leaves an unknown stance as it is', () => {
    expect(stanceLabel('hedges')).toBe('hedges');
  });
});

describe('conflictKindLabel', () => {
  it('says what each kind of contradiction is about, in words', () => {
    expect(conflictKindLabel('figure')).toBe('figures differ');
    expect(conflictKindLabel('date')).toBe('dates differ');
    expect(conflictKindLabel('unit')).toBe('units differ');
    expect(conflictKindLabel('stance')).toBe('stances differ');
    expect(conflictKindLabel('contrary')).toBe('states exclude each other');
  });
  it('leaves a kind it does not know as it is', () => {
    expect(conflictKindLabel('source')).toBe('source');
  });
});

describe('suggestsNothing', () => {
  const none = { speakerName: '', channelName: '', channelVia: '', channelText: '', isDirectQuote: false };
  it('is true when the suggestion names no one and nothing', () => {
    expect(suggestsNothing(none)).toBe(true);
    expect(suggestsNothing({ ...none, speakerName: '  ' })).toBe(true);
  });
  it('is false when it names a speaker, a channel, a relay, words or a direct quote', () => {
    expect(suggestsNothing({ ...none, speakerName: 'Tomas Ridley' })).toBe(false);
    expect(suggestsNothing({ ...none, channelName: 'KCNA' })).toBe(false);
    expect(suggestsNothing({ ...none, channelVia: 'Yonhap' })).toBe(false);
    expect(suggestsNothing({ ...none, channelText: 'according to KCNA' })).toBe(false);
    expect(suggestsNothing({ ...none, isDirectQuote: true })).toBe(false);
  });
});

describe('weakerBar', () => {
  it('names the bar the weaker matches are under, in percent', () => {
    expect(weakerBar(0.27)).toBe('under 27%: read before adding');
    expect(weakerBar(0.29)).toBe('under 29%: read before adding');
  });
});
