import { test as base, expect, type Page } from '@playwright/test';
import { fixtureHtml, type Launched, launchWithExtension, tabIdOf } from '../tools/browser.ts';

export const GMAIL_URL = 'https://mail.google.com/mail/u/0/';
export const gmailThreadUrl = (id: string) => `${GMAIL_URL}#inbox/${id}`;
export const outlookThreadUrl = (id: string) => `https://outlook.live.com/mail/0/inbox/id/${id}`;

interface Fixtures {
  ext: Launched;
  /** Opens a saved page at a real webmail URL and returns the page and its tab id. */
  openThread(fixture: string, url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens the side panel page bound to a tab, as Chrome's per-tab panel does. */
  openPanel(tabId: number): Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  ext: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched);
    await launched.context.close();
  },
  openThread: async ({ ext }, use) => {
    await use(async (fixture, url) => {
      ext.serve(url.split('#')[0] ?? url, fixtureHtml(fixture));
      const page = await ext.context.newPage();
      await page.goto(url);
      return { page, tabId: await tabIdOf(ext.worker, page) };
    });
  },
  openPanel: async ({ ext }, use) => {
    await use(async (tabId) => {
      const panel = await ext.context.newPage();
      await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    });
  },
});

export { expect };
