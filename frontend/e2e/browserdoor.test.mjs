// End-to-end test of the browser door's file handling (issue 15 items 3, 5, 6, 7, 11):
// the real `claimdesk serve`, Chromium driven by playwright-core, the mouse where a
// person uses it. Files go in through the browser's own file chooser (the dialog's
// "Choose files…" button), exports come out as downloads, path-taking methods are
// refused, a lost session gets a readable page, and a second server in the same
// browser does not log the first one out.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/browserdoor.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/browserdoor-*.png. Prints "N passed, M failed" last.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, assert, check, fileMenu, findBinary, runE2E, screenshotPath, startServer, stopServer, TIMEOUT } from './lib.mjs';

// Our own short stories. The second has one damaged byte (0xFF) in otherwise UTF-8 text.
const CLEAN = {
  name: 'ferry.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from('Ferry service resumes across the strait\n\nThe harbour master said on Friday that the café by the pier reopened with the ferry.\n'),
};
const DAMAGED = {
  name: 'cafe-damaged.txt',
  mimeType: 'text/plain',
  buffer: Buffer.concat([
    Buffer.from('Café owners meet the mayor\n\nThe owners of the café said the meeting went well'),
    Buffer.from([0xff]),
    Buffer.from(' and the mayor promised new benches.\n'),
  ]),
};
// "Harbour news" in Japanese, Shift-JIS encoded (bytes written out so no encoder is needed):
// 港のニュース / 港の船は、きょう出航した。
const SJIS = {
  name: 'minato.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from('8d6082cc836a8385815b83580a0a8d6082cc914482cd814182ab82e582a48f6f8d7182b582bd81420a', 'hex'),
};

async function openImport(page) {
  await fileMenu(page, 'import-open');
  await page.getByTestId('import-dialog').waitFor({ timeout: TIMEOUT });
}

/** Clicks "Choose files…" as a person does and answers the browser's file chooser. */
async function chooseFiles(page, files) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: TIMEOUT }), page.getByTestId('import-choose-files').click()]);
  await chooser.setFiles(files);
  await page.getByTestId('import-summary').waitFor({ timeout: TIMEOUT });
}

async function count(page, key) {
  return Number(await page.getByTestId(`import-count-${key}`).locator('dd').textContent());
}

async function closeSummary(page) {
  await page.getByTestId('import-summary').getByRole('button', { name: 'Close' }).first().click();
  await page.getByTestId('import-summary').waitFor({ state: 'detached', timeout: TIMEOUT });
}

async function articleCount(page) {
  const r = await api(page, 'ArticleService', 'List');
  assert(r.status === 200, `List: ${r.status}`);
  return r.body.length;
}

