// End-to-end walk of the same product a week later: a workspace as an analyst has it after
// a week of work — 200 short articles from twelve outlets about eight invented stories,
// 40 claims with 2–12 mentions each, some verdicts, speakers created from the claim page
// and two spellings of one council merged — built through the real services (the HTTP
// bridge, as the UI calls them), then walked in Chromium as an analyst in a hurry does:
// find a claim from last Tuesday by a word, filter by entity and by verdict, open the
// claim with 12 mentions and its matrix row, find one outlet's articles, export the claims
// CSV and read it back, reload and come back to where they were. Every text is invented here.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/weeklater.test.mjs
//
// Prints browser timings of the slow-looking steps (figures, never asserted) and
// "N passed, M failed" last. Screenshots: $SCREENSHOT_DIR/weeklater-*.png.

import { readFileSync } from 'node:fs';
import { TIMEOUT, api, assert, check, eventually, fileMenu, parseCsv, runE2E, screenshotPath } from './lib.mjs';

const shot = (page, name) => page.screenshot({ path: screenshotPath(`weeklater-${name}.png`) });

// ---- the week's material (all invented) -----------------------------------------

const OUTLETS = ['Harbour Gazette', 'Riverside Radio', 'Coast Wire', 'Valley Post', 'Northern Ledger', 'Brightwater Times',
  'Kestrel FM', 'Lowland Courier', 'Tarrow Herald', 'Mirefield Echo', 'Osterby Observer', 'Dunmere Daily'];
// 30 November 2026 is a Monday: "last Tuesday" is 1 December.
const DAYS = ['30 November 2026', '1 December 2026', '2 December 2026', '3 December 2026', '4 December 2026', '5 December 2026', '6 December 2026'];
const TUESDAY = 1;

const STORIES = [
  { topic: 'Dunmere ferry', claims: [
    'The Dunmere ferry stopped running after a hull crack was found',
    'Forty passengers were moved to a relief boat off Dunmere pier',
    'The Dunmere ferry operator blamed a welding fault from last spring',
    'Repairs to the Dunmere ferry will cost 2 million pounds',
    'The harbour master ordered an inspection of every ferry on the Dunmere route'] },
  { topic: 'Osterby flood', claims: [
    'Officials ordered 300 families to evacuate the riverside district of Osterby',
    'The river at Osterby rose by three metres overnight',
    'Osterby Council opened two shelters in school halls',
    'A footbridge over the Osterby weir was swept away',
    'Osterby pumping station failed for six hours on Sunday'] },
  { topic: 'Kestrel mine strike', claims: [
    'Miners at the Kestrel pit walked out over unpaid overtime',
    'The Kestrel mine owners offered a four per cent rise',
    'About 900 workers joined the strike at Kestrel',
    'The union said talks at Kestrel collapsed on Thursday',
    'Coal deliveries from Kestrel fell by half in a week'] },
  { topic: 'Brannock hospital fire', claims: [
    'A fire in the Brannock hospital laundry forced 60 patients out of two wards',
    'Nobody was hurt in the Brannock hospital fire',
    'The Brannock fire started in a tumble dryer',
    'Brannock hospital cancelled 120 operations after the fire',
    'Smoke alarms in the Brannock laundry had not been tested for a year'] },
  { topic: 'Lowen water outage', claims: [
    'Twelve thousand homes in Lowen were left without tap water',
    'A burst main under Lowen high street caused the outage',
    'Bottled water stations opened at three Lowen car parks',
    'Lowen Water said supply would be back within 48 hours',
    'Two Lowen care homes received water by tanker'] },
  { topic: 'Tarrow council budget', claims: [
    'Tarrow council plans to close four libraries',
    'The Tarrow budget gap is 14 million pounds',
    'Council tax in Tarrow will rise by five per cent',
    'Tarrow will cut bus subsidies for rural routes',
    'The Tarrow budget vote was delayed to January'] },
  { topic: 'Mirefield rail crash', claims: [
    'A freight train derailed near Mirefield junction',
    'Eleven wagons left the track at Mirefield',
    'The Mirefield line will stay closed for a week',
    'Diesel leaked into a stream beside the Mirefield track',
    'Investigators are examining a broken rail at Mirefield'] },
  { topic: 'Halvard bridge closure', claims: [
    'The Halvard bridge was shut to lorries after cracks appeared',
    'Drivers face a detour of 30 kilometres around Halvard',
    'The Halvard bridge carries 20,000 vehicles a day',
    'Engineers found corrosion in two Halvard bridge piers',
    'A temporary ferry will run beside the Halvard bridge'] },
];
const PER_STORY = 25; // 8 × 25 = 200 articles

