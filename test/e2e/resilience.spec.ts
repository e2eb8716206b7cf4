import { fixtureHtml, navigateInPage } from '../tools/browser.ts';
import { expect, gmailThreadUrl, test } from './harness.ts';

test('the service worker stopped mid-way (as MV3 suspends it) loses nothing and wakes on the next change', async ({
  ext,
  openThread,
  openPanel,
}) => {
  const { page, tabId } = await openThread(
    'gmail-fr-maquettes-v2',
    gmailThreadUrl('FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb'),
  );
  const panel = await openPanel(tabId);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Refonte du site – maquettes V2');

  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  // A panel opened while the worker is stopped still finds the tab's reading (session storage).
  const second = await openPanel(tabId);
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('Refonte du site – maquettes V2');

  // The content script's next report wakes the worker, and both panels follow.
  await navigateInPage(
    page,
    fixtureHtml('gmail-en-invoice-table'),
    gmailThreadUrl('FMfcgzKCInvoiceTable0042'),
  );
  await expect(panel.getByRole('heading', { level: 1 })).not.toHaveText('Refonte du site – maquettes V2');
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(
    (await panel.getByRole('heading', { level: 1 }).textContent()) ?? '',
  );
});

test('a panel bound to a tab never shows another tab’s thread', async ({ openThread, openPanel }) => {
  const first = await openThread('gmail-fr-maquettes-v2', gmailThreadUrl('FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb'));
  const second = await openThread(
    'gmail-en-invoice-table',
    gmailThreadUrl('FMfcgzJSNRnfcZSkmrsKRklDNJXvnXZl'),
  );
  const panelOne = await openPanel(first.tabId);
  const panelTwo = await openPanel(second.tabId);
  await expect(panelOne.getByRole('heading', { level: 1 })).toHaveText('Refonte du site – maquettes V2');
  await expect(panelTwo.getByRole('heading', { level: 1 })).not.toHaveText('Refonte du site – maquettes V2');
  // The first tab leaves the mail host: its panel says no thread, instead of a stale one.
  await first.page.route('https://example.org/**', (route) => route.fulfill({ body: '<p>elsewhere</p>' }));
  await first.page.goto('https://example.org/');
  await expect(panelOne.getByText('No thread is open in this tab.')).toBeVisible();
  await expect(panelTwo.getByRole('heading', { level: 1 })).not.toHaveText('Refonte du site – maquettes V2');
});

test('a full storage is said plainly, and nothing is pretended saved', async ({ openThread, openPanel }) => {
  const { tabId } = await openThread(
    'gmail-fr-maquettes-v2',
    gmailThreadUrl('FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb'),
  );
  const panel = await openPanel(tabId);
  await panel.getByRole('tab', { name: /Promises/ }).click();
  const mine = panel.getByTestId('promises-me');
  await expect(mine.getByRole('button', { name: 'Log' })).toBeVisible();
  // The browser refuses every write, as it does when the profile's quota is used up.
  await panel.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = full;
    IDBObjectStore.prototype.put = full;
  });
  await mine.getByRole('button', { name: 'Log' }).click();
  await expect(panel.getByTestId('store-problem')).toContainText("the browser's storage for it is full");
  await expect(mine.getByRole('button', { name: 'Log' })).toBeVisible();
  await expect(mine.getByTestId('ledger-status')).toHaveCount(0);
});

test('two panels logging and editing at once: nothing twice, nothing lost, each sees the other', async ({
  ext,
  openThread,
  openPanel,
}) => {
  const { tabId } = await openThread(
    'gmail-fr-maquettes-v2',
    gmailThreadUrl('FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb'),
  );
  const [one, two] = [await openPanel(tabId), await openPanel(tabId)];
  for (const panel of [one, two]) await panel.getByRole('tab', { name: /Promises/ }).click();
  // Both log the whole thread in the same moment (clicked from inside each page, so neither waits
  // for the other's live update to settle first).
  for (const panel of [one, two])
    await expect(panel.getByRole('button', { name: 'Log all (2)' })).toBeVisible();
  const press = ([scope, name]: readonly [string | null, string]) => {
    const root = scope ? document.querySelector(`[data-testid="${scope}"]`) : document;
    const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === name);
    button?.click();
    return button !== undefined;
  };
  expect(await Promise.all([one, two].map((p) => p.evaluate(press, [null, 'Log all (2)'] as const)))).toEqual(
    [true, true],
  );
  for (const panel of [one, two]) await expect(panel.getByText('All logged')).toBeVisible();
  const count = () =>
    ext.worker.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('parole');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('promises').objectStore('promises').count();
            request.onsuccess = () => resolve(request.result);
          };
        }),
    );
  expect(await count()).toBe(2);
  // One marks the client's promise kept while the other marks mine cancelled: both stick, both see both.
  expect(
    await Promise.all([
      one.evaluate(press, ['promises-client', 'Mark kept'] as const),
      two.evaluate(press, ['promises-me', 'Mark cancelled'] as const),
    ]),
  ).toEqual([true, true]);
  for (const panel of [one, two]) {
    await expect(panel.getByTestId('promises-client').getByTestId('ledger-status')).toHaveText('Kept');
    await expect(panel.getByTestId('promises-me').getByTestId('ledger-status')).toHaveText('Cancelled');
  }
});
