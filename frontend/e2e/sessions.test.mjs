// Issue 15, item 4: two `claimdesk serve` processes on one workspace, each with its
// own browser. Each page's Undo undoes its own process's actions, never the other's;
// each page sees the other's changes within seconds (its reader and its Undo label
// refresh); and an Undo whose row the other window changed since is refused with a
// message on screen, leaving the other window's change in place; once the other
// process ends, its actions become undoable here and the Undo label says so.
//
//   make build/claimdesk && cd frontend && CLAIMDESK_BIN=$PWD/../build/claimdesk node e2e/sessions.test.mjs
//
// Screenshot: $SCREENSHOT_DIR/sessions-conflict.png. Prints "N passed, M failed" last.

import { join } from 'node:path';
import { TIMEOUT, api, assert, check, eventually, findBinary, launchChromium, runE2E, screenshotPath, startServer, stopServer } from './lib.mjs';

/** Ranges of a registered highlight, as text. */
function highlightTexts(page, name) {
  return page.evaluate((name) => {
    const h = CSS.highlights.get(name);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

/** Adds a note on the first occurrence of word in the article (through the page's server). */
async function addNote(page, article, word, note) {
  const i = article.body.indexOf(word);
  assert(i >= 0, `${word} not in the article`);
  const start = Array.from(article.body.slice(0, i)).length;
  const r = await api(page, 'SpanService', 'Create', { articleId: article.id, kind: 'note', note, start, end: start + Array.from(word).length, quote: word });
  assert(r.status === 200, `Create: HTTP ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

async function spanNote(page, id) {
  const r = await api(page, 'SpanService', 'Get', id);
  return r.status === 200 ? r.body.note : null;
}

const undoLabel = (page) => page.getByTestId('undo').textContent();

await runE2E(async ({ url, page, workDir }) => {
  let serverB;
  let contextB;
  try {
    let pageB;
    let article;
    await check('a second serve process on the same workspace, in another browser', async () => {
      serverB = startServer(findBinary(), workDir); // the same e2e.db
      const urlB = await serverB.url;
      assert(new URL(urlB).port !== new URL(url).port, 'the second server has its own port');
      contextB = await launchChromium(join(workDir, 'profile-b'));
      pageB = contextB.pages()[0] ?? (await contextB.newPage());
      await page.goto(url, { timeout: TIMEOUT });
      await pageB.goto(urlB, { timeout: TIMEOUT });
      const list = (await api(page, 'ArticleService', 'List')).body;
      const first = list[0];
      article = (await api(page, 'ArticleService', 'Get', first.id)).body;
      for (const p of [page, pageB]) {
        await p.getByTestId('article-item').filter({ hasText: first.title }).first().click();
        await p.getByTestId('reader-title').filter({ hasText: first.title }).waitFor({ timeout: TIMEOUT });
      }
    });
    if (!pageB) return;

    const words = article.body.match(/\b[A-Za-z]{6,}\b/g).filter((w, i, all) => all.indexOf(w) === i);
    const [wordA, wordB, wordC] = words;
    let noteA;
    let noteB;
    await check('each page offers to undo its own note, not the other process\'s', async () => {
      noteA = await addNote(page, article, wordA, 'from window A');
      await eventually(async () => (await undoLabel(page)).includes(wordA) || (await undoLabel(page)).includes('note'), 'page A offers its note');
      const labelA = await undoLabel(page);
      noteB = await addNote(pageB, article, wordB, 'from window B');
      await eventually(async () => (await highlightTexts(page, 'cd-note')).includes(wordB), `page A shows window B's note on "${wordB}"`);
      await new Promise((r) => setTimeout(r, 1500)); // B's change announced to A (1 s poll) and refreshed
      assert((await undoLabel(page)) === labelA, `page A's Undo now says ${JSON.stringify(await undoLabel(page))}, was ${JSON.stringify(labelA)}`);
    });

    await check('clicking Undo in page A removes A\'s note and keeps B\'s; page B sees it', async () => {
      await page.getByTestId('undo').click();
      await eventually(async () => (await spanNote(page, noteA.id)) === null, "A's note removed");
      assert((await spanNote(page, noteB.id)) === 'from window B', "B's note was undone by page A");
      await eventually(async () => !(await highlightTexts(pageB, 'cd-note')).includes(wordA), `page B no longer shows A's note on "${wordA}"`);
      assert((await highlightTexts(pageB, 'cd-note')).includes(wordB), "page B lost its own note");
    });

    let noteC;
    await check('Undo over a change made in the other window is refused on screen, nothing lost', async () => {
      noteC = await addNote(page, article, wordC, 'A wrote this');
      await eventually(async () => (await undoLabel(page)).includes(wordC) || (await undoLabel(page)).includes('note'), 'page A offers its new note');
      const r = await api(pageB, 'SpanService', 'Update', noteC.id, { note: 'B corrected this' });
      assert(r.status === 200, `B's edit: HTTP ${r.status}`);
      await page.getByTestId('undo').click();
      const banner = page.getByTestId('error-banner');
      await banner.waitFor({ timeout: TIMEOUT });
      const text = await banner.textContent();
      assert(/changed since, in another window or program/.test(text), `banner: ${JSON.stringify(text)}`);
      await page.screenshot({ path: screenshotPath('sessions-conflict.png') });
      assert((await spanNote(page, noteC.id)) === 'B corrected this', "B's edit was overwritten");
    });

    await check("when the other serve process ends, page A's Undo offers its actions", async () => {
      const before = await undoLabel(page);
      await contextB.close();
      contextB = undefined;
      await stopServer(serverB.child);
      await eventually(async () => (await undoLabel(page)) !== before, `page A's Undo label to change from ${JSON.stringify(before)}`);
      await page.getByTestId('undo').click(); // B's correction of the note, undone from A
      await eventually(async () => (await spanNote(page, noteC.id)) === 'A wrote this', "B's correction undone");
    });
  } finally {
    await contextB?.close().catch(() => {});
    await stopServer(serverB?.child);
  }
});
