import { todayIn } from './day.ts';
import { PENDING_STATUSES, type PromiseRecord, type StoredStatus } from './records.ts';

/** What the user sees: the stored status, or `late` for a pending promise whose day has passed. */
export type DisplayStatus = StoredStatus | 'late';

/** Open or renegotiated: someone is still bound by it. */
export function isPending(status: StoredStatus): boolean {
  return (PENDING_STATUSES as readonly StoredStatus[]).includes(status);
}

/**
 * Late when still pending and its due day is over in the user's time zone: a promise due on
 * the 27th is late from the 28th at 00:00 where the user is, not where the machine's clock is.
 */
export function isLate(promise: Pick<PromiseRecord, 'status' | 'due'>, now: Date, timeZone: string): boolean {
  return isPending(promise.status) && promise.due !== null && promise.due < todayIn(timeZone, now);
}

export function displayStatus(
  promise: Pick<PromiseRecord, 'status' | 'due'>,
  now: Date,
  timeZone: string,
): DisplayStatus {
  return isLate(promise, now, timeZone) ? 'late' : promise.status;
}
