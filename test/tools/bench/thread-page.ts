/**
 * Builds webmail pages of any length in the markup of the saved fixtures (test/fixtures/threads):
 * the fixture's expanded message is the template, cloned once per message with its sender, date,
 * ids and body replaced. Used by the benchmark (50-message pages) and by make-hostile.ts (hostile
 * bodies and names, 500-message threads), so both exercise the real adapters on realistic markup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { offlinePage } from '../offline-page.ts';

export interface PageMessage {
  name: string;
  email: string;
  /** Local wall time `YYYY-MM-DDTHH:mm`, as the page shows it. */
  sentAt: string;
  /** The body's HTML, inserted as is (it may be hostile on purpose). */
  bodyHtml: string;
}

export interface PageOptions {
  /** The subject (text, as a webmail shows it); the fixture's subject when absent. */
  subject?: string;
  /** Gmail: a thread number (decimal perm id), so two generated pages are two threads. */
  threadNumber?: bigint;
}

const FIXTURES = 'test/fixtures/threads';
export const GMAIL_TEMPLATE = 'gmail-fr-maquettes-v2';
export const OUTLOOK_TEMPLATE = 'outlook-en-translation-deadline';
export const GMAIL_PAGE_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzKCFrVpHqRFdwbHwwgRtLKdZJlb';
export const OUTLOOK_PAGE_URL =
  'https://outlook.office.com/mail/inbox/id/AAQkAD70po2heing6DVKMft%2FLUYv3M11W9Ax';

const FR_DAYS = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];
const FR_MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];
const EN_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function parts(wall: string) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall);
  if (!m) throw new Error(`not a wall time: ${wall}`);
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  return { y, mo, d, h, mi, weekday: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
}

