// End-to-end test of articles from the web through the UI: the real `claimdesk serve`
// (started with --allow-private-fetch, so it may fetch from this machine) and a
// loopback HTTP server this test starts, serving pages and a feed written for it.
// - Import from URL: one good page (reached through a redirect), one 404 and one
//   paywall 403, typed into the Import dialog; the article opens, the reasons show,
//   the reader says where and when the page was fetched; a slow page is cancelled.
// - A URL pasted into the window opens Import from URL with it filled in.
// - Ctrl+V of an article (text and HTML written to the clipboard through the page's
//   clipboard permission, then a real Ctrl+V from the keyboard) opens "New article
//   from pasted text", prefilled; a field is edited and the article imported. HTML
//   copied from a page prefills from the HTML. A paste into a text field stays there.
// - Feeds: a wrong address refused; subscribe, see the items, import one, pull and see
//   a new item, open the imported one, remove the feed.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/web.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/web-*.png. Prints "N passed, M failed" last.

import { createServer } from 'node:http';
import { api, assert, check, eventually, fileMenu, runE2E, screenshotPath, TIMEOUT } from './lib.mjs';

// ---- the test's own web site --------------------------------------------------

const STORY_TITLE = 'Ferry operators agree winter timetable after week of talks';
const STORY_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${STORY_TITLE} | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta name="author" content="Mirela Tomasz">
<meta property="article:published_time" content="2026-11-03T08:15:00Z">
<script>window.pwned = true</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>${STORY_TITLE}</h1>
<p class="byline">By Mirela Tomasz</p>
<p>The three ferry operators serving the outer islands agreed a shared winter timetable on Monday after a week of talks chaired by the regional transport office, a spokeswoman for the office said.</p>
<p>Under the agreement, the first crossing will leave the mainland at 6:40 every weekday and the last at 21:10, with around 14 sailings a day on the busiest route between November and March.</p>
<p>Island councils had complained that cancelled sailings last winter left some villages without a connection for up to three days. The new timetable commits operators to a replacement vessel within twelve hours of a breakdown.</p>
<p>Fares are unchanged, the operators said in a joint statement, though a fuel surcharge agreed in 2025 stays in place until the end of the season.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Lighthouse restoration opens to visitors</a></li><li><a href="/b">Storm warning for the weekend</a></li></ul></aside>
<footer>Comments are closed. &copy; The Harbour Gazette</footer>
</body></html>`;

const feedPage = (title, para) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Island Wire</title>
<meta property="og:site_name" content="Island Wire"></head><body><nav>Home | Islands</nav><article><h1>${title}</h1>
<p>${para}</p><p>The council will publish the full figures at its next meeting in December, a spokesman said on Tuesday.</p></article></body></html>`;

const FEED_ITEMS = [
  { path: '/wire/school-roof.html', title: 'School roof repaired before the first storms', para: 'Builders finished repairs to the roof of the island primary school on Friday, two weeks ahead of schedule, after a grant of 180,000 euros from the regional fund.', date: 'Mon, 02 Nov 2026 09:00:00 GMT' },
  { path: '/wire/harbour-lights.html', title: 'Harbour lights switched to solar power', para: 'All eleven navigation lights in the north harbour now run on solar panels and batteries, the port authority said, cutting its diesel use by about a third.', date: 'Tue, 03 Nov 2026 10:30:00 GMT' },
  { path: '/wire/ferry-ticket-app.html', title: 'Ferry tickets to go on sale through a phone app', para: 'Passengers will be able to buy ferry tickets on their phones from January, the operators said, while ticket offices on the quays stay open.', date: 'Wed, 04 Nov 2026 07:45:00 GMT' },
];

