// End-to-end walk of finding things again: an analyst follows one outlet (Sources' "N
// articles" lists that outlet's articles, the filter stays across an edit and a reload),
// sorts the claims list (by mentions, by contradictions, by grade; the sort stays after an
// edit, a filter and a reload; all from the keyboard too), and finds claims by a word in
// another form ("fired" finds "fire", "fires" and "firing", not "first"). A small workspace
// built through the real services (the HTTP bridge, as the UI calls them); every text is
// invented here.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/find.test.mjs
//
// Prints "N passed, M failed" last. Screenshots: $SCREENSHOT_DIR/find-*.png.

import { TIMEOUT, api, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';

const shot = (page, name) => page.screenshot({ path: screenshotPath(`find-${name}.png`) });

// ---- the material (all invented) -------------------------------------------------

const OUTLETS = ['Pellan Gazette', 'Harrow Radio', 'Dene Wire', 'Sallow Post'];
const DAYS = ['2 November 2026', '3 November 2026', '4 November 2026', '5 November 2026', '6 November 2026'];

/** Each claim, the articles (0–19) stating it, and the figure an article gives instead, if any. */
const CLAIMS = [
  { statement: 'A fire at the Quarry Lane warehouse spread to two homes', in: [0, 1, 2, 3, 4] },
  { statement: 'Police fired warning shots outside the Brennick depot', in: [5, 6] },
  { statement: 'Crews kept firing water at the mill roof until dawn', in: [7, 8, 9] },
  { statement: 'Two fires broke out on the Lessop estate overnight', in: [10, 11, 12, 13] },
  { statement: 'The first ferry from Pellan left at six', in: [14, 15, 16, 17, 18, 19] },
  { statement: 'Sallow council approved 40 new street lamps', in: [1, 6, 11], other: { 11: '60' } },
  { statement: 'The Dene bridge reopened after the storm', in: [3] },
];
const PER_OUTLET = 5;
const ARTICLES = OUTLETS.length * PER_OUTLET;

function articleText(k) {
  const outlet = OUTLETS[Math.floor(k / PER_OUTLET)];
  const day = k % DAYS.length;
  const stated = CLAIMS.filter((c) => c.in.includes(k)).map((c) => (c.other?.[k] ? c.statement.replace('40', c.other[k]) : c.statement));
  const title = `Town desk note ${k + 1} from ${outlet}`;
  const body = [
    `The town desk filed its note ${k + 1} for the week.`,
    ...stated.map((s) => `${s}, residents said.`),
    `The ${outlet} desk will follow up tomorrow.`,
  ].join('\n\n');
  return { outlet, title, text: `${title}\n\n${outlet} | ${DAYS[day]}, 09:00\n\n${body}\n` };
}

async function call(page, service, method, ...args) {
  const r = await api(page, service, method, ...args);
  if (r.status !== 200) throw new Error(`${service}.${method}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
}

const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');

async function buildWorkspace(page) {
  const files = Array.from({ length: ARTICLES }, (_, k) => ({ name: `desk-${k}.txt`, content: b64(articleText(k).text) }));
  files.push({ name: 'desk-loose.txt', content: b64('A loose note\n\nThe Dene bridge reopened after the storm, a reader wrote.\n') });
  const sum = await call(page, 'ImportService', 'ImportFiles', files, {});
  const ids = sum.items.map((it) => it.articleId);
  assert(ids.length === ARTICLES + 1 && ids.every((x) => x > 0), `imported ${ids.filter((x) => x > 0).length} of ${ARTICLES + 1}`);
  const claims = [];
  for (const c of CLAIMS) {
    let claimId = 0;
    for (const k of c.in) {
      const body = (await call(page, 'ArticleService', 'Get', ids[k])).body;
      const sentence = c.other?.[k] ? c.statement.replace('40', c.other[k]) : c.statement;
      const start = body.indexOf(sentence);
      const input = { articleId: ids[k], start, end: start + sentence.length, quote: sentence };
      if (c.other) input.rawValue = `${c.other[k] ?? '40'} new street lamps`; // the figure as written: 40 against 60 is a contradiction
      if (claimId === 0) input.newStatement = c.statement;
      else input.claimId = claimId;
      claimId = (await call(page, 'ClaimService', 'AddMention', input)).id;
    }
    claims.push({ ...c, id: claimId });
  }
  // verdicts on three claims
  const grades = { 0: 3, 4: 1, 6: 5 };
  for (const [i, g] of Object.entries(grades)) await call(page, 'AssessmentService', 'Add', { claimId: claims[i].id, credibility: g, rationale: 'Checked with the desk.' });
  const sources = await call(page, 'SourceService', 'List');
  return { ids, claims, sources };
}

// ---- the walk -------------------------------------------------------------------

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
  const sample = Number((await page.getByTestId('article-count').innerText()).trim()); // the sample corpus
  let ws;
  await check('the workspace is built through the services: 21 articles from 4 outlets and one with none, 7 claims', async () => {
    ws = await buildWorkspace(page);
    await page.reload();
    await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
  });
  if (!ws) return;
  const titles = async () => page.getByTestId('article-item').locator('.title').allInnerTexts();

  // ---- 1. follow one outlet ----
  const outlet = 'Harrow Radio';
  const mine = Array.from({ length: ARTICLES }, (_, k) => articleText(k)).filter((a) => a.outlet === outlet).map((a) => a.title);
  let before = '';
  await check(`Sources' "${PER_OUTLET} articles" of ${outlet} lists that outlet's articles, and only those`, async () => {
    before = (await page.getByTestId('reader-title').innerText()).trim();
    await page.getByTestId('tab-sources').click();
    const row = page.locator(`[data-testid=source-row][data-source-name="${outlet}"]`);
    await row.waitFor({ timeout: TIMEOUT });
    await row.getByRole('button', { name: `${PER_OUTLET} articles` }).click();
    await eventually(async () => (await page.getByTestId('article-count').innerText()).trim() === String(PER_OUTLET),
      `the article list counts ${PER_OUTLET} (it reads ${await page.getByTestId('article-count').innerText().catch(() => '?')})`);
    const t = await titles();
    assert(t.length === PER_OUTLET && t.every((x) => mine.includes(x)), `the list shows ${JSON.stringify(t)}`);
    const picked = await page.getByTestId('article-filter-outlet').locator('option:checked').innerText();
    assert(picked.startsWith(outlet), `the outlet filter reads ${JSON.stringify(picked)}`);
    await shot(page, '01-outlet');
  });

  await check(`the reader then shows ${outlet}'s first article, not the one of another outlet that was open, and the list marks it`, async () => {
    // what was open before: the article restored at start-up, of the sample corpus
    assert(!mine.includes(before), `the article open before the click is already one of ${outlet}'s (${JSON.stringify(before)}): the check proves nothing`);
    await eventually(async () => mine.includes((await page.getByTestId('reader-title').innerText()).trim()),
      `the reader on one of ${outlet}'s articles (it shows ${JSON.stringify(await page.getByTestId('reader-title').innerText().catch(() => '?'))})`);
    const shown = (await page.getByTestId('reader-title').innerText()).trim();
    const first = (await titles())[0];
    assert(shown === first, `the reader shows ${JSON.stringify(shown)}, the list's first is ${JSON.stringify(first)}`);
    const marked = await page.locator('[data-testid=article-item][aria-current=true] .title').allInnerTexts();
    assert(marked.length === 1 && marked[0] === first, `the list marks ${JSON.stringify(marked)}`);
  });

  await check('the outlet filter stays after an edit (a claim marked in one of its articles) and after a reload', async () => {
    await page.getByTestId('article-item').first().click();
    const first = ws.ids[OUTLETS.indexOf(outlet) * PER_OUTLET];
    const body = (await call(page, 'ArticleService', 'Get', first)).body;
    const s = body.indexOf('The town desk');
    await call(page, 'ClaimService', 'AddMention', { articleId: first, start: s, end: s + 13, quote: 'The town desk', newStatement: 'The town desk filed a note' });
    await page.waitForTimeout(600); // the list follows the change event (300 ms debounce)
    await eventually(async () => (await page.getByTestId('article-count').innerText()).trim() === String(PER_OUTLET), 'still 5 after the edit');
    await page.reload();
    await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await page.getByTestId('article-count').innerText()).trim() === String(PER_OUTLET), 'still 5 after the reload');
    const t = await titles();
    assert(t.every((x) => mine.includes(x)), `after the reload the list shows ${JSON.stringify(t)}`);
  });

  await check('the filter picks another outlet, the articles with no outlet, and every outlet again, by mouse', async () => {
    const picker = page.getByTestId('article-filter-outlet');
    await picker.click();
    await picker.selectOption({ label: `Sallow Post (${PER_OUTLET})` });
    await eventually(async () => (await titles()).every((x) => x.endsWith('Sallow Post')) && (await titles()).length === PER_OUTLET, 'Sallow Post only');
    await picker.selectOption({ label: 'No outlet' });
    await eventually(async () => (await titles()).includes('A loose note'), `the article with no outlet (the list: ${JSON.stringify(await titles())})`);
    const outlets = await page.getByTestId('article-item').locator('.source').allInnerTexts();
    assert(outlets.every((o) => o === 'unknown source'), `"No outlet" lists articles of ${JSON.stringify(outlets)}`);
    await shot(page, '02-no-outlet');
    await page.getByTestId('article-filter-clear').click();
    await eventually(async () => (await page.getByTestId('article-count').innerText()).trim() === String(sample + ARTICLES + 1), 'every article again');
  });

  // ---- 2. sort the claims ----
  const claimRows = async () => page.getByTestId('claim-item').evaluateAll((els) => els.map((el) => ({
    statement: el.querySelector('.statement')?.textContent ?? '',
    mentions: Number(/(\d+) mentions?/.exec(el.textContent ?? '')?.[1] ?? -1),
    grade: Number(/\b([1-6])\b/.exec(el.querySelector('.v-meta > *')?.textContent ?? '')?.[1] ?? 9), // the badge; ungraded 9
    key: el.querySelector('[data-testid=claim-sort-key]')?.textContent ?? '',
  })));
  const descending = (xs) => xs.every((x, i) => i === 0 || xs[i - 1] >= x);
  const sortBy = page.getByTestId('claims-sort');
  await check('the claims list sorted by most mentions, with the mouse: the ferry claim (6 mentions) first, the counts descending', async () => {
    await page.getByTestId('tab-claims').click();
    await page.getByTestId('claim-item').first().waitFor({ timeout: TIMEOUT });
    await sortBy.click();
    await sortBy.selectOption('mentions');
    await eventually(async () => (await claimRows())[0]?.statement === CLAIMS[4].statement, 'the ferry claim first');
    const m = (await claimRows()).map((r) => r.mentions);
    assert(descending(m) && m[0] === 6, `mentions down the list: ${JSON.stringify(m)}`);
    await shot(page, '03-sort-mentions');
  });

  await check('the sort stays after an edit, a filter and a reload', async () => {
    const lamp = ws.claims[5];
    await call(page, 'TagService', 'TagClaim', lamp.id, 'lamps'); // an edit: the list reloads
    await page.waitForTimeout(400);
    let m = (await claimRows()).map((r) => r.mentions);
    assert(descending(m) && (await sortBy.inputValue()) === 'mentions', `after an edit: ${await sortBy.inputValue()} ${JSON.stringify(m)}`);
    await page.getByTestId('claims-filter-text').fill('the');
    await eventually(async () => (await page.getByTestId('claims-count').innerText()).trim() !== String(CLAIMS.length + 1), 'the list filtered');
    m = (await claimRows()).map((r) => r.mentions);
    assert(descending(m) && (await sortBy.inputValue()) === 'mentions', `after a filter: ${await sortBy.inputValue()} ${JSON.stringify(m)}`);
    await page.getByTestId('claims-filter-text').fill('');
    await eventually(async () => (await page.getByTestId('claims-count').innerText()).trim() === String(CLAIMS.length + 1), 'every claim again');
    await page.reload();
    await page.getByTestId('claim-item').first().waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await claimRows())[0]?.statement === CLAIMS[4].statement, 'the ferry claim first after the reload');
    assert((await sortBy.inputValue()) === 'mentions', `after the reload the sort is ${await sortBy.inputValue()}`);
  });

  await check('sorted by contradictions the lamps claim (40 against 60) comes first and says so; by verdict, grade 1 first and the ungraded last', async () => {
    await sortBy.selectOption('contradictions');
    await eventually(async () => (await claimRows())[0]?.statement === CLAIMS[5].statement,
      `the lamps claim first (the rows: ${JSON.stringify((await claimRows()).map((r) => [r.statement.slice(0, 20), r.key]))}; ForClaim: ${JSON.stringify((await api(page, 'ConflictService', 'ForClaim', ws.claims[5].id)).body).slice(0, 300)})`);
    const first = (await claimRows())[0];
    assert(first.key === '1 contradiction', `its row says ${JSON.stringify(first.key)}`);
    await shot(page, '04-sort-contradictions');
    await sortBy.selectOption('grade');
    await eventually(async () => (await claimRows())[0]?.grade === 1, 'grade 1 first');
    const g = (await claimRows()).map((r) => r.grade);
    assert(g.every((x, i) => i === 0 || g[i - 1] <= x), `grades down the list: ${JSON.stringify(g)}`);
  });

  await check('the sort is reachable from the keyboard: Tab from the text filter to "Sort by", a key changes it', async () => {
    await page.getByTestId('claims-filter-text').click();
    let on = '';
    for (let i = 0; i < 12 && on !== 'claims-sort'; i++) {
      await page.keyboard.press('Tab');
      on = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    }
    assert(on === 'claims-sort', 'Tab never reached the sort picker');
    await page.keyboard.press('f'); // type-ahead on the closed picker: "First seen"
    await eventually(async () => (await sortBy.inputValue()) === 'first-seen', `the sort after ArrowDown: ${await sortBy.inputValue()}`);
    await eventually(async () => /^first seen /.test((await claimRows())[0]?.key ?? ''), 'the rows say when each claim was first seen');
    await sortBy.selectOption('changed');
  });

  // ---- 3. a word in any of its forms ----
  await check('"fired" in the claims filter finds the claims that say fire, fires, fired and firing, and not the first ferry', async () => {
    const box = page.getByTestId('claims-filter-text');
    await box.click();
    await box.pressSequentially('fired', { delay: 30 }); // typed as a person types it
    const want = [CLAIMS[0], CLAIMS[1], CLAIMS[2], CLAIMS[3]].map((c) => c.statement).sort();
    await eventually(async () => (await page.getByTestId('claims-count').innerText()).trim() === String(want.length),
      `${want.length} claims (it reads ${await page.getByTestId('claims-count').innerText()}: ${JSON.stringify((await claimRows()).map((r) => r.statement))})`);
    const got = (await claimRows()).map((r) => r.statement).sort();
    assert(JSON.stringify(got) === JSON.stringify(want), `"fired" finds ${JSON.stringify(got)}`);
    await shot(page, '05-fired');
    await box.fill('first');
    await eventually(async () => JSON.stringify((await claimRows()).map((r) => r.statement)) === JSON.stringify([CLAIMS[4].statement]), '"first" finds the ferry only');
    await box.fill('');
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
