// Reader helpers for the end-to-end tests: what a person does with the mouse in
// the reader (drag over words, open an article) and what the page paints.

import { TIMEOUT, assert, fileMenu } from './lib.mjs';

/** Where text (its first occurrence after `after`) stands in the article body, scrolled into view: its first and last character's middles. */
function textPoints(page, text, after) {
  return page.getByTestId('article-body').evaluate(
    (el, { text, after }) => {
      const node = el.firstChild;
      const from = after ? node.data.indexOf(after) : 0;
      const i = node.data.indexOf(text, Math.max(0, from));
      if (i < 0) throw new Error(`${text} not in the body`);
      const r = document.createRange();
      const rectOf = (a, b, last) => {
        r.setStart(node, a);
        r.setEnd(node, b);
        const rs = r.getClientRects();
        return rs[last ? rs.length - 1 : 0];
      };
      // Bring it into view in the reader's scroller.
      const sc = el.closest('.scroll');
      const top = rectOf(i, i + 1).top;
      const box = sc.getBoundingClientRect();
      if (top < box.top + 60 || top > box.bottom - 160) sc.scrollTop += top - box.top - 160;
      const s = rectOf(i, i + 1);
      const e = rectOf(i + text.length - 1, i + text.length, true);
      return { x1: s.left + 1, y1: s.top + s.height / 2, x2: e.right - 1, y2: e.top + e.height / 2, index: i };
    },
    { text, after },
  );
}

/** Drags the mouse over the nth occurrence (after `after`) of text in the article body. */
export async function dragOver(page, text, after = '') {
  const pts = await textPoints(page, text, after);
  await page.mouse.move(pts.x1, pts.y1);
  await page.mouse.down();
  await page.mouse.move((pts.x1 + pts.x2) / 2, (pts.y1 + pts.y2) / 2, { steps: 4 });
  await page.mouse.move(pts.x2, pts.y2, { steps: 4 });
  await page.mouse.up();
  await page.getByTestId('selection-menu').waitFor({ timeout: TIMEOUT });
  return pts;
}

/** Ranges of a registered highlight, as text. */
export function highlightTexts(page, name) {
  return page.evaluate((name) => {
    const h = CSS.highlights.get(name);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

export async function openArticle(page, titlePart) {
  await page.getByTestId('article-item').filter({ hasText: titlePart }).click();
  await page.getByTestId('reader-title').filter({ hasText: titlePart }).waitFor({ timeout: TIMEOUT });
}

/** Drags over text and tags it as a person with the keyboard (E, 1, Enter on the first entity offered), as the guide shows. */
export async function tagAsPerson(page, text, after = '') {
  await dragOver(page, text, after);
  await page.keyboard.press('e');
  await page.getByTestId('type-person').waitFor();
  await page.keyboard.press('1');
  const first = page.getByTestId('entity-option').first();
  const deadline = Date.now() + 10_000;
  while (!(await first.textContent().catch(() => ''))?.includes(text)) {
    if (Date.now() > deadline) throw new Error(`no entity option for ${JSON.stringify(text)}`);
    await page.waitForTimeout(100);
  }
  await page.keyboard.press('Enter');
  await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
}

/** Drags over a sentence, presses C and makes a new claim of it with the statement typed over the quote. */
export async function markNewClaim(page, sentence, statement) {
  await dragOver(page, sentence);
  await page.keyboard.press('c');
  await page.getByTestId('claim-statement').waitFor();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(statement);
  await page.getByTestId('claim-create').click();
  await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
}

/** Drags over a sentence, presses C and attaches it to the claim found by typing word under "attach to an existing claim". */
export async function attachToClaim(page, sentence, word, statement) {
  await dragOver(page, sentence);
  await page.keyboard.press('c');
  await page.getByTestId('selection-menu').getByPlaceholder('Search claims').click();
  await page.keyboard.type(word);
  await page.getByTestId('selection-menu').getByText(statement).click();
  await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
}

/** Clicks in the middle of text (after `after`) in the article body, as on a highlighted span. */
export async function clickText(page, text, after = '') {
  const p = await textPoints(page, text, after);
  await page.mouse.click((p.x1 + p.x2) / 2, (p.y1 + p.y2) / 2);
}

/** Imports files as a person does: File ▾ → Import… → Choose files…, then closes the summary; returns its text. */
export async function importFiles(page, files) {
  await fileMenu(page, 'import-open');
  await page.getByTestId('import-dialog').waitFor({ timeout: TIMEOUT });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose files…' }).click()]);
  await chooser.setFiles(files);
  await page.getByTestId('import-summary').waitFor({ timeout: TIMEOUT });
  const line = await page.getByTestId('import-summary-line').innerText();
  assert(new RegExp(`${files.length} imported`).test(line), `the summary reads ${JSON.stringify(line)}`);
  const summary = await page.getByTestId('import-summary').innerText();
  await page.getByTestId('import-summary').getByRole('button', { name: 'Close' }).first().click();
  await page.getByTestId('import-summary').waitFor({ state: 'detached', timeout: TIMEOUT });
  return summary;
}
