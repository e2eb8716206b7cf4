import { describe, expect, it } from 'vitest';
import type { Message, Thread } from '../mail/thread.ts';
import { analyzeThread } from './analyze.ts';
import { isPaymentReminder, REMINDER_RULES } from './payment-reminders.ts';

describe('reminder rules', () => {
  for (const rule of REMINDER_RULES) {
    it(`${rule.id} matches its examples`, () => {
      expect(rule.examples.positive.length).toBeGreaterThan(0);
      for (const text of rule.examples.positive) expect(rule.pattern.test(text), text).toBe(true);
      for (const text of rule.examples.negative) expect(rule.pattern.test(text), text).toBe(false);
    });
  }

  it('needs a reminder cue and a payment in the same sentence', () => {
    expect(isPaymentReminder('Bonjour, je me permets de vous relancer au sujet de la facture n° 12.')).toBe(
      true,
    );
    expect(isPaymentReminder('Invoice #1043 is still unpaid. Could you check?')).toBe(true);
    expect(isPaymentReminder('Je me permets de vous relancer pour les textes. La facture suivra.')).toBe(
      false,
    );
    expect(isPaymentReminder('Veuillez trouver ci-joint la facture n° 12, échéance le 30/10.')).toBe(false);
  });
});

function message(from: string, text: string, sent_at: string): Message {
  return { id: null, from: { name: null, email: from }, to: [], sent_at, collapsed: false, text };
}

function thread(messages: Message[]): Thread {
  return {
    provider: 'gmail',
    account: 'me@example.com',
    thread_id: null,
    subject: null,
    messages,
    problems: [],
  };
}

const NOW = '2026-11-23T10:00:00+01:00';
const INVOICE = message(
  'me@example.com',
  'Bonjour, veuillez trouver ci-joint la facture n° 2026-031 de 2 400 €, échéance le 30 octobre 2026.',
  '2026-09-30T10:00',
);
const FIRST = message(
  'me@example.com',
  'Bonjour, je me permets de vous relancer au sujet de la facture n° 2026-031. Sauf erreur de ma part, je n’ai pas encore reçu le règlement.',
  '2026-11-09T10:00',
);
const SECOND = message(
  'me@example.com',
  'Bonjour, malgré mon premier rappel, la facture n° 2026-031 reste impayée à ce jour.',
  '2026-11-16T10:00',
);
/** A client who says payment is coming, without saying it is late (no `overdue` rule). */
const ANSWER = message(
  'client@example.com',
  'Bonjour, la facture sera réglée avec un peu de retard, désolé.',
  '2026-11-20T10:00',
);

describe('payment situations from the thread', () => {
  it('starts friendly when the thread shows no overdue invoice and no reminder', () => {
    const t = thread([
      { ...INVOICE, text: INVOICE.text.replace('30 octobre 2026', '30 novembre 2026') },
      ANSWER,
    ]);
    const a = analyzeThread(t, { now: NOW });
    expect(a.signals.some((s) => s.signal === 'payment_delay')).toBe(true);
    expect(a.situations).toContain('payment_reminder_1');
  });

  it('chases firmly once the due day written in the thread has passed', () => {
    expect(analyzeThread(thread([INVOICE, ANSWER]), { now: NOW }).situations).toContain('payment_reminder_2');
  });

  it('counts my reminders: one calls for the firm reminder, two for the formal notice', () => {
    const notDue = { ...INVOICE, text: INVOICE.text.replace('30 octobre 2026', '30 novembre 2026') };
    expect(analyzeThread(thread([notDue, FIRST, ANSWER]), { now: NOW }).situations).toContain(
      'payment_reminder_2',
    );
    const two = analyzeThread(thread([INVOICE, FIRST, SECOND, ANSWER]), { now: NOW }).situations;
    expect(two).toContain('payment_formal_notice');
    expect(two).not.toContain('payment_reminder_2');
  });
});
