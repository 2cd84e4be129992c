// The user guide's walkthrough (docs/user-guide.md), driven through the real UI
// of `claimdesk serve` in Chromium at a fixed 1360×860 viewport, with real mouse
// drags and key presses: tag three people in the Reuters article and link a
// fourth spelling in another article to the same entity; mark one claim in
// three articles; assess it with evidence; grade Reuters; undo and redo.
//
//   CLAIMDESK_BIN=/work/main/build/claimdesk node e2e/guide.test.mjs
//
// Screenshots: guide-NN-name.png. With GUIDE_SCREENSHOTS=1 they are written to
// docs/images/ (the committed ones the guide links to), else to
// $SCREENSHOT_DIR (default build/) so CI runs do not touch the repository.
// Prints "N passed, M failed" last.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, TIMEOUT, api, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';

const VIEWPORT = { width: 1360, height: 860 };
const GUIDE_DIR = join(REPO, 'docs/images');

const T000 = 'Russian Culture Minister Visits North Korea Amid Deepening Ties';
const REUTERS = "Russian culture minister in North Korea praises 'unprecedented' cooperation";
const T004 = 'Kim Jong-un meets Russian culture minister';

const STATEMENT = 'North Korea sent troops to support Russia';
const S000 = 'North Korea has sent troops to support Russia in Ukraine';
const S002 =
  "After months of silence, North Korea and Russia have disclosed the deployment of North Korean troops and the role they played in Moscow's offensive to evict Ukrainian troops from the Kursk region";
const S004 = 'North Korea has deployed around 11,000 elite troops to support Russia’s war against Ukraine';
const RATIONALE =
  'Reuters reports that both governments have disclosed the deployment; the 11,000 figure comes from Ukraine’s defence minister, and none of the three articles is an independent eyewitness source.';
const EVIDENCE_URL = 'https://en.wikipedia.org/wiki/North_Korean_involvement_in_the_Russian_invasion_of_Ukraine';

const shots = [];

/** Where guide-NN-name.png goes: docs/images/ with GUIDE_SCREENSHOTS=1, else build/. */
function guidePath(name) {
  const file = `guide-${name}.png`;
  if (process.env.GUIDE_SCREENSHOTS === '1') {
    mkdirSync(GUIDE_DIR, { recursive: true });
    return join(GUIDE_DIR, file);
  }
  return screenshotPath(file);
}

/** Waits for fonts, pending loads and two frames, so a screenshot shows the settled page. */
async function settle(page) {
  await page.evaluate(() => document.fonts.ready);
  await page
    .waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 5_000 })
    .catch(() => {});
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(200);
}

async function shot(page, name, options = {}) {
  await settle(page);
  const path = guidePath(name);
  if (options.locator) await options.locator.screenshot({ path });
  else await page.screenshot({ path, ...options });
  shots.push(path);
  return path;
}

/**
 * Scrolls el's view pane (the nearest .v-scroll or .scroll) so el sits `top` px below the pane's top.
 * Not el.scrollIntoView(): that also scrolls the overflow:hidden shell and shifts the whole app.
 */
async function scrollPaneTo(locator, top = 8) {
  await locator.evaluate((el, top) => {
    const sc = el.closest('.v-scroll, .scroll');
    sc.scrollTop += el.getBoundingClientRect().top - sc.getBoundingClientRect().top - top;
  }, top);
}

/** Moves the pointer off the text (no tooltip, no hover highlight). */
async function parkMouse(page) {
  await page.mouse.move(VIEWPORT.width - 20, VIEWPORT.height - 10);
}

/** Drags the mouse over the first occurrence (after `after`) of text in the article body. */
async function dragOver(page, text, after = '') {
  const pts = await page.getByTestId('article-body').evaluate(
    (el, { text, after }) => {
      const node = el.firstChild;
      const from = after ? node.data.indexOf(after) : 0;
      const i = node.data.indexOf(text, Math.max(0, from));
      if (i < 0) throw new Error(`${text} not in the body`);
      const r = document.createRange();
      const rectOf = (a, b, last) => {
        r.setStart(node, a);
        r.setEnd(node, b);
        const rs = r.getClientRects();
        return rs[last ? rs.length - 1 : 0];
      };
      // Bring it into view in the reader's scroller, about a third down.
      const sc = el.closest('.scroll');
      const top = rectOf(i, i + 1).top;
      const box = sc.getBoundingClientRect();
      if (top < box.top + 60 || top > box.bottom - 260) sc.scrollTop += top - box.top - 180;
      const s = rectOf(i, i + 1);
      const e = rectOf(i + text.length - 1, i + text.length, true);
      return { x1: s.left + 1, y1: s.top + s.height / 2, x2: e.right - 1, y2: e.top + e.height / 2 };
    },
    { text, after },
  );
  await page.mouse.move(pts.x1, pts.y1);
  await page.mouse.down();
  await page.mouse.move((pts.x1 + pts.x2) / 2, (pts.y1 + pts.y2) / 2, { steps: 4 });
  await page.mouse.move(pts.x2, pts.y2, { steps: 4 });
  await page.mouse.up();
  await page.getByTestId('selection-menu').waitFor({ timeout: TIMEOUT });
}

