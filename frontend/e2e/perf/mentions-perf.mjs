// A claim of 10,000 mentions (as "accept all" over a feed archive makes one), opened in
// Chromium: how long its page takes to draw, how many figure rows and evidence-picker
// options it draws, and whether the picker's search finds the last mention. Built through
// the real services (ImportService, ClaimService.AddMention, MatchService.Accept in
// batches); every text is invented here. Timings are printed, never asserted.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/perf/mentions-perf.mjs   [MENTIONS=10000]

import { TIMEOUT, api, assert, check, eventually, runE2E, screenshotPath } from '../lib.mjs';

const MENTIONS = Number(process.env.MENTIONS ?? 10_000);
const STATEMENT = 'The Calder boatyard fire destroyed 40 boats';

/** Depot log a: one bulletin; every ninth gives 60 boats. */
const text = (a) => `Depot log ${String(a + 1).padStart(6, '0')}\n\nHarbour notes, 3 November 2026\n\nDepot bulletin ${String(a + 1).padStart(6, '0')}: the Calder boatyard fire destroyed ${a % 9 === 0 ? 60 : 40} boats.\n`;

async function call(page, service, method, ...args) {
  const r = await api(page, service, method, ...args);
  if (r.status !== 200) throw new Error(`${service}.${method}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
}

await runE2E(async ({ url, page }) => {
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
  let claimId = 0;
  const t0 = Date.now();
  await check(`a claim of ${MENTIONS} mentions, one in each of ${MENTIONS} articles, built through the services`, async () => {
    const cands = [];
    for (let a0 = 0; a0 < MENTIONS; a0 += 250) {
      const files = [];
      for (let a = a0; a < Math.min(MENTIONS, a0 + 250); a++) files.push({ name: `depot-${a + 1}.txt`, content: Buffer.from(text(a)).toString('base64') });
      const sum = await call(page, 'ImportService', 'ImportFiles', files, {});
      // Every text has the same shape (numbers padded): the import takes the same lines off
      // each, so the sentence starts where it does in the first body read back.
      const first = (await call(page, 'ArticleService', 'Get', sum.items[0].articleId)).body;
      const shift = text(a0).indexOf('the Calder boatyard') - first.indexOf('the Calder boatyard');
      for (const [i, it] of sum.items.entries()) {
        const t = text(a0 + i);
        const n = t.indexOf('the Calder boatyard');
        const quote = t.slice(n, t.indexOf('.', n));
        cands.push({ articleId: it.articleId, start: n - shift, end: n - shift + quote.length, quote, score: 1 });
      }
    }
    const c = cands.shift();
    claimId = (await call(page, 'ClaimService', 'AddMention', { articleId: c.articleId, start: c.start, end: c.end, quote: c.quote, newStatement: STATEMENT })).id;
    for (let i = 0; i < cands.length; i += 1000) await call(page, 'MatchService', 'Accept', claimId, cands.slice(i, i + 1000));
    console.log(`built in ${Date.now() - t0} ms`);
  });
  if (!claimId) return;
  const timings = {};
  await check('the claim page draws 200 cards, 200 figure rows and 200 picker options, says how many more, and the picker finds the last mention', async () => {
    await page.reload();
    await page.getByTestId('tab-claims').click();
    const item = page.getByTestId('claim-item').filter({ hasText: STATEMENT });
    await item.waitFor({ timeout: TIMEOUT });
    let t = Date.now();
    await item.click();
    await page.getByTestId('mentions').getByTestId('mention-origin').first().waitFor({ timeout: 120_000 });
    timings['open the claim: first mention card'] = Date.now() - t;
    await page.getByTestId('figure-row').first().waitFor({ timeout: 120_000 });
    timings['open the claim: first figure row'] = Date.now() - t;
    const rows = await page.getByTestId('figure-row').count();
    const cards = await page.getByTestId('mentions').getByTestId('mention-origin').count();
    t = Date.now();
    await page.getByRole('button', { name: '+ Span' }).click();
    await page.getByTestId('evidence-row').first().waitFor({ timeout: 120_000 });
    timings['+ Span: the evidence row with its picker'] = Date.now() - t;
    const options = await page.getByLabel('Mention', { exact: true }).locator('option').count();
    console.log(`drawn: ${cards} mention cards, ${rows} figure rows, ${options} picker options`);
    await page.screenshot({ path: screenshotPath('mentions-perf.png') });
    assert(rows <= 200, `${rows} figure rows drawn`);
    assert(options <= 201, `${options} options in the mention picker`);
    const more = await page.getByTestId('show-all-figures').innerText();
    assert(new RegExp(`\\(${rows === 200 ? '\\d+' : ''} more\\)`).test(more), `the figures say ${JSON.stringify(more)}`);
    assert(/more: type to narrow/.test(await page.getByTestId('mention-more').innerText()), 'the picker does not say how many more');
    t = Date.now();
    const find = page.getByTestId('mention-find');
    await find.click();
    await find.pressSequentially(`log ${String(MENTIONS).padStart(6, '0')}`, { delay: 20 });
    await eventually(async () => (await page.getByTestId('mention-pick').locator('option').allInnerTexts()).length === 1, 'one option left');
    timings['picker search: the last mention found'] = Date.now() - t;
    const last = await page.getByTestId('mention-pick').locator('option').innerText();
    assert(last.includes('fire destroyed'), `the picker offers ${JSON.stringify(last)}`);
    const picked = await page.getByTestId('mention-pick').inputValue();
    assert(Number(picked) > 0, 'the found mention is not picked');
  });
  console.log(`timings (ms, one run, not asserted): ${JSON.stringify(timings)}`);
});
