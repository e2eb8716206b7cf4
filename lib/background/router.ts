import {
  accept,
  type CommandResult,
  ContentMessageSchema,
  type Draft,
  PageMessageSchema,
  type TabCommand,
  type TabState,
} from '../messages/index.ts';

/** What the background does with a message; injected so the routing can be tested alone. */
export interface RouterEffects {
  saveTabState(tabId: number, state: TabState): Promise<void>;
  saveDraft(tabId: number, draft: Draft | null): Promise<void>;
  openPanel(tabId: number): Promise<void>;
  sendToTab(tabId: number, command: TabCommand): Promise<CommandResult>;
  /** Recounts the badge after a page wrote to the ledger. */
  ledgerChanged?(): Promise<void>;
}

/**
 * Routes one received message. Content scripts (a sender with a tab) may only report; extension
 * pages may only ask. Anything malformed is dropped with a logged reason and never acted on.
 * Returns the answer to send back, or null when none is due.
 */
export async function route(
  raw: unknown,
  senderTabId: number | undefined,
  effects: RouterEffects,
): Promise<CommandResult | null> {
  if (senderTabId !== undefined) {
    const message = accept(ContentMessageSchema, raw, 'background');
    if (!message) return null;
    if (message.type === 'thread:changed') await effects.saveTabState(senderTabId, message.state);
    else await effects.saveDraft(senderTabId, message.draft);
    return null;
  }
  const message = accept(PageMessageSchema, raw, 'background');
  if (!message) return null;
  if (message.type === 'panel:open') {
    try {
      await effects.openPanel(message.tabId);
      return { ok: true, detail: 'opened' };
    } catch (e) {
      return { ok: false, detail: String(e) };
    }
  }
  if (message.type === 'ledger:changed') {
    await effects.ledgerChanged?.();
    return { ok: true, detail: 'recounted' };
  }
  const { tabId, ...command } = message;
  return effects.sendToTab(tabId, command);
}
