// End-to-end test of the dialogs loaded when first opened (a chunk each): when a chunk
// cannot be loaded (the server was stopped or restarted with a new build while the page
// stayed open, the network dropped), the click says so in the error banner instead of
// doing nothing, and a second click tries again rather than being stuck on a dialog that
// is "open" but never shown.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/lazy.test.mjs
//
// Prints "N passed, M failed" last.

import { assert, check, eventually, fileMenu, runE2E, TIMEOUT } from './lib.mjs';

await runE2E(async ({ url, page }) => {
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });

  for (const [name, open, dialog] of [
    ['ImportDialog', 'import-open', 'import-dialog'],
    ['MergeDialog', 'merge-open', 'merge-dialog'],
  ]) {
    await check(`${name}: a chunk that cannot be loaded is said in the banner, and a second click tries again`, async () => {
      let asked = 0;
      const chunk = new RegExp(`/assets/${name}-[^/]*\\.js$`);
      await page.route(chunk, (route) => {
        asked++;
        return route.abort('connectionrefused');
      });
      await fileMenu(page, open);
      const banner = page.getByTestId('error-banner');
      await banner.waitFor({ timeout: TIMEOUT });
      const text = await banner.textContent();
      assert(/could not be loaded/i.test(text) && /reload/i.test(text), `banner: ${text}`);
      assert((await page.getByTestId(dialog).count()) === 0, 'a dialog showed');
      await page.getByRole('button', { name: 'Dismiss error' }).click();
      const before = asked;
      await fileMenu(page, open);
      await eventually(async () => (await banner.count()) === 1, 'the second click reports again');
      assert(asked > before || asked >= 1, `chunk requests: ${asked}`);
      await page.getByRole('button', { name: 'Dismiss error' }).click();
      await page.unroute(chunk);
    });
  }
});
