// End-to-end: the weaker matches of a claim, as an analyst uses them. On the sample
// articles, a claim marked by selecting its sentence; "Find in other articles" shows the
// proposals and, under them, collapsed, "Weaker matches (N)", labelled as under the bar.
// Nothing in it is ticked, not even by "Select all"; the analyst opens it from the
// keyboard, ticks one weaker match with the mouse and adds it (it becomes a mention),
// then rejects another and sees it gone after "Look again".
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/weaker.test.mjs
//
// Screenshots: $SCREENSHOT_DIR/weaker-*.png. Prints "N passed, M failed" last.

import { TIMEOUT, assert, check, eventually, runE2E, screenshotPath } from './lib.mjs';
import { dragOver, openArticle } from './reader.mjs';

const TITLE = 'Russian Culture Minister Visits North Korea';
const SENTENCE = 'North Korea has sent troops to support Russia in Ukraine';
const STATEMENT = 'North Korea sent troops to support Russia';

/** The weaker match whose sentence holds text, by its card. */
const weakerCard = (page, key) => page.locator(`[data-testid=weaker-candidate][data-article-id="${key.articleId}"][data-start="${key.start}"]`);

/** The article, start and sentence of the nth weaker match shown. */
async function weakerAt(page, n) {
  const card = page.getByTestId('weaker-candidate').nth(n);
  return {
    articleId: await card.getAttribute('data-article-id'),
    start: await card.getAttribute('data-start'),
    quote: await card.getByTestId('weaker-quote').innerText(),
  };
}

