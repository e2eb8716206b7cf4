import { expect, gmailThreadUrl, test } from './harness.ts';

const MAQUETTES = gmailThreadUrl('FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb');
const GMAIL_EDITOR = '.ip.adB .M9 [g_editable="true"]';

test('the Promises tab lists mine and the client’s, each with its day', async ({ openThread, openPanel }) => {
  const { tabId } = await openThread('gmail-fr-maquettes-v2', MAQUETTES);
  const panel = await openPanel(tabId);
  await panel.getByRole('tab', { name: /Promises/ }).click();
  const mine = panel.getByTestId('promises-me');
  const theirs = panel.getByTestId('promises-client');
  await expect(mine.getByTestId('commitment')).toHaveCount(1);
  await expect(mine).toContainText('Je vous envoie la V2 vendredi');
  await expect(mine).toContainText('Due Friday 20 November');
  await expect(theirs.getByTestId('commitment').first()).toContainText("virement de l'acompte");
  await expect(theirs).toContainText('Due Wednesday 25 November');
  await expect(panel.getByTestId('requests')).toContainText('formulaire de contact');
});

test('a vague promise in my draft is flagged, and Apply rewrites it in the editor', async ({
  openThread,
  openPanel,
}) => {
  const { page, tabId } = await openThread('gmail-fr-maquettes-v2', MAQUETTES);
  const panel = await openPanel(tabId);
  await page.bringToFront();
  const editor = page.locator(GMAIL_EDITOR);
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Je vais essayer de vous envoyer la V3 bientôt.');
  await panel.getByRole('tab', { name: /My draft/ }).click();
  const flag = panel.getByTestId('draft-flag').filter({ hasText: 'Vague promise' }).first();
  await expect(flag).toBeVisible();
  await expect(flag.locator('code')).not.toBeEmpty();
  await expect(panel.getByTestId('meter-clarity')).toBeVisible();
  await page.bringToFront();
  await flag.getByRole('button', { name: 'Apply' }).click();
  await expect(editor).not.toContainText('essayer');
  await expect(editor).not.toContainText('bientôt');
  await expect(editor).toContainText('la V3');
  // What was typed before the fixed span is untouched.
  await expect(editor).toContainText(
    'Merci pour votre retour, je regarde pour le formulaire sur la page Tarifs.',
  );
});

test('a flag dismissed for this draft goes away', async ({ openThread, openPanel }) => {
  const { page, tabId } = await openThread('gmail-fr-maquettes-v2', MAQUETTES);
  const panel = await openPanel(tabId);
  await page.bringToFront();
  await page.locator(GMAIL_EDITOR).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' JE SUIS DÉSOLÉ!!!');
  await panel.getByRole('tab', { name: /My draft/ }).click();
  const flags = panel.getByTestId('draft-flag');
  await expect(flags.first()).toBeVisible();
  const before = await flags.count();
  await flags.first().getByRole('button', { name: 'Dismiss' }).click();
  await expect(flags).toHaveCount(before - 1);
});
