import { GMAIL_COMPOSERS } from './compose.ts';
import { GMAIL_EXPANDERS } from './expand.ts';
import { gmailAdapter } from './gmail.ts';
import type { PageKit } from './page-kit.ts';
import { GMAIL_THREAD_URLS } from './thread-url.ts';

export const GMAIL_PAGE: PageKit = {
  adapter: gmailAdapter,
  composers: GMAIL_COMPOSERS,
  expanders: GMAIL_EXPANDERS,
  threadUrls: GMAIL_THREAD_URLS,
};
