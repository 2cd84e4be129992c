// Attacks on the address that keeps the analyst's place (#claims?claim=…&text=…, ux10):
// a reload must come back to a list that is filtered as its filter box says, a claim id the
// workspace does not hold (deleted, out of JavaScript's safe range, script) must not leave
// a technical message or a place that fails on every reload. Every text is invented here.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/place.test.mjs

import { TIMEOUT, api, assert, check, eventually, runE2E } from './lib.mjs';

await runE2E(async ({ url, origin, page }) => {
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  await page.getByTestId('file-menu').waitFor({ timeout: TIMEOUT });
  const bridge = (await api(page, 'ClaimService', 'Create', { statement: 'The Halvard bridge was shut to lorries' })).body;
  const flood = (await api(page, 'ClaimService', 'Create', { statement: 'Osterby pumping station failed for six hours' })).body;
  const gone = (await api(page, 'ClaimService', 'Create', { statement: 'A footbridge over the Osterby weir was swept away' })).body;
  await api(page, 'ClaimService', 'Delete', gone.id);

  /** Opens the address (a reload, as F5 after typing it does) and waits for the claims view. */
  async function reloadAt(hash) {
    await page.goto(`${origin}/${hash}`);
    await page.reload();
    await page.getByTestId('claims-view').waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await page.getByTestId('claims-count').count()) > 0, 'the claims count');
  }
  const listed = async () => (await page.getByTestId('claim-item').allInnerTexts()).map((t) => t.split('\n')[0]);

  await check('a reload with a text filter in the address lists only the claims it matches', async () => {
    await reloadAt('#claims?text=Osterby');
    const box = await page.getByTestId('claims-filter-text').inputValue();
    assert(box === 'Osterby', `the filter box reads ${JSON.stringify(box)}`);
    await eventually(async () => (await page.getByTestId('claims-count').innerText()).trim() === '1', 'a count of 1');
    const rows = await listed();
    assert(rows.length === 1 && rows[0] === flood.statement, `the list shows ${JSON.stringify(rows)} under the filter "Osterby"`);
  });

  await check('a reload with a tag filter in the address lists only the tagged claim', async () => {
    await api(page, 'TagService', 'TagClaim', bridge.id, 'bridges');
    await reloadAt('#claims?tag=bridges');
    await eventually(async () => (await page.getByTestId('claims-count').innerText()).trim() === '1', 'a count of 1');
    const rows = await listed();
    assert(rows.length === 1 && rows[0] === bridge.statement, `the tag filter lists ${JSON.stringify(rows)}`);
  });

  for (const [what, claim] of [
    ['2^63', '9223372036854775808'],
    ['1e30', '1e30'],
  ]) {
    await check(`a claim id of ${what} in the address is left out, with no technical message`, async () => {
      await reloadAt(`#claims?claim=${claim}`);
      await page.waitForTimeout(1500);
      const banners = await page.getByTestId('error-banner').allInnerTexts();
      assert(banners.length === 0, `banners: ${JSON.stringify(banners)}`);
      assert((await page.getByTestId('claim-page').count()) === 0, 'a claim page opened');
      const hash = await page.evaluate(() => location.hash);
      assert(hash === '#claims', `the address now reads ${JSON.stringify(hash)}`);
    });
  }

  await check('a deleted claim in the address says so once, and the address lets go of it', async () => {
    await reloadAt(`#claims?claim=${gone.id}`);
    await eventually(async () => (await page.getByTestId('error-banner').count()) === 1, 'the message');
    const banner = await page.getByTestId('error-banner').innerText();
    assert(banner.includes(`claim ${gone.id} does not exist`), `banner ${JSON.stringify(banner)}`);
    await eventually(async () => (await page.evaluate(() => location.hash)) === '#claims', 'the address without the claim');
    await page.reload();
    await page.getByTestId('claims-view').waitFor({ timeout: TIMEOUT });
    await page.waitForTimeout(1500);
    const again = await page.getByTestId('error-banner').allInnerTexts();
    assert(again.length === 0, `after another reload: ${JSON.stringify(again)}`);
  });

  await check('a deleted outlet in the address says so once, lets go of it and lists every article', async () => {
    const outlet = (await api(page, 'SourceService', 'Create', { name: 'Osterby Evening Lantern' })).body;
    await api(page, 'SourceService', 'Delete', outlet.id);
    await page.goto(`${origin}/#reader?outlet=${outlet.id}`);
    await page.reload();
    await page.getByTestId('file-menu').waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await page.getByTestId('error-banner').count()) === 1, 'the message');
    const banner = await page.getByTestId('error-banner').innerText();
    assert(banner.includes(`source ${outlet.id} does not exist`), `banner ${JSON.stringify(banner)}`);
    await eventually(async () => (await page.evaluate(() => location.hash)) === '', 'the address without the outlet');
    const every = (await api(page, 'ArticleService', 'ListPage', 0, 1)).body.total;
    await eventually(async () => (await page.getByTestId('article-count').innerText()).trim() === String(every), `the list's count ${every}`);
    assert((await page.getByTestId('article-filter-outlet').inputValue()) === '0', 'the picker does not read Every outlet');
    await page.reload();
    await page.getByTestId('file-menu').waitFor({ timeout: TIMEOUT });
    await page.waitForTimeout(1500);
    const again = await page.getByTestId('error-banner').allInnerTexts();
    assert(again.length === 0, `after another reload: ${JSON.stringify(again)}`);
  });

  await check('script in the address is text: no dialog, no markup, the filter box holds it as typed', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    await reloadAt(`#claims?claim=${bridge.id}&text=${encodeURIComponent(evil)}`);
    assert((await page.getByTestId('claims-filter-text').inputValue()) === evil, 'the box does not hold the text');
    await page.goto(`${origin}/#${encodeURIComponent('<img src=x onerror=alert(2)>')}`);
    await page.reload();
    await page.getByTestId('file-menu').waitFor({ timeout: TIMEOUT });
    await page.goto(`${origin}/#%E0%A4%A`);
    await page.reload();
    await page.getByTestId('file-menu').waitFor({ timeout: TIMEOUT });
    await page.waitForTimeout(1000);
    assert(dialogs.length === 0, `dialogs: ${JSON.stringify(dialogs)}`);
    assert((await page.locator('img[src=x]').count()) === 0, 'an <img> from the address is in the page');
  });

  await check('the address follows the view after a malformed fragment (the place is still written)', async () => {
    await page.getByTestId('tab-claims').click();
    await page.getByTestId('claims-view').waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await page.evaluate(() => location.hash)).startsWith('#claims'), 'the address #claims');
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
