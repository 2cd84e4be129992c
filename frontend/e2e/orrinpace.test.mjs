// Suggestions and memos at an analyst's pace, on the invented dam story
// (e2e/fixtures/orrin/): what the walkthrough (uxwalk) left slow or raw, done with real
// clicks and keys in Chromium.
// 1. A and R in the reader and in the Suggestions view move on to the next waiting
//    suggestion; after the last, "No more suggestions here".
// 2. A suggestion of the wrong type is accepted as another type where it is listed (the
//    Suggestions view's row, the side panel), by mouse ("Accept as… ▾") and by key (1–7),
//    in one action: one Undo puts it back.
// 3. The claims view makes a memo of every claim its filter shows (all pages, the count
//    said on the button) and refuses in words over 200.
// 4. Tooltips and accessible names quoting text (a 5,000-character statement, a note with
//    newlines, a title with a direction override) are one clean, short line.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/orrinpace.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/orrinpace-*.png. Prints "N passed, M failed" last.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FRONTEND, TIMEOUT, api, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';
import { clickText, dragOver, importFiles, openArticle } from './reader.mjs';

const FIXTURES = join(FRONTEND, 'e2e/fixtures/orrin');
const WIRE = 'Thousands evacuated as Orrin dam spillway opened';
const RELAY_FILE = join(FIXTURES, 'continental-relay.txt');
const RELAY = readFileSync(RELAY_FILE, 'utf8').split('\n')[0].trim();
const RLO = '\u202E';

const shownSpan = (page) => page.getByTestId('span-detail').getAttribute('data-span-id').catch(() => null);
const waiting = (page) => page.getByTestId('span-detail').innerText().then((t) => t.includes('Machine suggestion')).catch(() => false);
const spanOf = async (page, id) => (await api(page, 'SpanService', 'Get', Number(id))).body;

