import { browser } from 'wxt/browser';
import { type Draft, draftKey, type TabState, tabStateKey } from '../messages/index.ts';

/**
 * Each tab's latest reading, kept in `storage.session`: it survives the service worker being
 * suspended, is never written to disk, and is dropped when the tab closes or leaves the mail host.
 */
export async function saveTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [tabStateKey(tabId)]: state });
}

export async function saveDraft(tabId: number, draft: Draft | null): Promise<void> {
  if (draft) await browser.storage.session.set({ [draftKey(tabId)]: draft });
  else await browser.storage.session.remove(draftKey(tabId));
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([tabStateKey(tabId), draftKey(tabId)]);
}
