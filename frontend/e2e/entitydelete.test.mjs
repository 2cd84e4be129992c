// Deleting an entity, as a person does it: open it in the Entities view, "Delete entity…",
// read what goes (its mark, its alias) and what stays, confirm; it is gone from the list;
// Undo brings it back with its mark. The confirmation opens and closes from the keyboard
// too, and a claim's speaker is refused with the reason.
//
//   make build/claimdesk && cd frontend && CLAIMDESK_BIN=$PWD/../build/claimdesk node e2e/entitydelete.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/entitydelete-*.png. Prints "N passed, M failed" last.

import { TIMEOUT, api, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';

const NAME = 'Tessaly Vorn'; // a person made up for this test
const ALIAS = 'T. Vorn';

async function call(page, service, method, ...args) {
  const r = await api(page, service, method, ...args);
  if (r.status !== 200) throw new Error(`${service}.${method} → HTTP ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  let entityId;
  const item = () => page.getByTestId('entity-item').filter({ hasText: NAME });
  const search = () => page.getByRole('searchbox', { name: 'Find entity' });

  const ready = await check('a person with an alias and one mark, made through the API', async () => {
    await page.goto(url, { timeout: TIMEOUT });
    await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
    const articles = await call(page, 'ArticleService', 'List');
    const a = await call(page, 'ArticleService', 'Get', articles[0].id);
    const made = await call(page, 'EntityService', 'Create', { type: 'person', name: NAME, aliases: [ALIAS], note: '' });
    entityId = made.id;
    const word = a.body.split(' ')[0];
    await call(page, 'SpanService', 'Create', {
      articleId: a.id, kind: 'entity', entityType: 'person', entityId, start: 0, end: Array.from(word).length, quote: word, note: '', tags: [],
    });
    const e = await call(page, 'EntityService', 'Get', entityId);
    assert(e.mentionTotal === 1, `the mark did not go to ${NAME}: ${JSON.stringify(e)}`);
  });
  if (!ready) return;

  await check('the entity page has "Delete entity…"; the keyboard opens and Escape closes its confirmation', async () => {
    await page.getByTestId('tab-entities').click();
    await search().fill('Tessaly');
    await item().click();
    await page.getByTestId('entity-page').waitFor({ timeout: TIMEOUT });
    const button = page.getByTestId('entity-delete');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('entity-delete-dialog').waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Escape');
    await page.getByTestId('entity-delete-dialog').waitFor({ state: 'detached', timeout: TIMEOUT });
    await eventually(async () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'entity-delete'), 'the focus back on Delete entity…');
    assert((await item().count()) === 1, 'Escape deleted the entity');
  });

  await check('"Delete entity…" says what goes with it and what stays', async () => {
    await page.getByTestId('entity-delete').click();
    await page.getByTestId('entity-delete-dialog').waitFor({ timeout: TIMEOUT });
    const text = await page.getByTestId('entity-delete-summary').textContent();
    for (const want of [`Delete the person “${NAME}”.`, 'its 1 mark in 1 article', `its 1 alias (${ALIAS})`, 'Claims, articles and sources stay', 'Undo brings all of it back']) {
      assert(text.includes(want), `the confirmation ${JSON.stringify(text)} does not say ${JSON.stringify(want)}`);
    }
    await page.screenshot({ path: screenshotPath('entitydelete-confirm.png') });
  });

  await check('confirming deletes it: gone from the list and the page closed', async () => {
    await page.getByTestId('entity-delete-confirm').click();
    await page.getByTestId('entity-delete-dialog').waitFor({ state: 'detached', timeout: TIMEOUT });
    await eventually(async () => (await item().count()) === 0, `${NAME} gone from the list`);
    assert((await page.getByTestId('entity-page').count()) === 0, 'the deleted entity\'s page is still open');
    const r = await api(page, 'EntityService', 'Get', entityId);
    assert(r.status === 404 || r.body?.code === 'not_found', `the entity still answers: ${JSON.stringify(r)}`);
  });

  await check('Undo brings it back with its mark and alias', async () => {
    await page.getByTestId('undo').click();
    await eventually(async () => (await item().count()) === 1, `${NAME} back in the list`);
    await item().click();
    await page.getByTestId('entity-page').waitFor({ timeout: TIMEOUT });
    const page_ = await page.getByTestId('entity-page').textContent();
    assert(page_.includes('1 mention in 1 article') && page_.includes(ALIAS), `the page after Undo: ${JSON.stringify(page_.slice(0, 300))}`);
    await page.screenshot({ path: screenshotPath('entitydelete-undone.png') });
  });

  await check('a claim\'s speaker is refused with the reason, and stays', async () => {
    const articles = await call(page, 'ArticleService', 'List');
    const a = await call(page, 'ArticleService', 'Get', articles[1].id);
    const words = a.body.split(' ').slice(0, 5).join(' ');
    const claim = await call(page, 'ClaimService', 'AddMention', {
      newStatement: 'Tessaly Vorn announced the harbour levy', articleId: a.id, start: 0, end: Array.from(words).length, quote: words,
    }); // a statement written for this test
    await call(page, 'ClaimService', 'UpdateMention', claim.mentions[0].spanId, { speakerEntityId: entityId });
    await page.getByTestId('entity-delete').click();
    await eventually(async () => /is the speaker of 1 claim mention/.test(await page.locator('body').innerText()), 'the refusal shown');
    assert((await page.getByTestId('entity-delete-dialog').count()) === 0, 'the confirmation opened for a refused deletion');
    assert((await item().count()) === 1, 'the speaker was deleted');
  });

  await check('no page errors', async () => {
    assert(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
  });
});
