// Browser timings of the views other than the reader on the 20,000-article benchmark
// workspace (docs/performance.md), in the style of reader-perf.mjs: the real CLI's
// `claimdesk serve` on a copy of the workspace, Debian's Chromium through playwright-core,
// every time taken inside the page (performance.now()) from the click or the keystroke to
// the frame that shows the answer, painted (the first rAF where the selector matches, then
// a task after that frame: it has been painted by then; no polling from outside the page).
//
// For each view: click on its tab -> its first content painted (a row, or its empty state),
// then its key interaction:
//   claims      type a filter word (6 keys, 30 ms apart) -> from the last key to the filtered
//               list painted; open a claim -> its page;
//               scroll the list to the end -> rows there painted
//   entities    type a name prefix -> from the last key to the filtered list painted; open
//               an entity -> its page
//   suggestions, sources, tags: the first row painted
//   search      type a word, Enter -> hits painted
//   matrix      the first row of the grid painted; pick the tag "disputed" -> the grid of
//               its claims painted; type "troops" in the claim filter -> from the last key
//               to the filtered grid painted
// A step that does not answer within STEP_MS (default 20 s) is recorded as STEP_MS and
// flagged "timeout" (the run goes on: later views may then share the server with it).
//   day         (issue 16, the analyst's day) on the five-article sample workspace,
//               BENCH_DB=sample (a fresh one per run): reload -> the first article and its
//               suggestions painted; the first entity (Enter in the entity menu -> its
//               colour painted); Create claim (the click -> the claim's underline painted);
//               "Open in Claims" (the click -> the claim page painted)
//               Also the first open of the URL in a new browser profile (nothing cached: the
//               token link, its redirect, the app's code and the first article), and, as the
//               reference for the reload, the same server's smallest static page (its
//               "Not found." page) opened from the app the way the reload is
// Not a test: it prints "PERF name median=… range=…" lines and never fails on a number.
//   CLAIMDESK_BIN=build/claimdesk BENCH_DB=build/bench/workspace-....db node e2e/perf/views-perf.mjs
//   CLAIMDESK_BIN=build/claimdesk BENCH_DB=sample PERF_VIEWS=day node e2e/perf/views-perf.mjs
//   CLAIMDESK_BIN=build/claimdesk PERF_BASE_BIN=/tmp/claimdesk-before BENCH_DB=sample PERF_VIEWS=day node e2e/perf/views-perf.mjs
// PERF_RUNS (default 5) runs, each on a fresh server, browser profile and settings;
// PERF_VIEWS=claims,entities limits the views.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { TIMEOUT, findBinary, launchChromium, stopServer } from '../lib.mjs';

const RUNS = Number(process.env.PERF_RUNS ?? 5);
const STEP_MS = Number(process.env.STEP_MS ?? 20000);
const ONLY = process.env.PERF_VIEWS ? new Set(process.env.PERF_VIEWS.split(',')) : null;
// PERF_BASE_BIN: an earlier build run in turn with this one, view by view in every run,
// so both meet the same load on a shared machine; its figures are named "…@base".
const BINS = [['', findBinary()], ...(process.env.PERF_BASE_BIN ? [['@base', process.env.PERF_BASE_BIN]] : [])];
const src = process.env.BENCH_DB;
if (!src) throw new Error('set BENCH_DB to the benchmark workspace (make bench builds it)');

const work = mkdtempSync(join(tmpdir(), 'claimdesk-vperf-'));
const SAMPLE = src === 'sample'; // a new sample workspace for each server, made by serve itself
let db;
// never the cached workspace: a newer build would migrate it in place (and each build its own copy)
if (!SAMPLE) for (const [label] of BINS) copyFileSync(src, join(work, `bench${label}.db`));

