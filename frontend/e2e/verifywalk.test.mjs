// End-to-end walk of verifying one claim across sources, as a first-week analyst does
// it with the mouse and the keyboard: four articles about one invented event (a
// warehouse fire with a disputed toll, e2e/fixtures/warehouse/) imported through
// File ▾ → Import…, a claim marked by selecting its sentence, proposals in the other
// articles accepted and rejected, a stance set to "denies", a speaker and an
// "according to" channel, the chain and its count, the contradiction and why, the
// suggested grade, a verdict with evidence, the matrix, undo and redo, the claims CSV.
// Each check is a step of that walk; those that found a problem failed before its fix.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/verifywalk.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/verifywalk-*.png. Prints "N passed, M failed" last.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FRONTEND, TIMEOUT, api, assert, check, eventually, fileMenu, parseCsv, runE2E, screenshotPath } from './lib.mjs';
import { dragOver, openArticle } from './reader.mjs';

const FIXTURES = join(FRONTEND, 'e2e/fixtures/warehouse');
const FILES = ['evening-post.txt', 'lantern-wire.txt', 'westland-times.txt', 'riverside-radio.txt'].map((f) => join(FIXTURES, f));

const POST = 'Nine dead in Corrow Street warehouse fire';
const WIRE = 'Fire service says nine killed in Amberford warehouse blaze';
const TIMES = 'Toll rises in Amberford cold-store fire';
const RADIO = 'Warehouse operator disputes fire toll';
const SENTENCE = 'Nine people died in the fire at the Corrow Street warehouse';
const STATEMENT = 'Nine people died in the Corrow Street warehouse fire';
// An earlier fire, told without its year: since the matcher sets apart a sentence dated
// well before the claim's articles ("in 2019 a fire ..."), only an undated one is still
// proposed, and the analyst has to say "Not the same claim".
const DECOY = 'a fire at another Corrow Street warehouse once injured nine people';
const SPEAKER = 'Amberford Fire and Rescue';

const shot = (page, name) => page.screenshot({ path: screenshotPath(`verifywalk-${name}.png`) });

/** What the page has focused, as its test id or tag name. */
const focused = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);

/** The proposal (In other articles) from the article titled, or with the text, text. */
const candidate = (page, text) => page.getByTestId('candidate').filter({ hasText: text }).first();

