// End-to-end checks from an analyst's first day: docs/user-guide.md followed step by
// step with the mouse and the keyboard on the sample corpus, against the real
// `claimdesk serve` and Debian's Chromium. Each check is something that made the
// walk stop or mislead, and failed before its fix.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/firstday.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/firstday-*.png. Prints "N passed, M failed" last.

import { TIMEOUT, api, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';
import { dragOver, openArticle } from './reader.mjs';

const REUTERS = "Russian culture minister in North Korea praises 'unprecedented' cooperation";

const shot = (page, name) => page.screenshot({ path: screenshotPath(`firstday-${name}.png`) });

async function ok(page, service, method, ...args) {
  const r = await api(page, service, method, ...args);
  assert(r.status === 200, `${service}.${method}: HTTP ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));

  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('reader-title').waitFor({ timeout: TIMEOUT });

  // The pointer is still over the words just tagged: the tooltip under it must say
  // what they are now, not what they were when the pointer arrived.
  await check('the hover tooltip follows a tag made under the pointer (no "suggested" on the span just accepted)', async () => {
    await openArticle(page, REUTERS);
    await dragOver(page, 'Olga Lyubimova', '(Reuters)');
    await page.keyboard.press('e');
    await page.getByTestId('type-person').waitFor();
    await page.keyboard.press('1');
    await eventually(async () => (await page.getByTestId('entity-option').first().textContent())?.includes('Olga Lyubimova'), 'the entity options');
    await page.keyboard.press('Enter');
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
    await page.getByTestId('span-entity').filter({ hasText: 'Olga Lyubimova' }).waitFor({ timeout: TIMEOUT });
    const tip = page.getByTestId('span-tooltip');
    await tip.waitFor({ timeout: TIMEOUT });
    await eventually(async () => {
      const text = await tip.innerText();
      return text.includes('Person: Olga Lyubimova') && !/suggested/i.test(text);
    }, `a tooltip that shows the accepted person (it reads ${JSON.stringify(await tip.innerText())})`, 3_000);
    await shot(page, 'tooltip-after-tag');
  });

  await check('the hover tooltip lists the tags just added under the pointer with T', async () => {
    await dragOver(page, 'Pyatnitsky Choir');
    await page.keyboard.press('t');
    await page.getByTestId('tag-input').waitFor();
    await page.keyboard.type('ensembles');
    await page.keyboard.press('Enter');
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
    const tip = page.getByTestId('span-tooltip');
    await tip.waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await tip.innerText()).includes('Note'), `the new tagged span in the tooltip (it reads ${JSON.stringify(await tip.innerText())})`, 3_000);
    await page.mouse.move(1270, 790);
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
