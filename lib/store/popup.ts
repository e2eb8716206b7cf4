import { Dexie } from 'dexie';
import { daysBetween, endOfWeek, todayIn } from './day.ts';
import type { ParoleDB } from './db.ts';
import { type ClientRecord, PENDING_STATUSES, type PromiseRecord } from './records.ts';

/**
 * The toolbar popup's lists and the badge count. Every list is a range of the [status+due]
 * index (one per pending status), so the cost follows the size of the list, not of the ledger.
 * Plain async functions: the popup wraps them in dexie-react-hooks' `useLiveQuery`, which
 * re-runs them when the tables they read change.
 */

export interface PopupItem {
  promise: PromiseRecord;
  client: ClientRecord | null;
  /** The due day, or null for a promise with no day yet (listed under `later`). */
  day: string | null;
  /** Days past the due day (0 unless overdue). */
  days_late: number;
}

/**
 * The freelancer's own promises, and the ones others made (client or third party): at most
 * `limit` items per list (soonest first), with `total` counting the whole list, so the popup
 * stays quick however many promises are pending and can say "and 12 more".
 */
export interface PopupList {
  mine: PopupItem[];
  theirs: PopupItem[];
  total: number;
}

export interface PopupLists {
  today: string;
  overdue: PopupList;
  due_today: PopupList;
  /** After today, up to Sunday (weeks start on Monday). */
  this_week: PopupList;
  /** After this week, then the promises with no due day. */
  later: PopupList;
}

/** Items per popup list, unless the caller asks otherwise. */
export const POPUP_LIST_LIMIT = 25;

type Bounds = {
  lower: [string, unknown];
  upper: [string, unknown];
  includeLower: boolean;
  includeUpper: boolean;
};

type Slice = { promises: PromiseRecord[]; total: number };

function byDayThenId(a: PromiseRecord, b: PromiseRecord): number {
  return (a.due ?? '\uffff').localeCompare(b.due ?? '\uffff') || a.id - b.id;
}

function between(db: ParoleDB, { lower, upper, includeLower, includeUpper }: Bounds) {
  return db.promises.where('[status+due]').between(lower, upper, includeLower, includeUpper);
}

/** All pending promises whose due day lies in a range, read from the [status+due] index, by day. */
async function pendingBetween(db: ParoleDB, range: (status: string) => Bounds): Promise<PromiseRecord[]> {
  const lists = await Promise.all(PENDING_STATUSES.map((status) => between(db, range(status)).toArray()));
  return lists.flat().sort(byDayThenId);
}

/** The first `limit` of a range and its size: the count reads index keys only. */
async function pendingSlice(db: ParoleDB, range: (status: string) => Bounds, limit: number): Promise<Slice> {
  const parts = await Promise.all(
    PENDING_STATUSES.map(async (status) => {
      const [promises, total] = await Promise.all([
        between(db, range(status)).limit(limit).toArray(),
        between(db, range(status)).count(),
      ]);
      return { promises, total };
    }),
  );
  return {
    promises: parts
      .flatMap((p) => p.promises)
      .sort(byDayThenId)
      .slice(0, limit),
    total: parts.reduce((sum, p) => sum + p.total, 0),
  };
}

function overdueRange(today: string) {
  return (status: string): Bounds => ({
    lower: [status, Dexie.minKey],
    upper: [status, today],
    includeLower: true,
    includeUpper: false,
  });
}

function dayRange(day: string) {
  return (status: string): Bounds => ({
    lower: [status, day],
    upper: [status, day],
    includeLower: true,
    includeUpper: true,
  });
}

/** Pending promises whose day has passed in the user's time zone, oldest first. */
export async function overduePromises(db: ParoleDB, today: string): Promise<PromiseRecord[]> {
  return pendingBetween(db, overdueRange(today));
}

/** Pending promises due on `day`. */
export async function pendingDueOn(db: ParoleDB, day: string): Promise<PromiseRecord[]> {
  return pendingBetween(db, dayRange(day));
}

