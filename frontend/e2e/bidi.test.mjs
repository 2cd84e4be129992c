// Article text with bidirectional control characters (U+202E RIGHT-TO-LEFT OVERRIDE and
// kin) is data too: the reader must not let them reorder what the analyst reads. A
// hostile text "the strike did <RLO>ton<PDF> happen" is shown by a browser as "did not
// happen" while the stored text (what is searched, quoted and exported) says "did ton
// happen". The reader shows each control as a visible mark instead, and selecting text
// with the mouse still quotes the stored text at the same offsets.
//
//   make build/claimdesk && cd frontend && CLAIMDESK_BIN=$PWD/../build/claimdesk node e2e/bidi.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/bidi-*.png. Prints "N passed, M failed" last.

import { TIMEOUT, api, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';

const TITLE = 'Strike report from Corvale';
const BODY = 'Union leaders said the strike did \u202Eton\u202C happen on Monday, officials in Corvale said.\n\nTalks resume \u2067\u05D1\u05E8\u05D0\u05E9\u2069 next week.';
const TEXT = `${TITLE}\n\n${BODY}\n`;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  let id;

  await check('the text is imported as written, controls included', async () => {
    await page.goto(url, { timeout: TIMEOUT });
    await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
    const r = await api(page, 'ImportService', 'ImportFiles', [{ name: 'strike.txt', content: Buffer.from(TEXT, 'utf8').toString('base64') }], { encoding: '', maxBytes: 0 });
    assert(r.status === 200 && r.body.imported === 1, `import: ${JSON.stringify(r.body)}`);
    id = r.body.items[0].articleId;
    const a = await api(page, 'ArticleService', 'Get', id);
    assert(a.body.body.includes('did \u202Eton\u202C happen'), `stored body ${JSON.stringify(a.body.body)}`);
  });

  await check('the reader shows the controls as marks: no control character reorders the text shown', async () => {
    await page.reload();
    await page.getByTestId('article-item').filter({ hasText: TITLE }).click();
    await page.getByTestId('reader-title').filter({ hasText: TITLE }).waitFor({ timeout: TIMEOUT });
    const body = page.getByTestId('article-body');
    const shown = await body.textContent();
    await page.screenshot({ path: screenshotPath('bidi-reader.png') });
    assert(!BIDI.test(shown), `the reader's text holds bidi controls: ${JSON.stringify(shown)}`);
    assert(shown.length === BODY.length, `shown ${shown.length} UTF-16 units, stored ${BODY.length}: offsets would shift`);
    assert(/did \S?ton\S? happen/.test(shown), `shown: ${JSON.stringify(shown)}`);
  });

  await check('a mouse selection of "Corvale" after the controls quotes the stored text', async () => {
    const body = page.getByTestId('article-body');
    const pts = await body.evaluate((el) => {
      const node = el.firstChild;
      const i = node.data.indexOf('Corvale');
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      const s = r.getClientRects()[0];
      r.setStart(node, i + 6);
      r.setEnd(node, i + 7);
      const e = r.getClientRects()[0];
      return { x1: s.left + 1, y1: s.top + s.height / 2, x2: e.right - 1, y2: e.top + e.height / 2 };
    });
    await page.mouse.move(pts.x1, pts.y1);
    await page.mouse.down();
    await page.mouse.move(pts.x2, pts.y2, { steps: 6 });
    await page.mouse.up();
    const menu = page.getByTestId('selection-menu');
    await menu.waitFor({ timeout: TIMEOUT });
    const q = await menu.locator('.quote').textContent();
    assert(q === '“Corvale”', `menu quote ${JSON.stringify(q)}`);
  });

  await check('a mouse selection over the controls: the menu, then the side panel, show the quote with marks', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('selection-menu').waitFor({ state: 'detached', timeout: TIMEOUT });
    const body = page.getByTestId('article-body');
    const pts = await body.evaluate((el) => {
      const node = el.firstChild;
      const i = node.data.indexOf('did ');
      const j = node.data.indexOf(' happen') + ' happen'.length;
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      const s = r.getClientRects()[0];
      r.setStart(node, j - 1);
      r.setEnd(node, j);
      const e = r.getClientRects()[0];
      return { x1: s.left + 1, y1: s.top + s.height / 2, x2: e.right - 1, y2: e.top + e.height / 2 };
    });
    await page.mouse.move(pts.x1, pts.y1);
    await page.mouse.down();
    await page.mouse.move(pts.x2, pts.y2, { steps: 6 });
    await page.mouse.up();
    const menu = page.getByTestId('selection-menu');
    await menu.waitFor({ timeout: TIMEOUT });
    const q = await menu.locator('.quote').textContent();
    await page.screenshot({ path: screenshotPath('bidi-menu.png') });
    assert(!BIDI.test(q) && q.includes('ton'), `menu quote ${JSON.stringify(q)}`);
    // Stored as a note: the stored quote keeps the controls, the side panel shows marks.
    await page.getByTestId('menu-note').click();
    await page.getByTestId('note-input').fill('reads as a denial on screen');
    await menu.getByRole('button', { name: 'Add note' }).click();
    await menu.waitFor({ state: 'detached', timeout: TIMEOUT });
    // The new note opens in the side panel (else it is picked from the span list).
    const quote = page.getByTestId('span-quote').first();
    const item = page.getByTestId('span-item').filter({ hasText: 'ton' }).first();
    await eventually(async () => (await quote.count()) > 0 || (await item.count()) > 0, 'the note in the side panel');
    if ((await quote.count()) === 0) {
      const listed = await item.locator('.q').textContent();
      assert(!BIDI.test(listed), `side panel list quote ${JSON.stringify(listed)}`);
      await item.click();
    }
    await quote.waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: screenshotPath('bidi-side-panel.png') });
    const shown = await quote.textContent();
    assert(!BIDI.test(shown) && shown.includes('ton'), `side panel quote ${JSON.stringify(shown)}`);
    const spans = (await api(page, 'SpanService', 'ListForArticle', id, true)).body ?? [];
    assert(spans.some((sp) => sp.kind === 'note' && sp.quote === 'did \u202Eton\u202C happen'), `stored spans ${JSON.stringify(spans.map((sp) => sp.quote))}`);
  });

  await check('the Undo label and the note\'s history, which quote the text, show marks too', async () => {
    const label = page.getByTestId('undo-label');
    await label.waitFor({ timeout: TIMEOUT });
    const undo = await label.textContent();
    assert(undo.includes('ton') && !BIDI.test(undo), `undo label ${JSON.stringify(undo)}`);
    const history = await page.getByTestId('side-panel').locator('.summary').allTextContents();
    assert(history.length > 0 && history.every((t) => !BIDI.test(t)), `history ${JSON.stringify(history)}`);
  });

  await check('a title with controls is shown with marks in the article list, the reader and search hits', async () => {
    // A story written for this test: its title would read "Port to close" if the
    // override were obeyed, while the stored title says "Port to esolc".
    const title = 'Port to \u202Eesolc\u202C';
    const text = `${title}\n\nHarbour officials in Corvale said the quay would stay open for ferries.\n`;
    const r = await api(page, 'ImportService', 'ImportFiles', [{ name: 'port.txt', content: Buffer.from(text, 'utf8').toString('base64') }], { encoding: '', maxBytes: 0 });
    assert(r.status === 200 && r.body.imported === 1, `import: ${JSON.stringify(r.body)}`);
    await page.reload();
    const item = page.getByTestId('article-item').filter({ hasText: 'Port to' });
    await item.waitFor({ timeout: TIMEOUT });
    const listed = await item.textContent();
    assert(!BIDI.test(listed) && /Port to \S?esolc\S?/.test(listed), `the article list shows ${JSON.stringify(listed)}`);
    await item.click();
    const h1 = page.getByTestId('reader-title').filter({ hasText: 'Port to' });
    await h1.waitFor({ timeout: TIMEOUT });
    const shown = await h1.textContent();
    assert(!BIDI.test(shown) && /Port to \S?esolc\S?/.test(shown), `the reader's title shows ${JSON.stringify(shown)}`);
    await page.getByTestId('tab-search').click();
    const box = page.getByTestId('search-box');
    await box.fill('Corvale quay');
    await box.press('Enter');
    await page.getByTestId('search-group-article').waitFor({ timeout: TIMEOUT });
    const hits = await page.getByTestId('search-hit').allTextContents();
    assert(hits.some((h) => /Port to \S?esolc\S?/.test(h)) && hits.every((h) => !BIDI.test(h)), `search hits show ${JSON.stringify(hits)}`);
    await page.screenshot({ path: screenshotPath('bidi-title.png') });
  });

  await check('an entity name with controls is shown with marks in the entity list, the side panel, the claim page and the matrix', async () => {
    // A story written for this test. Obeyed, the override makes the stored name
    // "<RLO>kcirtaP<PDF> Mensah" read "Patrick Mensah".
    const name = '\u202EkcirtaP\u202C Mensah';
    const text = `Dock walkout in Corvale\n\nDock workers in Corvale walked out on Tuesday. ${name} said the quay would stay shut until Friday.\n`;
    const r = await api(page, 'ImportService', 'ImportFiles', [{ name: 'dock.txt', content: Buffer.from(text, 'utf8').toString('base64') }], { encoding: '', maxBytes: 0 });
    assert(r.status === 200 && r.body.imported === 1, `import: ${JSON.stringify(r.body)}`);
    const articleId = r.body.items[0].articleId;
    const body = (await api(page, 'ArticleService', 'Get', articleId)).body.body;
    const cp = (phrase) => {
      const i = body.indexOf(phrase);
      const start = [...body.slice(0, i)].length;
      return { start, end: start + [...phrase].length, quote: phrase };
    };
    const span = await api(page, 'SpanService', 'Create', { articleId, kind: 'entity', entityType: 'person', entityId: null, newEntityName: name, ...cp(name), note: '', tags: [] });
    assert(span.status === 200 && span.body.entityName === name, `entity span: ${JSON.stringify(span.body)}`);
    const claim = await api(page, 'ClaimService', 'AddMention', {
      claimId: null, newStatement: 'The Corvale quay stays shut until Friday', articleId, ...cp('the quay would stay shut until Friday'),
      rawValue: '', hedge: '', speakerEntityId: span.body.entityId, channelSourceId: null, channelText: '', isDirectQuote: false,
    });
    assert(claim.status === 200, `claim: ${JSON.stringify(claim.body)}`);
    const reads = (t) => !BIDI.test(t) && /\S?kcirtaP\S? Mensah/.test(t) && !t.includes('Patrick');

    await page.reload();
    await page.getByTestId('tab-entities').click();
    await page.locator('input[aria-label="Find entity"]').fill('Mensah');
    const item = page.getByTestId('entity-item').filter({ hasText: 'Mensah' });
    await item.waitFor({ timeout: TIMEOUT });
    const listed = await item.textContent();
    assert(reads(listed), `the entity list shows ${JSON.stringify(listed)}`);
    await item.click();
    const marks = page.getByTestId('entity-name-marks');
    await marks.waitFor({ timeout: TIMEOUT });
    assert(reads(await marks.textContent()), `the entity page shows ${JSON.stringify(await marks.textContent())}`);
    await page.screenshot({ path: screenshotPath('bidi-entity.png') });

    await page.getByTestId('tab-reader').click();
    await page.getByTestId('article-item').filter({ hasText: 'Dock walkout' }).click();
    await page.getByTestId('reader-title').filter({ hasText: 'Dock walkout' }).waitFor({ timeout: TIMEOUT });
    await page.getByTestId('span-item').filter({ hasText: 'Mensah' }).first().click();
    const entityLine = page.getByTestId('span-entity');
    await entityLine.waitFor({ timeout: TIMEOUT });
    assert(reads(await entityLine.textContent()), `the side panel shows ${JSON.stringify(await entityLine.textContent())}`);

    await page.getByTestId('tab-claims').click();
    await page.getByTestId('claim-item').filter({ hasText: 'Corvale quay' }).click();
    const speaker = page.getByTestId('mention-speaker');
    await speaker.waitFor({ timeout: TIMEOUT });
    assert(reads(await speaker.textContent()), `the mention card's speaker shows ${JSON.stringify(await speaker.textContent())}`);
    const origin = await page.getByTestId('mention-origin').textContent();
    assert(reads(origin), `the mention card's origin shows ${JSON.stringify(origin)}`);
    const independence = page.getByTestId('independence');
    await eventually(async () => (await independence.locator('.name').count()) > 0, 'the independence section');
    const origins = await independence.textContent();
    assert(reads(origins), `the claim's independence section shows ${JSON.stringify(origins)}`);
    const grade = page.getByTestId('suggestion-reasons');
    await grade.waitFor({ timeout: TIMEOUT });
    const reasons = await grade.textContent();
    assert(reasons.includes('Mensah') && reads(reasons), `the suggested grade's reasons show ${JSON.stringify(reasons)}`);
    await page.screenshot({ path: screenshotPath('bidi-claim.png') });

    await page.getByTestId('tab-matrix').click();
    const attr = page.getByTestId('matrix-attribution').filter({ hasText: 'Mensah' }).first();
    await attr.waitFor({ timeout: TIMEOUT });
    assert(reads(await attr.textContent()), `the matrix cell shows ${JSON.stringify(await attr.textContent())}`);
  });

  await check('no page errors', async () => {
    assert(pageErrors.length === 0, pageErrors.join('; '));
  });
});
