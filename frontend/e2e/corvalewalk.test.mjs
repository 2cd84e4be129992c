// End-to-end: an analyst's first hour on another new story (uxwalk4), in Chromium against
// `claimdesk serve`, with the mouse and keys as a person does: the samples removed, four
// articles about an invented company's disputed quarter chosen in the file dialog
// (e2e/fixtures/corvale/: a saved web page, a dateline, a correction, a spokeswoman later
// denied), a claim marked and found in another article, then the places the walk in
// docs/ux-walks.md stopped at. Each check failed before its fix.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/corvalewalk.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/corvalewalk-*.png. Prints "N passed, M failed" last.

import { join } from 'node:path';
import { FRONTEND, TIMEOUT, assert, check, eventually, fileMenu, runE2E, screenshotPath } from './lib.mjs';
import { markNewClaim, openArticle } from './reader.mjs';

const FIXTURES = join(FRONTEND, 'e2e/fixtures/corvale');
const FILES = ['harbour-ledger.html', 'brightwater-newswire.txt', 'valley-courier.txt', 'radio-meridian.txt'].map((f) => join(FIXTURES, f));
const LEDGER = 'Corvale Foods says quarterly sales rose';
const STATEMENT = "Corvale Foods' first-quarter sales were 412 million talers";
const WIRE_LINE = 'Corvale Foods reported quarterly sales of 412 million talers';

