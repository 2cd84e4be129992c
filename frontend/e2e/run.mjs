// Runs every e2e/*.test.mjs in turn and prints one combined "N passed, M failed" line last.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort();
let passed = 0;
let failed = 0;
let skipped = 0;
for (const f of files) {
  console.log(`=== ${f}`);
  const out = await new Promise((resolve) => {
    const child = spawn(process.execPath, [join(dir, f)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      text += d;
    });
    child.on('exit', (code) => resolve({ text, code }));
  });
  const m = /(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/.exec(out.text);
  if (m) {
    passed += Number(m[1]);
    failed += Number(m[2]);
    skipped += Number(m[3] ?? 0);
  }
  if (!m || (out.code !== 0 && Number(m[2]) === 0)) failed++; // crashed without a tally
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
