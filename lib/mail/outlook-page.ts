import { OUTLOOK_COMPOSERS } from './compose.ts';
import { OUTLOOK_EXPANDERS } from './expand.ts';
import { outlookAdapter } from './outlook.ts';
import type { PageKit } from './page-kit.ts';
import { OUTLOOK_THREAD_URLS } from './thread-url.ts';

export const OUTLOOK_PAGE: PageKit = {
  adapter: outlookAdapter,
  composers: OUTLOOK_COMPOSERS,
  expanders: OUTLOOK_EXPANDERS,
  threadUrls: OUTLOOK_THREAD_URLS,
};
