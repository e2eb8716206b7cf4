import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { logAll, setStatus } from './ledger.ts';
import { markReminderSent } from './reminders.ts';
import { saveSettings } from './settings.ts';
import { commitment, freshDb, THREAD } from './test-support.ts';
import {
  deleteEverything,
  exportCsv,
  exportIcs,
  exportJson,
  IMPORT_MAX_BYTES,
  importJson,
} from './transfer.ts';

const now = new Date('2026-11-23T10:00:00Z');
const exportedAt = new Date('2026-11-24T08:00:00Z');

/** A ledger with every table filled, accents, quotes, commas and line breaks included. */
async function filled() {
  const db = freshDb();
  await saveSettings(db, { my_name: 'Léa Martin', addresses: ['lea@example.com'] }, 'Europe/Paris');
  const ids = await logAll(
    db,
    {
      thread: THREAD,
      client: { name: 'Paul Durand', email: 'paul@client.example' },
      commitments: [
        commitment(),
        commitment({
          message_id: 'm2',
          text: 'Je vous envoie la "V2", promis,\nvendredi.',
          lang: 'fr',
          due: '2026-11-27',
        }),
        commitment({
          message_id: 'm3',
          owner: 'client',
          text: '=HYPERLINK("x")',
          action: null,
          due: null,
          vague: true,
          vague_reasons: ['no_date'],
        }),
      ],
    },
    now,
  );
  await setStatus(
    db,
    ids[0] ?? 0,
    { status: 'renegotiated', due: '2026-12-01', note: 'contenu en retard' },
    now,
    'UTC',
  );
  await markReminderSent(db, { promise: { id: ids[1] ?? 0 }, kind: 'due_morning', day: '2026-11-27' }, now);
  return { db, ids };
}

async function snapshot(db: Awaited<ReturnType<typeof filled>>['db']) {
  return {
    promises: await db.promises.toArray(),
    clients: await db.clients.toArray(),
    reminders: await db.reminders.toArray(),
    settings: await db.settings.toArray(),
  };
}

describe('JSON export and import', () => {
  it('is complete and versioned', async () => {
    const { db } = await filled();
    const file = JSON.parse(await exportJson(db, exportedAt));
    expect(file.format).toBe('parole-export');
    expect(file.version).toBe(1);
    expect(file.exported_at).toBe(exportedAt.toISOString());
    expect(file.promises).toHaveLength(3);
    expect(file.clients).toEqual([
      { first_seen: now.toISOString(), key: 'paul@client.example', name: 'Paul Durand' },
    ]);
    expect(file.reminders).toHaveLength(1);
    expect(file.settings.my_name).toBe('Léa Martin');
    expect(file.settings.key).toBeUndefined();
  });

  it('export → import → export is byte for byte identical, into a fresh or a used database', async () => {
    const { db } = await filled();
    const first = await exportJson(db, exportedAt);
    const target = freshDb();
    await logAll(
      target,
      { thread: { ...THREAD, thread_id: 'other' }, client: null, commitments: [commitment()] },
      now,
    );
    const result = await importJson(target, first);
    expect(result).toEqual({ ok: true, counts: { promises: 3, clients: 1, reminders: 1, settings: true } });
    expect(await exportJson(target, exportedAt)).toBe(first);
    expect(await snapshot(target)).toEqual(await snapshot(db));
  });

  it('writes records in a stable order whatever order they were stored in', async () => {
    const { db } = await filled();
    const first = await exportJson(db, exportedAt);
    const shuffled = JSON.parse(first);
    shuffled.promises.reverse();
    shuffled.promises = shuffled.promises.map((p: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(p).reverse()),
    );
    const target = freshDb();
    expect((await importJson(target, JSON.stringify(shuffled))).ok).toBe(true);
    expect(await exportJson(target, exportedAt)).toBe(first);
  });

  it('keeps auto-increment ids going after an import', async () => {
    const { db } = await filled();
    const target = freshDb();
    await importJson(target, await exportJson(db, exportedAt));
    const [id] = await logAll(
      target,
      { thread: { ...THREAD, thread_id: 'new' }, client: null, commitments: [commitment()] },
      now,
    );
    expect(id).toBe(4);
  });
});

