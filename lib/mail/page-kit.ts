import type { MailAdapter } from './adapter.ts';

/** Everything a content script needs to know about one webmail's page. */
export interface PageKit {
  adapter: MailAdapter;
  /** Reply editors, most specific first. */
  composers: readonly string[];
  /** What "Expand all" clicks. */
  expanders: readonly string[];
  /** URLs that open one thread. */
  threadUrls: readonly RegExp[];
}
