// Removing an article while another window works on it: the analyst opens "Remove…" and
// reads what goes; meanwhile a second tab marks a new claim in the article. Confirming
// must not take the claim the confirmation never named: nothing is removed, the dialog
// shows what the removal takes now, and a second confirmation removes exactly that.
//
//   make build/claimdesk && cd frontend && CLAIMDESK_BIN=$PWD/../build/claimdesk node e2e/removerace.test.mjs
//
// Prints "N passed, M failed" last.

import { TIMEOUT, api, assert, check, eventually, runE2E } from './lib.mjs';

const STATEMENT = 'Quarry ledger says the convoy left at dawn'; // written for this test

await runE2E(async ({ url, context, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  let id;
  const item = () => page.locator(`[data-testid=article-item][data-article-id="${id}"]`);
  const count = async () => Number((await page.getByTestId('article-count').textContent()).trim());
  const summary = async () => (await page.getByTestId('remove-summary').textContent()) ?? '';

  await check('"Remove…" on the open article shows what goes', async () => {
    await page.goto(url, { timeout: TIMEOUT });
    await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await count()) === 5, 'five sample articles');
    id = Number(await page.getByTestId('article-item').first().getAttribute('data-article-id'));
    await item().click();
    await page.getByTestId('article-remove').click();
    await page.getByTestId('remove-confirm').waitFor({ timeout: TIMEOUT });
    assert(!(await summary()).includes('Quarry ledger'), 'the claim is named before it exists');
  });

  await check('another tab marks a new claim in the article meanwhile', async () => {
    const other = await context.newPage();
    await other.goto(url, { timeout: TIMEOUT });
    const { body: a } = await api(other, 'ArticleService', 'Get', id);
    const words = a.body.split(' ').slice(0, 4).join(' ');
    const r = await api(other, 'ClaimService', 'AddMention', { newStatement: STATEMENT, articleId: id, start: 0, end: [...words].length, quote: words });
    assert(r.status === 200, `marking the claim: ${JSON.stringify(r.body)}`);
    await other.close();
  });

  await check('confirming removes nothing and shows what the removal takes now', async () => {
    await page.getByTestId('remove-confirm-button').click();
    await eventually(async () => (await summary()).includes('Quarry ledger'), 'the new confirmation names the new claim');
    const changed = (await page.getByTestId('remove-changed').textContent()) ?? '';
    assert(changed.includes('has changed since you were asked'), `the dialog says ${JSON.stringify(changed)}`);
    assert((await item().count()) === 1 && (await count()) === 5, 'the article was removed on a stale confirmation');
    const { status } = await api(page, 'ArticleService', 'Get', id);
    assert(status === 200, `the article is gone from the workspace (${status})`);
  });

  await check('confirming the new confirmation removes the article and its new claim', async () => {
    await page.getByTestId('remove-confirm-button').click();
    await page.getByTestId('remove-confirm').waitFor({ state: 'detached', timeout: TIMEOUT });
    await eventually(async () => (await item().count()) === 0 && (await count()) === 4, 'the article gone, 4 left');
    const { body: claims } = await api(page, 'ClaimService', 'List', { text: 'Quarry ledger' });
    assert(JSON.stringify(claims).indexOf('Quarry ledger') < 0, `the claim only it held stayed: ${JSON.stringify(claims).slice(0, 300)}`);
  });

  await check('no page errors', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
