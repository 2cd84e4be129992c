// End-to-end test of Merge Workspace… in the browser: two analysts' workspaces (the
// served one and a colleague's copy, each served by the real `claimdesk serve`) reword
// the same claim differently and the colleague adds a claim; the analyst opens
// Merge…, picks the colleague's file with the browser's file chooser, sees the conflict
// with both wordings, clicks "Theirs", merges, and undoes the merge with the top bar's
// Undo button. Merging the same file again asks again (the undo took the merge back
// whole); Theirs again, then Ctrl+Z. Then the same from the colleague's export bundle
// (claimdesk export --what bundle): picked in the same dialog, the conflict asked again,
// merged, their claim and their history brought in. Last, the analyst deletes their
// claim and previews the colleague's file again: the preview says the claim is left out
// because it was deleted here.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/merge.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/merge-*.png. Prints "N passed, M failed" last.

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { api, assert, check, eventually, fileMenu, findBinary, runE2E, screenshotPath, startServer, stopServer, TIMEOUT } from './lib.mjs';

const ORIGINAL = 'A 125-strong Russian delegation arrived in Pyongyang';
const MINE = 'A delegation of 125 Russians arrived in Pyongyang';
const THEIRS = 'About 125 Russian officials arrived in Pyongyang';
const ADDED = 'The ministers signed a plan for cultural exchanges';

