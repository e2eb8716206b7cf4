/**
 * What went wrong with a write, in terms a user can act on. IndexedDB reports a full disk or a
 * browser quota as `QuotaExceededError`; Dexie may wrap it (`inner`) inside its own error.
 */
export type StoreProblem = { kind: 'quota' } | { kind: 'other'; detail: string };

export function describeStoreError(error: unknown): StoreProblem {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const { name, message, inner } = e as { name?: string; message?: string; inner?: unknown };
    if (name === 'QuotaExceededError' || /quota/i.test(message ?? '')) return { kind: 'quota' };
    e = inner;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'other', detail: detail.split('\n')[0] ?? detail };
}
