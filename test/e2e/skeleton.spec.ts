import { fixtureHtml, navigateInPage, tabIdOf } from '../tools/browser.ts';
import { expect, gmailThreadUrl, outlookThreadUrl, test } from './harness.ts';

test('the panel shows the Gmail thread in view: subject and each sender', async ({
  openThread,
  openPanel,
}) => {
  const { tabId } = await openThread(
    'gmail-fr-maquettes-v2',
    gmailThreadUrl('FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb'),
  );
  const panel = await openPanel(tabId);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Refonte du site – maquettes V2');
  await panel.getByRole('tab', { name: /Thread/ }).click();
  await expect(panel.getByTestId('sender')).toHaveText(['Paul Durand', 'Léa Martin', 'Paul Durand']);
  await expect(panel.getByTestId('message').last()).toContainText('je vous confirme le virement');
});

test('the panel shows an Outlook thread, oldest message first', async ({ openThread, openPanel }) => {
  const { tabId } = await openThread(
    'outlook-en-translation-deadline',
    outlookThreadUrl('AAQkADU0translation'),
  );
  const panel = await openPanel(tabId);
  await expect(panel.getByRole('heading', { level: 1 })).not.toBeEmpty();
  await panel.getByRole('tab', { name: /Thread/ }).click();
  await expect(panel.getByTestId('sender').first()).toBeVisible();
  const senders = await panel.getByTestId('sender').allTextContents();
  expect(senders.length).toBeGreaterThan(1);
});

test('moving to another thread in the same tab updates the panel', async ({ openThread, openPanel }) => {
  const { page, tabId } = await openThread(
    'gmail-fr-maquettes-v2',
    gmailThreadUrl('FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb'),
  );
  const panel = await openPanel(tabId);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Refonte du site – maquettes V2');
  await navigateInPage(
    page,
    fixtureHtml('gmail-en-invoice-table'),
    gmailThreadUrl('FMfcgzKCInvoiceTable0042'),
  );
  await expect(panel.getByRole('heading', { level: 1 })).not.toHaveText('Refonte du site – maquettes V2');
  await panel.getByRole('tab', { name: /Thread/ }).click();
  await expect(panel.getByTestId('sender').first()).not.toBeEmpty();
});

test('a page Parole cannot read says so and names what it looked for', async ({ ext, openPanel }) => {
  const url = gmailThreadUrl('FMfcgzKCBrokenLayout0001');
  ext.serve(url.split('#')[0] ?? url, broken());
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext.worker, page);
  const panel = await openPanel(tabId);
  const alert = panel.getByTestId('unreadable');
  await expect(alert).toContainText("Couldn't read this thread", { timeout: 20_000 });
  await expect(alert.locator('code').first()).not.toBeEmpty();
});

test('the popup names the active mail tab and opens its panel', async ({ ext, openThread }) => {
  const { page } = await openThread(
    'gmail-fr-maquettes-v2',
    gmailThreadUrl('FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb'),
  );
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await page.bringToFront();
  await popup.reload();
  await expect(popup.getByTestId('active-provider')).toContainText('Gmail');
  await expect(popup.getByTestId('active-provider')).toContainText('Refonte du site');
  await expect(popup.getByRole('button', { name: 'Open the side panel' })).toBeVisible();
  await expect(popup.getByTestId('count-overdue')).toHaveText('0');
});

/** A Gmail page whose layout Parole does not know: the thread pane has none of the expected hooks. */
function broken(): string {
  return `<!doctype html><html><head><title>Inbox - lea@example.com - Gmail</title></head>
  <body><div class="nH"><div class="unknown-layout"><h3>Quarterly report</h3><p>Some text.</p></div></div></body></html>`;
}