await runE2E(async ({ url, page, workDir }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  // The last calls to Go that read suggestions or spans (method, arguments, rows answered):
  // printed with a failed step, to see which answer left the view empty.
  const reads = [];
  page.on('response', async (res) => {
    const m = /\/api\/(SuggestionService\/\w+|SpanService\/(?:ListForReader|SetState))/.exec(res.url());
    if (!m) return;
    const body = await res.json().catch(() => null);
    reads.push(`${new Date().toISOString().slice(14, 23)} ${m[1]} ${res.request().postData()?.slice(0, 120)} → ${Array.isArray(body) ? `${body.length} rows` : JSON.stringify(body)?.slice(0, 80)}`);
    if (reads.length > 12) reads.shift();
  });
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
  // The relay under a title holding a direction override (the rest of it as written).
  const relayCopy = join(workDir, 'relay-override.txt');
  writeFileSync(relayCopy, readFileSync(RELAY_FILE, 'utf8').replace(RELAY, `${RELAY} ${RLO}etadpu${'\u202C'}`));
  await importFiles(page, [join(FIXTURES, 'meridian-wire.txt'), relayCopy]);

  await check('in the reader, A and R decide the selected suggestion and select the next one waiting', async () => {
    await openArticle(page, WIRE);
    // The import's suggestion run may still be at work: click until its suggestion is there.
    await eventually(async () => {
      await clickText(page, 'Dalia Mirek');
      return (await page.getByTestId('span-quote').innerText({ timeout: 1_000 }).catch(() => '')) === 'Dalia Mirek' && (await waiting(page));
    }, 'Dalia Mirek suggested', 30_000);
    const first = await shownSpan(page);
    await page.keyboard.press('a');
    await eventually(async () => (await shownSpan(page)) !== first, 'another span after A', 5_000).catch(() => {});
    const second = await shownSpan(page);
    assert(second !== first && (await waiting(page)), `after A the panel shows span ${second} (was ${first}), waiting: ${await waiting(page)}`);
    assert((await spanOf(page, first)).state === 'accepted', 'A did not accept the span');
    await page.keyboard.press('r');
    await eventually(async () => (await shownSpan(page)) !== second, 'another span after R', 5_000).catch(() => {});
    const third = await shownSpan(page);
    assert(third !== second && (await waiting(page)), `after R the panel shows span ${third} (was ${second})`);
    await page.screenshot({ path: screenshotPath('orrinpace-01-reader-keys.png') });
  });

  await check('in the side panel, "Accept as… ▾" → Place accepts a suggestion as a place in one action, and moves on', async () => {
    await openArticle(page, WIRE);
    await clickText(page, 'Tarnow Ford');
    await eventually(async () => (await page.getByTestId('span-quote').innerText()) === 'Tarnow Ford', 'Tarnow Ford shown', 5_000);
    const id = await shownSpan(page);
    assert(await waiting(page), 'Tarnow Ford is no waiting suggestion');
    await page.getByTestId('span-detail').getByTestId('accept-as').click();
    await page.getByTestId('accept-as-place').click();
    await eventually(async () => (await shownSpan(page)) !== id, 'the next suggestion', 5_000).catch(() => {});
    const s = await spanOf(page, id);
    assert(s.state === 'accepted' && s.entityType === 'place', `Tarnow Ford is ${s.state} as ${s.entityType}`);
    assert(await waiting(page), 'the panel does not show the next waiting suggestion');
    const undo = await page.getByTestId('undo-label').innerText();
    assert(/accept “Tarnow Ford” as place/.test(undo), `Undo reads ${JSON.stringify(undo)}`);
    await page.getByTestId('undo').click();
    await eventually(async () => (await spanOf(page, id)).state === 'suggested', 'undone', 5_000).catch(() => {});
    const back = await spanOf(page, id);
    assert(back.state === 'suggested' && back.entityType !== 'place', `after one Undo Tarnow Ford is ${back.state} as ${back.entityType}`);
  });

  await check('in the reader, key 3 on a selected suggestion accepts it as a place and moves on', async () => {
    await clickText(page, 'Tarnow Ford');
    await eventually(async () => (await page.getByTestId('span-quote').innerText()) === 'Tarnow Ford', 'Tarnow Ford shown', 5_000);
    const id = await shownSpan(page);
    await page.keyboard.press('3');
    await eventually(async () => (await shownSpan(page)) !== id, 'the next suggestion', 5_000).catch(() => {});
    const s = await spanOf(page, id);
    assert(s.state === 'accepted' && s.entityType === 'place', `after 3 Tarnow Ford is ${s.state} as ${s.entityType}`);
    assert((await shownSpan(page)) !== id, 'the panel stayed on Tarnow Ford');
  });

  await check('in the reader, deciding the last waiting suggestion by key says "No more suggestions here"', async () => {
    await openArticle(page, RELAY);
    // The suggester runs on the imported articles in the background (progress strip "suggest"):
    // at load ~20 it was still adding the relay's suggestions here, so the walk below found no
    // more, then more came (the panel then shows neither). A person waits for it to finish too.
    await page.getByTestId('progress-suggest').waitFor({ state: 'detached', timeout: 120_000 });
    // J walks the spans to the first suggestion still waiting (the first check's R may have settled some here).
    await page.getByTestId('article-body').focus();
    for (let j = 0; j < 200 && !(await waiting(page)); j++) await page.keyboard.press('j');
    assert(await waiting(page), 'no waiting suggestion in the relay');
    const noMore = () => page.getByTestId('no-more-suggestions').count();
    const detailId = () => page.evaluate(() => document.querySelector('[data-testid="span-detail"]')?.getAttribute('data-span-id') ?? null);
    // What a failure needs to be read: the panel, the status lines, the focus, the span's state in Go.
    const panelState = async (id) => ({
      ...(await page.evaluate(() => ({
        detail: document.querySelector('[data-testid="span-detail"]')?.textContent?.slice(0, 200) ?? null,
        status: [...document.querySelectorAll('[role="status"],[role="alert"]')].map((e) => e.textContent.trim()).join(' | '),
        focus: (document.activeElement?.outerHTML ?? '').slice(0, 120),
        side: [...document.querySelectorAll('[data-testid="span-item"]')].filter((e) => e.textContent.includes('suggested')).map((e) => e.textContent.trim().slice(0, 80)),
      }))),
      span: await spanOf(page, id).then((s) => s.state).catch((e) => String(e)),
      // the article's suggestions still waiting in Go, and when each was made
      waitingInGo: await spanOf(page, id)
        .then((s) => api(page, 'SpanService', 'ListForReader', s.articleId))
        .then((r) => r.body.filter((x) => x.state === 'suggested').map((x) => `${x.id} ${x.quote} ${x.origin} ${x.createdAt}`))
        .catch((e) => String(e)),
      progress: await page.getByTestId('progress-strip').innerText().catch(() => ''),
      reads,
      now: new Date().toISOString(),
    });
    // The reader's live region (read out by screen readers) says it at the same moment.
    const liveSaysNoMore = () => page.evaluate(() => [...document.querySelectorAll('[aria-live]')].some((e) => e.textContent.includes('No more suggestions here')));
    let decided = 0;
    for (; decided < 120 && (await noMore()) === 0 && !(await liveSaysNoMore()); decided++) {
      const id = await detailId();
      await page.keyboard.press('r');
      // It failed here in 3 of ~9 full runs (never 13 times alone): a refresh asked by the
      // decision's own workspace:changed overtook the decision's refresh, and the next
      // suggestion was chosen from the list before the rejection, one Go had rejected with
      // it (the same name), which then vanished from the panel (decide.test.ts).
      const moved = await eventually(
        async () => (await noMore()) > 0 || (await liveSaysNoMore()) || ((await detailId()) !== null && (await detailId()) !== id && (await waiting(page))),
        `the next suggestion after ${id}`,
        // 30 s: under load (10-35 on 2 cores) the "No more" line after the last rejection
        // was there by the time the failure was printed, though not within 10 s, with Go
        // and the panel agreeing (no suggestion left); the delay's cause is not found.
        30_000,
      ).catch(async (err) => {
        // Only ever seen after the last rejection: print what the page and Go hold, and go
        // on to wait for the line below; anywhere else the walk is broken.
        const state = await panelState(id);
        if (state.waitingInGo.length > 0) throw new Error(`${err.message}; the panel: ${JSON.stringify(state)}`);
        console.log(`note: nothing moved ${err.message.match(/after \d+ ms/)?.[0] ?? ''} after the last rejection; the panel: ${JSON.stringify(state)}`);
        return 'stuck';
      });
      if (moved === 'stuck') break;
    }
    // The panel's line, waited for: in 1 of ~12 runs under load (and once in a fresh-clone
    // run) it was not there within 30 s of the last rejection, yet there when the failure was
    // printed, with Go and the panel agreeing that no suggestion is left. Its cause is not
    // found; the delay is printed (not asserted) so that it stays visible.
    const waitedFrom = Date.now();
    await page.getByTestId('no-more-suggestions').waitFor({ state: 'attached', timeout: 60_000 }).catch(() => {});
    if (Date.now() - waitedFrom > 2_000) console.log(`note: the "No more suggestions here" line came ${Date.now() - waitedFrom} ms after the loop ended`);
    const said = await page.getByTestId('no-more-suggestions').innerText().catch(() => '');
    await page.screenshot({ path: screenshotPath('orrinpace-02-no-more.png') });
    assert(said.includes('No more suggestions here'), `after ${decided} rejections by key the panel says ${JSON.stringify(said)}`);
  });

  await check('in the Suggestions view, A and R move the focus to the next row; after the last, "No more suggestions here"', async () => {
    await page.getByTestId('tab-suggestions').click();
    // The picker lists the articles once it has the focus (as when a person clicks or tabs to
    // it). Before, the test chose by label at once: when the list was not there yet, its
    // fallback chose nothing, the view stayed on all articles' dates (100 rows) and a
    // rejection took the same dates of every article with it: "No more" at row 41.
    const picker = page.getByTestId('suggestions-article');
    await picker.focus();
    const wireOption = picker.locator('option', { hasText: WIRE }).first();
    await wireOption.waitFor({ state: 'attached', timeout: TIMEOUT });
    const wireId = await wireOption.getAttribute('value');
    await picker.selectOption(wireId);
    await eventually(async () => (await picker.inputValue()) === wireId, 'the wire chosen in the article picker', 5_000);
    await page.getByTestId('suggestions-type-date').click();
    // Counted once the list is the wire's dates alone: counted while the chip's load was
    // still out, it held every type's rows (25, not 10), and the last date (span 299) was
    // taken for the 10th of 25 (2 of 6 runs under load).
    await eventually(
      async () => (await page.locator('[data-testid^="suggestions-group-"]').count()) === 1 && (await page.getByTestId('suggestions-group-date').count()) === 1,
      'the dates alone listed',
      TIMEOUT,
    );
    await page.getByTestId('suggestion-row').first().waitFor({ timeout: TIMEOUT });
    const rows = await page.getByTestId('suggestion-row').count();
    assert(rows >= 2, `only ${rows} date suggestions in the wire`);
    await page.getByTestId('suggestion-row').first().click();
    // Where the focus is: a row's span id, or "heading" on the view's heading, else the element.
    const focusAt = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (el?.getAttribute('data-testid') === 'suggestion-row') return el.getAttribute('data-span-id');
        return el?.tagName === 'H2' && el.textContent.trim() === 'Suggestions' ? 'heading' : (el?.outerHTML ?? '').slice(0, 120);
      });
    for (let i = 0; i < rows; i++) {
      const id = await focusAt();
      assert(/^\d+$/.test(id), `before decision ${i + 1} the focus is on ${id}, not a row`);
      await page.keyboard.press(i % 2 ? 'r' : 'a');
      const last = i === rows - 1;
      await eventually(async () => {
        const at = await focusAt();
        if (last ? at === 'heading' : /^\d+$/.test(at) && at !== id) return true;
        throw new Error(`focus on ${at}`);
      }, `the focus on the ${last ? 'heading' : 'next row'} after deciding ${id} (decision ${i + 1} of ${rows})`, 8_000).catch(async (err) => {
        const view = await page.evaluate(() => ({
          rows: [...document.querySelectorAll('[data-testid="suggestion-row"]')].map((r) => r.getAttribute('data-span-id')).join(' '),
          article: document.querySelector('[data-testid="suggestions-article"]')?.value,
          status: [...document.querySelectorAll('[role="status"],[role="alert"]')].map((e) => e.textContent.trim()).join(' | '),
        }));
        throw new Error(`${err.message}; the view: ${JSON.stringify({ ...view, decided: await spanOf(page, id).then((x) => x.state).catch((e) => String(e)), reads })}`);
      });
    }
    const status = await page.getByRole('status').filter({ hasText: 'No more suggestions here' }).count();
    const focus = await page.evaluate(() => document.activeElement?.textContent?.trim());
    await page.screenshot({ path: screenshotPath('orrinpace-03-view-end.png') });
    assert(status === 1 && focus === 'Suggestions', `after the last: status said ${status} times, focus on ${JSON.stringify(focus)}`);
  });

  await check('in the Suggestions view, "Accept as… ▾" and key 3 accept a row as a place, one Undo each', async () => {
    await page.getByTestId('suggestions-type-organisation').click();
    const row = page.getByTestId('suggestion-row').first();
    await row.waitFor({ timeout: TIMEOUT });
    const id = await row.getAttribute('data-span-id');
    await row.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await row.getByTestId('accept-as').click();
    await row.getByTestId('accept-as-place').click();
    await page.locator(`[data-testid="suggestion-row"][data-span-id="${id}"]`).waitFor({ state: 'detached', timeout: 8_000 }).catch(() => {});
    const s = await spanOf(page, id);
    assert(s.state === 'accepted' && s.entityType === 'place', `by mouse the row is ${s.state} as ${s.entityType}`);
    await page.getByTestId('undo').click();
    await page.locator(`[data-testid="suggestion-row"][data-span-id="${id}"]`).waitFor({ timeout: 8_000 });
    const back = await spanOf(page, id);
    assert(back.state === 'suggested' && back.entityType === 'organisation', `after one Undo it is ${back.state} as ${back.entityType}`);
    await page.locator(`[data-testid="suggestion-row"][data-span-id="${id}"]`).click();
    await page.keyboard.press('3');
    await page.locator(`[data-testid="suggestion-row"][data-span-id="${id}"]`).waitFor({ state: 'detached', timeout: 8_000 }).catch(() => {});
    const k = await spanOf(page, id);
    assert(k.state === 'accepted' && k.entityType === 'place', `by key 3 the row is ${k.state} as ${k.entityType}`);
  });

  // Claims for the memo and label checks: made through the API (the memo is what is tested).
  const LONG = `The spillway ${RLO}nepo${'\u202C'} gates stayed open ${'while the reservoir fell slowly '.repeat(160)}`.trim();
  const made = async (statement) => {
    const r = await api(page, 'ClaimService', 'Create', { statement, note: '' });
    assert(r.status === 200, `ClaimService.Create: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.id;
  };
  for (let i = 1; i <= 60; i++) await made(`Orrin shelter ${i} housed evacuees overnight`);
  for (let i = 1; i <= 150; i++) await made(`Lesk road ${i} stayed closed after the flood`);
  await made(LONG);

  await check('the claims view makes a memo of every claim its filter shows, all pages, with the count on the button', async () => {
    await page.getByTestId('tab-claims').click();
    await page.getByTestId('claims-filter-text').fill('shelter');
    await eventually(async () => (await page.getByTestId('claims-count').innerText()) === '60', 'the 60 shelter claims', 10_000);
    const bar = page.getByTestId('memo-bar');
    await bar.getByRole('button', { name: 'Memo of the 60 claims shown' }).waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: screenshotPath('orrinpace-04-memo-shown.png') });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), bar.getByTestId('memo').click()]);
    const file = join(workDir, 'shown.html');
    await download.saveAs(file);
    const html = readFileSync(file, 'utf8');
    const claims = (html.match(/<article class="claim"/g) ?? []).length;
    assert(download.suggestedFilename().startsWith('claimdesk-memo-filtered-'), `file name ${download.suggestedFilename()}`);
    assert(claims === 60 && html.includes('Orrin shelter 1 housed') && html.includes('Orrin shelter 60 housed') && !html.includes('Lesk road'), `the memo holds ${claims} claims`);
  });

  await check('over 200 claims shown, the memo is refused in words', async () => {
    await page.getByTestId('claims-filter-text').fill('');
    await eventually(async () => Number(await page.getByTestId('claims-count').innerText()) > 200, 'every claim', 10_000);
    const said = await page.getByTestId('memo-bar').innerText();
    assert(/claims shown: a memo holds at most 200/.test(said) && (await page.getByTestId('memo-bar').getByTestId('memo').count()) === 0, `the bar says ${JSON.stringify(said)}`);
  });

  await check('a 5,000-character statement with a direction override is one short clean line in labels and tooltips', async () => {
    await page.getByTestId('claims-filter-text').fill('reservoir');
    const box = page.getByTestId('claim-pick').first();
    await box.waitFor({ timeout: TIMEOUT });
    const seen = await page.evaluate(() => {
      const box = document.querySelector('[data-testid="claim-pick"]');
      const st = document.querySelector('[data-testid="claim-item"] .statement');
      return { label: box?.getAttribute('aria-label') ?? '', title: st?.getAttribute('title') ?? '' };
    });
    await page.getByTestId('claim-item').first().click();
    const region = await page.getByTestId('claim-page').getAttribute('aria-label');
    for (const [where, v] of [['checkbox label', seen.label], ['statement tooltip', seen.title], ['claim page label', region]]) {
      assert(v.length <= 160 && !v.includes(RLO) && !/[\n\r\t]/.test(v) && v.endsWith('…'), `${where}: ${v.length} characters, override ${v.includes(RLO)}: ${JSON.stringify(v.slice(0, 80))}`);
    }
  });

  await check('a note of 5,000 characters with newlines is one short line in the reader\'s tooltip', async () => {
    await page.getByTestId('tab-reader').click();
    await openArticle(page, WIRE);
    await dragOver(page, 'A search was suspended at nightfall');
    await page.keyboard.press('n');
    await page.getByTestId('note-input').fill(`Checked with the police.\n\n${'The road was closed\tat the bridge. '.repeat(140)}`);
    await page.getByTestId('add-note').click();
    await page.getByTestId('selection-menu').waitFor({ state: 'detached', timeout: 8_000 });
    const p = await page.getByTestId('article-body').evaluate((el) => {
      const node = el.firstChild;
      const i = node.data.indexOf('suspended at nightfall');
      const r = document.createRange();
      r.setStart(node, i + 1);
      r.setEnd(node, i + 2);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(p.x - 30, p.y - 30);
    await page.mouse.move(p.x, p.y, { steps: 3 });
    const tip = page.getByTestId('span-tooltip');
    await tip.waitFor({ timeout: 8_000 });
    const lines = await tip.locator('.tip-text').allInnerTexts();
    await page.screenshot({ path: screenshotPath('orrinpace-05-tooltip.png') });
    const note = lines.find((l) => l.startsWith('Note')) ?? lines.find((l) => l.includes('police')) ?? '';
    assert(note.length > 0 && note.length <= 160 && !/[\n\t]/.test(note), `the tooltip's note line: ${note.length} characters: ${JSON.stringify(note.slice(0, 90))}`);
  });

  await check('the Suggestions view\'s article picker names an article whose title holds a direction override with its mark, not the override', async () => {
    await page.getByTestId('tab-suggestions').click();
    await page.getByTestId('suggestions-article').focus(); // the picker reads every article on its first focus
    const relayOption = await eventually(async () => (await page.getByTestId('suggestions-article').locator('option').allInnerTexts()).find((o) => o.includes('etadpu')), 'the relay in the picker', 10_000).catch(() => '');
    assert(relayOption !== '' && !relayOption.includes(RLO), `the article picker offers ${JSON.stringify(relayOption)}`);
  });

  assert(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
});
