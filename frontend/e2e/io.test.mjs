// End-to-end test of import, suggestions and export through the UI: the real
// `claimdesk serve` on the seed corpus, Chromium driven by playwright-core.
// Imports through the browser's file input (in-memory files) and a synthetic
// HTML5 drop; the summary (imported / duplicate / rejected with reasons); the
// progress bar; "Suggest entities" and the Suggestions review (accept with the
// keyboard, reject, accept all above 0.9 for places, undo); exporting
// annotations as CSV through a download.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/io.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/io-*.png. Prints "N passed, M failed" last.

import { readFileSync } from 'node:fs';
import { api, assert, check, eventually, fileMenu, parseCsv, runE2E, screenshotPath, skip, TIMEOUT } from './lib.mjs';

const REUTERS = "Russian culture minister in North Korea praises 'unprecedented' cooperation";

const TXT = {
  name: 'harbour-report.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    'Harbour authority reports record cargo in Rotterdam\n\nThe Port of Rotterdam Authority said on Tuesday that cargo volumes rose by around 4% last year, ' +
      'driven by container traffic from Singapore. Chief executive Boudewijn Siemons told reporters in Rotterdam that the outlook remained uncertain.\n',
  ),
};
const HTML = {
  name: 'council.html',
  mimeType: 'text/html',
  buffer: Buffer.from(
    '<!doctype html><html><head><title>City council approves new tram line</title><meta name="author" content="Ana Reyes">' +
      '<script>window.pwned = true</script></head><body><nav>Home | News</nav><article><h1>City council approves new tram line</h1>' +
      '<p>The Lisbon city council voted on Monday to approve a new tram line along the river, Mayor Carlos Moedas said.</p>' +
      '<p>Construction is expected to cost over 200 million euros.</p></article></body></html>',
  ),
};
// The first bytes of a PNG: binary, whatever its name says.
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);

async function articleCount(page) {
  return page.getByTestId('article-item').count();
}

async function openImport(page) {
  await fileMenu(page, 'import-open');
  await page.getByTestId('import-dialog').waitFor({ timeout: TIMEOUT });
}

async function summaryCount(page, key) {
  return Number(await page.getByTestId(`import-count-${key}`).locator('dd').textContent());
}

async function closeSummary(page) {
  await page.getByTestId('import-summary').getByRole('button', { name: 'Close' }).first().click();
  await page.getByTestId('import-summary').waitFor({ state: 'detached', timeout: TIMEOUT });
}

/** Imports files through the dialog's file input and waits for the summary. */
async function importThroughInput(page, files) {
  await openImport(page);
  await page.getByTestId('import-input').setInputFiles(files);
  await page.getByTestId('import-summary').waitFor({ timeout: TIMEOUT });
}

