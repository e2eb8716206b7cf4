import type { Commitment, SignalKind, Situation } from '../types.ts';
import { SIGNAL_RULES_EN } from './signal-rules.en.ts';
import { SIGNAL_RULES_FR } from './signal-rules.fr.ts';

/** What the promise ledger knows about this client's invoices (lib/store), when it is at hand. */
export interface LedgerHints {
  /** An invoice of this client is past its due date. */
  paymentOverdue?: boolean;
  /** Payment reminders already sent for the overdue invoice. */
  remindersSent?: number;
}

type CommitmentLike = Pick<Commitment, 'owner' | 'vague' | 'due'>;

/** Rules whose match means the client's payment is already late (see `SignalRule.overdue`). */
const OVERDUE_RULES = new Set(
  [...SIGNAL_RULES_EN, ...SIGNAL_RULES_FR].filter((r) => r.overdue).map((r) => r.id),
);

/**
 * The reply situations the signals and commitments call for, most pressing first: this is the
 * `auto` situation of the reply generator. Order follows the practice texts: calm an aggressive
 * client before anything; own a mistake before asking for money; chase payment (friendly, then
 * firm once overdue, then formal after two reminders); frame extra work with a quote; set limits
 * on urgency and off-hours; then pin down dates. A client who says their payment is behind has
 * let the due day pass: that counts as overdue even when the ledger knows nothing of the invoice.
 */
export function pickSituations(
  signals: readonly { signal: SignalKind; rule?: string }[],
  commitments: readonly CommitmentLike[] = [],
  ledgerHints: LedgerHints = {},
): Situation[] {
  const has = new Set(signals.map((s) => s.signal));
  const out: Situation[] = [];
  const add = (s: Situation) => {
    if (!out.includes(s)) out.push(s);
  };

  if (has.has('aggressive')) add('deescalate_aggressive');
  if (has.has('dissatisfied')) add('admit_mistake');
  if (has.has('payment_delay')) {
    const reminders = ledgerHints.remindersSent ?? 0;
    const overdue =
      ledgerHints.paymentOverdue || signals.some((s) => s.rule !== undefined && OVERDUE_RULES.has(s.rule));
    if (reminders >= 2) add('payment_formal_notice');
    else if (overdue || reminders >= 1) add('payment_reminder_2');
    else add('payment_reminder_1');
  }
  if (has.has('scope_creep') || has.has('indecision')) add('scope_change_quote');
  if (has.has('urgency') || has.has('off_hours') || has.has('price_pushback')) add('boundary_setting');
  if (commitments.some((c) => c.owner === 'client' && (c.vague || c.due === null)))
    add('ask_client_for_date');
  if (commitments.some((c) => c.owner === 'me')) add('confirm_commitment');
  if (has.has('silence')) add('weekly_status');
  return out;
}
