import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { type TabState, TabStateSchema, tabStateKey } from '../../lib/messages/index.ts';

/**
 * The tab the panel belongs to: the `?tabId=` parameter wins (Chrome's per-tab panel, and tests);
 * otherwise the active tab of this window, followed as the user switches tabs (Firefox's sidebar).
 */
export function usePanelTabId(): number | null {
  const fixed = Number(new URLSearchParams(location.search).get('tabId'));
  const [tabId, setTabId] = useState<number | null>(Number.isInteger(fixed) && fixed > 0 ? fixed : null);
  useEffect(() => {
    if (Number.isInteger(fixed) && fixed > 0) return;
    let windowId: number | undefined;
    const follow = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      windowId = tab?.windowId;
      setTabId(tab?.id ?? null);
    };
    void follow();
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixed]);
  return tabId;
}

/**
 * A value the background keeps in `storage.session`, live, checked with its schema on every read:
 * `undefined` while loading, null when absent or malformed (or when there is no key).
 */
export function useSessionValue<T>(key: string | null, schema: z.ZodType<T>): T | null | undefined {
  const [value, setValue] = useState<T | null | undefined>(undefined);
  useEffect(() => {
    if (key === null) {
      setValue(null);
      return;
    }
    const accept = (raw: unknown) => {
      const parsed = schema.safeParse(raw);
      setValue(parsed.success ? parsed.data : null);
    };
    setValue(undefined);
    void browser.storage.session.get(key).then((stored) => accept(stored[key]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[key];
      if (area === 'session' && change) accept(change.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [key, schema]);
  return value;
}

/** A tab's reading, live from `storage.session`; `undefined` while loading, null when none. */
export function useTabState(tabId: number | null): TabState | null | undefined {
  return useSessionValue(tabId === null ? null : tabStateKey(tabId), TabStateSchema);
}