/** Calls the colleague's server from Node (its token as a header, as scripts do). */
async function remote(url, service, method, ...args) {
  const u = new URL(url);
  const res = await fetch(`${u.origin}/api/${service}/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Claimdesk-Token': u.searchParams.get('token') },
    body: JSON.stringify(args),
  });
  const body = await res.json();
  assert(res.ok, `${service}.${method}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

await runE2E(async ({ url, page, workDir }) => {
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
  let claimId = 0;
  const theirDir = join(workDir, 'colleague');
  const theirFile = join(theirDir, 'e2e.db');

  await check('two analysts edit copies of one workspace apart', async () => {
    const made = await api(page, 'ClaimService', 'Create', { statement: ORIGINAL, note: '', tags: [] });
    assert(made.status === 200, `create: ${JSON.stringify(made)}`);
    claimId = made.body.id;
    mkdirSync(theirDir, { recursive: true });
    execFileSync(findBinary(), ['backup', '--db', join(workDir, 'e2e.db'), theirFile]);
    const colleague = startServer(findBinary(), theirDir);
    try {
      const theirUrl = await colleague.url;
      await remote(theirUrl, 'ClaimService', 'Update', claimId, { statement: THEIRS });
      await remote(theirUrl, 'ClaimService', 'Create', { statement: ADDED, note: '', tags: [] });
    } finally {
      await stopServer(colleague.child);
    }
    const mine = await api(page, 'ClaimService', 'Update', claimId, { statement: MINE });
    assert(mine.status === 200, `update: ${JSON.stringify(mine)}`);
  });

  /** Opens Merge… and picks file with the browser's file chooser, as a person does. */
  async function pick(file) {
    await fileMenu(page, 'merge-open');
    await page.getByTestId('merge-dialog').waitFor({ timeout: TIMEOUT });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('merge-choose').click()]);
    await chooser.setFiles(file);
  }

  /** The one conflict is listed with both wordings, and Merge waits for a decision. */
  async function conflictShown(what) {
    const conflict = page.getByTestId('merge-conflict');
    await conflict.waitFor({ timeout: TIMEOUT });
    assert((await conflict.count()) === 1, `${what}: ${await conflict.count()} conflicts`);
    const text = await conflict.innerText();
    assert(text.includes(MINE) && text.includes(THEIRS), `${what}: conflict shows: ${text}`);
    assert(await page.getByTestId('merge-run').isDisabled(), `${what}: Merge is enabled with a conflict undecided`);
  }

  /** Clicks Theirs, then Merge, and waits for the merged summary. */
  async function takeTheirsAndMerge() {
    await page.getByTestId('merge-take-theirs').click();
    await page.getByTestId('merge-run').click();
    await eventually(async () => {
      const s = await page.getByTestId('merge-summary').innerText();
      assert(s.startsWith('Merged'), `summary: ${s}`);
      return true;
    }, 'the merged summary', 30_000);
  }

  async function closeDialog() {
    await page.getByTestId('merge-close').click();
    await page.getByTestId('merge-dialog').waitFor({ state: 'detached', timeout: TIMEOUT });
  }

  /** The claim reads statement, and their added claim is here or not. */
  async function claimIs(statement, added, what) {
    await eventually(async () => {
      const got = await api(page, 'ClaimService', 'Get', claimId);
      assert(got.body.statement === statement, `claim ${what}: ${got.body.statement}`);
      const list = await api(page, 'ClaimService', 'List', {});
      assert(JSON.stringify(list.body).includes(ADDED) === added, `their claim ${added ? 'is not' : 'is still'} here ${what}`);
      return true;
    }, `the claim ${what}`, 30_000);
  }

  await check('Merge… previews the colleague file with the conflict and both wordings', async () => {
    await pick(theirFile);
    await conflictShown('first preview');
    const summary = await page.getByTestId('merge-summary').innerText();
    assert(summary.includes('1 claim'), `summary: ${summary}`);
    await page.screenshot({ path: screenshotPath('merge-preview.png') });
  });

  await check('choosing Theirs and merging takes their wording and adds their claim', async () => {
    await takeTheirsAndMerge();
    await page.screenshot({ path: screenshotPath('merge-done.png') });
    await claimIs(THEIRS, true, 'after the merge');
  });

  await check('the top bar\'s Undo button undoes the whole merge', async () => {
    await closeDialog();
    const undo = page.getByTestId('undo');
    await eventually(async () => (await page.getByTestId('undo-label').innerText()) === 'merge e2e.db', 'Undo to offer the merge');
    await undo.click();
    await claimIs(MINE, false, 'after undo');
  });

  // The undo took the merge back whole: merging the same file again is the first merge again.
  await check('merging the same file after the undo shows the conflict again', async () => {
    await pick(theirFile);
    await conflictShown('merge again after undo');
    await page.screenshot({ path: screenshotPath('merge-again-after-undo.png') });
    await takeTheirsAndMerge();
    await claimIs(THEIRS, true, 'after merging again');
    await closeDialog();
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await claimIs(MINE, false, 'after Ctrl+Z');
  });

  await check('the colleague\'s export bundle merges the same way, asking again, with their history', async () => {
    const bundle = join(workDir, 'colleague-bundle.jsonl');
    execFileSync(findBinary(), ['export', '--db', theirFile, '--what', 'bundle', '--out', bundle]);
    await pick(bundle);
    await conflictShown('bundle after two undone merges');
    const text = await page.getByTestId('merge-summary').innerText();
    assert(text.includes('colleague-bundle.jsonl') && text.includes('1 claim') && text.includes('history entr'), `summary: ${text}`);
    await takeTheirsAndMerge();
    await page.screenshot({ path: screenshotPath('merge-bundle-done.png') });
    await claimIs(THEIRS, true, 'after the bundle merge');
    const hist = await api(page, 'HistoryService', 'ForRow', 'claims', claimId);
    assert(hist.body.some((e) => e.from === 'e2e.db' && e.action === 'update'), `claim history: ${JSON.stringify(hist.body)}`);
  });

  // A claim of theirs we deleted is not brought back by their copy that only still has
  // it, and the preview says so (before, it read as if they had nothing new).
  await check('after deleting their claim, the preview says it is left out because it was deleted here', async () => {
    await closeDialog();
    await page.getByRole('tab', { name: 'Claims', exact: true }).or(page.getByRole('button', { name: 'Claims', exact: true })).first().click();
    await page.getByTestId('claim-item').filter({ hasText: ADDED }).click();
    await page.getByTestId('delete-claim').click();
    await page.getByTestId('confirm-delete-claim').click();
    await page.getByTestId('claim-deleted').waitFor({ timeout: TIMEOUT });
    await pick(theirFile);
    const line = page.getByTestId('merge-left-out-line');
    await line.first().waitFor({ timeout: TIMEOUT });
    const lines = await line.allInnerTexts();
    assert(lines.length === 1 && lines[0] === `1 claim: “${ADDED}”`, `left-out lines: ${JSON.stringify(lines)}`);
    const summary = await page.getByTestId('merge-summary').innerText();
    assert(summary.includes('deleted here'), `summary: ${summary}`);
    await page.screenshot({ path: screenshotPath('merge-left-out.png') });
    await claimIs(THEIRS, false, 'after the preview of the merge over a delete');
  });
});
