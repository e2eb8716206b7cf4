import type { Lang, Situation } from '../analysis/types.ts';
import type { Tone } from './types.ts';

/**
 * A playbook is the data a reply is written from: for one situation and one language, the moves
 * of the reply in order, each a list of lines. French text writes both registers at once:
 * `{{vous form|tu form}}`. `{slot}` is filled from the thread (see `facts.ts`); a slot with no
 * value becomes a visible blank ("[montant]").
 */

export const MOVES = ['acknowledgement', 'core', 'commitment', 'next_step'] as const;
export type MoveId = (typeof MOVES)[number];

export type ByTone = Readonly<Record<Tone, string>>;

/** Facts a line can depend on (`!flag` for its absence); computed by `facts.ts`. */
export const FLAGS = [
  'late_fees',
  'overdue',
  'my_promise',
  'my_action',
  'client_promise',
  'client_action',
  'client_promise_dated',
  'request',
  'off_hours_message',
  'response_time',
  'notes',
  'decisions',
  'actions',
  'ledger_done',
  'ledger_next',
  'ledger_waiting',
  'ledger_risks',
  'invoice_rate',
  'deliverables',
  /** The client's newest message answers about the payment (a payment_delay signal, after mine). */
  'client_payment_reply',
  /** No promise of mine is still to come, and the latest past one shows as kept. */
  'my_delivered',
  /** No promise of mine is still to come, and the latest past one shows no sign of delivery. */
  'my_late',
  /** The thread names a price I gave for the new request. */
  'cost',
] as const;
export type Flag = (typeof FLAGS)[number];

export type Condition = Flag | `!${Flag}`;

export interface Line {
  /** Shown when the flag is set (`!flag`: when it is not); a list: when every condition holds. */
  when?: Condition | readonly Condition[];
  /** One wording per tone, or one for all tones (allowed outside the core move only). */
  text: ByTone | string;
  /** Starts a new paragraph instead of continuing the move's one. */
  paragraph?: boolean;
}

export interface Playbook {
  situation: Situation;
  lang: Lang;
  /** A subject line to prepend ("Objet : …"), for letters such as a formal notice. */
  subject?: ByTone | string;
  moves: Readonly<Record<MoveId, readonly Line[]>>;
  /** Replaces the usual closing formula (a formal notice ends with a formal one). */
  closing?: ByTone;
}

export type SituationPlaybooks = Readonly<Record<Lang, Playbook>>;
