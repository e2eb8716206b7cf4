import type { Thread } from '../mail/thread.ts';
import type { Lang } from './types.ts';

/**
 * Invoice facts written in a thread: its number, amount and due day. They live in lib/analysis so
 * the analysis can tell an overdue invoice (situations) and lib/reply can fill a reminder with them. Patterns are data, each with
 * examples a test walks; the first capture group is the value (for amounts, the number; the
 * currency is read from the whole match).
 */

/** What the thread says of its invoice (the reply's `InvoiceInput` without the rate). */
export interface InvoiceFacts {
  number: string | null;
  amount: number | null;
  /** ISO 4217 code, `EUR` by default. */
  currency: string;
  /** `YYYY-MM-DD`. */
  dueDate: string | null;
}

/** Calendar arithmetic on `YYYY-MM-DD` days, at UTC midnight so no time zone shifts them. */
function toUtc(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function addDays(day: string, days: number): string {
  return new Date(toUtc(day) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

export type InvoiceFactKind = 'number' | 'amount' | 'due';

export interface InvoiceFactPattern {
  id: string;
  lang: Lang | 'any';
  kind: InvoiceFactKind;
  pattern: RegExp;
  reason: string;
  examples: { positive: string[]; negative: string[] };
}

const FR_MONTHS =
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const EN_MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
/** A written day: 15/11(/2026), 15 novembre (2026), November 15(th)(, 2026), 15 Nov 2026, 2026-11-15. */
const DATE = `(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?|\\d{1,2}(?:er)?\\s+(?:${FR_MONTHS}|${EN_MONTHS})\\.?(?:\\s+\\d{4})?|(?:${EN_MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?)`;
/** An invoice reference: optional letters, then digits, maybe in dashed groups ("2026-014", "INV-2026-041"). */
const REF = '((?:[A-Z]{1,6}[-_/]?)?\\d{2,}(?:[-_/]\\d+)*)';
const NOT_MONEY = '(?!\\d|[,.]\\d|\\s*(?:€|eur\\b|euros?\\b))';

export const INVOICE_FACT_PATTERNS: readonly InvoiceFactPattern[] = [
  {
    id: 'fr-invoice-number',
    lang: 'fr',
    kind: 'number',
    pattern: new RegExp(
      `(?<!\\p{L})factures?\\s*(?:n[°º]|no\\.?|num[ée]ro|#)?\\s*:?\\s*${REF}\\b${NOT_MONEY}`,
      'iu',
    ),
    reason: '"facture" followed by a reference, with or without "n°"',
    examples: {
      positive: [
        'Voici la facture n° 2026-014.',
        'la facture 2026-118 partira lundi',
        'Facture FAC-2026-07 en pièce jointe',
      ],
      negative: ['la facture de 1 250 € est jointe', 'je vous envoie la facture demain'],
    },
  },
  {
    id: 'en-invoice-number',
    lang: 'en',
    kind: 'number',
    pattern: new RegExp(`\\binvoices?\\s*(?:#|no\\.?|number|n[°º])?\\s*:?\\s*${REF}\\b${NOT_MONEY}`, 'iu'),
    reason: '"invoice" followed by a reference, with or without "#" or "number"',
    examples: {
      positive: [
        'Please find invoice #1043 attached.',
        'the delay on invoice INV-2026-041',
        'Invoice number: 2026/12',
      ],
      negative: ['the invoice for €1,250 is attached', 'I will send the invoice on Friday'],
    },
  },
  {
    id: 'fr-amount-currency-after',
    lang: 'any',
    kind: 'amount',
    pattern:
      /(?<![\d,.\-\p{L}])(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?)[ \u00a0\u202f]?(?:€|EUR\b|euros?\b)(?![ \u00a0\u202f]?\d)/iu,
    reason: 'French amount: spaces or dots between thousands, a decimal comma, the currency after',
    examples: {
      positive: ['un montant de 1 250,00 €', 'soit 1250 € HT', 'total : 1.250,00 EUR', '800 euros'],
      negative: ['la facture 2026-014', 'le 15/11', 'INV-2026-041\t€2,400.00', 'facture 2026-014 € 1 250'],
    },
  },
  {
    id: 'en-amount-currency-before',
    lang: 'any',
    kind: 'amount',
    pattern:
      /(?:€|\$|£|\bEUR|\bUSD|\bGBP)\s?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)(?![\d,.]?\d)/u,
    reason: 'English amount: the currency first, commas between thousands, a decimal point',
    examples: {
      positive: ['a total of €1,250', 'EUR 1250 is due', 'Amount: €2,400.00', '$980.50 outstanding'],
      negative: ['invoice #1043', 'due on November 15'],
    },
  },
  {
    id: 'fr-due-date',
    lang: 'fr',
    kind: 'due',
    pattern: new RegExp(
      `(?<!\\p{L})(?:échéance|echeance|à régler (?:avant|au plus tard)|payable|exigible)\\s*(?:le|au|du|:)?\\s*(?:le\\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)?\\s*${DATE}`,
      'iu',
    ),
    reason: 'due day after "échéance", "à régler avant", "payable"',
    examples: {
      positive: [
        'échéance le 15/11',
        "date d'échéance : 15 novembre 2026",
        'payable au 30/11/2026',
        'à régler avant le 1er décembre',
      ],
      negative: ['je vous envoie la facture le 15/11', 'échéance dépassée'],
    },
  },
  {
    id: 'en-due-date',
    lang: 'en',
    kind: 'due',
    pattern: new RegExp(
      `\\b(?:due(?:\\s+date)?|payable)\\s*(?:on|by|:)?\\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+)?(?:the\\s+)?${DATE}`,
      'iu',
    ),
    reason: 'due day after "due", "due date", "payable"',
    examples: {
      positive: [
        'due on November 15',
        'Due date: 15 Nov 2026',
        'payable by 30/11/2026',
        'due on Friday, November 27th',
      ],
      negative: ['sent on November 15', 'the payment is overdue'],
    },
  },
];

const MONTH_INDEX: Record<string, number> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The written day as `YYYY-MM-DD`; a missing year is the one that puts it nearest `reference`. */
export function parseWrittenDay(written: string, reference: string): string | null {
  const text = written
    .toLowerCase()
    .replace(/\./g, (dot, offset: number) => (/\d/.test(written[offset + 1] ?? '') ? '/' : dot));
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const numeric = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(text);
  const dayMonth = /^(\d{1,2})(?:er)?\s+([a-zéû]+)\.?(?:\s+(\d{4}))?$/.exec(text);
  const monthDay = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric) {
    [day, month] = [Number(numeric[1]), Number(numeric[2])];
    if (numeric[3]) year = numeric[3].length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
  } else if (dayMonth) {
    [day, month] = [Number(dayMonth[1]), MONTH_INDEX[dayMonth[2] ?? '']];
    if (dayMonth[3]) year = Number(dayMonth[3]);
  } else if (monthDay) {
    [month, day] = [MONTH_INDEX[monthDay[1] ?? ''], Number(monthDay[2])];
    if (monthDay[3]) year = Number(monthDay[3]);
  }
  // "11/30" is month first (English): a month over 12 with a day that could be one swaps them.
  if (numeric && month !== undefined && day !== undefined && month > 12 && day <= 12)
    [day, month] = [month, day];
  if (!day || !month || month > 12 || day > 31) return null;
  if (year === undefined) {
    const refYear = Number(reference.slice(0, 4));
    const candidates = [refYear - 1, refYear, refYear + 1].map((y) => `${y}-${pad(month)}-${pad(day)}`);
    return candidates.reduce((best, c) =>
      Math.abs(daysBetween(reference, c)) < Math.abs(daysBetween(reference, best)) ? c : best,
    );
  }
  const result = `${year}-${pad(month)}-${pad(day)}`;
  // Rejects 31/02 and the like: a real day survives a round trip.
  return addDays(result, 0) === result ? result : null;
}

/** "1 250,00" / "1,250.00" / "1.250,00" → 1250. */
export function parseAmount(written: string): number | null {
  const compact = written.replace(/[\s\u00a0\u202f]/g, '');
  let normalised: string;
  if (/,\d{1,2}$/.test(compact)) normalised = compact.replace(/\./g, '').replace(',', '.');
  else if (/\.\d{1,2}$/.test(compact)) normalised = compact.replace(/,/g, '');
  else normalised = compact.replace(/[.,]/g, '');
  const value = Number(normalised);
  return Number.isFinite(value) && value > 0 ? value : null;
}

export function currencyOf(match: string): string {
  if (/\$|USD/i.test(match)) return 'USD';
  if (/£|GBP/i.test(match)) return 'GBP';
  return 'EUR';
}

/** The first match of one kind of fact in `text`, with the pattern that found it. */
export function findInvoiceFact(
  text: string,
  kind: InvoiceFactKind,
): { value: string; match: string; pattern: InvoiceFactPattern } | null {
  let best: { value: string; match: string; pattern: InvoiceFactPattern; index: number } | null = null;
  for (const pattern of INVOICE_FACT_PATTERNS) {
    if (pattern.kind !== kind) continue;
    const match = pattern.pattern.exec(text);
    if (!match?.[1]) continue;
    if (!best || match.index < best.index)
      best = { value: match[1], match: match[0], pattern, index: match.index };
  }
  return best && { value: best.value, match: best.match, pattern: best.pattern };
}

/**
 * The invoice the thread talks about: each fact from the newest message that states it.
 * `reference` (`YYYY-MM-DD`) resolves due days written without a year.
 */
export function extractInvoiceFacts(thread: Thread, reference: string): InvoiceFacts {
  const facts: InvoiceFacts = { number: null, amount: null, currency: 'EUR', dueDate: null };
  for (const message of [...thread.messages].reverse()) {
    const text = message.text;
    const messageDay = message.sent_at?.slice(0, 10) ?? reference;
    if (facts.number === null) facts.number = findInvoiceFact(text, 'number')?.value ?? null;
    if (facts.amount === null) {
      const amount = findInvoiceFact(text, 'amount');
      if (amount) {
        facts.amount = parseAmount(amount.value);
        facts.currency = currencyOf(amount.match);
      }
    }
    if (facts.dueDate === null) {
      const due = findInvoiceFact(text, 'due');
      if (due) facts.dueDate = parseWrittenDay(due.value, messageDay);
    }
  }
  if (facts.number === null && thread.subject)
    facts.number = findInvoiceFact(thread.subject, 'number')?.value ?? null;
  return facts;
}
