// The verification memo, as an analyst makes one for an editor: a claim stated by three
// articles (one through an agency with an Arabic name, one from an outlet whose name and
// title try to be markup, one denying it) is opened in Claims; a click on Memo downloads
// the file (a browser never gets a path); the file holds the statement, the chains and
// the contradiction; opened in Chromium it runs nothing, its Content-Security-Policy
// admits its own style and nothing else, and it prints on A4 and on Letter. "as text"
// downloads the same memo as plain text. The stories are written for this test.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/memo.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/memo-*.png. Prints "N passed, M failed" last.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TIMEOUT, api, assert, check, runE2E, screenshotPath } from './lib.mjs';

const STATEMENT = 'The Corvale flood killed 300 people';
const SECOND = 'Schools in Corvale reopen next week';
const AGENCY = 'وكالة أنباء كورفال';
const HOSTILE_TITLE = 'Flood toll <script>window.pwned=1</script> report';
const HOSTILE_OUTLET = 'Harbour <img src=x onerror="window.pwned=2"> Gazette';
const NOTE = 'Check with the <a href="javascript:window.pwned=3">authority</a>; did \u202eton\u202c happen?';
const ARTICLES = [
  {
    title: 'Corvale counts its dead',
    source: 'Lantern Wire',
    url: 'https://lantern.example/corvale-flood',
    text: 'Rescue teams searched the river banks on Monday. The flood killed around 300 people, according to the agency. Roads stay closed.',
    quote: 'The flood killed around 300 people',
    value: 'around 300 people',
  },
  {
    title: HOSTILE_TITLE,
    source: HOSTILE_OUTLET,
    url: 'https://gazette.example/toll',
    text: 'The flood killed 450 people, the river office said on Tuesday. Schools reopen next week.',
    quote: 'The flood killed 450 people',
    value: '450 people',
  },
];

const shot = (page, name) => page.screenshot({ path: screenshotPath(`memo-${name}.png`) });
const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
const cp = (s) => Array.from(s).length;

