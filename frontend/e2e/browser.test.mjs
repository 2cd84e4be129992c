// End-to-end test of the browser door: the real `claimdesk serve` binary,
// the built frontend it serves, and Debian's Chromium driven by playwright-core.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/browser.test.mjs
//
// Env and helpers: see lib.mjs. Screenshot: $SCREENSHOT_DIR/browser.png.
// Prints "N passed, M failed" last and exits non-zero on any failure.

import { request } from 'playwright-core';
import { TIMEOUT, api, assert, check, runE2E, screenshotPath } from './lib.mjs';

const TITLE = "Russian culture minister in North Korea praises 'unprecedented' cooperation";
const SCREENSHOT = screenshotPath('browser.png');

await runE2E(async ({ url, origin, page }) => {
  const consoleErrors = [];
  const foreignRequests = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith('data:')) foreignRequests.push(u);
  });

  const items = page.getByTestId('article-item');
  await check('the article list shows the five seed articles', async () => {
    await page.goto(url, { timeout: TIMEOUT });
    await items.first().waitFor({ timeout: TIMEOUT });
    const n = await items.count();
    assert(n === 5, `expected 5 article items, got ${n}`);
  });

  await check('a new workspace opens its first article, not an empty reader', async () => {
    await page.getByTestId('reader-title').waitFor({ timeout: TIMEOUT });
    const first = (await items.first().innerText()).split('\n')[0];
    const title = await page.getByTestId('reader-title').innerText();
    assert(first.includes(title) || title.includes(first), `reader shows ${JSON.stringify(title)}, the list starts with ${JSON.stringify(first)}`);
    assert(!(await page.locator('body').innerText()).includes('Select an article'), 'the empty state "Select an article" is shown');
  });

  const reuters = items.filter({ hasText: TITLE });
  await check('the Reuters article is listed with its title and source', async () => {
    assert((await reuters.count()) === 1, `no single article item with title ${JSON.stringify(TITLE)}`);
    const text = await reuters.innerText();
    assert(text.includes('Reuters'), `item does not mention Reuters: ${JSON.stringify(text)}`);
  });

  await check('clicking it opens it in the reader', async () => {
    await reuters.click();
    const title = page.getByTestId('reader-title');
    await title.filter({ hasText: TITLE }).waitFor({ timeout: TIMEOUT });
    const body = await page.getByTestId('article-body').textContent();
    assert(body?.includes('125-strong delegation'), 'body lacks "125-strong delegation"');
  });

  await check('the article body is one text node (offsets map directly)', async () => {
    const kinds = await page.getByTestId('article-body').evaluate((el) => [...el.childNodes].map((n) => n.nodeType));
    assert(kinds.length === 1 && kinds[0] === 3, `expected one text node, got node types ${JSON.stringify(kinds)}`);
  });

  await check('the session cookie authorises API calls from the page', async () => {
    const status = await page.evaluate(async () => {
      const res = await fetch('/api/ArticleService/List', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: '[]',
      });
      return res.status;
    });
    assert(status === 200, `expected 200 with the cookie, got ${status}`);
  });

  await check('no console errors and no requests off the server', async () => {
    // A service other engineers are still writing (e.g. SettingsService) answers 404
    // "no service"; the UI falls back silently, but Chromium logs the 404. Only those
    // are tolerated, and named.
    const real = [];
    for (const e of consoleErrors) {
      const m = /\/api\/(\w+)\/(\w+)\)$/.exec(e);
      if (m && e.includes('404')) {
        const r = await api(page, m[1], m[2]);
        if (r.status === 404 && /no service/.test(String(r.body?.message))) {
          console.log(`     (tolerated: ${m[1]} is not in this build yet)`);
          continue;
        }
      }
      real.push(e);
    }
    assert(real.length === 0, `console errors:\n${real.join('\n')}`);
    assert(foreignRequests.length === 0, `requests to other origins:\n${foreignRequests.join('\n')}`);
  });

  await check('the API refuses a client without the cookie', async () => {
    const fresh = await request.newContext({ baseURL: origin, timeout: TIMEOUT });
    try {
      const res = await fresh.post('/api/ArticleService/List', {
        headers: { 'Content-Type': 'application/json' },
        data: '[]',
      });
      assert([401, 403].includes(res.status()), `expected 401 or 403 without the cookie, got ${res.status()}`);
    } finally {
      await fresh.dispose();
    }
  });

  await check(`screenshot saved to ${SCREENSHOT}`, async () => {
    await page.screenshot({ path: SCREENSHOT, timeout: TIMEOUT });
  });
});