describe('import refusals change nothing', () => {
  async function refused(mutate: (file: Record<string, unknown>, text: string) => string) {
    const { db } = await filled();
    const good = await exportJson(db, exportedAt);
    const target = (await filled()).db;
    const before = await snapshot(target);
    const result = await importJson(target, mutate(JSON.parse(good), good));
    expect(await snapshot(target)).toEqual(before);
    if (result.ok) throw new Error('expected the import to be refused');
    return result.error;
  }
  // biome-ignore lint/suspicious/noExplicitAny: each case breaks an arbitrary path of the parsed file.
  const bad = (change: (file: Record<string, any>) => void) => (file: Record<string, unknown>) => {
    change(file);
    return JSON.stringify(file);
  };

  it('names the path and reason of the first error', async () => {
    expect(await refused(bad((f) => (f.promises[2].due = '27/11/2026')))).toBe(
      'promises[2].due: expected YYYY-MM-DD',
    );
    expect(await refused(bad((f) => (f.promises[1].due = '2026-02-30')))).toBe(
      'promises[1].due: expected a real calendar day',
    );
    expect(await refused(bad((f) => (f.promises[0].status = 'late')))).toMatch(/^promises\[0\]\.status: /);
    expect(await refused(bad((f) => (f.promises[0].source.extra = 1)))).toMatch(
      /^promises\[0\]\.source: .*extra/,
    );
    expect(await refused(bad((f) => (f.settings.time_zone = 'Mars/Olympus')))).toMatch(
      /^settings\.time_zone: expected an IANA/,
    );
  });

  it('refuses inconsistent records', async () => {
    expect(await refused(bad((f) => (f.promises[1].id = f.promises[0].id)))).toBe(
      'promises[1].id: duplicate id 1',
    );
    expect(await refused(bad((f) => (f.reminders[0].promise_id = 99)))).toBe(
      'reminders[0].promise_id: no promise with id 99',
    );
  });

  it('refuses another format or version', async () => {
    expect(await refused(bad((f) => (f.format = 'other-app')))).toBe(
      'format: expected "parole-export", got "other-app"',
    );
    expect(await refused(bad((f) => (f.version = 2)))).toBe(
      'version: this Parole reads export version 1, the file is version 2',
    );
  });

  it('refuses truncated, empty and non-object files', async () => {
    expect(await refused((_f, text) => text.slice(0, text.length / 2))).toMatch(
      /^not valid JSON \(truncated or damaged\?\)/,
    );
    expect(await refused(() => '')).toBe('the file is empty');
    expect(await refused(() => '[1,2]')).toBe('(root): expected an object');
  });

  it('refuses prototype-pollution keys anywhere', async () => {
    expect(
      await refused((_f, text) => text.replace('"format"', '"__proto__":{"polluted":true},"format"')),
    ).toBe('__proto__: forbidden key');
    expect(
      await refused(bad((f) => (f.promises[1].source = { ...f.promises[1].source, constructor: {} }))),
    ).toBe('promises[1].source.constructor: forbidden key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses deep nesting and oversized files before parsing', async () => {
    expect(await refused(() => `${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toMatch(
      /^nested deeper than 16 levels/,
    );
    expect(await refused(() => ' '.repeat(IMPORT_MAX_BYTES + 1))).toMatch(/^file too large: 52428801 bytes/);
  });
});

describe('CSV and calendar exports', () => {
  it('writes RFC 4180 CSV with a BOM, CRLF, quoting and formula neutralising', async () => {
    const { db } = await filled();
    const csv = await exportCsv(db, { now: new Date('2026-12-05T10:00:00Z'), timeZone: 'Europe/Paris' });
    expect(csv.startsWith('\uFEFFid,owner,status,late,due,text,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"Je vous envoie la ""V2"", promis,\nvendredi."');
    expect(csv).toContain(`,"'=HYPERLINK(""x"")",`);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^1,me,renegotiated,yes,2026-12-01,/);
    expect((await exportCsv(db, { now, timeZone: 'UTC', bom: false })).startsWith('id,')).toBe(true);
  });

  it('writes one all-day event per pending promise with a due day', async () => {
    const { db, ids } = await filled();
    await setStatus(db, ids[1] ?? 0, { status: 'kept' }, now, 'UTC');
    const ics = await exportIcs(db, exportedAt);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261201');
    expect(ics).toContain('DTEND;VALUE=DATE:20261202');
    expect(ics).toContain('UID:promise-1@parole');
    expect(ics).toContain('DTSTAMP:20261124T080000Z');
    expect(await exportIcs(db, exportedAt)).toBe(ics);
  });

  it('writes an empty calendar when nothing is due', async () => {
    const ics = await exportIcs(freshDb(), exportedAt);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).not.toContain('VEVENT');
  });
});

it('deletes everything', async () => {
  const { db } = await filled();
  await deleteEverything(db);
  expect(await snapshot(db)).toEqual({ promises: [], clients: [], reminders: [], settings: [] });
});
