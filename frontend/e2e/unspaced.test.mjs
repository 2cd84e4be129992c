// The search box with a word of a script written without spaces (ratk7 left it): FTS5's
// unicode61 holds a Chinese, Japanese or Thai run as one token, so a word typed from
// inside a sentence found nothing. Every text is written for this test.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/unspaced.test.mjs

import { TIMEOUT, api, assert, check, runE2E, screenshotPath } from './lib.mjs';

const TITLE = '渡轮停航三天';
const STORY = `${TITLE}\n\n港口官员称渡轮停航三天，乘客改乘大巴。码头工人说维修将在周五完成。\n`;

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('file-menu').waitFor({ timeout: TIMEOUT });
  const r = await api(page, 'ImportService', 'ImportFiles', [{ name: 'ferry.txt', content: Buffer.from(STORY, 'utf8').toString('base64') }], { encoding: '', maxBytes: 0 });
  assert(r.status === 200 && r.body.imported === 1, `import: ${JSON.stringify(r.body)}`);
  await page.reload();

  await check('"官员" typed in the search box finds the article where it stands, marked; a click opens it', async () => {
    await page.getByTestId('tab-search').click();
    await page.getByTestId('search-box').click();
    await page.keyboard.type('官员');
    const group = page.getByTestId('search-group-article');
    await group.waitFor({ timeout: TIMEOUT });
    const hit = group.getByTestId('search-hit').filter({ hasText: TITLE });
    await hit.waitFor({ timeout: TIMEOUT });
    const marked = await hit.locator('mark').allTextContents();
    assert(marked.length === 1 && marked[0] === '官员', `the hit marks ${JSON.stringify(marked)}`);
    await page.screenshot({ path: screenshotPath('unspaced-search.png') });
    await hit.click();
    await page.getByTestId('reader-title').filter({ hasText: TITLE }).waitFor({ timeout: TIMEOUT });
  });

  await check('a word of the sentence together with one it does not hold finds no article', async () => {
    await page.getByTestId('tab-search').click();
    const box = page.getByTestId('search-box');
    await box.click();
    await box.fill('');
    await page.keyboard.type('官员 知事');
    await page.getByText('Nothing found for “官员 知事”.').waitFor({ timeout: TIMEOUT });
    assert((await page.getByTestId('search-group-article').count()) === 0, 'an article was found for 官员 知事');
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
