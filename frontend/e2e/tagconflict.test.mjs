// Two tabs on one `claimdesk serve` (as the desktop window and a browser on one file) open
// the same tag's Edit form in the Tags view, both rename it, both save. The second save
// used to replace the first silently (TagService.Update took no readAt); now it is refused
// in words, nothing written, the typing kept beside Reload, as every other form's save.
// A colour changed in a form opened before the other tab's rename still saves. Every name
// is invented here.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/tagconflict.test.mjs

import { TIMEOUT, api as rawApi, assert, check, eventually, runE2E } from './lib.mjs';

async function api(page, service, method, ...args) {
  const r = await rawApi(page, service, method, ...args);
  if (r.status !== 200) throw new Error(`${service}.${method} → HTTP ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

await runE2E(async ({ url, context, page }) => {
  const pageErrors = [];
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('file-menu').waitFor({ timeout: TIMEOUT });
  const tag = await api(page, 'TagService', 'Create', 'quay closure', '#E69F00');
  const tagNow = async () => (await api(page, 'TagService', 'List')).find((t) => t.id === tag.id);

  const tabA = page;
  const tabB = await context.newPage();
  for (const p of [tabA, tabB]) p.on('pageerror', (e) => pageErrors.push(e.message));
  const row = (p, name) => p.getByTestId('tag-row').filter({ hasText: name });
  const nameField = (p) => p.getByTestId('tags-view').getByLabel('Tag name', { exact: true });
  async function openEdit(p, name) {
    await p.goto(url, { timeout: TIMEOUT });
    await p.getByTestId('tab-tags').click();
    await row(p, name).getByRole('button', { name: 'Edit', exact: true }).click();
    await nameField(p).waitFor({ timeout: TIMEOUT });
  }

  await check("the second tab's rename does not silently replace the first tab's", async () => {
    await openEdit(tabA, 'quay closure');
    await openEdit(tabB, 'quay closure');
    await nameField(tabA).fill('quay works');
    await nameField(tabB).fill('harbour closure');
    await tabA.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(async () => (await tagNow()).name === 'quay works', "tab A's rename");
    await tabB.waitForTimeout(1000); // the change event reaches tab B: its form stays open
    await tabB.getByRole('button', { name: 'Save', exact: true }).click();
    await tabB.waitForTimeout(1500);
    const now = await tagNow();
    assert(now.name === 'quay works', `tab A's name was overwritten: ${JSON.stringify(now.name)}`);
    const note = tabB.getByTestId('save-conflict');
    await note.waitFor({ timeout: 5000 });
    const text = await note.getByTestId('save-conflict-message').innerText();
    assert(/This tag was changed in another window at \d\d:\d\d/.test(text) && text.includes('name'), `the message reads ${JSON.stringify(text)}`);
    assert((await note.getByTestId('save-conflict-mine').inputValue()) === 'Name: harbour closure', "tab B's typing is not shown to copy");
    assert((await nameField(tabB).inputValue()) === 'harbour closure', "tab B's field lost its typing");
  });

  await check("Reload puts the other tab's name in the field and keeps the typing; a save then works", async () => {
    await tabB.getByTestId('save-conflict-reload').click();
    await eventually(async () => (await nameField(tabB).inputValue()) === 'quay works', 'the reloaded name');
    assert((await tabB.getByTestId('save-conflict-mine').inputValue()) === 'Name: harbour closure', 'the typing went with the reload');
    await nameField(tabB).fill('quay works (north)');
    await tabB.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(async () => (await tagNow()).name === 'quay works (north)', "tab B's save after the reload");
    await row(tabB, 'quay works (north)').waitFor({ timeout: 5000 });
    assert((await tabB.getByTestId('save-conflict').count()) === 0, 'the conflict note stayed after the save');
  });

  await check("a colour changed in a form opened before the other tab's rename saves, and keeps that name", async () => {
    await openEdit(tabA, 'quay works (north)');
    await openEdit(tabB, 'quay works (north)');
    await nameField(tabA).fill('quay repairs');
    await tabA.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(async () => (await tagNow()).name === 'quay repairs', "tab A's rename");
    await tabB.waitForTimeout(1000);
    await tabB.getByTestId('tag-row').getByRole('radio', { name: 'Colour #0072B2' }).click();
    await tabB.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(async () => (await tagNow()).color.toUpperCase() === '#0072B2', "tab B's colour");
    const now = await tagNow();
    assert(now.name === 'quay repairs', `tab B's colour save put the old name back: ${JSON.stringify(now.name)}`);
    assert((await tabB.getByTestId('save-conflict').count()) === 0, 'a colour-only save was refused');
  });

  await check('no uncaught errors in the pages', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
