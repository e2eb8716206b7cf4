import type { MailAdapter, ReadFailure } from './adapter.ts';
import type { Thread } from './thread.ts';
import { isThreadUrl } from './thread-url.ts';

/** What the content script reports for its tab (the `TabState` of lib/messages, without its clock). */
export type ReadState =
  | { status: 'none'; url: string }
  | { status: 'reading'; url: string }
  | { status: 'ready'; url: string; thread: Thread }
  | { status: 'unreadable'; url: string; failure: ReadFailure };

export interface WatchOptions {
  doc: Document;
  adapter: MailAdapter;
  /** URLs that open one thread (`thread-url.ts`): there, no thread means "couldn't read". */
  threadUrls: readonly RegExp[];
  signal: AbortSignal;
  onState(state: ReadState): void;
  /** How long a thread URL may show no readable thread before it is declared unreadable. */
  patienceMs?: number;
  /** Mutations are coalesced: a burst of DOM changes costs one read. */
  debounceMs?: number;
}

/**
 * Watches the page for the thread in view and reports each change of what can be read. A URL
 * change is not enough (the thread renders later), so this re-reads after DOM changes, debounced,
 * and only reports when the result differs from the last one.
 */
export function watchThread(options: WatchOptions): { refresh(): void } {
  const { doc, adapter, signal, onState, patienceMs = 6000, debounceMs = 200 } = options;
  const view = doc.defaultView;
  let last = '';
  let url = doc.location.href;
  let urlSince = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let patienceTimer: ReturnType<typeof setTimeout> | undefined;

  const evaluate = (): ReadState => {
    // No thread in view: on a thread's URL it may still be rendering, so wait before saying so.
    if (adapter.threadKey(doc) === null) {
      if (!isThreadUrl(options.threadUrls, url)) return { status: 'none', url };
      if (Date.now() - urlSince < patienceMs) return { status: 'reading', url };
    }
    const result = adapter.read(doc);
    return result.ok
      ? { status: 'ready', url, thread: { ...result.thread, url: result.thread.url ?? url } }
      : { status: 'unreadable', url, failure: result.failure };
  };

  const run = () => {
    timer = undefined;
    if (signal.aborted) return;
    if (doc.location.href !== url) {
      url = doc.location.href;
      urlSince = Date.now();
    }
    let state: ReadState;
    try {
      state = evaluate();
    } catch (e) {
      // An adapter must not throw; if one does, the page is still never disturbed.
      state = { status: 'unreadable', url, failure: { reason: `reader error: ${String(e)}`, tried: [] } };
    }
    if (state.status === 'reading') {
      clearTimeout(patienceTimer);
      patienceTimer = setTimeout(schedule, patienceMs - (Date.now() - urlSince) + 10);
    }
    const key = JSON.stringify(state);
    if (key === last) return;
    last = key;
    onState(state);
  };

  const schedule = () => {
    if (signal.aborted || timer !== undefined) return;
    timer = setTimeout(run, debounceMs);
  };

  const observer = view ? new view.MutationObserver(schedule) : null;
  // The whole document: webmail apps may swap <body> children (or <body> itself) between views.
  observer?.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['style', 'class', 'aria-expanded', 'aria-selected', 'hidden'],
  });
  signal.addEventListener('abort', () => {
    observer?.disconnect();
    clearTimeout(timer);
    clearTimeout(patienceTimer);
  });
  run();
  return { refresh: schedule };
}