const shot = (page, name) => page.screenshot({ path: screenshotPath(`corvalewalk-${name}.png`) });

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });

  await check('the samples go and the four articles come in through Choose files…', async () => {
    await page.getByTestId('remove-samples').click();
    await page.getByTestId('remove-confirm-button').click();
    await eventually(async () => (await page.getByTestId('article-item').count()) === 0, 'an empty article list');
    await fileMenu(page, 'import-open');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose files…' }).click()]);
    await chooser.setFiles(FILES);
    await page.getByTestId('import-summary').waitFor({ timeout: TIMEOUT });
    const line = await page.getByTestId('import-summary-line').innerText();
    assert(/4 imported/.test(line), `the summary reads ${JSON.stringify(line)}`);
  });

  // Undo after the import read "Undo suggest 17 entities in “Corvale spokesw…”": the
  // suggester's run on the last article; the import is not undone, and nothing said so.
  await check('after an import, the summary and the Undo button say Undo does not take the import back', async () => {
    const summary = await page.getByTestId('import-summary').innerText();
    await page.getByTestId('import-summary').screenshot({ path: screenshotPath('corvalewalk-01-import-summary.png') });
    await page.getByTestId('import-summary').getByRole('button', { name: 'Close' }).first().click(); // before any assert: the checks after this one test their own step
    await eventually(async () => (await page.getByTestId('article-item').count()) === 4, 'four articles in the list');
    const undo = page.getByTestId('undo');
    await eventually(async () => /suggest \d+ entit/.test(await undo.innerText()), 'Undo to name the suggester\'s run');
    const title = await undo.getAttribute('title');
    assert(/Undo does not take an import back/.test(summary) && /Remove open article/.test(summary), `the summary reads ${JSON.stringify(summary)}`);
    assert(/not the import/.test(title ?? '') && /Remove/.test(title ?? ''), `the Undo button's title reads ${JSON.stringify(title)}`);
  });

  // "Valley Courier, April 17, 2026" (under the byline) and "Radio Meridian, April 16, 2026"
  // (under the headline) were not read: both "unknown source · unknown date ⚠ outlet, date?".
  await check('the line naming outlet and date under the title gives the Courier and the radio their outlet and date', async () => {
    const meta = async (title) => (await page.getByTestId('article-item').filter({ hasText: title }).innerText()).replace(/\s+/g, ' ');
    const courier = await meta('reach the regulator');
    const radio = await meta('no land sale in our sales figure');
    await shot(page, '00-list');
    assert(/Valley Courier · 17 Apr 2026/.test(courier) && /Radio Meridian · 16 Apr 2026/.test(radio), `the list reads ${JSON.stringify(courier)} and ${JSON.stringify(radio)}`);
  });

  await check('the sales figure marked in the Ledger, found in the wire and added from the claim page', async () => {
    await openArticle(page, LEDGER);
    await markNewClaim(page, 'Corvale Foods Group reported sales of 412 million talers for the first quarter', STATEMENT);
    await page.getByTestId('open-claim').click();
    await page.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
    await page.getByTestId('find-in-other-articles').click();
    const wire = page.getByTestId('candidate').filter({ hasText: WIRE_LINE });
    await wire.waitFor({ timeout: TIMEOUT });
    await wire.getByTestId('candidate-check').check();
    await page.getByTestId('accept-candidates').click();
    await eventually(async () => (await page.getByTestId('mention').count()) === 2, 'two mention cards');
    const origin = await page.getByTestId('mention').filter({ hasText: WIRE_LINE }).getByTestId('mention-origin').innerText();
    assert(/Corvale Foods/.test(origin), `the wire's mention's origin reads ${JSON.stringify(origin)}`);
  });

  // uxwalk4's finding 4: "412 million ~ roughly 375 million (compatible)": "about" or
  // "roughly" widened 375 million by a tenth, to 412.5 million. A hedge on a precise figure
  // is narrow (r14hedge): the Courier's "about 375 million" (the wire's, which already holds
  // a mention, is not proposed again) is shown as a dispute.
  await check('Find in other articles: the auditor\'s "about 375 million" is not compatible with 412 million', async () => {
    await page.getByTestId('find-in-other-articles').click();
    const auditor = page.getByTestId('candidate').filter({ hasText: 'about 375 million talers' });
    await auditor.first().waitFor({ timeout: TIMEOUT });
    await auditor.first().scrollIntoViewIfNeeded();
    await shot(page, '01b-hedge');
    const text = (await auditor.first().innerText()).replace(/\s+/g, ' ');
    assert(/412 million ≠ about 375 million \(not compatible\)/.test(text), `the candidate reads ${JSON.stringify(text)}`);
  });

  // "Corvale Foods", the origin of the wire's mention, read "Articles 0" in Sources: the
  // column counted only the articles a source published. Since r14orig5 the wire's "Corvale
  // Foods" is the Ledger's "Corvale Foods Group" (one body, one source: uxwalk4's finding 1).
  await check('Sources: a source behind a claim\'s mention says so beside the articles it published', async () => {
    await page.getByTestId('tab-sources').click();
    const row = page.getByTestId('source-row').and(page.locator('[data-source-name="Corvale Foods Group"]'));
    await row.waitFor({ timeout: TIMEOUT });
    const twice = await page.getByTestId('source-row').and(page.locator('[data-source-name="Corvale Foods"]')).count();
    assert(twice === 0, 'the company is a source under two of its names');
    const cell = row.getByTestId('source-behind');
    const behind = (await cell.count()) ? await cell.innerText() : `no such cell (the row reads ${JSON.stringify(await row.innerText())})`;
    const header = await page.getByTestId('sources-view').locator('thead').innerText();
    await shot(page, '02-sources');
    assert(behind === '1 claim' && /Behind/.test(header), `the row's Behind reads ${JSON.stringify(behind)}; the header ${JSON.stringify(header)}`);
    const wire = page.getByTestId('source-row').and(page.locator('[data-source-name="Brightwater Newswire"]'));
    assert((await wire.getByTestId('source-articles').innerText()) === '1 article', 'the wire no longer reads 1 article');
  });

  // With one claim in the list, its bar offered "Memo of the claim shown" (a file named
  // "filtered") a few pixels from the claim page's own Memo.
  await check('Claims, one claim: one Memo, the claim page\'s, and it names the claim\'s file', async () => {
    await page.getByTestId('tab-claims').click();
    await page.getByTestId('claim-item').filter({ hasText: STATEMENT }).click();
    await page.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
    await shot(page, '03-one-memo');
    const memos = await page.getByTestId('claims-view').getByTestId('memo').allInnerTexts();
    assert(memos.length === 1 && memos[0] === 'Memo', `the view offers ${JSON.stringify(memos)}`);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), page.getByTestId('claim-page').getByTestId('memo').click()]);
    assert(/^claimdesk-memo-claim\d+-\d{8}\.html$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
  });

  // "spokeswoman denies" found nothing: the radio wrote "denied" (no word forms).
  await check('Search: a word finds the article that writes another form of it', async () => {
    await page.getByTestId('tab-search').click();
    await page.getByTestId('search-box').fill('spokeswoman denies');
    const hits = page.getByTestId('search-hit');
    await eventually(async () => (await hits.count()) > 0, 'a hit for "spokeswoman denies"').catch(() => {});
    await shot(page, '04-search');
    const titles = await hits.allInnerTexts();
    assert(titles.length === 1 && /no land sale in our sales figure/.test(titles[0]), `hits: ${JSON.stringify(titles)}`);
    await page.getByTestId('search-box').fill('"denies"');
    await eventually(async () => (await hits.count()) === 0, 'no hit for "denies" in quotes');
  });

  // Keyboard only: in the claim menu's "attach to an existing claim", ↓ from the search
  // did nothing; only Tab reached the claim it offered.
  await check('keyboard only: a sentence selected with the arrows is attached to the claim with C, typing, ↓ and Enter', async () => {
    await page.getByTestId('tab-reader').click();
    await openArticle(page, 'no land sale in our sales figure');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    for (let i = 0; i < 15 && (await focused()) !== 'article-body'; i++) await page.keyboard.press('Tab');
    assert((await focused()) === 'article-body', 'Tab did not reach the article text');
    const selected = () => page.evaluate(() => String(window.getSelection()));
    for (let i = 0; i < 60 && (await selected()) !== 'The'; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
    assert((await selected()) === 'The 412 million is trading', `the arrows selected ${JSON.stringify(await selected())}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('c');
    await page.getByTestId('claim-statement').waitFor();
    for (let i = 0; i < 4 && (await focused()) !== 'claim-search'; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('sales');
    await page.getByTestId('claim-option').filter({ hasText: STATEMENT }).waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('ArrowDown');
    const on = await focused();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1000);
    await shot(page, '05-keyboard-attach');
    const said = (await page.getByTestId('error-banner').count()) ? await page.getByTestId('error-banner').innerText() : '';
    assert(said === '', `the page says ${JSON.stringify(said)}`);
    assert(on === 'claim-option', `↓ from the claim search focused ${JSON.stringify(on)}`);
    await page.getByTestId('selection-menu').waitFor({ state: 'detached', timeout: TIMEOUT });
    await eventually(async () => (await page.getByTestId('span-detail').innerText()).includes(STATEMENT), 'the new mention of the claim in the side panel');
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
