// Another program holds the workspace's write lock (the sqlite3 shell after
// `BEGIN EXCLUSIVE;`) while the analyst saves Edit attribution: the page must say so in
// words, keep what was typed, and the same Save must work once the other program lets go.
// Every text is invented here.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/lockedsave.test.mjs

import { join } from 'node:path';
import { TIMEOUT, api as rawApi, assert, check, eventually, holdLock, runE2E } from './lib.mjs';

async function api(page, service, method, ...args) {
  const r = await rawApi(page, service, method, ...args);
  if (r.status !== 200) throw new Error(`${service}.${method} → HTTP ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

const STORY = 'Mirefield line shut\n\nNetwork officials in Mirefield said on Friday that eleven wagons left the track near the junction and the line would stay closed for a week.';
const STATEMENT = 'Eleven wagons left the track near Mirefield junction';

await runE2E(async ({ url, page, workDir }) => {
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('file-menu').waitFor({ timeout: TIMEOUT });
  const imported = await api(page, 'ImportService', 'ImportFiles', [{ name: 'mirefield.txt', content: Buffer.from(STORY).toString('base64') }], {});
  const articleId = imported.items[0].articleId;
  const a = await api(page, 'ArticleService', 'Get', articleId);
  const needle = 'eleven wagons left the track';
  const i = a.body.indexOf(needle);
  const start = [...a.body.slice(0, i)].length;
  const d = await api(page, 'ClaimService', 'AddMention', {
    claimId: null, newStatement: STATEMENT, articleId, start, end: start + needle.length, quote: needle,
    rawValue: 'eleven wagons', hedge: '', speakerEntityId: null, channelSourceId: null, channelText: '', isDirectQuote: false,
  });

  await page.getByTestId('tab-claims').click();
  await page.getByTestId('claim-item').filter({ hasText: STATEMENT }).first().click();
  await page.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
  const card = page.getByTestId('mention').first();
  const figure = card.getByLabel('Figure as written', { exact: true });

  const lock = holdLock(join(workDir, 'e2e.db'));
  await check('a Save while another program holds the write lock says so and keeps the typing', async () => {
    await lock.locked();
    await card.getByTestId('edit-mention').click();
    await figure.fill('twelve wagons');
    const t0 = Date.now();
    await card.getByRole('button', { name: 'Save', exact: true }).click();
    // while the save waits for the lock (up to ~20 s) the button says so and takes no second click
    const waiting = card.getByRole('button', { name: 'Saving…', exact: true });
    await waiting.waitFor({ timeout: 2000 });
    assert(await waiting.isDisabled(), 'the Save button takes a second click while the first waits');
    const banner = page.getByTestId('error-banner');
    await banner.first().waitFor({ timeout: 60_000 });
    const text = await banner.first().innerText();
    console.log(`     the message came after ${((Date.now() - t0) / 1000).toFixed(1)} s (three tries of the 5 s busy timeout, 1 s and 3 s apart)`);
    assert(/busy/.test(text) && /another program/.test(text) && /not saved/.test(text), `the banner reads ${JSON.stringify(text)}`);
    assert((await figure.inputValue()) === 'twelve wagons', `the figure field reads ${JSON.stringify(await figure.inputValue())}`);
    const m = (await api(page, 'ClaimService', 'Get', d.id)).mentions[0];
    assert(m.rawValue === 'eleven wagons', `saved ${JSON.stringify(m.rawValue)} while locked`);
  });

  await check('once the other program lets go, the same Save saves what was typed', async () => {
    await lock.release();
    await card.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(async () => (await card.getByTestId('mention-figure').count()) === 1, 'the form to close');
    const shown = await card.getByTestId('mention-figure').innerText();
    assert(shown.includes('twelve wagons'), `the card shows ${JSON.stringify(shown)}`);
    const m = (await api(page, 'ClaimService', 'Get', d.id)).mentions[0];
    assert(m.rawValue === 'twelve wagons', `stored ${JSON.stringify(m.rawValue)}`);
  });

  await check('a Save that waited for a lock let go during its retries saves without a message', async () => {
    const lock2 = holdLock(join(workDir, 'e2e.db'));
    await lock2.locked();
    await card.getByTestId('edit-mention').click();
    await figure.fill('thirteen wagons');
    await page.getByTestId('error-banner').first().getByRole('button').click().catch(() => {});
    await card.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForTimeout(2000);
    await lock2.release(); // within the UI's retries (5 s wait, 1 s, 5 s, 3 s, 5 s)
    await eventually(async () => (await api(page, 'ClaimService', 'Get', d.id)).mentions[0].rawValue === 'thirteen wagons', 'the save', 30_000);
    await eventually(async () => (await card.getByTestId('mention-figure').count()) === 1, 'the form to close');
    const banners = await page.getByTestId('error-banner').allInnerTexts();
    assert(banners.length === 0, `banners: ${JSON.stringify(banners)}`);
  });

  // Every Save that writes to the workspace says it waits (features/shell/SaveButton): the
  // claim note's and the assessment's, clicked as an analyst clicks them.
  await check("the claim note's Save reads 'Saving…' and is disabled while the workspace is held; the note is stored once it is let go", async () => {
    await page.getByTestId('error-banner').first().getByRole('button').click().catch(() => {});
    const lock3 = holdLock(join(workDir, 'e2e.db'));
    await lock3.locked();
    const noteBox = page.getByTestId('claim-note');
    await noteBox.click();
    await page.keyboard.type('Asked the rail operator for the wagon count.');
    await page.getByRole('button', { name: 'Save note', exact: true }).click();
    const waiting = page.getByTestId('claim-page').getByRole('button', { name: 'Saving…', exact: true });
    await waiting.waitFor({ timeout: 2000 });
    assert(await waiting.isDisabled(), 'the note Save takes a second click while the first waits');
    await lock3.release();
    await eventually(async () => (await api(page, 'ClaimService', 'Get', d.id)).note === 'Asked the rail operator for the wagon count.', 'the note stored', 30_000);
    await eventually(async () => (await page.getByTestId('claim-page').getByRole('button', { name: 'Saving…' }).count()) === 0, 'the button to let go');
  });

  await check("the assessment's Add reads 'Saving…' and is disabled while the workspace is held; one assessment is stored once it is let go", async () => {
    await page.getByTestId('error-banner').first().getByRole('button').click().catch(() => {});
    const lock4 = holdLock(join(workDir, 'e2e.db'));
    await lock4.locked();
    await page.getByTestId('grade-3').click();
    await page.getByTestId('assessment-rationale').fill('The operator has not confirmed the count.');
    const add = page.getByTestId('add-assessment');
    await add.click();
    await eventually(async () => (await add.innerText()).trim() === 'Saving…', `the button to read Saving… (it reads ${JSON.stringify(await add.innerText())})`, 2000);
    assert(await add.isDisabled(), 'Add assessment takes a second click while the first waits');
    await lock4.release();
    await eventually(async () => (await api(page, 'ClaimService', 'Get', d.id)).assessments?.length === 1, 'one assessment stored', 30_000);
    await eventually(async () => (await add.innerText()).trim() === 'Add assessment', 'the button to read Add assessment again');
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
