/**
 * "Expand all", on the user's request only (never automatic): opens the folded messages of the
 * visible thread so their full text can be read. Clicks go through the page's own handlers.
 */
export const GMAIL_EXPANDERS: readonly string[] = [
  // The "N older messages" bundle (InboxSDK, seen 2023–2026).
  '[role="main"] .adv .adx',
  // Collapsed message headers.
  '[role="main"] .kv .adf, [role="main"] .ky .adf',
];

export const OUTLOOK_EXPANDERS: readonly string[] = [
  // Collapsed conversation items (language-independent attribute).
  '[role="main"] [aria-expanded="false"]',
];

/** Clicks every expander found; returns how many were clicked. */
export function expandAll(doc: Document, expanders: readonly string[]): number {
  let clicked = 0;
  for (const selector of expanders) {
    for (const el of doc.querySelectorAll<HTMLElement>(selector)) {
      el.click();
      clicked++;
    }
  }
  return clicked;
}