/** The feed: two items at first, the third from the second pull on. */
let feedFetches = 0;
function feedXml(base) {
  const items = FEED_ITEMS.slice(0, feedFetches >= 2 ? 3 : 2)
    .map((it) => `<item><title>${it.title}</title><link>${base}${it.path}</link><guid>${base}${it.path}</guid><pubDate>${it.date}</pubDate><description>${it.para}</description></item>`)
    .join('\n') +
    // from the second pull on, an entry that names no page to import (no link, no permalink)
    (feedFetches >= 2 ? '\n<item><title>Ferry office notice</title><guid isPermaLink="false">notice-7</guid></item>' : '');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Island Wire</title><link>${base}/wire/</link><description>News from the islands</description>
${items}</channel></rss>`;
}

function startSite() {
  const server = createServer((req, res) => {
    const base = `http://${req.headers.host}`;
    const path = new URL(req.url, base).pathname;
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type });
      res.end(body);
    };
    if (path === '/go/ferries') {
      res.writeHead(302, { Location: '/news/ferries-winter-timetable.html' });
      res.end();
    } else if (path === '/news/ferries-winter-timetable.html') send(200, 'text/html; charset=utf-8', STORY_HTML);
    else if (path === '/news/premium-interview.html') send(403, 'text/html', '<html><body><h1>Subscribe to read</h1></body></html>');
    else if (path === '/wire/feed.xml') {
      feedFetches++;
      send(200, 'application/rss+xml; charset=utf-8', feedXml(base));
    } else if (path === '/slow/story.html') {
      // Answers only after a long while: the import is cancelled before.
      const t = setTimeout(() => send(200, 'text/html', STORY_HTML), 20_000);
      res.on('close', () => clearTimeout(t));
    } else {
      const it = FEED_ITEMS.find((i) => i.path === path);
      if (it) send(200, 'text/html; charset=utf-8', feedPage(it.title, it.para));
      else send(404, 'text/html', '<html><body>Not here</body></html>');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        base: `http://127.0.0.1:${port}`,
      });
    });
  });
}

// ---- helpers -------------------------------------------------------------------

async function closeSummary(page) {
  await page.getByTestId('import-summary').getByRole('button', { name: 'Close' }).first().click();
  await page.getByTestId('import-summary').waitFor({ state: 'detached', timeout: TIMEOUT });
}

async function count(page, key) {
  return Number(await page.getByTestId(`import-count-${key}`).locator('dd').textContent());
}

/** Puts the focus on nothing editable, as after a click on the reader's text. */
async function focusOutsideFields(page) {
  await page.getByTestId('reader-title').click();
}

/** Writes text (and HTML) to the clipboard through the page's clipboard permission. */
async function writeClipboard(page, text, html = '') {
  await page.evaluate(
    async ({ text, html }) => {
      const parts = { 'text/plain': new Blob([text], { type: 'text/plain' }) };
      if (html) parts['text/html'] = new Blob([html], { type: 'text/html' });
      await navigator.clipboard.write([new ClipboardItem(parts)]);
    },
    { text, html },
  );
}

// ---- the test ------------------------------------------------------------------

