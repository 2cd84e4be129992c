// End-to-end: an analyst's first minutes on a new story (uxwalk3), in Chromium against
// `claimdesk serve`, with the mouse and keys as a person does: the sample articles
// removed from a new workspace, one article pasted and three chosen in the file dialog
// (e2e/fixtures/drevna/, an invented mine collapse in four wire-style articles). Each
// check is a place the walk in docs/ux-walks.md stopped at, and failed before its fix.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/drevnawalk.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/drevnawalk-*.png. Prints "N passed, M failed" last.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FRONTEND, TIMEOUT, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';
import { attachToClaim, importFiles, markNewClaim, openArticle } from './reader.mjs';

const FIXTURES = join(FRONTEND, 'e2e/fixtures/drevna');
const WIRE_TEXT = readFileSync(join(FIXTURES, 'northgate-wire.txt'), 'utf8');
const WIRE = 'Miners trapped after tunnel collapse at Drevna copper mine';
const STATEMENT = '14 miners were trapped underground in the Drevna mine collapse';
const OBSERVER = 'Families keep vigil as rescuers drill toward trapped crew';
const NINETEEN = 'Nineteen men were working the late shift in the eastern tunnel when the roof gave way on Thursday';
const FILES = ['drevna-observer.txt', 'radio-sundal.txt', 'halvard-times.txt'].map((f) => join(FIXTURES, f));

const shot = (page, name) => page.screenshot({ path: screenshotPath(`drevnawalk-${name}.png`) });

