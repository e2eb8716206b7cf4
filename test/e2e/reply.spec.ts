import type { Page } from '@playwright/test';
import { nowWithOffset, translator } from '../../lib/i18n/index.ts';
import { dayOf } from '../../lib/reply/date-format.ts';
import { latePaymentTerms } from '../../lib/reply/late-payment.ts';
import { formatMoney } from '../../lib/reply/money.ts';
import { expect, gmailThreadUrl, outlookThreadUrl, test } from './harness.ts';

const GMAIL_EDITOR = '.ip.adB .M9 [g_editable="true"]';
const OUTLOOK_EDITOR = '[role="main"] [contenteditable="true"][aria-multiline="true"]';
// The harness launches Chromium in en-GB: the panel speaks English.
const t = translator('en');

/** French replies keep numbers and units together with no-break spaces; compare them as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Waits for the Reply tab's analysis, then returns the suggested reply as the panel shows it. */
async function suggestedReply(panel: Page): Promise<string> {
  const box = panel.getByTestId('reply-text');
  await expect(box).toBeVisible({ timeout: 20_000 });
  await expect(box).not.toHaveValue('');
  return box.inputValue();
}

/** Clicks Insert with the webmail tab in front (the editor needs focus and a selection). */
async function insert(page: Page, panel: Page) {
  await page.bringToFront();
  await panel.getByRole('button', { name: t('action.insert') }).click();
  await expect(panel.getByRole('button', { name: t('action.inserted') })).toBeVisible();
}

test('an overdue French B2B invoice gets the firm reminder with interest and the 40 € indemnity', async ({
  openThread,
  openPanel,
}) => {
  const { page, tabId } = await openThread(
    'gmail-fr-facture-en-retard',
    gmailThreadUrl('FMfcgzKCFactureRetard2026031'),
  );
  const panel = await openPanel(tabId);
  const text = await suggestedReply(panel);

  const situation = panel.locator('#situation');
  await expect(situation).toHaveValue('auto');
  await expect(situation.locator('option').first()).toHaveText(
    t('reply.suggested', { situation: t('situation.payment_reminder_2') }),
  );
  await expect(panel.locator('input[name="register"][value="vous"]')).toBeChecked();

  // The invoice in the thread: n° 2026-031, 2 400,00 €, due on 30 October 2026. The panel uses
  // the real clock, so the expected interest is computed for today, the way lib/reply does.
  const terms = latePaymentTerms({ amount: 2400, dueDate: '2026-10-30', today: dayOf(nowWithOffset()) });
  expect(terms.daysLate).toBeGreaterThan(0);
  expect(terms.interest).toBeGreaterThan(0);
  expect(plain(text)).toContain(plain(formatMoney(terms.interest, 'EUR', 'fr')));
  expect(plain(text)).toContain('40 €');
  expect(plain(text)).toContain('2026-031');
  expect(text).toContain('L441-10');
  await panel.screenshot({ path: '/tmp/reply-gmail-fr-facture-en-retard.png', fullPage: true });

  await insert(page, panel);
  const firstLine = text.split('\n')[0] ?? '';
  expect(firstLine).toMatch(/^Bonjour Julien,/);
  const inserted = await page.locator(GMAIL_EDITOR).innerText();
  expect(inserted.startsWith(firstLine)).toBe(true);
  expect(inserted).toContain('40');
  expect(plain(inserted)).toContain(plain(formatMoney(terms.interest, 'EUR', 'fr')));
});

test('an aggressive English client gets the de-escalation reply, inserted in Outlook', async ({
  openThread,
  openPanel,
}) => {
  const { page, tabId } = await openThread(
    'outlook-en-aggressive-client',
    outlookThreadUrl('AAQkADMwNzQ4ZTk2LWFiZjMtNGQ1Ny1hNzQ3LTc5ZDMxZjE5YjI0OQAQAN3kqB7yHw9Lr2V5xq0sZ1c%3D'),
  );
  const panel = await openPanel(tabId);
  const text = await suggestedReply(panel);

  const situation = panel.locator('#situation');
  await expect(situation).toHaveValue('auto');
  await expect(situation.locator('option').first()).toHaveText(
    t('reply.suggested', { situation: t('situation.deescalate_aggressive') }),
  );
  await expect(panel.locator('input[name="register"][value="en"]')).toBeChecked();
  await expect(panel.getByTestId('reply-text')).toHaveAttribute('lang', 'en');
  expect(text).toMatch(/^Hello Richard,\n/);
  expect(text).toContain('I understand your dissatisfaction');
  await panel.screenshot({ path: '/tmp/reply-outlook-en-aggressive-client.png', fullPage: true });

  await insert(page, panel);
  const firstLine = text.split('\n')[0] ?? '';
  const inserted = await page.locator(OUTLOOK_EDITOR).innerText();
  expect(inserted.startsWith(firstLine)).toBe(true);
  expect(inserted).toContain('I suggest we talk it over by phone');
  // The quoted message stays under the reply.
  expect(inserted).toContain('This is completely unacceptable.');
});
