// Issue 16, item 7: Undo names what an edit changed, by the words the analyst sees, never
// by an id ("edit span 12" before). In the reader, with the mouse: pick a span in the side
// panel, widen it by a word, write a note; the Undo button says "resize “…”" and
// "edit the note on “…”". Also the start-up call: a reload reopens the article read last.
//
//   make build/claimdesk && cd frontend && CLAIMDESK_BIN=$PWD/../build/claimdesk node e2e/labels.test.mjs
//
// Screenshot: $SCREENSHOT_DIR/undo-label.png. Prints "N passed, M failed" last.

import { TIMEOUT, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';

/** The summary's way of quoting text: clipped to 40 characters, in curly quotes. */
const quoted = (s) => {
  const r = Array.from(s.replace(/\s+/g, ' ').trim());
  return `“${r.length > 40 ? r.slice(0, 39).join('') + '…' : r.join('')}”`;
};
const undoLabel = (page) => page.getByTestId('undo-label').textContent();

await runE2E(async ({ url, page }) => {
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('reader-title').waitFor({ timeout: TIMEOUT });
  const panel = page.getByTestId('side-panel');
  let title = '';

  await check('widening a span by a word with the mouse: Undo says "resize “its words”"', async () => {
    // The Reuters article's spans (the sample's suggestions; any span will do).
    await page.getByTestId('article-item').filter({ hasText: 'unprecedented' }).click();
    title = (await page.getByTestId('reader-title').filter({ hasText: 'unprecedented' }).textContent({ timeout: TIMEOUT })) ?? '';
    await panel.getByTestId('span-item').first().click();
    const detail = panel.getByTestId('span-detail');
    await detail.waitFor({ timeout: TIMEOUT });
    const before = (await panel.getByTestId('span-quote').textContent()) ?? '';
    await panel.getByRole('button', { name: 'word ▸' }).last().click(); // "Extend the end by a word"
    await eventually(async () => ((await panel.getByTestId('span-quote').textContent()) ?? '') !== before, 'the span grew');
    const after = (await panel.getByTestId('span-quote').textContent()) ?? '';
    await eventually(async () => (await undoLabel(page)) === `resize ${quoted(after)}`, `Undo says resize ${quoted(after)}`);
    assert(!/\bspan \d+/.test(await undoLabel(page)), 'no span id in the label');
  });

  await check('a note typed on the span (then Tab): Undo says "edit the note on “its words”"', async () => {
    const quote = (await panel.getByTestId('span-quote').textContent()) ?? '';
    await panel.getByLabel('Note').click();
    await page.keyboard.type('checked against the agency wire');
    await page.keyboard.press('Tab');
    await eventually(async () => (await undoLabel(page)) === `edit the note on ${quoted(quote)}`, `Undo says edit the note on ${quoted(quote)}`);
    await page.screenshot({ path: screenshotPath('undo-label.png') });
  });

  await check('a reload reopens the article read last, with its spans (the one start-up call)', async () => {
    await page.waitForTimeout(600); // the layout (and the article open) is saved 400 ms after a change
    await page.reload();
    await page.getByTestId('reader-title').filter({ hasText: title.trim() }).waitFor({ timeout: TIMEOUT });
    await panel.getByTestId('span-item').first().waitFor({ timeout: TIMEOUT });
    const calls = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('/api/') && !n.endsWith('/api/events'))
        .map((n) => n.split('/api/')[1]),
    );
    assert(calls[0] === 'StartService/FirstScreen', `the first call is the start-up call, got ${calls.join(', ')}`);
    assert(!calls.includes('SpanService/ListForReader'), `the spans come with it, not asked again: ${calls.join(', ')}`);
  });
});
