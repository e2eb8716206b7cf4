import { describe, expect, it } from 'vitest';
import { GMAIL_THREAD_URLS } from './gmail-selectors.ts';
import { MAIL_HOST_PATTERNS, providerOfUrl } from './hosts.ts';
import { OUTLOOK_THREAD_URLS } from './outlook-selectors.ts';
import { isThreadUrl } from './thread-url.ts';

describe('mail hosts and thread URLs', () => {
  it('knows the four webmail hosts and nothing else', () => {
    expect(providerOfUrl('https://mail.google.com/mail/u/0/#inbox')).toBe('gmail');
    expect(providerOfUrl('https://outlook.office365.com/mail/')).toBe('outlook');
    expect(providerOfUrl('http://mail.google.com/')).toBeNull();
    expect(providerOfUrl('https://mail.google.com.evil.example/')).toBeNull();
    expect(providerOfUrl('not a url')).toBeNull();
    expect(MAIL_HOST_PATTERNS).toHaveLength(4);
  });

  it.each([
    ['gmail', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb', true],
    ['gmail', 'https://mail.google.com/mail/u/1/#label/Clients/FMfcgzKCFrVpHqRFdwbH', true],
    ['gmail', 'https://mail.google.com/mail/u/0/#inbox', false],
    ['gmail', 'https://mail.google.com/mail/u/0/#settings/general', false],
    ['outlook', 'https://outlook.live.com/mail/0/inbox/id/AAQkADU0', true],
    ['outlook', 'https://outlook.office.com/mail/inbox/id/AAQkAD70po2heing6DVKMft%2FLU', true],
    ['outlook', 'https://outlook.office.com/mail/inbox', false],
  ] as const)('%s %s is a thread page: %s', (provider, url, expected) => {
    expect(isThreadUrl(provider === 'gmail' ? GMAIL_THREAD_URLS : OUTLOOK_THREAD_URLS, url)).toBe(expected);
  });
});
