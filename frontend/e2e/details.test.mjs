// End-to-end test of an article's details (issue 13): the list flags an article with no
// publication date; the analyst opens it, sets its date in the reader's header with the
// mouse, and the relative date of a claim in it ("June of last year") changes on the claim
// page; undo brings the old reading back. Real `claimdesk serve`, real Chromium.
//
//   make build/claimdesk && cd frontend && CLAIMDESK_BIN=$PWD/../build/claimdesk node e2e/details.test.mjs

import { TIMEOUT, api, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';
import { dragOver, openArticle } from './reader.mjs';

const PHRASE = 'June of last year';
const STATEMENT = 'The treaty was signed in June 2024';

async function call(page, service, method, ...args) {
  const r = await api(page, service, method, ...args);
  if (r.status !== 200) throw new Error(`${service}.${method} → HTTP ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Opens a top-level view by its tab. */
async function openView(page, label) {
  const exact = { name: label, exact: true };
  await page.getByRole('tab', exact).or(page.getByRole('button', exact)).first().click();
}

/** Sets the open article's date through the reader's header, with the mouse. */
async function setDate(page, date) {
  await page.getByTestId('edit-article-details').click();
  const form = page.getByTestId('article-details-form');
  await form.waitFor();
  await form.locator('input[name="date"]').fill(date);
  await page.getByTestId('article-details-save').click();
  await form.waitFor({ state: 'detached' });
}

/** The normalised value the claim page shows for the claim's mention. */
async function shownValue(page) {
  await openView(page, 'Claims');
  await page.getByTestId('claim-item').filter({ hasText: STATEMENT }).click();
  return (await page.getByTestId('mention-normalized').first().innerText()).trim();
}

await runE2E(async ({ url, page }) => {
  let article;
  await check('the app loads and a claim with a relative date is marked in an undated article', async () => {
    await page.goto(url, { timeout: TIMEOUT });
    await page.getByTestId('article-item').first().waitFor();
    for (const s of await call(page, 'ArticleService', 'List')) {
      const a = await call(page, 'ArticleService', 'Get', s.id);
      if (a.body.includes(PHRASE)) article = a;
    }
    assert(article, `no seed article says ${JSON.stringify(PHRASE)}`);
    assert(article.publishedAt === '', `the seed article already has a date: ${article.publishedAt}`);
    const i = article.body.indexOf(PHRASE);
    const start = [...article.body.slice(0, i)].length;
    await call(page, 'ClaimService', 'AddMention', {
      claimId: null, newStatement: STATEMENT, articleId: article.id, start, end: start + PHRASE.length, quote: PHRASE,
      rawValue: PHRASE, hedge: '', speakerEntityId: null, channelSourceId: null, channelText: '', isDirectQuote: false,
    });
  });

  const row = () => page.locator(`[data-testid="article-item"][data-article-id="${article.id}"]`);
  await check('the article list flags the unknown date', async () => {
    const mark = row().getByTestId('article-missing');
    await mark.waitFor();
    assert((await mark.innerText()).includes('date'), `flag: ${await mark.innerText()}`);
  });

  await check('the claim page shows the relative date unresolved', async () => {
    const v = await shownValue(page);
    assert(v === 'unresolved' || v.includes('unresolved'), `shown: ${JSON.stringify(v)}`);
  });

  await check('setting the date in the reader header resolves it (2025-06-29 → June 2024)', async () => {
    await openView(page, 'Reader');
    await row().click();
    await page.getByTestId('reader-title').filter({ hasText: article.title }).waitFor();
    await setDate(page, '2025-06-29');
    await eventually(async () => (await page.getByTestId('reader-meta').innerText()).includes('29 Jun 2025'), 'the header shows the new date');
    await eventually(async () => (await row().getByTestId('article-missing').count()) === 0 || !(await row().innerText()).includes('date?'), 'the list flag goes');
    const v = await eventually(async () => {
      const s = await shownValue(page);
      return s.startsWith('2024-06') ? s : null;
    }, 'the claim page to show 2024-06');
    await page.screenshot({ path: screenshotPath('details-claim-2024.png') });
    assert(v.startsWith('2024-06'), v);
  });

  await check('a new date moves it again (2021-03-01 → June 2020)', async () => {
    await openView(page, 'Reader');
    await setDate(page, '2021-03-01');
    await eventually(async () => (await shownValue(page)).startsWith('2020-06'), 'the claim page to show 2020-06');
  });

  await check('a future date is refused with a message and changes nothing', async () => {
    await openView(page, 'Reader');
    await page.getByTestId('edit-article-details').click();
    await page.locator('input[name="date"]').fill('2999-01-01');
    await page.getByTestId('article-details-save').click();
    const err = page.getByTestId('article-details-error');
    await err.waitFor();
    assert((await err.innerText()).includes('future'), await err.innerText());
    await page.getByRole('button', { name: 'Cancel' }).click();
    assert((await page.getByTestId('reader-meta').innerText()).includes('1 Mar 2021'), 'the date changed');
  });

  await check('undo (the top bar) brings the 2025 reading back', async () => {
    await page.getByRole('button', { name: /^Undo/ }).first().click();
    await eventually(async () => (await page.getByTestId('reader-meta').innerText()).includes('29 Jun 2025'), 'the header to show the date before');
    await eventually(async () => (await shownValue(page)).startsWith('2024-06'), 'the claim page to show 2024-06 again');
  });

  await check('another article edited elsewhere keeps the reader where it is: its scroll and the open selection menu stay', async () => {
    await openView(page, 'Reader');
    await openArticle(page, 'Kim Jong-un meets');
    const body = await page.getByTestId('article-body').textContent();
    const words = body.trim().split(/\s+/);
    const phrase = words.slice(-8, -5).join(' '); // near the end: the reader has to scroll
    await dragOver(page, phrase);
    const scrollTop = () => page.getByTestId('article-body').evaluate((el) => el.closest('.scroll').scrollTop);
    const before = await scrollTop();
    assert(before > 0, 'the reader did not scroll to the phrase');
    // Another window (here the API) edits a different article's byline: the app hears
    // 'articles' changed and reads the open article again.
    const list = await call(page, 'ArticleService', 'List');
    const other = list.find((a) => !a.title.includes('Kim Jong-un meets'));
    const full = await call(page, 'ArticleService', 'Get', other.id);
    const changed = page.waitForResponse((r) => r.url().endsWith('/api/ArticleService/Get'), { timeout: TIMEOUT });
    await call(page, 'ArticleService', 'Update', other.id, {
      outlet: full.source, publishedAt: full.publishedAt, url: full.url, byline: 'A. N. Other', language: full.language,
    });
    await changed; // the open article read again
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
    assert(await page.getByTestId('selection-menu').isVisible(), 'the selection menu closed');
    const after = await scrollTop();
    assert(Math.abs(after - before) < 2, `the reader jumped from ${before} to ${after}`);
    await page.keyboard.press('Escape');
  });
});
