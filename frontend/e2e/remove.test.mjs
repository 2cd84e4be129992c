// Removing an article, as a person does it: open an article, "Remove…", read what goes
// with it, confirm; it is gone from the list, the search and the matrix; Undo brings it
// back. Then "Remove the sample articles" empties the new workspace in one step.
//
//   make build/claimdesk && cd frontend && CLAIMDESK_BIN=$PWD/../build/claimdesk node e2e/remove.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/remove-*.png. Prints "N passed, M failed" last.

import { TIMEOUT, api, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';

const STATEMENT = 'Zanzibar ledger shows the visit was planned in April'; // written for this test

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  let id;
  let title;
  const item = () => page.locator(`[data-testid=article-item][data-article-id="${id}"]`);
  const count = async () => Number((await page.getByTestId('article-count').textContent()).trim());

  await check('a claim marked in the first sample article shows in the matrix', async () => {
    await page.goto(url, { timeout: TIMEOUT });
    await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await count()) === 5, 'five sample articles');
    const first = page.getByTestId('article-item').first();
    id = Number(await first.getAttribute('data-article-id'));
    const { body: a } = await api(page, 'ArticleService', 'Get', id);
    title = a.title;
    const words = a.body.split(' ').slice(0, 4).join(' ');
    const r = await api(page, 'ClaimService', 'AddMention', { newStatement: STATEMENT, articleId: id, start: 0, end: [...words].length, quote: words });
    assert(r.status === 200, `marking the claim: ${JSON.stringify(r.body)}`);
    await page.getByTestId('tab-matrix').click();
    await page.getByTestId('matrix-row').filter({ hasText: 'Zanzibar ledger' }).waitFor({ timeout: TIMEOUT });
  });

  await check('"Remove…" on the open article says what goes with it', async () => {
    await page.getByTestId('tab-reader').click();
    await item().click();
    await page.getByTestId('article-remove').click();
    await page.getByTestId('remove-confirm').waitFor({ timeout: TIMEOUT });
    const text = await page.getByTestId('remove-summary').textContent();
    for (const want of [title, 'suggestion', '1 claim no other article mentions goes too', 'Zanzibar ledger', 'Undo brings all of it back']) {
      assert(text.includes(want), `the confirmation ${JSON.stringify(text)} does not say ${JSON.stringify(want)}`);
    }
    await page.screenshot({ path: screenshotPath('remove-confirm.png') });
  });

  await check('confirming removes it from the list', async () => {
    await page.getByTestId('remove-confirm-button').click();
    await page.getByTestId('remove-confirm').waitFor({ state: 'detached', timeout: TIMEOUT });
    await eventually(async () => (await item().count()) === 0 && (await count()) === 4, 'the article gone from the list, 4 left');
  });

  await check('the search finds neither the article nor its claim', async () => {
    await page.getByTestId('tab-search').click();
    const box = page.getByTestId('search-box');
    await box.fill('Zanzibar ledger');
    await box.press('Enter');
    await page.getByText('Nothing found for').waitFor({ timeout: TIMEOUT });
    await box.fill(`"${title}"`);
    await box.press('Enter');
    await eventually(async () => (await page.getByText('Nothing found for').count()) > 0 || (await page.getByTestId('search-hit').count()) > 0, 'the search answers');
    const hits = await page.getByTestId('search-hit').allTextContents();
    assert(hits.every((h) => !h.includes(title)), `search hits still name the removed article: ${JSON.stringify(hits)}`);
  });

  await check('the matrix has no row for its claim', async () => {
    await page.getByTestId('tab-matrix').click();
    await page.getByTestId('view-matrix').waitFor({ timeout: TIMEOUT }).catch(() => {});
    await eventually(async () => (await page.getByTestId('matrix-row').filter({ hasText: 'Zanzibar ledger' }).count()) === 0, 'no matrix row');
  });

  await check('Undo brings the article, its claim and its matrix row back', async () => {
    await page.getByTestId('undo').click();
    await page.getByTestId('matrix-row').filter({ hasText: 'Zanzibar ledger' }).waitFor({ timeout: TIMEOUT });
    await page.getByTestId('tab-reader').click();
    await eventually(async () => (await item().count()) === 1 && (await count()) === 5, 'the article back in the list');
    await page.screenshot({ path: screenshotPath('remove-undone.png') });
  });

  await check('"Remove the sample articles" asks once and empties the workspace', async () => {
    await page.getByTestId('remove-samples').click();
    await page.getByTestId('remove-confirm').waitFor({ timeout: TIMEOUT });
    const text = await page.getByTestId('remove-summary').textContent();
    assert(text.includes('Remove 5 articles'), `the confirmation: ${text}`);
    await page.getByTestId('remove-confirm-button').click();
    await page.getByText('No articles in this workspace yet.').waitFor({ timeout: TIMEOUT });
    assert((await page.getByTestId('remove-samples').count()) === 0, 'the button is still shown with no sample left');
    const { body: sources } = await api(page, 'SourceService', 'List');
    assert(sources.length === 0, `sources left: ${JSON.stringify(sources.map((s) => s.name))}`);
  });

  await check('no page errors', async () => {
    assert(pageErrors.length === 0, pageErrors.join('; '));
  });
});