async function spansOf(page, articleId) {
  const r = await api(page, 'SpanService', 'ListForArticle', articleId, true);
  assert(r.status === 200, `ListForArticle: HTTP ${r.status} ${JSON.stringify(r.body)}`);
  return r.body ?? [];
}

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  let before = 0;
  let reutersId;
  let txtId;

  await check('the app opens with Import… and Export… in the top bar\'s File menu, not covered by other controls', async () => {
    await page.goto(url, { timeout: TIMEOUT });
    await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
    before = await articleCount(page);
    await page.getByTestId('file-menu').click();
    for (const id of ['import-open', 'export-open']) assert(await page.getByTestId(id).isVisible(), `${id} not visible`);
    // Nothing may sit over the menu's items.
    for (const id of ['import-open', 'export-open']) await page.getByTestId(id).click({ trial: true, timeout: 5_000 });
    await page.keyboard.press('Escape');
    const { body } = await api(page, 'ArticleService', 'List');
    reutersId = body.find((a) => a.title === REUTERS)?.id;
    assert(reutersId, 'the Reuters seed article is missing');
  });

  // ---- import ---------------------------------------------------------------
  await check('importing a .txt and an .html through the file input: summary says 2 imported, the list grows', async () => {
    await openImport(page);
    const opts = await page.getByTestId('import-encoding').locator('option').allTextContents();
    assert(opts.length === 9 && opts.some((o) => o.includes('Windows-1252')) && opts.some((o) => o.includes('Shift-JIS')), `encodings: ${opts}`);
    await page.screenshot({ path: screenshotPath('io-import-dialog.png') });
    await page.getByTestId('import-input').setInputFiles([TXT, HTML]);
    await page.getByTestId('import-summary').waitFor({ timeout: TIMEOUT });
    assert((await summaryCount(page, 'imported')) === 2, `imported ${await summaryCount(page, 'imported')}`);
    assert((await summaryCount(page, 'rejected')) === 0, 'something was rejected');
    const stored = await page.getByTestId('import-stored').textContent();
    assert(stored.includes('Harbour authority reports record cargo in Rotterdam') && stored.includes('City council approves new tram line'), `stored: ${stored}`);
    await eventually(async () => (await articleCount(page)) === before + 2, 'two more articles in the list');
    assert(!(await page.evaluate(() => window.pwned)), 'a script in the imported HTML ran');
    await page.screenshot({ path: screenshotPath('io-summary.png') });
    const { body } = await api(page, 'ArticleService', 'List');
    txtId = body.find((a) => a.title === 'Harbour authority reports record cargo in Rotterdam')?.id;
    assert(txtId, 'the .txt article is not listed by ArticleService');
    await closeSummary(page);
  });

  await check('a file of PNG bytes is rejected with its reason shown; a .png by its kind', async () => {
    await importThroughInput(page, [
      { name: 'broken.txt', mimeType: 'text/plain', buffer: PNG_BYTES },
      { name: 'photo.png', mimeType: 'image/png', buffer: PNG_BYTES },
    ]);
    assert((await summaryCount(page, 'rejected')) === 2, `rejected ${await summaryCount(page, 'rejected')}`);
    assert((await summaryCount(page, 'imported')) === 0, 'something was imported');
    const items = page.getByTestId('import-rejected').locator('li');
    assert((await items.count()) === 2, 'not two rejected items');
    for (const name of ['broken.txt', 'photo.png']) {
      const li = items.filter({ hasText: name });
      const reason = (await li.locator('.reason').textContent()).trim();
      assert(reason.length > 10 && reason !== 'rejected', `${name}: reason ${JSON.stringify(reason)}`);
    }
    await page.screenshot({ path: screenshotPath('io-rejected.png') });
    await closeSummary(page);
    assert((await articleCount(page)) === before + 2, 'the list changed');
  });

  await check('importing the same .txt again reports a duplicate', async () => {
    await importThroughInput(page, [TXT]);
    assert((await summaryCount(page, 'duplicates')) === 1, `duplicates ${await summaryCount(page, 'duplicates')}`);
    assert((await summaryCount(page, 'imported')) === 0, 'imported again');
    assert((await page.getByTestId('import-summary-line').textContent()).includes('1 duplicate'), 'summary line');
    await closeSummary(page);
  });

  await check('a synthetic HTML5 drop of a Markdown file imports it', async () => {
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['# Dropped briefing on grain exports\n\nUkraine shipped over 3 million tonnes of grain through Odesa in May, officials said.\n'], 'dropped.md', { type: 'text/markdown' }));
      const target = document.querySelector('[data-testid="article-item"]') ?? document.body;
      for (const type of ['dragenter', 'dragover']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
    });
    await page.getByTestId('import-summary').waitFor({ timeout: TIMEOUT });
    assert((await summaryCount(page, 'imported')) === 1, `imported ${await summaryCount(page, 'imported')}`);
    assert((await page.getByTestId('import-stored').textContent()).includes('Dropped briefing on grain exports'), 'title');
    await eventually(async () => (await articleCount(page)) === before + 3, 'the dropped article in the list');
    assert((await page.getByTestId('drop-overlay').count()) === 0, 'the drop overlay stayed');
    await closeSummary(page);
  });

  await check('the drop overlay shows while files are dragged over the window', async () => {
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['x'], 'x.txt'));
      document.body.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: dt }));
    });
    await page.getByTestId('drop-overlay').waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: screenshotPath('io-drop.png') });
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['x'], 'x.txt'));
      document.body.dispatchEvent(new DragEvent('dragleave', { bubbles: true, cancelable: true, dataTransfer: dt }));
    });
    await page.getByTestId('drop-overlay').waitFor({ state: 'detached', timeout: TIMEOUT });
  });

  await check('a larger import shows the progress bar with Cancel, then the summary', async () => {
    const files = Array.from({ length: 120 }, (_, i) => ({
      name: `wire-${String(i).padStart(3, '0')}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`Wire item ${i}: officials in Geneva comment\n\n${`Officials in Geneva said talks would continue, item ${i}. `.repeat(40)}\n`),
    }));
    await openImport(page);
    // Record what the bar showed, however fast the import is.
    await page.evaluate(() => {
      window.__bar = { seen: false, cancel: false, counted: false };
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="progress-import"]');
        if (!bar) return;
        window.__bar.seen = true;
        window.__bar.cancel ||= !!bar.querySelector('[data-testid="progress-cancel-import"]');
        window.__bar.counted ||= /\d+ \/ 120/.test(bar.textContent ?? '');
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.getByTestId('import-input').setInputFiles(files);
    try {
      await page.getByTestId('progress-import').waitFor({ timeout: TIMEOUT });
      await page.screenshot({ path: screenshotPath('io-progress.png') });
    } catch {
      // Gone already: the observer below still tells what was shown.
    }
    await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
    try {
      const bar = await page.evaluate(() => window.__bar);
      assert(bar.seen && bar.cancel, `progress bar ${JSON.stringify(bar)}`);
      assert(bar.counted, 'the bar never showed "n / 120"');
      const n = await summaryCount(page, 'imported');
      assert(n === 120, `imported ${n} of 120`);
      await page.getByTestId('progress-import').waitFor({ state: 'detached', timeout: TIMEOUT });
    } finally {
      await closeSummary(page);
    }
  });

  let autoSuggest = false;
  await check('suggestions run in the background after an import (or are reported as not wired yet)', async () => {
    try {
      await eventually(async () => {
        const r = await api(page, 'SuggestionService', 'List', { articleId: txtId, type: '', minConfidence: 0, rule: '', limit: 0 });
        return r.status === 200 && (r.body ?? []).length > 0;
      }, 'suggestions for the imported .txt', 8_000);
      autoSuggest = true;
    } catch {
      skip('background suggestions after import', 'none appeared for the imported article within 8 s; the Go hook may not be in this build');
    }
  });
  if (autoSuggest) console.log('     (background suggestions after import: yes)');

  // ---- suggestions ------------------------------------------------------------
  await check('"Suggest entities" on the Reuters article lists suggestions in the Suggestions view (Olga Lyubimova as a person)', async () => {
    await page.getByTestId('tab-reader').click();
    await page.getByTestId('article-item').filter({ hasText: REUTERS }).click();
    await page.getByTestId('reader-title').filter({ hasText: REUTERS }).waitFor({ timeout: TIMEOUT });
    await page.getByTestId('tab-suggestions').click();
    await page.getByTestId('suggest-current').filter({ hasText: REUTERS }).click();
    const notice = page.getByTestId('progress-notice');
    await notice.waitFor({ timeout: TIMEOUT });
    // A new workspace already has the sample's suggestions (made when it was created), so
    // running again may find nothing new; either way the notice names the article.
    assert(/(\d+ new|No new) suggestions? in “Russian culture minister/.test(await notice.textContent()), `notice: ${await notice.textContent()}`);
    // The notice's Review opens the list on that article (it is open already).
    await notice.getByRole('button', { name: 'Review' }).click();
    await page.getByTestId('view-suggestions').waitFor({ timeout: TIMEOUT });
    const olga = page.getByTestId('suggestion-row').filter({ hasText: 'Olga Lyubimova' }).first();
    await olga.waitFor({ timeout: TIMEOUT });
    assert((await olga.getAttribute('data-type')) === 'person', `Olga is a ${await olga.getAttribute('data-type')}`);
    // A name's confidence is calibrated, and its tooltip says so.
    const conf = olga.getByTestId('suggestion-confidence');
    await conf.hover();
    const title = await conf.getAttribute('title');
    const shown = Number((await conf.textContent()).trim());
    assert(title.includes(`about ${Math.round(shown * 100)} in 100 suggestions like this one were right`), `confidence ${shown}, title: ${title}`);
    assert(await page.getByTestId('suggestions-group-person').isVisible(), 'no person group');
    const sel = await page.getByTestId('suggestions-article').inputValue();
    assert(Number(sel) === reutersId, `article filter ${sel}`);
    await page.screenshot({ path: screenshotPath('io-suggestions.png'), fullPage: false });
  });

  let acceptedId;
  await check('A on the focused row accepts it: an accepted span linked to an entity', async () => {
    const olga = page.getByTestId('suggestion-row').filter({ hasText: 'Olga Lyubimova' }).first();
    acceptedId = Number(await olga.getAttribute('data-span-id'));
    await olga.focus();
    await page.keyboard.press('a');
    await page.locator(`[data-testid="suggestion-row"][data-span-id="${acceptedId}"]`).waitFor({ state: 'detached', timeout: TIMEOUT });
    const s = (await spansOf(page, reutersId)).find((x) => x.id === acceptedId);
    assert(s && s.state === 'accepted', `span ${acceptedId}: ${JSON.stringify(s)}`);
    assert(s.entityId !== null && s.entityType === 'person', `not linked: ${JSON.stringify(s)}`);
    // The focus moved to the next row, so J/K/A/R keep working. It moves once the
    // accept's refreshes are in, which can be just after the row left the list.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'suggestion-row', null, { timeout: 2000 }).catch(() => {});
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    assert(focused === 'suggestion-row', `focus on ${focused}`);
  });

  await check('J moves down, Reject rejects a row (kept as rejected)', async () => {
    await page.keyboard.press('j');
    const row = page.locator('[data-testid="suggestion-row"]:focus');
    const id = Number(await row.getAttribute('data-span-id'));
    await row.getByTestId('suggestion-reject').click();
    await page.locator(`[data-testid="suggestion-row"][data-span-id="${id}"]`).waitFor({ state: 'detached', timeout: TIMEOUT });
    const s = (await spansOf(page, reutersId)).find((x) => x.id === id);
    assert(s && s.state === 'rejected', `span ${id}: ${JSON.stringify(s)}`);
  });

  let placeIds = [];
  await check('"Accept all shown above 0.90" for places asks with the count, then accepts them', async () => {
    await page.getByTestId('suggestions-type-place').click();
    await page.getByTestId('suggestions-min').evaluate((el) => {
      el.value = '0.9';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    assert((await page.getByTestId('suggestions-min-value').textContent()) === '0.90', 'slider value');
    const r = await api(page, 'SuggestionService', 'List', { articleId: reutersId, type: 'place', minConfidence: 0.9, rule: '', limit: 0 });
    placeIds = (r.body ?? []).map((s) => s.spanId);
    assert(placeIds.length > 0, 'no place suggestions above 0.9 in the Reuters article');
    await eventually(async () => (await page.getByTestId('suggestion-row').count()) === placeIds.length, `${placeIds.length} rows shown`);
    await page.getByTestId('suggestions-accept-all').click();
    const confirm = page.getByTestId('suggestions-confirm');
    await confirm.waitFor({ timeout: TIMEOUT });
    const text = await confirm.textContent();
    assert(text.includes(`Accept ${placeIds.length} place suggestion`) && text.includes('0.90') && text.includes(REUTERS), `confirm: ${text}`);
    await page.screenshot({ path: screenshotPath('io-accept-all.png') });
    await page.getByTestId('suggestions-confirm-yes').click();
    await eventually(async () => (await page.getByTestId('suggestion-row').count()) === 0, 'the places gone from the list');
    const spans = await spansOf(page, reutersId);
    for (const id of placeIds) assert(spans.find((s) => s.id === id)?.state === 'accepted', `place ${id} not accepted`);
  });

  await check('Undo in the toolbar brings the accepted places back as suggestions', async () => {
    const label = await eventually(async () => {
      const t = await page.getByTestId('undo').getAttribute('title');
      return /accept all above 0\.90/i.test(t) ? t : '';
    }, 'the undo title naming the accept-all');
    assert(label, 'no undo title');
    await page.getByTestId('undo').click();
    await eventually(async () => (await page.getByTestId('suggestion-row').count()) === placeIds.length, 'the places back in the list');
    const spans = await spansOf(page, reutersId);
    for (const id of placeIds) assert(spans.find((s) => s.id === id)?.state === 'suggested', `place ${id} not suggested again`);
    await page.getByTestId('redo').click();
    await eventually(async () => (await page.getByTestId('suggestion-row').count()) === 0, 'redo accepts them again');
  });

  await check('accepting a suggestion in the reader links its entity (SuggestionService.Accept)', async () => {
    const r = await api(page, 'SuggestionService', 'List', { articleId: reutersId, type: 'person', minConfidence: 0, rule: '', limit: 0 });
    const target = (r.body ?? []).find((s) => s.isNewEntity) ?? (r.body ?? [])[0];
    if (!target) return skip('accept in the reader', 'no person suggestion left');
    // "Show" opens the reader on it (a deep link, which selects it); then A accepts.
    await page.getByTestId('suggestions-min').evaluate((el) => {
      el.value = '0';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.getByTestId('suggestions-type-person').click();
    const row = page.locator(`[data-testid="suggestion-row"][data-span-id="${target.spanId}"]`);
    await row.getByRole('button', { name: 'Show' }).click();
    await page.getByTestId('reader-title').filter({ hasText: REUTERS }).waitFor({ timeout: TIMEOUT });
    await page.locator(`[data-testid="span-detail"][data-span-id="${target.spanId}"]`).waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: screenshotPath('io-reader-suggestion.png') });
    await page.locator('body').press('a');
    await eventually(async () => (await spansOf(page, reutersId)).find((s) => s.id === target.spanId)?.state === 'accepted', 'accepted through the reader');
    const s = (await spansOf(page, reutersId)).find((x) => x.id === target.spanId);
    assert(s.entityId !== null, `no entity linked: ${JSON.stringify(s)}`);
  });

  // ---- export -------------------------------------------------------------------
  await check('exporting annotations as CSV downloads a file with offset_unit and rows', async () => {
    await fileMenu(page, 'export-open');
    await page.getByTestId('export-dialog').waitFor({ timeout: TIMEOUT });
    await page.getByTestId('export-what').selectOption('annotations');
    await page.getByTestId('export-format-csv').check();
    const formats = await page.getByTestId('export-dialog').locator('input[name="format"]').count();
    assert(formats === 4, `annotations offer ${formats} formats (csv, jsonl, xlsx, webannotation)`);
    await page.getByTestId('export-excel').check();
    await page.screenshot({ path: screenshotPath('io-export.png') });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), page.getByTestId('export-run').click()]);
    assert(/^claimdesk-annotations-\d{8}\.csv$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
    const path = await download.path();
    const bytes = readFileSync(path);
    assert(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, 'no UTF-8 BOM with Excel-friendly');
    const rows = parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, '')).filter((r) => r.length > 1 || r[0] !== '');
    const header = rows[0];
    assert(header.includes('offset_unit') && header.includes('quote') && header.includes('state'), `header: ${header}`);
    assert(rows.length > 5, `only ${rows.length - 1} rows`);
    const unit = header.indexOf('offset_unit');
    assert(rows.slice(1).every((r) => r[unit] === 'codepoint'), 'offset_unit not codepoint everywhere');
    assert(rows.slice(1).every((r) => r.length === header.length), 'ragged rows');
    const quote = header.indexOf('quote');
    assert(rows.some((r) => r[quote] === 'Olga Lyubimova'), 'the accepted Olga Lyubimova is not in the export');
    const result = page.getByTestId('export-result');
    await result.waitFor({ timeout: TIMEOUT });
    assert((await result.textContent()).includes(`Exported ${rows.length - 1} rows`), `result: ${await result.textContent()}`);
    await page.screenshot({ path: screenshotPath('io-export-done.png') });
  });

  await check('exporting annotations as an Excel workbook downloads a real .xlsx', async () => {
    if (!(await page.getByTestId('export-dialog').isVisible())) await fileMenu(page, 'export-open');
    await page.getByTestId('export-dialog').waitFor({ timeout: TIMEOUT });
    await page.getByTestId('export-format-xlsx').check();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), page.getByTestId('export-run').click()]);
    assert(/^claimdesk-annotations-\d{8}\.xlsx$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
    const bytes = readFileSync(await download.path());
    assert(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes.length > 2000, `not a zip workbook: ${bytes.length} bytes starting ${bytes.subarray(0, 4).toString('hex')}`);
    assert(bytes.includes(Buffer.from('xl/worksheets/sheet1.xml')), 'no worksheet in the workbook');
  });

  await check('the export article picker finds an article by title, without the whole list', async () => {
    const asked = [];
    const onRequest = (r) => asked.push(r.url());
    page.on('request', onRequest);
    try {
      const articles = (await api(page, 'ArticleService', 'ListPage', 0, 1)).body;
      const title = articles.items[0].title;
      const word = title.split(/[^\p{L}\p{N}]+/u).find((w) => w.length >= 4) ?? title.split(' ')[0];
      await page.getByTestId('export-article-find').focus();
      await page.keyboard.type(word.slice(0, -1)); // a prefix of the word
      const option = page.getByTestId('export-article').locator('option', { hasText: title });
      await eventually(async () => (await option.count()) > 0, `no option for "${title}" after typing "${word.slice(0, -1)}"`);
      await page.getByTestId('export-article').selectOption({ value: String(articles.items[0].id) });
      assert((await page.getByTestId('export-article').inputValue()) === String(articles.items[0].id), 'the article is not chosen');
      // The choice stays while another title is looked for.
      await page.getByTestId('export-article-find').fill('zzzqqq');
      await eventually(async () => (await page.getByTestId('export-article').locator('option', { hasText: 'No title matches' }).count()) === 1, 'no "no match" option');
      assert((await page.getByTestId('export-article').inputValue()) === String(articles.items[0].id), 'the choice was lost');
      await page.getByTestId('export-article').selectOption({ value: '0' });
      assert(!asked.some((u) => /\/ArticleService\/List(\?|$)/.test(u)), 'the dialog asked for the whole article list');
    } finally {
      page.off('request', onRequest);
    }
  });

  await check('the claims export offers ClaimReview and hides the state filter', async () => {
    await page.getByTestId('export-what').selectOption('claims');
    assert((await page.getByTestId('export-format-claimreview').count()) === 1, 'no ClaimReview');
    assert((await page.getByTestId('export-format-webannotation').count()) === 0, 'Web Annotation offered for claims');
    assert(await page.getByTestId('export-state').isDisabled(), 'state filter enabled for claims');
    await page.keyboard.press('Escape');
    await page.getByTestId('export-dialog').waitFor({ state: 'detached', timeout: TIMEOUT });
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
    const banners = await page.getByTestId('error-banner').allTextContents();
    assert(banners.length === 0, `error banners: ${banners.join(' | ')}`);
  });
});
