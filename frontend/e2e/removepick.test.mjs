// Removing several articles at once, as a person picks files: open one article, Ctrl+click
// another, Shift+click a third row (the rows between come with it), Ctrl+click the open
// one out again; "Remove N articles…" asks in the same confirmation as Remove; Escape
// closes it with nothing removed and the focus back on the button; confirming removes just
// the picked ones, keeps the open article open and focused; Undo brings them back.
// Ctrl+Space picks the focused row from the keyboard.
//
//   CLAIMDESK_BIN=$PWD/../build/claimdesk node e2e/removepick.test.mjs
//
// Screenshot: $SCREENSHOT_DIR/removepick-confirm.png. Prints "N passed, M failed" last.

import { TIMEOUT, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  const rows = page.getByTestId('article-item');
  const count = async () => Number((await page.getByTestId('article-count').textContent()).trim());
  const picked = async () => page.locator('[data-testid=article-item][data-marked=true]').evaluateAll((els) => els.map((e) => Number(e.dataset.articleId)));
  const idOf = async (i) => Number(await rows.nth(i).getAttribute('data-article-id'));
  const ids = [];
  let openId;

  await check('Ctrl+click and Shift+click pick several rows; a plain click opened the first', async () => {
    await page.goto(url, { timeout: TIMEOUT });
    await rows.first().waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await count()) === 5, 'five sample articles');
    for (let i = 0; i < 5; i++) ids.push(await idOf(i));
    await rows.nth(0).click();
    openId = ids[0];
    await eventually(async () => (await rows.nth(0).getAttribute('aria-current')) === 'true', 'the first article open');
    await rows.nth(2).click({ modifiers: ['Control'] });
    assert(JSON.stringify((await picked()).sort()) === JSON.stringify([ids[0], ids[2]].sort()), `after Ctrl+click: ${await picked()}`);
    await page.getByTestId('remove-picked').waitFor({ timeout: 5000 });
    assert((await page.getByTestId('remove-picked').innerText()).trim() === 'Remove 2 articles…', 'the button does not count 2');
    await rows.nth(3).click({ modifiers: ['Shift'] });
    await rows.nth(0).click({ modifiers: ['Control'] });
    const now = (await picked()).sort();
    assert(JSON.stringify(now) === JSON.stringify([ids[2], ids[3]].sort()), `picked ${now}; want rows 2 and 3`);
    assert((await page.getByTestId('remove-picked').innerText()).trim() === 'Remove 2 articles…', 'the button does not count 2');
    assert((await rows.nth(0).getAttribute('aria-current')) === 'true', 'a Ctrl/Shift+click opened another article');
  });

  await check('"Remove 2 articles…" asks in the same confirmation; Escape closes it, removes nothing, focus back on the button', async () => {
    await page.getByTestId('remove-picked').click();
    await page.getByTestId('remove-confirm').waitFor({ timeout: TIMEOUT });
    assert((await page.getByTestId('remove-confirm-button').innerText()).trim() === 'Remove 2 articles', 'the confirm button does not say 2');
    const text = await page.getByTestId('remove-summary').textContent();
    assert(text.includes('Undo brings all of it back'), `the confirmation reads ${JSON.stringify(text)}`);
    await page.screenshot({ path: screenshotPath('removepick-confirm.png') });
    await page.keyboard.press('Escape');
    await page.getByTestId('remove-confirm').waitFor({ state: 'detached', timeout: 5000 });
    assert((await count()) === 5, 'Escape removed something');
    assert((await picked()).length === 2, 'Escape lost the pick');
    await eventually(async () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'remove-picked'), 'the focus back on Remove 2 articles…');
  });

  await check('confirming removes just the picked two; the open article stays open and focused; the pick is cleared', async () => {
    await page.getByTestId('remove-picked').click();
    await page.getByTestId('remove-confirm-button').click();
    await page.getByTestId('remove-confirm').waitFor({ state: 'detached', timeout: TIMEOUT });
    await eventually(async () => (await count()) === 3, '3 articles left');
    const left = await rows.evaluateAll((els) => els.map((e) => Number(e.dataset.articleId)));
    assert(!left.includes(ids[2]) && !left.includes(ids[3]) && left.includes(ids[0]) && left.includes(ids[1]) && left.includes(ids[4]), `left ${left}`);
    assert((await page.locator(`[data-testid=article-item][data-article-id="${openId}"]`).getAttribute('aria-current')) === 'true', 'the open article changed');
    await eventually(async () => page.evaluate((id) => document.activeElement?.getAttribute('data-article-id') === String(id), openId), 'the focus on the open article');
    assert((await picked()).length === 0 && (await page.getByTestId('remove-picked').count()) === 0, 'the pick outlived the removal');
  });

  await check('one Undo brings both back', async () => {
    await page.getByTestId('undo').click();
    await eventually(async () => (await count()) === 5, 'five articles again');
  });

  await check('Escape closes the open article\'s confirmation too, nothing removed, focus back on its button', async () => {
    await rows.nth(0).click();
    await page.getByTestId('article-remove').click();
    await page.getByTestId('remove-confirm').waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Escape');
    await page.getByTestId('remove-confirm').waitFor({ state: 'detached', timeout: 5000 });
    assert((await count()) === 5, 'Escape removed something');
    await eventually(async () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'article-remove'), 'the focus back on Remove open article…');
  });

  await check('Ctrl+Space picks the focused row from the keyboard; Clear the pick empties it', async () => {
    await rows.nth(0).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+Space');
    await eventually(async () => (await picked()).length === 2, 'the open article and the focused one picked');
    await page.getByTestId('clear-picked').click();
    assert((await picked()).length === 0, 'Clear the pick left rows picked');
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
