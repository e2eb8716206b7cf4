import type { Message, Thread } from '../mail/thread.ts';
import { detectCommitments } from './commitments/detect.ts';
import { findDeadlines } from './dates/index.ts';
import { extractInvoiceFacts } from './invoice-facts.ts';
import { detectLanguage, languageScores } from './language.ts';
import { isPaymentReminder } from './payment-reminders.ts';
import { detectRequests } from './requests.ts';
import { objectOf, type Register, rewriteCommitment } from './rewrite.ts';
import { detectSignals, type LedgerHints, pickSituations } from './signals/index.ts';
import type { Analysis, Commitment, Lang, Owner, Request, Signal, TextOwner } from './types.ts';

/**
 * The analysis of a whole thread (the `analyze` output of CONTRACTS.md): who is who, the language
 * and register, every commitment with its owner, due day and rewrite, the client's requests, the
 * signals in the client's messages, and the reply situations they call for.
 *
 * Time: a Thread's `sent_at` is local wall time without offset (webmail shows local time). It is
 * read as-is, with the UTC offset of `now` (or +00:00 when `now` has none), so "demain" resolves
 * against the day the writer saw; a message without a date resolves against `now`.
 */

export interface AnalyzeOptions {
  /** The user's address; else the page's account; else the first message's first recipient. */
  me?: string | null;
  /** ISO 8601, ideally with the user's offset; a Date is read as UTC. Defaults to the clock. */
  now?: string | Date | null;
  /** Forces every message's language (otherwise detected message by message). */
  lang?: Lang | null;
}

const OFFSET = /(?:[+-]\d{2}:\d{2}|Z)$/;

function isoNow(now: AnalyzeOptions['now']): string {
  if (now instanceof Date) return now.toISOString();
  if (typeof now === 'string' && now !== '') return now;
  return new Date().toISOString();
}

function offsetOf(iso: string): string {
  const m = OFFSET.exec(iso);
  return m === null || m[0] === 'Z' ? '+00:00' : m[0];
}

function lower(email: string | null | undefined): string | null {
  return email ? email.trim().toLowerCase() : null;
}

function whoIsMe(thread: Thread, me: string | null | undefined): string | null {
  return (
    lower(me) ?? lower(thread.account) ?? lower(thread.messages[0]?.to.find((p) => p.email)?.email) ?? null
  );
}

function clientOf(thread: Thread, me: string | null): Analysis['client'] {
  const other = (email: string | null) => email !== null && lower(email) !== me;
  const sender = thread.messages.find((m) => other(m.from.email))?.from;
  if (sender) return { name: sender.name, email: sender.email };
  for (const m of thread.messages) {
    const to = m.to.find((p) => other(p.email));
    if (to) return { name: to.name, email: to.email };
  }
  return null;
}

