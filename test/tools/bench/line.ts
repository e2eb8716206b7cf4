/**
 * One line of `npm run bench` (shared CONTRACTS.md): `{"name","value","unit","baseline","ratio"}`,
 * where the baseline was measured in the same run on the same input; `note` says what the
 * baseline is, or why a value is missing (a part that does not exist yet prints null, never a guess).
 */
export interface BenchLine {
  name: string;
  value: number | null;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  note?: string;
}

const round = (x: number) => (Math.abs(x) >= 100 ? Math.round(x * 10) / 10 : Math.round(x * 1000) / 1000);

export function benchLine(
  name: string,
  value: number | null,
  unit: string,
  baseline: number | null,
  note?: string,
): BenchLine {
  const ratio =
    value === null || baseline === null || baseline === 0
      ? null
      : Math.round((value / baseline) * 1000) / 1000;
  return {
    name,
    value: value === null ? null : round(value),
    unit,
    baseline: baseline === null ? null : round(baseline),
    ratio,
    ...(note ? { note } : {}),
  };
}

/** A measure that could not be taken: null value and ratio, and why. */
export function unavailable(
  name: string,
  unit: string,
  note: string,
  baseline: number | null = null,
): BenchLine {
  return benchLine(name, null, unit, baseline, note);
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Median milliseconds of `task` after one warm-up call: at least `minRuns` runs, more until
 * `minMs` of measuring (short tasks need many runs to rise above timer noise), at most `maxRuns`.
 */
export function timeSync(task: () => unknown, minRuns = 5, minMs = 300, maxRuns = 500): number {
  task();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - started < minMs)) {
    const t0 = performance.now();
    task();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function timeAsync(
  task: () => Promise<unknown>,
  minRuns = 5,
  minMs = 300,
  maxRuns = 200,
): Promise<number> {
  await task();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - started < minMs)) {
    const t0 = performance.now();
    await task();
    times.push(performance.now() - t0);
  }
  return median(times);
}
