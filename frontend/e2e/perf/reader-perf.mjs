// Browser timings on the 20,000-article benchmark workspace (docs/performance.md):
//   1. serve start-up: process start -> URL printed; navigation start -> the article
//      list's first row painted (an init script watches every frame from navigation
//      start for the first article-item, then waits for that frame to be painted:
//      rAF + a task after it; no polling from outside the page);
//   2. render an article with 2,000 overlapping spans: click -> highlights painted (the
//      reader's CSS.highlights hold the spans, or the reader's "cd:spans-painted" mark
//      says it painted all the article's spans (it registers only those near the part
//      on screen), then the frame painted). End to end this
//      includes the server (GetArticle, ListSpansForArticle); "-browser" is the browser's
//      own part: from the spans response's last byte (Resource Timing responseEnd) to
//      the painted frame, i.e. JSON parsing, the Svelte update, the ranges and the paint;
//   3. selection -> highlight: drag over a word, E, 1, Enter -> the new range is in
//      CSS.highlights and painted; "-browser" from SpanService.Create's responseEnd.
// Not a test (no *.test.mjs): it prints "PERF name value" lines, and never fails on a
// number. Run by `make bench`:
//   CLAIMDESK_BIN=build/claimdesk BENCH_DB=build/bench/workspace-....db node e2e/perf/reader-perf.mjs
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TIMEOUT, launchChromium, stopServer } from '../lib.mjs';
import { BIG_TITLE, openEntityMenuOnWord, serve } from './common.mjs';
const RUNS = Number(process.env.PERF_RUNS ?? 5);
const src = process.env.BENCH_DB;
if (!src) throw new Error('set BENCH_DB to the benchmark workspace (make bench builds it)');

const work = mkdtempSync(join(tmpdir(), 'claimdesk-perf-'));
const db = join(work, 'bench.db');
copyFileSync(src, db); // the selection run writes a span: never into the cached workspace
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const report = (name, xs, unit = 'ms') =>
  console.log(`PERF ${name} median=${pct(xs, 0.5).toFixed(1)}${unit} p95=${pct(xs, 0.95).toFixed(1)}${unit} runs=${xs.length} [${xs.map((x) => x.toFixed(0)).join(' ')}]`);

function serveRun(run) {
  return serve(db, join(work, `config-${run}`));
}

const urlMs = [], listMs = [], renderMs = [], renderBrowserMs = [], selectMs = [], selectBrowserMs = [];
let context;
try {
  for (let run = 0; run < RUNS; run++) {
    const { child, url } = serveRun(run);
    const u = await url;
    urlMs.push(u.ms);
    context = await launchChromium(join(work, `profile-${run}`));
    const page = context.pages()[0] ?? (await context.newPage());
    // From navigation start, every frame: the first frame with an article row, then
    // a task after that frame (it has been painted by then).
    await page.addInitScript(() => {
      const look = () => {
        if (document.querySelector('[data-testid="article-item"]')) {
          requestAnimationFrame(() => setTimeout(() => (window.__cdListPainted = performance.now()), 0));
        } else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(u.url);
    await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
    await page.waitForFunction(() => window.__cdListPainted !== undefined, null, { timeout: TIMEOUT });
    listMs.push(await page.evaluate(() => window.__cdListPainted));

    // 2. click the big article -> its spans painted
    const rendered = await page.evaluate(async (title) => {
      const item = [...document.querySelectorAll('[data-testid="article-item"]')].find((el) => el.textContent.includes(title));
      if (!item) throw new Error('big article not in the list');
      const count = () => {
        let n = 0;
        for (const [name, h] of CSS.highlights) if (name.startsWith('cd-') && name !== 'cd-pending') n += h.size;
        return n;
      };
      if (count() > 0) throw new Error('an article is already painted before the click: the timing would be wrong');
      const t0 = performance.now();
      item.click();
      // Painted: every span registered (count), or, since the reader registers only the
      // spans near the part on screen, its "cd:spans-painted" mark for all of the
      // article's spans after the click, with ranges registered.
      const marked = () =>
        performance.getEntriesByName('cd:spans-painted').some((m) => m.startTime >= t0 && m.detail?.spans >= 1500) && count() > 0;
      await new Promise((resolve, reject) => {
        const stop = t0 + 30000;
        const tick = () => (count() >= 1500 || marked() ? resolve() : performance.now() > stop ? reject(new Error(`only ${count()} ranges`)) : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const done = performance.now();
      const spans = performance.getEntriesByType('resource').filter((e) => /\/api\/SpanService\/ListFor(Article|Reader)$/.test(e.name) && e.startTime >= t0);
      // the first answer paints (a later refresh only confirms it)
      const last = spans.length ? Math.min(...spans.map((e) => e.responseEnd)) : NaN;
      const m = performance.getEntriesByName('cd:spans-painted').filter((e) => e.startTime >= t0).pop();
      return { ms: done - t0, browser: done - last, ranges: count(), spans: m?.detail?.spans ?? count() };
    }, BIG_TITLE);
    renderMs.push(rendered.ms);
    renderBrowserMs.push(rendered.browser);
    if (run === 0) console.log(`PERF big-article spans=${rendered.spans} ranges-registered=${rendered.ranges}`);

    // 3. selection -> highlight: select a word through the UI's menu, time Enter -> painted
    await openEntityMenuOnWord(page, run);
    const before = await page.evaluate(() => CSS.highlights.get('cd-person')?.size ?? 0);
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.press('Enter');
    const shown = await page.evaluate(
      (before) =>
        new Promise((resolve, reject) => {
          const stop = performance.now() + 30000;
          const tick = () =>
            (CSS.highlights.get('cd-person')?.size ?? 0) > before
              ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))
              : performance.now() > stop
                ? reject(new Error('no new person highlight'))
                : requestAnimationFrame(tick);
          tick();
        }),
      before,
    );
    selectMs.push(shown - t0);
    const created = await page.evaluate(
      (t0) => Math.min(...performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/SpanService/Create') && e.startTime >= t0).map((e) => e.responseEnd)),
      t0,
    );
    selectBrowserMs.push(shown - created);
    await context.close();
    context = undefined;
    await stopServer(child);
  }
  report('serve-process-start-to-url', urlMs);
  report('serve-navigation-to-article-list-painted', listMs);
  report('render-2000-span-article', renderMs);
  report('render-2000-span-article-browser', renderBrowserMs);
  report('selection-to-highlight', selectMs);
  report('selection-to-highlight-browser', selectBrowserMs);
} finally {
  if (context) await context.close().catch(() => {});
  rmSync(work, { recursive: true, force: true });
}
