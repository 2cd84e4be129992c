// End-to-end: what the window says after a paste, in true words (ratk14 found and left).
// - A paste whose text carries another article's web address alone on a line is stored as
//   that article's next version: the window said "Pasted article imported"; it now says
//   which article's version it became.
// - A source made in this window, then a paste naming it as its outlet, then Undo: the
//   refusal said "used since by other work (in another window or program)"; it now names
//   the article imported since.
// The real `claimdesk serve`, the real clipboard and a real Ctrl+V, as web.test.mjs
// pastes. Invented story.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/pastesaid.test.mjs
//
// Prints "N passed, M failed" last.

import { assert, check, eventually, runE2E, TIMEOUT } from './lib.mjs';

const ADDRESS = 'https://coast.example/news/ostrel-ferry';
const FIRST_TITLE = 'Ferry service to Ostrel resumes after storms';
const story = (title, last) =>
  [title, '', ADDRESS, '', 'The ferry to Ostrel sailed again on Tuesday after a week of storms, the operator said.', '', last].join('\n');

/** Writes text to the clipboard through the page's clipboard permission. */
async function writeClipboard(page, text) {
  await page.evaluate(async (t) => {
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([t], { type: 'text/plain' }) })]);
  }, text);
}

/**
 * Ctrl+V outside a text field (on the reader's title); the form it opens shows the title and
 * the address read from the text; the outlet typed in where one is given; Import.
 */
async function pasteAndImport(page, text, title, outlet = '') {
  await page.getByTestId('reader-title').click();
  await writeClipboard(page, text);
  await page.keyboard.press('Control+V');
  await page.getByTestId('paste-dialog').waitFor({ timeout: TIMEOUT });
  await eventually(async () => (await page.getByTestId('paste-title').inputValue()) === title, `the title prefilled as ${title}`);
  if (text.includes(ADDRESS)) await eventually(async () => (await page.getByTestId('paste-url').inputValue()) === ADDRESS, 'the address in the URL field');
  if (outlet) await page.getByTestId('paste-outlet').fill(outlet);
  await page.getByTestId('paste-import').click();
  await page.getByTestId('paste-dialog').waitFor({ state: 'detached', timeout: TIMEOUT });
}

await runE2E(async ({ url, origin, context, page }) => {
  await check('the app opens on an article', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(url, { timeout: TIMEOUT });
    await page.getByTestId('article-item').first().click();
    await page.getByTestId('reader-title').waitFor({ timeout: TIMEOUT });
  });

  await check('a first paste with the address on a line of its own is imported, and the form showed the address', async () => {
    await pasteAndImport(page, story(FIRST_TITLE, 'Two crossings a day are planned.'), FIRST_TITLE);
    const notice = page.getByTestId('progress-notice');
    await eventually(async () => (await notice.textContent()).includes(`Pasted article imported: “${FIRST_TITLE}”`), 'the notice of the import');
  });

  await check('a second paste with the same address says it became version 2 of the first article, not "imported"', async () => {
    await pasteAndImport(page, story('Ostrel ferry back on schedule', 'Three crossings a day are planned from March.'), 'Ostrel ferry back on schedule');
    const notice = page.getByTestId('progress-notice');
    await eventually(async () => (await notice.textContent()).includes('version 2'), `a notice naming the version (it reads ${JSON.stringify(await notice.textContent())})`);
    const text = await notice.textContent();
    assert(text.includes(`version 2 of “${FIRST_TITLE}”`) && text.includes(ADDRESS), `notice: ${text}`);
    assert(!text.includes('imported'), `the notice still says imported: ${text}`);
  });

  const OUTLET = 'Quayside Bulletin';
  const BUS_TITLE = 'Night buses to the quay return';
  await check('a source made here, a paste naming it, then Undo: the refusal names the article imported since, not another window', async () => {
    await page.getByTestId('tab-sources').click();
    await page.getByTestId('new-source').click();
    const form = page.getByRole('form', { name: 'New source' });
    await form.getByLabel('Name').fill(OUTLET);
    await form.getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('source-row').and(page.locator(`[data-source-name="${OUTLET}"]`)).waitFor({ timeout: TIMEOUT });
    await page.getByTestId('tab-reader').click();
    await pasteAndImport(page, `${BUS_TITLE}\n\nNight buses to the quay run again from Friday, the transport office said.\n`, BUS_TITLE, OUTLET);
    // The import is not undone: Undo steps to the suggestions read in it, then to the source.
    // The suggestions are read after the import and reach the Undo label a moment later: wait
    // for the notice, then for the label to name the suggestion run ("Friday" is a date), or
    // the loop below reads the source's label before they arrive and steps past nothing.
    const label = page.getByTestId('undo-label');
    await eventually(async () => (await page.getByTestId('progress-notice').textContent()).includes(BUS_TITLE), 'the notice of the paste');
    await eventually(async () => (await label.textContent()).includes(BUS_TITLE), `Undo names the suggestions read in the paste (it reads ${JSON.stringify(await label.textContent())})`);
    for (let i = 0; i < 3 && !(await label.textContent()).includes(OUTLET); i++) {
      const was = await label.textContent();
      await page.getByTestId('undo').click();
      await eventually(async () => (await label.textContent()) !== was, `Undo ${was} taken`);
    }
    assert((await label.textContent()).includes(OUTLET), `Undo reads ${await label.textContent()}`);
    await page.getByTestId('undo').click();
    const banner = page.getByTestId('error-banner');
    await banner.waitFor({ timeout: TIMEOUT });
    const text = await banner.textContent();
    assert(text.includes(`“${BUS_TITLE}”`) && text.includes('imported since') && !text.includes('another window'), `the refusal reads ${JSON.stringify(text)}`);
    await page.getByTestId('tab-sources').click();
    await page.getByTestId('source-row').and(page.locator(`[data-source-name="${OUTLET}"]`)).waitFor({ timeout: TIMEOUT });
  });
});
