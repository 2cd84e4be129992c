// End-to-end checks from an analyst's first day: docs/user-guide.md followed step by
// step with the mouse and the keyboard on the sample corpus, against the real
// `claimdesk serve` and Debian's Chromium. Each check is something that made the
// walk stop or mislead, and failed before its fix.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/firstday.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/firstday-*.png. Prints "N passed, M failed" last.

import { TIMEOUT, api, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';
import { dragOver, openArticle, tagAsPerson } from './reader.mjs';

const REUTERS = "Russian culture minister in North Korea praises 'unprecedented' cooperation";
const T000 = 'Russian Culture Minister Visits North Korea Amid Deepening Ties';
const STATEMENT = 'North Korea sent troops to support Russia';
const S000 = 'North Korea has sent troops to support Russia in Ukraine';

const shot = (page, name) => page.screenshot({ path: screenshotPath(`firstday-${name}.png`) });

async function ok(page, service, method, ...args) {
  const r = await api(page, service, method, ...args);
  assert(r.status === 200, `${service}.${method}: HTTP ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Drags over text, presses a menu key (t, n, …) and waits for that step's field; types into it. */
async function menuStep(page, text, key, field, typed) {
  await dragOver(page, text);
  await page.keyboard.press(key);
  await page.getByTestId(field).waitFor();
  await page.keyboard.type(typed);
}

/** What the page has focused, as its test id or tag name. */
const focused = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);

/** The browser's own selection, as text. */
const selected = (page) => page.evaluate(() => String(window.getSelection()));

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));

  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('reader-title').waitFor({ timeout: TIMEOUT });

  // The pointer is still over the words just tagged: the tooltip under it must say
  // what they are now, not what they were when the pointer arrived.
  await check('the hover tooltip follows a tag made under the pointer (no "suggested" on the span just accepted)', async () => {
    await openArticle(page, REUTERS);
    await tagAsPerson(page, 'Olga Lyubimova', '(Reuters)');
    await page.getByTestId('span-entity').filter({ hasText: 'Olga Lyubimova' }).waitFor({ timeout: TIMEOUT });
    const tip = page.getByTestId('span-tooltip');
    await tip.waitFor({ timeout: TIMEOUT });
    await eventually(async () => {
      const text = await tip.innerText();
      return text.includes('Person: Olga Lyubimova') && !/suggested/i.test(text);
    }, `a tooltip that shows the accepted person (it reads ${JSON.stringify(await tip.innerText())})`, 3_000);
    await shot(page, 'tooltip-after-tag');
  });

  await check('the hover tooltip lists the tags just added under the pointer with T', async () => {
    await menuStep(page, 'Pyatnitsky Choir', 't', 'tag-input', 'ensembles');
    await page.keyboard.press('Enter');
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
    const tip = page.getByTestId('span-tooltip');
    await tip.waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await tip.innerText()).includes('Note'), `the new tagged span in the tooltip (it reads ${JSON.stringify(await tip.innerText())})`, 3_000);
    await page.mouse.move(1270, 790);
  });

  // The guide: "A tag that is refused (longer than 64 characters) keeps the menu open
  // with what you typed, to correct." Once corrected and taken, the refusal is history.
  await check('a refused tag corrected in the menu: the refusal banner goes once the tag is taken', async () => {
    await menuStep(page, 'Gzhel dance troupe', 't', 'tag-input', 'x'.repeat(70));
    await page.keyboard.press('Enter');
    await page.getByTestId('error-banner').filter({ hasText: '64' }).waitFor({ timeout: TIMEOUT });
    assert((await page.getByTestId('tag-input').inputValue()) === 'x'.repeat(70), 'the menu lost what was typed');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('dance');
    await page.keyboard.press('Enter');
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
    await eventually(async () => (await page.getByTestId('error-banner').count()) === 0,
      `the banner gone after the tag was taken (it still reads ${JSON.stringify(await page.getByTestId('error-banner').allInnerTexts())})`, 3_000);
    await page.mouse.move(1270, 790);
  });

  // Enter in a note is a new line (notes have lines); the menu must say which key adds it.
  await check('the note menu says Ctrl+Enter adds the note, and Ctrl+Enter does', async () => {
    await menuStep(page, 'Gzhel dance troupe', 'n', 'note-input', 'Check the troupe');
    await page.keyboard.press('Enter');
    await page.keyboard.type('against its own site.');
    const button = await page.getByTestId('add-note').innerText().catch(() => '');
    assert(/Ctrl\+Enter/.test(button), `the note menu's button reads ${JSON.stringify(button)}: nothing says how to add the note from the keyboard`);
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
    const reuters = (await ok(page, 'ArticleService', 'List')).find((a) => a.title === REUTERS);
    await eventually(async () => (await ok(page, 'SpanService', 'ListForArticle', reuters.id, false)).some((x) => x.note === 'Check the troupe\nagainst its own site.'),
      'the two-line note saved');
    await page.mouse.move(1270, 790);
  });

  // The keyboard-only flow the guide and README promise: Tab to the text, ←/→ pick a
  // word, Enter annotates. After one span the next → must go on from there.
  await check('keyboard only: after tagging a word, the text keeps the focus and → selects the next word', async () => {
    await openArticle(page, REUTERS);
    await page.mouse.move(600, 400);
    await page.mouse.wheel(0, -5000); // back to the top of the article
    await page.getByTestId('reader-title').click();
    for (let i = 0; i < 60 && (await focused(page)) !== 'article-body'; i++) await page.keyboard.press('Tab');
    assert((await focused(page)) === 'article-body', 'Tab never reached the article text');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert((await selected(page)) === 'Sunday', `→ → selected ${JSON.stringify(await selected(page))}, not "Sunday"`);
    await page.keyboard.press('Enter');
    await page.getByTestId('selection-menu').waitFor();
    await page.keyboard.press('e');
    await page.keyboard.press('4'); // date
    await page.getByTestId('entity-input').waitFor();
    await eventually(async () => (await page.getByTestId('entity-option').first().textContent())?.includes('Sunday'), 'the entity options');
    await page.keyboard.press('Enter');
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
    await eventually(async () => (await focused(page)) === 'article-body', `the focus back on the article text (it is on ${await focused(page)})`, 3_000);
    await page.keyboard.press('ArrowRight');
    assert((await selected(page)) === '29', `→ after the tag selected ${JSON.stringify(await selected(page))}, not the next word "29"`);
    await shot(page, 'keyboard-next-word');
  });

  await check('keyboard only: Escape out of the menu gives the focus back to the text, at the same place', async () => {
    await page.keyboard.press('Enter');
    await page.getByTestId('selection-menu').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
    await eventually(async () => (await focused(page)) === 'article-body', `the focus back on the article text (it is on ${await focused(page)})`, 3_000);
    await page.keyboard.press('ArrowRight');
    assert((await selected(page)) === 'Jun', `→ after Escape selected ${JSON.stringify(await selected(page))}, not "Jun"`);
    await page.keyboard.press('Escape');
  });

  await check('a claim made with the mouse leaves the focus in the text, so → goes on after it', async () => {
    await openArticle(page, T000);
    await dragOver(page, S000);
    await page.keyboard.press('c');
    await page.getByTestId('claim-statement').waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(STATEMENT);
    await page.getByRole('button', { name: 'Create claim' }).click();
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
    await eventually(async () => (await focused(page)) === 'article-body', `the focus back on the article text (it is on ${await focused(page)})`, 3_000);
    await page.keyboard.press('ArrowRight');
    const next = await selected(page);
    assert(next === 'Minister’s', `→ after the claim selected ${JSON.stringify(next)}, not the next word "Minister’s"`);
    await page.keyboard.press('Escape');
  });

  // "Find in other articles" says what each sentence was compared with; an internal
  // row number ("Basis mention 262") tells the analyst nothing.
  await check('Find in other articles names what each sentence was compared with, never a row number', async () => {
    await page.getByRole('button', { name: 'Open in Claims' }).click();
    await page.getByTestId('find-in-other-articles').click();
    const cands = page.getByTestId('candidate');
    await cands.first().waitFor({ timeout: TIMEOUT });
    const texts = await cands.allInnerTexts();
    const ids = texts.filter((t) => /mention \d+/.test(t));
    assert(ids.length === 0, `${ids.length} of ${texts.length} candidates show a row number: ${JSON.stringify(ids[0])}`);
    const basis = await page.getByTestId('candidate-basis').allInnerTexts();
    assert(basis.length === texts.length, `${basis.length} of ${texts.length} candidates say what they were compared with`);
    assert(
      basis.every((b) => b === 'the claim’s statement' || b.startsWith('the mention in Russian Culture Minister Visits')),
      `compared with: ${JSON.stringify(basis)}`,
    );
    await page.getByTestId('find-matches').screenshot({ path: screenshotPath('firstday-find-basis.png') });
  });

  // The form says "(keys 1–6)"; a person clicks into the form (its heading, a blank
  // part) and presses the key.
  await check('Add assessment: a click on the form, then 2, picks "Probably true"', async () => {
    const form = page.getByTestId('assessment-form');
    await form.scrollIntoViewIfNeeded();
    await form.getByRole('heading', { name: 'Add assessment' }).click();
    await page.keyboard.press('2');
    await eventually(() => page.getByTestId('grade-2').isChecked(), 'grade 2 picked by its key', 3_000);
    await page.getByTestId('assessment-rationale').click();
    await page.keyboard.type('Two outlets, one origin so far.');
    await form.getByRole('group').first().click({ position: { x: 2, y: 2 } }); // the fieldset's edge: a blank part of the form
    await page.keyboard.press('3');
    await eventually(() => page.getByTestId('grade-3').isChecked(), 'grade 3 picked by its key after typing the rationale', 3_000);
    assert((await page.getByTestId('assessment-rationale').inputValue()) === 'Two outlets, one origin so far.', 'the key went into the rationale');
  });

  // Stance set on the claim page: the matrix is where the analyst compares articles,
  // and an article that doubts or denies the claim must not read "✓ states it" there.
  await check('a mention marked "doubts" on the claim page reads "doubts it" in the matrix, not "states it"', async () => {
    const card = page.getByTestId('mention').filter({ hasText: S000 });
    await card.getByTestId('mention-stance').selectOption('doubts');
    await eventually(async () => (await card.getByTestId('mention-stance').inputValue()) === 'doubts', 'the stance saved');
    await page.getByTestId('tab-matrix').click();
    const cell = page.getByTestId('matrix-row').filter({ hasText: STATEMENT }).getByTestId('matrix-cell');
    await cell.first().waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await cell.first().innerText()).includes('doubts it'), `the cell to say "doubts it" (it reads ${JSON.stringify(await cell.first().innerText())})`, 5_000);
    const text = await cell.first().innerText();
    assert(!text.includes('states it'), `the cell still says "states it": ${JSON.stringify(text)}`);
    assert(/doubts it/.test((await cell.first().getAttribute('aria-label')) ?? ''), 'the cell\'s accessible name leaves the stance out');
    await cell.first().hover();
    await page.getByTestId('matrix-tip').filter({ hasText: 'Stance' }).waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: screenshotPath('firstday-matrix-stance.png') });
    await page.mouse.move(1270, 790);
  });

  // The statement is the claim page's heading, in a field to edit it in place: a long
  // one must show whole, at 1024×700 too, not end mid-sentence at the field's edge.
  await check('a long claim statement shows whole on the claim page at 1024×700', async () => {
    const LONG = `${STATEMENT}, according to a statement issued by several officials in Kyiv who asked not to be named`;
    await page.getByTestId('tab-claims').click();
    await page.getByTestId('claim-item').filter({ hasText: STATEMENT }).first().click();
    const field = page.getByTestId('claims-view').getByTestId('claim-statement');
    await field.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(LONG);
    await page.keyboard.press('Enter');
    await page.getByTestId('claim-item').filter({ hasText: 'asked not to be named' }).first().waitFor({ timeout: TIMEOUT });
    for (const size of [{ width: 1024, height: 700 }, { width: 1280, height: 800 }]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      const fit = await field.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, value: el.value }));
      assert(fit.value === LONG, `the field holds ${JSON.stringify(fit.value)}`);
      assert(fit.scroll <= fit.client + 1, `at ${size.width}×${size.height} the statement is cut off: ${fit.scroll}px of text in a ${fit.client}px field`);
    }
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: screenshotPath('firstday-long-statement.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await check('the suggested grade of a claim with no origin yet reads as a sentence (no colon with nothing after it)', async () => {
    const first = (await page.getByTestId('suggestion-reasons').locator('li').first().innerText()).trim();
    assert(first.startsWith('1 article, 0 independent origins'), `first reason: ${JSON.stringify(first)}`);
    assert(!first.endsWith(':'), `first reason ends in a colon: ${JSON.stringify(first)}`);
  });

  await check('Sources: deleting an outlet in use is refused in words ("1 article"), not "1 article(s)"', async () => {
    await page.getByTestId('tab-sources').click();
    const row = page.getByRole('row').filter({ hasText: 'Reuters' });
    await row.getByRole('button', { name: 'Delete' }).click();
    await row.getByRole('button', { name: 'Confirm delete' }).click();
    const refusal = row.getByText('cannot be deleted');
    await refusal.waitFor({ timeout: TIMEOUT });
    const text = await refusal.innerText();
    assert(!text.includes('(s)'), `the refusal reads ${JSON.stringify(text)}`);
    assert(text.includes('outlet of 1 article;'), `the refusal reads ${JSON.stringify(text)}`);
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
