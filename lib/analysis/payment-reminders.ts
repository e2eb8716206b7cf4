import { E, rx, W } from './rule-regex.ts';
import { splitSentences } from './sentences.ts';
import type { Lang } from './types.ts';

/**
 * Payment reminders I already sent, read from my own messages: the step a new reminder takes
 * (friendly, then firm, then formal notice) depends on how many came before. A sentence is a
 * reminder when it has a reminder cue ("je me permets de vous relancer", "still unpaid") and
 * speaks of paying (an invoice, a payment, a transfer): "je vous relance pour les textes" is not
 * one. Rules are data, per language, with examples a test walks.
 */

export type ReminderRuleKind = 'cue' | 'payment';

export interface ReminderRule {
  id: string;
  lang: Lang;
  kind: ReminderRuleKind;
  pattern: RegExp;
  reason: string;
  examples: { positive: string[]; negative: string[] };
}

const APOS = "['’]";

export const REMINDER_RULES: readonly ReminderRule[] = [
  {
    id: 'fr.reminder.relance',
    lang: 'fr',
    kind: 'cue',
    pattern: rx(
      `${W}(?:(?:je|nous)\\s+(?:me|nous)\\s+permet(?:s|tons)\\s+de\\s+(?:vous|te)\\s+(?:relancer|rappeler)|(?:je|nous)\\s+(?:vous|te)\\s+relan[cç]\\p{L}*|(?:petite?|première|seconde|deuxième|nouvelle|dernière)\\s+relance|relance\\s+(?:au sujet|concernant|pour|de paiement|amicale))`,
    ),
    reason: 'I chase ("je me permets de vous relancer", "je vous relance", "seconde relance")',
    examples: {
      positive: [
        'Je me permets de vous relancer au sujet de la facture n° 2026-031.',
        'Je te relance pour le paiement de la facture.',
        'Seconde relance concernant la facture F-12.',
      ],
      negative: ['Merci pour votre relance, je regarde.', 'Je vous envoie la facture.'],
    },
  },
  {
    id: 'fr.reminder.rappel',
    lang: 'fr',
    kind: 'cue',
    pattern: rx(
      `${W}(?:(?:petit|premier|second|deuxième|nouveau|dernier)\\s+rappel|rappel\\s+(?:amical|au sujet|concernant|de paiement)|(?:je|nous)\\s+(?:vous|te)\\s+rappel(?:le|lons)\\s+que)`,
    ),
    reason: 'a reminder I write ("petit rappel", "je vous rappelle que")',
    examples: {
      positive: [
        'Petit rappel : la facture de 800 € arrive à échéance vendredi.',
        'Je vous rappelle que la facture n° 14 était payable au 15/11.',
      ],
      negative: ['Merci pour le rappel !', 'Je vous rappelle demain pour en parler.'],
    },
  },
  {
    id: 'fr.reminder.unpaid',
    lang: 'fr',
    kind: 'cue',
    pattern: rx(
      `${W}(?:toujours\\s+pas\\s+(?:été\\s+)?(?:réglée?s?|payée?s?|reçu)|pas\\s+encore\\s+reçu\\s+(?:le|votre|ton|de)\\s+(?:règlement|paiement|virement)|(?:reste|restent|demeure|toujours)\\s+(?:impayée?s?|en\\s+attente\\s+de\\s+(?:règlement|paiement))|sauf\\s+erreur\\s+de\\s+ma\\s+part)`,
    ),
    reason: 'says the invoice is still unpaid ("toujours pas réglée", "pas encore reçu le règlement")',
    examples: {
      positive: [
        'Sauf erreur de ma part, je n’ai pas encore reçu le règlement.',
        'La facture reste impayée à ce jour.',
        'Elle n’est toujours pas réglée.',
      ],
      negative: ['La facture est réglée, merci !', 'Je n’ai pas encore reçu vos textes.'],
    },
  },
  {
    id: 'en.reminder.reminder',
    lang: 'en',
    kind: 'cue',
    pattern: rx(
      `${W}(?:(?:friendly|gentle|quick|second|final|last|another)\\s+reminder|reminder\\s+(?:about|regarding|that|of|on|for)|(?:just\\s+)?(?:following|checking)\\s+(?:up|in)\\s+on|(?:chasing|chase)\\s+(?:up\\s+)?(?:the\\s+|my\\s+)?(?:invoice|payment))`,
    ),
    reason: 'I remind or follow up ("a friendly reminder", "following up on invoice")',
    examples: {
      positive: [
        'A friendly reminder that invoice #1043 is due on Friday.',
        'Just following up on invoice INV-2026-041.',
        'Second reminder regarding the payment.',
      ],
      negative: ['Thanks for the reminder!', 'I will send the invoice tomorrow.'],
    },
  },
  {
    id: 'en.reminder.unpaid',
    lang: 'en',
    kind: 'cue',
    pattern: rx(
      `${W}(?:still\\s+(?:unpaid|outstanding|open|awaiting\\s+payment)|(?:remains?|is\\s+now)\\s+(?:unpaid|outstanding|overdue)|(?:haven${APOS}t|have\\s+not|hasn${APOS}t|has\\s+not)\\s+(?:yet\\s+)?(?:received|seen|been\\s+paid|come\\s+through)|not\\s+(?:yet\\s+)?received\\s+(?:the\\s+|your\\s+)?(?:payment|transfer))`,
    ),
    reason: 'says the invoice is still unpaid ("still unpaid", "I have not received the payment")',
    examples: {
      positive: [
        'Invoice #1043 is still unpaid.',
        'I haven’t received the payment yet.',
        'The invoice remains outstanding.',
      ],
      negative: ['The invoice has been paid, thank you.', 'Payment is due on Friday.'],
    },
  },
  {
    id: 'fr.payment.words',
    lang: 'fr',
    kind: 'payment',
    pattern: rx(`${W}(?:factur\\p{L}*|paiement|règlement|réglée?s?|payée?s?|virement|impayée?s?|échéance)`),
    reason: 'the sentence is about paying',
    examples: {
      positive: ['la facture n° 12', 'je n’ai pas reçu le virement', 'échéance dépassée'],
      negative: ['je vous relance pour les textes'],
    },
  },
  {
    id: 'en.payment.words',
    lang: 'en',
    kind: 'payment',
    pattern: rx(`${W}(?:invoices?|payments?|paid|unpaid|transfer|overdue|due)${E}`),
    reason: 'the sentence is about paying',
    examples: {
      positive: ['invoice #1043', 'I have not received the payment', 'it is overdue'],
      negative: ['just following up on the mockups'],
    },
  },
];

const BOTH: readonly Lang[] = ['en', 'fr'];

/** Whether `text` (one message of mine) reminds the client of an unpaid invoice. */
export function isPaymentReminder(text: string): boolean {
  for (const sentence of splitSentences(text)) {
    for (const lang of BOTH) {
      const rules = REMINDER_RULES.filter((r) => r.lang === lang);
      const cue = rules.some((r) => r.kind === 'cue' && r.pattern.test(sentence.text));
      if (cue && rules.some((r) => r.kind === 'payment' && r.pattern.test(sentence.text))) return true;
    }
  }
  return false;
}
