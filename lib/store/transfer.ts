import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { z } from 'zod';
import { addDays } from './day.ts';
import type { ParoleDB } from './db.ts';
import {
  type ClientRecord,
  ClientRecordSchema,
  IsoInstantSchema,
  type PromiseRecord,
  PromiseRecordSchema,
  ReminderRecordSchema,
  SETTINGS_KEY,
  type Settings,
  SettingsSchema,
} from './records.ts';
import { isLate, isPending } from './status.ts';

/**
 * Everything out (JSON, CSV, calendar) and back in (JSON).
 *
 * The JSON export is the backup: complete (every table), versioned (`format`, `version`), and
 * written in a stable order (records sorted by key, object keys sorted) so that
 * export → import → export gives the same bytes. `exported_at` is the caller's `exportedAt`
 * parameter, not the clock, so two exports of the same ledger at the same instant are identical.
 */

export const EXPORT_FORMAT = 'parole-export';
/** Version of the export file's shape (independent of the database's schema version). */
export const EXPORT_VERSION = 1;
/** An export of 50,000 promises is about 38 MB; anything larger is not one of ours. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
/** The export nests five levels deep; a deeper file is hostile or broken. */
export const IMPORT_MAX_DEPTH = 16;
/**
 * Promises are written in slices of this size, still inside the one transaction (all or
 * nothing): a single 50,000-record request queue costs quadratic time in fake-indexeddb (the
 * tests' and benchmark's IndexedDB shifts its queue array per request) and holds every pending
 * request in memory in a browser.
 */
const WRITE_CHUNK = 5000;
/** Keys that could reach an object's prototype when a record is later spread or merged. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const ExportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exported_at: IsoInstantSchema,
  settings: SettingsSchema.nullable(),
  clients: z.array(ClientRecordSchema),
  promises: z.array(PromiseRecordSchema),
  reminders: z.array(ReminderRecordSchema),
});
type ExportFile = z.infer<typeof ExportFileSchema>;

/** A value with its object keys sorted, recursively: JSON.stringify then writes them in order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort())
      sorted[key] = canonical((value as Record<string, unknown>)[key]);
    return sorted;
  }
  return value;
}

/** One record per line: a diff of two exports shows which promises changed. */
function jsonArray(records: unknown[]): string {
  if (records.length === 0) return '[]';
  return `[\n${records.map((r) => JSON.stringify(canonical(r))).join(',\n')}\n]`;
}

async function readAll(db: ParoleDB) {
  return db.transaction('r', [db.promises, db.clients, db.reminders, db.settings], async () => {
    const row = await db.settings.get(SETTINGS_KEY);
    let settings: Settings | null = null;
    if (row) {
      const { key: _key, ...rest } = row;
      settings = rest;
    }
    return {
      settings,
      // Tables read in primary-key order: ids, client keys, [promise_id+kind+day].
      clients: await db.clients.toArray(),
      promises: await db.promises.toArray(),
      reminders: await db.reminders.toArray(),
    };
  });
}

export async function exportJson(db: ParoleDB, exportedAt: Date): Promise<string> {
  const all = await readAll(db);
  return [
    `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exported_at":${JSON.stringify(exportedAt.toISOString())},`,
    `"settings":${JSON.stringify(canonical(all.settings))},`,
    `"clients":${jsonArray(all.clients)},`,
    `"promises":${jsonArray(all.promises)},`,
    `"reminders":${jsonArray(all.reminders)}}\n`,
  ].join('\n');
}

export type ImportResult =
  | { ok: true; counts: { promises: number; clients: number; reminders: number; settings: boolean } }
  | { ok: false; error: string };

/** `promises[3].due` from a zod or walk path. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || '(root)';
}

function byteLength(text: string): number {
  // Each UTF-16 unit encodes to 1–3 UTF-8 bytes: only encode when the bounds can't decide.
  if (text.length > IMPORT_MAX_BYTES) return text.length;
  if (text.length * 3 <= IMPORT_MAX_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/** Nesting depth of JSON text, found before parsing so a hostile file never reaches the parser. */
