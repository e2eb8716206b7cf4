/**
 * "Expand all", on the user's request only (never automatic): clicks every expander found (each
 * webmail's list is in its selectors file), through the page's own handlers; returns how many.
 */
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
