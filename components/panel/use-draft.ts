import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type Draft, DraftSchema, draftKey } from '../../lib/messages/index.ts';

/** The draft in the tab's reply box, live from `storage.session` (the content script reports it). */
export function useDraft(tabId: number): Draft | null {
  const [draft, setDraft] = useState<Draft | null>(null);
  useEffect(() => {
    const key = draftKey(tabId);
    const accept = (raw: unknown) => {
      const parsed = DraftSchema.safeParse(raw);
      setDraft(parsed.success ? parsed.data : null);
    };
    void browser.storage.session.get(key).then((stored) => accept(stored[key]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[key];
      if (area === 'session' && change) accept(change.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);
  return draft;
}