await runE2E(async ({ url, page }) => {
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('article-item').first().waitFor({ timeout: TIMEOUT });

  await check('a claim marked by selecting its sentence, opened in Claims', async () => {
    await openArticle(page, TITLE);
    await dragOver(page, SENTENCE);
    await page.keyboard.press('c');
    await page.getByTestId('claim-statement').waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(STATEMENT);
    await page.getByTestId('claim-create').click();
    await page.getByTestId('open-claim').waitFor({ timeout: TIMEOUT });
    await page.getByTestId('open-claim').click();
    await page.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await page.getByTestId('mention').count()) === 1, 'one mention card');
  });

  let first;
  let second;
  await check('Find in other articles: "Weaker matches (N)" under the proposals, collapsed, under 27%', async () => {
    await page.getByTestId('find-in-other-articles').click();
    const summary = page.getByTestId('weaker-summary');
    await summary.waitFor({ timeout: TIMEOUT });
    const text = await summary.innerText();
    assert(/^Weaker matches \(\d+\)/.test(text) && text.includes('under 27%: read before adding'), `the summary reads ${JSON.stringify(text)}`);
    const open = await page.getByTestId('weaker-matches').evaluate((d) => d.open);
    assert(!open, 'the weaker matches are open before the analyst asks');
    assert(!(await page.getByTestId('weaker-candidate').first().isVisible()), 'a weaker match shows while the section is collapsed');
    // they come after the proposals
    const after = await page.evaluate(() => {
      const cands = document.querySelectorAll('[data-testid=candidate]');
      const weaker = document.querySelector('[data-testid=weaker-matches]');
      const last = cands[cands.length - 1];
      return !last || !!(last.compareDocumentPosition(weaker) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert(after, 'the weaker matches are not under the proposals');
  });

  await check('"Select all" ticks the proposals only; the summary opens from the keyboard; nothing weaker is ticked', async () => {
    const all = page.getByLabel('Select all candidates');
    assert((await all.count()) === 1, 'the sample claim has no proposals to select: this check proves nothing');
    await all.click();
    const checked = (id) => page.getByTestId(id).evaluateAll((xs) => xs.filter((x) => x.checked).length);
    const proposals = await page.getByTestId('candidate-check').count();
    assert((await checked('candidate-check')) === proposals && (await checked('weaker-check')) === 0, `"Select all" ticked ${await checked('candidate-check')} of ${proposals} proposals and ${await checked('weaker-check')} weaker matches`);
    await all.click(); // and off again, so that only what follows is decided
    await page.getByTestId('weaker-summary').focus();
    await page.keyboard.press('Enter');
    await eventually(async () => page.getByTestId('weaker-matches').evaluate((d) => d.open), 'the section opens with Enter');
    await page.getByTestId('weaker-candidate').first().waitFor({ state: 'visible', timeout: TIMEOUT });
    const ticked = await page.getByTestId('weaker-check').evaluateAll((xs) => xs.filter((x) => x.checked).length);
    assert(ticked === 0, `${ticked} weaker matches ticked before the analyst ticked any`);
    const shown = await page.getByTestId('weaker-candidate').count();
    assert(shown >= 2 && shown <= 10, `${shown} weaker matches shown at first; want 2 to 10`);
    const name = await page.getByTestId('weaker-check').first().evaluate((el) => el.labels?.[0]?.innerText ?? '');
    assert(/\d+%/.test(name), `the first weaker match's tick box has no name with its score: ${JSON.stringify(name)}`);
    first = await weakerAt(page, 0);
    second = await weakerAt(page, 1);
    await page.getByTestId('weaker-matches').screenshot({ path: screenshotPath('weaker-01-open.png') });
  });

  await check('ten shown of N; "Show 10 more" adds the next ones under the first, in their order', async () => {
    const total = Number(/\((\d+)\)/.exec(await page.getByTestId('weaker-summary').innerText())?.[1]);
    const before = await page.getByTestId('weaker-candidate').count();
    assert(before === Math.min(10, total), `${before} weaker matches shown of ${total}; want the first ${Math.min(10, total)}`);
    assert(total > 10, `only ${total} weaker matches: the sample claim should have more than a page, or this check proves nothing`);
    const firstTen = await page.getByTestId('weaker-quote').allInnerTexts();
    await page.getByTestId('more-weaker').click();
    await eventually(async () => (await page.getByTestId('weaker-candidate').count()) === Math.min(20, total), `${Math.min(20, total)} weaker matches shown`);
    const after = await page.getByTestId('weaker-quote').allInnerTexts();
    assert(firstTen.every((q, i) => after[i] === q), `the longer list does not begin with the first page: ${JSON.stringify(after.slice(0, 12))}`);
  });

  await check('ticking one weaker match by mouse and "Add as mentions": it becomes a mention', async () => {
    await weakerCard(page, first).getByTestId('weaker-check').click();
    await page.getByTestId('accept-weaker').click();
    await page.getByTestId('weaker-matches').getByRole('status').filter({ hasText: 'Added 1 mention' }).waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await page.getByTestId('mention').count()) === 2, 'two mention cards');
    const cards = await page.getByTestId('mention').allInnerTexts();
    const words = first.quote.slice(0, 30);
    assert(cards.some((c) => c.includes(words)), `no mention card holds ${JSON.stringify(words)}: ${JSON.stringify(cards)}`);
    await eventually(async () => (await weakerCard(page, first).count()) === 0, 'the added sentence gone from the weaker matches');
  });

  await check('"Not the same claim" on another: gone, and still gone after "Look again"', async () => {
    await weakerCard(page, second).getByTestId('weaker-check').click();
    await page.getByTestId('reject-weaker').click();
    await page.getByTestId('weaker-matches').getByRole('status').filter({ hasText: 'Rejected 1' }).waitFor({ timeout: TIMEOUT });
    await eventually(async () => (await weakerCard(page, second).count()) === 0, 'the rejected sentence gone');
    const answered = page.waitForResponse((r) => r.url().includes('/MatchService/Proposals'), { timeout: TIMEOUT });
    await page.getByTestId('find-in-other-articles').click();
    await answered;
    await eventually(async () => (await page.getByTestId('find-in-other-articles').innerText()) === 'Look again', 'the search done');
    await page.getByTestId('weaker-summary').waitFor({ timeout: TIMEOUT });
    const rejected = `[data-article-id="${second.articleId}"][data-start="${second.start}"]`;
    const back = await page.locator(`[data-testid=weaker-candidate]${rejected}, [data-testid=candidate]${rejected}`).count();
    assert(back === 0, 'the rejected sentence is offered again after "Look again"');
    await page.getByTestId('find-matches').screenshot({ path: screenshotPath('weaker-02-decided.png') });
  });

  await check('no error on the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