const figures = new Map(); // name -> [ms]
const timeouts = new Map(); // name -> count
function record(name, r) {
  if (!figures.has(name)) figures.set(name, []);
  figures.get(name).push(r.ms);
  if (r.timeout) timeouts.set(name, (timeouts.get(name) ?? 0) + 1);
  console.log(`  ${name}: ${r.timeout ? `timeout (>${STEP_MS} ms)` : `${r.ms.toFixed(0)} ms`}${r.note ? ` (${r.note})` : ''}`);
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
function report(name, xs) {
  const t = timeouts.get(name);
  console.log(
    `PERF view-${name} median=${median(xs).toFixed(1)}ms range=${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}ms runs=${xs.length}` +
      `${t ? ` timeouts=${t} (counted as ${STEP_MS} ms)` : ''} [${xs.map((x) => x.toFixed(0)).join(' ')}]`,
  );
}

function serve(run, bin) {
  if (SAMPLE) db = join(work, `sample-${run}.db`);
  const child = spawn(bin, ['serve', '--db', db, '--addr', '127.0.0.1:0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, XDG_CONFIG_HOME: join(work, `config-${run}`) },
  });
  child.stderr.on('data', () => {});
  const url = new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/.exec(line);
      if (m) resolve(m[0]);
    });
    child.on('exit', (c) => reject(new Error(`serve exited ${c}`)));
  });
  return { child, url };
}

/**
 * In the page: runs act() (a click, typed text), then waits for the first frame in which
 * done() holds, and a task after it. Resolves {ms, timeout, note}.
 * act and done are function sources, evaluated in the page.
 */
