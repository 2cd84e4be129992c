// End-to-end test of the browser door: the real `claimdesk serve` binary,
// the built frontend it serves, and Debian's Chromium driven by playwright-core.
//
//   CLAIMDESK_BIN=/path/to/claimdesk npm run e2e
//
// Env: CLAIMDESK_BIN (required; defaults to <repo>/build/claimdesk if that
// exists), CHROMIUM (default /usr/bin/chromium), SCREENSHOT_DIR (default
// <repo>/build; relative paths are taken from frontend/).
// Prints "N passed, M failed" last and exits non-zero on any failure.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, request } from 'playwright-core';

const TIMEOUT = 30_000; // the machine is slow and shared
const FRONTEND = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPO = resolve(FRONTEND, '..');
const URL_RE = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/;
const TITLE = "Russian culture minister in North Korea praises 'unprecedented' cooperation";
const SCREENSHOT = join(resolve(FRONTEND, process.env.SCREENSHOT_DIR ?? '../build'), 'browser.png');

let passed = 0;
let failed = 0;

/** Runs one named check; a failure is counted and reported, not thrown. */
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (err) {
    failed++;
    console.log(`FAIL ${name}\n     ${String(err?.stack ?? err).split('\n').join('\n     ')}`);
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---- server ---------------------------------------------------------------

function findBinary() {
  const bin = process.env.CLAIMDESK_BIN ?? (existsSync(join(REPO, 'build/claimdesk')) ? join(REPO, 'build/claimdesk') : '');
  if (!bin) throw new Error('set CLAIMDESK_BIN to the claimdesk binary (e.g. build/claimdesk)');
  if (!existsSync(bin)) throw new Error(`CLAIMDESK_BIN=${bin} does not exist`);
  return bin;
}

/** Starts `claimdesk serve` on a fresh workspace; resolves with {child, url}. */
function startServer(bin, workDir) {
  const args = ['serve', '--db', join(workDir, 'e2e.db'), '--addr', '127.0.0.1:0'];
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  const remember = (stream) => (line) => {
    log.push(`[${stream}] ${line}`);
    if (log.length > 200) log.shift();
  };
  createInterface({ input: child.stderr }).on('line', remember('stderr'));
  const url = new Promise((resolveUrl, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      remember('stdout')(line);
      const m = URL_RE.exec(line);
      if (m) resolveUrl(m[0]);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      reject(new Error(`server exited (code ${code}, signal ${signal}) before printing its URL:\n${log.join('\n')}`)),
    );
  });
  return { child, log, url: withTimeout(url, TIMEOUT, `the server URL on stdout of ${bin} ${args.join(' ')}`) };
}

async function stopServer(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

// ---- main -----------------------------------------------------------------

async function main() {
  const workDir = mkdtempSync(join(tmpdir(), 'claimdesk-e2e-'));
  let server;
  let context;
  let page;
  // Ctrl-C or a kill must not leave the server behind.
  const onSignal = async (sig) => {
    await stopServer(server?.child);
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    let url;
    await check('server starts and prints its URL', async () => {
      server = startServer(findBinary(), workDir);
      url = await server.url;
    });
    if (!url) return;
    const origin = new URL(url).origin;

    await check('Chromium starts', async () => {
      context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
        executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
        viewport: { width: 1280, height: 800 },
        timeout: TIMEOUT,
      });
      context.setDefaultTimeout(TIMEOUT);
    });
    if (!context) return;

    page = context.pages()[0] ?? (await context.newPage());
    const consoleErrors = [];
    const foreignRequests = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
    page.on('request', (req) => {
      const u = req.url();
      if (!u.startsWith(origin) && !u.startsWith('data:')) foreignRequests.push(u);
    });

    const items = page.getByTestId('article-item');
    await check('the article list shows the five seed articles', async () => {
      await page.goto(url, { timeout: TIMEOUT });
      await items.first().waitFor({ timeout: TIMEOUT });
      const n = await items.count();
      assert(n === 5, `expected 5 article items, got ${n}`);
    });

    await check('the reader starts empty', async () => {
      const text = await page.locator('body').innerText();
      assert(text.includes('Select an article'), 'empty state "Select an article" not shown');
    });

    const reuters = items.filter({ hasText: TITLE });
    await check('the Reuters article is listed with its title and source', async () => {
      assert((await reuters.count()) === 1, `no single article item with title ${JSON.stringify(TITLE)}`);
      const text = await reuters.innerText();
      assert(text.includes('Reuters'), `item does not mention Reuters: ${JSON.stringify(text)}`);
    });

    await check('clicking it opens it in the reader', async () => {
      await reuters.click();
      const title = page.getByTestId('reader-title');
      await title.filter({ hasText: TITLE }).waitFor({ timeout: TIMEOUT });
      const body = await page.getByTestId('article-body').textContent();
      assert(body?.includes('125-strong delegation'), 'body lacks "125-strong delegation"');
    });

    await check('the article body is one text node (offsets map directly)', async () => {
      const kinds = await page.getByTestId('article-body').evaluate((el) => [...el.childNodes].map((n) => n.nodeType));
      assert(kinds.length === 1 && kinds[0] === 3, `expected one text node, got node types ${JSON.stringify(kinds)}`);
    });

    await check('the session cookie authorises API calls from the page', async () => {
      const status = await page.evaluate(async () => {
        const res = await fetch('/api/ArticleService/List', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          credentials: 'same-origin',
          body: '[]',
        });
        return res.status;
      });
      assert(status === 200, `expected 200 with the cookie, got ${status}`);
    });

    await check('no console errors and no requests off the server', async () => {
      assert(consoleErrors.length === 0, `console errors:\n${consoleErrors.join('\n')}`);
      assert(foreignRequests.length === 0, `requests to other origins:\n${foreignRequests.join('\n')}`);
    });

    await check('the API refuses a client without the cookie', async () => {
      const fresh = await request.newContext({ baseURL: origin, timeout: TIMEOUT });
      try {
        const res = await fresh.post('/api/ArticleService/List', {
          headers: { 'Content-Type': 'application/json' },
          data: '[]',
        });
        assert([401, 403].includes(res.status()), `expected 401 or 403 without the cookie, got ${res.status()}`);
      } finally {
        await fresh.dispose();
      }
    });

    await check(`screenshot saved to ${SCREENSHOT}`, async () => {
      mkdirSync(dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, timeout: TIMEOUT });
    });
  } finally {
    if (failed > 0 && server) console.log(`--- server output (last lines) ---\n${server.log.join('\n')}`);
    await context?.close().catch(() => {});
    await stopServer(server?.child);
    rmSync(workDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (err) {
  failed++;
  console.log(`FAIL unexpected error: ${err?.stack ?? err}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
