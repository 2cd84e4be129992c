// End-to-end checks of the window's top bar and of where the focus lands, as an
// analyst meets them: the Undo button names the action it will undo at 1280×800,
// nothing in the bar overlaps or leaves the window at 1024×700, the file actions are
// reachable by mouse and keyboard, and the focus lands on what changed after
// "Open in Claims" and stays where it was after Ctrl+Z.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/topbar.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/topbar-*.png. Prints "N passed, M failed" last.

import { TIMEOUT, api, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';
import { dragOver, openArticle, tagAsPerson } from './reader.mjs';

const REUTERS = "Russian culture minister in North Korea praises 'unprecedented' cooperation";
const T000 = 'Russian Culture Minister Visits North Korea Amid Deepening Ties';
const S000 = 'North Korea has sent troops to support Russia in Ukraine';

/** What the page has focused, as its test id or tag name. */
const focused = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);

/** The characters of the undo button's description that the analyst sees (not cut off by the button or the window). */
const visibleUndo = (page) =>
  page.evaluate(() => {
    const btn = document.querySelector('[data-testid=undo]');
    const hl = btn?.querySelector('[data-testid=undo-label]');
    const text = hl?.firstChild;
    if (!btn || !hl || !text) return { shown: '', whole: '' };
    const box = hl.getBoundingClientRect();
    const right = Math.min(box.right, btn.getBoundingClientRect().right, window.innerWidth);
    const range = document.createRange();
    let n = 0;
    // The ellipsis takes about one character's room: count what ends left of the edge less that.
    const room = right - parseFloat(getComputedStyle(hl).fontSize) * 0.9;
    for (; n < text.textContent.length; n++) {
      range.setStart(text, n);
      range.setEnd(text, n + 1);
      if (range.getBoundingClientRect().right > room) break;
    }
    return { shown: text.textContent.slice(0, n), whole: text.textContent, width: Math.round(box.width) };
  });