// The site lives as long as this process (runE2E exits it when done).
const site = await startSite();
await runE2E(
  async ({ url, origin, context, page }) => {
    const pageErrors = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    const good = `${site.base}/go/ferries`;
    const missing = `${site.base}/news/withdrawn-story.html`;
    const paywalled = `${site.base}/news/premium-interview.html`;

    await check('the app opens', async () => {
      await page.goto(url, { timeout: TIMEOUT });
      await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
    });

    await check('Import from URL: a good page (through a redirect), a 404 and a paywall; the article opens and each failure says why', async () => {
      await fileMenu(page, 'import-open');
      await page.getByTestId('import-dialog').waitFor({ timeout: TIMEOUT });
      await page.getByTestId('import-urls').click();
      await page.keyboard.type(`${good}\n${missing}\n${paywalled}`);
      const button = page.getByTestId('import-urls-submit');
      assert((await button.textContent()).includes('Import 3 pages'), `button: ${await button.textContent()}`);
      await page.screenshot({ path: screenshotPath('web-import-dialog.png') });
      await button.click();
      await page.getByTestId('import-summary').waitFor({ timeout: TIMEOUT });
      assert((await count(page, 'imported')) === 1, `imported ${await count(page, 'imported')}`);
      assert((await count(page, 'rejected')) === 2, `rejected ${await count(page, 'rejected')}`);
      const rejected = await page.getByTestId('import-rejected').locator('li').allTextContents();
      const of = (u) => rejected.find((r) => r.includes(u)) ?? '';
      assert(/not found \(HTTP 404\)/.test(of(missing)), `404 reason: ${of(missing)}`);
      assert(/refused access \(HTTP 403\).*paywall/.test(of(paywalled)), `403 reason: ${of(paywalled)}`);
      const stored = await page.getByTestId('import-stored').textContent();
      assert(stored.includes(STORY_TITLE), `stored: ${stored}`);
      await page.screenshot({ path: screenshotPath('web-import-summary.png') });
      await closeSummary(page);
      // The article opened in the reader behind the summary.
      await eventually(async () => (await page.getByTestId('reader-title').textContent()) === STORY_TITLE, 'the imported article in the reader');
      const body = await page.getByTestId('article-body').textContent();
      assert(body.includes('shared winter timetable') && !body.includes('Most read') && !body.includes('Lighthouse restoration'), `body: ${body.slice(0, 300)}`);
      assert(!(await page.evaluate(() => window.pwned)), "a script in the fetched page ran");
    });

    await check('the reader says where and when the page was fetched, with the redirect, as text', async () => {
      const line = page.getByTestId('reader-fetched');
      await line.waitFor({ timeout: TIMEOUT });
      const text = await line.textContent();
      assert((await page.getByTestId('reader-fetched-url').textContent()) === `${site.base}/news/ferries-winter-timetable.html`, `final URL: ${text}`);
      assert(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC/.test(text), `no fetch time: ${text}`);
      assert((await page.getByTestId('reader-fetched-redirects').textContent()) === '1 redirect', `redirects: ${text}`);
      assert((await page.locator('.reader-pane iframe, .reader-pane object, .reader-pane embed').count()) === 0, 'the page is rendered');
      await page.screenshot({ path: screenshotPath('web-reader-fetched.png') });
    });

    await check('a slow page shows progress and Cancel stops the import', async () => {
      await fileMenu(page, 'import-open');
      await page.getByTestId('import-urls').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(`${site.base}/slow/story.html`);
      await page.getByTestId('import-urls-submit').click();
      await page.getByTestId('progress-import').waitFor({ timeout: TIMEOUT });
      await page.getByTestId('progress-cancel-import').click();
      await page.getByTestId('import-summary').waitFor({ timeout: TIMEOUT });
      const line = await page.getByTestId('import-summary-line').textContent();
      assert(line.includes('cancelled'), `summary: ${line}`);
      assert((await count(page, 'imported')) === 0, 'the slow page was imported');
      await closeSummary(page);
    });

    await check('a URL pasted into the window (Ctrl+V outside a field) opens Import from URL with it', async () => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      await focusOutsideFields(page);
      const pasted = `${site.base}/news/another-story.html`;
      await writeClipboard(page, pasted);
      await page.keyboard.press('Control+V');
      await page.getByTestId('import-dialog').waitFor({ timeout: TIMEOUT });
      assert((await page.getByTestId('import-urls').inputValue()) === pasted, `field: ${await page.getByTestId('import-urls').inputValue()}`);
      assert(await page.getByTestId('import-urls').evaluate((el) => el === document.activeElement), 'the address field has not the focus');
      await page.getByTestId('import-dialog').getByRole('button', { name: 'Close' }).click();
      await page.getByTestId('import-dialog').waitFor({ state: 'detached', timeout: TIMEOUT });
    });

    const PASTE_TITLE = 'Island bakery wins national bread award';
    const PASTE_TEXT = [
      PASTE_TITLE,
      '',
      'By Jonas Ferreira',
      '',
      'PORT ELLEN, Nov 5 (Island Wire) - A family bakery on the island won the national bread award on Thursday for a rye loaf baked with seaweed, the judges said.',
      '',
      'The bakery, which employs seven people, plans to ship the loaf to the mainland from next spring, its owner told reporters.',
    ].join('\n');
    const EDITED_TITLE = 'Seaweed rye wins the national bread award';

    await check('Ctrl+V of an article opens "New article from pasted text", prefilled; an edited title is imported and the article opens', async () => {
      await focusOutsideFields(page);
      await writeClipboard(page, PASTE_TEXT, '');
      await page.keyboard.press('Control+V');
      await page.getByTestId('paste-dialog').waitFor({ timeout: TIMEOUT });
      await eventually(async () => (await page.getByTestId('paste-title').inputValue()) === PASTE_TITLE, 'the title prefilled');
      const byline = await page.getByTestId('paste-byline').inputValue();
      assert(byline.includes('Jonas Ferreira'), `byline: ${byline}`);
      assert((await page.getByTestId('paste-body').inputValue()).includes('rye loaf baked with seaweed'), 'the text is not in the form');
      await page.screenshot({ path: screenshotPath('web-paste-dialog.png') });
      // A wrong date is refused in the form, which keeps everything.
      await page.getByTestId('paste-date').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('5 November');
      await page.getByTestId('paste-import').click();
      await page.getByTestId('paste-error').waitFor({ timeout: TIMEOUT });
      assert((await page.getByTestId('paste-error').textContent()).includes('is not a date'), await page.getByTestId('paste-error').textContent());
      await page.getByTestId('paste-date').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('2026-11-05');
      await page.getByTestId('paste-title').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(EDITED_TITLE);
      // The reader asks for the snapshots of the article it opens; other articles' may be
      // asked for meanwhile (a refresh after the import), so each answer is kept with its id.
      const snapshotAnswers = [];
      const onResponse = async (r) => {
        if (!r.url().endsWith('/api/ArticleService/Snapshots')) return;
        try {
          snapshotAnswers.push({ args: r.request().postData(), body: await r.json() });
        } catch {
          // a page gone meanwhile
        }
      };
      page.on('response', onResponse);
      const imported = page.waitForResponse((r) => r.url().endsWith('/api/ImportService/ImportPasted'), { timeout: TIMEOUT });
      await page.getByTestId('paste-import').click();
      const id = (await (await imported).json()).items[0].articleId;
      await page.getByTestId('paste-dialog').waitFor({ state: 'detached', timeout: TIMEOUT });
      await eventually(async () => (await page.getByTestId('reader-title').textContent()) === EDITED_TITLE, 'the pasted article in the reader');
      const meta = await page.getByTestId('reader-meta').textContent();
      assert(meta.includes('5 Nov 2026'), `meta: ${meta}`);
      // Once the reader has asked for this article's snapshots: none, so no "Fetched from".
      await eventually(async () => snapshotAnswers.some((a) => a.args === JSON.stringify([id])), `the reader asks for article ${id}'s snapshots`);
      page.off('response', onResponse);
      const snaps = snapshotAnswers.find((a) => a.args === JSON.stringify([id])).body;
      assert(Array.isArray(snaps) && snaps.length === 0, `snapshots: ${JSON.stringify(snaps)}`);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      assert((await page.getByTestId('reader-fetched').count()) === 0, 'a pasted article claims to have been fetched');
    });

    await check('Ctrl+V of HTML copied from a page prefills the form from the HTML (title, outlet, date, byline, URL)', async () => {
      const title = 'Lighthouse keepers cottage reopens as a museum';
      const html = `<html><head><meta property="og:site_name" content="Coastal Times"><link rel="canonical" href="https://coastal.example/museum">
<meta property="article:published_time" content="2026-10-30T09:00:00Z"><meta name="author" content="Ines Carvalho"></head><body>
<article><h1>${title}</h1><p>The restored cottage at the north point opened to visitors on Saturday with an exhibition about the eight families who kept the light between 1870 and 1985, the heritage trust said.</p>
<p>Entry is free until the end of the year; the trust expects around 5,000 visitors a season.</p></article></body></html>`;
      const text = `${title}\nThe restored cottage at the north point opened to visitors on Saturday with an exhibition about the eight families who kept the light between 1870 and 1985, the heritage trust said.\nEntry is free until the end of the year; the trust expects around 5,000 visitors a season.`;
      await focusOutsideFields(page);
      await writeClipboard(page, text, html);
      await page.keyboard.press('Control+V');
      await page.getByTestId('paste-dialog').waitFor({ timeout: TIMEOUT });
      await eventually(async () => (await page.getByTestId('paste-outlet').inputValue()) === 'Coastal Times', 'the outlet from the HTML');
      const got = {
        title: await page.getByTestId('paste-title').inputValue(),
        date: await page.getByTestId('paste-date').inputValue(),
        byline: await page.getByTestId('paste-byline').inputValue(),
        url: await page.getByTestId('paste-url').inputValue(),
      };
      assert(got.title === title && got.date.startsWith('2026-10-30') && got.byline.includes('Ines Carvalho') && got.url === 'https://coastal.example/museum', JSON.stringify(got));
      await page.getByTestId('paste-dialog').getByRole('button', { name: 'Cancel' }).click();
      await page.getByTestId('paste-dialog').waitFor({ state: 'detached', timeout: TIMEOUT });
    });

    await check('a paste into a text field stays in the field', async () => {
      await page.getByTestId('tab-search').click();
      const field = page.locator('input[type="search"], input[type="text"]').first();
      await field.click();
      await writeClipboard(page, 'harbour');
      await page.keyboard.press('Control+V');
      await eventually(async () => (await field.inputValue()).includes('harbour'), 'the paste in the field');
      assert((await page.getByTestId('paste-dialog').count()) === 0 && (await page.getByTestId('import-dialog').count()) === 0, 'a dialog opened');
      await page.getByTestId('tab-reader').click();
    });

    await check('Feeds: a wrong address is refused with the reason; subscribe, see the items with outlet and date, import one ticked item', async () => {
      await page.getByTestId('tab-feeds').click();
      await page.getByTestId('feeds-view').waitFor({ timeout: TIMEOUT });
      // A wrong address is refused under the field, which keeps it to correct.
      const wrong = `${site.base}/wire/feeed.xml`;
      await page.getByTestId('feed-address').click();
      await page.keyboard.type(wrong);
      await page.getByTestId('feed-subscribe').click();
      await page.getByTestId('feed-add-error').waitFor({ timeout: TIMEOUT });
      const why = await page.getByTestId('feed-add-error').textContent();
      assert(why.includes('not found (HTTP 404)'), `reason: ${why}`);
      assert((await page.getByTestId('feed-address').inputValue()) === wrong, 'the typed address was lost');
      assert((await page.getByTestId('feed-row').count()) === 0, 'a wrong feed was subscribed');
      await page.getByTestId('feed-address').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(`${site.base}/wire/feed.xml`);
      await page.getByTestId('feed-subscribe').click();
      await page.getByTestId('feed-row').first().waitFor({ timeout: TIMEOUT });
      // The new feed is selected once its items are read; until then the heading says "Every feed".
      await eventually(async () => (await page.getByTestId('feed-title').textContent()) === 'Island Wire', 'the new feed is shown');
      await eventually(async () => (await page.getByTestId('feed-item').count()) === 2, 'two items');
      const items = await page.getByTestId('feed-item').allTextContents();
      assert(items.some((t) => t.includes(FEED_ITEMS[1].title) && t.includes('3 Nov 2026')), `items: ${items.join(' | ')}`);
      assert((await page.getByTestId('feed-new').first().textContent()) === '2 new', await page.getByTestId('feed-new').first().textContent());
      await page.screenshot({ path: screenshotPath('web-feeds.png') });
      const row = page.getByTestId('feed-item').filter({ hasText: FEED_ITEMS[0].title });
      await row.getByTestId('feed-item-check').click();
      await page.getByTestId('feed-import').click();
      await page.getByTestId('import-summary').waitFor({ timeout: TIMEOUT });
      assert((await count(page, 'imported')) === 1, `imported ${await count(page, 'imported')}`);
      assert((await page.getByTestId('import-stored').textContent()).includes(FEED_ITEMS[0].title), 'the item is not in the summary');
      await closeSummary(page);
      // Only items not imported yet are listed, and the one just imported with its link to
      // the article (uxfix7: the view read "No new items" after an import).
      await eventually(async () => (await page.getByTestId('feed-item').count()) === 2, 'the item left and the one just imported');
      const imported = page.getByTestId('feed-item').filter({ hasText: FEED_ITEMS[0].title });
      assert((await imported.getByTestId('feed-item-open').count()) === 1, 'the item just imported has no link to its article');
      assert((await page.getByTestId('feed-item').filter({ hasText: FEED_ITEMS[1].title }).getByTestId('feed-item-open').count()) === 0, 'the item not imported has a link');
      await eventually(async () => (await page.getByTestId('feed-new').first().textContent()) === '1 new', 'the count of new items');
      const { body } = await api(page, 'ArticleService', 'List');
      assert(body.some((a) => a.title === FEED_ITEMS[0].title), 'the item is not an article');
    });

    await check('Feeds: Pull finds the new item and says an entry without a link was left out; the imported one can be opened', async () => {
      await page.getByTestId('feed-pull').click();
      await eventually(async () => (await page.getByTestId('feed-item').allTextContents()).some((t) => t.includes(FEED_ITEMS[2].title)), 'the new item after the pull');
      assert((await page.getByTestId('feed-item').count()) === 3, `${await page.getByTestId('feed-item').count()} items listed after the pull (the new one, the one left, the one just imported)`);
      const notice = await page.getByTestId('progress-notice').textContent();
      assert(notice.includes('1 new item from 1 feed'), `notice: ${notice}`);
      assert(notice.includes('1 entry without a link left out'), `the entry without a link was dropped unseen: ${notice}`);
      await page.getByTestId('feed-only-new').click();
      await eventually(async () => (await page.getByTestId('feed-item').count()) === 3, 'every item');
      await page.getByTestId('feed-item').filter({ hasText: FEED_ITEMS[0].title }).getByTestId('feed-item-open').click();
      await eventually(async () => (await page.getByTestId('reader-title').textContent()) === FEED_ITEMS[0].title, 'the imported item in the reader');
      await page.getByTestId('reader-fetched').waitFor({ timeout: TIMEOUT });
    });

    await check('Feeds: Remove unsubscribes and keeps the imported article', async () => {
      await page.getByTestId('tab-feeds').click();
      await page.getByTestId('feed-row').first().click();
      await page.getByTestId('feed-remove').click();
      await page.getByTestId('feed-remove-confirm').click();
      await eventually(async () => (await page.getByTestId('feed-row').count()) === 0, 'no feed left');
      const { body } = await api(page, 'ArticleService', 'List');
      assert(body.some((a) => a.title === FEED_ITEMS[0].title), 'the imported article went with the feed');
    });

    await check('no uncaught errors in the page', async () => {
      assert(pageErrors.length === 0, pageErrors.join('\n'));
      const banners = await page.getByTestId('error-banner').allTextContents();
      assert(banners.length === 0, `error banners: ${banners.join(' | ')}`);
    });
  },
  { serveArgs: ['--allow-private-fetch'] },
);
