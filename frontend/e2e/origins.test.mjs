// End-to-end test of issue 14 on the claim page: the analyst marks a claim, accepts the
// app's proposals, sees each mention's origin chain and the count of independent origins
// in words, sets one mention's stance to "denies" with the mouse, and sees the
// contradiction named under Contradictions; two outlets that say a system worked and that
// it broke down show as a contradiction without negation. Real `claimdesk serve`, Debian's Chromium.
//
//   CLAIMDESK_BIN=$PWD/../build/claimdesk SCREENSHOT_DIR=$PWD/../build node e2e/origins.test.mjs

import { TIMEOUT, api as rawApi, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';

const STATEMENT = 'Olga Lyubimova arrived in North Korea with a delegation of performers';

/** Service.Method(...args) through the page's session; throws on anything but 200. */
async function api(page, service, method, ...args) {
  const r = await rawApi(page, service, method, ...args);
  if (r.status !== 200) throw new Error(`${service}.${method} → HTTP ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

function cpRange(body, needle) {
  const i = body.indexOf(needle);
  if (i < 0) throw new Error(`${JSON.stringify(needle)} is not in the article`);
  const start = [...body.slice(0, i)].length;
  return { start, end: start + [...needle].length, quote: needle };
}

await runE2E(async ({ url, page }) => {
  let claimId = 0;
  await check('the analyst marks a claim and accepts every proposal', async () => {
    await page.goto(url, { timeout: TIMEOUT });
    await page.getByTestId('article-item').first().waitFor();
    const list = await api(page, 'ArticleService', 'List');
    const reuters = list.find((a) => a.source === 'Reuters');
    assert(reuters, 'the Reuters seed article is missing');
    const r = await api(page, 'ArticleService', 'Get', reuters.id);
    const d = await api(page, 'ClaimService', 'AddMention', {
      claimId: null, newStatement: STATEMENT, articleId: reuters.id,
      ...cpRange(r.body, 'Olga Lyubimova arrived in North Korea on Saturday with a 125-strong delegation of performers'),
      rawValue: '', hedge: '', speakerEntityId: null, channelSourceId: null, channelText: '', isDirectQuote: false,
    });
    claimId = d.id;
    const cands = await api(page, 'MatchService', 'Propose', claimId);
    assert(cands.length > 0, 'no proposals');
    for (const c of cands) {
      assert(c.explanation !== '', 'a proposal without an explanation');
      const words = c.quote.toLowerCase();
      assert(c.sharedTerms.every((t) => words.includes(t)), `explained with words not in the sentence: ${c.sharedTerms}`);
    }
    const after = await api(page, 'MatchService', 'Accept', claimId,
      cands.map((c) => ({ articleId: c.articleId, start: c.start, end: c.end, quote: c.quote, score: c.score })));
    assert(after.mentions.length === cands.length + 1, `mentions ${after.mentions.length}`);
  });

  await check('the claim page shows each mention’s origin and the count in words', async () => {
    await page.getByRole('button', { name: 'Claims', exact: true }).or(page.getByRole('tab', { name: 'Claims', exact: true })).first().click();
    await page.getByTestId('claim-item').filter({ hasText: STATEMENT }).first().click();
    await page.getByTestId('claim-page').waitFor();
    const origins = page.getByTestId('mention-origin');
    await origins.first().waitFor();
    const n = await origins.count();
    assert(n >= 2, `origins shown for ${n} mentions`);
    const texts = await origins.allInnerTexts();
    assert(texts.every((t) => t.trim() !== ''), `an empty origin: ${JSON.stringify(texts)}`);
    const summary = await page.getByTestId('independence-summary').innerText();
    assert(/\d+ articles?, \d+ origins?/.test(summary), `summary: ${summary}`);
  });

  await check('setting a stance to "denies" with the mouse shows a contradiction naming both mentions', async () => {
    const select = page.getByTestId('mention-stance').nth(1);
    await select.click();
    await select.selectOption('denies');
    await eventually(async () => {
      const d = await api(page, 'ClaimService', 'Get', claimId);
      assert(d.mentions.some((m) => m.stance === 'denies' && m.stanceBy === 'analyst'), 'stance not stored');
      assert(d.contradictions.some((c) => c.kind === 'stance'), 'no stance contradiction');
      return true;
    }, 'the stance contradiction');
    // the section may already be there for a date conflict: wait for the stance entry itself
    const conflicts = page.getByTestId('conflicts');
    await conflicts.waitFor({ timeout: 10_000 });
    let text = '';
    await eventually(async () => {
      text = await conflicts.innerText();
      return /stance/.test(text) && /denies/.test(text) && /asserts/.test(text);
    }, 'the stance contradiction in the section');
    await page.screenshot({ path: screenshotPath('origins-claim-page.png') });
  });

  await check('the Contradictions heading and the suggested grade give one number of contradictions', async () => {
    // Before, the grade said the stance disagreement once where the page listed each pair.
    let n = -1;
    let said = '';
    await eventually(async () => {
      const heading = await page.getByTestId('conflicts-heading').innerText();
      n = Number((/\((\d+)\)/.exec(heading) ?? [])[1] ?? -1);
      said = await page.getByTestId('suggestion-reasons').innerText();
      return n > 0 && /contradictions? between mentions/.test(said);
    }, 'the heading and the grade reasons');
    const m = /(\d+) contradictions? between mentions/.exec(said);
    assert(m && Number(m[1]) === n, `the page heads ${n} contradictions, the grade says: ${said}`);
    const items = await page.getByTestId('conflicts').locator('li').count();
    assert(items === n, `${items} contradictions listed under a heading of ${n}`);
  });

  await check('a revised article counts once on the claim page, and its changed figure reads as a revision', async () => {
    // A story written for this test, imported twice under one file name: the second is a
    // new version, and the claim marked in the first is carried over onto it.
    const first = 'Ferry link to close\n\nThe harbour authority in Dunmore said on Tuesday that the ferry link to the islands would close for three weeks while engineers replace the main ramp.';
    const revised = 'Ferry link to close\n\nThe harbour authority in Dunmore said on Tuesday that the ferry link to the islands would close for four weeks while engineers replace the main ramp. A replacement boat will run twice a day.';
    const file = (text) => [{ name: 'dunmore-ferry.txt', content: Buffer.from(text).toString('base64') }];
    const one = await api(page, 'ImportService', 'ImportFiles', file(first), {});
    const articleId = one.items[0].articleId;
    const a = await api(page, 'ArticleService', 'Get', articleId);
    await api(page, 'ClaimService', 'AddMention', {
      claimId: null, newStatement: 'The Dunmore ferry link closes for three weeks', articleId,
      ...cpRange(a.body, 'would close for three weeks'),
      rawValue: '', hedge: '', speakerEntityId: null, channelSourceId: null, channelText: '', isDirectQuote: false,
    });
    const two = await api(page, 'ImportService', 'ImportFiles', file(revised), {});
    assert(two.versions === 1, `the revised text was not a new version: ${JSON.stringify(two.items)}`);
    await page.reload();
    await page.getByRole('button', { name: 'Claims', exact: true }).or(page.getByRole('tab', { name: 'Claims', exact: true })).first().click();
    await page.getByTestId('claim-item').filter({ hasText: 'The Dunmore ferry link closes for three weeks' }).first().click();
    await page.getByTestId('claim-page').waitFor();
    await eventually(async () => (await page.getByTestId('mention-origin').count()) === 2, 'both versions\' mentions');
    const summary = await page.getByTestId('independence-summary').innerText();
    assert(/^1 article\b/.test(summary.trim()), `a story and its revision counted as more than one article: ${summary}`);
    const revision = page.getByTestId('conflicts').getByTestId('conflict-versions');
    await revision.waitFor({ timeout: 10_000 });
    assert(/revised/.test(await revision.innerText()), 'the revision is not named');
  });

  await check('two outlets that say a system worked and that it broke down show as a contradiction without negation (r14contra)', async () => {
    // Two reports written for this test, from two outlets, on one claim; no negation in either.
    const STATEMENT3 = 'The Harwick sluice gates worked during the storm surge';
    const files = [
      { name: 'harwick-gazette.txt', content: Buffer.from('Sluice gates hold\n\nThe Harwick sluice gates were working during the storm surge, the water board said on Monday.').toString('base64') },
      { name: 'harwick-radio.txt', content: Buffer.from('Town flooded\n\nThe Harwick sluice gates broke down during the storm surge, residents told the radio station.').toString('base64') },
    ];
    const imported = await api(page, 'ImportService', 'ImportFiles', files, {});
    assert(imported.items.length === 2, `imported ${imported.items.length}`);
    let id3 = null;
    for (const [k, item] of imported.items.entries()) {
      const a = await api(page, 'ArticleService', 'Get', item.articleId);
      const quote = k === 0 ? 'The Harwick sluice gates were working during the storm surge' : 'The Harwick sluice gates broke down during the storm surge';
      const d = await api(page, 'ClaimService', 'AddMention', {
        claimId: id3, newStatement: id3 ? '' : STATEMENT3, articleId: item.articleId, ...cpRange(a.body, quote),
        rawValue: '', hedge: '', speakerEntityId: null, channelSourceId: null, channelText: '', isDirectQuote: false,
      });
      id3 = d.id;
    }
    await page.reload();
    await page.getByRole('button', { name: 'Claims', exact: true }).or(page.getByRole('tab', { name: 'Claims', exact: true })).first().click();
    await page.getByTestId('claim-item').filter({ hasText: STATEMENT3 }).first().click();
    await page.getByTestId('claim-page').waitFor();
    const conflicts = page.getByTestId('conflicts');
    await conflicts.waitFor({ timeout: 10_000 });
    const item = conflicts.locator('li').filter({ hasText: 'states exclude each other' });
    await eventually(async () => (await item.count()) === 1, 'the contrary contradiction in the section');
    assert((await item.getByTestId('contrary-a').innerText()).trim() === 'working', 'the first state is not named');
    assert((await item.getByTestId('contrary-b').innerText()).trim() === 'broke down', 'the second state is not named');
    const text = await item.innerText();
    assert(/one says .*sluice gates were working.*, the other .*sluice gates broke down/.test(text), `the reason in words: ${text}`);
    assert(/harwick-gazette|Sluice gates hold/i.test(text) && /harwick-radio|Town flooded/i.test(text), `both mentions are not named: ${text}`);
    await item.screenshot({ path: screenshotPath('origins-contrary.png') });
  });

  await check('a claim that 204 articles give as 40 boats and one as 60 names the contradiction once, "and 203 more", and draws 200 mention cards until asked', async () => {
    // Stories written for this test: one toll, told by 205 harbour bulletins.
    const STATEMENT2 = 'The Calder boatyard fire destroyed 40 boats';
    const files = [];
    for (let k = 0; k < 205; k++) {
      const n = k === 0 ? 60 : 40;
      const text = `Calder bulletin ${k + 1}\n\nHarbour notes, issue ${k + 1}. The Calder boatyard fire destroyed ${n} boats overnight, the harbour master said. Moorings reopen on Friday.`;
      files.push({ name: `calder-${k + 1}.txt`, content: Buffer.from(text).toString('base64') });
    }
    const imported = await api(page, 'ImportService', 'ImportFiles', files, {});
    assert(imported.items.length === 205, `imported ${imported.items.length} bulletins`);
    let claimId2 = null;
    for (const [k, item] of imported.items.entries()) {
      const a = await api(page, 'ArticleService', 'Get', item.articleId);
      const n = k === 0 ? 60 : 40;
      const d = await api(page, 'ClaimService', 'AddMention', {
        claimId: claimId2, newStatement: claimId2 ? '' : STATEMENT2, articleId: item.articleId,
        ...cpRange(a.body, `The Calder boatyard fire destroyed ${n} boats`),
        rawValue: `${n} boats`, hedge: '', speakerEntityId: null, channelSourceId: null, channelText: '', isDirectQuote: false,
      });
      claimId2 = d.id;
    }
    await page.reload();
    await page.getByRole('button', { name: 'Claims', exact: true }).or(page.getByRole('tab', { name: 'Claims', exact: true })).first().click();
    await page.getByTestId('claim-item').filter({ hasText: STATEMENT2 }).first().click();
    await page.getByTestId('claim-page').waitFor();
    const conflicts = page.getByTestId('conflicts');
    await conflicts.waitFor({ timeout: 10_000 });
    await eventually(async () => (await conflicts.locator('li').count()) === 1, 'one contradiction for 204 pairs');
    const others = await conflicts.getByTestId('conflict-others').innerText();
    assert(/^and 203 more mentions say 40\b/.test(others.trim()), `the others are not counted: ${others}`);
    const text = await conflicts.innerText();
    assert(/60/.test(text) && /40/.test(text), `the pair is not named: ${text}`);
    assert((await page.getByTestId('uncompared').count()) === 0, 'a claim of two readings says some were not compared');
    await page.screenshot({ path: screenshotPath('origins-many-mentions.png') });
    // 200 mention cards are drawn; the button draws the other 5
    const cards = page.getByTestId('mentions').getByTestId('mention-origin');
    assert((await cards.count()) === 200, `${await cards.count()} mention cards drawn before asking`);
    const showAll = page.getByTestId('show-all-mentions');
    assert(/Show all 205 mentions \(5 more\)/.test(await showAll.innerText()), `button: ${await showAll.innerText()}`);
    await showAll.click();
    await eventually(async () => (await cards.count()) === 205, 'all 205 mention cards');
    assert((await showAll.count()) === 0, 'the button stays after showing all');

    // ratk6: an edit to a card past the first 200 keeps every card drawn, and the
    // contradiction's counts follow it (card 203 now says 60 too).
    const card = page.getByTestId('mentions').getByTestId('mention').nth(202);
    await card.scrollIntoViewIfNeeded();
    await card.getByTestId('edit-mention').click();
    const figure = card.getByLabel('Figure as written', { exact: true });
    await figure.fill('60 boats');
    await card.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(async () => (await card.getByTestId('mention-figure').count()) === 1 && /60/.test(await card.getByTestId('mention-figure').innerText()), 'card 203 saved');
    await eventually(async () => /\b1 more mention says 60\b/.test((await conflicts.getByTestId('conflict-others').innerText()).trim()), 'the counts after the edit');
    assert(/\b202 more mentions say 40\b/.test(await conflicts.getByTestId('conflict-others').innerText()), 'the 40s after the edit');
    assert((await cards.count()) === 205, `${await cards.count()} cards drawn after an edit to card 203`);
    assert((await page.getByTestId('show-all-mentions').count()) === 0, 'the button came back after the edit');
  });
});
