// Text the analyst edits can hide what it says: a <textarea> obeys bidirectional
// controls, so a note "did <U+202E>ton<U+202C> happen?" (put there by another tab, an
// import or a paste) reads "did not happen?" in the editor while the stored, exported
// text says "did ton happen?". Under such a field a line says so, shows the text with
// marks, and offers "Remove them": one save, which one Undo takes back. The claim is
// written for this test.
//
//   make build/claimdesk && cd frontend && CLAIMDESK_BIN=$PWD/../build/claimdesk SCREENSHOT_DIR=$PWD/../build node e2e/invisible.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/invisible-*.png. Prints "N passed, M failed" last.

import { TIMEOUT, api, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';

const STATEMENT = 'The Corvale footbridge did \u202Eton\u202C close on Friday';
const NOTE = 'Asked the council: did \u202Eton\u202C happen? Call back \u200BMonday.';
const CLEAN_STATEMENT = 'The Corvale footbridge did ton close on Friday';
const CLEAN_NOTE = 'Asked the council: did ton happen? Call back Monday.';
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200B]/;

const shot = (page, name) => page.screenshot({ path: screenshotPath(`invisible-${name}.png`) });

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  let id = 0;
  const stored = async () => (await api(page, 'ClaimService', 'Get', id)).body;

  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });

  await check('set-up: another tab stores a claim whose statement and note hold an override', async () => {
    const r = await api(page, 'ClaimService', 'Create', { statement: STATEMENT, note: NOTE });
    assert(r.status === 200, `create: ${JSON.stringify(r.body)}`);
    id = r.body.id;
    const c = await stored();
    assert(c.statement === STATEMENT && c.note === NOTE, `stored ${JSON.stringify([c.statement, c.note])}`);
  });

  const page$ = () => page.getByTestId('claim-page');
  const statementWarning = () => page$().locator('header').getByTestId('invisible-warning');
  const noteWarning = () => page$().getByTestId('claim-note').locator('xpath=..').getByTestId('invisible-warning');

  await check('a person opens the claim: under the statement and the note a line says what they hide', async () => {
    await page.getByTestId('tab-claims').click();
    await page.getByTestId('claim-item').filter({ hasText: 'footbridge' }).click();
    await page$().waitFor({ timeout: TIMEOUT });
    const listed = await page.getByTestId('claim-item').filter({ hasText: 'footbridge' }).locator('.statement').textContent();
    assert(listed === 'The Corvale footbridge did ◂ton▪ close on Friday', `the claims list shows ${JSON.stringify(listed)}`);
    // The fields obey the controls (what the analyst would read); the lines show them.
    const noteValue = await page$().getByTestId('claim-note').inputValue();
    assert(noteValue === NOTE, `the note field holds ${JSON.stringify(noteValue)}`);
    await noteWarning().waitFor({ timeout: TIMEOUT });
    const said = await noteWarning().textContent();
    assert(said.includes('This text holds 2 invisible direction controls and 1 zero-width character'), `note line: ${JSON.stringify(said)}`);
    const shown = await noteWarning().getByTestId('invisible-shown').textContent();
    assert(shown === 'Asked the council: did ◂ton▪ happen? Call back ◇Monday.', `note shown as ${JSON.stringify(shown)}`);
    assert(!HIDDEN.test(shown), 'the shown copy still holds the characters');
    const st = await statementWarning().textContent();
    assert(st.includes('2 invisible direction controls') && st.includes('did ◂ton▪ close'), `statement line: ${JSON.stringify(st)}`);
    // Only where there is something to show: the tag field and the rest have no line.
    const lines = await page$().getByTestId('invisible-warning').count();
    assert(lines === 2, `${lines} warning lines on the page, want 2`);
    await shot(page, '01-warned');
  });

  await check('a click on "Remove them" under the note stores the note without them', async () => {
    await noteWarning().getByTestId('invisible-remove').click();
    await eventually(async () => {
      const c = await stored();
      assert(c.note === CLEAN_NOTE, `stored note ${JSON.stringify(c.note)}`);
      assert(c.statement === STATEMENT, `the statement changed too: ${JSON.stringify(c.statement)}`);
      return true;
    }, 'the cleaned note is stored');
    await noteWarning().waitFor({ state: 'detached', timeout: TIMEOUT });
    const v = await page$().getByTestId('claim-note').inputValue();
    assert(v === CLEAN_NOTE, `the note field holds ${JSON.stringify(v)}`);
  });

  await check('a click on "Remove them" under the statement stores the statement without them', async () => {
    await statementWarning().getByTestId('invisible-remove').click();
    await eventually(async () => {
      const c = await stored();
      assert(c.statement === CLEAN_STATEMENT, `stored statement ${JSON.stringify(c.statement)}`);
      return true;
    }, 'the cleaned statement is stored');
    await statementWarning().waitFor({ state: 'detached', timeout: TIMEOUT });
    assert((await page$().getByTestId('invisible-warning').count()) === 0, 'a warning line is left');
    await shot(page, '02-removed');
  });

  await check('Undo puts the statement\'s controls back, a second Undo the note\'s: one change each', async () => {
    await page.getByTestId('undo').click();
    await eventually(async () => {
      const c = await stored();
      assert(c.statement === STATEMENT, `stored statement after one Undo ${JSON.stringify(c.statement)}`);
      assert(c.note === CLEAN_NOTE, `the first Undo changed the note: ${JSON.stringify(c.note)}`);
      return true;
    }, 'one Undo restores the statement');
    await statementWarning().waitFor({ timeout: TIMEOUT });
    await page.getByTestId('undo').click();
    await eventually(async () => {
      const c = await stored();
      assert(c.note === NOTE, `stored note after the second Undo ${JSON.stringify(c.note)}`);
      return true;
    }, 'a second Undo restores the note');
    await noteWarning().waitFor({ timeout: TIMEOUT });
    const v = await page$().getByTestId('claim-note').inputValue();
    assert(v === NOTE, `the note field after Undo holds ${JSON.stringify(v)}`);
    await shot(page, '03-undone');
  });

  await check('a tag typed with a zero-width space is flagged before it is added, and cleaned in place', async () => {
    const tag = page$().getByLabel('Add tag');
    await tag.click();
    await page.keyboard.type('urg\u200Bent');
    const line = page$().locator('.tags-section').getByTestId('invisible-warning');
    await line.waitFor({ timeout: TIMEOUT });
    await line.getByTestId('invisible-remove').click();
    assert((await tag.inputValue()) === 'urgent', `the tag field holds ${JSON.stringify(await tag.inputValue())}`);
    await line.waitFor({ state: 'detached', timeout: TIMEOUT });
  });

  await check('emoji and Indic joiners in a note raise no warning', async () => {
    const note = page$().getByTestId('claim-note');
    await note.fill('Family 👩‍👩‍👧 reached क्‍षेत्र safely; می‌خواهم confirm');
    assert((await noteWarning().count()) === 0, 'a warning for joiners that belong to the text');
  });

  await check('an entity named with a zero-width space: its page says so, and "Remove them" renames it in one change', async () => {
    const hidden = 'Mar\u200Bta Holt';
    const r = await api(page, 'EntityService', 'Create', { type: 'person', name: hidden });
    assert(r.status === 200, `entity: ${JSON.stringify(r.body)}`);
    const entityId = r.body.id;
    await page.getByTestId('tab-entities').click();
    await page.getByTestId('entity-item').filter({ hasText: 'Holt' }).click();
    await page.getByTestId('entity-page').waitFor({ timeout: TIMEOUT });
    await shot(page, '04-entity-before');
    const line = page.getByTestId('entity-page').getByTestId('invisible-warning');
    await line.waitFor({ timeout: TIMEOUT });
    const said = await line.textContent();
    assert(said.includes('1 zero-width character') && said.includes('Mar◇ta Holt'), `entity line: ${JSON.stringify(said)}`);
    await shot(page, '04-entity');
    await line.getByTestId('invisible-remove').click();
    await eventually(async () => {
      const e = (await api(page, 'EntityService', 'Get', entityId)).body;
      assert(e.name === 'Marta Holt', `stored name ${JSON.stringify(e.name)}`);
      return true;
    }, 'the cleaned name is stored');
    await line.waitFor({ state: 'detached', timeout: TIMEOUT });
    await page.getByTestId('undo').click();
    await eventually(async () => {
      const e = (await api(page, 'EntityService', 'Get', entityId)).body;
      assert(e.name === hidden, `stored name after Undo ${JSON.stringify(e.name)}`);
      return true;
    }, 'Undo restores the name');
    await line.waitFor({ timeout: TIMEOUT });
  });

  // The reader and the fields read one rule (lib/invisibleChars.ts): a right-to-left mark
  // in a figure of Latin text draws "1<RLM>,500" as "1500," unless it is shown as a mark.
  const FIRE_TITLE = 'Ferry fire report from Corvale';
  const FIRE_BODY = 'The ferry fire killed 1\u200F,500 people, the harbour office said. Call back \u200BMonday.';
  await check('an article holding "1<RLM>,500": the reader shows the mark, and draws 1, the mark, ",500" in that order', async () => {
    const text = `${FIRE_TITLE}\n\n${FIRE_BODY}\n`;
    const r = await api(page, 'ImportService', 'ImportFiles', [{ name: 'fire.txt', content: Buffer.from(text, 'utf8').toString('base64') }], { encoding: '', maxBytes: 0 });
    assert(r.status === 200 && r.body.imported === 1, `import: ${JSON.stringify(r.body)}`);
    await page.reload();
    await page.getByTestId('tab-reader').click();
    await page.getByTestId('article-item').filter({ hasText: FIRE_TITLE }).click();
    await page.getByTestId('reader-title').filter({ hasText: FIRE_TITLE }).waitFor({ timeout: TIMEOUT });
    const body = page.getByTestId('article-body');
    const shown = await body.textContent();
    assert(shown.includes('killed 1‹,500 people') && shown.includes('Call back ◇Monday'), `the reader shows ${JSON.stringify(shown)}`);
    assert(!/[\u200F\u200B]/.test(shown), 'the reader still holds the characters');
    assert(shown.length === FIRE_BODY.length, `shown ${shown.length} UTF-16 units, stored ${FIRE_BODY.length}: offsets would shift`);
    // Where the browser draws them: left to right as stored (before, ",500" drew left of "1"'s pair).
    const xs = await body.evaluate((el) => {
      const node = el.firstChild;
      const i = node.data.indexOf('1‹,500');
      const left = (k) => {
        const range = document.createRange();
        range.setStart(node, i + k);
        range.setEnd(node, i + k + 1);
        return range.getBoundingClientRect().left;
      };
      return [left(0), left(1), left(2), left(3)];
    });
    assert(xs[0] < xs[1] && xs[1] < xs[2] && xs[2] < xs[3], `drawn at ${JSON.stringify(xs)}: not in the stored order`);
    await shot(page, '05-reader-rlm');
  });

  await check('no page errors', async () => {
    assert(pageErrors.length === 0, pageErrors.join('; '));
  });
});
