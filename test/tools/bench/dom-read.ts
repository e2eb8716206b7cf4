/**
 * Reading a 50-message thread page in happy-dom: the adapter's `read()` against the barest read
 * of the same page, `querySelectorAll` over the message items plus a `textContent` of each: what
 * any reader must at least do. (The same in Chromium: chromium.ts.)
 */
import type { MailAdapter } from '../../../lib/mail/adapter.ts';
import { gmailAdapter } from '../../../lib/mail/gmail.ts';
import { outlookAdapter } from '../../../lib/mail/outlook.ts';
import type { Thread } from '../../../lib/mail/thread.ts';
import { offlinePage } from '../offline-page.ts';
import { type BenchLine, benchLine, timeSync } from './line.ts';

/** The message items of each generated page: the baseline's one selector. */
export const ITEM_SELECTOR = { gmail: '[role=list] > [role=listitem]', outlook: '.aVla3' } as const;

/** The bare walk: every message item's text, nothing else. */
export function bareWalk(doc: Document, selector: string): number {
  let chars = 0;
  for (const el of Array.from(doc.querySelectorAll(selector))) chars += (el.textContent ?? '').length;
  return chars;
}

export async function benchHappyDomRead(
  provider: 'gmail' | 'outlook',
  html: string,
  url: string,
): Promise<{ line: BenchLine; thread: Thread }> {
  const adapter: MailAdapter = provider === 'gmail' ? gmailAdapter : outlookAdapter;
  const { doc, close } = offlinePage(html, url);
  try {
    const result = adapter.read(doc);
    if (!result.ok) throw new Error(`${provider} bench page unreadable: ${result.failure.reason}`);
    const count = result.thread.messages.length;
    const value = timeSync(() => adapter.read(doc), 5, 1000);
    const baseline = timeSync(() => bareWalk(doc, ITEM_SELECTOR[provider]), 5, 1000);
    const line = benchLine(
      `dom_read.happy_dom.${provider}_${count}_messages`,
      value,
      'ms',
      baseline,
      `${provider}Adapter.read on a generated ${count}-message page; baseline: querySelectorAll + textContent walk`,
    );
    return { line, thread: result.thread };
  } finally {
    await close();
  }
}
