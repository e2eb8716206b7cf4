/**
 * Saved webmail pages and HTML email bodies as the tools see them: parsed by happy-dom with no
 * script run and nothing fetched (stylesheets, frames, navigation), so every tool stays offline.
 */
import { Window } from 'happy-dom';

/** The page's own address from the "saved from url" comment browsers write, when present. */
export function savedUrl(html: string): string | null {
  return /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2000))?.[1] ?? null;
}

/** A parsed page and the way to release it. */
export function offlinePage(
  html: string,
  url?: string | null,
): { doc: Document; close: () => Promise<void> } {
  const window = new Window({
    ...(url ? { url } : {}),
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  window.document.write(html);
  return { doc: window.document as unknown as Document, close: () => window.happyDOM.close() };
}
