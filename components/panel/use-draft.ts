import { type Draft, DraftSchema, draftKey } from '../../lib/messages/index.ts';
import { useSessionValue } from '../common/use-tab-state.ts';

/** The draft in the tab's reply box, live from `storage.session` (the content script reports it). */
export function useDraft(tabId: number): Draft | null {
  return useSessionValue(draftKey(tabId), DraftSchema) ?? null;
}
