import type { Analysis, Lang, Owner, Situation } from '../analysis/types.ts';
import type { Thread } from '../mail/thread.ts';

/** How the reply sounds: the same moves, worded warmer or firmer. */
export const TONES = ['warm', 'neutral', 'firm'] as const;
export type Tone = (typeof TONES)[number];

/** French `tu` or `vous`, or English. */
export const REGISTERS = ['tu', 'vous', 'en'] as const;
export type Register = (typeof REGISTERS)[number];

export interface ReplyProfile {
  name: string | null;
  /** As the user signs (may span lines); falls back to `name`. */
  signature: string | null;
  trade: string | null;
  /** ISO weekdays: 1 = Monday … 7 = Sunday (0 is read as Sunday too). */
  workingDays: number[];
  /** `HH:MM` wall-clock times. */
  workingHours: { start: string; end: string };
  /** ISO 3166 alpha-2 code of the user's country: French late-payment law applies for `FR`. */
  country: string;
  clientKind: 'b2b' | 'b2c';
  /** The answer delay the user commits to, in their words ("24 h ouvrées", "one working day"). */
  responseTime?: string;
}

/** A promise as the ledger keeps it (`late` may be derived by the caller). */
export interface LedgerPromise {
  owner: Owner;
  text: string;
  action: string | null;
  due: string | null;
  status: 'open' | 'kept' | 'late' | 'renegotiated' | 'cancelled';
  /** The day the promise was logged: "waiting since". */
  since?: string | null;
}

export interface InvoiceInput {
  number: string | null;
  amount: number | null;
  /** ISO 4217 code, `EUR` by default. */
  currency: string;
  /** `YYYY-MM-DD`. */
  dueDate: string | null;
  /** Late-payment rate written on the invoice, in percent a year (12.15 for 12.15 %). */
  rate?: number | null;
}

export interface ReplyInput {
  situation: Situation;
  tone: Tone;
  register: Register;
  thread: Thread;
  analysis: Analysis;
  /** ISO 8601 with an offset: its calendar day is "today" for every date in the reply. */
  now: string;
  profile: ReplyProfile;
  ledger?: { promises: LedgerPromise[] };
  invoice?: InvoiceInput;
  /** The user's notes of a call, one point a line (for `call_recap`). */
  notes?: string;
}

export interface Reply {
  text: string;
  situation: Situation;
  /** The blanks left in `text` ("[montant]", "[invoice number]"), each once, in order of appearance. */
  blanks: string[];
}

export function langOf(register: Register): Lang {
  return register === 'en' ? 'en' : 'fr';
}
