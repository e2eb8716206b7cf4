import { chains } from './selectors.ts';

/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com) DOM hooks,
 * shared SELECTORS.md §2. No library maintains these; obfuscated classes (C) change between
 * builds, so each chain ends on language-independent attributes. R = seen only in the fixtures.
 */
export const OUTLOOK = chains('outlook', {
  /** Reading pane; the message list and the folder tree sit outside it. */
  readingPane: [
    // A: the reading pane landmark, 2020 → 2026-11 (Mailvelope).
    '[role=main]',
    // A: reading pane container ids seen in OWA templates (2023 → 2026-11).
    '#ReadingPaneContainerId',
    '[data-app-section="MailReadCompose"]',
  ],

  /** The conversation inside the reading pane. */
  conversation: [
    // A: conversation container (OWA template "based on actual HTML", 2024).
    '[data-app-section="ConversationContainer"]',
    '#ConversationReadingPaneContainer',
  ],

  /** One element per message, expanded or collapsed; `aria-expanded` gives the state. */
  messageItems: [
    // C: message wrapper `.aVla3` > `[aria-expanded]` (Mailvelope, 2024 → 2026-11).
    '.aVla3 > [aria-expanded]',
    // C: the accessible "Email message" item (label localised, so only as a structural fallback).
    '[aria-expanded] [tabindex][aria-label]:has([data-testid="SentReceivedSavingLabel"])',
    // A: any expandable block holding a message body (expanded messages only).
    '[aria-expanded]:has([id^="UniqueMessageBody"])',
  ],

  subject: [
    // R: subject heading of the reading pane (2026-11 fixtures).
    '[role=heading] [title]',
    '[role=heading]',
    // C: subject span ids seen in third-party fixtures (`CONV_<id>_SUBJECT`, 2024).
    'span[id^="CONV_"][id$="_SUBJECT"]',
  ],

  /** Sender: `title` holds the address, text the name. */
  sender: [
    // C: sender name class (Mailvelope, 2024 → 2026-11).
    'span.OZZZK',
    // A (localised label): "From: Name" / "De : Name", title = address (R).
    '[aria-label^="From"] [title]',
    '[aria-label^="De"] [title]',
    // R: the first address-titled span of the header.
    'span[title*="@"]',
  ],

  /** "<address>" shown beside the name once expanded (R). */
  senderAddress: ['.ZrJ9i'],

  recipients: [
    // R: recipient wells (To, Cc), title = address (2026-11 fixtures).
    '[data-testid="RecipientWell"] [title]',
    // C: recipient chip class.
    '.pU1YL[title]',
  ],

  date: [
    // R: the sent/received label, full date in text and title (2026-11 fixtures).
    '[data-testid="SentReceivedSavingLabel"]',
    // C: its class.
    '.AL_OM',
  ],

  body: [
    // A: `div#UniqueMessageBody_N[role=document]` (live capture) or inside `div[role=document]` (template).
    '[id^="UniqueMessageBody"]',
    // A: the message document when the id changes.
    '[role=document]',
  ],

  /** One-line preview of a collapsed message. */
  preview: [
    // C: preview line of a collapsed item (2026-11 fixtures).
    '.XG5Jd.TszOG',
    '.TszOG',
    '.XG5Jd',
  ],

  /** Selected conversation of the message list. */
  selectedConversation: [
    // A: Mailvelope, 2022 → 2026-11.
    '#MailList [aria-selected="true"][data-convid]',
    // A: the same row when the list id changes.
    '[role=option][aria-selected="true"][data-convid]',
    '[aria-selected="true"][data-convid]',
  ],

  account: [
    // A/C: the mailbox root of the folder tree, address in `data-folder-name` / `title` (Mailvelope).
    '[id^="primaryMailboxRoot"]',
    // A: account manager button (label localised, may hold only the name).
    '#O365_MainLink_Me',
  ],
});

/**
 * Inline reply or pop-out compose: never read as a message. A list of selectors rather than one
 * selector list: looked up one by one, they match much faster.
 */
export const OUTLOOK_COMPOSE: readonly string[] = [
  '[contenteditable=true]',
  '[contenteditable=""]',
  '[data-app-section="Form_Content"]',
  '[id^="docking_InitVisiblePart"]',
];

/** Marks that the page is OWA even on a custom domain or pop-out (Briskine). */
export const OUTLOOK_PAGE_MARKS =
  'link[href*="/owamail/"], [href*="cdn.office.net"], meta[content*="owamail"]';

/** Reply editors, most specific first (SELECTORS.md §2 "Compose", §3). */
export const OUTLOOK_COMPOSERS: readonly string[] = [
  // Inline reply in the reading pane (Briskine, 2024–2026).
  '[role="main"] [contenteditable="true"][aria-multiline="true"][role="textbox"]',
  // Pop-out compose window.
  '[data-app-section="Form_Content"] [contenteditable="true"][aria-multiline="true"]',
  // ARIA hooks only.
  '[contenteditable="true"][aria-multiline="true"]',
];

/** What "Expand all" clicks, on the user's request only. */
export const OUTLOOK_EXPANDERS: readonly string[] = [
  // Collapsed conversation items (language-independent attribute).
  '[role="main"] [aria-expanded="false"]',
];

/** URLs that open one conversation. */
export const OUTLOOK_THREAD_URLS: readonly RegExp[] = [
  // /mail/0/inbox/id/AAQk…, /mail/inbox/id/…
  /^https:\/\/outlook\.(?:live|office|office365)\.com\/mail\/(?:\d+\/)?(?:[^?#]*\/)?id\/[^/?#]+/,
  // /mail/deeplink/read/…
  /^https:\/\/outlook\.(?:live|office|office365)\.com\/mail\/(?:\d+\/)?deeplink\/read\/[^/?#]+/,
];
