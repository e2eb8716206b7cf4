import { matchingRules } from '../analysis/lexicon-rule.ts';
import { daysBetween, todayIn } from './day.ts';
import type { ParoleDB } from './db.ts';
import { PAYMENT_RULES } from './payment-lexicon.ts';
import type { ClientRecord, PromiseRecord } from './records.ts';
import { isLate } from './status.ts';

/** Promises kept on time out of those whose outcome is known. */
export interface OnTimeShare {
  on_time: number;
  /** Kept promises, plus pending ones already late (they can no longer be on time). */
  judged: number;
  /** `on_time / judged`, or null when nothing can be judged yet. */
  share: number | null;
}

export interface ClientHistory {
  client: ClientRecord | null;
  /** Every promise with this client, oldest first. */
  mine: PromiseRecord[];
  theirs: PromiseRecord[];
  kept_on_time: { mine: OnTimeShare; theirs: OnTimeShare };
  /**
   * The client's average payment delay in days past the promised day (early counts as 0),
   * over their payment promises that have a due day: paid ones, and unpaid late ones with
   * the delay so far (a client who never pays must not look punctual). Null when none.
   */
  payment_delay_days: number | null;
  payment_promises: number;
}

function share(promises: PromiseRecord[], now: Date, timeZone: string): OnTimeShare {
  let onTime = 0;
  let judged = 0;
  for (const p of promises) {
    if (p.status === 'kept') {
      judged += 1;
      // Without a due day nothing was missed; the renegotiated day is the one that counts.
      if (p.due === null || (p.kept_on !== null && p.kept_on <= p.due)) onTime += 1;
    } else if (isLate(p, now, timeZone)) {
      judged += 1;
    }
  }
  return { on_time: onTime, judged, share: judged === 0 ? null : onTime / judged };
}

/** A payment promise: the client's, and its action or text matches PAYMENT_RULES. */
export function isPaymentPromise(promise: Pick<PromiseRecord, 'owner' | 'action' | 'text'>): boolean {
  if (promise.owner === 'me') return false;
  return matchingRules(PAYMENT_RULES, `${promise.action ?? ''} ${promise.text}`).length > 0;
}

function paymentDelay(theirs: PromiseRecord[], today: string): { average: number | null; count: number } {
  const delays: number[] = [];
  for (const p of theirs) {
    if (p.due === null || !isPaymentPromise(p)) continue;
    if (p.status === 'kept' && p.kept_on !== null) delays.push(Math.max(0, daysBetween(p.due, p.kept_on)));
    else if ((p.status === 'open' || p.status === 'renegotiated') && p.due < today) {
      delays.push(daysBetween(p.due, today));
    }
  }
  if (delays.length === 0) return { average: null, count: 0 };
  return { average: delays.reduce((a, b) => a + b, 0) / delays.length, count: delays.length };
}

/** One client's record: every promise both ways, the share kept on time, payment habits. */
export async function clientRecord(
  db: ParoleDB,
  clientKey: string,
  now: Date,
  timeZone: string,
): Promise<ClientHistory> {
  return db.transaction('r', db.promises, db.clients, async () => {
    const client = (await db.clients.get(clientKey)) ?? null;
    const promises = (await db.promises.where('client_key').equals(clientKey).toArray()).sort(
      (a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id,
    );
    const mine = promises.filter((p) => p.owner === 'me');
    const theirs = promises.filter((p) => p.owner !== 'me');
    const delay = paymentDelay(theirs, todayIn(timeZone, now));
    return {
      client,
      mine,
      theirs,
      kept_on_time: { mine: share(mine, now, timeZone), theirs: share(theirs, now, timeZone) },
      payment_delay_days: delay.average,
      payment_promises: delay.count,
    };
  });
}
