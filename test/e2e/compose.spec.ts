import type { Page } from '@playwright/test';
import { expect, gmailThreadUrl, outlookThreadUrl, test } from './harness.ts';

/** Sends a page message from the panel, as its Insert buttons do. */
async function fromPanel(panel: Page, message: Record<string, unknown>) {
  return panel.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

const GMAIL_EDITOR = '.ip.adB .M9 [g_editable="true"]';
const OUTLOOK_EDITOR = '[role="main"] [contenteditable="true"][aria-multiline="true"]';

test('Insert puts the reply at the top of the Gmail reply box, above what was typed', async ({
  openThread,
  openPanel,
}) => {
  const { page, tabId } = await openThread(
    'gmail-fr-maquettes-v2',
    gmailThreadUrl('FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb'),
  );
  const panel = await openPanel(tabId);
  await page.bringToFront();
  const answer = await fromPanel(panel, {
    type: 'compose:insert',
    tabId,
    text: 'Bonjour Paul,\nJe vous envoie la V3 le vendredi 27 novembre.',
    replace: null,
  });
  expect(answer).toMatchObject({ ok: true });
  const text = await page.locator(GMAIL_EDITOR).innerText();
  expect(text.startsWith('Bonjour Paul,\nJe vous envoie la V3 le vendredi 27 novembre.')).toBe(true);
  expect(text).toContain('je regarde pour le formulaire');
});

test('a fix replaces exactly its span of the Gmail draft', async ({ ext, openThread, openPanel }) => {
  const { page, tabId } = await openThread(
    'gmail-fr-maquettes-v2',
    gmailThreadUrl('FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb'),
  );
  const panel = await openPanel(tabId);
  await page.bringToFront();
  await page.locator(GMAIL_EDITOR).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' A bientôt.');
  // The content script reports the draft as it is typed.
  await expect
    .poll(() =>
      ext.worker.evaluate(
        async (id) => (await chrome.storage.session.get(`draft:${id}`))[`draft:${id}`],
        tabId,
      ),
    )
    .toMatchObject({
      text: expect.stringContaining('je regarde pour le formulaire sur la page Tarifs. A bientôt.'),
    });
  const draft = (await ext.worker.evaluate(
    async (id) => (await chrome.storage.session.get(`draft:${id}`))[`draft:${id}`],
    tabId,
  )) as { text: string };
  const start = draft.text.indexOf('je regarde pour le formulaire');
  const end = start + 'je regarde pour le formulaire'.length;
  const answer = await fromPanel(panel, {
    type: 'compose:insert',
    tabId,
    text: 'je vous confirme le formulaire',
    replace: { start, end },
  });
  expect(answer).toMatchObject({ ok: true });
  await expect(page.locator(GMAIL_EDITOR)).toContainText(
    'Merci pour votre retour, je vous confirme le formulaire sur la page Tarifs. A bientôt.',
  );
});

test('Insert writes into the Outlook inline reply', async ({ openThread, openPanel }) => {
  const { page, tabId } = await openThread(
    'outlook-en-scope-creep-newest-on-top',
    outlookThreadUrl('AAQkADgdq%2BtBnfDJ2UBmiT6tJ3ByDP3uVVKUav3FCQlVlfBB%2BoPBVLgX%3D'),
  );
  const panel = await openPanel(tabId);
  await page.bringToFront();
  const answer = await fromPanel(panel, {
    type: 'compose:insert',
    tabId,
    text: 'Hi Olivia,\nI will send the revised quote on Friday 27 November.',
    replace: null,
  });
  expect(answer).toMatchObject({ ok: true });
  const text = await page.locator(OUTLOOK_EDITOR).innerText();
  expect(text.startsWith('Hi Olivia,\nI will send the revised quote on Friday 27 November.')).toBe(true);
});

test('Insert with no reply box open says so and changes nothing', async ({ openThread, openPanel }) => {
  const { page, tabId } = await openThread(
    'outlook-en-translation-deadline',
    outlookThreadUrl('AAQkAD70po2heing6DVKMft%2FLUYv3M11W9Ax%2FWxOuc8LyJ61Ux3mOsD4%3D'),
  );
  const panel = await openPanel(tabId);
  const before = await page.locator('body').innerText();
  const answer = await fromPanel(panel, { type: 'compose:insert', tabId, text: 'Hello', replace: null });
  expect(answer).toEqual({ ok: false, detail: 'no reply box is open' });
  expect(await page.locator('body').innerText()).toBe(before);
});
