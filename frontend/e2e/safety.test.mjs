// Issue 8: article and note text containing markup never runs or renders as
// markup. Imports a .txt and an .html article whose title and text carry
// <img onerror>, <script>, <b> and javascript: payloads (ImportService.ImportFiles,
// as the browser's file picker does), then through the real UI adds a note
// span, a claim and a tag with markup in them, and visits every view that shows
// this data: the reader (body, side panel, tooltip), the claims list and page,
// search snippets, the tags view and the entities view. Everywhere:
// window.__pwned stays undefined, no element the data could have produced
// exists in the app, and the markup shows as literal text. Also: the served
// pages carry a Content-Security-Policy that forbids inline script.
//
//   CLAIMDESK_BIN=/work/main/build/claimdesk node e2e/safety.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/safety-*.png. Prints "N passed, M failed" last.

import { TIMEOUT, api, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const BOLD = '<b>bold</b>';
const JS = 'javascript:alert(1)';
const PAYLOADS = [IMG, SCRIPT, BOLD, JS];
const NOTE = '<img src=x onerror="window.__pwned=3">';
const STATEMENT = 'Markup claim <svg onload=window.__pwned=4> must stay text';
const TAG = '<i>x</i>';
const ENTITY = '<b>Bold</b> Person';
const ENTITY_ALIAS = '<img src=x onerror="window.__pwned=9">';

const TXT_TITLE = `Markup test ${PAYLOADS.join(' ')}`;
const TXT = `${TXT_TITLE}

This article quotes markup as text: ${IMG} then ${SCRIPT} and ${BOLD} and a link ${JS} and none of it may run.

A second paragraph for the note and the tag.
`;

const HTML = `<!doctype html>
<html><head><title>HTML markup test &lt;b&gt;bold&lt;/b&gt;</title><script>window.__pwned=5</script></head>
<body><article><h1>HTML markup test</h1>
<p>Escaped in the text: &lt;img src=x onerror="window.__pwned=1"&gt; and &lt;script&gt;window.__pwned=2&lt;/script&gt; and &lt;b&gt;bold&lt;/b&gt; and javascript:alert(1).</p>
<script>window.__pwned=6</script>
<p>Real elements: <img src=x onerror="window.__pwned=7"> <b>boldelement</b> <a href="javascript:alert(1)">a javascript link</a> <svg onload="window.__pwned=8"><text>svgtext</text></svg> end.</p>
</article></body></html>
`;

const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');

/**
 * What the data could have produced, found in the page: window.__pwned, elements
 * the app itself never renders (its templates have no img/script/svg/b/i/iframe
 * inside #app), and event-handler or javascript: attributes.
 */
function inspect(page) {
  return page.evaluate(() => {
    const app = document.getElementById('app');
    const bad = [...app.querySelectorAll('img, script, svg, b, i, iframe, object, embed, a[href^="javascript" i]')].map((e) => e.outerHTML.slice(0, 120));
    const attrs = [];
    for (const e of app.querySelectorAll('*')) {
      for (const a of e.attributes) {
        if (/^on/i.test(a.name) || /^\s*javascript:/i.test(a.value) && /^(href|src|action|formaction)$/i.test(a.name)) attrs.push(`${e.tagName} ${a.name}=${a.value}`);
      }
    }
    return { pwned: window.__pwned, bad, attrs };
  });
}

async function assertClean(page, where) {
  const r = await inspect(page);
  assert(r.pwned === undefined, `${where}: window.__pwned = ${JSON.stringify(r.pwned)}`);
  assert(r.bad.length === 0, `${where}: elements from the data: ${r.bad.join(' | ')}`);
  assert(r.attrs.length === 0, `${where}: handler attributes: ${r.attrs.join(' | ')}`);
}

/** Drags the mouse over the first occurrence of text in the article body (as annotate.test.mjs). */
async function dragOver(page, text) {
  const pts = await page.getByTestId('article-body').evaluate((el, text) => {
    const node = el.firstChild;
    const i = node.data.indexOf(text);
    if (i < 0) throw new Error(`${text} not in the body`);
    const r = document.createRange();
    const rectOf = (a, b, last) => {
      r.setStart(node, a);
      r.setEnd(node, b);
      const rs = r.getClientRects();
      return rs[last ? rs.length - 1 : 0];
    };
    const s = rectOf(i, i + 1);
    const e = rectOf(i + text.length - 1, i + text.length, true);
    return { x1: s.left + 1, y1: s.top + s.height / 2, x2: e.right - 1, y2: e.top + e.height / 2 };
  }, text);
  await page.mouse.move(pts.x1, pts.y1);
  await page.mouse.down();
  await page.mouse.move(pts.x2, pts.y2, { steps: 6 });
  await page.mouse.up();
  await page.getByTestId('selection-menu').waitFor({ timeout: TIMEOUT });
}

async function ok(page, service, method, ...args) {
  const r = await api(page, service, method, ...args);
  assert(r.status === 200, `${service}.${method}: HTTP ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

const shot = (page, name) => page.screenshot({ path: screenshotPath(`safety-${name}.png`) });

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  let mainResponse;
  await check('the app loads', async () => {
    mainResponse = await page.goto(url, { timeout: TIMEOUT });
    await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
  });

  // ---- CSP ----------------------------------------------------------------------
  await check('the served page and its script carry a Content-Security-Policy that forbids inline script', async () => {
    const parse = (csp) => Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k.toLowerCase(), v]));
    const pages = [mainResponse];
    const js = await page.evaluate(() => document.querySelector('script[src]')?.src);
    assert(js, 'no script[src] in the page');
    pages.push(await page.request.get(js));
    pages.push(await page.request.get(new URL('/', page.url()).href));
    for (const r of pages) {
      const csp = r.headers()['content-security-policy'];
      assert(csp, `${r.url()}: no Content-Security-Policy header`);
      const d = parse(csp);
      const scripts = d['script-src'] ?? d['default-src'];
      assert(scripts, `${r.url()}: CSP has neither script-src nor default-src: ${csp}`);
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", 'data:', '*', 'http:', 'https:']) {
        assert(!scripts.includes(bad), `${r.url()}: script sources allow ${bad}: ${csp}`);
      }
      assert(d['object-src']?.includes("'none'"), `${r.url()}: object-src is not 'none': ${csp}`);
    }
  });

  await check('an inline script and an inline handler added to the page do not run (CSP enforced)', async () => {
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
      const d = document.createElement('div');
      d.setAttribute('onclick', 'window.__inline = 2');
      document.body.append(d);
      d.click();
      await new Promise((r) => setTimeout(r, 50));
      s.remove();
      d.remove();
      return window.__inline;
    });
    assert(ran === undefined, `inline code ran: window.__inline = ${ran}`);
  });

  // ---- import ---------------------------------------------------------------------
  const ids = {};
  await check('ImportFiles takes a .txt and an .html with markup in title and text', async () => {
    const sum = await ok(page, 'ImportService', 'ImportFiles', [
      { name: 'markup.txt', content: b64(TXT) },
      { name: 'markup.html', content: b64(HTML) },
    ], { encoding: '', maxBytes: 0 });
    assert(sum.imported === 2 && sum.rejected === 0, `summary ${JSON.stringify(sum)}`);
    ids.txt = sum.items.find((i) => i.name === 'markup.txt')?.articleId;
    ids.html = sum.items.find((i) => i.name === 'markup.html')?.articleId;
    assert(ids.txt && ids.html, `article ids ${JSON.stringify(sum.items)}`);
  });

  await check('stored text: the .txt keeps every payload literally; the .html keeps the escaped text, drops script/svg/img', async () => {
    const t = await ok(page, 'ArticleService', 'Get', ids.txt);
    assert(t.title === TXT_TITLE, `txt title ${JSON.stringify(t.title)}`);
    for (const p of PAYLOADS) assert(t.body.includes(p), `txt body lacks ${p}`);
    const h = await ok(page, 'ArticleService', 'Get', ids.html);
    assert(h.title.includes(BOLD), `html title ${JSON.stringify(h.title)}`);
    for (const p of PAYLOADS) assert(h.body.includes(p), `html body lacks the escaped text ${p}: ${JSON.stringify(h.body)}`);
    for (const gone of ['__pwned=5', '__pwned=6', '__pwned=7', '__pwned=8', 'svgtext']) assert(!h.body.includes(gone), `html body keeps ${gone}`);
    assert(h.body.includes('boldelement') && h.body.includes('a javascript link'), `html body lost element text: ${JSON.stringify(h.body)}`);
  });

  // ---- reader ----------------------------------------------------------------------
  const item = page.getByTestId('article-item').filter({ hasText: 'Markup test <img' });
  await check('the article list and the reader show the title and body as literal text', async () => {
    // The article list does not refresh on workspace:changed (it only loads at
    // start), so articles imported behind its back appear after a reload.
    await page.reload();
    await item.waitFor();
    assert((await item.innerText()).includes(TXT_TITLE), `list item ${JSON.stringify(await item.innerText())}`);
    await item.click();
    await page.getByTestId('reader-title').filter({ hasText: 'Markup test' }).waitFor();
    assert((await page.getByTestId('reader-title').textContent()) === TXT_TITLE, 'reader title differs');
    const body = page.getByTestId('article-body');
    const kinds = await body.evaluate((el) => [...el.childNodes].map((n) => n.nodeType));
    assert(kinds.length === 1 && kinds[0] === 3, `the body is not one text node: ${JSON.stringify(kinds)}`);
    for (const p of PAYLOADS) assert((await body.textContent()).includes(p), `body lacks ${p}`);
    const visible = await body.evaluate((el, needle) => {
      const node = el.firstChild;
      const i = node.data.indexOf(needle);
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + needle.length);
      const b = r.getBoundingClientRect();
      return r.toString() === needle && b.width > 20 && b.height > 5 && b.bottom > 0 && b.top < innerHeight;
    }, BOLD);
    assert(visible, 'the literal text <b>bold</b> is not visible in the reader body');
    await assertClean(page, 'reader');
  });

  await check('a note span whose note is an <img onerror> (N, text, Ctrl+Enter)', async () => {
    await dragOver(page, 'second paragraph');
    await page.keyboard.press('n');
    await page.getByTestId('note-input').fill(NOTE);
    await page.getByTestId('note-input').press('Control+Enter');
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
    const spans = await eventually(async () => {
      const s = await ok(page, 'SpanService', 'ListForArticle', ids.txt, false);
      return s.find((x) => x.kind === 'note' && x.note === NOTE) ? s : null;
    }, 'the note span');
    assert(spans.length >= 1, 'no spans');
    await assertClean(page, 'reader after the note');
  });

  await check('a claim whose statement has an <svg onload> (C, statement, Create claim)', async () => {
    await dragOver(page, 'none of it may run');
    await page.keyboard.press('c');
    await page.getByTestId('claim-statement').fill(STATEMENT);
    await page.getByTestId('claim-create').click();
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
    await eventually(async () => (await ok(page, 'SpanService', 'ListForArticle', ids.txt, false)).find((x) => x.claimStatement === STATEMENT), 'the claim mention');
    await page.keyboard.press('Escape');
    await page.getByTestId('span-item').filter({ hasText: 'none of it may run' }).click();
    await eventually(async () => (await page.getByTestId('span-claim').textContent({ timeout: 2_000 })) === STATEMENT, 'the statement in the side panel');
    await assertClean(page, 'side panel with the claim');
  });

  // Tagged through the side panel's "Add a tag" field: the selection menu's
  // T → "Add tags" is refused by the server ("a note needs some text").
  await check('a tag named <i>x</i> on the note span (side panel "Add a tag", Enter)', async () => {
    await page.getByTestId('reader-title').click();
    await page.keyboard.press('Escape');
    await page.getByTestId('span-item').filter({ hasText: 'second paragraph' }).click();
    const field = page.getByRole('textbox', { name: 'Add a tag' });
    await field.fill(TAG);
    await field.press('Enter');
    const tag = await eventually(async () => (await ok(page, 'TagService', 'List')).find((t) => t.name === TAG), 'the tag');
    assert(tag.spans === 1, `tag ${JSON.stringify(tag)}`);
    await eventually(async () => (await page.getByTestId('side-panel').innerText()).includes(TAG), 'the tag chip as text');
    await assertClean(page, 'side panel after the tag');
  });

  let entityId = 0;
  await check('an entity named <b>Bold</b> Person with an <img onerror> alias (API), mentioned in the article', async () => {
    const r = await api(page, 'EntityService', 'Create', { type: 'person', name: ENTITY, aliases: [ENTITY_ALIAS], note: SCRIPT });
    if (r.status === 200) entityId = r.body.id;
    else {
      // Names may be refused: then the alias alone is tried, on a plain name.
      console.log(`     (EntityService.Create refused ${JSON.stringify(ENTITY)}: ${JSON.stringify(r.body)})`);
      entityId = (await ok(page, 'EntityService', 'Create', { type: 'person', name: 'Bold Person', aliases: [], note: SCRIPT })).id;
    }
    const body = (await ok(page, 'ArticleService', 'Get', ids.txt)).body;
    const i = body.indexOf(BOLD);
    const start = [...body.slice(0, i)].length;
    await ok(page, 'SpanService', 'Create', { articleId: ids.txt, kind: 'entity', entityType: 'person', entityId, newEntityName: '', start, end: start + [...BOLD].length, quote: BOLD, note: SCRIPT, tags: [TAG] });
  });

  await check('side panel: the note, the entity span, the span list and the hover tooltip show markup as text', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('reader-title').click();
    await page.keyboard.press('Escape');
    const list = page.getByTestId('span-list');
    await list.waitFor();
    // Suggested quotes and figures can be listed before the spans made through the API
    // arrive: wait for the entity span itself, not for a count.
    await eventually(async () => (await list.innerText()).includes(BOLD), 'the entity span listed');
    assert((await page.getByTestId('span-item').count()) >= 3, 'three spans listed');
    await page.getByTestId('span-item').filter({ hasText: 'second paragraph' }).click();
    const note = page.getByTestId('side-panel').getByRole('textbox', { name: 'Note' });
    assert((await note.inputValue()) === NOTE, `note field ${JSON.stringify(await note.inputValue())}`);
    await assertClean(page, 'side panel with the note');
    // Hover the note span: the tooltip says "Note: <img …>" as text.
    const p = await page.getByTestId('article-body').evaluate((el) => {
      const node = el.firstChild;
      const i = node.data.indexOf('second paragraph') + 3;
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(p.x - 3, p.y);
    await page.mouse.move(p.x, p.y);
    const tip = page.getByTestId('span-tooltip');
    await tip.waitFor();
    assert((await tip.innerText()).includes(NOTE), `tooltip ${JSON.stringify(await tip.innerText())}`);
    await assertClean(page, 'tooltip');
    await shot(page, 'reader');
    // The entity span.
    await page.mouse.move(5, 500);
    await page.getByTestId('reader-title').click();
    await page.keyboard.press('Escape');
    await page.getByTestId('span-item').filter({ hasText: BOLD }).click();
    const name = await page.getByTestId('span-entity').textContent();
    assert(/Bold/.test(name), `entity name in the side panel ${JSON.stringify(name)}`);
    assert((await page.getByTestId('span-quote').textContent()) === BOLD, 'the quote is not the literal <b>bold</b>');
    await assertClean(page, 'side panel with the entity span');
  });

  await check('the .html article renders its escaped text literally, no script/img/svg from it', async () => {
    await page.getByTestId('article-item').filter({ hasText: 'HTML markup test' }).click();
    await page.getByTestId('reader-title').filter({ hasText: 'HTML markup test' }).waitFor();
    const text = await page.getByTestId('article-body').textContent();
    for (const p of PAYLOADS) assert(text.includes(p), `html body in the reader lacks ${p}`);
    assert((await page.getByTestId('reader-title').textContent()).includes(BOLD), 'html title is not literal');
    await assertClean(page, 'reader (html article)');
    await shot(page, 'html');
  });

  // ---- the other views ----------------------------------------------------------------
  await check('claims view: the list and the claim page show the <svg> statement as text', async () => {
    await page.getByTestId('tab-claims').click();
    const row = page.getByTestId('claim-item').filter({ hasText: '<svg onload' });
    await row.waitFor();
    assert((await row.innerText()).includes(STATEMENT), `claim row ${JSON.stringify(await row.innerText())}`);
    await row.click();
    await page.getByTestId('claim-page').waitFor();
    assert((await page.getByTestId('claim-statement').inputValue()) === STATEMENT, 'statement field');
    const mentions = await page.getByTestId('mentions').innerText();
    assert(mentions.includes(TXT_TITLE), `the mention's article title is not literal: ${JSON.stringify(mentions)}`);
    // An assessment whose rationale and evidence note carry markup too.
    await page.getByTestId('grade-1').focus();
    await page.keyboard.press('3');
    await page.getByTestId('assessment-rationale').fill(`Rationale ${IMG} ${BOLD}`);
    await page.getByTestId('add-url-evidence').click();
    await page.getByTestId('evidence-url').fill('https://example.org/?q=<b>x</b>');
    await page.getByTestId('evidence-stance').selectOption('context');
    await page.getByTestId('add-assessment').click();
    const latest = page.getByTestId('latest-assessment');
    await latest.waitFor();
    assert((await latest.innerText()).includes(`Rationale ${IMG} ${BOLD}`), `assessment ${JSON.stringify(await latest.innerText())}`);
    await assertClean(page, 'claims view');
    await shot(page, 'claims');
  });

  await check('search "onerror": article and note hits; snippets are text with <mark> only', async () => {
    await page.getByTestId('tab-search').click();
    const box = page.getByTestId('search-box');
    await box.fill('onerror');
    await box.press('Enter');
    await page.getByTestId('search-group-article').waitFor();
    await page.getByTestId('search-group-note').waitFor();
    const snippets = await page.getByTestId('search-snippet').allInnerTexts();
    assert(snippets.some((s) => s.includes('<img src=x')), `no snippet shows "<img src=x" literally: ${JSON.stringify(snippets)}`);
    const marks = await page.locator('[data-testid=search-snippet] mark').allInnerTexts();
    assert(marks.length > 0 && marks.every((m) => /onerror/i.test(m)), `marks ${JSON.stringify(marks)}`);
    const tags = await page.locator('[data-testid=search-snippet] *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
    assert(tags.every((t) => t === 'MARK'), `snippet elements other than <mark>: ${tags}`);
    const titles = await page.getByTestId('search-hit').allInnerTexts();
    assert(titles.some((t) => t.includes(TXT_TITLE)), 'the article title in the hits is not literal');
    await assertClean(page, 'search');
    await shot(page, 'search');
  });

  await check('tags view: the tag <i>x</i> is listed as text', async () => {
    await page.getByTestId('tab-tags').click();
    const row = page.getByTestId('tag-row').filter({ hasText: TAG });
    await row.waitFor();
    await assertClean(page, 'tags view');
    await shot(page, 'tags');
  });

  await check('entities view: the entity and its alias are listed as text', async () => {
    await page.getByTestId('tab-entities').click();
    await page.getByLabel('Find entity').fill('bold');
    const item = page.getByTestId('entity-item').first();
    await item.waitFor();
    await item.click();
    const ep = page.getByTestId('entity-page');
    await ep.waitFor();
    const text = await ep.innerText();
    assert(text.includes(BOLD) || text.includes('Bold Person'), `entity page ${JSON.stringify(text)}`);
    if (text.includes('<b>Bold</b>')) assert(text.includes(ENTITY_ALIAS), `alias not literal: ${JSON.stringify(text)}`);
    await assertClean(page, 'entities view');
    await shot(page, 'entities');
  });

  await check('nothing ran: no window.__pwned after a reload, no dialogs, no page errors', async () => {
    await page.reload();
    // a reload comes back to the view that was open (the entities view): go to the reader as a person would
    await page.getByTestId('tab-reader').click();
    await page.getByTestId('article-item').first().waitFor();
    await page.getByTestId('article-item').filter({ hasText: 'Markup test <img' }).click();
    await page.getByTestId('reader-title').filter({ hasText: 'Markup test' }).waitFor();
    await assertClean(page, 'after reload');
    assert(dialogs.length === 0, `dialogs opened: ${dialogs.join(' | ')}`);
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