function timed(page, act, done, note = '() => ""') {
  return page.evaluate(
    async ({ act, done, note, limit }) => {
      const doAct = (0, eval)(`(${act})`);
      const isDone = (0, eval)(`(${done})`);
      const noteOf = (0, eval)(`(${note})`);
      window.__cdTypedAt = undefined;
      let t0 = performance.now();
      window.__cdT0 = t0;
      await doAct();
      // Typing: timed from the last keystroke (the debounce is part of the answer).
      if (window.__cdTypedAt !== undefined) t0 = window.__cdTypedAt;
      const ok = await new Promise((resolve) => {
        const stop = t0 + limit;
        const tick = () => (isDone() ? resolve(true) : performance.now() > stop ? resolve(false) : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      });
      if (!ok) return { ms: limit, timeout: true, note: '' };
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { ms: performance.now() - t0, timeout: false, note: String(noteOf() ?? '') };
    },
    { act: act.toString(), done: done.toString(), note: note.toString(), limit: STEP_MS },
  );
}

/** Types text into the input matching sel as an analyst would (input events), in the page. */
const typeInto = (sel, text) => `async () => {
  const el = document.querySelector(${JSON.stringify(sel)});
  el.focus();
  for (const ch of ${JSON.stringify(text)}) {
    el.value += ch;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 30));
  }
  window.__cdTypedAt = performance.now();
}`;

const tab = (id) => `() => document.querySelector('[data-testid="tab-${id}"]').click()`;
const has = (sel) => `() => !!document.querySelector(${JSON.stringify(sel)})`;
const count = (sel) => `() => document.querySelectorAll(${JSON.stringify(sel)}).length + ' rows in the DOM'`;

// Each view: [figure name, act, done, note] steps, in order.
const VIEWS = {
  claims: [
    ['claims-open', tab('claims'), `() => !!document.querySelector('[data-testid="claim-item"]') || !!document.querySelector('[data-testid="claims-view"] .state:not([aria-busy])')`, count('[data-testid="claim-item"]')],
    ['claims-open-claim', `() => document.querySelector('[data-testid="claim-item"]').click()`, has('[data-testid="claim-statement"]')],
    [
      'claims-scroll-to-end',
      `() => { const s = document.querySelector('[data-testid="claims-view"] .v-scroll'); window.__cdLast = document.querySelector('[data-testid="claim-item"]:last-of-type')?.textContent; s.scrollTop = s.scrollHeight; s.dispatchEvent(new Event('scroll')); }`,
      `() => { const s = document.querySelector('[data-testid="claims-view"] .v-scroll'); const b = s.getBoundingClientRect(); const items = [...document.querySelectorAll('[data-testid="claim-item"]')]; return items.some((el) => { const r = el.getBoundingClientRect(); return r.bottom > b.top && r.top < b.bottom && r.bottom >= b.bottom - 200; }); }`,
    ],
    [
      'claims-filter-typed',
      typeInto('[data-testid="claims-filter-text"]', 'troops'),
      // answered: every row shown contains the word (or the empty state), after the last key
      `() => { const items = [...document.querySelectorAll('[data-testid="claim-item"]')]; const empty = document.querySelector('[data-testid="claims-view"] .state:not([aria-busy])'); return window.__cdTypedAt !== undefined && ((items.length > 0 && items.every((el) => /troops/i.test(el.textContent))) || !!empty); }`,
      `() => document.querySelector('[data-testid="claims-count"]')?.textContent + ' claims'`,
    ],
  ],
  entities: [
    ['entities-open', tab('entities'), `() => !!document.querySelector('[data-testid="entity-item"]') || !!document.querySelector('[data-testid="entities-view"] .state:not([aria-busy])')`, count('[data-testid="entity-item"]')],
    ['entities-open-entity', `() => document.querySelector('[data-testid="entity-item"]').click()`, has('[data-testid="entity-page"]'), `() => document.querySelector('[data-testid="entity-page"] .v-meta')?.textContent`],
    [
      'entities-filter-typed',
      typeInto('[data-testid="entities-view"] input[type="search"]', 'kim'),
      `() => { const items = [...document.querySelectorAll('[data-testid="entity-item"]')]; return window.__cdTypedAt !== undefined && items.length > 0 && items.every((el) => /(^|\\W)kim/i.test(el.textContent)); }`,
      count('[data-testid="entity-item"]'),
    ],
  ],
  // (A loading state without aria-busy, as in builds before this script, is not content.)
  suggestions: [['suggestions-open', tab('suggestions'), `() => !!document.querySelector('[data-testid="suggestion-row"]') || [...document.querySelectorAll('[data-testid="view-suggestions"] .state:not([aria-busy])')].some((el) => !/^\\s*Loading/.test(el.textContent))`, count('[data-testid="suggestion-row"]')]],
  sources: [['sources-open', tab('sources'), has('[data-testid="source-row"]'), count('[data-testid="source-row"]')]],
  tags: [['tags-open', tab('tags'), has('[data-testid="tag-row"]'), count('[data-testid="tag-row"]')]],
  search: [
    ['search-open', tab('search'), has('[data-testid="search-box"]')],
    [
      'search-troops',
      `() => { const el = document.querySelector('[data-testid="search-box"]'); el.focus(); el.value = 'troops'; el.dispatchEvent(new Event('input', { bubbles: true })); el.form ? el.form.requestSubmit() : el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); }`,
      has('[data-testid="search-hit"]'),
      count('[data-testid="search-hit"]'),
    ],
  ],
  matrix: [
    [
      'matrix-open',
      tab('matrix'),
      // the grid with its first row painted (or the empty state)
      `() => !!document.querySelector('[data-testid="matrix-grid"] [data-testid="matrix-row"]') || !!document.querySelector('[data-testid="matrix-view"] .v-empty')`,
      `() => { const r = performance.getEntriesByType('resource').filter((e) => e.name.includes('MatrixService/Get')).at(-1); return document.querySelector('[data-testid="matrix-count"]')?.textContent + '; ' + document.querySelectorAll('[data-testid="matrix-cell"]').length + ' cells in the DOM' + (r ? \`; Get \${Math.round(r.responseEnd - r.startTime)} ms (request at \${Math.round(r.startTime - window.__cdT0)} ms), \${Math.round(r.encodedBodySize / 1024)} KB\` : ''); }`,
    ],
    [
      'matrix-tag',
      // once the tag list has arrived (timed from the change)
      `async () => {
        const el = document.querySelector('[data-testid="matrix-tag"]');
        for (let i = 0; i < 200 && ![...el.options].some((o) => o.value === 'disputed'); i++) await new Promise((r) => setTimeout(r, 50));
        window.__cdTypedAt = performance.now();
        el.value = 'disputed';
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }`,
      `() => document.querySelector('[data-testid="matrix-tag"]').value === 'disputed' && !document.querySelector('[data-testid="matrix-grid"].busy') && (!!document.querySelector('[data-testid="matrix-row"]') || !!document.querySelector('[data-testid="matrix-view"] .v-empty'))`,
      `() => document.querySelector('[data-testid="matrix-count"]')?.textContent`,
    ],
    [
      'matrix-filter-typed',
      `async () => {
        const tag = document.querySelector('[data-testid="matrix-tag"]');
        tag.value = '';
        tag.dispatchEvent(new Event('change', { bubbles: true }));
        await (${typeInto('[data-testid="matrix-filter"]', 'troops')})();
      }`,
      // answered: every row shown states the word, after the last key
      `() => { const rows = [...document.querySelectorAll('[data-testid="matrix-row"] button.statement')]; return window.__cdTypedAt !== undefined && rows.length > 0 && rows.every((el) => /troops/i.test(el.textContent)) && !document.querySelector('[data-testid="matrix-grid"].busy'); }`,
      `() => document.querySelector('[data-testid="matrix-count"]')?.textContent`,
    ],
  ],
};

// The day's steps act as the analyst did; the selection is made with the mouse by
// prepare() (below) before the timed keystroke or click.
const painted = (name, text) => `() => { const h = CSS.highlights.get(${JSON.stringify(name)}); return !!h && [...h].some((r) => r.toString() === ${JSON.stringify(text)}); }`;
const firstScreen = `() => !!document.querySelector('[data-testid="reader-title"]') && !!CSS.highlights.get('cd-person-suggested')`;
VIEWS.day = [
  // The reference: the same server's smallest static page (its "Not found." page, no
  // script), opened from the app as the reload is: navigation start -> its frame painted.
  ['day-blank-reference', 'blank', `() => document.getElementById('refusal') !== null`],
  ['day-reload', 'reload', firstScreen],
  ['day-first-entity', `() => document.querySelector('[data-testid="entity-input"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))`, painted('cd-person', 'Kim Jong Un')],
  ['day-create-claim', `() => document.querySelector('[data-testid="claim-create"]').click()`, painted('cd-claim', 'Moscow and Pyongyang have drawn closer together')],
  [
    'day-open-in-claims',
    `() => document.querySelector('[data-testid="open-claim"]').click()`,
    `() => document.querySelector('[data-testid="claim-statement"]')?.value === 'Moscow and Pyongyang drew closer after 2022'`,
    // what left after the click, and when its answer came (ms from the click)
    `() => performance.getEntriesByType('resource').filter((e) => e.startTime >= window.__cdT0).map((e) => e.name.split('/').slice(-2).join('/') + ' ' + Math.round(e.startTime - window.__cdT0) + '-' + Math.round(e.responseEnd - window.__cdT0)).join(', ')`,
  ],
];

/** Drags the mouse over text in the open article (the nth occurrence after `after`). */
async function dragOn(page, text, after = '') {
  const pts = await page.getByTestId('article-body').evaluate(
    (el, { text, after }) => {
      const node = el.firstChild;
      const i = node.data.indexOf(text, after ? node.data.indexOf(after) : 0);
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      const sc = el.closest('.scroll');
      sc.scrollTop += r.getBoundingClientRect().top - sc.getBoundingClientRect().top - 160;
      const a = r.getBoundingClientRect();
      r.setStart(node, i + text.length - 1);
      r.setEnd(node, i + text.length);
      const rs = r.getClientRects();
      const b = rs[rs.length - 1];
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    },
    { text, after },
  );
  await page.mouse.move(pts.x1, pts.y1);
  await page.mouse.down();
  await page.mouse.move(pts.x2, pts.y2, { steps: 4 });
  await page.mouse.up();
  await page.getByTestId('selection-menu').waitFor({ timeout: TIMEOUT });
}

/** Gets the page to where a day step starts, the untimed part of the analyst's actions. */
async function prepare(page, name) {
  if (name === 'day-first-entity') {
    await page.getByTestId('article-item').filter({ hasText: 'unprecedented' }).click();
    await page.getByTestId('reader-title').filter({ hasText: 'unprecedented' }).waitFor();
    await dragOn(page, 'Kim Jong Un');
    await page.keyboard.press('e');
    await page.keyboard.press('1');
    await page.getByTestId('entity-option').first().waitFor();
  } else if (name === 'day-create-claim') {
    await dragOn(page, 'Moscow and Pyongyang have drawn closer together');
    await page.keyboard.press('c');
    await page.getByTestId('claim-statement').fill('Moscow and Pyongyang drew closer after 2022');
  } else if (name === 'day-open-in-claims') {
    await page.getByTestId('open-claim').waitFor();
  }
}

/**
 * The page just navigated to, timed inside it from navigation start to the first frame
 * with done() true; the note says where the time went (resource timings: the requests,
 * what crossed the wire, when the first call and the article's spans left and arrived).
 */
function timedLoad(page, done) {
  return page.evaluate(
    async ({ done, limit }) => {
      const isDone = (0, eval)(`(${done})`);
      const ok = await new Promise((resolve) => {
        const tick = () => (isDone() ? resolve(true) : performance.now() > limit ? resolve(false) : requestAnimationFrame(tick));
        tick();
      });
      if (!ok) return { ms: limit, timeout: true, note: '' };
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource');
      const assets = res.filter((e) => e.name.includes('/assets/'));
      const calls = res.filter((e) => e.name.includes('/api/') && !e.name.endsWith('/api/events'));
      // The article's spans: their own call, or the start-up call that brings them
      const spans = calls.find((e) => e.name.includes('SpanService/ListForReader') || e.name.includes('StartService/FirstScreen'));
      const painted = performance.getEntriesByName('cd:spans-painted')[0];
      const kb = (n) => Math.round(n / 1024);
      const wire = (nav?.transferSize ?? 0) + assets.reduce((n, e) => n + e.transferSize, 0);
      const note =
        `DOMContentLoaded ${Math.round(nav?.domContentLoadedEventEnd ?? 0)} ms; ` +
        `${assets.length} assets, ${kb(wire)} KB over the wire (${assets.filter((e) => e.transferSize === 0).length} from cache)` +
        (calls.length ? `; ${calls.length} calls, first at ${Math.round(calls[0].startTime)} ms` : '') +
        (spans ? `; spans ${Math.round(spans.startTime)}-${Math.round(spans.responseEnd)} ms` : '') +
        // the reader's own mark: its highlights registered (the frame after shows them)
        (painted ? `; highlights set at ${Math.round(painted.startTime)} ms` : '');
      return { ms: performance.now(), timeout: false, note };
    },
    { done: done.toString(), limit: STEP_MS },
  );
}

/** Reloads the page and times it (timedLoad). */
async function timedReload(page, done) {
  await page.reload();
  return timedLoad(page, done);
}

/** Opens the server's "Not found." page from the app and times it; then back to the app. */
async function timedBlank(page, done) {
  const app = page.url();
  await page.goto(new URL('/perf-reference-blank', app).href);
  const r = await timedLoad(page, done);
  await page.goto(app);
  await page.getByTestId('reader-title').waitFor({ timeout: TIMEOUT });
  return r;
}

let context;
let server; // the running `claimdesk serve`, stopped even when a run fails
try {
  for (let run = 0; run < RUNS; run++) {
    console.log(`run ${run + 1}/${RUNS}`);
    for (const [view, steps] of Object.entries(VIEWS)) for (const [label, bin] of run % 2 ? [...BINS].reverse() : BINS) {
      if (ONLY ? !ONLY.has(view) : view === 'day' || SAMPLE) continue;
      if (BINS.length > 1) console.log(`  ${view}${label}`);
      if (!SAMPLE) db = join(work, `bench${label}.db`);
      // A fresh server and browser per view: a view that timed out must not leave its
      // requests running under the next one.
      const { child, url } = serve(`${run}-${view}${label}`, bin);
      server = child;
      const u = await url;
      context = await launchChromium(join(work, `profile-${run}-${view}${label}`));
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(u);
      if (view === 'day') record(`day-first-open${label}`, await timedLoad(page, firstScreen)); // a new profile: nothing cached
      await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
      // Let start-up's requests settle; the tab click then also loads the view's code
      // chunk (on first use, as for the analyst).
      await page.waitForTimeout(500);
      for (const [name, act, done, note] of steps) {
        let r;
        try {
          await prepare(page, name);
          r = act === 'reload' ? await timedReload(page, done) : act === 'blank' ? await timedBlank(page, done) : await timed(page, act, done, note);
        } catch (err) {
          // e.g. "Target crashed": the whole-workspace matrix (116 MB of JSON) can take
          // the renderer down. Counted as a timeout; the other views go on.
          r = { ms: STEP_MS, timeout: true, note: `failed: ${String(err?.message ?? err).split('\n')[0]}` };
        }
        record(name + label, r);
        if (r.timeout) break; // the next step needs this one's content
        await page.waitForTimeout(300);
      }
      await context.close().catch(() => {});
      context = undefined;
      await stopServer(child);
      server = undefined;
    }
  }
  for (const [name, xs] of figures) report(name, xs);
  for (const [label] of BINS) {
    const ref = figures.get(`day-blank-reference${label}`);
    for (const name of ['day-reload', 'day-first-open'].map((n) => n + label)) {
      if (ref && figures.has(name)) console.log(`PERF view-${name}-vs-blank ratio=${(median(figures.get(name)) / median(ref)).toFixed(2)} (medians)`);
    }
  }
} finally {
  if (context) await context.close().catch(() => {});
  await stopServer(server);
  rmSync(work, { recursive: true, force: true });
}
