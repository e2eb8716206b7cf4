import type { WebmailProvider } from './thread.ts';

/** The webmail hosts Parole reads, and the provider each one is. */
const MAIL_HOSTS: Record<string, WebmailProvider> = {
  'mail.google.com': 'gmail',
  'outlook.live.com': 'outlook',
  'outlook.office.com': 'outlook',
  'outlook.office365.com': 'outlook',
};

export function providerOfUrl(url: string | undefined | null): WebmailProvider | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' ? (MAIL_HOSTS[hostname] ?? null) : null;
  } catch {
    return null;
  }
}

export const isMailUrl = (url: string) => providerOfUrl(url) !== null;

/** Match patterns for the manifest and content scripts. */
export const MAIL_HOST_PATTERNS = Object.keys(MAIL_HOSTS).map((host) => `https://${host}/*`);
export const OUTLOOK_HOST_PATTERNS = Object.entries(MAIL_HOSTS)
  .filter(([, provider]) => provider === 'outlook')
  .map(([host]) => `https://${host}/*`);
