import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** One scored line of a labelled set, or the reason it could not be read. */
export type Line<T> = { line: number; item: T } | { line: number; error: string };

/**
 * Reads a JSON Lines file against a schema. A malformed line is reported on stderr with its
 * line number and returned as an error (scored as wrong by the caller); it never stops the run.
 */
export function readJsonl<T>(path: string, schema: z.ZodType<T>): Line<T>[] {
  const out: Line<T>[] = [];
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const line = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      const error = `not JSON (${(e as Error).message})`;
      process.stderr.write(`${path}:${line}: ${error}\n`);
      out.push({ line, error });
      return;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const error = `${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}`;
      process.stderr.write(`${path}:${line}: ${error}\n`);
      out.push({ line, error });
      return;
    }
    out.push({ line, item: parsed.data });
  });
  return out;
}

export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Precision, recall and F1 from counts; an empty denominator scores 0. */
export function prf(tp: number, fp: number, fn: number) {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

/** Token-overlap F1 between two texts (lower-cased word tokens). */
export function tokenF1(predicted: string, gold: string): number {
  const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const p = tokens(predicted);
  const g = tokens(gold);
  if (p.length === 0 && g.length === 0) return 1;
  if (p.length === 0 || g.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / p.length;
  const recall = common / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Options every task accepts: `--errors` prints misclassified items on stderr. */
export interface EvalOptions {
  errors: boolean;
  baseline: string | null;
  args: string[];
}

export function reportError(options: EvalOptions, detail: unknown): void {
  if (options.errors) process.stderr.write(`${JSON.stringify(detail)}\n`);
}