await runE2E(async ({ url, page, context, workDir }) => {
  let claimId = 0;
  let memoFile = '';

  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });

  await check('set-up: three articles, a claim with a channel, a contradiction and a note', async () => {
    const agency = await api(page, 'SourceService', 'Create', { name: AGENCY, kind: 'agency', reliability: 'C', url: '', note: '' });
    assert(agency.status === 200, `source: ${JSON.stringify(agency.body)}`);
    for (const [i, a] of ARTICLES.entries()) {
      const rec = JSON.stringify({ title: a.title, source: a.source, url: a.url, published_at: `2026-03-0${i + 2}`, text: a.text });
      const r = await api(page, 'ImportService', 'ImportFiles', [{ name: `memo${i}.json`, content: b64(rec) }], { encoding: '', maxBytes: 0 });
      assert(r.status === 200 && r.body.imported === 1, `import ${i}: ${JSON.stringify(r.body)}`);
      const start = cp(a.text.slice(0, a.text.indexOf(a.quote)));
      const m = await api(page, 'ClaimService', 'AddMention', {
        claimId: claimId || null,
        newStatement: claimId ? '' : STATEMENT,
        articleId: r.body.items[0].articleId,
        start,
        end: start + cp(a.quote),
        quote: a.quote,
        rawValue: a.value,
        hedge: '',
        speakerEntityId: null,
        channelSourceId: i === 0 ? agency.body.id : null,
        channelText: i === 0 ? 'according to the agency' : '',
        isDirectQuote: false,
      });
      assert(m.status === 200, `mention ${i}: ${JSON.stringify(m.body)}`);
      claimId = m.body.id;
    }
    const u = await api(page, 'ClaimService', 'Update', claimId, { note: NOTE });
    assert(u.status === 200, `note: ${JSON.stringify(u.body)}`);
    const other = await api(page, 'ClaimService', 'Create', { statement: SECOND, note: '' });
    assert(other.status === 200, `second claim: ${JSON.stringify(other.body)}`);
  });

  await check('a person opens the claim in Claims and clicks Memo: the memo downloads', async () => {
    await page.getByTestId('tab-claims').click();
    await page.getByTestId('claim-item').filter({ hasText: STATEMENT }).click();
    await page.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
    await shot(page, '01-claim-page');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), page.getByTestId('claim-page').getByTestId('memo').click()]);
    assert(download.suggestedFilename() === `claimdesk-memo-claim${claimId}-${new Date().toISOString().slice(0, 10).replaceAll('-', '')}.html`, `file name ${download.suggestedFilename()}`);
    memoFile = `${workDir}/${download.suggestedFilename()}`;
    await download.saveAs(memoFile);
    await page.getByTestId('memo-done').waitFor({ timeout: TIMEOUT });
  });

  await check('the file holds the statement, the chains, the contradiction and the note as text', async () => {
    const html = readFileSync(memoFile, 'utf8');
    assert(html.startsWith('<!DOCTYPE html>'), 'not an HTML document');
    assert(!/<script/i.test(html), 'a <script> tag in the file');
    assert(!/<[a-z][^>]*\son[a-z]+\s*=/i.test(html), 'an event handler attribute in a tag of the file');
    assert(html.includes('Harbour &lt;img src=x onerror=&#34;window.pwned=2&#34;&gt; Gazette'), 'the hostile outlet name is not escaped as text');
    const memo = await context.newPage();
    const events = [];
    memo.on('console', (m) => events.push(m.text()));
    memo.on('pageerror', (e) => events.push(e.message));
    await memo.goto(pathToFileURL(memoFile).href);
    const seen = await memo.evaluate(() => ({
      text: document.body.innerText,
      scripts: document.scripts.length,
      pwned: window.pwned ?? null,
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
      links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      font: getComputedStyle(document.body).fontFamily,
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      chains: [...document.querySelectorAll('[data-memo=chain]')].map((e) => e.textContent),
      contradictions: [...document.querySelectorAll('[data-memo=contradiction]')].map((e) => e.textContent),
    }));
    await memo.screenshot({ path: screenshotPath('memo-02-file.png'), fullPage: true });
    assert(seen.scripts === 0 && seen.pwned === null && seen.handlers.length === 0, `live content: ${JSON.stringify(seen)}`);
    assert(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; base-uri 'none'; form-action 'none'$/.test(seen.csp), `CSP ${seen.csp}`);
    assert(seen.links.every((h) => h.startsWith('https://') || h.startsWith('#')), `links ${JSON.stringify(seen.links)}`);
    assert(/Georgia/.test(seen.font), `the memo's own style was not applied under its CSP (font ${seen.font}): ${events.join(' | ')}`);
    assert(!events.some((e) => /Content Security Policy|Refused/i.test(e)), `CSP refusals: ${events.join(' | ')}`);
    for (const want of [STATEMENT, HOSTILE_TITLE, HOSTILE_OUTLET, 'Corvale counts its dead', '2 articles', 'Check with the <a href="javascript:window.pwned=3">authority</a>; did ◂ton▪ happen?']) {
      assert(seen.text.includes(want), `the memo does not show ${JSON.stringify(want)}`);
    }
    assert(seen.chains.some((c) => c.includes(`Lantern Wire ← ${AGENCY}`)), `chains ${JSON.stringify(seen.chains)}`);
    assert(seen.contradictions.some((c) => c.includes('around 300 people') && c.includes('450 people') && /not the same figure/.test(c)), `contradictions ${JSON.stringify(seen.contradictions)}`);
    for (const format of ['A4', 'Letter']) {
      const pdf = await memo.pdf({ format, printBackground: false });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert(pdf.length > 1000 && pages >= 1, `${format}: a PDF of ${pdf.length} bytes, ${pages} pages`);
    }
    await memo.close();
  });

  await check('"as text" downloads the same memo as plain text', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), page.getByTestId('claim-page').getByTestId('memo-text').click()]);
    assert(download.suggestedFilename().endsWith('.txt'), `file name ${download.suggestedFilename()}`);
    const text = readFileSync(await download.path(), 'utf8');
    for (const want of [STATEMENT, `Lantern Wire ← ${AGENCY}`, 'not the same figure', HOSTILE_TITLE, '«The flood killed around 300 people», according to the agency.']) {
      assert(text.includes(want), `the text memo lacks ${JSON.stringify(want)}`);
    }
    assert(!text.includes('\u202e'), 'the text memo holds a bidi override as is');
  });

  await check('ticking two claims in the list makes one memo of both, with a contents list', async () => {
    await page.getByTestId('claim-item').filter({ hasText: SECOND }).waitFor({ timeout: TIMEOUT });
    for (const s of [STATEMENT, SECOND]) {
      await page.getByRole('checkbox', { name: `Select for a memo: ${s}` }).click();
    }
    const bar = page.getByTestId('memo-bar');
    await bar.getByRole('button', { name: 'Memo of 2 selected claims' }).waitFor({ timeout: TIMEOUT });
    await shot(page, '03-two-picked');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), bar.getByTestId('memo').click()]);
    assert(download.suggestedFilename().startsWith('claimdesk-memo-2claims-'), `file name ${download.suggestedFilename()}`);
    const file = `${workDir}/two.html`;
    await download.saveAs(file);
    const memo = await context.newPage();
    await memo.goto(pathToFileURL(file).href);
    const seen = await memo.evaluate(() => ({
      contents: [...document.querySelectorAll('nav.contents a')].map((a) => [a.textContent, a.getAttribute('href')]),
      claims: [...document.querySelectorAll('article.claim')].map((a) => a.id),
    }));
    await memo.close();
    assert(seen.claims.length === 2, `claims in the memo: ${JSON.stringify(seen.claims)}`);
    assert(seen.contents.length === 2 && seen.contents.every(([, href], i) => href === `#${seen.claims[i]}`), `contents ${JSON.stringify(seen.contents)}`);
    assert(seen.contents.some(([t]) => t === STATEMENT) && seen.contents.some(([t]) => t === SECOND), `contents ${JSON.stringify(seen.contents)}`);
  });

  await check('the browser door refuses MemoToFile (no path on the server’s disk)', async () => {
    const r = await api(page, 'ExportService', 'MemoToFile', `${workDir}/x.html`, false, { claimIds: [claimId], tag: '', format: 'html' });
    assert(r.status === 403, `MemoToFile answered ${r.status} ${JSON.stringify(r.body)}`);
  });
});