function highlightTexts(page, name) {
  return page.evaluate((name) => {
    const h = CSS.highlights.get(name);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

async function openArticle(page, titlePart) {
  await page.getByTestId('tab-reader').click();
  await page.getByTestId('article-item').filter({ hasText: titlePart }).click();
  await page.getByTestId('reader-title').filter({ hasText: titlePart }).waitFor({ timeout: TIMEOUT });
}

async function ok(page, service, method, ...args) {
  const r = await api(page, service, method, ...args);
  assert(r.status === 200, `${service}.${method}: HTTP ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

const spansOf = (page, articleId) => ok(page, 'SpanService', 'ListForArticle', articleId, false);

/** Tags the text just dragged over as a person through the menu: E, 1, then Enter (or a pick). */
async function tagPerson(page, text, after = '') {
  await dragOver(page, text, after);
  await page.keyboard.press('e');
  await page.getByTestId('type-person').waitFor();
  await page.keyboard.press('1');
  const input = page.getByTestId('entity-input');
  await input.waitFor();
  assert((await input.inputValue()) === text, `the entity name field shows ${JSON.stringify(await input.inputValue())}`);
}

await runE2E(
  async ({ url, page }) => {
    const pageErrors = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    const ids = {};
    let people = {};
    let claimId = 0;
    const mentionSpan = {};

    // ---- a. the article list; the Reuters article ---------------------------
    await check('a. the article list shows the five seed articles', async () => {
      await page.goto(url, { timeout: TIMEOUT });
      await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
      const n = await page.getByTestId('article-item').count();
      assert(n === 5, `expected 5 articles, got ${n}`);
      const list = await ok(page, 'ArticleService', 'List');
      ids.a000 = list.find((a) => a.title === T000)?.id;
      ids.reuters = list.find((a) => a.title === REUTERS)?.id;
      ids.a004 = list.find((a) => a.title.startsWith(T004))?.id;
      assert(ids.a000 && ids.reuters && ids.a004, `seed articles not found: ${JSON.stringify(list.map((a) => a.title))}`);
      await page.getByTestId('reader-title').waitFor({ timeout: TIMEOUT }); // a new workspace opens its first article
      await parkMouse(page);
      await shot(page, '01-articles');
    });

    await check('a. the Reuters article opens in the reader with its source and the legend', async () => {
      await openArticle(page, REUTERS);
      const meta = await page.getByTestId('reader-meta').innerText();
      assert(meta.includes('Reuters'), `reader meta: ${JSON.stringify(meta)}`);
      const legend = await page.getByTestId('legend').innerText();
      for (const w of ['Person', 'Organisation', 'Place', 'Claim', 'Note', 'Suggested']) assert(legend.includes(w), `legend lacks ${w}: ${legend}`);
      const body = await page.getByTestId('article-body').textContent();
      assert(body.includes('Olga Lyubimova') && body.includes('Kim Jong Un'), 'the body is not the Reuters text');
      await parkMouse(page);
      await shot(page, '02-reader');
    });

    // A new workspace comes with the suggester's proposals (issue 16): the walkthrough
    // shows the analyst's own marks, so it sets them aside first, in one action.
    await check('a. the sample\'s suggestions are set aside for the walkthrough (rejected in one action)', async () => {
      const all = await ok(page, 'SuggestionService', 'List', { articleId: 0, type: '', minConfidence: 0, rule: '', limit: 0 });
      assert(all.length > 0, 'a new workspace has no suggestions');
      await ok(page, 'SuggestionService', 'Reject', all.map((x) => x.spanId));
      await eventually(async () => (await highlightTexts(page, 'cd-person-suggested')).length === 0, 'the suggestions gone from the reader');
    });

    // ---- b. people ---------------------------------------------------------------
    await check('b. "Olga Lyubimova" → E → 1 (person) → Enter creates a new person', async () => {
      await dragOver(page, 'Olga Lyubimova', '(Reuters)');
      assert((await highlightTexts(page, 'cd-pending')).join() === 'Olga Lyubimova', 'the selection is not highlighted as pending');
      await page.keyboard.press('e');
      await page.getByTestId('type-person').waitFor();
      await shot(page, '03-menu-types');
      await page.keyboard.press('1');
      const input = page.getByTestId('entity-input');
      await input.waitFor();
      assert((await input.inputValue()) === 'Olga Lyubimova', 'the name does not default to the quote');
      await eventually(
        async () => (await page.getByTestId('entity-option').first().textContent())?.includes('Create new ‘Olga Lyubimova’'),
        'the "Create new" option',
      );
      await page.keyboard.press('Enter');
      await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
      const s = await eventually(
        async () => (await spansOf(page, ids.reuters)).find((x) => x.kind === 'entity' && x.quote === 'Olga Lyubimova'),
        'the span on the server',
      );
      assert(s.entityType === 'person' && s.state === 'accepted' && s.entityName === 'Olga Lyubimova', `span ${JSON.stringify(s)}`);
      people.olga = s.entityId;
      await eventually(async () => (await highlightTexts(page, 'cd-person')).includes('Olga Lyubimova'), 'the person highlight');
    });

    await check('b. "Vladimir Putin" → person', async () => {
      await tagPerson(page, 'Vladimir Putin');
      await page.keyboard.press('Enter');
      await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
      const s = await eventually(
        async () => (await spansOf(page, ids.reuters)).find((x) => x.kind === 'entity' && x.quote === 'Vladimir Putin'),
        'the Putin span',
      );
      assert(s.entityType === 'person' && s.entityName === 'Vladimir Putin', `span ${JSON.stringify(s)}`);
      people.putin = s.entityId;
    });

    await check('b. "Kim Jong Un" → person, a new entity "Kim Jong Un"', async () => {
      await tagPerson(page, 'Kim Jong Un');
      await eventually(
        async () => (await page.getByTestId('entity-option').first().textContent())?.includes('Create new ‘Kim Jong Un’'),
        'the "Create new" option',
      );
      await page.keyboard.press('Enter');
      await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
      const s = await eventually(
        async () => (await spansOf(page, ids.reuters)).find((x) => x.kind === 'entity' && x.quote === 'Kim Jong Un'),
        'the Kim span',
      );
      assert(s.entityType === 'person' && s.entityName === 'Kim Jong Un', `span ${JSON.stringify(s)}`);
      people.kim = s.entityId;
      const distinct = new Set([people.olga, people.putin, people.kim]);
      assert(distinct.size === 3, `three people should be three entities: ${JSON.stringify(people)}`);
      for (const n of ['Olga Lyubimova', 'Vladimir Putin', 'Kim Jong Un']) {
        assert((await highlightTexts(page, 'cd-person')).includes(n), `${n} is not painted as a person`);
      }
      // The side panel shows the span just made; Escape goes back to the list of spans.
      assert((await page.getByTestId('span-entity').textContent()) === 'Kim Jong Un', 'the side panel does not show the new span');
      await page.keyboard.press('Escape');
      await eventually(async () => (await page.getByTestId('span-item').count()) === 3, 'three spans in the side panel list');
      await page.getByTestId('article-body').evaluate((el) => {
        const node = el.firstChild;
        const r = document.createRange();
        const i = node.data.indexOf('(Reuters)');
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        const sc = el.closest('.scroll');
        sc.scrollTop += r.getBoundingClientRect().top - sc.getBoundingClientRect().top - 16;
      });
      await parkMouse(page);
      await shot(page, '04-people');
    });

    await check('b. in the 004 article "Kim Jong-un" links to the existing entity through the type-ahead', async () => {
      await openArticle(page, T004);
      await tagPerson(page, 'Kim Jong-un');
      const existing = page.getByTestId('entity-option').filter({ hasText: /^Kim Jong Un/ });
      await existing.waitFor({ timeout: TIMEOUT });
      const first = await page.getByTestId('entity-option').first().textContent();
      assert(first.includes('Create new ‘Kim Jong-un’'), `first option ${JSON.stringify(first)}`);
      await existing.hover();
      await shot(page, '05-typeahead');
      await existing.click();
      await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
      const s = await eventually(
        async () => (await spansOf(page, ids.a004)).find((x) => x.kind === 'entity' && x.quote === 'Kim Jong-un'),
        'the span in 004',
      );
      assert(s.entityId === people.kim, `linked to entity ${s.entityId}, expected ${people.kim} (Kim Jong Un)`);
      assert(s.entityName === 'Kim Jong Un', `entity name ${JSON.stringify(s.entityName)}`);
      const e = await ok(page, 'EntityService', 'Get', people.kim);
      assert(e.mentions.length === 2, `Kim Jong Un has ${e.mentions.length} mentions`);
      assert(new Set(e.mentions.map((m) => m.articleId)).size === 2, 'the mentions are not in two articles');
    });

    // ---- c. one claim in three articles -----------------------------------------
    await check('c. 000: the bullet "North Korea has sent troops…" → C → a new claim with the canonical statement', async () => {
      await openArticle(page, T000);
      await dragOver(page, S000);
      await page.keyboard.press('c');
      const ta = page.getByTestId('claim-statement');
      await ta.waitFor();
      assert((await ta.inputValue()).startsWith(S000), `statement default ${JSON.stringify(await ta.inputValue())}`);
      await ta.fill(STATEMENT);
      await shot(page, '06-claim-new');
      await page.getByTestId('claim-create').click();
      await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
      const s = await eventually(async () => (await spansOf(page, ids.a000)).find((x) => x.kind === 'claim'), 'the claim mention');
      assert(s.quote.startsWith(S000) && s.claimStatement === STATEMENT, `claim span ${JSON.stringify(s)}`);
      claimId = s.claimId;
      mentionSpan.a000 = s.id;
      await eventually(async () => (await highlightTexts(page, 'cd-claim')).some((t) => t.startsWith(S000)), 'the claim underline');
      await eventually(async () => (await page.getByTestId('span-claim').textContent()) === STATEMENT, 'the statement in the side panel');
    });

    for (const [label, key, title, sentence, search] of [
      ['002 (Reuters): the deployment sentence', 'reuters', REUTERS, S002, 'troops'],
      ['004: "around 11,000 elite troops"', 'a004', T004, S004, 'sent troops'],
    ]) {
      await check(`c. ${label} → C → attached to the same claim through the type-ahead`, async () => {
        assert(claimId, 'no claim from the step before');
        await openArticle(page, title);
        const body = await page.getByTestId('article-body').textContent();
        assert(body.includes(sentence), `the sentence is not in the article: ${sentence}`);
        await dragOver(page, sentence);
        await page.keyboard.press('c');
        await page.getByTestId('claim-search').fill(search);
        const opt = page.getByTestId('claim-option').filter({ hasText: STATEMENT });
        await opt.waitFor({ timeout: TIMEOUT });
        if (key === 'reuters') {
          await opt.hover();
          await shot(page, '07-claim-attach');
        }
        await opt.click();
        await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
        const s = await eventually(
          async () => (await spansOf(page, ids[key])).find((x) => x.kind === 'claim' && x.claimId === claimId),
          'the mention on the server',
        );
        assert(s.quote.startsWith(sentence), `quote ${JSON.stringify(s.quote)}`);
        mentionSpan[key] = s.id;
        await eventually(async () => (await highlightTexts(page, 'cd-claim')).some((t) => t.startsWith(sentence)), 'the claim underline');
      });
    }

    await check('c. the claim has three mentions in three articles', async () => {
      const d = await ok(page, 'ClaimService', 'Get', claimId);
      assert(d.statement === STATEMENT, `statement ${JSON.stringify(d.statement)}`);
      assert(d.mentions.length === 3 && d.articles === 3, `${d.mentions.length} mentions in ${d.articles} articles`);
      const claims = await ok(page, 'ClaimService', 'List', { text: '', credibility: 0, tag: '', entityId: 0, sourceId: 0, articleId: 0 });
      assert(claims.length === 1, `expected one claim, got ${claims.length}`);
      // The 004 reader with the claim selected in the side panel.
      await page.getByTestId('reader-title').click();
      await page.keyboard.press('Escape');
      await page.getByTestId('span-item').filter({ hasText: 'around 11,000' }).click();
      await eventually(async () => (await page.getByTestId('span-claim').textContent()) === STATEMENT, 'the claim in the side panel');
      await parkMouse(page);
      await shot(page, '08-reader-claim');
    });

    // ---- d. claims view and assessment ------------------------------------------
    const claimPage = page.getByTestId('claim-page');
    const claimItem = page.getByTestId('claim-item').filter({ hasText: STATEMENT });
    await check('d. "Open in Claims" shows the claim page with its three mentions', async () => {
      await page.getByTestId('open-claim').click();
      await claimPage.waitFor();
      await claimItem.waitFor();
      const row = await claimItem.innerText();
      assert(/3 mentions/.test(row) && /3 articles/.test(row) && row.includes('Ungraded'), `claim row ${JSON.stringify(row)}`);
      assert((await page.getByTestId('claim-statement').inputValue()) === STATEMENT, 'the statement field');
      await eventually(async () => (await page.getByTestId('mention').count()) === 3, 'three mention cards');
      const text = await page.getByTestId('mentions').innerText();
      for (const src of ['Reuters']) assert(text.includes(src), `mentions lack ${src}`);
      const grades = (await page.getByTestId('mention').getByTestId('grade-badge').allInnerTexts()).map((t) => t.trim());
      assert(grades.every((g) => /^[A-F]–$/.test(g)), `ungraded mentions should end in – (not 6, a judgement): ${JSON.stringify(grades)}`);
      await scrollPaneTo(page.getByTestId('mentions'));
      await shot(page, '09-claim-mentions');
    });

    await check('d. an assessment: credibility 2, rationale, the Reuters mention (supports) and a URL (context)', async () => {
      const form = page.getByTestId('assessment-form');
      await scrollPaneTo(form, 40);
      await form.locator('legend').click();
      await page.getByTestId('grade-1').focus();
      await page.keyboard.press('2');
      assert(await page.getByTestId('grade-2').isChecked(), 'key 2 did not pick credibility 2');
      await page.getByTestId('assessment-rationale').fill(RATIONALE);
      await form.getByRole('button', { name: '+ Span' }).click();
      const rows = form.getByTestId('evidence-row');
      await rows.nth(0).getByLabel('Mention').selectOption({ label: `Reuters: “${S002.slice(0, 60)}…”` });
      await rows.nth(0).getByTestId('evidence-stance').selectOption('supports');
      await page.getByTestId('add-url-evidence').click();
      await rows.nth(1).getByTestId('evidence-url').fill(EVIDENCE_URL);
      await rows.nth(1).getByTestId('evidence-stance').selectOption('context');
      await rows.nth(1).getByLabel('Evidence note').fill('background and timeline');
      await scrollPaneTo(form.locator('legend'), 16);
      await shot(page, '10-assessment-form');
      await page.getByTestId('add-assessment').click();
      const latest = page.getByTestId('latest-assessment');
      await latest.waitFor();
      const text = await latest.innerText();
      assert(text.includes('Probably true') && /supports/i.test(text) && /context/i.test(text), `latest assessment: ${JSON.stringify(text)}`);
      const list = await ok(page, 'AssessmentService', 'ListForClaim', claimId);
      assert(list.length === 1 && list[0].credibility === 2 && list[0].rationale === RATIONALE, `assessments ${JSON.stringify(list)}`);
      const ev = list[0].evidence;
      const span = ev.find((e) => e.spanId === mentionSpan.reuters);
      const link = ev.find((e) => e.url === EVIDENCE_URL);
      assert(span?.stance === 'supports' && span.articleId === ids.reuters, `span evidence ${JSON.stringify(ev)}`);
      assert(link?.stance === 'context', `URL evidence ${JSON.stringify(ev)}`);
    });

    await check('d. the claim page shows the current grade "2 Probably true"', async () => {
      await eventually(async () => (await claimItem.innerText()).includes('Probably true'), 'the list row updated');
      await page.waitForFunction(
        () => [...document.querySelectorAll('[data-testid=mention] [data-testid=grade-badge]')].every((b) => /^[A-F]2$/.test(b.textContent.trim())),
      );
      const d = await ok(page, 'ClaimService', 'Get', claimId);
      assert(d.credibility === 2 && d.credibilityLabel === 'Probably true', `claim credibility ${d.credibility} ${d.credibilityLabel}`);
      const head = await claimPage.locator('header.head').innerText();
      assert(head.includes('Probably true'), `claim header ${JSON.stringify(head)}`);
      await claimPage.evaluate((el) => el.scrollTo({ top: 0 }));
      await shot(page, '11-claim-graded');
    });

    // ---- e. sources ------------------------------------------------------------------
    await check('e. Sources: Reuters is set to B "Usually reliable"', async () => {
      await page.getByTestId('tab-sources').click();
      const row = page.locator('[data-testid=source-row][data-source-name="Reuters"]');
      await row.waitFor();
      await row.getByTestId('source-reliability').selectOption('B');
      await row.getByTestId('reliability-badge').filter({ hasText: 'B' }).waitFor();
      const label = await row.getByTestId('source-reliability').evaluate((s) => s.selectedOptions[0].textContent);
      assert(label === 'B Usually reliable', `selected ${JSON.stringify(label)}`);
      const sources = await ok(page, 'SourceService', 'List');
      const r = sources.find((s) => s.name === 'Reuters');
      assert(r?.reliability === 'B' && r.reliabilityLabel === 'Usually reliable', `Reuters on the server: ${JSON.stringify(r)}`);
      await parkMouse(page);
      await shot(page, '12-sources');
    });

    await check('e. the Reuters mention now grades B2', async () => {
      await page.getByTestId('tab-claims').click();
      await claimPage.waitFor();
      const m = page.locator(`[data-testid=mention][data-span-id="${mentionSpan.reuters}"]`);
      await m.getByTestId('grade-badge').filter({ hasText: 'B2' }).waitFor();
      const d = await ok(page, 'ClaimService', 'Get', claimId);
      const grades = Object.fromEntries(d.mentions.map((x) => [x.spanId, x.grade]));
      assert(grades[mentionSpan.reuters] === 'B2', `grades ${JSON.stringify(grades)}`);
      await scrollPaneTo(m, 16);
      await parkMouse(page);
      await shot(page, '13-grade-b2');
    });

    // ---- f. undo / redo -----------------------------------------------------------------
    const reliability = async () => (await ok(page, 'SourceService', 'List')).find((s) => s.name === 'Reuters')?.reliability;
    await check('f. Ctrl+Z undoes the last change (Reuters back to F), Ctrl+Shift+Z redoes it', async () => {
      const undo = page.getByTestId('undo');
      const redo = page.getByTestId('redo');
      const before = await undo.innerText();
      assert(/Reuters/.test(before), `the undo button should name the Reuters change: ${JSON.stringify(before)}`);
      await shot(page, '14-undo-label', { locator: page.locator('header.topbar') });
      await page.getByRole('heading', { name: 'Claims', exact: true }).click(); // out of any field
      await page.keyboard.press('Control+z');
      await eventually(async () => (await reliability()) === 'F', 'Reuters back to F after undo');
      await eventually(async () => (await redo.isEnabled()) && /Reuters/.test(await redo.innerText()), 'the redo button names the change');
      const m = page.locator(`[data-testid=mention][data-span-id="${mentionSpan.reuters}"]`);
      await m.getByTestId('grade-badge').filter({ hasText: 'F2' }).waitFor();
      await shot(page, '15-redo-label', { locator: page.locator('header.topbar') });
      await page.keyboard.press('Control+Shift+Z');
      await eventually(async () => (await reliability()) === 'B', 'Reuters B again after redo');
      await m.getByTestId('grade-badge').filter({ hasText: 'B2' }).waitFor();
      assert((await undo.innerText()) === before, `undo label after redo ${JSON.stringify(await undo.innerText())}`);
    });

    // ---- reference screenshots for the guide --------------------------------------
    await check('the ? overlay lists the shortcuts', async () => {
      await page.getByRole('heading', { name: 'Claims', exact: true }).click();
      await page.keyboard.press('?');
      const dlg = page.getByTestId('shortcuts');
      await dlg.waitFor();
      const t = await dlg.textContent();
      for (const k of ['Ctrl+Z', 'J / K', 'Delete', 'Escape', '1 – 7']) assert(t.includes(k), `overlay lacks ${k}`);
      await shot(page, '16-shortcuts');
      await page.keyboard.press('Escape');
      await dlg.waitFor({ state: 'detached' });
    });

    await check('/ opens search; "troops" finds the articles and the claim', async () => {
      await page.getByTestId('tab-reader').click();
      await page.getByTestId('reader-title').click();
      await page.keyboard.press('/');
      const box = page.getByTestId('search-box');
      await box.waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'search-box', null, { timeout: 5_000 });
      await box.fill('troops');
      await box.press('Enter');
      await page.getByTestId('search-group-article').waitFor();
      await page.getByTestId('search-group-claim').getByTestId('search-hit').filter({ hasText: STATEMENT }).waitFor();
      await parkMouse(page);
      await shot(page, '17-search');
    });

    await check('no uncaught errors in the page', async () => {
      assert(pageErrors.length === 0, pageErrors.join('\n'));
      console.log(`     screenshots:\n       ${shots.join('\n       ')}`);
    });
  },
  { launch: { viewport: VIEWPORT } },
);
