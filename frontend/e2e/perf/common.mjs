// What the reader timing scripts share: `claimdesk serve` on a workspace with its own
// settings, and selecting a word through the UI up to the entity menu's first option.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { findBinary } from '../lib.mjs';

export const BIG_TITLE = 'Benchmark: the long report with 2,000 overlapping annotations';

/** Starts `claimdesk serve --db db` with settings in configDir; {child, url: Promise<{url, ms}>} (ms: start -> URL printed). */
export function serve(db, configDir) {
  const t0 = performance.now();
  const child = spawn(findBinary(), ['serve', '--db', db, '--addr', '127.0.0.1:0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // A fresh settings file per run: the last run's open article must not be restored
    // at start (the click below would then time nothing).
    env: { ...process.env, XDG_CONFIG_HOME: configDir },
  });
  child.stderr.on('data', () => {});
  const url = new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/.exec(line);
      if (m) resolve({ url: m[0], ms: performance.now() - t0 });
    });
    child.on('exit', (c) => reject(new Error(`serve exited ${c}`)));
  });
  return { child, url };
}

/**
 * In the open article, drags over the (100 + 7·run)th capitalised word, presses E and 1
 * and waits for the entity menu's first option: Enter then creates the span.
 */
export async function openEntityMenuOnWord(page, run) {
  const body = page.getByTestId('article-body');
  await body.waitFor();
  const pts = await body.evaluate((el, run) => {
    const node = el.firstChild;
    const words = [...node.data.matchAll(/[A-Z][a-z]{5,}/g)];
    const m = words[100 + run * 7];
    const r = document.createRange();
    r.setStart(node, m.index);
    r.setEnd(node, m.index + m[0].length);
    r.startContainer.parentElement.scrollIntoView({ block: 'nearest' });
    const sc = el.closest('.scroll');
    const box = sc.getBoundingClientRect();
    let rect = r.getBoundingClientRect();
    sc.scrollTop += rect.top - box.top - 160;
    rect = r.getBoundingClientRect();
    return { x1: rect.left + 1, x2: rect.right - 1, y: rect.top + rect.height / 2, word: m[0] };
  }, run);
  await page.mouse.move(pts.x1, pts.y);
  await page.mouse.down();
  await page.mouse.move(pts.x2, pts.y, { steps: 4 });
  await page.mouse.up();
  await page.getByTestId('selection-menu').waitFor();
  await page.keyboard.press('e');
  await page.keyboard.press('1');
  await page.getByTestId('entity-input').waitFor();
  await page.getByTestId('entity-option').first().waitFor();
  return pts;
}