/** Gmail's French title: "ven. 20 nov. 2026, 17:52". */
function gmailDate(wall: string): string {
  const { y, mo, d, h, mi, weekday } = parts(wall);
  return `${FR_DAYS[weekday]} ${d} ${FR_MONTHS[mo - 1]} ${y}, ${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
}

/** OWA's en-US label: "Fri 11/20/2026 5:05 PM". */
function outlookDate(wall: string): string {
  const { y, mo, d, h, mi, weekday } = parts(wall);
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${EN_DAYS[weekday]} ${mo}/${d}/${y} ${h12}:${String(mi).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

/** Placeholders written into the template once, replaced per message by string operations. */
const MARK = {
  items: '@@PAROLE_ITEMS@@',
  tail: '@@PAROLE_TAIL@@',
  name: '@@PAROLE_NAME@@',
  email: '@@PAROLE_EMAIL@@',
  date: '@@PAROLE_DATE@@',
  body: '@@PAROLE_BODY@@',
  index: '@@PAROLE_INDEX@@',
  decimal: '@@PAROLE_DECIMAL@@',
  hex: '@@PAROLE_HEX@@',
  subject: '@@PAROLE_SUBJECT@@',
  threadDecimal: '@@PAROLE_THREAD_DECIMAL@@',
  threadHex: '@@PAROLE_THREAD_HEX@@',
} as const;

interface Template {
  page: string;
  item: string;
  /** Markup appended inside the last message (Gmail's inline reply box). */
  tail: string;
  subject: string;
  thread: { decimal: string; hex: string };
}

const templates = new Map<string, Template>();

/**
 * The fixture turned into string templates, once per provider: DOM cloning in happy-dom costs
 * seconds for a 500-message page, string replacement milliseconds.
 */
async function templateOf(
  name: string,
  mark: (doc: Document) => Omit<Template, 'page' | 'item'> & { item: Element },
): Promise<Template> {
  const cached = templates.get(name);
  if (cached) return cached;
  const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
  const url = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/.exec(html)?.[1] ?? 'https://example.invalid/';
  const { doc, close } = offlinePage(html, url);
  try {
    const { item, ...rest } = mark(doc);
    const outer = item.outerHTML;
    const closing = outer.lastIndexOf('</');
    const itemHtml = `${outer.slice(0, closing)}${MARK.tail}${outer.slice(closing)}`;
    const list = item.parentElement as Element;
    list.innerHTML = MARK.items;
    const note = /<!--\s*saved from url=[^>]*-->/.exec(html)?.[0] ?? '';
    const template = {
      ...rest,
      item: itemHtml,
      page: `<!DOCTYPE html>\n${note}\n${doc.documentElement.outerHTML}`,
    };
    templates.set(name, template);
    return template;
  } finally {
    await close();
  }
}

function setAll(root: ParentNode, selector: string, attrs: Record<string, string>): void {
  for (const el of Array.from(root.querySelectorAll(selector)))
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
}

function setText(root: ParentNode, selector: string, text: string): void {
  for (const el of Array.from(root.querySelectorAll(selector))) el.textContent = text;
}

function fill(template: string, values: Record<string, string>): string {
  let out = template;
  for (const [mark, value] of Object.entries(values)) out = out.split(mark).join(value);
  return out;
}

function render(
  t: Template,
  messages: readonly PageMessage[],
  options: PageOptions,
  date: (wall: string) => string,
): string {
  const firstDecimal = 1882396840428038579n;
  const items = messages.map((m, i) => {
    const decimal = (firstDecimal + BigInt(i)).toString();
    return fill(t.item, {
      [MARK.name]: escapeHtml(m.name),
      [MARK.email]: escapeHtml(m.email),
      [MARK.date]: escapeHtml(date(m.sentAt)),
      [MARK.index]: String(i + 1),
      [MARK.decimal]: decimal,
      [MARK.hex]: BigInt(decimal).toString(16),
      [MARK.tail]: i === messages.length - 1 ? t.tail : '',
      // Last: a hostile body may contain what looks like a placeholder.
      [MARK.body]: m.bodyHtml,
    });
  });
  const thread = options.threadNumber;
  return fill(t.page, {
    [MARK.subject]: escapeHtml(options.subject ?? t.subject),
    [MARK.threadDecimal]: thread === undefined ? t.thread.decimal : thread.toString(),
    [MARK.threadHex]: thread === undefined ? t.thread.hex : thread.toString(16),
    [MARK.items]: items.join(''),
  });
}

/** A Gmail conversation view (French UI) with one expanded message per entry, oldest first. */
export async function gmailPage(
  messages: readonly PageMessage[],
  options: PageOptions = {},
): Promise<string> {
  const t = await templateOf(GMAIL_TEMPLATE, (doc) => {
    const item = doc.querySelector('[role=main] [role=list] > [role=listitem].h7');
    if (!item?.parentElement) throw new Error(`${GMAIL_TEMPLATE}: no expanded message to clone`);
    const compose = item.querySelector('.ip.adB');
    const tail = compose?.outerHTML ?? '';
    compose?.remove();
    setAll(item, '.adn.ads', {
      'data-message-id': `#msg-f:${MARK.decimal}`,
      'data-legacy-message-id': MARK.hex,
    });
    setAll(item, 'span.gD', { email: MARK.email, name: MARK.name, 'data-hovercard-id': MARK.email });
    setText(item, 'span.gD > span', MARK.name);
    setAll(item, 'img[jid]', { jid: MARK.email, 'data-hovercard-id': MARK.email, 'data-name': MARK.name });
    setText(item, '.go', `<${MARK.email}>`);
    setAll(item, 'span.g3[title]', { title: MARK.date, alt: MARK.date });
    setText(item, 'span.g3[title]', MARK.date);
    setText(item, 'div.a3s', MARK.body);
    const heading = doc.querySelector('h2[data-thread-perm-id]');
    const decimal = /(\d+)$/.exec(heading?.getAttribute('data-thread-perm-id') ?? '')?.[1] ?? '1';
    const subject = doc.querySelector('h2.hP')?.textContent ?? '';
    setText(doc, 'h2.hP', MARK.subject);
    doc.title = `${MARK.subject} - lea.martin@example.com - Gmail`;
    setAll(doc, 'h2[data-thread-perm-id], h2[data-legacy-thread-id]', {
      'data-thread-perm-id': `thread-f:${MARK.threadDecimal}`,
      'data-legacy-thread-id': MARK.threadHex,
    });
    return { item, tail, subject, thread: { decimal, hex: BigInt(decimal).toString(16) } };
  });
  return render(t, messages, options, gmailDate);
}

