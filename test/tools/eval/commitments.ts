/**
 * `eval commitments <file.jsonl>`: detection P/R/F1 per item, owner and due accuracy over true
 * positives, vague P/R/F1 over gold commitments (shared eval/FORMAT.md, "commitments").
 */
import { z } from 'zod';
import { detectCommitments } from '../../../lib/analysis/commitments/detect.ts';
import { findDeadlines } from '../../../lib/analysis/dates/index.ts';
import { DaySchema, LangSchema, TextOwnerSchema, VagueReasonSchema } from '../../../lib/analysis/types.ts';
import { type EvalOptions, prf, readJsonl, reportError, round } from './common.ts';

const ItemSchema = z.object({
  id: z.string(),
  lang: LangSchema,
  from: z.enum(['me', 'client']),
  sent_at: z.string(),
  text: z.string(),
  commitment: z
    .object({
      owner: TextOwnerSchema,
      due: z.union([DaySchema, z.array(DaySchema), z.null()]),
      vague: z.boolean(),
      vague_reasons: z.array(VagueReasonSchema).optional(),
    })
    .nullable(),
});

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export async function run(path: string, options: EvalOptions) {
  const lines = readJsonl(path, ItemSchema);
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const byLang: Record<string, Counts> = { en: { tp: 0, fp: 0, fn: 0 }, fr: { tp: 0, fp: 0, fn: 0 } };
  let ownerRight = 0;
  let dueTotal = 0;
  let dueRight = 0;
  const vague: Counts = { tp: 0, fp: 0, fn: 0 };

  for (const line of lines) {
    if ('error' in line) {
      // A malformed line counts as wrong: a missed commitment.
      all.fn++;
      continue;
    }
    const { item } = line;
    const lang = byLang[item.lang] as Counts;
    const found =
      detectCommitments(item.text, { lang: item.lang, ref: item.sent_at, findDeadlines })[0] ?? null;
    const gold = item.commitment;
    if (gold === null && found === null) continue;
    if (gold === null) {
      all.fp++;
      lang.fp++;
      reportError(options, { id: item.id, error: 'false_positive', text: item.text, rules: found?.rules });
      continue;
    }
    if (found === null) {
      all.fn++;
      lang.fn++;
      if (gold.vague) vague.fn++;
      reportError(options, { id: item.id, error: 'missed', text: item.text });
      continue;
    }
    all.tp++;
    lang.tp++;
    if (found.owner === gold.owner) ownerRight++;
    else
      reportError(options, {
        id: item.id,
        error: 'owner',
        text: item.text,
        gold: gold.owner,
        got: found.owner,
      });
    if (gold.due !== null) {
      dueTotal++;
      const ok = Array.isArray(gold.due)
        ? found.due !== null && gold.due.includes(found.due)
        : found.due === gold.due;
      if (ok) dueRight++;
      else
        reportError(options, {
          id: item.id,
          error: 'due',
          text: item.text,
          ref: item.sent_at,
          gold: gold.due,
          got: found.due,
          deadline: found.deadline?.text ?? null,
        });
    }
    if (gold.vague && found.vague) vague.tp++;
    else if (gold.vague) vague.fn++;
    else if (found.vague) vague.fp++;
    if (gold.vague !== found.vague)
      reportError(options, {
        id: item.id,
        error: 'vague',
        text: item.text,
        gold: gold.vague_reasons ?? gold.vague,
        got: found.vague_reasons,
        rules: found.rules,
      });
  }
  // Gold commitments that were missed also count against vague recall (done above).
  const detection = prf(all.tp, all.fp, all.fn);
  const v = prf(vague.tp, vague.fp, vague.fn);
  return {
    task: 'commitments',
    n: lines.length,
    precision: detection.precision,
    recall: detection.recall,
    f1: detection.f1,
    owner_accuracy: all.tp === 0 ? 0 : round(ownerRight / all.tp),
    due_accuracy: dueTotal === 0 ? 0 : round(dueRight / dueTotal),
    vague_precision: v.precision,
    vague_recall: v.recall,
    vague_f1: v.f1,
    by_lang: {
      en: { f1: prf(byLang.en?.tp ?? 0, byLang.en?.fp ?? 0, byLang.en?.fn ?? 0).f1 },
      fr: { f1: prf(byLang.fr?.tp ?? 0, byLang.fr?.fp ?? 0, byLang.fr?.fn ?? 0).f1 },
    },
  };
}
