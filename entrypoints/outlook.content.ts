import { defineContentScript } from 'wxt/utils/define-content-script';
import { runReader } from '../lib/content/run-reader.ts';
import { OUTLOOK_HOST_PATTERNS } from '../lib/mail/hosts.ts';
import { outlookAdapter } from '../lib/mail/outlook.ts';

export default defineContentScript({
  matches: OUTLOOK_HOST_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    runReader(ctx, outlookAdapter);
  },
});
