import { chains } from './selectors.ts';

/**
 * Gmail's DOM hooks (shared SELECTORS.md §1, sources gmail.js and InboxSDK). Stability: A = ARIA
 * or data attribute used for years; B = class both libraries still use; C = obfuscated class.
 * Alternatives are tried in order; each comment says which layout it serves and when it was seen.
 */
export const GMAIL = chains('gmail', {
  /** The pane a view renders in. Several stay mounted; only the visible one is read. */
  main: [
    // A: every layout, conversation and preview pane (2014 → 2026-11).
    '[role=main]',
  ],

  /** The open thread inside the main pane; the thread list shares `[role=main]`. */
  threadContainer: [
    // C: conversation view and preview pane (`.ao9 .a98.iY`), layout shipped 2023-11-16 (InboxSDK).
    '.a98.iY',
    // C: 2022-10-21 layout, before the 2023-11 wrapper.
    '.g.id',
    // B: older conversation table (`table.Bs > tr`), seen by gmail.js until 2022.
    'table.Bs > tr',
    // C: preview pane holder, when the inner classes changed (2023-11).
    '.ao9',
  ],

  /** The thread heading: carries the thread ids. */
  threadHeading: [
    // A: legacy hex id on the subject heading (2019 → 2026-11).
    'h2[data-legacy-thread-id]',
    // A: permanent id only ("thread-f:<decimal>"), 2019 → 2026-11.
    'h2[data-thread-perm-id]',
    // B: subject heading class (InboxSDK getSubject, 2016 → 2026-11).
    'h2.hP',
  ],

  subject: [
    // B: 2016 → 2026-11.
    'h2.hP',
    // B: heading inside the subject bar, gmail.js fallback.
    '.ha h2',
    // A: any heading carrying the thread id.
    'h2[data-legacy-thread-id]',
  ],

  /** Message views, including collapsed ones and the hidden `.kQ` shells of a bundle. */
  messageItems: [
    // A: list items of the message list (InboxSDK, 2018 → 2026-11).
    '[role=list] > [role=listitem]',
    // B: the same views by state class, when the list roles are missing (gmail.js, 2016).
    '.h7, .kv, .ky, .kQ, .kx',
    // B: message roots alone (expanded messages only), the last resort.
    '.adn.ads',
  ],

  /** Expanded message root with its ids. */
  messageRoot: [
    // A/B: `data-message-id="#msg-f:<decimal>"` + `data-legacy-message-id` (2019 → 2026-11).
    '.adn.ads[data-message-id]',
    '[data-legacy-message-id]',
    '[data-message-id]',
  ],

  sender: [
    // B: sender chip with `email` and `name` attributes (gmail.js `span.gD`, 2016 → 2026-11).
    'span.gD[email]',
    // A: the header cell InboxSDK reads (`td.gF span[email]`).
    'td.gF span[email]',
    // A: any address-carrying span of the header, outside the recipients line.
    '.gE [email]:not(.g2)',
    // A: the sender's avatar (`jid` = address, `data-name`), when the name chip lost its attributes.
    'img[jid]',
  ],

  /** Visible recipients of an expanded message (To and Cc mixed). */
  recipients: [
    // B: recipients line, 2016 → 2026-11.
    '.hb span[email]',
    // B: recipient chips by class.
    'span.g2[email]',
  ],

  /** Full date in the `title` of the date label. */
  date: [
    // B: expanded header `.gK .g3`, collapsed header `td.gH > .g3` (InboxSDK, 2016 → 2026-11).
    'span.g3[title]',
    // B: any titled element of the date cell.
    '.gH [title]',
  ],

  body: [
    // B: body of an expanded message (2016 → 2026-11).
    'div.ii.gt div.a3s.aiL',
    // B: older body class (`.a3s.aXjCH`, until 2020).
    '.a3s',
    // B: gmail.js fallback.
    '.adP',
  ],

  /** One-line snippet of a collapsed message; rendered twice (wide and narrow rows). */
  snippet: [
    // B: 2016 → 2026-11.
    '.iA.g6',
    // C: snippet cell when the inner class is missing.
    '.g6',
  ],

  /** Account button, "Google Account: Name (email)" / "Compte Google : Name (email)". */
  accountButton: [
    // A (wording R): Google bar, 2020 → 2026-11.
    'header[role=banner] a[aria-label*="@"]',
    // A: the same link wherever the bar sits.
    'a[href*="accounts.google.com/SignOutOptions"][aria-label]',
  ],
});

/**
 * Compose editors sit inside the thread container: never read them as messages. A list of
 * selectors rather than one selector list: looked up one by one, they match much faster.
 */
export const GMAIL_COMPOSE: readonly string[] = [
  '.M9',
  '[g_editable]',
  '[contenteditable=true]',
  '[contenteditable=""]',
];

/** Message view state by class on the list item, first match wins (InboxSDK getViewState). */
export const GMAIL_VIEW_STATES = {
  // Folded into the "N older messages" bundle.
  kQ: 'hidden',
  kx: 'hidden',
  h7: 'expanded',
  kv: 'collapsed',
  ky: 'collapsed',
};

/**
 * Reply editors, most specific first (SELECTORS.md §1.4, §2 "Compose", §3). Kept per provider
 * so each content script carries only its own webmail's selectors.
 */
export const GMAIL_COMPOSERS: readonly string[] = [
  // Inline reply under a message (InboxSDK, seen 2023–2026).
  '.ip.adB .M9 .Ap [g_editable="true"]',
  // Pop-out compose window.
  '[role="dialog"] .Ap [g_editable="true"]',
  // Any compose body, older wrappers (gmail.js).
  '.M9 [g_editable="true"]',
  // ARIA hooks only, when the classes change.
  'div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
];

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
