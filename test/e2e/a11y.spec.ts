import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, gmailThreadUrl, test } from './harness.ts';

const MAQUETTES = gmailThreadUrl('FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb');

async function expectNoViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = violations.map(
    (v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** The focused element shows a visible outline (focus is never invisible). */
async function expectVisibleFocus(page: Page) {
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return { width: Number.parseFloat(style.outlineWidth), style: style.outlineStyle };
  });
  expect(outline).not.toBeNull();
  expect(outline?.style).not.toBe('none');
  expect(outline?.width ?? 0).toBeGreaterThanOrEqual(2);
}

test('every tab of the side panel passes axe and works by keyboard', async ({ openThread, openPanel }) => {
  const { tabId } = await openThread('gmail-fr-maquettes-v2', MAQUETTES);
  const panel = await openPanel(tabId);
  await expect(panel.getByTestId('reply-text')).toBeVisible();
  const tabs = panel.getByRole('tab');
  const count = await tabs.count();
  expect(count).toBeGreaterThanOrEqual(5);
  // Keyboard: focus the selected tab, then arrow through every tab.
  await panel.getByRole('tab', { selected: true }).focus();
  await expectVisibleFocus(panel);
  for (let i = 0; i < count; i++) {
    const name = (await panel.getByRole('tab', { selected: true }).textContent()) ?? `tab ${i}`;
    await panel.waitForTimeout(150);
    await expectNoViolations(panel, `panel/${name}`);
    await panel.keyboard.press('ArrowRight');
    await expect(panel.getByRole('tab', { selected: true })).not.toHaveText(name);
  }
  // Back to the reply: Tab reaches its controls.
  await panel.getByRole('tab', { name: /Reply/ }).click();
  await panel.keyboard.press('Tab');
  await expectVisibleFocus(panel);
});

test('the popup passes axe and its button is reachable by keyboard', async ({ ext, openThread }) => {
  const { page } = await openThread('gmail-fr-maquettes-v2', MAQUETTES);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await page.bringToFront();
  await popup.reload();
  await expect(popup.getByTestId('active-provider')).toContainText('Gmail');
  await expectNoViolations(popup, 'popup');
  await popup.keyboard.press('Tab');
  await expectVisibleFocus(popup);
});

test('the options page passes axe and every field has a label', async ({ ext }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.locator('main')).toBeVisible();
  await expectNoViolations(options, 'options');
  await options.keyboard.press('Tab');
  await expectVisibleFocus(options);
});
