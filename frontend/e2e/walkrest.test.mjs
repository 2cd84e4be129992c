// End-to-end: the walks' small open findings (docs/ux-walks.md, uxwalk4 12–14), in
// Chromium against `claimdesk serve` on the sample corpus, with the keys and clicks a
// person uses. Each check failed before its fix.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/walkrest.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/walkrest-*.png. Prints "N passed, M failed" last.

import { TIMEOUT, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';
import { openArticle } from './reader.mjs';

// A sentence that opens a paragraph far down the first sample article.
const TARGET = 'The treaty at the heart of this visit was signed during the meeting between Russian President Vladimir Putin and North Korean leader Kim Jong-un in June of last year';

await runE2E(async ({ url, page }) => {
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('reader-title').first().waitFor({ timeout: TIMEOUT });
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
  const selected = () => page.evaluate(() => String(window.getSelection()));
  // the selection's word and the text after it, so one "The" is told from another
  const selectedAt = () =>
    page.evaluate(() => {
      const s = window.getSelection();
      if (!s || s.rangeCount === 0) return '';
      const r = s.getRangeAt(0);
      return r.startContainer.textContent?.slice(r.startOffset, r.startOffset + 40) ?? '';
    });

  // uxwalk4 finding 12: → moves one word at a time; a word in the second paragraph took 28 presses.
  await check('keyboard: Ctrl+↓ reaches a paragraph far down in a few presses, Shift+↓ selects its sentence, ↓/↑ move by sentence', async () => {
    await openArticle(page, 'Russian Culture Minister Visits North Korea Amid Deepening Ties');
    for (let i = 0; i < 15 && (await focused()) !== 'article-body'; i++) await page.keyboard.press('Tab');
    assert((await focused()) === 'article-body', 'Tab did not reach the article text');
    await page.keyboard.press('ArrowRight');
    let presses = 0;
    while (presses < 12 && !(await selectedAt()).startsWith(TARGET.slice(0, 40))) {
      await page.keyboard.press('Control+ArrowDown');
      presses++;
    }
    console.log(`     Ctrl+↓ presses to the paragraph: ${presses}`);
    assert((await selectedAt()).startsWith(TARGET.slice(0, 40)), `after ${presses} presses of Ctrl+↓ the selection is at ${JSON.stringify(await selectedAt())}`);
    assert((await selected()) === 'The', `Ctrl+↓ selected ${JSON.stringify(await selected())}`);
    await page.keyboard.press('Shift+ArrowDown');
    assert((await selected()) === TARGET, `Shift+↓ selected ${JSON.stringify(await selected())}`);
    await page.keyboard.press('ArrowDown');
    assert((await selectedAt()).startsWith('This agreement'), `↓ went to ${JSON.stringify(await selectedAt())}`);
    await page.keyboard.press('ArrowUp');
    assert((await selectedAt()).startsWith(TARGET.slice(0, 40)), `↑ went to ${JSON.stringify(await selectedAt())}`);
    await page.screenshot({ path: screenshotPath('walkrest-01-sentence.png') });
  });

  // uxwalk4 finding 13: the list ended "Select text with the mouse", though the keys select too.
  await check('? lists the sentence and paragraph keys, and does not end with "Select text with the mouse"', async () => {
    await page.keyboard.press('?');
    const dlg = page.getByTestId('shortcuts');
    await dlg.waitFor({ timeout: TIMEOUT });
    const t = await dlg.innerText();
    await page.screenshot({ path: screenshotPath('walkrest-02-shortcuts.png') });
    await page.keyboard.press('Escape');
    await dlg.waitFor({ state: 'detached' });
    assert(t.includes('Ctrl+↑ / ↓') && /next sentence/.test(t) && /next paragraph/.test(t), `the list reads ${JSON.stringify(t)}`);
    assert(!/Select text with the mouse/.test(t), 'the list still says to select text with the mouse');
  });

  // uxwalk4 finding 14: "Undo edit source The Harbour Ledger" did not say what changed.
  await check('a grade changed in Sources: Undo names the grade before and after', async () => {
    await page.getByTestId('tab-sources').click();
    const row = page.getByTestId('source-row').first();
    await row.waitFor({ timeout: TIMEOUT });
    const name = await row.getAttribute('data-source-name');
    const was = await row.getByTestId('source-reliability').inputValue();
    const to = was === 'E' ? 'B' : 'E';
    await row.getByTestId('source-reliability').selectOption(to);
    const undo = page.getByTestId('undo');
    const want = `grade of ${name} (${was} → ${to})`;
    const title = async () => (await undo.getAttribute('title')) ?? '';
    const said = await eventually(async () => ((await title()).includes(` → ${to})`) ? title() : ''), 'the Undo button to change').catch(title);
    await page.screenshot({ path: screenshotPath('walkrest-03-undo-grade.png') });
    assert(said.includes(want), `the Undo button reads ${JSON.stringify(said)}, not ${JSON.stringify(want)}`);
    await page.keyboard.press('Control+z');
    await eventually(async () => (await row.getByTestId('source-reliability').inputValue()) === was, 'Ctrl+Z to put the grade back');
  });
});