/** An Outlook on the web reading pane (en-US UI) with one expanded message per entry, oldest first. */
export async function outlookPage(
  messages: readonly PageMessage[],
  options: PageOptions = {},
): Promise<string> {
  const t = await templateOf(OUTLOOK_TEMPLATE, (doc) => {
    const item = doc.querySelector('.aVla3:has(> [aria-expanded="true"])');
    if (!item?.parentElement) throw new Error(`${OUTLOOK_TEMPLATE}: no expanded message to clone`);
    setAll(item, 'span.OZZZK', { title: MARK.email });
    setText(item, 'span.OZZZK', MARK.name);
    setAll(item, '[aria-label^="From"]', { 'aria-label': `From: ${MARK.name}` });
    setText(item, '.ZrJ9i', `<${MARK.email}>`);
    setAll(item, '[data-testid="SentReceivedSavingLabel"]', { title: MARK.date });
    setText(item, '[data-testid="SentReceivedSavingLabel"]', MARK.date);
    setAll(item, '[id^="UniqueMessageBody"]', { id: `UniqueMessageBody_${MARK.index}` });
    for (const body of Array.from(item.querySelectorAll('[id^="UniqueMessageBody"]')))
      body.innerHTML = `<div class="BIZfh"><div><div class="rps_375c">${MARK.body}</div></div></div>`;
    const subject = doc.querySelector('[role=heading] [title]')?.getAttribute('title') ?? '';
    setAll(doc, '[role=heading] [title]', { title: MARK.subject });
    setText(doc, '[role=heading] [title]', MARK.subject);
    return { item, tail: '', subject, thread: { decimal: '', hex: '' } };
  });
  return render(t, messages, options, outlookDate);
}

/** Escapes text for an HTML body. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Paragraphs as webmail composers write them. */
export function paragraphsHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<div>${escapeHtml(p)}</div><div><br></div>`).join('');
}

const EN = [
  'Thanks for the feedback on the mockups, the team liked the new homepage a lot.',
  "I'll send the revised V2 by Friday, with two options for the booking button.",
  'Could you send me the final photos and the copy for the about page by Monday?',
  'We will pay the deposit invoice by the end of the month, as agreed.',
  "I'll try to get back to you soon about the blog section, it was not in the original quote.",
  'Can we also add a newsletter popup? It should be quick, it is only a small change.',
  'The invoice for October is still unpaid, could you check with your accounting team?',
  'I will call you on Tuesday at 10am to go through the remaining points.',
  'Sorry for the delay on my side, the printer sent the wrong files last week.',
  'We need this urgently, ideally tonight, the board meets tomorrow morning.',
];

const FR = [
  'Merci pour votre retour sur les maquettes, la nouvelle page d’accueil plaît beaucoup.',
  'Je vous envoie la V2 vendredi en fin de journée, avec deux variantes pour le bouton.',
  'Pourriez-vous m’envoyer les photos définitives et les textes de la page À propos d’ici lundi ?',
  'Nous réglerons la facture d’acompte d’ici la fin du mois, comme convenu.',
  'Je reviens vers vous rapidement pour la partie blog, qui n’était pas dans le devis initial.',
  'On peut aussi rajouter une page newsletter ? Ce n’est qu’une petite modification.',
  'La facture d’octobre n’est toujours pas réglée, pouvez-vous vérifier avec votre comptable ?',
  'Je vous appelle mardi à 10 h pour faire le point sur ce qui reste.',
  'Désolée pour le retard de mon côté, l’imprimeur a envoyé les mauvais fichiers.',
  'C’est urgent, il nous le faut ce soir, le comité se réunit demain matin.',
];

const PEOPLE = [
  { name: 'Paul Durand', email: 'paul@maison-durand.example' },
  { name: 'Léa Martin', email: 'lea.martin@example.com' },
];

/** A realistic bilingual thread: messages alternate sender and language (en, fr), a few sentences each. */
export function bilingualMessages(count: number): PageMessage[] {
  const out: PageMessage[] = [];
  const start = Date.UTC(2026, 8, 1, 9, 0);
  for (let i = 0; i < count; i++) {
    const bank = i % 2 === 0 ? EN : FR;
    const person = PEOPLE[Math.floor(i / 2) % 2] as (typeof PEOPLE)[number];
    const greeting = i % 2 === 0 ? `Hi ${person.name.split(' ')[0]},` : 'Bonjour,';
    const body = [
      greeting,
      ...[0, 3, 7].map((k) => bank[(i + k) % bank.length] as string),
      i % 2 === 0 ? 'Best,' : 'Bonne journée,',
    ];
    const at = new Date(start + i * 17 * 3_600_000);
    out.push({
      ...person,
      sentAt: at.toISOString().slice(0, 16),
      bodyHtml: paragraphsHtml(body),
    });
  }
  return out;
}
