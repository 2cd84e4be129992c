// CPU, not wall clock, of reader-perf.mjs's two timings: on a shared machine the wall
// clock swings 2-5x with other work, the CPU our code spends does not. Per run, with a
// Chromium trace (thread time of the renderer's main thread) and /proc (the server's
// user+system time):
//   open:   click on the 2,000-span article -> the end of the first frame painted after
//           the reader's "cd:spans-painted" mark for all of its spans;
//   select: Enter in the entity menu -> the end of the first frame painted after the
//           new range is in CSS.highlights;
// printing "CPU <name> main=<ms> main-after-answer=<ms> server=<ms> wall=<ms>"; main-after-answer is the
// main thread's CPU from the spans' (Create's) response end, the browser's own part.
//   CLAIMDESK_BIN=build/claimdesk BENCH_DB=copy.db RUNS=5 node e2e/perf/reader-cpu.mjs
// BENCH_DB is written to (each run creates a span): give it a copy.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TIMEOUT, launchChromium, stopServer } from '../lib.mjs';
import { BIG_TITLE, openEntityMenuOnWord, serve } from './common.mjs';
const db = process.env.BENCH_DB;
if (!db) throw new Error('set BENCH_DB to a copy of the benchmark workspace');
const RUNS = Number(process.env.RUNS ?? 5);
const TICK = 10; // ms per clock tick in /proc/<pid>/stat (USER_HZ 100)
const serverCpu = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * TICK;
};

const results = { open: [], select: [] };
for (let run = 0; run < RUNS; run++) {
  const work = mkdtempSync(join(tmpdir(), 'claimdesk-cpu-'));
  const { child, url: served } = serve(db, join(work, 'config'));
  const { url } = await served;
  const context = await launchChromium(join(work, 'profile'));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
    await page.waitForTimeout(1000);
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel'], enableThreadTimeSampling: false },
    });
    const s0 = serverCpu(child.pid);
    await page.evaluate((title) => {
      const item = [...document.querySelectorAll('[data-testid="article-item"]')].find((el) => el.textContent.includes(title));
      performance.mark('cpu:click');
      item.click();
    }, BIG_TITLE);
    await page.waitForFunction(() => performance.getEntriesByName('cd:spans-painted').some((m) => m.detail?.spans >= 1500));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const s1 = serverCpu(child.pid);
    await page.waitForTimeout(1500);
    await openEntityMenuOnWord(page, run);
    await page.waitForTimeout(300);
    const before = await page.evaluate(() => CSS.highlights.get('cd-person')?.size ?? 0);
    await page.evaluate(() => performance.mark('cpu:enter'));
    const s2 = serverCpu(child.pid);
    await page.keyboard.press('Enter');
    await page.waitForFunction((b) => (CSS.highlights.get('cd-person')?.size ?? 0) > b, before);
    await page.evaluate(() => performance.mark('cpu:shown'));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const s3 = serverCpu(child.pid);
    await page.waitForTimeout(500);
    await cdp.send('Tracing.end');
    await done;
    const allSpans = (e) => e.name === 'cd:spans-painted' && (JSON.parse(e.args?.data?.detail ?? '{}').spans ?? 0) >= 1500;
    const open = measure(events, 'cpu:click', allSpans, /ListFor(Article|Reader)$/);
    const select = measure(events, 'cpu:enter', (e) => e.name === 'cpu:shown', /SpanService\/Create$/);
    open.server = s1 - s0;
    select.server = s3 - s2;
    results.open.push(open);
    results.select.push(select);
    console.log(`run ${run}: open main=${open.main.toFixed(0)} after=${open.after.toFixed(0)} server=${open.server} wall=${open.wall.toFixed(0)} | select main=${select.main.toFixed(0)} after=${select.after.toFixed(0)} server=${select.server} wall=${select.wall.toFixed(0)}`);
  } finally {
    await context.close().catch(() => {});
    await stopServer(child);
    rmSync(work, { recursive: true, force: true });
  }
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `median=${med(xs).toFixed(0)} [${xs.map((x) => x.toFixed(0)).join(' ')}]`;
for (const [name, rs] of Object.entries(results)) {
  for (const k of ['main', 'after', 'server', 'wall']) console.log(`CPU ${name}-${k} ${fmt(rs.map((r) => r[k]))}`);
}

/**
 * Main-thread CPU (thread time of top-level tasks) from the mark `from` to the end of the
 * first frame painted after the first event matching `until` (for open: cd:spans-painted
 * with all of the article's spans; for select: cpu:shown), and from the response end of the request
 * matching `req` (the first one after `from`) to the same frame end.
 */
function measure(events, from, until, req) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === from));
  const { pid, tid } = main;
  const t0 = events.find((e) => e.pid === pid && e.name === from).ts;
  const marks = events.filter((e) => e.pid === pid && e.ts >= t0 && until(e));
  const tMark = Math.min(...marks.map((e) => e.ts));
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask');
  const paints = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'Paint' && e.ts >= tMark);
  const paint = paints.sort((a, b) => a.ts - b.ts)[0];
  const frameTask = paint && tasks.find((t) => t.ts <= paint.ts && t.ts + t.dur >= paint.ts);
  const t1 = frameTask ? frameTask.ts + frameTask.dur : tMark;
  // the request's response end: ResourceFinish of the first matching request after t0
  const sends = events.filter((e) => e.name === 'ResourceSendRequest' && e.ts >= t0 && req.test(e.args?.data?.url ?? ''));
  const id = sends.sort((a, b) => a.ts - b.ts)[0]?.args.data.requestId;
  const fin = events.find((e) => e.name === 'ResourceFinish' && e.args?.data?.requestId === id);
  const tr = fin ? fin.ts : t0;
  const cpu = (a, b) =>
    tasks.reduce((sum, t) => {
      const s = Math.max(a, t.ts);
      const e = Math.min(b, t.ts + t.dur);
      if (e <= s) return sum;
      // thread time, prorated for a task cut by the window
      return sum + ((t.tdur ?? t.dur) * (e - s)) / t.dur;
    }, 0) / 1000;
  return { main: cpu(t0, t1), after: cpu(tr, t1), wall: (t1 - t0) / 1000 };
}
