import { z } from 'zod';
import { LangSchema, OwnerSchema, VagueReasonSchema } from '../analysis/types.ts';
import { ProviderSchema } from '../mail/thread.ts';

/**
 * The shapes stored in the ledger (schema version 2), as zod schemas: the same schemas validate an
 * import file, so what the database holds and what it accepts back can never drift apart.
 */

/** A real calendar day, `YYYY-MM-DD`: the message names the format so an import error is readable. */
export const StoreDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isRealDay, 'expected a real calendar day');

function isRealDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An instant, as `Date.prototype.toISOString` writes it (UTC, milliseconds). */
export const IsoInstantSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
    'expected an ISO instant (YYYY-MM-DDTHH:MM:SS.sssZ)',
  );

/** Wall-clock time `HH:MM` in the user's time zone. */
export const ClockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

/**
 * What the ledger stores. `late` is not a stored status: it is derived from the due day and "today"
 * in the user's time zone (`isLate`), so it can never be stale. `renegotiated` is still pending,
 * with a new due day.
 */
export const STORED_STATUSES = ['open', 'kept', 'renegotiated', 'cancelled'] as const;
export const StoredStatusSchema = z.enum(STORED_STATUSES);
export type StoredStatus = z.infer<typeof StoredStatusSchema>;

/** Statuses that still bind someone: they can become late and they get reminders. */
export const PENDING_STATUSES = ['open', 'renegotiated'] as const satisfies readonly StoredStatus[];

export const HistoryEntrySchema = z.strictObject({
  at: IsoInstantSchema,
  from: StoredStatusSchema,
  to: StoredStatusSchema,
  from_due: StoreDaySchema.nullable(),
  to_due: StoreDaySchema.nullable(),
  note: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** Where the promise was read: enough to open the thread again and to dedupe. */
export const PromiseSourceSchema = z.strictObject({
  provider: ProviderSchema,
  thread_id: z.string().nullable(),
  thread_url: z.string().nullable(),
  message_id: z.string().nullable(),
  message_index: z.number().int().nonnegative(),
  sentence: z.string(),
  subject: z.string().nullable(),
});
export type PromiseSource = z.infer<typeof PromiseSourceSchema>;

export const PromiseRecordSchema = z.strictObject({
  id: z.number().int().positive(),
  /** Provider, thread, message and sentence: unique, so a sentence is never logged twice. */
  dedupe_key: z.string().min(1),
  owner: OwnerSchema,
  text: z.string(),
  action: z.string().nullable(),
  due: StoreDaySchema.nullable(),
  status: StoredStatusSchema,
  /** The user's local day the promise was marked kept: "kept on time" compares it with `due`. */
  kept_on: StoreDaySchema.nullable(),
  /** No reminder for this promise before this day (a snooze). */
  snoozed_until: StoreDaySchema.nullable(),
  vague: z.boolean(),
  vague_reasons: z.array(VagueReasonSchema),
  lang: LangSchema,
  source: PromiseSourceSchema,
  /** The client's normalised email (`normaliseEmail`), or null when the thread named none. */
  client_key: z.string().nullable(),
  history: z.array(HistoryEntrySchema),
  created_at: IsoInstantSchema,
  updated_at: IsoInstantSchema,
});
export type PromiseRecord = z.infer<typeof PromiseRecordSchema>;

export const ClientRecordSchema = z.strictObject({
  key: z.string().min(1),
  name: z.string().nullable(),
  first_seen: IsoInstantSchema,
});
export type ClientRecord = z.infer<typeof ClientRecordSchema>;

export const REMINDER_KINDS = ['due_morning', 'overdue'] as const;
export const ReminderKindSchema = z.enum(REMINDER_KINDS);
export type ReminderKind = z.infer<typeof ReminderKindSchema>;

/** A notification already shown: at most one per promise, kind and local day. */
export const ReminderRecordSchema = z.strictObject({
  promise_id: z.number().int().positive(),
  kind: ReminderKindSchema,
  day: StoreDaySchema,
  sent_at: IsoInstantSchema,
});
export type ReminderRecord = z.infer<typeof ReminderRecordSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z.string().refine(isTimeZone, 'expected an IANA time zone (e.g. Europe/Paris)');

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const WeekdaySchema = z.number().int().min(1).max(7);

export const SettingsSchema = z.strictObject({
  my_name: z.string(),
  /** Every address the user writes from: tells "me" from the client in a thread. */
  addresses: z.array(z.string()),
  signature: z.string(),
  trade: z.string(),
  working_days: z.array(WeekdaySchema),
  working_hours: z.strictObject({ start: ClockSchema, end: ClockSchema }),
  time_zone: TimeZoneSchema,
  language: z.enum(['auto', 'en', 'fr']),
  default_register: z.enum(['tu', 'vous']),
  /** ISO 3166-1 alpha-2: French B2B late-payment rules apply only in `FR`. */
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO country code (e.g. FR)'),
  clients: z.enum(['b2b', 'b2c']),
  /** Local times at which the day's notifications may fire. */
  reminder_times: z.strictObject({ due_morning: ClockSchema, overdue: ClockSchema }),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The single settings row's primary key. */
export const SETTINGS_KEY = 'settings';
export type SettingsRow = Settings & { key: typeof SETTINGS_KEY };

/**
 * Defaults before the user opens the options page. The time zone is the one the caller passes
 * (the options page passes the browser's), never guessed here.
 */
export function defaultSettings(timeZone: string): Settings {
  return {
    my_name: '',
    addresses: [],
    signature: '',
    trade: '',
    working_days: [1, 2, 3, 4, 5],
    working_hours: { start: '09:00', end: '18:00' },
    time_zone: timeZone,
    language: 'auto',
    default_register: 'vous',
    country: 'FR',
    clients: 'b2b',
    reminder_times: { due_morning: '08:30', overdue: '09:00' },
  };
}