await runE2E(async ({ url, origin, context, page }) => {
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
  const before = await articleCount(page);

  await check('files chosen with the browser file chooser are uploaded: clean imported, damaged UTF-8 refused with its offset', async () => {
    await openImport(page);
    await chooseFiles(page, [CLEAN, DAMAGED]);
    assert((await count(page, 'imported')) === 1, `imported ${await count(page, 'imported')}`);
    assert((await count(page, 'rejected')) === 1, `rejected ${await count(page, 'rejected')}`);
    const reason = await page.getByTestId('import-rejected').textContent();
    assert(/invalid byte 0xFF at byte offset 79 \(line 3\)/.test(reason) && /utf-8-replace/.test(reason), `reason: ${reason}`);
    await page.screenshot({ path: screenshotPath('browserdoor-damaged-utf8.png') });
    await closeSummary(page);
    const list = (await api(page, 'ArticleService', 'List')).body;
    assert(!list.some((a) => a.title.includes('Ã')), 'a title was re-read as windows-1252');
  });

  await check('the hint works: "UTF-8, invalid bytes as �" imports the damaged file with U+FFFD, accents intact', async () => {
    await openImport(page);
    await page.getByTestId('import-encoding').selectOption('utf-8-replace');
    await chooseFiles(page, [DAMAGED]);
    assert((await count(page, 'imported')) === 1, `imported ${await count(page, 'imported')}`);
    await closeSummary(page);
    const list = (await api(page, 'ArticleService', 'List')).body;
    const a = list.find((x) => x.title === 'Café owners meet the mayor');
    assert(a, `no "Café owners meet the mayor" in ${list.map((x) => x.title)}`);
    const full = (await api(page, 'ArticleService', 'Get', a.id)).body;
    assert(full.body.includes('went well\uFFFD and'), `body: ${full.body}`);
  });

  await check('a Shift-JIS file is detected and read, not called binary', async () => {
    await openImport(page);
    await page.getByTestId('import-encoding').selectOption('');
    await chooseFiles(page, [SJIS]);
    assert((await count(page, 'imported')) === 1, `imported ${await count(page, 'imported')}: ${await page.getByTestId('import-summary').textContent()}`);
    await closeSummary(page);
    const list = (await api(page, 'ArticleService', 'List')).body;
    assert(list.some((a) => a.title === '港のニュース'), `titles: ${list.map((x) => x.title)}`);
  });

  await check('the browser door refuses ImportPaths and ExportToFile: nothing of the server disk is read or written', async () => {
    const n = await articleCount(page);
    const r = await api(page, 'ImportService', 'ImportPaths', ['/etc'], { encoding: '', maxBytes: 0 });
    assert(r.status === 403 && /upload/.test(r.body.message), `ImportPaths: ${r.status} ${JSON.stringify(r.body)}`);
    const w = await api(page, 'ExportService', 'ExportToFile', join(tmpdir(), 'claimdesk-e2e-should-not-exist.csv'), true, { what: 'sources', format: 'csv' });
    assert(w.status === 403, `ExportToFile: ${w.status}`);
    assert((await articleCount(page)) === n, 'articles changed');
  });

  await check('exporting downloads a CSV whose ; cells are quoted and neutralised', async () => {
    const list = (await api(page, 'ArticleService', 'List')).body;
    const ferry = list.find((a) => a.title === 'Ferry service resumes across the strait');
    const body = (await api(page, 'ArticleService', 'Get', ferry.id)).body.body;
    const start = [...body.slice(0, body.indexOf('harbour master'))].length;
    const made = await api(page, 'SpanService', 'Create', {
      articleId: ferry.id, kind: 'note', start, end: start + 'harbour master'.length, quote: 'harbour master', note: 'see;=1+1;', tags: [],
    });
    assert(made.status === 200, `note: ${made.status} ${JSON.stringify(made.body)}`);
    await fileMenu(page, 'export-open');
    await page.getByTestId('export-what').selectOption('annotations');
    await page.getByTestId('export-format-csv').click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), page.getByTestId('export-run').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    assert(text.includes(`"see;'=1+1;"`), `the note's cell: ${text.split('\n').find((l) => l.includes('see;')) ?? '(missing)'}`);
    await page.getByTestId('export-result').waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: screenshotPath('browserdoor-export.png') });
    await page.keyboard.press('Escape');
  });

  await check('a note longer than an Excel cell exports whole, and the dialog warns that Excel would cut it', async () => {
    const list = (await api(page, 'ArticleService', 'List')).body;
    const ferry = list.find((a) => a.title === 'Ferry service resumes across the strait');
    const body = (await api(page, 'ArticleService', 'Get', ferry.id)).body.body;
    const start = [...body.slice(0, body.indexOf('pier'))].length;
    const long = 'The pier log, copied out. '.repeat(1300); // 33,800 characters
    const made = await api(page, 'SpanService', 'Create', { articleId: ferry.id, kind: 'note', start, end: start + 4, quote: 'pier', note: long, tags: [] });
    assert(made.status === 200, `note: ${made.status}`);
    await fileMenu(page, 'export-open');
    await page.getByTestId('export-what').selectOption('annotations');
    await page.getByTestId('export-format-csv').click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), page.getByTestId('export-run').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    assert(text.includes(long.trim()), 'the long note is not in the CSV whole');
    const warning = await page.getByTestId('export-warning').textContent({ timeout: TIMEOUT });
    assert(/1 cell\(s\) are longer than Excel's limit of 32767 characters/.test(warning) && /column note/.test(warning), `warning: ${warning}`);
    await page.screenshot({ path: screenshotPath('browserdoor-export-warning.png') });
    await page.keyboard.press('Escape');
  });

  await check('a second server in the same browser does not log this one out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimdesk-e2e-second-'));
    const second = startServer(findBinary(), dir);
    try {
      const url2 = await second.url;
      const other = await context.newPage();
      await other.goto(url2, { timeout: TIMEOUT });
      await other.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
      const cookies = (await context.cookies()).map((c) => c.name);
      assert(new Set(cookies).size >= 2, `cookies: ${cookies}`);
      // Back in the first tab: its session still works, through the UI too.
      await page.bringToFront();
      const r = await api(page, 'ArticleService', 'List');
      assert(r.status === 200, `first server after the second login: ${r.status} ${JSON.stringify(r.body)}`);
      await page.reload();
      await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
      await other.close();
    } finally {
      await stopServer(second.child);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  await check('a lost session shows a readable page, not JSON', async () => {
    // As after a restart of the server: the browser's cookie no longer opens a session.
    await context.clearCookies();
    const lost = await context.newPage();
    await lost.goto(origin + '/', { timeout: TIMEOUT });
    const text = await lost.locator('#refusal').textContent({ timeout: TIMEOUT });
    assert(/no session with this Claimdesk server/.test(text) && /Open the URL/.test(text), `page: ${text}`);
    assert(!(await lost.content()).includes('"code"'), 'the page shows raw JSON');
    await lost.screenshot({ path: screenshotPath('browserdoor-lost-session.png') });
    await lost.close();
  });

  assert(before > 0, 'no seed articles');
});