/** How many articles state claim j of story s: 2–12; the first claim of the first story 12. */
const mentionCount = (s, j) => (s === 0 && j === 0 ? 12 : 2 + ((s * 5 + j) * 7) % 11);
/** The articles of a story (0–24) that state claim j: consecutive from a start that depends on j. */
const statingArticles = (s, j) => Array.from({ length: mentionCount(s, j) }, (_, i) => (j * 5 + i) % PER_STORY);

function articleText(s, k) {
  const story = STORIES[s];
  const outlet = OUTLETS[(s * 7 + k) % OUTLETS.length];
  const day = (s + k) % DAYS.length;
  const hour = String(6 + (k % 14)).padStart(2, '0');
  const stated = story.claims.filter((_, j) => statingArticles(s, j).includes(k));
  const title = `${story.topic}: update ${k + 1} from ${outlet}`;
  const body = [
    `Reporting on the ${story.topic} continued on day ${day + 1} of the week, edition ${s * PER_STORY + k + 1}.`,
    ...stated.map((c) => `${c}, according to people familiar with the matter.`),
    `More details are expected later, the ${outlet} newsroom said in its note number ${k + 1}.`,
  ].join('\n\n');
  return { title, outlet, day, text: `${title}\n\n${outlet} | ${DAYS[day]}, ${hour}:00\n\n${body}\n` };
}

/** Calls a service; throws with the answer unless it succeeded. */
async function call(page, service, method, ...args) {
  const r = await api(page, service, method, ...args);
  if (r.status !== 200) throw new Error(`${service}.${method}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
}

const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');

/** Builds the week: returns what the walk needs to know about it. */
async function buildWeek(page) {
  const files = [];
  const meta = [];
  for (let s = 0; s < STORIES.length; s++)
    for (let k = 0; k < PER_STORY; k++) {
      const a = articleText(s, k);
      files.push({ name: `week-${s}-${k}.txt`, content: b64(a.text) });
      meta.push({ s, k, ...a });
    }
  const ids = [];
  for (let i = 0; i < files.length; i += 50) {
    const sum = await call(page, 'ImportService', 'ImportFiles', files.slice(i, i + 50), {});
    for (const it of sum.items) ids.push(it.articleId);
  }
  assert(ids.length === 200 && ids.every((x) => x > 0), `imported ${ids.filter((x) => x > 0).length} of 200`);
  const byStory = (s, k) => ids[s * PER_STORY + k];

  // 40 claims, each marked in the articles that state it (the sentence, without its attribution)
  const claims = [];
  const bodies = {};
  for (let s = 0; s < STORIES.length; s++)
    for (let j = 0; j < STORIES[s].claims.length; j++) {
      const sentence = STORIES[s].claims[j];
      let claimId = 0;
      const spans = [];
      for (const k of statingArticles(s, j)) {
        const body = (bodies[byStory(s, k)] ??= (await call(page, 'ArticleService', 'Get', byStory(s, k))).body);
        const start = body.indexOf(sentence); // ASCII: code units are code points
        const input = { articleId: byStory(s, k), start, end: start + sentence.length, quote: sentence };
        if (claimId === 0) input.newStatement = sentence;
        else input.claimId = claimId;
        const d = await call(page, 'ClaimService', 'AddMention', input);
        claimId = d.id;
        spans.push(d.mentions.find((m) => m.articleId === byStory(s, k)).spanId);
      }
      claims.push({ s, j, id: claimId, statement: sentence, mentions: spans.length, spans, firstDay: meta[s * PER_STORY + statingArticles(s, j)[0]].day });
    }

  // speakers created from the claim page; two spellings of one council, merged later
  const council = claims.filter((c) => c.s === 1);
  for (const [i, c] of council.entries()) {
    const name = i % 2 === 0 ? 'Osterby Council' : 'Osterby City Council';
    await call(page, 'ClaimService', 'UpdateMention', c.spans[0], { newSpeaker: { type: 'organisation', name } });
  }
  for (const c of claims.filter((c) => c.s === 2)) await call(page, 'ClaimService', 'UpdateMention', c.spans[0], { newSpeaker: { type: 'organisation', name: 'Kestrel Miners Union' } });
  const ents = await call(page, 'EntityService', 'List', 'Osterby', 'organisation', 10);
  const keep = ents.find((e) => e.name === 'Osterby Council');
  const gone = ents.find((e) => e.name === 'Osterby City Council');
  await call(page, 'EntityService', 'Merge', gone.id, keep.id);

  // verdicts on a third of the claims
  const graded = {};
  for (const [i, c] of claims.entries()) {
    if (i % 3 !== 0) continue;
    const credibility = 1 + (i % 6);
    await call(page, 'AssessmentService', 'Add', { claimId: c.id, credibility, rationale: `Checked on day ${1 + (i % 7)} against the outlets' own reporting.` });
    graded[c.id] = credibility;
  }
  return { ids, claims, graded, council: keep, councilClaims: council.length };
}

