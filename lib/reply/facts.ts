import { announcesDelivery } from '../analysis/delivery-lexicon.ts';
import { splitSentences } from '../analysis/sentences.ts';
import type { Commitment, Lang } from '../analysis/types.ts';
import { addresseeOf, clientMessages, greetingName, myAddress, myNameInThread } from './addressee.ts';
import {
  addDays,
  addWorkingDays,
  dayOf,
  daysBetween,
  formatClock,
  formatDay,
  formatWorkingDays,
} from './date-format.ts';
import { extractInvoiceFacts, findInvoiceFact, parseAmount } from './invoice-facts.ts';
import { lateFeesApply, latePaymentTerms } from './late-payment.ts';
import { formatMoney, formatPercent, formatPrice, roundCents } from './money.ts';
import type { Flag } from './playbook.ts';
import { COMMON } from './playbooks/common.ts';
import { parseRecapNotes } from './recap-notes.ts';
import { adaptRegister, clientActionAsMine } from './register.ts';
import { type LedgerPromise, langOf, type ReplyInput } from './types.ts';

/** What a reply is filled with: slot values (null = unknown, written as a blank) and flags. */
export interface ReplyFacts {
  lang: Lang;
  slots: Record<string, string | null>;
  flags: Set<Flag>;
}

/** Days a reminder gives to pay, and the formal notice's final deadline (8 days is the custom). */
export const PAY_WITHIN_DAYS = 7;
export const FORMAL_NOTICE_DAYS = 8;

/** Picks `{{vous|tu}}` alternatives in a French template; English templates have none. */
export function chooseRegister(template: string, register: ReplyInput['register']): string {
  return template.replace(/\{\{([^|{}]*)\|([^|{}]*)\}\}/g, (_m, vous: string, tu: string) =>
    register === 'tu' ? tu : vous,
  );
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Quotes the client's or my words: « … » in French, "…" in English, on one line. */
export function quote(text: string, lang: Lang): string {
  // A final period would double the sentence's own punctuation after the closing quote.
  const oneLine = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<!\.)\.$/u, '');
  return lang === 'fr' ? `« ${oneLine} »` : `“${oneLine}”`;
}

/** "a, b et c" / "a, b and c". */
function listPhrase(items: readonly string[], lang: Lang): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')}${lang === 'fr' ? ' et ' : ' and '}${items.at(-1)}`;
}

function latest<T extends { message_index: number }>(items: readonly T[]): T | undefined {
  return [...items].sort((a, b) => b.message_index - a.message_index)[0];
}

/** The promise to talk about: a dated one first, the newest among equals. */
function pickPromise(commitments: readonly Commitment[]): Commitment | undefined {
  return latest(commitments.filter((c) => c.due !== null)) ?? latest(commitments);
}

/**
 * Whether a commitment was read whole. A collapsed message shows only a snippet, cut mid-sentence
 * by the webmail: a promise that runs to the end of a snippet with no closing punctuation is a
 * fragment ("I'll fix the list and send you an updated") and cannot be restated to the client.
 */
