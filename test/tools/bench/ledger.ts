import { addDays, endOfWeek, todayIn } from '../../../lib/store/day.ts';
import { overdueCount, POPUP_LIST_LIMIT, popupLists } from '../../../lib/store/popup.ts';
import type { PromiseRecord, StoredStatus } from '../../../lib/store/records.ts';
import { isPending } from '../../../lib/store/status.ts';
import { freshDb, promiseRecord } from '../../../lib/store/test-support.ts';
import { exportJson, importJson } from '../../../lib/store/transfer.ts';
import { type BenchLine, benchLine } from './line.ts';

/**
 * The promise ledger at 50,000 promises (fake-indexeddb, in memory): the popup's queries read
 * ranges of the [status+due] index; their baseline is the naive way, a full scan of the table
 * filtered in JavaScript, run on the same data in the same run. Then the import of a
 * 50,000-promise export, validated whole then written (baseline: the same records written with
 * no validation, so the ratio is the price of refusing bad files safely), and the export's size,
 * which stands for the database's size (baseline: the same tables as indented JSON).
 */

const N = 50_000;
const ZONE = 'Europe/Paris';
const NOW = new Date('2026-11-25T09:00:00Z');

/** Deterministic pseudo-random numbers (mulberry32): the same ledger every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Years of use: most promises closed, 1.5% (750) still pending around today. */
function ledger(): Array<Omit<PromiseRecord, 'id'>> {
  const next = random(42);
  const today = todayIn(ZONE, NOW);
  const rows: Array<Omit<PromiseRecord, 'id'>> = [];
  for (let n = 0; n < N; n++) {
    const r = next();
    const status: StoredStatus =
      r < 0.9 ? 'kept' : r < 0.985 ? 'cancelled' : r < 0.988 ? 'renegotiated' : 'open';
    const pending = status === 'open' || status === 'renegotiated';
    // Closed promises spread over two years back; pending ones from a month back to two months ahead.
    const offset = pending ? Math.floor(next() * 90) - 30 : -Math.floor(next() * 730);
    const due = next() < 0.05 ? null : addDays(today, offset);
    const o = next();
    rows.push(
      promiseRecord(n, {
        status,
        due,
        owner: o < 0.6 ? 'me' : o < 0.95 ? 'client' : 'third_party',
        kept_on: status === 'kept' && due !== null ? addDays(due, Math.floor(next() * 6) - 2) : null,
        client_key: `client${Math.floor(next() * 500)}@example.com`,
      }),
    );
  }
  return rows;
}

/** Median wall time of `runs` calls after one warm-up, in milliseconds. */
async function time(runs: number, task: () => Promise<unknown>): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export async function benchLedger(): Promise<BenchLine[]> {
  const db = freshDb('bench-ledger');
  const rows = ledger();
  await db.transaction('rw', db.promises, async () => {
    // Slices keep fake-indexeddb's request queue short (it shifts an array per request).
    for (let i = 0; i < rows.length; i += 5000) await db.promises.bulkAdd(rows.slice(i, i + 5000));
  });
  const clients = Array.from({ length: 500 }, (_, i) => ({
    key: `client${i}@example.com`,
    name: `Client ${i}`,
    first_seen: '2024-01-01T09:00:00.000Z',
  }));
  await db.clients.bulkAdd(clients);

  // The naive popup: read every promise, bucket in JavaScript, same output shape.
  const today = todayIn(ZONE, NOW);
  const sunday = endOfWeek(today);
  const naivePopup = async () => {
    const all = await db.promises.toArray();
    const pending = all.filter((p) => isPending(p.status));
    const byName = new Map(clients.map((c) => [c.key, c]));
    const list = (ps: PromiseRecord[]) => ({
      items: ps.slice(0, POPUP_LIST_LIMIT).map((p) => ({ p, c: byName.get(p.client_key ?? '') })),
      total: ps.length,
    });
    return {
      overdue: list(pending.filter((p) => p.due !== null && p.due < today)),
      today: list(pending.filter((p) => p.due === today)),
      week: list(pending.filter((p) => p.due !== null && p.due > today && p.due <= sunday)),
      later: list(pending.filter((p) => p.due === null || p.due > sunday)),
    };
  };
  const naiveCount = async () =>
    (await db.promises.toArray()).filter((p) => isPending(p.status) && p.due !== null && p.due < today)
      .length;

  // Both ways must agree before either is timed.
  const [indexed, naive] = await Promise.all([popupLists(db, NOW, ZONE), naivePopup()]);
  const totals = (lists: Array<{ total: number }>) => lists.map((l) => l.total).join(',');
  const expected = totals([naive.overdue, naive.today, naive.week, naive.later]);
  if (totals([indexed.overdue, indexed.due_today, indexed.this_week, indexed.later]) !== expected) {
    throw new Error(`popup lists disagree with the full scan (${expected})`);
  }

  const popup = await time(7, () => popupLists(db, NOW, ZONE));
  const popupNaive = await time(2, naivePopup);
  const badge = await time(7, () => overdueCount(db, NOW, ZONE));
  const badgeNaive = await time(2, naiveCount);

  const exported = await exportJson(db, NOW);
  const importStart = performance.now();
  const imported = await importJson(freshDb('bench-import'), exported);
  const importMs = performance.now() - importStart;
  if (!imported.ok) throw new Error(`benchmark import refused: ${imported.error}`);

  // Baseline: the same records written the same way with no validation at all (what the
  // whole-file zod check before writing costs).
  const records = JSON.parse(exported) as { promises: PromiseRecord[] };
  const raw = freshDb('bench-import-raw');
  const rawStart = performance.now();
  await raw.transaction('rw', raw.promises, async () => {
    for (let i = 0; i < records.promises.length; i += 5000) {
      await raw.promises.bulkPut(records.promises.slice(i, i + 5000));
    }
  });
  const rawImportMs = performance.now() - rawStart;

  const bytes = new TextEncoder().encode(exported).length;
  const indentedBytes = new TextEncoder().encode(JSON.stringify(JSON.parse(exported), null, 2)).length;

  return [
    benchLine('ledger.popup_lists_50k', popup, 'ms', popupNaive, 'baseline: full table scan filtered in JS'),
    benchLine(
      'ledger.overdue_count_50k',
      badge,
      'ms',
      badgeNaive,
      'baseline: full table scan filtered in JS',
    ),
    benchLine(
      'ledger.import_json_50k',
      importMs,
      'ms',
      rawImportMs,
      'baseline: the same bulkPut, no validation',
    ),
    benchLine(
      'ledger.export_json_bytes_50k',
      bytes,
      'bytes',
      indentedBytes,
      'baseline: the same tables as indented JSON',
    ),
  ];
}
