// The search box with a word of a script written without spaces (ratk7 left it): FTS5's
// unicode61 holds a Chinese, Japanese or Thai run as one token, so a word typed from
// inside a sentence found nothing. And a hit's snippet holding the text's own square
// brackets (an editor's words in a quote, "[sic]"; ratk8): matches were marked with [ and
// ], so the page took those for marks. Every text is written for this test.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/unspaced.test.mjs

import { TIMEOUT, api, assert, check, runE2E, screenshotPath } from './lib.mjs';

const TITLE = '渡轮停航三天';
const STORY = `${TITLE}\n\n港口官员称渡轮停航三天，乘客改乘大巴。码头工人说维修将在周五完成。\n`;
const QUAY_TITLE = 'Arnholt harbour notice';
const QUAY = `${QUAY_TITLE}\n\nThe pilot [sic] said he [the harbour master] closed the quay.\n`;
const file = (name, text) => ({ name, content: Buffer.from(text, 'utf8').toString('base64') });

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('file-menu').waitFor({ timeout: TIMEOUT });
  const r = await api(page, 'ImportService', 'ImportFiles', [file('ferry.txt', STORY), file('quay.txt', QUAY)], { encoding: '', maxBytes: 0 });
  assert(r.status === 200 && r.body.imported === 2, `import: ${JSON.stringify(r.body)}`);
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

  await check('"quay" typed in the search box: the hit shows the brackets as written and marks only "quay"', async () => {
    const box = page.getByTestId('search-box');
    await box.click();
    await box.fill('');
    await page.keyboard.type('quay ');
    const hit = page.getByTestId('search-group-article').getByTestId('search-hit').filter({ hasText: QUAY_TITLE });
    await hit.waitFor({ timeout: TIMEOUT });
    const snippet = hit.getByTestId('search-snippet');
    const text = await snippet.innerText();
    assert(text.includes('he [the harbour master] closed') && text.includes('[sic]'), `the snippet reads ${JSON.stringify(text)}`);
    const marked = await snippet.locator('mark').allTextContents();
    assert(JSON.stringify(marked) === JSON.stringify(['quay']), `the hit marks ${JSON.stringify(marked)}`);
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
