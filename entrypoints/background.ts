import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { z } from 'zod';
import { recountBadge, watchLedger } from '../lib/background/ledger-watch.ts';
import { route } from '../lib/background/router.ts';
import { openPanelFor } from '../lib/background/side-panel.ts';
import { forgetTab, saveDraft, saveTabState } from '../lib/background/tab-states.ts';
import { isMailUrl } from '../lib/mail/hosts.ts';
import { sendToTab } from '../lib/messages/index.ts';

const effects = { saveTabState, saveDraft, openPanel: openPanelFor, sendToTab, ledgerChanged: recountBadge };

export default defineBackground(() => {
  // The service worker forbids eval (MV3 CSP): zod must not even probe for it.
  z.config({ jitless: true });
  watchLedger();
  browser.runtime.onMessage.addListener((raw, sender, respond) => {
    // Extension pages (panel, popup, options) may sit in a tab too: tell them apart by origin.
    const fromPage = sender.url?.startsWith(browser.runtime.getURL('/')) === true;
    route(raw, fromPage ? undefined : sender.tab?.id, effects).then((answer) => answer && respond(answer));
    // Keep the channel open only for pages, which wait for an answer.
    return fromPage;
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-panel' && tab?.id !== undefined) void openPanelFor(tab.id);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A tab that leaves the mail hosts keeps no reading: its panel must not show a stale thread.
  // Without the "tabs" permission a tab's URL is visible only on the mail hosts: no URL means elsewhere.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void browser.tabs.get(tabId).then((tab) => {
      if (!isMailUrl(tab.url ?? '')) return forgetTab(tabId);
    });
  });
});