function readWhole(c: Commitment, thread: ReplyInput['thread']): boolean {
  const message = thread.messages[c.message_index];
  if (!message?.collapsed) return true;
  const snippet = message.text.trim();
  return !(snippet.endsWith(c.text.trim()) && !/[.!?…)»”"']$/u.test(snippet));
}

/** Restated words keep one space between words and none before a comma or a period. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/ +([,.])/gu, '$1')
    .trim();
}

/** A quoted sentence without the greeting a collapsed snippet starts with ("Hi Daniel, Quick one – …"). */
const LEADING_GREETING =
  /^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Bb]onjour|[Bb]onsoir|[Ss]alut|[Cc]oucou)(?:\s+\p{Lu}[\p{L}'’-]*)?\s*[,!–—-]\s*)(?:[Qq]uick one\s*[–—:-]\s*|[Pp]etite question\s*[–—:-]\s*)?/u;

function withoutGreeting(sentence: string): string {
  const rest = sentence.replace(LEADING_GREETING, '');
  return rest.length > 0 && rest !== sentence ? rest.charAt(0).toUpperCase() + rest.slice(1) : sentence;
}

/** Words that say what a sentence is about: long enough, not grammar (compared on their first 5 letters). */
const GRAMMAR = new Set(
  'about also could would should while your youre there their these those which with from have this that will just some nothing pour avec dans cette votre notre vous nous aussi est-ce pourrait pourriez faire sera'.split(
    ' ',
  ),
);
function topicWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [])
      .map((w) => w.replace(/['’]/gu, ''))
      .filter((w) => !GRAMMAR.has(w))
      .map((w) => w.slice(0, 5)),
  );
}

/**
 * The price I gave for the new request: an amount in a sentence of mine, written after the
 * request, that shares a word with it ("For 6 social media templates … the price is €580").
 * "HT" / "excl. VAT" written next to it is kept.
 */
function priceIGave(
  thread: ReplyInput['thread'],
  mine: (index: number) => boolean,
  after: number,
  request: string,
  lang: Lang,
): string | null {
  const topic = topicWords(request);
  for (let i = thread.messages.length - 1; i > after; i--) {
    const message = thread.messages[i];
    if (!message || !mine(i)) continue;
    for (const sentence of splitSentences(message.text)) {
      const found = findInvoiceFact(sentence.text, 'amount');
      if (!found) continue;
      if (![...topicWords(sentence.text)].some((w) => topic.has(w))) continue;
      const amount = parseAmount(found.value);
      if (amount === null) continue;
      const currency = /\$|USD/i.test(found.match) ? 'USD' : /£|GBP/i.test(found.match) ? 'GBP' : 'EUR';
      const tail = sentence.text.slice(sentence.text.indexOf(found.match) + found.match.length);
      const net = /^\s*(?:HT\b|hors\s+taxes|excl(?:\.|uding)?\s+VAT|\+\s*VAT|ex\.?\s+VAT)/iu.test(tail);
      return `${formatPrice(amount, currency, lang)}${net ? (lang === 'fr' ? ' HT' : ' excl. VAT') : ''}`;
    }
  }
  return null;
}

export function buildFacts(input: ReplyInput): ReplyFacts {
  const { thread, analysis, profile, register } = input;
  const lang = langOf(register);
  const today = dayOf(input.now);
  const day = (value: string | null | undefined): string | null =>
    value ? formatDay(value, lang, today) : null;
  const money = (value: number, currency: string): string => formatMoney(value, currency, lang);
  const flags = new Set<Flag>();
  const slots: Record<string, string | null> = {};
  const common = COMMON[lang];
  const reg = (template: string): string => chooseRegister(template, register);

  // People.
  const myName = profile.name ?? myNameInThread(thread, analysis);
  const myFirstName = myName?.split(/\s+/)[0] ?? null;
  const addressee = addresseeOf(thread, analysis, myFirstName);
  slots.name = greetingName(addressee, lang, register);
  slots.signature = profile.signature ?? myName;
  slots.subject = thread.subject?.replace(/^\s*(?:(?:re|tr|fw|fwd|réf)\s*:\s*)+/iu, '').trim() || null;

  // Days the reply proposes: the next working day for small acts (a quote, a call, an answer).
  const workingDays = profile.workingDays;
  slots.today = day(today);
  slots.next_working_day = day(addWorkingDays(today, 1, workingDays));
  slots.proposed_day = day(addWorkingDays(today, 3, workingDays));
  slots.reply_by = day(addWorkingDays(today, 2, workingDays));
  slots.next_week = day(addDays(today, 7));
  slots.pay_by = day(addDays(today, PAY_WITHIN_DAYS));
  slots.notice_deadline = day(addDays(today, FORMAL_NOTICE_DAYS));
  slots.working_days = formatWorkingDays(workingDays.length > 0 ? workingDays : [1, 2, 3, 4, 5], lang);
  slots.hours_start = formatClock(profile.workingHours.start, lang);
  slots.hours_end = formatClock(profile.workingHours.end, lang);
  slots.response_time = profile.responseTime ?? null;
  if (profile.responseTime) flags.add('response_time');

  // Promises read in the thread. Mine are restated only while still to come (no day, or a day not
  // yet passed): one whose day has passed is reported as kept (the client thanked me for it, or I
  // announced the delivery since) or as late, never as if it were still ahead.
  const phrase = (text: string | null): string | null => {
    const adapted = text ? adaptRegister(text, register) : null;
    return adapted ? tidy(adapted) : null;
  };
  const me = myAddress(thread, analysis);
  const isMine = (index: number): boolean =>
    me !== null && thread.messages[index]?.from.email?.toLowerCase() === me;
  const whole = analysis.commitments.filter((c) => readWhole(c, thread));
  const myWhole = whole.filter((c) => c.owner === 'me');
  const mine = pickPromise(myWhole.filter((c) => c.due === null || c.due >= today));
  const past = mine ? undefined : latest(myWhole.filter((c) => c.due !== null && c.due < today));
  const theirs = pickPromise(whole.filter((c) => c.owner === 'client'));
  /** The sentence of mine that announces a delivery, newest first, read whole. */
  const announcement = (() => {
    for (let i = thread.messages.length - 1; i >= 0; i--) {
      const message = thread.messages[i];
      if (!message || !isMine(i)) continue;
      const sentences = splitSentences(message.text);
      for (const [k, sentence] of sentences.entries()) {
        const cut = message.collapsed && k === sentences.length - 1 && !/[.!?…)»”"']$/u.test(sentence.text);
        if (!cut && announcesDelivery(sentence.text))
          return { index: i, text: sentence.text, day: message.sent_at?.slice(0, 10) ?? null };
      }
    }
    return null;
  })();
  if (mine) {
    flags.add('my_promise');
    slots.my_action = phrase(mine.action);
    if (slots.my_action) flags.add('my_action');
    slots.my_promise = quote(mine.text, lang);
    slots.my_due = day(mine.due);
  }
  slots.my_commitment = slots.my_action ?? slots.my_promise ?? null;
  if (past) {
    const kept =
      analysis.signals.some((g) => g.signal === 'appreciation' && g.message_index > past.message_index) ||
      (announcement !== null && announcement.index > past.message_index);
    flags.add(kept ? 'my_delivered' : 'my_late');
    slots.past_commitment = phrase(past.action) ?? quote(past.text, lang);
    slots.past_due = day(past.due);
  }
  // The facts a calm reply restates: what I last announced as delivered, else my last dated promise.
  slots.facts = null;
  if (announcement) {
    const said = quote(withoutGreeting(announcement.text), lang);
    const when = day(announcement.day);
    slots.facts =
      lang === 'fr'
        ? when
          ? `mon message du ${when} indiquait ${said}`
          : `mon dernier message indiquait ${said}`
        : when
          ? `my message of ${when} said ${said}`
          : `my last message said ${said}`;
  } else if (past && slots.past_commitment && slots.past_due) {
    slots.facts =
      lang === 'fr'
        ? `mon engagement portait sur ${slots.past_commitment}, pour le ${slots.past_due}`
        : `I had committed to ${slots.past_commitment}, by ${slots.past_due}`;
  }
  const vagueTheirs =
    latest(whole.filter((c) => c.owner === 'client' && (c.vague || c.due === null))) ?? theirs;
  const clientPromise = input.situation === 'ask_client_for_date' ? vagueTheirs : theirs;
  if (clientPromise) {
    flags.add('client_promise');
    const action = clientPromise.action ? clientActionAsMine(clientPromise.action, lang) : null;
    slots.client_action = action ? tidy(action) : null;
    if (slots.client_action) flags.add('client_action');
    slots.client_promise = quote(clientPromise.text, lang);
    slots.client_due = day(clientPromise.due);
    if (clientPromise.due) flags.add('client_promise_dated');
  }
  slots.client_commitment = slots.client_action ?? slots.client_promise ?? null;

  // What the client asks for: the scope-creep sentence (one that asks for new work, not one that
  // only haggles over the price), else their newest request. A price I gave for it fills the cost.
  const clientMsgs = clientMessages(thread, analysis);
  const haggling = new Set(
    analysis.signals
      .filter((g) => g.signal === 'price_pushback')
      .map((g) => `${g.message_index}:${g.evidence}`),
  );
  const creeping = analysis.signals.filter((g) => g.signal === 'scope_creep');
  const scope =
    latest(creeping.filter((g) => !haggling.has(`${g.message_index}:${g.evidence}`))) ?? latest(creeping);
  const request = latest(analysis.requests.filter((r) => r.from === 'client'));
  const askedIn = scope ?? request ?? null;
  const asked = scope?.evidence ?? request?.text ?? null;
  slots.request = asked ? quote(withoutGreeting(asked), lang) : null;
  if (asked) flags.add('request');
  slots.cost = asked && askedIn ? priceIGave(thread, isMine, askedIn.message_index, asked, lang) : null;
  if (slots.cost) flags.add('cost');

  // The message that came outside working hours.
  const offHours = latest(analysis.signals.filter((s) => s.signal === 'off_hours' || s.signal === 'urgency'));
  const offMessage = offHours ? thread.messages[offHours.message_index] : clientMsgs.at(-1);
  if (offMessage?.sent_at) {
    const [msgDay, msgTime = '00:00'] = offMessage.sent_at.split('T') as [string, string?];
    slots.off_hours_when =
      lang === 'fr'
        ? `${formatDay(msgDay, lang, today)} à ${formatClock(msgTime, lang)}`
        : `${formatDay(msgDay, lang, today)} at ${formatClock(msgTime, lang)}`;
    flags.add('off_hours_message');
  }

  // The client's newest message, after my last one, answers about the payment: the reply thanks
  // them and asks for a firm date instead of asking what holds it up.
  const lastMine = thread.messages.findLastIndex((_m, i) => isMine(i));
  const lastClient = thread.messages.findLastIndex((_m, i) => !isMine(i));
  if (
    lastClient > lastMine &&
    analysis.signals.some((g) => g.signal === 'payment_delay' && g.message_index === lastClient)
  )
    flags.add('client_payment_reply');

  // Invoice: the caller's values win over what the thread says.
  const read = extractInvoiceFacts(thread, today);
  const invoice = {
    number: input.invoice?.number ?? read.number,
    amount: input.invoice?.amount ?? read.amount,
    currency: input.invoice?.currency ?? read.currency,
    dueDate: input.invoice?.dueDate ?? read.dueDate,
    rate: input.invoice?.rate ?? null,
  };
  slots.invoice_number = invoice.number;
  slots.amount = invoice.amount !== null ? money(invoice.amount, invoice.currency) : null;
  slots.due_date = day(invoice.dueDate);
  const daysLate = invoice.dueDate ? daysBetween(invoice.dueDate, today) : null;
  if (daysLate !== null && daysLate > 0) flags.add('overdue');
  const lateDays = daysLate !== null ? Math.max(0, daysLate) : null;
  slots.days_late =
    lateDays !== null
      ? fill(lateDays === 1 ? common.days.one : common.days.many, { n: String(lateDays) })
      : null;
  slots.interest = null;
  slots.rate = null;
  slots.total_due = null;
  if (lateFeesApply(profile.country, profile.clientKind)) {
    flags.add('late_fees');
    if (invoice.rate != null) flags.add('invoice_rate');
    // The rate is known even when the due day is not (today's semester); the interest is not.
    const terms = latePaymentTerms({
      amount: invoice.amount ?? 0,
      dueDate: invoice.dueDate ?? today,
      today,
      invoiceRate: invoice.rate,
    });
    slots.rate = formatPercent(terms.ratePercent, lang);
    slots.rate_basis = common.rateBasis[terms.rateSource];
    if (invoice.amount !== null && invoice.dueDate) {
      slots.interest = money(terms.interest, invoice.currency);
      slots.total_due = money(
        roundCents(invoice.amount + terms.interest + terms.indemnity),
        invoice.currency,
      );
    }
  }

  // Call notes.
  const names = { me: myFirstName, client: addressee.firstName };
  if (input.notes?.trim()) {
    flags.add('notes');
    const notes = parseRecapNotes(input.notes, today, names, lang);
    if (notes.decisions.length > 0) {
      flags.add('decisions');
      slots.decisions = notes.decisions.map((d) => fill(common.items.decision, { decision: d })).join('\n');
    }
    if (notes.actions.length > 0) {
      flags.add('actions');
      slots.actions = notes.actions
        .map((a) =>
          fill(reg(common.items.action), {
            owner:
              a.owner === 'me'
                ? (myFirstName ?? (lang === 'fr' ? 'moi' : 'me'))
                : a.owner === 'client'
                  ? (addressee.firstName ?? reg(common.owners.client))
                  : (a.ownerName ?? ''),
            action: a.action,
            due: day(a.due) ?? common.blanks.my_due ?? '[jour]',
          }),
        )
        .join('\n');
    }
  }

  // Weekly status: the ledger, else the thread's promises.
  const promises: LedgerPromise[] =
    input.ledger?.promises ??
    analysis.commitments.map((c) => ({
      owner: c.owner,
      text: c.text,
      action: c.action,
      due: c.due,
      status: 'open' as const,
      since: thread.messages[c.message_index]?.sent_at?.slice(0, 10) ?? null,
    }));
  const label = (p: LedgerPromise): string => {
    const mineOrTheirs =
      p.owner === 'client' && p.action ? clientActionAsMine(p.action, lang) : phrase(p.action);
    return mineOrTheirs ? tidy(mineOrTheirs) : quote(p.text, lang);
  };
  const isOpen = (p: LedgerPromise): boolean =>
    p.status === 'open' || p.status === 'renegotiated' || p.status === 'late';
  const late = (p: LedgerPromise): boolean =>
    p.status === 'late' || (isOpen(p) && p.due !== null && p.due < today);
  const list = (items: LedgerPromise[], template: string): string =>
    items
      .map((p) =>
        fill(reg(template), {
          action: label(p),
          due: day(p.due) ?? common.blanks.my_due ?? '',
          since: day(p.since) ?? common.blanks.my_due ?? '',
        }),
      )
      .join('\n');
  const done = promises.filter((p) => p.status === 'kept' && p.owner === 'me');
  const next = promises.filter((p) => p.owner === 'me' && isOpen(p) && !late(p));
  const waiting = promises.filter((p) => p.owner === 'client' && isOpen(p));
  const risks = promises.filter((p) => p.owner === 'me' && late(p));
  const none = reg(common.items.none);
  const mineOpen = promises.filter((p) => p.owner === 'me' && isOpen(p));
  slots.deliverables = mineOpen.length > 0 ? listPhrase(mineOpen.map(label), lang) : null;
  if (mineOpen.length > 0) flags.add('deliverables');
  slots.done = done.length > 0 ? list(done, common.items.done) : none;
  slots.next = next.length > 0 ? list(next, common.items.next) : none;
  slots.waiting = waiting.length > 0 ? list(waiting, common.items.waiting) : none;
  slots.risks = risks.length > 0 ? list(risks, common.items.risk) : none;
  if (done.length > 0) flags.add('ledger_done');
  if (next.length > 0) flags.add('ledger_next');
  if (waiting.length > 0) flags.add('ledger_waiting');
  if (risks.length > 0) flags.add('ledger_risks');

  return { lang, slots, flags };
}