function exceedsDepth(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** Keys that must be unique across records, and reminders that must name a promise. */
function consistencyError(file: ExportFile): string | null {
  const ids = new Set<number>();
  const dedupe = new Set<string>();
  for (const [i, p] of file.promises.entries()) {
    if (ids.has(p.id)) return `promises[${i}].id: duplicate id ${p.id}`;
    if (dedupe.has(p.dedupe_key)) return `promises[${i}].dedupe_key: duplicate of an earlier promise`;
    ids.add(p.id);
    dedupe.add(p.dedupe_key);
  }
  const clients = new Set<string>();
  for (const [i, c] of file.clients.entries()) {
    if (clients.has(c.key)) return `clients[${i}].key: duplicate client ${JSON.stringify(c.key)}`;
    clients.add(c.key);
  }
  const reminders = new Set<string>();
  for (const [i, r] of file.reminders.entries()) {
    if (!ids.has(r.promise_id)) return `reminders[${i}].promise_id: no promise with id ${r.promise_id}`;
    const key = `${r.promise_id}|${r.kind}|${r.day}`;
    if (reminders.has(key)) return `reminders[${i}]: duplicate reminder`;
    reminders.add(key);
  }
  return null;
}

/** Checks a whole file and returns it typed, or the first problem as `path: reason`. */
function validate(text: string): { ok: true; file: ExportFile } | { ok: false; error: string } {
  const bytes = byteLength(text);
  if (bytes > IMPORT_MAX_BYTES) {
    return { ok: false, error: `file too large: ${bytes} bytes (the limit is ${IMPORT_MAX_BYTES})` };
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // A regex rather than trim(): no 50 MB copy of the text just to test for emptiness.
  if (!/\S/.test(body)) return { ok: false, error: 'the file is empty' };
  if (exceedsDepth(body, IMPORT_MAX_DEPTH)) {
    return { ok: false, error: `nested deeper than ${IMPORT_MAX_DEPTH} levels: not a Parole export` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (e) {
    return { ok: false, error: `not valid JSON (truncated or damaged?): ${(e as Error).message}` };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, error: '(root): expected an object' };
  }
  const { format, version } = parsed as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) {
    return {
      ok: false,
      error: `format: expected "${EXPORT_FORMAT}", got ${JSON.stringify(format) ?? 'nothing'}`,
    };
  }
  if (version !== EXPORT_VERSION) {
    return {
      ok: false,
      error: `version: this Parole reads export version ${EXPORT_VERSION}, the file is version ${JSON.stringify(version) ?? 'missing'}`,
    };
  }
  const checked = ExportFileSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const path = issue?.path ?? [];
    // Every object in the file is strict, so a `__proto__` or `constructor` key anywhere
    // surfaces here as an unrecognised key, with its path; zod copies known keys only.
    const forbidden =
      issue?.code === 'unrecognized_keys' ? issue.keys.find((k) => FORBIDDEN_KEYS.has(k)) : undefined;
    if (forbidden !== undefined)
      return { ok: false, error: `${formatPath([...path, forbidden])}: forbidden key` };
    return { ok: false, error: `${formatPath(path)}: ${issue?.message ?? 'invalid'}` };
  }
  const inconsistent = consistencyError(checked.data);
  if (inconsistent) return { ok: false, error: inconsistent };
  return { ok: true, file: checked.data };
}

/**
 * Restores a JSON export: the file is validated whole first, and only a valid file replaces
 * the ledger, in one transaction (all tables cleared, then bulk-written). A refused file
 * changes nothing. This is a restore, not a merge: the UI asks before calling it.
 */
export async function importJson(db: ParoleDB, text: string): Promise<ImportResult> {
  const result = validate(text);
  if (!result.ok) return result;
  const { file } = result;
  await db.transaction('rw', [db.promises, db.clients, db.reminders, db.settings], async () => {
    await Promise.all([db.promises.clear(), db.clients.clear(), db.reminders.clear(), db.settings.clear()]);
    for (let i = 0; i < file.promises.length; i += WRITE_CHUNK) {
      await db.promises.bulkPut(file.promises.slice(i, i + WRITE_CHUNK));
    }
    await db.clients.bulkPut(file.clients);
    await db.reminders.bulkPut(file.reminders);
    if (file.settings) await db.settings.put({ ...file.settings, key: SETTINGS_KEY });
  });
  return {
    ok: true,
    counts: {
      promises: file.promises.length,
      clients: file.clients.length,
      reminders: file.reminders.length,
      settings: file.settings !== null,
    },
  };
}

/** Empties every table (the options page's "delete everything"); the schema stays. */
export async function deleteEverything(db: ParoleDB): Promise<void> {
  await db.transaction('rw', [db.promises, db.clients, db.reminders, db.settings], async () => {
    await Promise.all([db.promises.clear(), db.clients.clear(), db.reminders.clear(), db.settings.clear()]);
  });
}

const CSV_COLUMNS = [
  'id',
  'owner',
  'status',
  'late',
  'due',
  'text',
  'action',
  'client_email',
  'client_name',
  'vague',
  'vague_reasons',
  'provider',
  'subject',
  'thread_url',
  'created_at',
  'updated_at',
] as const;

/**
 * One CSV field, RFC 4180: quoted when it holds a comma, quote or line break, quotes doubled.
 * A text starting with = + - @ is prefixed with an apostrophe: spreadsheets would run it as a
 * formula, and these texts come from email (CSV injection).
 */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export interface CsvOptions {
  now: Date;
  timeZone: string;
  /**
   * Start with a UTF-8 byte order mark (default true): Excel, which many freelancers open
   * CSV files with, otherwise reads UTF-8 as Windows-1252 and mangles every accent.
   */
  bom?: boolean;
}

/** Every promise as a spreadsheet row, CRLF line ends, `late` computed for `now`. */
export async function exportCsv(db: ParoleDB, options: CsvOptions): Promise<string> {
  const all = await readAll(db);
  const clients = new Map(all.clients.map((c): [string, ClientRecord] => [c.key, c]));
  const rows = all.promises.map((p: PromiseRecord) =>
    [
      String(p.id),
      p.owner,
      p.status,
      isLate(p, options.now, options.timeZone) ? 'yes' : 'no',
      p.due ?? '',
      p.text,
      p.action ?? '',
      p.client_key ?? '',
      (p.client_key && clients.get(p.client_key)?.name) || '',
      p.vague ? 'yes' : 'no',
      p.vague_reasons.join(';'),
      p.source.provider,
      p.source.subject ?? '',
      p.source.thread_url ?? '',
      p.created_at,
      p.updated_at,
    ]
      .map(csvField)
      .join(','),
  );
  const lines = [CSV_COLUMNS.join(','), ...rows].join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${lines}\r\n`;
}

function dateArray(day: string): DateArray {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/**
 * The due days as a calendar: one all-day event per pending promise with a due day.
 * Written with the `ics` package rather than by hand: RFC 5545's line folding at 75 octets
 * (without splitting a UTF-8 character), text escaping and all-day DATE values are easy to
 * get subtly wrong, and calendar apps reject or garble the file when they are.
 * Event UIDs derive from the promise id, so re-importing an updated file updates the events.
 */
export async function exportIcs(db: ParoleDB, exportedAt: Date): Promise<string> {
  const all = await readAll(db);
  const events = all.promises
    .filter((p): p is PromiseRecord & { due: string } => isPending(p.status) && p.due !== null)
    .map((p) => {
      const event: EventAttributes & { timestamp: number } = {
        uid: `promise-${p.id}@parole`,
        title: p.action ?? p.text,
        description: [p.text, p.source.subject].filter(Boolean).join('\n'),
        start: dateArray(p.due),
        end: dateArray(addDays(p.due, 1)),
        categories: ['Parole', p.owner === 'me' ? 'mine' : 'theirs'],
        timestamp: exportedAt.getTime(),
        ...(p.source.thread_url?.startsWith('https://') ? { url: p.source.thread_url } : {}),
      };
      return event;
    });
  if (events.length === 0) {
    // createEvents refuses an empty list; an empty calendar is still a valid answer.
    return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nPRODID:parole\r\nEND:VCALENDAR\r\n';
  }
  const { error, value } = createEvents(events, { productId: 'parole', calName: 'Parole' });
  if (error || value === null) throw error ?? new Error('ics produced no calendar');
  return value;
}
