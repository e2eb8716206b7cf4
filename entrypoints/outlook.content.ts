import { defineContentScript } from 'wxt/utils/define-content-script';
import { runReader } from '../lib/content/run-reader.ts';
import { OUTLOOK_HOST_PATTERNS } from '../lib/mail/hosts.ts';
import { OUTLOOK_PAGE } from '../lib/mail/outlook-page.ts';

export default defineContentScript({
  matches: OUTLOOK_HOST_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    runReader(ctx, OUTLOOK_PAGE);
  },
});
