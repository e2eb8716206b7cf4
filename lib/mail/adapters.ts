import type { MailAdapter } from './adapter.ts';
import { gmailAdapter } from './gmail.ts';
import { providerOfUrl } from './hosts.ts';
import { outlookAdapter } from './outlook.ts';

/** Every webmail Parole reads. Content scripts import their own adapter; tools pick one here. */
export const ADAPTERS: readonly MailAdapter[] = [gmailAdapter, outlookAdapter];

/**
 * The adapter for a page: by host when the URL is a known webmail, else by what the document
 * looks like (saved pages, custom OWA domains, pop-outs). Null when no adapter recognises it.
 */
export function adapterFor(doc: Document, url?: string | null): MailAdapter | null {
  let address = url ?? null;
  if (!address) {
    try {
      address = doc.URL;
    } catch {
      address = null;
    }
  }
  const provider = providerOfUrl(address);
  if (provider) return ADAPTERS.find((a) => a.provider === provider) ?? null;
  return ADAPTERS.find((a) => a.recognises(doc)) ?? null;
}
