// End-to-end: an analyst's first hour on a third new story (uxwalk5), in Chromium against
// `claimdesk serve`, with the mouse and keys as a person does: the samples removed, an
// outbreak's count told by four invented outlets (e2e/fixtures/velmark/: an RSS item this
// test serves on loopback, a pasted article, a wire with a dateline and a correction, a
// broadcaster quoting an agency that quotes an institute), a denial found beside its
// accusation, and Edit details on a file dated ahead by its own text. The checks marked
// uxwalk5 failed before their fix (docs/ux-walks.md).
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/velmarkwalk.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/velmarkwalk-*.png. Prints "N passed, M failed" last.

import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FRONTEND, TIMEOUT, assert, check, eventually, fileMenu, runE2E, screenshotPath } from './lib.mjs';
import { importFiles, markNewClaim, openArticle } from './reader.mjs';

const FIXTURES = join(FRONTEND, 'e2e/fixtures/velmark');
const COASTLINE = 'Ministry confirms 212 cases of sallow fever in Dorran province';
const OSTRA = 'Doctors say fever count is double the official figure';
const PELLMAR = 'Velmark raises sallow fever count to 340 after lab backlog';
const ACCUSATION = 'The union accused the ministry of holding back figures to calm tourists before the spring season.';
const HELD_BACK = 'The health ministry held back sallow fever figures';

const shot = (page, name) => page.screenshot({ path: screenshotPath(`velmarkwalk-${name}.png`) });