/** Top-bar controls that overlap one another or stick out of the window. */
const barFaults = (page) =>
  page.locator('header.topbar').evaluate((bar) => {
    const parts = [...bar.querySelectorAll('button, .brand, [data-testid=workspace-path]')].filter((e) => e.getClientRects().length > 0);
    const out = [];
    const name = (e) => (e.getAttribute('aria-label') ?? e.textContent).trim().slice(0, 30);
    for (const e of parts) {
      const r = e.getBoundingClientRect();
      if (r.left < 0 || r.right > window.innerWidth + 0.5 || r.top < 0 || r.bottom > bar.getBoundingClientRect().bottom + 0.5) out.push(`${name(e)} outside the window or the bar (${Math.round(r.left)}–${Math.round(r.right)} of ${window.innerWidth})`);
      // a word cut inside a control (other than the actions' descriptions, whose whole text is in the title)
      for (const t of e.querySelectorAll('.verb, .file')) if (t.scrollWidth > t.clientWidth + 1) out.push(`${name(e)}: "${t.textContent}" cut`);
    }
    for (const [i, a] of parts.entries()) for (const b of parts.slice(i + 1)) {
      const p = a.getBoundingClientRect(), q = b.getBoundingClientRect();
      if (!a.contains(b) && !b.contains(a) && p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) out.push(`${name(a)} overlaps ${name(b)}`);
    }
    const mids = parts.map((e) => { const r = e.getBoundingClientRect(); return (r.top + r.bottom) / 2; });
    if (Math.max(...mids) - Math.min(...mids) > 8) out.push(`the bar wraps onto a second row (${parts.filter((e, i) => mids[i] - Math.min(...mids) > 8).map(name).join(', ')})`);
    if (bar.scrollWidth > bar.clientWidth + 1) out.push(`the bar scrolls sideways (${bar.scrollWidth} > ${bar.clientWidth})`);
    return out;
  });

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));

  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('reader-title').waitFor({ timeout: TIMEOUT });

  await check('at 1280×800 the Undo button shows the action it will undo (≥ 28 characters of "tag Olga Lyubimova as person")', async () => {
    await openArticle(page, REUTERS);
    await tagAsPerson(page, 'Olga Lyubimova', '(Reuters)');
    await eventually(async () => (await visibleUndo(page)).whole.includes('Olga Lyubimova'), 'the undo button to name the tag');
    await page.mouse.move(1270, 790);
    for (const width of [1280, 1360]) {
      await page.setViewportSize({ width, height: 800 });
      await page.waitForTimeout(200);
      await page.locator('header.topbar').screenshot({ path: screenshotPath(`topbar-${width}.png`) });
      const v = await visibleUndo(page);
      assert(v.shown.length >= Math.min(28, v.whole.length), `at ${width}×800 the Undo button shows ${JSON.stringify(v.shown)} of ${JSON.stringify(v.whole)} (${v.width} px)`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await check('at 1024×700 (and 1280×800) the top bar is one row: no control overlaps another, is cut, or leaves the window', async () => {
    for (const size of [{ width: 1024, height: 700 }, { width: 1280, height: 800 }]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(200);
      const faults = await barFaults(page);
      assert(faults.length === 0, `at ${size.width}×${size.height}: ${faults.join('; ')}`);
    }
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: screenshotPath('topbar-1024.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await check('File menu: a click opens it, Import… / Export… / Merge… are in it by name, and a click on Export… opens the export dialog', async () => {
    await page.getByRole('button', { name: 'File' }).click();
    const menu = page.getByRole('menu', { name: 'File' });
    await menu.waitFor();
    for (const name of ['Import…', 'Export…', 'Merge…']) assert(await menu.getByRole('menuitem', { name }).isVisible(), `no "${name}" in the File menu`);
    await menu.getByRole('menuitem', { name: 'Export…' }).click();
    await page.getByTestId('export-dialog').waitFor({ timeout: TIMEOUT });
    assert((await menu.count()) === 0, 'the File menu stayed open behind the dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
  });

  await check('File menu by keyboard: Tab to "File", Enter opens it on its first item, ↓ ↓ Enter opens Merge…; Escape closes a menu back onto "File"', async () => {
    const file = page.getByRole('button', { name: 'File' });
    await file.focus();
    await page.keyboard.press('Enter');
    await eventually(async () => (await focused(page)) === 'import-open', `the focus on Import… (it is on ${await focused(page)})`, 3_000);
    await page.keyboard.press('Escape');
    await eventually(async () => (await focused(page)) === 'file-menu', `the focus back on File (it is on ${await focused(page)})`, 3_000);
    assert((await page.getByRole('menu', { name: 'File' }).count()) === 0, 'Escape left the menu open');
    await page.keyboard.press('ArrowDown');
    await eventually(async () => (await focused(page)) === 'import-open', `↓ on File opens the menu (focus on ${await focused(page)})`, 3_000);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert((await focused(page)) === 'merge-open', `↓ ↓ reached ${await focused(page)}, not Merge…`);
    await page.keyboard.press('Enter');
    await page.getByTestId('merge-dialog').waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Escape');
    await page.getByTestId('merge-dialog').waitFor({ state: 'detached' });
  });

  await check('after "Open in Claims" the focus is on the claim page that opened, not on the page', async () => {
    await openArticle(page, T000);
    await dragOver(page, S000);
    await page.keyboard.press('c');
    await page.getByTestId('claim-statement').waitFor();
    await page.getByRole('button', { name: 'Create claim' }).click();
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Open in Claims' }).click();
    await page.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await focused(page)) === 'claim-page', `the focus on the claim page (it is on ${await focused(page)})`, 3_000);
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    assert(name?.includes('North Korea'), `the focused claim page is named ${JSON.stringify(name)}`);
    await page.keyboard.press('Tab');
    assert((await focused(page)) === 'claim-statement', `Tab from the claim page went to ${await focused(page)}, not its statement`);
    await page.getByTestId('claim-page').focus(); // back on the page, as "Open in Claims" left it
  });

  await check('Ctrl+Z on the claim page that undoes the claim itself leaves the focus in the Claims view, not on the page', async () => {
    await page.keyboard.press('Control+z');
    await eventually(async () => (await page.getByTestId('claim-page').count()) === 0, 'the claim undone');
    await page.waitForTimeout(500);
    const where = await page.evaluate(() => {
      const a = document.activeElement;
      return { id: a?.getAttribute('data-testid') ?? a?.tagName, inView: !!a?.closest('[data-testid=view-claims]') };
    });
    assert(where.inView, `after Ctrl+Z the focus is on ${where.id}`);
    // and the next Ctrl+Shift+Z (from where the focus is) brings the claim back
    await page.keyboard.press('Control+Shift+Z');
    await page.getByTestId('claim-item').filter({ hasText: 'North Korea' }).first().waitFor({ timeout: TIMEOUT });
  });

  await check('Ctrl+Z in the reader keeps the focus in the article text; Ctrl+Shift+Z too', async () => {
    await page.getByTestId('tab-reader').click();
    await openArticle(page, REUTERS);
    await dragOver(page, 'Pyatnitsky Choir');
    await page.keyboard.press('t');
    await page.getByTestId('tag-input').waitFor();
    await page.keyboard.type('ensembles');
    await page.keyboard.press('Enter');
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
    await eventually(async () => (await focused(page)) === 'article-body', `the focus on the article text after tagging (it is on ${await focused(page)})`, 3_000);
    const reuters = (await api(page, 'ArticleService', 'List')).body.find((a) => a.title === REUTERS);
    const notes = async () => (await api(page, 'SpanService', 'ListForArticle', reuters.id, false)).body.filter((s) => JSON.stringify(s).includes('ensembles')).length;
    const before = await notes();
    await page.keyboard.press('Control+z');
    await eventually(async () => (await notes()) < before, 'the tag undone');
    await page.waitForTimeout(300);
    assert((await focused(page)) === 'article-body', `after Ctrl+Z the focus is on ${await focused(page)}`);
    await page.keyboard.press('Control+Shift+Z');
    await eventually(async () => (await notes()) === before, 'the tag redone');
    await page.waitForTimeout(300);
    assert((await focused(page)) === 'article-body', `after Ctrl+Shift+Z the focus is on ${await focused(page)}`);
  });

  await check('a click on Undo that empties the history leaves the focus on Redo (not on the page)', async () => {
    // Undo everything but one: the last click disables Undo under the pointer.
    for (let i = 0; i < 20 && (await page.getByTestId('undo').isEnabled()); i++) {
      const label = await page.getByTestId('undo').getAttribute('title');
      await page.getByTestId('undo').click();
      await eventually(async () => !(await page.getByTestId('undo').isEnabled()) || (await page.getByTestId('undo').getAttribute('title')) !== label, 'the undo to land');
    }
    assert(!(await page.getByTestId('undo').isEnabled()), 'Undo still enabled after 20 clicks');
    await page.waitForTimeout(300);
    assert((await focused(page)) === 'redo', `after the last undo the focus is on ${await focused(page)}`);
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