/** The mention card of the claim page that comes from the article titled title. */
const card = (page, title) => page.getByTestId('mention').filter({ hasText: title });

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  let claimId = 0;
  page.on('pageerror', (err) => pageErrors.push(err.message));

  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });

  await check('File ▾ → Import… takes the four articles; each lists with its outlet', async () => {
    const before = await page.getByTestId('article-item').count();
    await fileMenu(page, 'import-open');
    await page.getByTestId('import-dialog').waitFor({ timeout: TIMEOUT });
    await page.getByTestId('import-input').setInputFiles(FILES);
    await page.getByTestId('import-summary').waitFor({ timeout: TIMEOUT });
    const line = await page.getByTestId('import-summary-line').innerText();
    assert(/4 imported/.test(line), `the summary reads ${JSON.stringify(line)}`);
    await shot(page, '01-imported');
    await page.getByTestId('import-summary').getByRole('button', { name: 'Close' }).first().click();
    await page.getByTestId('import-summary').waitFor({ state: 'detached', timeout: TIMEOUT });
    await eventually(async () => (await page.getByTestId('article-item').count()) === before + 4, 'four more articles in the list');
    for (const [title, outlet] of [[POST, 'Amberford Evening Post'], [WIRE, 'Lantern News Agency'], [TIMES, 'Westland Daily Times'], [RADIO, 'Riverside Radio News']]) {
      const text = await page.getByTestId('article-item').filter({ hasText: title }).innerText();
      assert(text.includes(outlet), `${title} lists as ${JSON.stringify(text)}`);
    }
  });

  await check('selecting the toll sentence and pressing C makes the claim', async () => {
    await openArticle(page, POST);
    await dragOver(page, SENTENCE);
    await page.keyboard.press('c');
    await page.getByTestId('claim-statement').waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(STATEMENT);
    await shot(page, '02-claim-new');
    await page.getByTestId('claim-create').click();
    await page.getByTestId('selection-menu').waitFor({ state: 'detached' });
    await page.getByTestId('open-claim').waitFor({ timeout: TIMEOUT });
  });

  await check('Open in Claims shows the claim page with its one mention', async () => {
    await page.getByTestId('open-claim').click();
    await page.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await page.getByTestId('mention').count()) === 1, 'one mention card');
    const listed = await api(page, 'ClaimService', 'List', { text: '', credibility: 0, tag: '', entityId: 0, sourceId: 0, articleId: 0 });
    claimId = listed.body.find((c) => c.statement === STATEMENT)?.id ?? 0;
    assert(claimId > 0, 'the claim id is not found');
    // a person looks over the list's filters first (the entity filter reads its options now)
    await page.getByLabel('Filter by entity').click();
    await page.keyboard.press('Escape');
    await shot(page, '03-claim-page');
  });

  await check('Find in other articles proposes the sentences of the other three articles, and the older fire', async () => {
    await page.getByTestId('find-in-other-articles').click();
    const cands = page.getByTestId('candidate');
    await cands.first().waitFor({ timeout: TIMEOUT });
    const texts = await cands.allInnerTexts();
    for (const t of [WIRE, TIMES, RADIO]) assert(texts.some((x) => x.includes(t)), `no candidate from ${t}: ${JSON.stringify(texts)}`);
    assert(texts.some((x) => x.includes(DECOY)), `the older fire is not proposed: ${JSON.stringify(texts)}`);
    await page.getByTestId('find-matches').screenshot({ path: screenshotPath('verifywalk-04-candidates.png') });
  });

  await check('"Not the same claim" on the older fire: it goes, is said to, and the focus stays', async () => {
    await candidate(page, DECOY).getByTestId('candidate-check').click();
    await page.getByTestId('reject-candidates').click();
    await page.getByTestId('find-matches').getByRole('status').filter({ hasText: 'Rejected 1' }).waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await page.getByTestId('candidate').filter({ hasText: DECOY }).count()) === 0, 'the older fire gone from the list');
    const inside = await page.evaluate(() => !!document.activeElement?.closest('[data-testid=find-matches]'));
    assert(inside, `after "Not the same claim" the focus is on ${await focused(page)}, outside "In other articles"`);
  });

  // The operator's figure is read as a denial, marked "(suggested)". The analyst agrees:
  // picking "denies" in the select again changes nothing (no change event), so the
  // suggestion must be confirmable with one click, and then be the analyst's.
  // A person ticks with the mouse and clicks the button; the next key (Tab, Space) must
  // go on from there, not from the top of the page.
  await check('"Add as mentions" on three ticked: says so, adds them, and the focus stays in the section', async () => {
    for (const t of [WIRE, TIMES, RADIO]) await candidate(page, t).getByTestId('candidate-check').click();
    await page.getByTestId('accept-candidates').click();
    await page.getByTestId('find-matches').getByRole('status').filter({ hasText: 'Added 3 mentions' }).waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await page.getByTestId('mention').count()) === 4, 'four mention cards');
    await shot(page, '05-accepted');
    const inside = await page.evaluate(() => !!document.activeElement?.closest('[data-testid=find-matches]'));
    assert(inside, `after "Add as mentions" the focus is on ${await focused(page)}, outside "In other articles"`);
  });

  await check('the Undo button names the accept in words ("add 3 mentions from other articles"), not "match(es)"', async () => {
    const label = await page.getByTestId('undo').getAttribute('title') ?? await page.getByTestId('undo-label').innerText();
    const text = `${label} ${await page.getByTestId('undo-label').innerText()}`;
    assert(!text.includes('(es)') && text.includes('add 3 mentions from other articles'), `the Undo button reads ${JSON.stringify(text)}`);
  });

  // Undo right after "Add as mentions": the three sentences are proposals again, and the
  // list under "In other articles" must show them again (and drop them on redo).
  await check('Ctrl+Z after Add as mentions: one mention again and the three back among the proposals; Ctrl+Shift+Z: four, and gone', async () => {
    const quotes = () => page.getByTestId('candidate-quote').allInnerTexts();
    await page.keyboard.press('Control+z');
    await eventually(async () => (await page.getByTestId('mention').count()) === 1, 'one mention card after the undo');
    // (the redo below runs whatever this finds, so the walk goes on with four mentions)
    const back = await eventually(async () => (await page.getByTestId('candidate').filter({ hasText: WIRE }).count()) === 1 && (await page.getByTestId('candidate').filter({ hasText: RADIO }).count()) >= 1,
      'the undone sentences proposed again', 5_000).catch(async () => `the list reads ${JSON.stringify(await quotes())}`);
    await page.keyboard.press('Control+Shift+z');
    await eventually(async () => (await page.getByTestId('mention').count()) === 4, 'four mention cards after the redo');
    assert(back === true, `after the undo the three are not proposed again: ${back}`);
    await eventually(async () => (await page.getByTestId('candidate').filter({ hasText: WIRE }).count()) === 0,
      `the redone sentences gone from the proposals (the list reads ${JSON.stringify(await quotes())})`, 5_000);
  });

  await check('the radio mention reads "denies (suggested)"; Confirm makes it the analyst\'s', async () => {
    const c = card(page, RADIO);
    const stance = c.getByTestId('mention-stance');
    assert((await stance.inputValue()) === 'denies', `the stance was read as ${await stance.inputValue()}`);
    const dd = c.locator('dd').filter({ has: page.getByTestId('mention-stance') });
    assert((await dd.innerText()).includes('suggested'), `the stance is not marked suggested: ${JSON.stringify(await dd.innerText())}`);
    await dd.getByRole('button', { name: 'Confirm' }).click({ timeout: 5_000 });
    await eventually(async () => !(await dd.innerText()).includes('suggested'), 'the stance confirmed as the analyst\'s');
    assert((await stance.inputValue()) === 'denies', `the stance is now ${await stance.inputValue()}`);
    const m = (await api(page, 'ClaimService', 'Get', claimId)).body.mentions.find((x) => x.articleTitle === RADIO);
    assert(m.stance === 'denies' && m.stanceBy === 'analyst', `stored: ${m.stance} by ${m.stanceBy}`);
    await shot(page, '06-denies');
  });

  await check('Edit attribution on the Times mention: channel Lantern News Agency, "Lantern News Agency reported"', async () => {
    const c = card(page, TIMES);
    await c.getByTestId('edit-mention').click();
    await c.getByLabel('Channel source').selectOption({ label: 'Lantern News Agency' });
    await c.getByLabel('Channel as written').fill('Lantern News Agency reported');
    await shot(page, '07-attribution-form');
    await c.getByRole('button', { name: 'Save' }).click();
    await eventually(async () => (await c.getByTestId('edit-mention').count()) === 1, 'the form closed after saving');
    const channel = await c.locator('div', { has: page.locator('dt', { hasText: 'Channel' }) }).last().innerText();
    assert(channel.includes('Lantern News Agency reported'), `the card's channel reads ${JSON.stringify(channel)}`);
  });

  // The fire service is named in the text but nobody has marked it as an entity yet: the
  // form must not send the analyst away to the reader to make one.
  await check('Edit attribution on the wire mention: a speaker not marked yet can be created from the form', async () => {
    const c = card(page, WIRE);
    await c.getByTestId('edit-mention').click();
    await c.getByLabel('Speaker').fill(SPEAKER);
    await c.getByRole('button', { name: 'Save' }).click();
    const create = c.getByRole('button', { name: `Create organisation “${SPEAKER}”` });
    await create.waitFor({ timeout: 5_000 });
    await shot(page, '08-speaker-new');
    await create.click();
    await eventually(async () => (await c.getByTestId('edit-mention').count()) === 1, 'the form closed after saving');
    const text = await c.innerText();
    assert(text.includes(`Speaker\n${SPEAKER}`) || text.includes(`Speaker ${SPEAKER}`), `the card reads ${JSON.stringify(text)}`);
    const ents = await api(page, 'EntityService', 'List', SPEAKER, 'organisation', 5);
    assert(ents.status === 200 && ents.body.some((e) => e.name === SPEAKER), `no organisation ${SPEAKER}: ${JSON.stringify(ents.body)}`);
  });

  await check('one click on Undo takes the created speaker back whole (the entity and the edit); Redo brings both', async () => {
    const c = card(page, WIRE);
    const speakerCount = async () => (await api(page, 'EntityService', 'List', SPEAKER, 'organisation', 5)).body.filter((e) => e.name === SPEAKER).length;
    await page.getByTestId('undo').click();
    await eventually(async () => (await c.getByTestId('mention-speaker').count()) === 0, 'the speaker gone from the card');
    const left = await speakerCount();
    const label = (await page.getByTestId('undo-label').count()) ? await page.getByTestId('undo-label').innerText() : '';
    await shot(page, '08b-speaker-undone');
    await page.getByTestId('redo').click();
    await eventually(async () => (await c.getByTestId('mention-speaker').count()) === 1, 'the speaker back on the card');
    assert(left === 0, `one undo left the organisation ${SPEAKER} (${left}); the next undo would be ${JSON.stringify(label)}`);
  });

  // The reading takes "Amberford Fire and Rescue said" and "according to Amberford Fire and
  // Rescue" whole (it once read a source named "Rescue" and the outlet's own reporting): the
  // Post's and the wire's cards rest on the fire service with no correction.
  await check('the fire service is read whole: the Post and the wire rest on "Amberford Fire and Rescue" as read', async () => {
    for (const title of [POST, WIRE]) {
      const chain = await card(page, title).getByTestId('mention-origin').innerText();
      assert(chain.includes(`← ${SPEAKER}`), `${title}: the origin reads ${JSON.stringify(chain)}`);
    }
    const m = (await api(page, 'ClaimService', 'Get', claimId)).body.mentions.filter((x) => x.articleTitle === POST || x.articleTitle === WIRE);
    assert(m.length === 2 && m.every((x) => x.originName === SPEAKER), `stored roots: ${JSON.stringify(m.map((x) => x.originName))}`);
  });

  // The Times relays the agency, which the reading cannot trace to the fire service; the
  // card's Origin field is the correction path: the three articles then rest on one origin.
  await check('a relay\'s origin is corrected in Edit attribution\'s Origin field: the three articles rest on one origin', async () => {
    const c = card(page, TIMES);
    await c.getByTestId('edit-mention').click();
    await c.getByLabel('Origin', { exact: true }).selectOption({ label: SPEAKER });
    await c.getByRole('button', { name: 'Save' }).click();
    await eventually(async () => (await c.getByTestId('edit-mention').count()) === 1, `the form of ${TIMES} closed`);
    const chain = await c.getByTestId('mention-origin').innerText();
    assert(chain.endsWith(`← ${SPEAKER}`), `${TIMES}: the origin reads ${JSON.stringify(chain)}`);
    await eventually(async () => (await page.getByTestId('independence-summary').innerText()).startsWith('4 articles, 1 origin'),
      `one origin (it reads ${JSON.stringify(await page.getByTestId('independence-summary').innerText())})`);
  });

  // The reading's wording describes the speaker and origin it read: the analyst who changes
  // the origin in the form is told the wording goes with it (Cancel keeps the mention as is).
  await check('changing the origin in Edit attribution clears the suggested wording it described, and the form says so', async () => {
    const c = card(page, POST);
    await c.getByTestId('edit-mention').click();
    const wording = await c.getByLabel('Channel as written').inputValue();
    assert(wording !== '', 'the Post mention has no suggested channel wording to follow');
    await c.getByLabel('Origin', { exact: true }).selectOption({ label: 'Lantern News Agency' });
    const note = c.getByTestId('wording-cleared');
    await eventually(async () => (await note.count()) === 1, 'the form saying the wording was cleared');
    const said = await note.innerText();
    assert(said.includes(wording) && (await c.getByLabel('Channel as written').inputValue()) === '', `the form reads ${JSON.stringify(said)}`);
    await shot(page, '08c-wording-cleared');
    await c.getByRole('button', { name: 'Cancel' }).click();
    await eventually(async () => (await c.getByTestId('edit-mention').count()) === 1, 'the form closed');
    const chain = await c.getByTestId('mention-origin').innerText();
    assert(chain.includes(`← ${SPEAKER}`), `Cancel changed the origin: ${JSON.stringify(chain)}`);
  });

  // The speaker made on the claim page is an entity like any other: the list's entity
  // filter, opened earlier in the session, must offer it now.
  await check('the claims list filters by the speaker just created (its entity filter was opened before)', async () => {
    const filter = page.getByLabel('Filter by entity');
    await filter.click();
    const option = filter.locator('option', { hasText: `${SPEAKER} (organisation)` });
    await eventually(async () => (await option.count()) === 1, `"${SPEAKER}" among the entity filter's options (${JSON.stringify(await filter.locator('option').allInnerTexts())})`, 5_000);
    await filter.selectOption({ label: `${SPEAKER} (organisation)` });
    await eventually(async () => (await page.getByTestId('claim-item').filter({ hasText: STATEMENT }).count()) === 1, 'the claim listed under the speaker');
    await filter.selectOption({ label: 'Any entity' });
    await page.keyboard.press('Escape');
  });

  const origins = { page: '', list: '', summary: '', matrix: '', csv: '' };
  await check('the independence section shows the chain and the count in words, as the head of the page does', async () => {
    const s = page.getByTestId('independence');
    await s.scrollIntoViewIfNeeded();
    await shot(page, '09-independence');
    const summary = await page.getByTestId('independence-summary').innerText();
    const head = await page.getByTestId('claim-page').locator('.grade-line').innerText();
    const list = await page.getByTestId('claim-item').filter({ hasText: STATEMENT }).innerText();
    origins.summary = /(\d+) (?:independent )?origins?/.exec(summary)?.[1] ?? `none in ${JSON.stringify(summary)}`;
    origins.page = /(\d+) origins?/.exec(head)?.[1] ?? `none in ${JSON.stringify(head)}`;
    origins.list = /(\d+) origins?/.exec(list)?.[1] ?? `none in ${JSON.stringify(list)}`;
    assert(origins.page === origins.summary && origins.list === origins.summary, `origins: page ${origins.page}, independence ${origins.summary}, list ${origins.list}`);
    assert(/^\d+ articles?, \d+ origins?/.test(summary), `the summary reads ${JSON.stringify(summary)}`);
  });

  await check('the contradiction shows in words (the stances as the select names them) and says why', async () => {
    const s = page.getByTestId('figures');
    await s.scrollIntoViewIfNeeded();
    await s.screenshot({ path: screenshotPath('verifywalk-10-figures.png') });
    const items = await page.getByTestId('conflicts').locator('li').allInnerTexts();
    assert(items.length > 0, 'no contradiction shown');
    const stance = items.find((t) => /denies/.test(t));
    assert(stance, `no contradiction with the denial: ${JSON.stringify(items)}`);
    assert(!/≠ stance\b/.test(stance), `the contradiction is labelled by its code: ${JSON.stringify(stance)}`);
    assert(stance.includes(RADIO), `it does not name the denying article: ${JSON.stringify(stance)}`);
  });

  await check('"As written" in Figures and dates shows the figure the matrix shows ("Nine"), not "—"', async () => {
    const row = page.getByTestId('figure-row').filter({ hasText: POST });
    const cells = await row.locator('td').allInnerTexts();
    assert(cells[1]?.trim() === 'Nine', `As written reads ${JSON.stringify(cells[1])} (row ${JSON.stringify(cells)})`);
  });

  await check('the suggested grade and its reasons', async () => {
    const s = page.getByTestId('grade-suggestion');
    await s.scrollIntoViewIfNeeded();
    await s.screenshot({ path: screenshotPath('verifywalk-11-suggestion.png') });
    const reasons = await page.getByTestId('suggestion-reasons').locator('li').allInnerTexts();
    assert(reasons.length > 0, 'no reasons');
    assert(reasons.some((r) => /contradiction/.test(r)), `no reason names the contradiction: ${JSON.stringify(reasons)}`);
  });

  await check('at 1024 × 700 the reasons say the denial once, by outlet, with no clipped quote and nothing cut off', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    try {
      const s = page.getByTestId('grade-suggestion');
      await s.scrollIntoViewIfNeeded();
      await s.screenshot({ path: screenshotPath('verifywalk-11b-suggestion-1024.png') });
      const reasons = await page.getByTestId('suggestion-reasons').locator('li').allInnerTexts();
      const all = reasons.join('\n');
      assert(!all.includes('…"'), `a reason repeats a clipped quote: ${JSON.stringify(reasons)}`);
      assert(/1 mention denies it: Riverside Radio/.test(all), `the denial is not said once with its outlet: ${JSON.stringify(reasons)}`);
      const wide = await page.getByTestId('suggestion-reasons').evaluate((ul) => [...ul.querySelectorAll('li')].some((li) => li.scrollWidth > li.clientWidth + 1));
      assert(!wide, 'a reason runs past its box at 1024 × 700');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  await check('a verdict with evidence through Add assessment: saved, shown in both places, focus kept on the form', async () => {
    const form = page.getByTestId('assessment-form');
    await form.scrollIntoViewIfNeeded();
    await form.getByRole('heading', { name: 'Add assessment' }).click();
    await page.keyboard.press('4');
    await page.getByTestId('assessment-rationale').click();
    await page.keyboard.type('One origin (the fire service) behind three articles; the operator disputes the toll.');
    await form.getByRole('button', { name: '+ Span' }).click();
    await form.getByTestId('evidence-stance').selectOption('supports'); // no stance until the analyst says one
    await shot(page, '12-assessment-form');
    await page.getByTestId('add-assessment').click();
    await page.getByTestId('latest-assessment').waitFor({ timeout: TIMEOUT });
    await shot(page, '13-assessed');
    const latest = await page.getByTestId('latest-assessment').innerText();
    assert(latest.includes('Doubtful') && /SUPPORTS/i.test(latest) && latest.includes(SENTENCE), `latest: ${JSON.stringify(latest)}`);
    await eventually(async () => (await page.getByTestId('claim-item').filter({ hasText: STATEMENT }).innerText()).includes('Doubtful'), 'the list row graded');
    const inside = await page.evaluate(() => !!document.activeElement?.closest('[data-testid=assessment-form]'));
    assert(inside, `after "Add assessment" the focus is on ${await focused(page)}, not in the form`);
  });

  await check('the matrix row: the same counts, the denial in words, and "≠" explained as what it counts', async () => {
    await page.getByTestId('tab-matrix').click();
    const row = page.getByTestId('matrix-row').filter({ hasText: STATEMENT });
    await row.waitFor({ timeout: TIMEOUT });
    await shot(page, '14-matrix');
    const line = await row.getByTestId('matrix-origins').innerText();
    origins.matrix = /(\d+) origins?/.exec(line)?.[1] ?? `none in ${JSON.stringify(line)}`;
    assert(origins.matrix === origins.summary, `matrix origins ${origins.matrix}, claim page ${origins.summary}`);
    const radio = row.getByTestId('matrix-cell').last();
    assert((await radio.innerText()).includes('denies it'), `the radio cell reads ${JSON.stringify(await radio.innerText())}`);
    const conf = row.locator('.conf');
    const title = (await conf.getAttribute('title')) ?? '';
    assert(/stance|den/i.test(title), `the ≠ count is explained as ${JSON.stringify(title)}, yet it counts the denial`);
  });

  await check('undo takes the verdict back on the claim page and the list; redo brings it again', async () => {
    await page.getByTestId('tab-claims').click();
    await page.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
    const label = await page.getByTestId('undo-label').innerText();
    assert(/grade/.test(label), `the undo button would undo ${JSON.stringify(label)}`);
    await page.getByTestId('undo').click();
    const item = page.getByTestId('claim-item').filter({ hasText: STATEMENT });
    await eventually(async () => (await item.innerText()).includes('Ungraded'), 'the list row ungraded');
    await eventually(async () => (await page.getByTestId('latest-assessment').count()) === 0, 'the verdict gone from the page');
    await shot(page, '15-undone');
    await page.getByTestId('redo').click();
    await eventually(async () => (await item.innerText()).includes('Doubtful'), 'the list row graded again');
    await page.getByTestId('latest-assessment').waitFor({ timeout: TIMEOUT });
  });

  await check('File ▾ → Export… claims as CSV: the claim with its grade, mentions, articles and origins', async () => {
    await fileMenu(page, 'export-open');
    await page.getByTestId('export-dialog').waitFor({ timeout: TIMEOUT });
    await page.getByTestId('export-what').selectOption('claims');
    await page.getByTestId('export-format-csv').check();
    await shot(page, '16-export');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), page.getByTestId('export-run').click()]);
    const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
    const head = rows[0];
    const row = rows.find((r) => r[head.indexOf('statement')] === STATEMENT);
    assert(row, `no row for the claim: ${JSON.stringify(rows)}`);
    const get = (k) => row[head.indexOf(k)];
    assert(get('credibility') === '4' && get('credibility_label') === 'Doubtful', `grade ${get('credibility')} ${get('credibility_label')}`);
    assert(get('mentions') === '4' && get('articles') === '4', `mentions ${get('mentions')}, articles ${get('articles')}`);
    assert(get('independent_origins') === origins.summary, `independent_origins ${get('independent_origins')}, claim page ${origins.summary}`);
    assert((await page.getByTestId('export-result').innerText()).includes('Exported 1 row'), 'the result line');
    await page.keyboard.press('Escape');
  });

  // The same walk in a small window: every control of it must be there to click, not
  // cut off at the right or under another one.
  await check('at 1024×700 every control of the walk can be clicked on the claim page, the matrix and the export', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByTestId('tab-claims').click();
    await page.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
    const bad = [];
    const reach = async (what, loc) => {
      try {
        await loc.scrollIntoViewIfNeeded({ timeout: 3_000 });
        const box = await loc.boundingBox();
        if (!box || box.x < 0 || box.x + box.width > 1024 || box.y + box.height > 700) bad.push(`${what}: ${JSON.stringify(box)}`);
        else await loc.click({ trial: true, timeout: 3_000 });
      } catch (err) {
        bad.push(`${what}: ${String(err.message).split('\n')[0]}`);
      }
    };
    const radio = card(page, RADIO);
    await reach('Accept suggestion', page.getByTestId('accept-suggestion'));
    await reach('Override…', page.getByTestId('override-suggestion'));
    await reach('a mention quote', radio.getByTestId('mention-quote'));
    await reach('Stance', radio.getByTestId('mention-stance'));
    await reach('Edit attribution', radio.getByTestId('edit-mention'));
    await reach('Remove', radio.getByRole('button', { name: 'Remove' }));
    await reach('Find in other articles', page.getByTestId('find-in-other-articles'));
    await reach('Add assessment', page.getByTestId('add-assessment'));
    await reach('+ Span', page.getByTestId('assessment-form').getByRole('button', { name: '+ Span' }));
    await radio.getByTestId('edit-mention').click();
    await reach('Origin (in the form)', radio.getByLabel('Origin', { exact: true }));
    await reach('Save (in the form)', radio.getByRole('button', { name: 'Save' }));
    await shot(page, '17-narrow-claim');
    await radio.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('tab-matrix').click();
    const row = page.getByTestId('matrix-row').filter({ hasText: STATEMENT });
    await row.waitFor({ timeout: TIMEOUT });
    await reach('the radio cell in the matrix', row.getByTestId('matrix-cell').last());
    await shot(page, '18-narrow-matrix');
    await fileMenu(page, 'export-open');
    await page.getByTestId('export-dialog').waitFor({ timeout: TIMEOUT });
    await reach('Export (in the dialog)', page.getByTestId('export-run'));
    await shot(page, '19-narrow-export');
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 800 });
    assert(bad.length === 0, `not reachable at 1024×700: ${bad.join('; ')}`);
  });

  await check('Accept suggestion adds the suggested grade and keeps the focus on the button', async () => {
    await page.getByTestId('tab-claims').click();
    await page.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
    const before = await page.getByTestId('assessments').locator('h3 .v-count').innerText();
    await page.getByTestId('accept-suggestion').click();
    await eventually(async () => (await page.getByTestId('assessments').locator('h3 .v-count').innerText()) === String(Number(before) + 1), 'one more assessment');
    assert((await page.getByTestId('latest-assessment').innerText()).includes('suggested grade, accepted'), 'the latest is not the accepted suggestion');
    await eventually(async () => (await focused(page)) === 'accept-suggestion', `the focus on Accept suggestion (it is on ${await focused(page)})`, 3_000);
  });

  await check('Confirm on a suggested stance leaves the focus on that stance; Ctrl+Z brings "(suggested)" back', async () => {
    const c = card(page, POST);
    const dd = c.locator('dd').filter({ has: page.getByTestId('mention-stance') });
    await c.getByTestId('confirm-stance').click();
    await eventually(async () => !(await dd.innerText()).includes('suggested'), 'the stance confirmed');
    await eventually(async () => (await page.evaluate(() => document.activeElement?.closest('[data-testid=mention]')?.textContent ?? '')).includes(SENTENCE) && (await focused(page)) === 'mention-stance',
      `the focus on the stance of that mention (it is on ${await focused(page)})`, 3_000);
    await page.keyboard.press('Control+z');
    await eventually(async () => (await dd.innerText()).includes('suggested'), '"(suggested)" back after Ctrl+Z');
  });

  // Two cards with the same controls: the focus that Ctrl+Z re-renders away must come back
  // in the card it was in, not on the first card's control of the same name.
  await check('Ctrl+Z after Confirm on the second card keeps the focus in that card, not on the first card\'s stance', async () => {
    const c = card(page, TIMES);
    const dd = c.locator('dd').filter({ has: page.getByTestId('mention-stance') });
    const first = await page.getByTestId('mention').first().innerText();
    assert(!first.includes(TIMES), 'setup: the Times card is the first card');
    await c.getByTestId('confirm-stance').click();
    await eventually(async () => !(await dd.innerText()).includes('suggested'), 'the stance confirmed');
    await eventually(async () => (await focused(page)) === 'mention-stance', `the focus on the stance (it is on ${await focused(page)})`, 3_000);
    await page.keyboard.press('Control+z');
    await eventually(async () => (await dd.innerText()).includes('suggested'), '"(suggested)" back after Ctrl+Z');
    await page.waitForTimeout(300); // keepFocus settles within ~1 s of the refresh
    const where = await page.evaluate(() => document.activeElement?.closest('[data-testid=mention]')?.textContent ?? `(not in a card: ${document.activeElement?.tagName})`);
    assert(where.includes(TIMES), `after Ctrl+Z the focus is in another card: ${JSON.stringify(where.slice(0, 120))}`);
  });

  // The analyst follows a mention to its article: the side panel says how the span came
  // to be, in words, not by the matcher's method code ("match:tfidf-entities-figures").
  await check('a mention quote opens the reader at it; the side panel says "found by Find in other articles", no code', async () => {
    await card(page, WIRE).getByTestId('mention-quote').click();
    await page.getByTestId('reader-title').filter({ hasText: WIRE }).waitFor({ timeout: TIMEOUT });
    const detail = page.getByTestId('span-detail');
    await detail.waitFor({ timeout: TIMEOUT });
    const meta = await detail.locator('.meta').first().innerText();
    await shot(page, '21-reader-from-card');
    assert(!/\b[a-z]+:[a-z-]+/.test(meta), `the span's line reads ${JSON.stringify(meta)}`);
    assert(meta.includes('found by Find in other articles'), `the span's line reads ${JSON.stringify(meta)}`);
  });

  // The operator's sentence names no one the reader takes for a speaker: an empty form with
  // "confidence 0%" and an Apply that would only mark the mention as attributed is no answer.
  await check('Suggest attribution that finds nothing says so in words (no empty form to Apply); Dismiss gives the focus back', async () => {
    await page.getByTestId('tab-claims').click();
    await page.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
    const c = card(page, RADIO);
    await c.getByTestId('suggest-attribution').click();
    const sug = c.getByTestId('attribution-suggestion');
    await sug.waitFor({ timeout: TIMEOUT });
    await sug.screenshot({ path: screenshotPath('verifywalk-22-suggest-nothing.png') });
    const text = await sug.innerText();
    assert(/No speaker or channel found/.test(text), `the suggestion reads ${JSON.stringify(text)}`);
    assert((await sug.getByRole('button', { name: 'Apply' }).count()) === 0, 'an Apply button for an empty suggestion');
    await eventually(async () => page.evaluate(() => !!document.activeElement?.closest('[data-testid=attribution-suggestion]')), `the focus in the suggestion (it is on ${await focused(page)})`, 3_000);
    await sug.getByRole('button', { name: 'Dismiss' }).click();
    await sug.waitFor({ state: 'detached', timeout: TIMEOUT });
    await eventually(async () => (await focused(page)) === 'suggest-attribution' && (await page.evaluate(() => document.activeElement?.closest('[data-testid=mention]')?.textContent ?? '')).includes('Fenwick Cold Chain'),
      `the focus back on this card's Suggest attribution (it is on ${await focused(page)})`, 3_000);
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
