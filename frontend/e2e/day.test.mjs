// End-to-end test of issue 16, "the analyst's day": each defect a new analyst met
// doing a whole investigation on the sample corpus, done again as they did it (the
// mouse where they used the mouse, the keys where they used keys) against the real
// `claimdesk serve` and Debian's Chromium. Every check failed before its fix.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/day.test.mjs
//
// Screenshots of the fixed views: $SCREENSHOT_DIR/day-*.png. Prints "N passed, M failed" last.

import { TIMEOUT, api, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';
import { dragOver, highlightTexts, openArticle } from './reader.mjs';

const REUTERS = "Russian culture minister in North Korea praises 'unprecedented' cooperation";
const SENTENCE = 'Olga Lyubimova arrived in North Korea on Saturday with a 125-strong delegation of performers';

async function ok(page, service, method, ...args) {
  const r = await api(page, service, method, ...args);
  assert(r.status === 200, `${service}.${method}: HTTP ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Code point offsets [start, end) of the first occurrence of needle (after `after`) in body. */
function cpRange(body, needle, after = '') {
  const i = body.indexOf(needle, after ? body.indexOf(after) : 0);
  assert(i >= 0, `${JSON.stringify(needle)} is not in the article`);
  const start = [...body.slice(0, i)].length;
  return { start, end: start + [...needle].length, quote: needle };
}

async function openView(page, id) {
  await page.getByTestId(`tab-${id}`).click();
}

const shot = (page, name) => page.screenshot({ path: screenshotPath(`day-${name}.png`) });

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  const ids = {};

  // ---- 6. first open ----------------------------------------------------------
  await check('6. a new workspace opens on its first article, with suggestions waiting', async () => {
    await page.goto(url, { timeout: TIMEOUT });
    await page.getByTestId('reader-title').waitFor({ timeout: TIMEOUT });
    assert(!(await page.locator('body').innerText()).includes('Select an article'), 'the reader is empty ("Select an article")');
    const list = await ok(page, 'ArticleService', 'List');
    ids.reuters = list.find((a) => a.title === REUTERS)?.id;
    assert(ids.reuters, 'no Reuters seed article');
    const counts = await ok(page, 'SuggestionService', 'Counts', { articleId: 0, type: '', minConfidence: 0, rule: '', limit: 0 });
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    assert(total > 20, `only ${total} suggestions wait in the new workspace`);
    await eventually(async () => (await highlightTexts(page, 'cd-person-suggested')).length > 0, 'suggested people painted in the first article');
    await shot(page, '06-first-open');
  });

  await check('a waiting date suggestion says in the side panel what accepting links it to (no bare "—")', async () => {
    await openArticle(page, REUTERS);
    const spans = await ok(page, 'SpanService', 'ListForReader', ids.reuters);
    const date = spans.find((s) => s.entityType === 'date' && s.state === 'suggested' && s.entityId === null && s.proposedName);
    assert(date, `no waiting date suggestion with a proposed name in the Reuters sample: ${JSON.stringify(spans.filter((s) => s.entityType === 'date'))}`);
    await page.getByTestId('span-item').filter({ hasText: date.quote }).first().click();
    await page.getByTestId('span-quote').filter({ hasText: date.quote }).waitFor({ timeout: TIMEOUT });
    const line = await page.getByTestId('span-entity').textContent();
    assert(line === `Accepting links it to “${date.proposedName}”`, `side panel entity line ${JSON.stringify(line)}`);
    await page.getByTestId('side-panel').screenshot({ path: screenshotPath('day-suggested-date.png') });
    await page.getByRole('button', { name: 'Back to all spans' }).click();
  });

  await check('the article list shows every line of each row: a "⚠ outlet, date?" no longer pushes the counts out of it', async () => {
    const rows = await page.getByTestId('article-item').evaluateAll((items) =>
      items.map((el) => {
        const box = el.getBoundingClientRect();
        const cut = [...el.querySelectorAll('.title, .meta, .counts')].filter((line) => line.getBoundingClientRect().bottom > box.bottom - 2);
        return { title: el.querySelector('.title')?.textContent, warned: !!el.querySelector('[data-testid=article-missing]'), cut: cut.map((c) => c.className) };
      }),
    );
    assert(rows.some((r) => r.warned), `no sample article carries a missing-facts warning: ${JSON.stringify(rows)}`);
    const cut = rows.filter((r) => r.cut.length > 0);
    assert(cut.length === 0, `rows cut off at the bottom: ${JSON.stringify(cut)}`);
    await page.getByTestId('article-list').screenshot({ path: screenshotPath('day-article-list.png') });
    for (const width of [1100, 900]) {
      await page.setViewportSize({ width, height: 800 });
      const overlaps = await page.locator('header.topbar').evaluate((bar) => {
        const parts = [...bar.querySelectorAll('button, .brand, [data-testid=workspace-path]')].filter((e) => e.getClientRects().length > 0);
        const out = [];
        for (const [i, a] of parts.entries()) for (const b of parts.slice(i + 1)) {
          const p = a.getBoundingClientRect(), q = b.getBoundingClientRect();
          if (!a.contains(b) && !b.contains(a) && p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) out.push(`${a.textContent.trim()} / ${b.textContent.trim()}`);
        }
        return out;
      });
      assert(overlaps.length === 0, `at ${width} px the top bar's controls overlap: ${overlaps.join('; ')}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  // ---- 9. page furniture -----------------------------------------------------------
  await check('9. the Reuters sample ends at its sign-off: no "Next In World" headlines, no suggestions from them', async () => {
    const a = await ok(page, 'ArticleService', 'Get', ids.reuters);
    assert(a.body.trimEnd().endsWith('(Reporting by Reuters; Editing by Sandra Maler)'), `body ends ${JSON.stringify(a.body.slice(-80))}`);
    const sugg = await ok(page, 'SuggestionService', 'List', { articleId: ids.reuters, type: '', minConfidence: 0, rule: '', limit: 0 });
    const names = sugg.map((s) => s.quote);
    for (const w of ['Honduras', 'Chicago', 'ICE', 'WhatsApp', 'Red Castle']) assert(!names.includes(w), `a suggestion for ${w}: ${JSON.stringify(names)}`);
  });

  // ---- 2. hand tag over a waiting suggestion ---------------------------------------
  await check('2. tagging "Olga Lyubimova" by hand where the suggester proposed it settles the suggestion (one mention)', async () => {
    await openArticle(page, REUTERS);
    const body = (await ok(page, 'ArticleService', 'Get', ids.reuters)).body;
    const at = cpRange(body, 'Olga Lyubimova', '(Reuters)');
    const before = await ok(page, 'SuggestionService', 'List', { articleId: ids.reuters, type: 'person', minConfidence: 0, rule: '', limit: 0 });
    assert(before.some((s) => s.start === at.start && s.end === at.end), 'setup: no suggestion waits at "Olga Lyubimova"');
    await dragOver(page, 'Olga Lyubimova', '(Reuters)');
    await page.keyboard.press('e');
    await page.getByTestId('type-person').click();
    await page.getByTestId('entity-input').waitFor();
    await eventually(async () => (await page.getByTestId('entity-option').first().textContent())?.includes('Olga Lyubimova'), 'the entity options');
    await page.keyboard.press('Enter');
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
    const after = await ok(page, 'SuggestionService', 'List', { articleId: ids.reuters, type: 'person', minConfidence: 0, rule: '', limit: 0 });
    assert(!after.some((s) => s.start === at.start && s.end === at.end), 'the suggestion still waits at the hand-tagged text');
    const spans = (await ok(page, 'SpanService', 'ListForArticle', ids.reuters, false)).filter(
      (s) => s.kind === 'entity' && s.start === at.start && s.end === at.end && s.state === 'accepted',
    );
    assert(spans.length === 1, `${spans.length} accepted mentions at the tagged text, want 1`);
    ids.olga = spans[0].entityId;
    const others = after.filter((s) => s.entityName === 'Olga Lyubimova');
    assert(others.every((s) => !s.isNewEntity), `suggestions of her still say "new": ${JSON.stringify(others.map((s) => s.quote))}`);
  });

  await check('8. after tagging, the browser selection is gone and the new span shows its colour', async () => {
    assert(await page.evaluate(() => window.getSelection()?.isCollapsed ?? true), 'the browser selection is still over the text');
    await eventually(async () => (await highlightTexts(page, 'cd-person')).includes('Olga Lyubimova'), 'the person colour on the new span');
    await shot(page, '08-tagged');
  });

  // ---- 4. typed text -------------------------------------------------------------------
  await check('4. an emptied statement on "Create claim" is refused in the menu, not replaced by the selection', async () => {
    await dragOver(page, SENTENCE, '(Reuters)');
    await page.getByTestId('menu-claim').click();
    await page.getByTestId('claim-statement').fill('');
    await page.getByTestId('claim-create').click();
    await page.getByTestId('claim-statement-error').waitFor();
    const claims = await ok(page, 'ClaimService', 'List', { text: '', credibility: 0, tag: '', entityId: 0, sourceId: 0, articleId: 0 });
    assert(claims.length === 0, `a claim was created: ${JSON.stringify(claims.map((c) => c.statement))}`);
    await page.getByTestId('claim-statement').fill('Russia sent a 125-strong cultural delegation to North Korea');
    await page.getByTestId('claim-create').click();
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
  });

  await check('4. a tag longer than 64 characters is refused and the tag field keeps what was typed', async () => {
    await dragOver(page, 'Pyatnitsky Choir');
    await page.getByTestId('menu-tag').click();
    const long = 'performers-'.repeat(7);
    await page.getByTestId('tag-input').fill(long);
    await page.keyboard.press('Enter');
    await page.getByText('at most 64 characters').first().waitFor();
    assert((await page.getByTestId('tag-input').inputValue()) === long, 'the tag field was emptied');
    await page.keyboard.press('Escape');
  });

  await check('8. the error banner belongs to its view: opening another view clears it', async () => {
    assert((await page.getByTestId('error-banner').count()) === 1, 'no single banner for the refused tag');
    await openView(page, 'tags');
    await eventually(async () => (await page.getByTestId('error-banner').count()) === 0, 'the banner gone in the Tags view');
    await openView(page, 'reader');
  });

  // ---- 3, 1, 4: the claim page ---------------------------------------------------------------
  await check('3. an ungraded claim\'s mentions read "F –", not "F 6"', async () => {
    await openView(page, 'claims');
    await page.getByTestId('claim-item').first().click();
    await page.getByTestId('claim-page').waitFor();
    const badge = page.getByTestId('mention').first().getByTestId('grade-badge');
    const text = (await badge.innerText()).replace(/\s+/g, '');
    assert(text === 'F–', `mention grade reads ${JSON.stringify(text)}`);
    assert(/not assessed/.test(await badge.getAttribute('title')), 'its title does not say "not assessed yet"');
  });

  await check('1. clicking "3 Possibly true" with the mouse picks it and leaves the window where it was', async () => {
    const form = page.getByTestId('assessment-form');
    await form.scrollIntoViewIfNeeded();
    await form.locator('label.grade').filter({ hasText: 'Possibly true' }).click();
    assert(await page.getByTestId('grade-3').isChecked(), 'grade 3 is not picked');
    const scrolled = await page.evaluate(() => {
      const out = [];
      for (let el = document.querySelector('[data-testid=claim-page]'); el; el = el.parentElement) {
        if (el.scrollTop > 0 && !el.matches('[data-testid=claim-page]')) out.push(`${el.tagName}.${el.className}: ${el.scrollTop}`);
      }
      return out;
    });
    assert(scrolled.length === 0, `the app's frame scrolled: ${scrolled.join('; ')}`);
    const top = await page.locator('header').first().boundingBox();
    assert(top && top.y >= 0 && top.y < 5, `the top bar is at y=${top?.y}`);
    await shot(page, '01-grade-click');
  });

  await check('4. a working note typed on a claim survives switching to another view before "Save note"', async () => {
    const note = 'Check the delegation size against KCNA copy.';
    await page.getByTestId('claim-page').getByLabel('Note', { exact: true }).fill(note);
    await openView(page, 'sources');
    await openView(page, 'claims');
    await page.getByTestId('claim-page').getByLabel('Note', { exact: true }).waitFor();
    await eventually(async () => (await page.getByTestId('claim-page').getByLabel('Note', { exact: true }).inputValue()) === note, 'the note back in the field');
    const claims = await ok(page, 'ClaimService', 'List', { text: '', credibility: 0, tag: '', entityId: 0, sourceId: 0, articleId: 0 });
    const saved = await ok(page, 'ClaimService', 'Get', claims[0].id);
    assert(saved.note === note, `the server has note ${JSON.stringify(saved.note)}`);
  });

  // ---- 5. search ------------------------------------------------------------------------------
  await check('5. "troupe dance" in quotes finds nothing; "dance troupe" finds Reuters', async () => {
    await openView(page, 'search');
    const box = page.getByTestId('search-box');
    await box.fill('"troupe dance"');
    await box.press('Enter');
    await page.getByText('Nothing found for').waitFor();
    await box.fill('"dance troupe"');
    await box.press('Enter');
    await page.getByTestId('search-hit').first().waitFor();
  });

  await check('5. ↓ moves from the box through the hits and Enter opens one with its words marked', async () => {
    await page.getByTestId('search-box').focus();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    assert(focused === 'search-hit', `↓ focused ${focused}`);
    await page.keyboard.press('Enter');
    await page.getByTestId('reader-title').filter({ hasText: 'unprecedented' }).waitFor();
    await eventually(async () => (await highlightTexts(page, 'cd-found')).join(' ').toLowerCase().includes('dance'), 'the found words marked (cd-found)');
    await shot(page, '05-search-hit');
  });

  // ---- 8. the matrix's column switch -------------------------------------------------------------
  await check('8. the matrix switches columns with a labelled "Columns: Articles | Sources", not "×" chips', async () => {
    await openView(page, 'matrix');
    const seg = page.getByRole('group', { name: 'Columns' });
    await seg.waitFor();
    const buttons = (await seg.getByRole('button').allInnerTexts()).map((t) => t.trim());
    assert(buttons.every((t) => !t.startsWith('×')), `column buttons read ${JSON.stringify(buttons)}`);
    await seg.getByRole('button', { name: 'Sources' }).click();
    await eventually(async () => /× \d+ sources/.test(await page.getByTestId('matrix-count').innerText()), 'the matrix by source');
    await shot(page, '08-matrix-columns');
  });

  // ---- 7. the top bar ---------------------------------------------------------------------------
  await check('7. long undo/redo labels never squeeze "Redo" or the workspace file name', async () => {
        await openView(page, 'reader');
    await page.getByTestId('undo').click(); // the note's edit moves to Redo, with its long label
    await page.getByTestId('redo-label').waitFor({ state: 'attached' });
    const m = await page.evaluate(() => {
      const fits = (el) => el && el.scrollWidth <= el.clientWidth + 1 && el.getBoundingClientRect().width > 0;
      const verb = document.querySelector('[data-testid=redo] .verb');
      const btn = document.querySelector('[data-testid=redo]')?.getBoundingClientRect();
      const vr = verb?.getBoundingClientRect();
      const verbInside = !!(btn && vr && vr.width > 0 && vr.right <= btn.right - 2 && vr.left >= btn.left);
      const path = document.querySelector('[data-testid=workspace-path]');
      const file = path?.querySelector('.file');
      const pr = path?.getBoundingClientRect();
      const fr = file?.getBoundingClientRect();
      return { verb: verb?.textContent, verbFits: fits(verb) && verbInside, fileShown: !!(pr && fr && fr.right <= pr.right + 1 && fr.left >= pr.left - 1 && fr.width > 0), file: file?.textContent };
    });
    assert(m.verb === 'Redo' && m.verbFits, `the Redo button shows ${JSON.stringify(m)}`);
    assert(m.fileShown && m.file === 'e2e.db', `the workspace file name is cut: ${JSON.stringify(m)}`);
    const undo = await page.getByTestId('undo').getAttribute('title');
    assert(!/article \d+/.test(undo ?? ''), `an undo label names an article by number: ${undo}`);
    await page.locator('header.topbar').screenshot({ path: screenshotPath('day-07-topbar.png') });
  });

  // ---- keyboard only -------------------------------------------------------------------------------
  await check('keyboard only: Alt+2 / Alt+1 switch views; in the text ←/→ and Shift+→ select "North Korea", Enter E 3 Enter tag it', async () => {
    await page.keyboard.press('Alt+2');
    await page.getByTestId('view-claims').waitFor();
    await page.keyboard.press('Alt+1');
    await page.getByTestId('article-body').waitFor();
    for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) !== 'article-body'; i++) await page.keyboard.press('Tab');
    assert((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'article-body', 'Tab never reaches the article text');
    const selected = () => page.evaluate(() => window.getSelection()?.toString() ?? '');
    // → word by word to a "North" that Shift+→ makes "North Korea" (not "North Korean")
    let seen = '';
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('ArrowRight');
      if ((await selected()) !== 'North') continue;
      await page.keyboard.press('Shift+ArrowRight');
      seen = await selected();
      if (seen === 'North Korea') break;
      await page.keyboard.press('Shift+ArrowLeft');
      assert((await selected()) === 'North', `Shift+← left ${JSON.stringify(await selected())}`);
    }
    assert(seen === 'North Korea', `the word cursor and Shift+→ never selected "North Korea" (last: ${JSON.stringify(seen)})`);
    await shot(page, 'keyboard-selection');
    await page.keyboard.press('Enter');
    await page.getByTestId('selection-menu').waitFor();
    await page.keyboard.press('e');
    await page.keyboard.press('3');
    await page.getByTestId('entity-input').waitFor();
    await eventually(async () => (await page.getByTestId('entity-option').count()) > 0, 'entity options');
    await page.keyboard.press('Enter');
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
    const id = (await ok(page, 'ArticleService', 'List'))[0].id;
    const current = await page.getByTestId('reader-title').innerText();
    const art = (await ok(page, 'ArticleService', 'List')).find((a) => a.title === current) ?? { id };
    const spans = await ok(page, 'SpanService', 'ListForArticle', art.id, false);
    assert(spans.some((x) => x.quote === 'North Korea' && x.entityType === 'place' && x.state === 'accepted'), 'no accepted place "North Korea"');
  });

  await check('keyboard only: the ? overlay lists the view keys and the word cursor', async () => {
    await page.keyboard.press('?');
    const text = await page.getByRole('dialog').last().innerText();
    assert(text.includes('Alt+1') && text.includes('Shift+'), `the overlay lacks the new keys: ${text.slice(0, 300)}`);
    await shot(page, 'shortcuts');
    await page.keyboard.press('Escape');
  });

  await check('no page errors', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