// ---- the walk -------------------------------------------------------------------

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  const timings = {};
  /** Milliseconds from now until fn resolves (a browser-side figure for the report). */
  const timed = async (name, fn) => {
    const t0 = Date.now();
    const r = await fn();
    timings[name] = Date.now() - t0;
    return r;
  };

  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
  let week;

  await check('a week of work is built through the services: 200 articles, 40 claims with 2–12 mentions, verdicts, a merge', async () => {
    week = await timed('build the week (bridge calls)', () => buildWeek(page));
    assert(week.claims.length === 40, `${week.claims.length} claims`);
    const counts = week.claims.map((c) => c.mentions);
    assert(Math.min(...counts) === 2 && Math.max(...counts) === 12, `mentions per claim ${Math.min(...counts)}–${Math.max(...counts)}`);
    await page.reload();
    await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
  });
  if (!week) return;

  await check('the claims list counts 40, as the matrix does', async () => {
    await timed('open Claims (200 articles, 40 claims)', async () => {
      await page.getByTestId('tab-claims').click();
      await eventually(async () => (await page.getByTestId('claims-count').innerText()).trim() === '40', 'the count 40');
    });
    await timed('open Matrix', async () => {
      await page.getByTestId('tab-matrix').click();
      await page.getByTestId('matrix-row').first().waitFor({ timeout: TIMEOUT });
    });
    await shot(page, '01-matrix');
    const m = await page.getByTestId('matrix-count').innerText();
    assert(/^40 of 40 claims/.test(m), `the matrix counts ${JSON.stringify(m)}`);
    await page.getByTestId('tab-claims').click();
  });

  // The analyst remembers "evacuated" from Tuesday's story; the claim says "evacuate".
  const flood = week.claims.find((c) => c.statement.includes('evacuate'));
  await check('a claim from last Tuesday found by a word as the analyst remembers it ("evacuated")', async () => {
    assert(flood.firstDay === TUESDAY || week.claims.some((c) => c.firstDay === TUESDAY), 'setup: no claim from Tuesday');
    const box = page.getByTestId('claims-filter-text');
    await box.click();
    await box.fill('evacuated');
    await shot(page, '02-search-evacuated');
    await eventually(async () => (await page.getByTestId('claims-count').innerText()).trim() !== '40', 'the list filtered', 5_000).catch(() => {});
    const items = await page.getByTestId('claim-item').allInnerTexts();
    assert(items.some((t) => t.includes(flood.statement)), `"evacuated" finds ${items.length} claims: ${JSON.stringify(items.map((t) => t.slice(0, 60)))}`);
  });

  await check('filter by the merged entity: the claims of both spellings, counted as the entity page counts them', async () => {
    await page.getByTestId('claims-filter-text').fill('');
    const picker = page.getByLabel('Filter by entity');
    await picker.focus();
    await eventually(async () => (await picker.locator('option', { hasText: 'Osterby Council' }).count()) > 0, 'the council among the options');
    await picker.selectOption({ label: await picker.locator('option', { hasText: 'Osterby Council' }).first().innerText() });
    await eventually(async () => (await page.getByTestId('claims-count').innerText()).trim() === String(week.councilClaims),
      `${week.councilClaims} claims (it reads ${await page.getByTestId('claims-count').innerText()})`);
    await shot(page, '03-entity');
    await page.getByLabel('Filter by entity').selectOption({ index: 0 });
  });

  await check('filter by verdict: the count is the number of claims given that grade', async () => {
    const want = Object.values(week.graded).filter((g) => g === 4).length;
    await page.getByTestId('claims-filter-grade').selectOption('4');
    await eventually(async () => (await page.getByTestId('claims-count').innerText()).trim() === String(want), `${want} claims graded 4`);
    await page.getByTestId('claims-filter-grade').selectOption('0');
    await eventually(async () => (await page.getByTestId('claims-count').innerText()).trim() === '40', 'all 40 again');
  });

  const big = week.claims.find((c) => c.mentions === 12);
  await check('the claim with 12 mentions: 12 cards on its page and 12 cells in its matrix row', async () => {
    await page.getByTestId('claims-filter-text').fill(big.statement.slice(0, 24));
    const item = page.getByTestId('claim-item').filter({ hasText: big.statement });
    await item.waitFor({ timeout: TIMEOUT });
    await timed('open the claim with 12 mentions', async () => {
      await item.click();
      await eventually(async () => (await page.getByTestId('mention').count()) === 12, '12 mention cards');
    });
    await shot(page, '04-claim-12');
    await page.getByTestId('tab-matrix').click();
    try {
      const filter = page.getByTestId('matrix-filter');
      await filter.click();
      await filter.fill(big.statement);
      const row = page.getByTestId('matrix-row').filter({ hasText: big.statement });
      await eventually(async () => (await page.getByTestId('matrix-row').count()) === 1, 'the matrix filtered to the claim');
      await shot(page, '04b-matrix-12');
      const count = await page.getByTestId('matrix-count').innerText();
      const cells = await row.locator('td:not(.hspacer)').evaluateAll((tds) => tds.map((td) => td.classList.contains('filled')));
      assert(/× 12 articles/.test(count), `the matrix of the claim reads ${JSON.stringify(count)}: its 12 mentions are scattered among the columns`);
      assert(cells.length > 0 && cells.every(Boolean), `the row shows ${cells.filter(Boolean).length} filled of ${cells.length} columns in view`);
    } finally {
      await page.getByTestId('matrix-filter').fill('');
      await page.getByTestId('tab-claims').click();
    }
  });

  await check('export the claims CSV and read it back: 40 rows, each with its mentions', async () => {
    await page.getByTestId('claims-filter-text').fill('');
    await eventually(async () => (await page.getByTestId('claims-count').innerText()).trim() === '40', 'all 40');
    await fileMenu(page, 'export-open');
    await page.getByTestId('export-dialog').waitFor({ timeout: TIMEOUT });
    await page.getByTestId('export-what').selectOption('claims');
    await page.getByTestId('export-format-csv').check();
    const [download] = await timed('export the claims CSV', () =>
      Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), page.getByTestId('export-run').click()]));
    const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
    const head = rows[0];
    const body = rows.slice(1).filter((r) => r.length > 1);
    assert(body.length === 40, `${body.length} rows`);
    for (const c of week.claims) {
      const r = body.find((x) => x[head.indexOf('statement')] === c.statement);
      assert(r, `no row for ${c.statement}`);
      assert(r[head.indexOf('mentions')] === String(c.mentions), `${c.statement}: mentions ${r[head.indexOf('mentions')]}, want ${c.mentions}`);
    }
    await page.keyboard.press('Escape');
  });

  await check('the matrix sorted by grade: the rows in grade order', async () => {
    await page.getByTestId('tab-matrix').click();
    await page.getByTestId('matrix-row').first().waitFor({ timeout: TIMEOUT });
    await timed('sort the matrix by grade', async () => {
      await page.getByTestId('matrix-sort-grade').click();
      await page.waitForTimeout(50);
    });
    const grades = async () => (await page.getByTestId('matrix-row').evaluateAll((rows) => rows.map((r) => r.querySelector('.row-meta')?.textContent ?? '')))
      .map((t) => Number(/\b([1-6])\b/.exec(t)?.[1] ?? 9));
    const g = await grades();
    const sorted = [...g].sort((a, b) => a - b);
    const desc = [...sorted].reverse();
    assert(JSON.stringify(g) === JSON.stringify(sorted) || JSON.stringify(g) === JSON.stringify(desc), `rows by grade read ${JSON.stringify(g)}`);
    await shot(page, '06-matrix-by-grade');
  });

  await check('compare two claims: tagged "compare", the matrix filtered by the tag shows both rows over the articles either has', async () => {
    const [a, b] = [week.claims[5], week.claims[6]]; // two claims of one story
    for (const c of [a, b]) await call(page, 'TagService', 'TagClaim', c.id, 'compare');
    await page.reload();
    await page.getByTestId('matrix-view').waitFor({ timeout: TIMEOUT });
    await page.getByTestId('matrix-tag').selectOption('compare');
    await eventually(async () => (await page.getByTestId('matrix-row').count()) === 2, 'two rows');
    const count = await page.getByTestId('matrix-count').innerText();
    const union = new Set([...statingArticles(a.s, a.j), ...statingArticles(b.s, b.j)]).size;
    await shot(page, '07-compare');
    assert(count.includes(`× ${union} articles`), `comparing two claims over ${union} articles, the matrix reads ${JSON.stringify(count)}`);
    await page.getByTestId('matrix-tag').selectOption('');
  });

  // Kestrel FM and Mirefield Echo imported with no outlet until "FM" and "Echo" were read
  // as a medium's words: no row here, "no outlet" in the matrix.
  await check("one outlet: the Sources view counts its articles, and its 'claims' link lists the claims those articles state", async () => {
    const outlet = 'Kestrel FM';
    const all = Array.from({ length: 200 }, (_, i) => ({ s: Math.floor(i / PER_STORY), k: i % PER_STORY, ...articleText(Math.floor(i / PER_STORY), i % PER_STORY) }));
    const want = all.filter((a) => a.outlet === outlet).length;
    const claimsThere = week.claims.filter((c) => statingArticles(c.s, c.j).some((k) => articleText(c.s, k).outlet === outlet)).length;
    await page.getByTestId('tab-sources').click();
    const row = page.locator(`[data-testid=source-row][data-source-name="${outlet}"]`);
    await row.waitFor({ timeout: TIMEOUT });
    const link = row.getByRole('button', { name: /articles?$/ });
    const label = await link.innerText();
    assert(label.startsWith(`${want} article`), `the Sources view says ${JSON.stringify(label)}; ${want} articles are from ${outlet}`);
    await row.getByTestId('source-claims').click();
    await eventually(async () => (await page.getByTestId('claims-count').innerText()).trim() === String(claimsThere),
      `${claimsThere} claims stated in ${outlet}'s articles (it reads ${await page.getByTestId('claims-count').innerText()})`);
    await shot(page, '08-outlet');
    await page.getByLabel('Filter by source').selectOption({ index: 0 });
  });

  await check('after a reload the analyst is back on the claim and the filter they had', async () => {
    await page.getByTestId('tab-claims').click();
    await page.getByTestId('claims-filter-grade').selectOption('4');
    const item = page.getByTestId('claim-item').first();
    await item.waitFor({ timeout: TIMEOUT });
    const statement = (await item.innerText()).split('\n').find((l) => l.length > 20) ?? '';
    await item.click();
    await page.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
    await timed('reload to the claims view', async () => {
      await page.reload();
      await page.getByTestId('claims-view').waitFor({ timeout: TIMEOUT });
    });
    await shot(page, '05-reloaded');
    const grade = await page.getByTestId('claims-filter-grade').inputValue();
    const open = (await page.getByTestId('claim-page').count()) ? await page.getByTestId('claim-page').innerText() : '';
    assert(open.includes(statement.slice(0, 30)), `after the reload the open claim is ${JSON.stringify(open.slice(0, 80))}, not ${JSON.stringify(statement)}`);
    assert(grade === '4', `after the reload the verdict filter is ${JSON.stringify(grade)}`);
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
  console.log(`timings (ms, one run, not asserted): ${JSON.stringify(timings)}`);
});
