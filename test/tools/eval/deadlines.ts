/**
 * `eval deadlines <file> [--errors] [--baseline chrono]`: resolves each time expression of a
 * deadlines set (shared eval/FORMAT.md) and scores the day and the vague flag.
 *
 * `accuracy`: the predicted due is right. Gold null needs a null prediction; a gold list accepts
 * any one of its days. A predicted list is right only when every day in it is acceptable (a
 * list may not hedge its way onto the right day), so a single day is never worse than a list.
 * `--baseline chrono` also scores chrono-node alone on the same items: its casual parser for the
 * item's language, the first result's start instant read as a day in ref's offset, vague when it
 * finds nothing.
 */
import { z } from 'zod';
import { formatDay, parseRef } from '../../../lib/analysis/dates/calendar.ts';
import { chronoOnly } from '../../../lib/analysis/dates/chrono-extensions.ts';
import { resolveDeadline } from '../../../lib/analysis/dates/index.ts';
import { DaySchema, type Lang, LangSchema } from '../../../lib/analysis/types.ts';
import { type EvalOptions, readJsonl, reportError, round } from './common.ts';

const ItemSchema = z.object({
  id: z.string(),
  lang: LangSchema,
  ref: z.string(),
  text: z.string(),
  due: z.union([DaySchema, z.array(DaySchema).min(1), z.null()]),
  vague: z.boolean(),
});
type Item = z.infer<typeof ItemSchema>;

type Due = string | string[] | null;

/** The scoring rule described above. */
export function dueIsRight(predicted: Due, gold: Due): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const acceptable = new Set(Array.isArray(gold) ? gold : [gold]);
  const days = Array.isArray(predicted) ? predicted : [predicted];
  return days.length > 0 && days.every((d) => acceptable.has(d));
}

interface Prediction {
  due: Due;
  vague: boolean;
}

function chronoBaseline(item: Item): Prediction {
  const ref = parseRef(item.ref);
  if (!ref) return { due: null, vague: true };
  const first = chronoOnly(item.text, ref, item.lang)[0];
  if (!first) return { due: null, vague: true };
  const localMs = first.start.date().getTime() + ref.offsetMinutes * 60_000;
  return { due: formatDay(Math.floor(localMs / 86_400_000)), vague: false };
}

interface Tally {
  n: number;
  due: number;
  vague: number;
}
const tally = (): Tally => ({ n: 0, due: 0, vague: 0 });
const scores = (t: Tally) => ({
  accuracy: t.n === 0 ? 0 : round(t.due / t.n),
  vague_accuracy: t.n === 0 ? 0 : round(t.vague / t.n),
});

export async function run(path: string, options: EvalOptions): Promise<Record<string, unknown>> {
  const lines = readJsonl(path, ItemSchema);
  const withBaseline = options.baseline === 'chrono';
  if (options.baseline !== null && !withBaseline) {
    process.stderr.write(`deadlines: unknown baseline "${options.baseline}" (known: chrono)\n`);
  }
  const all = tally();
  const base = tally();
  const byLang: Record<Lang, Tally> = { en: tally(), fr: tally() };
  for (const line of lines) {
    all.n++;
    base.n++;
    if (!('item' in line)) continue;
    const item = line.item;
    const lang = byLang[item.lang];
    lang.n++;
    const got = resolveDeadline(item.text, item.ref, item.lang);
    const dueOk = dueIsRight(got.due, item.due);
    const vagueOk = got.vague === item.vague;
    if (dueOk) {
      all.due++;
      lang.due++;
    }
    if (vagueOk) {
      all.vague++;
      lang.vague++;
    }
    if (!dueOk || !vagueOk) {
      reportError(options, {
        id: item.id,
        line: line.line,
        text: item.text,
        ref: item.ref,
        gold: { due: item.due, vague: item.vague },
        got,
      });
    }
    if (withBaseline) {
      const b = chronoBaseline(item);
      if (dueIsRight(b.due, item.due)) base.due++;
      if (b.vague === item.vague) base.vague++;
    }
  }
  return {
    task: 'deadlines',
    n: all.n,
    ...scores(all),
    by_lang: { en: scores(byLang.en), fr: scores(byLang.fr) },
    ...(withBaseline ? { baselines: { chrono: scores(base) } } : {}),
  };
}
