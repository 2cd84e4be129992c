// Two tabs on one `claimdesk serve` (as the desktop window and a browser on one file) open
// the same claim and entity, both edit the same field, both save. The second save used to
// replace the first silently; now it is refused with a message in words, nothing written,
// and the tab keeps what was typed beside a Reload. Every text is invented here.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/conflict.test.mjs

import { TIMEOUT, api as rawApi, assert, check, eventually, runE2E } from './lib.mjs';

async function api(page, service, method, ...args) {
  const r = await rawApi(page, service, method, ...args);
  if (r.status !== 200) throw new Error(`${service}.${method} → HTTP ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

const STATEMENT = 'The Orlen footbridge reopens to walkers in spring';

await runE2E(async ({ url, context, page }) => {
  const pageErrors = [];
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('file-menu').waitFor({ timeout: TIMEOUT });
  const claim = await api(page, 'ClaimService', 'Create', { statement: STATEMENT, note: '', tags: [] });
  const entity = await api(page, 'EntityService', 'Create', { type: 'organisation', name: 'Orlen Bridge Trust', aliases: [], note: '' });

  const tabA = page;
  const tabB = await context.newPage();
  for (const p of [tabA, tabB]) p.on('pageerror', (e) => pageErrors.push(e.message));
  async function openClaim(p) {
    await p.goto(url, { timeout: TIMEOUT });
    await p.getByTestId('tab-claims').click();
    await p.getByTestId('claim-item').filter({ hasText: 'Orlen footbridge' }).first().click();
    await p.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
  }
  const statementOf = async () => (await api(tabA, 'ClaimService', 'Get', claim.id)).statement;

  await check("the second tab's statement does not silently replace the first tab's", async () => {
    await openClaim(tabA);
    await openClaim(tabB);
    await tabA.getByTestId('claim-statement').fill('The Orlen footbridge reopens to walkers in April');
    await tabB.getByTestId('claim-statement').fill('The Orlen footbridge stays shut until summer');
    await tabA.getByRole('button', { name: 'Save statement' }).click();
    await eventually(async () => (await statementOf()).includes('April'), "tab A's save");
    await tabB.waitForTimeout(1000); // the change event reaches tab B: its draft stays
    await tabB.getByRole('button', { name: 'Save statement' }).click();
    await tabB.waitForTimeout(1500);
    assert((await statementOf()).includes('April'), `tab A's statement was overwritten: ${JSON.stringify(await statementOf())}`);
    const note = tabB.getByTestId('save-conflict');
    await note.waitFor({ timeout: 5000 });
    const text = await note.getByTestId('save-conflict-message').innerText();
    assert(/changed in another window at \d\d:\d\d/.test(text) && text.includes('statement'), `the message reads ${JSON.stringify(text)}`);
    assert((await statementOf()).includes('April'), `tab A's statement was overwritten: ${JSON.stringify(await statementOf())}`);
    assert((await note.getByTestId('save-conflict-mine').inputValue()).includes('until summer'), "tab B's typing is not shown to copy");
    assert((await tabB.getByTestId('claim-statement').inputValue()).includes('until summer'), "tab B's field lost its typing");
  });

  await check('Reload puts the other tab\'s statement in the field and keeps the typing to copy; a save then works', async () => {
    await tabB.getByTestId('save-conflict-reload').click();
    await eventually(async () => (await tabB.getByTestId('claim-statement').inputValue()).includes('April'), 'the reloaded statement');
    assert((await tabB.getByTestId('save-conflict-mine').inputValue()).includes('until summer'), 'the typing went with the reload');
    await tabB.getByTestId('claim-statement').fill('The Orlen footbridge reopens to walkers in late April');
    await tabB.getByRole('button', { name: 'Save statement' }).click();
    await eventually(async () => (await statementOf()).includes('late April'), "tab B's save after the reload");
  });

  await check("the second tab's note (saved on leaving the field) does not replace the first tab's", async () => {
    await tabA.getByTestId('claim-note').fill('Ask the trust for the inspection date');
    await tabB.getByTestId('claim-note').fill('Council minutes say May');
    await tabA.getByTestId('claim-statement').click(); // leaving the note saves it
    await eventually(async () => (await api(tabA, 'ClaimService', 'Get', claim.id)).note.includes('inspection'), "tab A's note");
    await tabB.waitForTimeout(1000);
    await tabB.getByTestId('claim-statement').click();
    await tabB.waitForTimeout(1500);
    const saved = (await api(tabA, 'ClaimService', 'Get', claim.id)).note;
    assert(saved.includes('inspection'), `tab A's note was overwritten: ${JSON.stringify(saved)}`);
    const note = tabB.getByTestId('save-conflict');
    await note.waitFor({ timeout: 5000 });
    assert((await note.getByTestId('save-conflict-message').innerText()).includes('note'), 'the message does not name the note');
    assert((await tabB.getByTestId('claim-note').inputValue()).includes('Council minutes'), "tab B's note field lost its typing");
  });

  await check("the second tab's entity name does not silently replace the first tab's", async () => {
    for (const p of [tabA, tabB]) {
      await p.goto(url, { timeout: TIMEOUT });
      await p.getByTestId('tab-entities').click();
      await p.getByTestId('entity-item').filter({ hasText: 'Orlen Bridge Trust' }).first().click();
      await p.getByTestId('entity-page').waitFor({ timeout: TIMEOUT });
    }
    const nameField = (p) => p.getByTestId('entity-page').getByLabel('Entity name', { exact: true });
    await nameField(tabA).fill('Orlen Footbridge Trust');
    await nameField(tabB).fill('Trust for the Orlen Bridge');
    await nameField(tabA).press('Enter');
    await eventually(async () => (await api(tabA, 'EntityService', 'Get', entity.id)).name === 'Orlen Footbridge Trust', "tab A's rename");
    await tabB.waitForTimeout(1000);
    await nameField(tabB).press('Enter');
    await tabB.waitForTimeout(1500);
    const name = (await api(tabA, 'EntityService', 'Get', entity.id)).name;
    assert(name === 'Orlen Footbridge Trust', `tab A's name was overwritten: ${JSON.stringify(name)}`);
    await tabB.getByTestId('save-conflict').waitFor({ timeout: 5000 });
    assert((await tabB.getByTestId('save-conflict-mine').inputValue()) === 'Trust for the Orlen Bridge', "tab B's typing is not shown to copy");
  });

  await check("a source form opened before another tab's reliability change does not put the old grade back", async () => {
    const src = await api(tabA, 'SourceService', 'Create', { name: 'Orlen Gazette', kind: 'outlet', reliability: 'C', url: '', note: '' });
    for (const p of [tabA, tabB]) {
      await p.goto(url, { timeout: TIMEOUT });
      await p.getByTestId('tab-sources').click();
      await p.locator('[data-testid=source-row][data-source-name="Orlen Gazette"]').getByRole('button', { name: 'Edit', exact: true }).click();
    }
    const form = (p) => p.getByRole('form', { name: 'Edit Orlen Gazette' });
    // tab A grades it B; tab B, whose form still shows C, edits the note and the grade
    await form(tabA).getByLabel('Reliability').selectOption('B');
    await form(tabA).getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(async () => (await api(tabA, 'SourceService', 'List')).find((x) => x.id === src.id).reliability === 'B', "tab A's grade");
    await form(tabB).getByLabel('Reliability').selectOption('D');
    await form(tabB).getByLabel('Note').fill('Local weekly, prints council notices');
    await form(tabB).getByRole('button', { name: 'Save', exact: true }).click();
    await tabB.waitForTimeout(1500);
    const now = (await api(tabA, 'SourceService', 'List')).find((x) => x.id === src.id);
    assert(now.reliability === 'B' && now.note === '', `tab A's grade was overwritten: ${JSON.stringify(now)}`);
    await tabB.getByTestId('save-conflict').waitFor({ timeout: 5000 });
    const mine = await tabB.getByTestId('save-conflict-mine').inputValue();
    assert(mine.includes('Reliability: D') && mine.includes('council notices'), `the typing to copy reads ${JSON.stringify(mine)}`);
    // a note alone, from a form opened before tab A's grade: saved, the grade stays B
    await tabB.getByTestId('save-conflict-reload').click();
    await eventually(async () => (await form(tabB).getByLabel('Reliability').inputValue()) === 'B', 'the reloaded form');
    await form(tabB).getByLabel('Note').fill('Local weekly');
    await form(tabB).getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(async () => {
      const x = (await api(tabA, 'SourceService', 'List')).find((y) => y.id === src.id);
      return x.note === 'Local weekly' && x.reliability === 'B';
    }, "tab B's note after the reload");
  });

  await check('no uncaught errors in the pages', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
