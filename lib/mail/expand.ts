import type { WebmailProvider } from './thread.ts';

/**
 * "Expand all", on the user's request only (never automatic): opens the folded messages of the
 * visible thread so their full text can be read. Clicks go through the page's own handlers.
 */
const EXPANDERS: Record<WebmailProvider, Array<{ selector: string; serves: string }>> = {
  gmail: [
    { selector: '[role="main"] .adv .adx', serves: '"N older messages" bundle (seen 2023–2026)' },
    { selector: '[role="main"] .kv .adf, [role="main"] .ky .adf', serves: 'collapsed message headers' },
  ],
  outlook: [{ selector: '[role="main"] [aria-expanded="false"]', serves: 'collapsed conversation items' }],
};

/** Clicks every expander found; returns how many were clicked. */
export function expandAll(doc: Document, provider: WebmailProvider): number {
  let clicked = 0;
  for (const { selector } of EXPANDERS[provider]) {
    for (const el of doc.querySelectorAll<HTMLElement>(selector)) {
      el.click();
      clicked++;
    }
  }
  return clicked;
}
