import { outlookAdapter } from './outlook.ts';
import { OUTLOOK_COMPOSERS, OUTLOOK_EXPANDERS, OUTLOOK_THREAD_URLS } from './outlook-selectors.ts';
import type { PageKit } from './page-kit.ts';

export const OUTLOOK_PAGE: PageKit = {
  adapter: outlookAdapter,
  composers: OUTLOOK_COMPOSERS,
  expanders: OUTLOOK_EXPANDERS,
  threadUrls: OUTLOOK_THREAD_URLS,
};
