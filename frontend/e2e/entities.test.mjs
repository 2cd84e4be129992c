// End-to-end test of merging entities from the Entities view's "Possible
// duplicates" panel, undoing the merge, and judging a pair "different",
// against the real `claimdesk serve` binary and Debian's Chromium.
//
//   CLAIMDESK_BIN=/work/main/build/claimdesk node e2e/entities.test.mjs
//
// Env and the shared helpers: see lib.mjs. Screenshots: $SCREENSHOT_DIR/entities-*.png.
// Prints "N passed, M failed" last.

import { TIMEOUT, api, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';

const CREATED = 'Alexander Matsegora';
const TAGGED = 'Alexandr Matsegora';

/** Service.Method(...args) from the page; the body, or throws on a non-200 answer. */
async function call(page, service, method, ...args) {
  const r = await api(page, service, method, ...args);
  if (r.status !== 200) throw new Error(`${service}.${method} → HTTP ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

async function openView(page, label) {
  const exact = { name: label, exact: true };
  await page.getByRole('tab', exact).or(page.getByRole('button', exact)).first().click({ timeout: 10_000 });
}

async function shot(page, name) {
  await page.screenshot({ path: screenshotPath(`entities-${name}.png`) });
}

async function matsegoras(page) {
  return call(page, 'EntityService', 'List', 'matsegora', 'person', 10);
}

await runE2E(
  async ({ url, page }) => {
    const consoleErrors = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));

    const pair = page.getByTestId('duplicate-pair').filter({ hasText: CREATED }).filter({ hasText: TAGGED });

    const ready = await check('the app loads; a person and a differently spelled mention are made through the API', async () => {
      await page.goto(url, { timeout: TIMEOUT });
      await page.getByTestId('article-item').first().waitFor();
      const articles = await call(page, 'ArticleService', 'List');
      const np = articles.find((a) => /nationpress/i.test(`${a.source} ${a.title}`));
      assert(np, `no NationPress article among ${JSON.stringify(articles.map((a) => a.source))}`);
      await call(page, 'EntityService', 'Create', { type: 'person', name: CREATED, aliases: [], note: '' });
      const { body } = await call(page, 'ArticleService', 'Get', np.id);
      const i = body.indexOf(TAGGED);
      assert(i >= 0, `${TAGGED} is not in the NationPress article`);
      const start = Array.from(body.slice(0, i)).length;
      const span = await call(page, 'SpanService', 'Create', {
        articleId: np.id,
        kind: 'entity',
        entityType: 'person',
        entityId: null,
        newEntityName: TAGGED,
        start,
        end: start + Array.from(TAGGED).length,
        quote: TAGGED,
        note: '',
        tags: [],
      });
      assert(span.entityName === TAGGED, `the mention went to ${JSON.stringify(span.entityName)}`);
      // Another entity in the same article, for "Mentioned with".
      const k = body.indexOf('KCNA');
      assert(k >= 0, 'KCNA is not in the NationPress article');
      const ks = Array.from(body.slice(0, k)).length;
      await call(page, 'SpanService', 'Create', {
        articleId: np.id,
        kind: 'entity',
        entityType: 'organisation',
        entityId: null,
        newEntityName: 'KCNA',
        start: ks,
        end: ks + 4,
        quote: 'KCNA',
        note: '',
        tags: [],
      });
      const list = await matsegoras(page);
      assert(list.length === 2, `expected two Matsegoras, got ${JSON.stringify(list)}`);
    });
    if (!ready) return;

    await check('the Entities view shows the pair under "Possible duplicates"', async () => {
      await openView(page, 'Entities');
      await page.getByTestId('duplicates').waitFor();
      await pair.waitFor();
      const text = await pair.innerText();
      assert(/person/i.test(text) && /score/i.test(text), `pair: ${JSON.stringify(text)}`);
      await shot(page, 'duplicates');
    });

    await check(`"Merge into ${CREATED}" leaves one entity with the mention`, async () => {
      await pair.getByRole('button', { name: `Merge into ${CREATED}` }).click();
      await pair.waitFor({ state: 'detached' });
      const list = await eventually(async () => {
        const l = await matsegoras(page);
        return l.length === 1 && l;
      }, 'one Matsegora');
      assert(list[0].name === CREATED && list[0].mentions === 1, `after the merge: ${JSON.stringify(list)}`);
      assert(list[0].aliases.includes(TAGGED), `the spelling is not an alias: ${JSON.stringify(list[0])}`);
      const items = page.getByTestId('entity-item').filter({ hasText: 'Matsegora' });
      await eventually(async () => (await items.count()) === 1, 'one Matsegora in the list');
      const item = await items.first().innerText();
      assert(item.includes('1 mention'), `list item: ${JSON.stringify(item)}`);
      await shot(page, 'merged');
    });

    await check('Ctrl+Z undoes the merge: the pair is back', async () => {
      await page.getByTestId('entities-view').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+z');
      await pair.waitFor();
      const list = await matsegoras(page);
      assert(list.length === 2, `after undo: ${JSON.stringify(list)}`);
    });

    await check('"Different" takes the pair out of the panel for good', async () => {
      await pair.getByRole('button', { name: 'Different' }).click();
      await pair.waitFor({ state: 'detached' });
      const proposals = await call(page, 'EntityService', 'ProposeMerges', 50);
      const back = (proposals ?? []).some((p) => [p.a.name, p.b.name].includes(CREATED) && [p.a.name, p.b.name].includes(TAGGED));
      assert(!back, `still proposed: ${JSON.stringify(proposals)}`);
      assert((await matsegoras(page)).length === 2, 'a judgement must not merge');
    });

    await check('the entity page: "Merge into…" offers others of its type, "Mentioned with" opens KCNA', async () => {
      await page.getByTestId('entity-item').filter({ hasText: TAGGED }).click();
      const entityPage = page.getByTestId('entity-page');
      await entityPage.getByTestId('mentioned-with').getByRole('button', { name: 'KCNA' }).waitFor();
      await page.getByLabel('Merge into entity').fill('matseg');
      await entityPage.getByTestId('merge-option').filter({ hasText: CREATED }).waitFor();
      const opts = await entityPage.getByTestId('merge-option').allInnerTexts();
      assert(!opts.includes(TAGGED), `the entity itself is offered: ${JSON.stringify(opts)}`);
      await shot(page, 'page');
      await page.getByLabel('Merge into entity').fill('');
      await entityPage.getByTestId('mentioned-with').getByRole('button', { name: 'KCNA' }).click();
      await eventually(async () => (await page.getByLabel('Entity name').inputValue()) === 'KCNA', 'the KCNA page');
    });

    await check('no console errors', async () => {
      assert(consoleErrors.length === 0, `console errors:\n${consoleErrors.join('\n')}`);
    });
  },
  { launch: { viewport: { width: 1360, height: 900 } } },
);
