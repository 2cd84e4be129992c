// End-to-end walk of one breaking story as a verification analyst meets it: four
// wire-style articles about an invented dam evacuation (e2e/fixtures/orrin/) chosen in
// File ▾ → Import…'s file dialog, the evacuation's size marked as a claim by selecting
// it, the other outlets' tallies added from "Find in other articles" and from the reader,
// then read as the analyst and the editor read them: the suggested grade's reasons and
// the matrix row. Each check is a step that got in the way in the walk of
// docs/user-guide.md (uxwalk) and failed before its fix.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/orrinwalk.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/orrinwalk-*.png. Prints "N passed, M failed" last.

import { join } from 'node:path';
import { FRONTEND, TIMEOUT, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';
import { attachToClaim, dragOver, importFiles, markNewClaim, openArticle } from './reader.mjs';

const FIXTURES = join(FRONTEND, 'e2e/fixtures/orrin');
const FILES = ['meridian-wire.txt', 'valley-courier.txt', 'radio-breska.txt', 'continental-relay.txt'].map((f) => join(FIXTURES, f));

const WIRE = 'Thousands evacuated as Orrin dam spillway opened';
const COURIER = 'Lesk families spend night in school halls';
const SENTENCE = 'Authorities ordered about 6,000 residents of the lower Orrin valley to leave their homes on Tuesday';
const COURIER_SENTENCE = 'Around 4,200 people were evacuated from the two villages and the outskirts of Hollin';
const STATEMENT = 'About 6,000 residents of the Orrin valley were evacuated';
const RADIO = 'Orrin dam: what we know so far';
const RESIDENTS = 'Some residents say they saw water coming through a crack in the dam wall before the weekend';
const OPERATOR = 'The operator, Kestrel Hydro, says there is no crack and the water came from a drain built into the wall';
const CRACK = 'The wall of the Lake Orrin dam is cracked';
const FIGURES = [['about 6,000', 'Meridian Press'], ['Around 4,200', 'Orrin Valley Courier'], ['Nearly 5,000', 'Radio Breska News'], ['some 6,000', 'Continental News Service']];

const shot = (page, name) => page.screenshot({ path: screenshotPath(`orrinwalk-${name}.png`) });
const candidate = (page, text) => page.getByTestId('candidate').filter({ hasText: text }).first();

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });

  await check('File ▾ → Import… → Choose files… takes the four articles from the file dialog', async () => {
    await importFiles(page, FILES);
  });

  await check('Accept on a suggestion in the side panel: the Undo button names it in words, "accept 1 suggestion"', async () => {
    await openArticle(page, WIRE);
    await page.getByTestId('span-item').filter({ hasText: 'Dalia Mirek' }).first().click();
    await page.getByTestId('span-detail').getByRole('button', { name: /^Accept A/ }).click();
    const label = page.getByTestId('undo');
    const named = await eventually(async () => /accept 1 suggestion/.test(await label.innerText()), 'the Undo button naming the accept', 5_000).catch(() => false);
    const text = await label.innerText();
    assert(named && !text.includes('(s)'), `the Undo button reads ${JSON.stringify(text)}`);
  });

  // The Courier calls the ministry "the water ministry": the type-ahead under the selected
  // words offered only "Create new ‘water ministry’", a second entity for one body.
  await check('"water ministry" selected in the Courier and tagged as an organisation offers the Ministry of Water Resources', async () => {
    await openArticle(page, WIRE);
    await dragOver(page, 'Ministry of Water Resources');
    await page.keyboard.press('e');
    await page.keyboard.press('2');
    await page.getByTestId('entity-option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
    await openArticle(page, COURIER);
    await dragOver(page, 'water ministry');
    await page.keyboard.press('e');
    await page.keyboard.press('2');
    const existing = page.getByTestId('entity-option').filter({ hasText: 'Ministry of Water Resources' });
    const offered = await eventually(async () => (await existing.count()) === 1, 'the existing ministry offered', 5_000).catch(async () => false);
    await page.getByTestId('selection-menu').screenshot({ path: screenshotPath('orrinwalk-00-alias.png') });
    assert(offered, `the type-ahead offers ${JSON.stringify(await page.getByTestId('entity-option').allInnerTexts())}`);
    await existing.click();
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
    const detail = await page.getByTestId('span-detail').innerText();
    assert(detail.includes('Ministry of Water Resources'), `the span links to ${JSON.stringify(detail.slice(0, 200))}`);
  });

  await check('the evacuation is marked as a claim by selecting the wire\'s sentence and pressing C', async () => {
    await openArticle(page, WIRE);
    await markNewClaim(page, SENTENCE, STATEMENT);
    await page.getByTestId('open-claim').click();
    await page.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
  });

  await check('Find in other articles: the radio\'s, the relay\'s and the Courier\'s tallies are proposed and added as mentions', async () => {
    await page.getByTestId('find-in-other-articles').click();
    await page.getByTestId('candidate').first().waitFor({ timeout: TIMEOUT });
    // the Courier's masthead line, its byline and date line state nothing (rfix3a)
    const quotes = await page.getByTestId('candidate-quote').allInnerTexts();
    const furniture = quotes.filter((q) => ['Orrin Valley Courier', 'By Hanna Veltz', 'Radio Breska News'].includes(q.trim()));
    assert(furniture.length === 0, `proposed as the evacuation: ${JSON.stringify(furniture)}`);
    // the Courier's "Around 4,200 people were evacuated" tells the same tally with another
    // figure: it stood at 0.198 under the weaker matches and had to be attached from the reader
    const courier = quotes.filter((q) => q.includes(COURIER_SENTENCE));
    assert(courier.length === 1, `the Courier's tally is not proposed: ${JSON.stringify(quotes)}`);
    for (const t of ['Nearly 5,000 people', 'some 6,000 people', COURIER_SENTENCE]) await candidate(page, t).getByTestId('candidate-check').click();
    await page.getByTestId('accept-candidates').click();
    await page.getByTestId('find-matches').getByRole('status').filter({ hasText: 'Added 3 mentions' }).waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await page.getByTestId('mention').count()) === 4, 'four mention cards');
  });

  // Four outlets, four tallies: said pair by pair, each figure came up to three times in
  // a long sentence ending "— the analyst decides", four such sentences in one reason.
  await check('the suggested grade\'s reasons say each tally once, with its outlet', async () => {
    const s = page.getByTestId('grade-suggestion');
    await s.scrollIntoViewIfNeeded();
    await s.screenshot({ path: screenshotPath('orrinwalk-01-reasons.png') });
    const all = (await page.getByTestId('suggestion-reasons').locator('li').allInnerTexts()).join('\n');
    for (const [raw, outlet] of FIGURES) {
      const n = all.split(`"${raw}"`).length - 1;
      assert(n === 1, `"${raw}" is said ${n} times in the reasons: ${JSON.stringify(all)}`);
      assert(new RegExp(`"${raw}" \\([^)]*\\): ${outlet}`).test(all), `"${raw}" is not said with ${outlet}: ${JSON.stringify(all)}`);
    }
  });

  // Every figure contradiction said "(e.g. troops deployed vs casualties)", the sample
  // corpus's war story, under a dam evacuation, on the claim page and in the memo.
  await check('the Contradictions say why two tallies differ without an example from another story', async () => {
    const items = await page.getByTestId('conflicts').locator('li').allInnerTexts();
    // five pairs since r14hedge: "Around 4,200" (4,000–4,400) is apart from "Nearly 5,000" too
    assert(items.length === 5, `${items.length} contradictions: ${JSON.stringify(items)}`);
    const odd = items.filter((t) => /troops|casualties/.test(t));
    assert(odd.length === 0 && items.every((t) => /the analyst decides/.test(t)), `the contradictions read ${JSON.stringify(items)}`);
  });

  // The claim is ungraded, the grade suggested, and five pairs contradict (four before
  // r14hedge): at 1280 px the row's "≠ 4" ran past the claim column and was cut off.
  await check('in the matrix at 1280×800 the ungraded row shows its "≠ 5" whole, inside the claim column', async () => {
    await page.getByTestId('tab-matrix').click();
    const row = page.getByTestId('matrix-row').filter({ hasText: STATEMENT });
    await row.waitFor({ timeout: TIMEOUT });
    await shot(page, '02-matrix');
    const conf = row.locator('.conf');
    assert((await conf.innerText()) === '≠ 5', `the row's count reads ${JSON.stringify(await conf.innerText())}`);
    const fit = await row.evaluate((tr) => {
      const th = tr.querySelector('th.claim').getBoundingClientRect();
      const out = {};
      for (const sel of ['.conf', '[data-testid=matrix-suggested]', '[data-testid=matrix-origins]']) {
        const r = tr.querySelector(sel).getBoundingClientRect();
        out[sel] = { right: Math.round(r.right), limit: Math.round(th.right - 10), width: Math.round(r.width) };
      }
      return out;
    });
    for (const [sel, f] of Object.entries(fit)) assert(f.width > 0 && f.right <= f.limit, `${sel} ends at ${f.right} px, past the column's ${f.limit} px: ${JSON.stringify(fit)}`);
  });

  // The radio reports what residents say and, a paragraph later, the operator's denial:
  // its cell read "states it — Kestrel Hydro, says", as if the operator said it.
  await check('a cell that states the crack beside the operator\'s denial does not name the operator as its source', async () => {
    await page.getByTestId('tab-reader').click();
    await openArticle(page, RADIO);
    await markNewClaim(page, RESIDENTS, CRACK);
    await attachToClaim(page, OPERATOR, 'crack', CRACK);
    await page.getByTestId('tab-matrix').click();
    const row = page.getByTestId('matrix-row').filter({ hasText: CRACK });
    await row.waitFor({ timeout: TIMEOUT });
    await shot(page, '03-matrix-crack');
    const cell = await row.getByTestId('matrix-cell').first().innerText();
    assert(/states it/.test(cell) && !cell.includes('Kestrel'), `the radio's cell reads ${JSON.stringify(cell)}`);
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