const everyDay = (status: string): Bounds => ({
  lower: [status, Dexie.minKey],
  upper: [status, Dexie.maxKey],
  includeLower: true,
  includeUpper: true,
});

/**
 * A null due day is not an IndexedDB key, so undated promises are absent from [status+due]:
 * their number is the status index's count minus the dated count (index keys only), and their
 * ids, read only when the list has room for them, are the status index's ids minus the dated ones.
 */
async function pendingUndated(db: ParoleDB, limit: number): Promise<Slice> {
  const counts = await Promise.all(
    PENDING_STATUSES.map(async (status) => {
      const [all, dated] = await Promise.all([
        db.promises.where('status').equals(status).count(),
        between(db, everyDay(status)).count(),
      ]);
      return all - dated;
    }),
  );
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0 || limit <= 0) return { promises: [], total };
  const ids = await Promise.all(
    PENDING_STATUSES.map(async (status) => {
      const [all, dated] = await Promise.all([
        db.promises.where('status').equals(status).primaryKeys(),
        between(db, everyDay(status)).primaryKeys(),
      ]);
      const datedIds = new Set(dated);
      return all.filter((id) => !datedIds.has(id));
    }),
  );
  const undated = ids.flat().sort((a, b) => a - b);
  const promises = (await db.promises.bulkGet(undated.slice(0, limit))).filter((p) => p !== undefined);
  return { promises, total };
}

async function split(db: ParoleDB, slice: Slice, today: string): Promise<PopupList> {
  const { promises, total } = slice;
  const keys = [...new Set(promises.flatMap((p) => (p.client_key === null ? [] : [p.client_key])))];
  const clients = new Map<string, ClientRecord>();
  for (const client of await db.clients.bulkGet(keys)) if (client) clients.set(client.key, client);
  const list: PopupList = { mine: [], theirs: [], total };
  for (const promise of promises) {
    const item: PopupItem = {
      promise,
      client: promise.client_key === null ? null : (clients.get(promise.client_key) ?? null),
      day: promise.due,
      days_late: promise.due !== null && promise.due < today ? daysBetween(promise.due, today) : 0,
    };
    (promise.owner === 'me' ? list.mine : list.theirs).push(item);
  }
  return list;
}

/** The popup's four lists for `now` in the user's time zone. */
export async function popupLists(
  db: ParoleDB,
  now: Date,
  timeZone: string,
  limit: number = POPUP_LIST_LIMIT,
): Promise<PopupLists> {
  const today = todayIn(timeZone, now);
  const sunday = endOfWeek(today);
  return db.transaction('r', db.promises, db.clients, async () => {
    const [overdue, dueToday, thisWeek, laterDated] = await Promise.all([
      pendingSlice(db, overdueRange(today), limit),
      pendingSlice(db, dayRange(today), limit),
      pendingSlice(
        db,
        (status) => ({
          lower: [status, today],
          upper: [status, sunday],
          includeLower: false,
          includeUpper: true,
        }),
        limit,
      ),
      pendingSlice(
        db,
        (status) => ({
          lower: [status, sunday],
          upper: [status, Dexie.maxKey],
          includeLower: false,
          includeUpper: true,
        }),
        limit,
      ),
    ]);
    const undated = await pendingUndated(db, limit - laterDated.promises.length);
    const later: Slice = {
      promises: [...laterDated.promises, ...undated.promises].slice(0, limit),
      total: laterDated.total + undated.total,
    };
    return {
      today,
      overdue: await split(db, overdue, today),
      due_today: await split(db, dueToday, today),
      this_week: await split(db, thisWeek, today),
      later: await split(db, later, today),
    };
  });
}

/** The badge: how many pending promises (anyone's) are past their day. Counts index keys only. */
export async function overdueCount(db: ParoleDB, now: Date, timeZone: string): Promise<number> {
  const today = todayIn(timeZone, now);
  const counts = await Promise.all(
    PENDING_STATUSES.map((status) =>
      db.promises.where('[status+due]').between([status, Dexie.minKey], [status, today], true, false).count(),
    ),
  );
  return counts.reduce((sum, n) => sum + n, 0);
}
