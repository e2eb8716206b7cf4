import type { Thread, WebmailProvider } from './thread.ts';

/** Why a page could not be read: shown to the user as "couldn't read this thread". */
export interface ReadFailure {
  reason: string;
  /** The named selectors (and alternatives) that were looked for. */
  tried: string[];
}

export type ReadResult = { ok: true; thread: Thread } | { ok: false; failure: ReadFailure };

/**
 * One webmail's reading of a `Document`. The only code that touches the host page's DOM.
 * Every adapter runs the same contract test suite (`test/adapter-contract.test.ts`).
 */
export interface MailAdapter {
  readonly provider: WebmailProvider;
  /** True when the document is this provider's page. */
  recognises(doc: Document): boolean;
  /** A stable key for the thread on screen (dedupes navigation), or null when none is visible. */
  threadKey(doc: Document): string | null;
  /** Reads the visible thread; never throws. */
  read(doc: Document): ReadResult;
}
