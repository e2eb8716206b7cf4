/**
 * Whether a URL opens one thread (each webmail's patterns are in its selectors file). There, no
 * readable thread means "couldn't read this thread"; elsewhere (the inbox) no thread is open.
 */
export function isThreadUrl(patterns: readonly RegExp[], url: string): boolean {
  return patterns.some((re) => re.test(url));
}
