// "Accept all shown…" accepts what the analyst confirmed. The confirmation names a
// count and a filter ("Accept 12 person suggestions … across the workspace?"); a person
// who then clicks another type chip while it is open must not have the other type's
// suggestions accepted by the "Accept 12" button they click next.
//
//   make build/claimdesk && cd frontend && CLAIMDESK_BIN=$PWD/../build/claimdesk node e2e/acceptall.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/acceptall-*.png. Prints "N passed, M failed" last.

import { TIMEOUT, api, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';

/** The workspace's suggestions of one type, by state, counted over every article. */
async function countsOf(page, type) {
  const { body: articles } = await api(page, 'ArticleService', 'List');
  const n = { suggested: 0, accepted: 0, rejected: 0 };
  for (const a of articles) {
    const r = await api(page, 'SpanService', 'ListForArticle', a.id, true);
    for (const s of r.body ?? []) if (s.kind === 'entity' && s.entityType === type && s.origin !== 'analyst') n[s.state]++;
  }
  return n;
}

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  let persons;
  let places;

  await check('the Suggestions view lists the sample articles\' person and place suggestions', async () => {
    await page.goto(url, { timeout: TIMEOUT });
    await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
    await page.getByTestId('tab-suggestions').click();
    await page.getByTestId('view-suggestions').waitFor({ timeout: TIMEOUT });
    persons = await countsOf(page, 'person');
    places = await countsOf(page, 'place');
    assert(persons.suggested > 0 && places.suggested > 0, `persons ${JSON.stringify(persons)}, places ${JSON.stringify(places)}`);
  });

  let confirmed = 0;
  await check('"Accept all shown…" with the person chip asks to accept the person suggestions', async () => {
    await page.getByTestId('suggestions-type-person').click();
    await eventually(async () => (await page.getByTestId('suggestion-row').count()) > 0, 'person rows shown');
    await page.getByTestId('suggestions-accept-all').click();
    const confirm = page.getByTestId('suggestions-confirm');
    await confirm.waitFor({ timeout: TIMEOUT });
    const text = await confirm.textContent();
    const m = /Accept (\d+) person suggestion/.exec(text);
    assert(m, `confirm: ${text}`);
    confirmed = Number(m[1]);
    assert(confirmed === persons.suggested, `the confirmation counts ${confirmed} persons, the workspace has ${persons.suggested}`);
  });

  await check('clicking the place chip while it asks, then "Accept N", accepts no place suggestion', async () => {
    await page.getByTestId('suggestions-type-place').click();
    await eventually(async () => (await page.getByTestId('suggestion-row').first().getAttribute('data-type')) === 'place', 'place rows shown');
    const yes = page.getByTestId('suggestions-confirm-yes');
    if (await yes.isVisible()) await yes.click();
    await page.screenshot({ path: screenshotPath('acceptall-after-chip.png') });
    // Whatever was accepted has landed by now (the list reloads after a decision).
    await eventually(async () => !(await page.getByTestId('suggestions-accept-all').isDisabled()), 'the view settles');
    const nowPlaces = await countsOf(page, 'place');
    const nowPersons = await countsOf(page, 'person');
    assert(nowPlaces.accepted === places.accepted, `places accepted: ${places.accepted} before, ${nowPlaces.accepted} after a confirmation that named ${confirmed} persons`);
    assert(nowPersons.accepted === persons.accepted || nowPersons.accepted === persons.accepted + confirmed,
      `persons accepted: ${persons.accepted} before, ${nowPersons.accepted} after (confirmed ${confirmed})`);
  });

  await check('no page errors', async () => {
    assert(pageErrors.length === 0, pageErrors.join('; '));
  });
});