/** The Coastline Health Desk's feed and the page its item links to, on a loopback port. */
async function coastline() {
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${server.address().port}`;
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
      res.end(readFileSync(join(FIXTURES, 'coastline-feed.xml'), 'utf8').replaceAll('BASE', base));
    } else if (req.url === '/health/sallow-fever-212-cases') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(readFileSync(join(FIXTURES, 'coastline-health-desk.html')));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

const site = await coastline();

await runE2E(
  async ({ url, page, context }) => {
    const pageErrors = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(url, { timeout: TIMEOUT });
    await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });

    await check('the samples go; the Coastline Health Desk\'s feed item comes in from Feeds', async () => {
      await page.getByTestId('remove-samples').click();
      await page.getByTestId('remove-confirm-button').click();
      await eventually(async () => (await page.getByTestId('article-item').count()) === 0, 'an empty article list');
      await page.getByTestId('tab-feeds').click();
      await page.getByTestId('feed-address').click();
      await page.keyboard.type(`${site.base}/feed.xml`);
      await page.getByTestId('feed-subscribe').click();
      const item = page.getByTestId('feed-item').filter({ hasText: COASTLINE });
      await item.waitFor({ timeout: TIMEOUT });
      await item.getByTestId('feed-item-check').click();
      await page.getByTestId('feed-import').click();
      await page.getByTestId('import-summary').waitFor({ timeout: TIMEOUT });
      const line = await page.getByTestId('import-summary-line').innerText();
      await page.getByTestId('import-summary').getByRole('button', { name: 'Close' }).first().click();
      assert(/1 imported/.test(line), `the summary reads ${JSON.stringify(line)}`);
    });

    // After Import selected, the view read "No new items. Pull to look for more.": the
    // article just imported was reached only by the summary's link or the Reader tab.
    await check('uxwalk5: after Import selected, Feeds lists the item with a link that opens its article', async () => {
      const item = page.getByTestId('feed-item').filter({ hasText: COASTLINE });
      await item
        .getByTestId('feed-item-open')
        .waitFor({ timeout: 5_000 })
        .catch(() => {});
      await shot(page, '04-feed-after-import');
      const open = item.getByTestId('feed-item-open');
      assert((await open.count()) === 1, `the Feeds view reads ${JSON.stringify((await page.getByTestId('feeds-view').innerText()).slice(0, 300))}`);
      await open.click();
      await page.getByTestId('reader-title').filter({ hasText: COASTLINE }).waitFor({ timeout: TIMEOUT });
    });

    await check('the Ostra Daily pasted in "From pasted text", the wire and the radio chosen in the file dialog', async () => {
      await page.getByTestId('tab-reader').click();
      await fileMenu(page, 'import-open');
      await page.getByTestId('import-paste-text').click();
      await page.evaluate((t) => navigator.clipboard.writeText(t), readFileSync(join(FIXTURES, 'ostra-daily.txt'), 'utf8'));
      await page.keyboard.press('Control+v');
      await page.getByTestId('paste-dialog').waitFor({ timeout: TIMEOUT });
      await eventually(async () => (await page.getByTestId('paste-outlet').inputValue()) === 'Ostra Daily', 'the outlet read from the paste');
      await page.getByTestId('paste-import').click();
      await page.getByTestId('reader-title').filter({ hasText: OSTRA }).waitFor({ timeout: TIMEOUT });
      const summary = await importFiles(page, ['pellmar-wire.txt', 'radio-alder.txt'].map((f) => join(FIXTURES, f)));
      assert(!/after today/.test(summary), `the summary of two articles of October 2026 reads ${JSON.stringify(summary)}`);
      await eventually(async () => (await page.getByTestId('article-item').count()) === 4, 'four articles in the list');
      await shot(page, '00-list');
    });

    // Find in other articles proposed the Ostra Daily's own "The ministry denied that." for
    // a claim marked in the Ostra Daily, under the heading "In other articles": it read as
    // another outlet's report of the claim.
    await check('uxwalk5: a proposal from the claim\'s own article says so under "In other articles"', async () => {
      await openArticle(page, OSTRA);
      await markNewClaim(page, ACCUSATION, HELD_BACK);
      await page.getByTestId('open-claim').click();
      await page.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
      await page.getByTestId('find-in-other-articles').click();
      const denial = page.getByTestId('candidate').filter({ hasText: 'The ministry denied that.' });
      await denial.waitFor({ timeout: TIMEOUT });
      await denial.scrollIntoViewIfNeeded();
      await shot(page, '01-own-article');
      const head = (await denial.locator('.cand-head').innerText()).replace(/\s+/g, ' ');
      assert(/same article as a mention of this claim/.test(head), `the card's head reads ${JSON.stringify(head)}`);
      const others = page.getByTestId('candidate').filter({ hasNotText: OSTRA });
      for (const card of await others.all()) {
        const text = (await card.locator('.cand-head').innerText()).replace(/\s+/g, ' ');
        assert(!/same article/.test(text), `a card of another article reads ${JSON.stringify(text)}`);
      }
    });

    // Export… opened from a claim's page offered Annotations first, the claims one down.
    await check('uxwalk5: Export… opened from a claim\'s page offers the claims first', async () => {
      await fileMenu(page, 'export-open');
      await page.getByTestId('export-dialog').waitFor({ timeout: TIMEOUT });
      await shot(page, '05-export-from-claim');
      const what = await page.getByTestId('export-what').inputValue();
      await page.keyboard.press('Escape');
      await page.getByTestId('export-dialog').waitFor({ state: 'detached', timeout: TIMEOUT });
      assert(what === 'claims', `Export offers ${JSON.stringify(what)} first`);
    });

    // The mention card read "Quote  reported", as if the quote had been reported; it means
    // the sentence is reported speech, not a direct quote.
    await check('uxwalk5: the mention card says "reported speech" of a sentence that is no direct quote', async () => {
      const field = page.getByTestId('mention').first().getByTestId('mention-speech');
      const said = (await field.count()) ? (await field.innerText()).trim() : `no such field; the card reads ${JSON.stringify(await page.getByTestId('mention').first().innerText())}`;
      assert(said === 'reported speech', `the mention card's Quote reads ${JSON.stringify(said)}`);
    });

    // A file whose dateline lies ahead of today imports with that date; Edit details then
    // refused a byline alone: "the publication date … is in the future", a date the analyst
    // had not touched.
    await check('uxwalk5: the import summary says a file is dated after today; Edit details saves a byline beside that date', async () => {
      const ahead = new Date(Date.now() + 365 * 86_400_000);
      const written = ahead.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
      const dir = mkdtempSync(join(tmpdir(), 'velmark-ahead-'));
      const file = join(dir, 'pellmar-wire-ahead.txt');
      writeFileSync(file, readFileSync(join(FIXTURES, 'pellmar-wire.txt'), 'utf8').replace('Velmark raises', 'Ahead: Velmark raises').replace('October 17, 2026', written));
      const summary = await importFiles(page, [file]);
      const day = ahead.toISOString().slice(0, 10);
      assert(/1 article is dated after today/.test(summary) && summary.includes(`dated ${day}, after today`), `the import summary reads ${JSON.stringify(summary)}`);
      await page.getByTestId('tab-reader').click();
      await openArticle(page, 'Ahead: Velmark raises');
      await page.getByTestId('edit-article-details').click();
      const form = page.getByTestId('article-details-form');
      const shown = await form.locator('input[name=date]').inputValue();
      assert(shown === day, `the form's date reads ${JSON.stringify(shown)}`);
      await form.locator('input[name=byline]').fill('Pellmar Wire staff');
      await page.getByTestId('article-details-save').click();
      await page.waitForTimeout(1000);
      await shot(page, '02-details-ahead');
      const error = (await page.getByTestId('article-details-error').count()) ? await page.getByTestId('article-details-error').innerText() : '';
      assert(error === '', `Save says ${JSON.stringify(error)}`);
      await form.waitFor({ state: 'detached', timeout: TIMEOUT });
      await eventually(async () => /edit the details of/.test(await page.getByTestId('undo').innerText()), 'Undo to name the edit');
    });

    // "The NIPH said last Thursday …" two sentences after "the National Institute of Public
    // Health": both suggestions accepted made two entities, and Entities proposed nothing.
    await check('uxwalk5: Entities proposes the NIPH and the National Institute of Public Health as one, and merges them', async () => {
      await page.getByTestId('tab-reader').click();
      await openArticle(page, 'Fever count lowered to 318');
      await page.getByRole('button', { name: 'Accept all' }).click();
      await eventually(async () => (await page.getByRole('button', { name: 'Accept all' }).count()) === 0, 'the radio\'s suggestions decided');
      await page.getByTestId('tab-entities').click();
      const pair = page.getByTestId('duplicate-pair').filter({ hasText: 'NIPH' });
      await pair
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => {});
      await shot(page, '03-duplicates');
      const pairs = await page.getByTestId('duplicate-pair').allInnerTexts();
      assert((await pair.count()) === 1 && /National Institute of Public Health/.test(pairs.join(' ')), `Possible duplicates: ${JSON.stringify(pairs)}`);
      await pair.getByRole('button', { name: 'Merge into National Institute of Public Health' }).click();
      await eventually(async () => (await page.getByTestId('duplicate-pair').filter({ hasText: 'NIPH' }).count()) === 0, 'the pair gone once merged');
      await eventually(async () => /merge/i.test(await page.getByTestId('undo').innerText()), 'Undo to name the merge');
    });

    // Sources: an outlet's Published cell read "1 article claims" (two links side by side).
    await check('uxwalk5: Sources says "1 article · its claims" of an outlet with one article', async () => {
      await page.getByTestId('tab-sources').click();
      const row = page.locator('[data-testid="source-row"][data-source-name="Ostra Daily"]');
      await row.waitFor({ timeout: TIMEOUT });
      await shot(page, '06-sources');
      const cell = (await row.getByTestId('source-articles').locator('xpath=..').innerText()).replace(/\s+/g, ' ').trim();
      assert(cell === '1 article · its claims', `the Published cell reads ${JSON.stringify(cell)}`);
      await row.getByTestId('source-claims').click();
      await eventually(async () => (await page.getByTestId('claims-view').count()) === 1 || (await page.getByTestId('claim-page').count()) === 1, 'the claims view');
    });

    await check('no uncaught errors in the page', async () => {
      assert(pageErrors.length === 0, pageErrors.join('\n'));
    });
  },
  { serveArgs: ['--allow-private-fetch'] },
);
site.server.close();