await runE2E(async ({ url, page, context }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });
  const banner = page.getByTestId('error-banner');

  // The first sample article is open; removing the samples left it on screen (its text and
  // its origins' Accept buttons, on an article that no longer exists) under a red
  // "article 2 does not exist".
  await check('Remove the sample articles: no error, and the removed article does not stay open', async () => {
    const before = await page.getByTestId('reader-title').innerText();
    await page.getByTestId('remove-samples').click();
    await page.getByTestId('remove-confirm-button').click();
    await eventually(async () => (await page.getByTestId('article-item').count()) === 0, 'an empty article list');
    await page.waitForTimeout(1500); // the change's event reloads what is on screen
    await shot(page, '01-samples-removed');
    const errorsShown = (await banner.count()) ? await banner.innerText() : '';
    assert(errorsShown === '', `after the removal the page says ${JSON.stringify(errorsShown)}`);
    const titles = await page.getByTestId('reader-title').allInnerTexts();
    assert(titles.length === 0, `the reader still shows ${JSON.stringify(titles)} (before: ${JSON.stringify(before)})`);
    const reader = await page.getByRole('region', { name: 'Reader' }).innerText();
    assert(/No articles yet/.test(reader), `the empty reader reads ${JSON.stringify(reader)}`);
  });

  // The empty list said "Import text files with claimdesk import": a command line, in the app.
  await check('the empty list offers Import articles… and it opens the Import dialog', async () => {
    const empty = await page.getByText('No articles in this workspace yet.').locator('..').innerText();
    assert(!/claimdesk import/.test(empty), `the empty list reads ${JSON.stringify(empty)}`);
    await page.getByTestId('article-list-empty').getByRole('button', { name: 'Import articles…' }).click();
    await page.getByTestId('import-dialog').waitFor({ timeout: TIMEOUT });
  });

  // Pasting an article worked only as Ctrl+V outside any text field; the Import dialog,
  // where the analyst looks, said nothing of it.
  await check('Import…: "From pasted text" takes a Ctrl+V and opens the article read from it, which imports', async () => {
    await page.getByTestId('import-paste-text').click();
    await page.evaluate((t) => navigator.clipboard.writeText(t), WIRE_TEXT);
    await page.keyboard.press('Control+v');
    await page.getByTestId('paste-dialog').waitFor({ timeout: TIMEOUT });
    assert((await page.getByTestId('import-dialog').count()) === 0, 'the Import dialog stays open under the paste form');
    await eventually(async () => (await page.getByTestId('paste-outlet').inputValue()) === 'Northgate Wire', 'the outlet read from the paste');
    const title = await page.getByTestId('paste-title').inputValue();
    const date = await page.getByTestId('paste-date').inputValue();
    await shot(page, '02-pasted');
    assert(title === WIRE && date === '2026-03-12', `the form reads title ${JSON.stringify(title)}, date ${JSON.stringify(date)}`);
    await page.getByTestId('paste-import').click();
    await page.getByTestId('reader-title').filter({ hasText: WIRE }).waitFor({ timeout: TIMEOUT });
  });

  await check('the other three articles come in through Choose files…', async () => {
    // the wire too when the paste did not bring it in, so the checks after this one test their own step
    const pasted = (await page.getByTestId('article-item').filter({ hasText: WIRE }).count()) === 1;
    await importFiles(page, pasted ? FILES : [join(FIXTURES, 'northgate-wire.txt'), ...FILES]);
    await eventually(async () => (await page.getByTestId('article-item').count()) === 4, 'four articles in the list');
    await openArticle(page, 'Drevna mine collapse');
  });

  // The Observer's file opens with its masthead, "Drevna Observer", above the headline: it
  // came in titled "Drevna Observer" with no outlet (finding 9).
  await check('the Observer\'s masthead is its outlet, the headline under it its title', async () => {
    const items = await page.getByTestId('article-item').allInnerTexts();
    const observer = items.find((t) => t.includes(OBSERVER));
    assert(observer && observer.includes('Drevna Observer') && !items.some((t) => /^\s*Drevna Observer/.test(t)),
      `the list reads ${JSON.stringify(items)}`);
  });

  // Span ids fall free with the samples: the wire's first suggestion took one, and its side
  // panel's history listed the removed sample span's ("suggest 36 entities in 'Russian
  // Culture Minister…'", "remove 5 articles").
  await check('a new span\'s history in the side panel is its own, not a removed sample span\'s', async () => {
    await openArticle(page, WIRE);
    await page.getByTestId('span-item').filter({ hasText: 'SUNDAL' }).first().click();
    const history = page.getByTestId('span-history');
    await history.waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await history.locator('li').count()) > 0, 'the span history');
    const text = await history.innerText();
    await page.getByTestId('span-detail').screenshot({ path: screenshotPath('drevnawalk-07-span-history.png') });
    assert(!/Russian|remove 5 articles/.test(text) && text.includes(WIRE.slice(0, 30)), `the span's history reads ${JSON.stringify(text)}`);
  });

  // With four articles in and their suggestions waiting, the Entities view said only
  // "No entities yet.": nothing of the suggestions, nor where to decide them.
  await check('Entities, before any decision: says suggestions wait and Review suggestions opens them', async () => {
    await page.getByTestId('tab-entities').click();
    const empty = page.getByTestId('entities-empty');
    const wait = /\d+ suggestions wait for your decision/;
    const view = page.getByText('No entities yet').locator('..');
    const said = await eventually(async () => ((await empty.count()) ? empty : view).innerText().then((t) => (wait.test(t) ? t : '')), 'the view to count the suggestions').catch(() => view.innerText());
    await shot(page, '06-entities-empty');
    assert(wait.test(said), `the Entities view says ${JSON.stringify(said)}`);
    await empty.getByRole('button', { name: 'Review suggestions' }).click();
    await page.getByTestId('suggestions-list').waitFor({ timeout: TIMEOUT });
    assert((await page.getByTestId('tab-suggestions').getAttribute('aria-selected')) === 'true', 'the Suggestions tab is not the one selected');
  });

  await check('the count is marked as a claim in the wire, and the Observer\'s other figure attached from the reader', async () => {
    await page.getByTestId('tab-reader').click();
    await openArticle(page, WIRE);
    await markNewClaim(page, 'Fourteen miners were trapped underground on Thursday', STATEMENT);
    await openArticle(page, OBSERVER);
    await attachToClaim(page, NINETEEN, 'miners', STATEMENT);
    await page.getByTestId('open-claim').click();
    await page.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await page.getByTestId('mention').count()) === 2, 'two mention cards');
  });

  // The card reads "Figure Nineteen"; Edit attribution showed an empty "Figure as written"
  // with "e.g. thousands" in it, as if the mention had no figure.
  await check('Edit attribution shows the figure the card reads in its empty "Figure as written"', async () => {
    const card = page.getByTestId('mention').filter({ hasText: NINETEEN });
    assert((await card.getByTestId('mention-figure').innerText()) === 'Nineteen', 'the card reads no figure Nineteen');
    await card.getByTestId('edit-mention').click();
    const field = card.getByLabel('Figure as written');
    const [value, hint] = [await field.inputValue(), await field.getAttribute('placeholder')];
    await card.screenshot({ path: screenshotPath('drevnawalk-03-edit-figure.png') });
    assert(value === '' && /Nineteen/.test(hint ?? ''), `the field holds ${JSON.stringify(value)}, its hint ${JSON.stringify(hint)}`);
    await card.getByRole('button', { name: 'Cancel' }).click();
  });

  // "+ Span" picked the first mention (the Observer's nineteen, against a claim of 14) and
  // "supports" with it; Add assessment saved it so, unasked.
  await check('evidence added with + Span has no stance until the analyst picks one; Add assessment asks for it first', async () => {
    const form = page.getByTestId('assessment-form');
    await form.scrollIntoViewIfNeeded();
    await page.getByTestId('grade-3').check();
    await page.getByTestId('assessment-rationale').fill('The ministry counts 14 through KSNA; the union lists 19 with contractors.');
    await form.getByRole('button', { name: '+ Span' }).click();
    await page.getByTestId('add-assessment').click();
    const said = await form.getByRole('alert').innerText().catch(() => '');
    const saved = await page.getByTestId('assessments').locator('h3').innerText();
    await form.screenshot({ path: screenshotPath('drevnawalk-04-evidence-stance.png') });
    assert(/supports or refutes/.test(said) && /\b0\b/.test(saved), `Add assessment said ${JSON.stringify(said)}; the heading reads ${JSON.stringify(saved)}`);
    await form.getByTestId('evidence-stance').selectOption('refutes');
    await page.getByTestId('add-assessment').click();
    const latest = page.getByTestId('latest-assessment');
    await latest.waitFor({ timeout: TIMEOUT });
    const text = await latest.innerText();
    assert(/refutes/i.test(text) && text.includes('Nineteen men'), `the assessment reads ${JSON.stringify(text)}`);
  });

  // Graded 3 by the analyst, the page still led with a blue "Accept suggestion" for the
  // machine's other grade: one click put it over the verdict, with nothing saying so.
  await check('with the analyst\'s grade in place, the suggested grade says it differs and its button says what it replaces', async () => {
    const box = page.getByTestId('grade-suggestion');
    await box.scrollIntoViewIfNeeded();
    const suggested = (await box.getByTestId('credibility-badge').first().innerText()).trim()[0];
    await box.screenshot({ path: screenshotPath('drevnawalk-05-suggestion.png') });
    assert(suggested !== '3', `the suggestion is the analyst's 3 (${JSON.stringify(await box.innerText())}): nothing to tell`);
    const text = await box.innerText();
    const button = box.getByTestId('accept-suggestion');
    const [label, primary] = [await button.innerText(), await button.evaluate((b) => b.classList.contains('primary'))];
    assert(/current grade is 3 Possibly true/.test(text) && label === `Replace 3 with ${suggested}` && !primary, `the box reads ${JSON.stringify(text)}; its button ${JSON.stringify(label)}${primary ? ' (primary)' : ''}`);
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
