import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, gmailThreadUrl, test } from './harness.ts';

/**
 * The promise ledger end to end, on the built extension and the real clock. The fixture thread
 * (Léa and Paul, mockups V2) holds two commitments: Léa's V2 "vendredi" (20 November, already past
 * when this suite runs on or after 23 November 2026, so late) and Paul's deposit "d'ici mercredi"
 * (25 November).
 */

const THREAD = gmailThreadUrl('FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb');

const activeTabUrl = (worker: Worker) =>
  worker.evaluate(async () => {
    const { tabs } = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ url?: string }>> } };
      }
    ).chrome;
    return (await tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url ?? null;
  });

/** The ledger's controls keep the pages accessible (WCAG 2.1 AA, as the a11y suite checks). */
async function expectAccessible(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** The toolbar badge, set globally by the background. */
const badge = (worker: Worker) =>
  worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string> } } }
    ).chrome.action.getBadgeText({}),
  );

test('log from the panel, follow in the popup, export, delete, import: the same promises come back', async ({
  ext,
  openThread,
  openPanel,
}) => {
  const { tabId } = await openThread('gmail-fr-maquettes-v2', THREAD);
  const panel = await openPanel(tabId);
  await panel.getByRole('tab', { name: /Promises/ }).click();
  await expect(panel.getByTestId('commitment')).toHaveCount(2);

  // One click logs the thread's two commitments; the late one lights the badge.
  await panel.getByRole('button', { name: 'Log all (2)' }).click();
  await expect(panel.getByText('All logged')).toBeVisible();
  await expect(panel.getByTestId('promises-me').getByTestId('ledger-status')).toHaveText('Late');
  await expect(panel.getByTestId('promises-client').getByTestId('ledger-status')).toHaveText('Open');
  await expect.poll(() => badge(ext.worker)).toBe('1');
  // Logging is idempotent: the button is gone, and the panel offers no second log.
  await expect(panel.getByRole('button', { name: /^Log/ })).toHaveCount(0);

  // The popup lists mine under overdue and the client's under this week, with the client's name.
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(popup.getByTestId('count-overdue')).toHaveText('1');
  const overdue = popup.getByTestId('overdue-mine').getByTestId('popup-item');
  await expect(overdue).toHaveCount(1);
  await expect(overdue).toContainText('Paul Durand');
  await expect(overdue).toContainText('late');
  await expect(popup.getByTestId('this_week-theirs').getByTestId('popup-item')).toHaveCount(1);
  await expect(overdue.getByRole('button', { name: 'Open thread' })).toBeVisible();
  await expectAccessible(popup, 'popup with lists');
  await expectAccessible(panel, 'panel with logged promises');
  await popup.screenshot({ path: '/tmp/parole-k-popup-lists.png', fullPage: true });
  await panel.screenshot({ path: '/tmp/parole-k-panel-logged.png', fullPage: true });

  // "Open thread" brings back the tab already showing it rather than opening a second one.
  await popup.getByTestId('this_week-theirs').getByRole('button', { name: 'Open thread' }).click();
  await expect.poll(() => activeTabUrl(ext.worker)).toBe(THREAD);
  expect(ext.context.pages().filter((p) => p.url() === THREAD)).toHaveLength(1);

  // Mark it kept from the popup: it leaves the lists, the badge empties, the panel follows.
  await overdue.getByRole('button', { name: 'Mark kept' }).click();
  await expect(popup.getByTestId('count-overdue')).toHaveText('0');
  await expect(popup.getByTestId('list-overdue')).toHaveCount(0);
  await expect.poll(() => badge(ext.worker)).toBe('');
  await expect(panel.getByTestId('promises-me').getByTestId('ledger-status')).toHaveText('Kept');

  // Export the whole ledger from the options page.
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  const backup = await download.path();
  const exported = JSON.parse(readFileSync(backup, 'utf8')) as {
    format: string;
    promises: Array<{ text: string; status: string; due: string }>;
  };
  expect(exported.format).toBe('parole-export');
  expect(exported.promises.map((p) => p.status).sort()).toEqual(['kept', 'open']);

  // Delete everything (asked first): the popup is empty.
  await options.getByRole('button', { name: 'Delete everything' }).click();
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(options.getByTestId('data-outcome')).toHaveText('Everything is deleted.');
  await popup.reload();
  await expect(popup.getByTestId('popup-item')).toHaveCount(0);
  await expect(popup.getByText('Nothing pending')).toBeVisible();

  // A damaged file is refused with the path and reason of its first error; nothing changes.
  const damaged = readFileSync(backup, 'utf8').replace(/"due":"2026-11-25"/, '"due":"2026-13-25"');
  await options.getByLabel('Import a JSON export').setInputFiles({
    name: 'damaged.json',
    mimeType: 'application/json',
    buffer: Buffer.from(damaged),
  });
  await options.getByRole('button', { name: 'Replace' }).click();
  await expect(options.getByTestId('data-outcome')).toContainText('File refused, nothing changed.');
  await expect(options.getByTestId('data-outcome')).toContainText(
    /promises\[\d\]\.due: expected a real calendar day/,
  );
  await popup.reload();
  await expect(popup.getByText('Nothing pending')).toBeVisible();

  // Import the backup (asked first): the same promises are back, in the popup and the panel.
  await options.getByLabel('Import a JSON export').setInputFiles(backup);
  await expect(options.getByRole('alertdialog')).toContainText('Replace every promise');
  await expectAccessible(options, 'options asking to replace');
  await options.getByRole('button', { name: 'Replace' }).click();
  await expect(options.getByTestId('data-outcome')).toHaveText('Imported: 2 promises.');
  await popup.reload();
  await expect(popup.getByTestId('this_week-theirs').getByTestId('popup-item')).toHaveCount(1);
  await expect(popup.getByTestId('count-overdue')).toHaveText('0');
  await expect(panel.getByTestId('promises-me').getByTestId('ledger-status')).toHaveText('Kept');
  await expect(panel.getByTestId('promises-client').getByTestId('ledger-status')).toHaveText('Open');

  const [again] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  const reexported = JSON.parse(readFileSync(await again.path(), 'utf8')) as typeof exported;
  expect(reexported.promises).toEqual(exported.promises);

  await popup.screenshot({ path: '/tmp/parole-k-popup.png', fullPage: true });
  await options.screenshot({ path: '/tmp/parole-k-options.png', fullPage: true });
  await panel.screenshot({ path: '/tmp/parole-k-panel.png', fullPage: true });
});

