// Shared helpers for the end-to-end tests: checks and their tally, the real
// `claimdesk serve` binary on a fresh workspace, Debian's Chromium through
// playwright-core, and calls to the API from inside the page (with its cookie).
//
// Env: CLAIMDESK_BIN (defaults to <repo>/build/claimdesk if that exists),
// CHROMIUM (default /usr/bin/chromium), SCREENSHOT_DIR (default <repo>/build;
// relative paths are taken from frontend/).

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const TIMEOUT = 30_000; // the machine is slow and shared
export const FRONTEND = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO = resolve(FRONTEND, '..');
export const SCREENSHOT_DIR = resolve(FRONTEND, process.env.SCREENSHOT_DIR ?? '../build');
const URL_RE = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/;

export function screenshotPath(name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, name);
}

// ---- checks -----------------------------------------------------------------

export const tally = { passed: 0, failed: 0, skipped: 0, skippedNames: [] };

/** Runs one named check; a failure is counted and reported, not thrown. Resolves true on success. */
export async function check(name, fn) {
  try {
    await fn();
    tally.passed++;
    console.log(`ok   ${name}`);
    return true;
  } catch (err) {
    tally.failed++;
    console.log(`FAIL ${name}\n     ${String(err?.stack ?? err).split('\n').join('\n     ')}`);
    return false;
  }
}

/** Records a check that could not run (e.g. a service not in this build). */
export function skip(name, reason) {
  tally.skipped++;
  tally.skippedNames.push(`${name} (${reason})`);
  console.log(`skip ${name} — ${reason}`);
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Polls fn until it returns a truthy value; returns it. */
export async function eventually(fn, what, ms = 10_000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what} (last: ${String(last?.message ?? JSON.stringify(last))})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// ---- server -------------------------------------------------------------------

export function findBinary() {
  const bin = process.env.CLAIMDESK_BIN ?? (existsSync(join(REPO, 'build/claimdesk')) ? join(REPO, 'build/claimdesk') : '');
  if (!bin) throw new Error('set CLAIMDESK_BIN to the claimdesk binary (e.g. build/claimdesk)');
  if (!existsSync(bin)) throw new Error(`CLAIMDESK_BIN=${bin} does not exist`);
  return bin;
}

/** Starts `claimdesk serve` on a fresh workspace (and a fresh settings directory), with extra flags if given; returns {child, log, url: Promise<string>}. */
export function startServer(bin, workDir, extraArgs = []) {
  const args = ['serve', '--db', join(workDir, 'e2e.db'), '--addr', '127.0.0.1:0', ...extraArgs];
  // Settings (pane widths, last article) live in the user's config directory;
  // give each run its own so runs do not see each other's (or the user's).
  const env = { ...process.env, XDG_CONFIG_HOME: join(workDir, 'config') };
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
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

export async function stopServer(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export async function launchChromium(profileDir, options = {}) {
  const context = await chromium.launchPersistentContext(profileDir, {
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
    ...options,
  });
  context.setDefaultTimeout(TIMEOUT);
  return context;
}

/** POST /api/<service>/<method> from the page (its session cookie); resolves {status, body}. */
export function api(page, service, method, ...args) {
  return page.evaluate(
    async ({ service, method, args }) => {
      const res = await fetch(`/api/${service}/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(args),
      });
      const text = await res.text();
      let body = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        // keep the text
      }
      return { status: res.status, body };
    },
    { service, method, args },
  );
}

/**
 * Runs an e2e script: a fresh workspace directory, the server, Chromium, then
 * body({url, origin, context, page, server, workDir}); prints "N passed, M failed"
 * last and exits non-zero on any failure. serveArgs are extra flags for `serve`.
 */
export async function runE2E(body, { launch = {}, serveArgs = [] } = {}) {
  const workDir = mkdtempSync(join(tmpdir(), 'claimdesk-e2e-'));
  let server;
  let context;
  const onSignal = async (sig) => {
    await stopServer(server?.child);
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    let url;
    await check('server starts and prints its URL', async () => {
      server = startServer(findBinary(), workDir, serveArgs);
      url = await server.url;
    });
    if (url) {
      await check('Chromium starts', async () => {
        context = await launchChromium(join(workDir, 'profile'), launch);
      });
      if (context) {
        const page = context.pages()[0] ?? (await context.newPage());
        await body({ url, origin: new URL(url).origin, context, page, server, workDir });
      }
    }
  } catch (err) {
    tally.failed++;
    console.log(`FAIL unexpected error: ${err?.stack ?? err}`);
  } finally {
    if (tally.failed > 0 && server) console.log(`--- server output (last lines) ---\n${server.log.join('\n')}`);
    await context?.close().catch(() => {});
    await stopServer(server?.child);
    rmSync(workDir, { recursive: true, force: true });
  }
  if (tally.skippedNames.length) console.log(`skipped: ${tally.skippedNames.join('; ')}`);
  console.log(`${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
  process.exit(tally.failed > 0 ? 1 : 0);
}

// ---- files ------------------------------------------------------------------------

/** RFC 4180 CSV → rows of cells. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

// ---- the top bar ------------------------------------------------------------------

/** Clicks File in the top bar, then one of its items by test id (import-open, export-open, merge-open), as a person does. */
export async function fileMenu(page, itemTestId) {
  await page.getByTestId('file-menu').click();
  await page.getByTestId(itemTestId).click();
}

/** The sqlite3 shell holding the write lock until release() (or its end). */
export function holdLock(dbPath) {
  const shell = spawn('sqlite3', [dbPath], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  shell.stdout.on('data', (d) => (out += d));
  shell.stderr.on('data', (d) => (out += d));
  shell.stdin.write('.timeout 5000\nBEGIN EXCLUSIVE;\nSELECT \'locked\';\n');
  return {
    locked: () => eventually(() => out.includes('locked') && out, 'the shell to take the lock'),
    release: () =>
      new Promise((resolve) => {
        shell.once('exit', resolve);
        shell.stdin.end('ROLLBACK;\n.quit\n');
      }),
  };
}
