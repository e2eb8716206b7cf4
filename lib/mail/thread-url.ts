/**
 * URLs that open one thread. When the page is at such a URL but no thread can be read, the panel
 * says "couldn't read this thread"; elsewhere (the inbox, settings) it says no thread is open.
 */
export const GMAIL_THREAD_URLS: readonly RegExp[] = [
  // #inbox/FMfcgz…, #sent/…, #all/…, #starred/…, #imp/…, #snoozed/…, #spam/…, #trash/…
  /^https:\/\/mail\.google\.com\/mail\/u\/\d+\/[^#]*#(?:inbox|sent|all|starred|imp|snoozed|spam|trash|drafts|scheduled)\/[A-Za-z0-9]{10,}/,
  // #label/Clients/FMfcgz…, #search/devis/FMfcgz…, #category/updates/…
  /^https:\/\/mail\.google\.com\/mail\/u\/\d+\/[^#]*#(?:label|search|category|advanced-search)\/[^/]+\/[A-Za-z0-9]{10,}/,
];

export const OUTLOOK_THREAD_URLS: readonly RegExp[] = [
  // /mail/0/inbox/id/AAQk…, /mail/inbox/id/…
  /^https:\/\/outlook\.(?:live|office|office365)\.com\/mail\/(?:\d+\/)?(?:[^?#]*\/)?id\/[^/?#]+/,
  // /mail/deeplink/read/…
  /^https:\/\/outlook\.(?:live|office|office365)\.com\/mail\/(?:\d+\/)?deeplink\/read\/[^/?#]+/,
];

export function isThreadUrl(patterns: readonly RegExp[], url: string): boolean {
  return patterns.some((re) => re.test(url));
}
