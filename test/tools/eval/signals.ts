/**
 * `eval signals <file>`: scores `detectSignals` on labelled client messages (eval/FORMAT.md,
 * "signals"): micro precision / recall / F1 over (item, signal) pairs, F1 per signal and per
 * language. A malformed line counts as wrong: every gold signal it might have held is unknown,
 * so it adds one false negative to keep the score honest without guessing labels.
 */
import { z } from 'zod';
import { detectSignals } from '../../../lib/analysis/signals/index.ts';
import {
  LANGS,
  type Lang,
  LangSchema,
  SIGNALS,
  type SignalKind,
  SignalKindSchema,
} from '../../../lib/analysis/types.ts';
import { type EvalOptions, prf, readJsonl, reportError } from './common.ts';

export const SignalItemSchema = z.object({
  id: z.string(),
  lang: LangSchema,
  sent_at: z.string(),
  text: z.string(),
  signals: z.array(SignalKindSchema),
});
export type SignalItem = z.infer<typeof SignalItemSchema>;

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export interface SignalScores {
  task: 'signals';
  n: number;
  micro_precision: number;
  micro_recall: number;
  micro_f1: number;
  per_signal: Record<SignalKind, number>;
  by_lang: Record<Lang, { micro_f1: number }>;
}

/** Scores predictions against gold; `malformed` lines each count as one missed signal. */
export function scoreSignals(
  items: readonly SignalItem[],
  predict: (item: SignalItem) => readonly SignalKind[],
  malformed = 0,
  onError?: (detail: unknown) => void,
): SignalScores {
  const all = zero();
  all.fn += malformed;
  const perSignal = new Map<SignalKind, Counts>(SIGNALS.map((s) => [s, zero()]));
  const perLang = new Map<Lang, Counts>(LANGS.map((l) => [l, zero()]));
  for (const item of items) {
    const gold = new Set(item.signals);
    const predicted = new Set(predict(item));
    const lang = perLang.get(item.lang) ?? zero();
    for (const s of SIGNALS) {
      const g = gold.has(s);
      const p = predicted.has(s);
      const key: keyof Counts | null = g && p ? 'tp' : p ? 'fp' : g ? 'fn' : null;
      if (!key) continue;
      all[key]++;
      lang[key]++;
      const c = perSignal.get(s);
      if (c) c[key]++;
    }
    const missed = [...gold].filter((s) => !predicted.has(s));
    const extra = [...predicted].filter((s) => !gold.has(s));
    if (missed.length > 0 || extra.length > 0) onError?.({ id: item.id, missed, extra, text: item.text });
  }
  const micro = prf(all.tp, all.fp, all.fn);
  const per_signal = Object.fromEntries(
    SIGNALS.map((s) => {
      const c = perSignal.get(s) ?? zero();
      return [s, prf(c.tp, c.fp, c.fn).f1];
    }),
  ) as Record<SignalKind, number>;
  const by_lang = Object.fromEntries(
    LANGS.map((l) => {
      const c = perLang.get(l) ?? zero();
      return [l, { micro_f1: prf(c.tp, c.fp, c.fn).f1 }];
    }),
  ) as Record<Lang, { micro_f1: number }>;
  return {
    task: 'signals',
    n: items.length + malformed,
    micro_precision: micro.precision,
    micro_recall: micro.recall,
    micro_f1: micro.f1,
    per_signal,
    by_lang,
  };
}

export async function run(path: string, options: EvalOptions): Promise<SignalScores> {
  const lines = readJsonl(path, SignalItemSchema);
  const items: SignalItem[] = [];
  let malformed = 0;
  for (const line of lines) {
    if ('item' in line) items.push(line.item);
    else {
      malformed++;
      reportError(options, { line: line.line, error: line.error });
    }
  }
  return scoreSignals(
    items,
    (item) => detectSignals(item.text, item.sent_at, item.lang).map((s) => s.signal),
    malformed,
    (detail) => reportError(options, detail),
  );
}
