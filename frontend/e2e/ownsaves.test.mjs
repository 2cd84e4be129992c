// A window's own saves are never taken for another window's. The analyst saves the claim
// note while another program holds the workspace (the save waits, retrying), types on in
// the note meanwhile, and saves again once the first has landed: the second save builds on
// the first, so it must save, not say the claim "was changed in another window". Every
// text is invented here.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/ownsaves.test.mjs

import { join } from 'node:path';
import { TIMEOUT, api as rawApi, assert, check, eventually, holdLock, runE2E } from './lib.mjs';

async function api(page, service, method, ...args) {
  const r = await rawApi(page, service, method, ...args);
  if (r.status !== 200) throw new Error(`${service}.${method} → HTTP ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

const STATEMENT = 'The Harwick ferry pier reopens on Thursday';

await runE2E(async ({ url, page, workDir }) => {
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('file-menu').waitFor({ timeout: TIMEOUT });
  const c = await api(page, 'ClaimService', 'Create', { statement: STATEMENT });

  await page.getByTestId('tab-claims').click();
  await page.getByTestId('claim-item').filter({ hasText: STATEMENT }).first().click();
  await page.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
  const noteBox = page.getByTestId('claim-note');
  const saveNote = page.getByTestId('claim-page').getByRole('button', { name: 'Save note', exact: true });

  await check('a note typed on while its first save waited saves again, without a conflict', async () => {
    const lock = holdLock(join(workDir, 'e2e.db'));
    await lock.locked();
    await noteBox.click();
    await page.keyboard.type('Pier office says Thursday.');
    await saveNote.click();
    await page.getByTestId('claim-page').getByRole('button', { name: 'Saving…', exact: true }).waitFor({ timeout: 2000 });
    // the analyst goes on typing while the save waits
    await noteBox.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Harbour master not reached.');
    await lock.release();
    await eventually(async () => (await api(page, 'ClaimService', 'Get', c.id)).note === 'Pier office says Thursday.', 'the first save to land', 30_000);
    await eventually(async () => (await page.getByTestId('claim-page').getByRole('button', { name: 'Saving…' }).count()) === 0, 'the button to let go');
    await saveNote.click();
    const want = 'Pier office says Thursday. Harbour master not reached.';
    await eventually(async () => {
      const text = await page.getByTestId('claim-page').innerText();
      if (text.includes('changed in another window')) throw new Error(`the second save was refused: ${JSON.stringify(text.slice(text.indexOf('This claim'), text.indexOf('This claim') + 160))}`);
      return (await api(page, 'ClaimService', 'Get', c.id)).note === want;
    }, 'the second save to store the whole note', 15_000);
  });

  await check('a statement saved twice in a row from the page, the second typed while the first waited', async () => {
    const statement = page.getByTestId('claim-page').getByRole('textbox', { name: 'Canonical statement' });
    const lock = holdLock(join(workDir, 'e2e.db'));
    await lock.locked();
    await statement.fill('The Harwick ferry pier reopens on Friday');
    await statement.press('Enter');
    await page.waitForTimeout(500);
    await statement.fill('The Harwick ferry pier reopens on Friday morning');
    await lock.release();
    await eventually(async () => (await api(page, 'ClaimService', 'Get', c.id)).statement === 'The Harwick ferry pier reopens on Friday', 'the first save to land', 30_000);
    await page.waitForTimeout(500);
    await statement.press('Enter');
    await eventually(async () => {
      const text = await page.getByTestId('claim-page').innerText();
      if (text.includes('changed in another window')) throw new Error('the second statement save was refused as another window\'s');
      return (await api(page, 'ClaimService', 'Get', c.id)).statement === 'The Harwick ferry pier reopens on Friday morning';
    }, 'the second statement save', 15_000);
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
