import type { MailAdapter } from './adapter.ts';

export type WaitResult = { ok: true; key: string } | { ok: false; reason: 'timeout' | 'aborted' };

export interface WaitOptions {
  /** Give up after this long (InboxSDK waits 15 s for Gmail's main pane). */
  timeoutMs?: number;
  /** Mutations are coalesced: one check per burst. */
  debounceMs?: number;
}

/** Adapters may name the narrow subtree where their thread view appears. */
type Watchable = MailAdapter & { watchRoot?(doc: Document): Element | null };

/**
 * Resolves once the adapter sees a visible thread (`threadKey` is not null), after a location
 * change for example: the thread renders later than the URL changes. Watches only the adapter's
 * view root (Gmail's view slots, OWA's app root) for child and visibility changes, debounced.
 * Never rejects: a timeout or an abort resolves with a failure.
 */
export function waitForThread(
  doc: Document,
  adapter: Watchable,
  signal: AbortSignal,
  options: WaitOptions = {},
): Promise<WaitResult> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const debounceMs = options.debounceMs ?? 150;
  return new Promise((resolve) => {
    const key = adapter.threadKey(doc);
    if (key !== null) {
      resolve({ ok: true, key });
      return;
    }
    if (signal.aborted) {
      resolve({ ok: false, reason: 'aborted' });
      return;
    }
    let debounce: ReturnType<typeof setTimeout> | undefined;
    let observer: MutationObserver | null = null;
    let done = false;
    const finish = (result: WaitResult) => {
      done = true;
      clearTimeout(debounce);
      clearTimeout(deadline);
      observer?.disconnect();
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const check = () => {
      debounce = undefined;
      if (done) return;
      const found = adapter.threadKey(doc);
      if (found !== null) finish({ ok: true, key: found });
    };
    const onAbort = () => finish({ ok: false, reason: 'aborted' });
    const deadline = setTimeout(() => finish({ ok: false, reason: 'timeout' }), timeoutMs);
    signal.addEventListener('abort', onAbort);

    const Observer = doc.defaultView?.MutationObserver;
    const root = adapter.watchRoot?.(doc) ?? doc.body ?? doc.documentElement;
    if (Observer && root) {
      observer = new Observer(() => {
        if (debounce === undefined) debounce = setTimeout(check, debounceMs);
      });
      observer.observe(root, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['style', 'hidden', 'aria-selected'],
      });
    } else {
      // No observer (unusual host): poll at the debounce pace instead.
      const poll = () => {
        check();
        if (!done) debounce = setTimeout(poll, debounceMs);
      };
      debounce = setTimeout(poll, debounceMs);
    }
  });
}
