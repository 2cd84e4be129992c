// Two tabs on one workspace edit one mention (attack on Edit attribution): tab A opens the
// form, tab B changes the hedge and saves, tab A changes only the figure and saves. B's hedge
// must not be put back silently by A's form, which still held the hedge as it opened. Every
// text is invented here.
//
//   CLAIMDESK_BIN=/path/to/claimdesk node e2e/twotabs.test.mjs

import { TIMEOUT, api as rawApi, assert, check, eventually, runE2E } from './lib.mjs';

async function api(page, service, method, ...args) {
  const r = await rawApi(page, service, method, ...args);
  if (r.status !== 200) throw new Error(`${service}.${method} → HTTP ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

function cpRange(body, needle) {
  const i = body.indexOf(needle);
  if (i < 0) throw new Error(`${JSON.stringify(needle)} is not in the article`);
  const start = [...body.slice(0, i)].length;
  return { start, end: start + [...needle].length, quote: needle };
}

const STORY = 'Quay repairs delayed\n\nThe harbour board in Tarrow said on Monday that about 40 boats would stay moored while divers inspect the north quay.';
const STATEMENT = 'About 40 boats stay moored in Tarrow during the quay inspection';

await runE2E(async ({ url, context, page }) => {
  const pageErrors = [];
  let spanId = 0;
  await page.goto(url, { timeout: TIMEOUT });
  await page.getByTestId('file-menu').waitFor({ timeout: TIMEOUT });
  const imported = await api(page, 'ImportService', 'ImportFiles', [{ name: 'tarrow-quay.txt', content: Buffer.from(STORY).toString('base64') }], {});
  const articleId = imported.items[0].articleId;
  const a = await api(page, 'ArticleService', 'Get', articleId);
  const d = await api(page, 'ClaimService', 'AddMention', {
    claimId: null, newStatement: STATEMENT, articleId, ...cpRange(a.body, 'about 40 boats would stay moored'),
    rawValue: '40 boats', hedge: 'about', speakerEntityId: null, channelSourceId: null, channelText: '', isDirectQuote: false,
  });
  spanId = d.mentions[0].spanId;

  const tabA = page;
  const tabB = await context.newPage();
  for (const p of [tabA, tabB]) p.on('pageerror', (e) => pageErrors.push(e.message));
  async function openClaim(p) {
    await p.goto(url, { timeout: TIMEOUT });
    await p.getByTestId('tab-claims').click();
    await p.getByTestId('claim-item').filter({ hasText: STATEMENT }).first().click();
    await p.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
  }
  const saveIn = (p) => p.getByTestId('mention').first().getByRole('button', { name: 'Save', exact: true }).click();
  const field = (p, label) => p.getByTestId('mention').first().getByLabel(label, { exact: true });

  await check("tab A's figure edit does not put back the hedge tab B saved meanwhile", async () => {
    await openClaim(tabA);
    await openClaim(tabB);
    await tabA.getByTestId('edit-mention').first().click();
    await field(tabA, 'Figure as written').waitFor();
    // tab B: the hedge "about" becomes "at least"
    await tabB.getByTestId('edit-mention').first().click();
    await field(tabB, 'Hedge').fill('at least');
    await saveIn(tabB);
    const savedByB = await eventually(async () => {
      const h = (await api(tabB, 'ClaimService', 'Get', d.id)).mentions[0].hedge;
      return h.includes('at least') && h;
    }, 'tab B saved');
    // tab A, whose form opened before: only the figure changes
    await field(tabA, 'Figure as written').fill('41 boats');
    await saveIn(tabA);
    await tabA.waitForTimeout(1500);
    const m = (await api(tabA, 'ClaimService', 'Get', d.id)).mentions.find((x) => x.spanId === spanId);
    assert(m.hedge === savedByB, `the hedge tab B saved (${JSON.stringify(savedByB)}) reads ${JSON.stringify(m.hedge)} after tab A saved its figure`);
    assert(m.rawValue === '41 boats', `tab A's figure reads ${JSON.stringify(m.rawValue)}`);
  });

  await check('both tabs changing the same field: the later save says the other tab changed it and keeps its typing', async () => {
    await tabA.getByTestId('edit-mention').first().click();
    await field(tabA, 'Hedge').waitFor();
    await tabB.getByTestId('edit-mention').first().click();
    await field(tabB, 'Hedge').fill('nearly');
    await saveIn(tabB);
    const nearly = await eventually(async () => {
      const h = (await api(tabB, 'ClaimService', 'Get', d.id)).mentions[0].hedge;
      return h.includes('nearly') && h;
    }, 'tab B saved');
    await field(tabA, 'Hedge').fill('roughly');
    await tabA.waitForTimeout(1500); // the change event reaches tab A
    await saveIn(tabA);
    const note = tabA.getByTestId('changed-elsewhere');
    await note.waitFor({ timeout: TIMEOUT });
    const text = await note.innerText();
    assert(/another window/.test(text) && text.includes('nearly'), `the note reads ${JSON.stringify(text)}`);
    assert((await field(tabA, 'Hedge').inputValue()) === 'roughly', 'tab A lost its typing');
    assert((await api(tabA, 'ClaimService', 'Get', d.id)).mentions[0].hedge === nearly, 'tab A overwrote without asking');
    // Save again: the analyst has seen the other value and keeps theirs
    await saveIn(tabA);
    await eventually(async () => (await api(tabA, 'ClaimService', 'Get', d.id)).mentions[0].hedge.includes('roughly'), 'the second Save');
  });

  // A reload is an everyday move since the address keeps the place (ux10): typing in an
  // open form must not go without the browser asking.
  for (const [what, type] of [
    ['Edit attribution', async (p) => {
      await p.getByTestId('edit-mention').first().click();
      await field(p, 'Hedge').click();
      await p.keyboard.type(' perhaps');
    }],
    ['the claim note', async (p) => {
      await p.getByTestId('claim-note').click();
      await p.keyboard.type('Check the harbour board minutes');
    }],
    ['an assessment being written', async (p) => {
      await p.getByTestId('assessment-rationale').click();
      await p.keyboard.type('Board minutes due perhaps tomorrow');
    }],
  ]) {
    await check(`a reload with typing not saved in ${what} asks first; staying keeps the typing`, async () => {
      const p = tabB;
      await p.reload();
      await p.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
      await type(p);
      const asked = [];
      const onDialog = (d) => {
        asked.push(d.type());
        void d.dismiss(); // "Stay on page"
      };
      p.on('dialog', onDialog);
      await p.reload({ timeout: 3000 }).catch(() => {});
      p.off('dialog', onDialog);
      assert(asked.includes('beforeunload'), `the browser did not ask before reloading (dialogs: ${JSON.stringify(asked)})`);
      const stillThere = what === 'the claim note' ? await p.getByTestId('claim-note').inputValue()
        : what === 'an assessment being written' ? await p.getByTestId('assessment-rationale').inputValue()
          : await field(p, 'Hedge').inputValue();
      assert(/perhaps|minutes/.test(stillThere), `the typing is gone: ${JSON.stringify(stillThere)}`);
    });
  }

  await check('a reload with nothing typed does not ask', async () => {
    const p = tabA;
    await p.reload();
    await p.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
    await p.getByTestId('claim-page').click({ position: { x: 5, y: 5 } });
    const asked = [];
    const onDialog = (d) => {
      asked.push(d.type());
      void d.accept();
    };
    p.on('dialog', onDialog);
    await p.reload();
    p.off('dialog', onDialog);
    assert(asked.length === 0, `asked: ${JSON.stringify(asked)}`);
  });

  await check('a mention removed in another tab while Edit attribution holds typing: the page says so, with the figure typed', async () => {
    const quote = 'divers inspect the north quay';
    const withSecond = await api(tabA, 'ClaimService', 'AddMention', {
      claimId: d.id, newStatement: '', articleId, ...cpRange(a.body, quote),
      rawValue: '', hedge: '', speakerEntityId: null, channelSourceId: null, channelText: '', isDirectQuote: false,
    });
    const secondId = withSecond.mentions.find((x) => x.quote === quote).spanId;
    await tabA.reload();
    await tabA.getByTestId('claim-page').waitFor({ timeout: TIMEOUT });
    const card = tabA.getByTestId('mention').filter({ hasText: quote });
    await card.getByTestId('edit-mention').click();
    await card.getByLabel('Figure as written', { exact: true }).click();
    await tabA.keyboard.type('12 divers');
    await api(tabB, 'ClaimService', 'RemoveMention', secondId); // the other tab removes it
    await eventually(async () => (await tabA.getByTestId('mention').filter({ hasText: quote }).count()) === 0, 'the card gone');
    const banner = await eventually(async () => {
      const b = await tabA.getByTestId('error-banner').allInnerTexts();
      return b.length === 1 && b[0];
    }, 'a message');
    assert(banner.includes('was removed while you edited it') && banner.includes('12 divers'), `the message reads ${JSON.stringify(banner)}`);
  });

  await check('no uncaught errors in the pages', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
});