test('a new day from the panel is kept in the history; the options change the popup language', async ({
  ext,
  openThread,
  openPanel,
}) => {
  const { tabId } = await openThread('gmail-fr-maquettes-v2', THREAD);
  const panel = await openPanel(tabId);
  await panel.getByRole('tab', { name: /Promises/ }).click();
  const client = panel.getByTestId('promises-client');
  await client.getByRole('button', { name: 'Log', exact: true }).click();
  await expect(client.getByTestId('ledger-status')).toHaveText('Open');
  // Only that one is logged: mine still offers its own Log button.
  await expect(
    panel.getByTestId('promises-me').getByRole('button', { name: 'Log', exact: true }),
  ).toBeVisible();

  await client.getByText('Edit').click();
  await client.getByLabel('New due day').fill('2026-12-02');
  await client.getByRole('button', { name: 'Move it' }).click();
  await expect(client.getByTestId('ledger-status')).toHaveText('Renegotiated');
  await expect(client).toContainText('Due Wednesday 2 December');
  await expect(client.getByLabel('Due day', { exact: true })).toHaveValue('2026-12-02');
  await expect(client.locator('.history')).toContainText('Wednesday 25 November → Wednesday 2 December');

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByLabel('Interface language').selectOption('fr');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Enregistré.');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Options de Parole');

  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(popup.getByTestId('list-later')).toContainText('Plus tard');
  await expect(popup.getByTestId('list-later').getByRole('button', { name: 'Marquer tenu' })).toBeVisible();
  await popup.screenshot({ path: '/tmp/parole-k-popup-fr.png', fullPage: true });
  await options.screenshot({ path: '/tmp/parole-k-options-fr.png', fullPage: true });
  await panel.screenshot({ path: '/tmp/parole-k-panel-edit.png', fullPage: true });
});