const TU = /\b(?:tu|toi|ton|tes|te)\b|(?:^|[\s(])t'/giu;
const VOUS = /\b(?:vous|votre|vos)\b/giu;

/** Tu or vous, from how the thread's French messages address the reader (mine first). */
export function detectRegister(texts: { text: string; mine: boolean }[]): Register {
  const count = (re: RegExp, list: { text: string }[]) =>
    list.reduce((n, m) => n + (m.text.match(re)?.length ?? 0), 0);
  for (const list of [texts.filter((t) => t.mine), texts]) {
    const tu = count(TU, list);
    const vous = count(VOUS, list);
    if (tu + vous > 0) return tu > vous ? 'tu' : 'vous';
  }
  return 'vous';
}

function ownerOf(owner: TextOwner, writer: 'me' | 'client'): Owner {
  if (owner === 'third_party') return 'third_party';
  if (owner === 'speaker') return writer;
  return writer === 'me' ? 'client' : 'me';
}

interface Prepared {
  message: Message;
  index: number;
  mine: boolean;
  lang: Lang;
  ref: string;
}

/** Analyses a thread. Pure: no I/O; linear in the thread's length. */
export function analyzeThread(thread: Thread, opts: AnalyzeOptions = {}): Analysis {
  const now = isoNow(opts.now);
  const offset = offsetOf(now);
  const me = whoIsMe(thread, opts.me);
  const client = clientOf(thread, me);

  const prepared: Prepared[] = thread.messages.map((message, index) => ({
    message,
    index,
    mine: me !== null && lower(message.from.email) === me,
    lang: opts.lang ?? detectLanguage(message.text, 'en'),
    ref: message.sent_at ? `${message.sent_at}:00${offset}` : now,
  }));

  const language: Lang = opts.lang ?? threadLanguage(prepared);
  const register: Register =
    language === 'en'
      ? 'en'
      : detectRegister(
          prepared.filter((p) => p.lang === 'fr').map((p) => ({ text: p.message.text, mine: p.mine })),
        );

  const commitments: Commitment[] = [];
  const requests: Request[] = [];
  const signals: Signal[] = [];
  /** The last thing the other side asked for: the deliverable a vague "I'll send it" is about. */
  const lastAsked: Record<'me' | 'client', string | null> = { me: null, client: null };

  for (const p of prepared) {
    const writer = p.mine ? 'me' : 'client';
    const other = p.mine ? 'client' : 'me';
    const base = { message_id: p.message.id, message_index: p.index };
    for (const r of detectRequests(p.message.text, p.lang)) {
      requests.push({ ...base, text: r.text, from: writer });
      lastAsked[writer] = askedObject(r.text, p.lang, register) ?? lastAsked[writer];
    }
    for (const c of detectCommitments(p.message.text, { lang: p.lang, ref: p.ref, findDeadlines })) {
      const owner = ownerOf(c.owner, writer);
      const rewrite = rewriteCommitment(
        { ...c, owner, text: c.text, lang: p.lang },
        { ref: p.ref, register: p.lang === 'en' ? 'en' : register, deliverable: lastAsked[other] },
      );
      commitments.push({
        ...base,
        text: c.text,
        owner,
        action: c.action,
        due: c.due,
        vague: c.vague,
        vague_reasons: c.vague_reasons,
        rules: c.rules,
        rewrite,
        lang: p.lang,
      });
    }
    if (!p.mine) {
      for (const s of detectSignals(p.message.text, p.ref, p.lang)) {
        signals.push({ ...base, signal: s.signal, evidence: s.evidence, rule: s.rule });
      }
    }
  }

  // Situations come from what still waits for an answer: the client's messages after my last one.
  const lastMine = prepared.findLast((p) => p.mine)?.index ?? -1;
  const pending = signals.filter((s) => s.message_index > lastMine);
  const situations = pickSituations(pending, commitments, paymentHints(thread, prepared, now));

  return { language, me, client, register, commitments, signals, requests, situations };
}

/**
 * What the thread itself shows of the invoice's state, for the payment situations: its due day
 * already passed (the day written in the thread, against today), and the reminders I already sent.
 * The ledger, when the caller has one, knows more; the thread is what is at hand here.
 */
function paymentHints(thread: Thread, prepared: readonly Prepared[], now: string): LedgerHints {
  const today = now.slice(0, 10);
  const due = extractInvoiceFacts(thread, today).dueDate;
  return {
    paymentOverdue: due !== null && due < today,
    remindersSent: prepared.filter((p) => p.mine && isPaymentReminder(p.message.text)).length,
  };
}

/** What a request asks for ("Could you send the logo files by Monday?" → "the logo files"). */
const ASK_VERB: Record<Lang, RegExp> = {
  en: /\b(?:send|share|forward|deliver|provide|give|prepare|finish|update|fix|resend|email)\b/iu,
  fr: /\b(?:envoyer|envoyez|envoie|transmettre|transmettez|livrer|faire\s+parvenir|renvoyer|préparer|finaliser|corriger|mettre\s+à\s+jour)\b/iu,
};

function askedObject(request: string, lang: Lang, register: Register): string | null {
  const verb = ASK_VERB[lang].exec(request);
  if (verb === null) return null;
  return objectOf(request.slice(verb.index), lang, register);
}

function threadLanguage(prepared: Prepared[]): Lang {
  const total = { en: 0, fr: 0 };
  for (const p of prepared) {
    const s = languageScores(p.message.text);
    total.en += s.en;
    total.fr += s.fr;
  }
  return total.fr > total.en ? 'fr' : 'en';
}
