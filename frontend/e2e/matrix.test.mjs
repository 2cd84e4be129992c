// End-to-end test of cross-source verification: the claim × article matrix,
// the claim page's matching / independence / suggested grade, the reader's
// article origins, and "as of" — against the real `claimdesk serve` and
// Debian's Chromium (playwright-core).
//
//   CLAIMDESK_BIN=/work/main/build/claimdesk node e2e/matrix.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/matrix-*.png. Prints "N passed, M failed" last.

import { TIMEOUT, api, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';

const TROOPS = 'North Korea sent troops to support Russia';
const TREATY = 'North Korea and Russia signed a mutual defense treaty in June 2024';

/** Body of a 200 answer, else throws with the status and message. */
async function ok(page, service, method, ...args) {
  const r = await api(page, service, method, ...args);
  if (r.status !== 200) throw new Error(`${service}.${method} → HTTP ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Code point range of needle in the article's body, computed in the page from ArticleService.Get. */
async function cpRange(page, articleId, needle) {
  const r = await page.evaluate(
    async ({ articleId, needle }) => {
      const res = await fetch('/api/ArticleService/Get', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify([articleId]),
      });
      const a = await res.json();
      const i = a.body.indexOf(needle);
      if (i < 0) return null;
      const start = Array.from(a.body.slice(0, i)).length;
      return { start, end: start + Array.from(needle).length, quote: needle };
    },
    { articleId, needle },
  );
  if (!r) throw new Error(`${JSON.stringify(needle)} is not in article ${articleId}`);
  return r;
}

async function openView(page, label) {
  const exact = { name: label, exact: true };
  await page.getByRole('tab', exact).or(page.getByRole('button', exact)).or(page.getByRole('link', exact)).first().click({ timeout: 10_000 });
}

async function shot(page, name) {
  await page.screenshot({ path: screenshotPath(`matrix-${name}.png`) });
}

const base = { rawValue: '', hedge: '', speakerEntityId: null, channelSourceId: null, channelText: '', isDirectQuote: false, newStatement: '' };

await runE2E(async ({ url, page }) => {
  const consoleErrors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));

  const art = {};
  await check('the app loads the seeds', async () => {
    await page.goto(url, { timeout: TIMEOUT });
    await page.getByTestId('article-item').first().waitFor();
    const list = await ok(page, 'ArticleService', 'List');
    const by = (prefix) => list.find((a) => a.title.startsWith(prefix));
    art['000'] = by('Russian Culture Minister Visits North Korea');
    art['001'] = by("What Did North Korea's Kim Jong-un Discuss");
    art['002'] = by('Russian culture minister in North Korea praises');
    art['003'] = by('Russian cultural delegation visits');
    art['004'] = by('Kim Jong-un meets Russian culture minister');
    for (const k of ['000', '001', '002', '004']) assert(art[k], `seed ${k} not found in ${JSON.stringify(list.map((a) => a.title))}`);
  });

  let troopsId = 0;
  let treatyId = 0;
  let troop004Span = 0;
  await check('a troop claim with mentions in 000, 002 and 004 and a treaty claim are created', async () => {
    const c = await ok(page, 'ClaimService', 'Create', { statement: TROOPS, note: '', tags: ['military'] });
    troopsId = c.id;
    await ok(page, 'ClaimService', 'AddMention', {
      ...base, claimId: troopsId, articleId: art['000'].id,
      ...(await cpRange(page, art['000'].id, 'North Korea reportedly sending thousands of troops to support Russia in its ongoing conflict in Ukraine')),
      rawValue: 'thousands', hedge: 'reportedly',
    });
    await ok(page, 'ClaimService', 'AddMention', {
      ...base, claimId: troopsId, articleId: art['002'].id,
      ...(await cpRange(page, art['002'].id, 'North Korea and Russia have disclosed the deployment of North Korean troops')),
    });
    const d = await ok(page, 'ClaimService', 'AddMention', {
      ...base, claimId: troopsId, articleId: art['004'].id,
      ...(await cpRange(page, art['004'].id, 'North Korea has deployed around 11,000 elite troops to support Russia’s war against Ukraine')),
      rawValue: '11,000', hedge: 'around',
    });
    assert(d.mentions.length === 3, `troop claim has ${d.mentions.length} mentions`);
    troop004Span = d.mentions.find((m) => m.articleId === art['004'].id).spanId;
    const t = await ok(page, 'ClaimService', 'Create', { statement: TREATY, note: '', tags: ['treaty'] });
    treatyId = t.id;
    const t2 = await ok(page, 'ClaimService', 'AddMention', {
      ...base, claimId: treatyId, articleId: art['000'].id,
      ...(await cpRange(page, art['000'].id, 'The treaty at the heart of this visit was signed during the meeting between Russian President Vladimir Putin and North Korean leader Kim Jong-un in June of last year')),
      rawValue: 'June of last year',
    });
    assert(t2.mentions.length === 1, 'treaty mention missing');
  });

  await check('KCNA origins are suggested and accepted for 000, 001 and 004', async () => {
    for (const k of ['000', '001', '004']) {
      const sug = await ok(page, 'OriginService', 'Suggest', art[k].id);
      const kcna = (sug ?? []).filter((o) => /Korean Central News Agency/.test(o.originName));
      assert(kcna.length > 0, `no KCNA origin suggested for ${k}: ${JSON.stringify(sug)}`);
      for (const o of kcna) await ok(page, 'OriginService', 'Accept', o.id);
    }
  });

  const grid = page.getByTestId('matrix-grid');
  const cell004 = page.getByTestId('matrix-cell').filter({ hasText: 'around 11,000' });
  await check('the Matrix view shows rows, cells and agreement markers', async () => {
    await openView(page, 'Matrix');
    await grid.waitFor();
    await eventually(async () => (await page.getByTestId('matrix-row').count()) >= 2, 'two matrix rows');
    const cells = await page.getByTestId('matrix-cell').count();
    assert(cells >= 4, `expected ≥ 4 cells, got ${cells}`);
    const agreements = await page.getByTestId('matrix-cell').evaluateAll((els) => els.map((e) => [e.dataset.agreement, e.querySelector('.mk')?.textContent?.trim()]));
    for (const [a, mk] of agreements) assert(['agrees', 'conflicts', 'only', 'unknown'].includes(a) && mk, `cell without an agreement marker: ${a} ${mk}`);
    const label = await cell004.first().getAttribute('aria-label');
    assert(label.startsWith('Kim Jong-un meets Russian culture minister'), `the "around 11,000" cell is not in 004's column: ${label}`);
    assert(/agrees|conflicts|only here|cannot compare/.test(label), `no agreement word in the cell label: ${label}`);
    const row = page.getByTestId('matrix-row').filter({ hasText: TROOPS });
    const meta = await row.locator('th').innerText();
    assert(/3 articles, \d origins?/.test(meta), `row meta: ${JSON.stringify(meta)}`);
    assert((await page.getByTestId('timeline-mark').count()) >= 2, 'timeline marks missing');
    await shot(page, 'grid');
  });

  await check('sticky header and first column stay put when the grid scrolls; nothing overflows the window', async () => {
    const r = await page.evaluate(() => {
      const sc = document.querySelector('.grid-scroll');
      sc.scrollTop = 40;
      sc.scrollLeft = 60;
      const head = document.querySelector('[data-testid=matrix-column]').getBoundingClientRect().top;
      const first = document.querySelector('tbody th').getBoundingClientRect().left;
      const box = sc.getBoundingClientRect();
      sc.scrollTop = 0;
      sc.scrollLeft = 0;
      return { head, first, top: box.top, left: box.left, docW: document.documentElement.scrollWidth, winW: window.innerWidth };
    });
    assert(Math.abs(r.head - r.top) < 3, `header moved: ${JSON.stringify(r)}`);
    assert(Math.abs(r.first - r.left) < 3, `first column moved: ${JSON.stringify(r)}`);
    assert(r.docW <= r.winW, `page overflows horizontally: ${JSON.stringify(r)}`);
  });

  await check('hovering a cell shows the quote and the normalised value', async () => {
    await cell004.first().hover();
    const tip = page.getByTestId('matrix-tip');
    await tip.waitFor();
    const text = await tip.innerText();
    assert(text.includes('11,000 elite troops'), `tooltip: ${JSON.stringify(text)}`);
    assert(/Normalised/.test(text) && /troops/.test(await page.getByTestId('tip-normalized').innerText()), `no normalised value: ${text}`);
    await shot(page, 'hover');
  });

  await check('clicking a cell opens the reader at that article with the span selected', async () => {
    await cell004.first().click();
    const detail = page.getByTestId('span-detail');
    await detail.waitFor();
    const id = await detail.getAttribute('data-span-id');
    assert(Number(id) === troop004Span, `selected span ${id}, expected ${troop004Span}`);
    await eventually(async () => (await page.locator('main.panes').innerText()).includes('Kim Jong-un meets Russian culture minister'), 'the 004 article in the reader');
    await shot(page, 'reader');
  });

  await check('the reader side panel lists the article origins (KCNA accepted)', async () => {
    await page.getByRole('button', { name: 'Back to all spans' }).click();
    const o = page.getByTestId('article-origins');
    await o.waitFor();
    await eventually(async () => (await o.innerText()).includes('Korean Central News Agency'), 'KCNA in the origins section');
    const states = await o.getByTestId('article-origin').evaluateAll((els) => els.map((e) => e.dataset.state));
    assert(states.includes('accepted'), `origin states: ${states}`);
    await shot(page, 'origins');
  });

  const claimPage = page.getByTestId('claim-page');
  let mentionsBefore = 0;
  await check('claim page: "Find in other articles" proposes sentences from other articles', async () => {
    await openView(page, 'Matrix');
    await page.getByTestId('matrix-row').filter({ hasText: TREATY }).locator('button.statement').click();
    await claimPage.waitFor();
    await eventually(async () => (await page.getByTestId('claim-statement').inputValue()) === TREATY, 'the treaty claim page');
    mentionsBefore = await page.getByTestId('mention').count();
    await page.getByTestId('find-in-other-articles').click();
    await page.getByTestId('candidate').first().waitFor();
    const ids = await page.getByTestId('candidate').evaluateAll((els) => els.map((e) => Number(e.dataset.articleId)));
    assert(ids.some((i) => i !== art['000'].id), `no candidate from another article: ${ids}`);
    assert((await page.getByTestId('candidate').first().locator('mark').count()) > 0, 'no emphasised term in the first candidate');
    await page.getByTestId('find-matches').scrollIntoViewIfNeeded();
    await shot(page, 'candidates');
  });

  await check('no candidate is a sentence another claim already holds, and the panel says so', async () => {
    // app/matching_held.go: the other claims' accepted mentions, read through the same API
    const list = await ok(page, 'ClaimService', 'List', { text: '', credibility: 0, tag: '', entityId: 0, sourceId: 0, articleId: 0 });
    const held = [];
    for (const c of list.filter((c) => c.statement !== TREATY)) {
      for (const m of (await ok(page, 'ClaimService', 'Get', c.id)).mentions.filter((m) => m.state === 'accepted')) held.push(m);
    }
    assert(held.length > 0, 'no other claim has a mention: the check proves nothing');
    const cands = await page.getByTestId('candidate').evaluateAll((els) => els.map((e) => ({ a: Number(e.dataset.articleId), s: Number(e.dataset.start), e: Number(e.dataset.end) })));
    const clash = cands.filter((c) => held.some((m) => m.articleId === c.a && m.start < c.e && c.s < m.end));
    assert(clash.length === 0, `candidates overlapping other claims' mentions: ${JSON.stringify(clash)}`);
    assert(/other claims are not proposed/.test(await page.getByTestId('held-note').innerText()), 'no note on the left-out sentences');
  });

  await check('accepting a candidate adds a mention', async () => {
    // NationPress's background line on the treaty ("… the mutual defense treaty signed on
    // June 19, 2024, in Pyongyang"): the outlet's own reporting, so the outlet is its origin
    const cand = page.getByTestId('candidate').filter({ hasText: 'June 19, 2024' }).and(page.locator(`[data-article-id="${art['001'].id}"]`));
    await cand.first().getByTestId('candidate-check').check();
    await page.getByTestId('accept-candidates').click();
    await eventually(async () => (await page.getByTestId('mention').count()) === mentionsBefore + 1, `${mentionsBefore + 1} mentions`);
  });

  await check('the independence line counts each mention\'s origin once and an unattributed mention none: "2 articles, N origins: …"', async () => {
    // which origin each line gets is the origin reader's business (Go tests in app/match):
    // 000's background line on the treaty is its paper's own reporting now (a paragraph
    // after the lead), before it was unattributed. Here: two articles; the count in words
    // is the number of roots the line names, each the start of a chain, and every mention
    // without one is listed as unattributed.
    const line = page.getByTestId('independence-summary');
    const shape = /^2 articles, (\d) origins?: (.+?)(?: \((\d) mentions? unattributed\))?$/;
    let seen = '';
    try {
      await eventually(async () => {
        const m = shape.exec((seen = (await line.innerText()).trim()));
        return m !== null && Number(m[1]) + Number(m[3] ?? 0) === 2 && m[2].split('; ').length === Number(m[1]);
      }, 'the summary');
    } catch (err) {
      throw new Error(`${err.message}; the line reads ${JSON.stringify(seen)}`);
    }
    const roots = shape.exec(seen)[2].split('; ');
    const chain = await page.getByTestId('independence').innerText();
    // each root opens its chain with its kind (Independence.svelte's KIND)
    for (const root of roots) {
      const opens = ['source', 'speaker', 'the article’s own reporting'].some((kind) => chain.includes(`${root} ${kind}`));
      assert(chain.includes('→') && opens, `chain does not start at ${root}: ${chain}`);
    }
  });

  await check('the suggested grade is shown with reasons; Accept appends an assessment marked as suggested', async () => {
    const sug = page.getByTestId('grade-suggestion');
    await sug.waitFor();
    const reasons = await page.getByTestId('suggestion-reasons').locator('li').count();
    assert(reasons > 0, 'no reasons');
    const before = await page.getByTestId('assessments').locator('[data-testid=latest-assessment], [data-testid=assessment]').count();
    await page.getByTestId('accept-suggestion').click();
    await page.getByTestId('latest-assessment').getByTestId('from-suggestion').waitFor();
    const after = await page.getByTestId('assessments').locator('[data-testid=latest-assessment], [data-testid=assessment]').count();
    assert(after === before + 1, `assessments ${before} → ${after}`);
    await sug.scrollIntoViewIfNeeded();
    await shot(page, 'claim');
  });

  await check('attribution is suggested inline for the 004 troop mention and applied', async () => {
    await ok(page, 'ClaimService', 'Get', troopsId);
    await openView(page, 'Matrix');
    await page.getByTestId('matrix-row').filter({ hasText: TROOPS }).locator('button.statement').click();
    await eventually(async () => (await page.getByTestId('claim-statement').inputValue()) === TROOPS, 'the troop claim page');
    const m = page.locator(`[data-testid=mention][data-span-id="${troop004Span}"]`);
    await m.getByTestId('suggest-attribution').click();
    const form = m.getByTestId('attribution-suggestion');
    await form.waitFor();
    const speaker = await form.getByTestId('attr-speaker').inputValue();
    assert(/Umerov/.test(speaker), `speaker suggested: ${JSON.stringify(speaker)}`);
    await form.scrollIntoViewIfNeeded();
    await shot(page, 'attribution');
    await form.getByTestId('apply-attribution').click();
    await eventually(async () => /Umerov/.test(await m.innerText()) && (await m.getByTestId('attribution-suggestion').count()) === 0, 'the speaker applied');
    const fig = await page.getByTestId('figures').innerText();
    assert(/11,000/.test(fig), `figures section: ${fig}`);
  });

  await check('"as of" yesterday shows the banner and no grade for the claim graded today', async () => {
    await openView(page, 'Matrix');
    await grid.waitFor();
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await page.getByTestId('matrix-asof').fill(yesterday);
    await page.getByTestId('matrix-asof').dispatchEvent('change');
    const banner = page.getByTestId('asof-banner');
    await banner.waitFor();
    assert(/As of/.test(await banner.innerText()), 'banner text');
    await page.locator(`[data-testid=matrix-view][data-as-of="${yesterday}"]`).waitFor();
    // Grades of the treaty claim's row as of yesterday: none (or no row: the claim did not exist yet).
    const gradesOf = () =>
      page.getByTestId('matrix-row').filter({ hasText: TREATY }).evaluateAll((rows) => rows.map((r) => r.querySelector('[data-testid=credibility-badge]')?.textContent.trim()));
    const then = await gradesOf();
    assert(then.every((g) => g === '–'), `graded as of yesterday: ${JSON.stringify(then)}`);
    await shot(page, 'asof');
    await page.getByRole('button', { name: 'Back to now' }).click();
    await page.locator('[data-testid=matrix-view][data-as-of="now"]').waitFor();
    assert((await page.getByTestId('asof-banner').count()) === 0, 'the banner is still shown');
    const now = await gradesOf();
    assert(now.length === 1 && /^[1-6]$/.test(now[0]), `grade now: ${JSON.stringify(now)}`);
  });

  await check('the matrix sorts by statement and toggles to sources', async () => {
    await page.getByTestId('matrix-sort-statement').click();
    const rows = await page.getByTestId('matrix-row').locator('button.statement').allInnerTexts();
    const sorted = [...rows].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
    assert(JSON.stringify(rows) === JSON.stringify(sorted), `not sorted: ${rows}`);
    await page.getByTestId('matrix-filter').fill('troops');
    await eventually(async () => (await page.getByTestId('matrix-row').count()) === 1, 'one row after filtering');
    await page.getByTestId('matrix-filter').fill('');
    await page.getByTestId('matrix-by-source').click();
    await page.locator('[data-testid=matrix-view][data-by="source"]').waitFor();
    await eventually(async () => (await page.getByTestId('matrix-column').allInnerTexts()).some((t) => /Reuters/.test(t)), 'a Reuters column');
    await shot(page, 'sources');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await check('a 200 × 50 matrix (5,000 cells, served synthetic) renders and re-sorts without jank', async () => {
    const columns = Array.from({ length: 50 }, (_, i) => ({
      id: `a${1000 + i}`, kind: 'article', articleId: 1000 + i, sourceId: null, articleIds: [1000 + i],
      title: `Synthetic article ${i + 1} with a fairly long headline to wrap`, source: `Outlet ${i % 7}`,
      publishedAt: i % 9 === 0 ? '' : `2025-0${(i % 6) + 1}-1${i % 9}`, mentions: 100,
    }));
    const AG = ['agrees', 'conflicts', 'only', 'unknown'];
    const rows = Array.from({ length: 200 }, (_, r) => ({
      claimId: 5000 + r, statement: `Synthetic claim ${r + 1}: North Korea ${r % 2 ? 'sent troops' : 'signed a treaty'} (${r})`,
      tags: [r % 3 ? 'military' : 'treaty'], credibility: r % 7 === 0 ? null : (r % 6) + 1, credibilityLabel: '', assessedAt: '',
      suggestedCredibility: (r % 5) + 1, suggestedLabel: '', suggestedReasons: ['synthetic'], articles: 25, origins: r % 4,
      originNames: ['Korean Central News Agency'], conflicts: r % 3,
      firstAppearance: r % 10 === 0 ? null : { articleId: 1001, publishedAt: `2025-0${(r % 6) + 1}-${String((r % 27) + 1).padStart(2, '0')}` },
      cells: columns.filter((_, c) => (c + r) % 2 === 0).map((col, k) => ({
        columnId: col.id, articleId: col.articleId, spanIds: [1], start: 0, end: 10, quote: 'Synthetic quote of the cell',
        rawValue: k % 3 ? 'around 11,000' : '', hedge: k % 4 ? '' : 'reportedly', attribution: k % 5 ? '' : 'Rustem Umerov · according to KCNA',
        isDirectQuote: k % 6 === 0, agreement: AG[(r + k) % 4], reasons: [],
        normalized: { kind: 'figure', text: '9,900–12,100 troops', low: 9900, high: 12100, unit: 'troops', start: '', end: '', precision: '', note: '' },
      })),
    }));
    const body = JSON.stringify({ by: 'article', asOf: '', columns, rows });
    await page.route('**/api/MatrixService/Get', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    try {
      const t0 = Date.now();
      await page.getByTestId('matrix-by-article').click();
      await eventually(async () => /200 of 200 claims × 50 articles/.test(await page.getByTestId('matrix-count').innerText()), '200 × 50', 20_000);
      await page.getByTestId('matrix-row').first().waitFor();
      const render = Date.now() - t0;
      // Rows are windowed: only those in view (and a margin) are in the DOM.
      const inDom = await page.getByTestId('matrix-row').count();
      assert(inDom > 5 && inDom < 60, `expected a window of rows, got ${inDom}`);
      const cellsInDom = await page.getByTestId('matrix-cell').count();
      assert(cellsInDom > 20 && cellsInDom < 800, `expected a window of cells, got ${cellsInDom}`);
      const lastRow = await page.evaluate(async () => {
        const sc = document.querySelector('.grid-scroll');
        sc.scrollTop = sc.scrollHeight;
        await new Promise((r) => setTimeout(r, 300));
        const rows = [...document.querySelectorAll('[data-testid=matrix-row]')];
        return { last: rows.at(-1)?.getAttribute('aria-rowindex'), height: sc.scrollHeight };
      });
      assert(lastRow.last === '201', `the last row is not reachable by scrolling: ${JSON.stringify(lastRow)}`);
      await page.evaluate(() => document.querySelector('.grid-scroll').scrollTo(0, 0));
      // Re-sorting is done on prepared rows: time from the click to the next painted frame.
      const sortMs = await page.evaluate(async () => {
        const t = performance.now();
        document.querySelector('[data-testid=matrix-sort-grade]').click();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - t;
      });
      // Wheel-like scrolling (small steps, one per frame) and page jumps.
      const scroll = async (dy, dx, n) =>
        page.evaluate(
          async ({ dy, dx, n }) => {
            const sc = document.querySelector('.grid-scroll');
            sc.scrollTo(0, 0);
            await new Promise((r) => requestAnimationFrame(r));
            const t = performance.now();
            for (let i = 1; i <= n; i++) {
              sc.scrollTop = i * dy;
              sc.scrollLeft = i * dx;
              await new Promise((r) => requestAnimationFrame(r));
            }
            return (performance.now() - t) / n;
          },
          { dy, dx, n },
        );
      const scrollMs = await scroll(40, 25, 40);
      const jumpMs = await scroll(600, 450, 10);
      console.log(`     load ${(await import('node:os')).loadavg()[0].toFixed(1)}; 200×50: first render ${render} ms (incl. request), re-sort ${Math.round(sortMs)} ms, wheel scroll ${Math.round(scrollMs)} ms/frame, page jumps ${Math.round(jumpMs)} ms/frame`);
      await page.evaluate(() => document.querySelector('.grid-scroll').scrollTo(0, 0));
      await shot(page, 'perf');
      assert(render < 15_000, `first render took ${render} ms`);
      assert(sortMs < 3_000, `re-sort took ${sortMs} ms`);
      // The machine is shared and loaded (timings vary 10×): the limits only catch
      // a regression to whole-grid rendering; the DOM size is the stable check.
      assert(scrollMs < 400, `wheel scrolling took ${scrollMs} ms per frame`);
      assert(jumpMs < 1_000, `page jumps took ${jumpMs} ms per frame`);
    } finally {
      await page.unroute('**/api/MatrixService/Get');
    }
  });

  await check('a big workspace opens on a capped grid that says so; the filter then asks the server', async () => {
    const columns = Array.from({ length: 3 }, (_, i) => ({
      id: `a${2000 + i}`, kind: 'article', articleId: 2000 + i, sourceId: null, articleIds: [2000 + i],
      title: `Capped article ${i + 1}`, source: 'Outlet', publishedAt: `2025-03-0${i + 1}`, mentions: 1,
    }));
    const row = (r, word) => ({
      claimId: 9000 + r, statement: `Capped claim ${r + 1} about ${word}`, tags: [], credibility: null, credibilityLabel: '', assessedAt: '',
      suggestedCredibility: 6, suggestedLabel: '', suggestedReasons: [], articles: 1, origins: 1, originNames: [], conflicts: 0,
      firstAppearance: { articleId: 2000 + (r % 3), publishedAt: '2025-03-01' },
      cells: [{ columnId: `a${2000 + (r % 3)}`, articleId: 2000 + (r % 3), spanIds: [1], start: 0, end: 5, quote: 'q', rawValue: '', hedge: '',
        attribution: '', isDirectQuote: false, agreement: 'only', reasons: [], normalized: { kind: 'none', text: '', low: null, high: null, unit: '', start: '', end: '', precision: '', note: '' } }],
    });
    const requests = [];
    await page.route('**/api/MatrixService/Get', (route) => {
      const sent = route.request().postData() ?? '';
      requests.push(sent);
      const filtered = /"text":"troops"/.test(sent);
      const rows = Array.from({ length: filtered ? 4 : 200 }, (_, r) => row(r, filtered ? 'troops' : 'a treaty'));
      const body = { by: 'article', asOf: '', columns, rows, totalClaims: filtered ? 4 : 50000, limited: !filtered };
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
    });
    try {
      await page.getByTestId('matrix-by-source').click();
      await page.getByTestId('matrix-by-article').click();
      await eventually(async () => /200 of 50,000 claims × 3 articles/.test(await page.getByTestId('matrix-count').innerText()), 'the capped count');
      const note = await page.getByTestId('matrix-scope').innerText();
      assert(/^Showing the 200 most recently changed of 50,000 claims — filter by tag or search to see others/.test(note), note);
      assert(/"limit":200/.test(requests.at(-1)), `the request carries no limit: ${requests.at(-1)}`);
      assert((await page.getByTestId('matrix-grid').getAttribute('aria-colcount')) === '4', 'aria-colcount');
      await page.getByTestId('matrix-filter').fill('troops');
      await eventually(async () => /4 of 4 claims × 3 articles/.test(await page.getByTestId('matrix-count').innerText()), 'the server-filtered count');
      assert(/"text":"troops"/.test(requests.at(-1)), `the filter was not sent: ${requests.at(-1)}`);
      assert((await page.getByTestId('matrix-scope').count()) === 0, 'no scope note under the cap');
    } finally {
      await page.unroute('**/api/MatrixService/Get');
      // back to the real (small) workspace: an unfiltered answer under the cap unbounds the view
      await page.getByTestId('matrix-filter').fill('');
      await eventually(async () => /of \d claims/.test(await page.getByTestId('matrix-count').innerText()), 'the seed matrix again');
    }
  });

  await check('no console errors', async () => {
    const real = consoleErrors.filter((e) => !/status of 4\d\d/.test(e));
    assert(real.length === 0, real.join('\n'));
  });
});
