import { gmailAdapter } from './gmail.ts';
import { GMAIL_COMPOSERS, GMAIL_EXPANDERS, GMAIL_THREAD_URLS } from './gmail-selectors.ts';
import type { PageKit } from './page-kit.ts';

export const GMAIL_PAGE: PageKit = {
  adapter: gmailAdapter,
  composers: GMAIL_COMPOSERS,
  expanders: GMAIL_EXPANDERS,
  threadUrls: GMAIL_THREAD_URLS,
};
