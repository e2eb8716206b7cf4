import { defineContentScript } from 'wxt/utils/define-content-script';
import { runReader } from '../lib/content/run-reader.ts';
import { GMAIL_PAGE } from '../lib/mail/gmail-page.ts';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runReader(ctx, GMAIL_PAGE);
  },
});
