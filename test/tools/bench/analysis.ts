/**
 * The analysis engine's speed, each against a baseline run in the same process on the same text:
 * - a 50-message bilingual thread through `analyzeThread` vs compromise's bare parse (`nlp(text)`)
 *   of every message's text: the cost of one English NLP pass, the floor the target (≤ 2×) is set on;
 * - the commitments dev set through the detector, in sentences per second, vs compromise's bare
 *   parse of the same items (bare sentence splitting is ~1000× faster than either: no useful floor);
 * - a 300-word draft through `checkDraft` (budget 10 ms) vs compromise's bare parse of the same draft.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { detectCommitments } from '../../../lib/analysis/commitments/detect.ts';
import { findDeadlines } from '../../../lib/analysis/dates/index.ts';
import { splitSentences } from '../../../lib/analysis/sentences.ts';
import type { Lang } from '../../../lib/analysis/types.ts';
import type { Thread } from '../../../lib/mail/thread.ts';
import { type BenchLine, benchLine, timeAsync, timeSync, unavailable } from './line.ts';

const EVAL_SET = 'test/fixtures/eval/commitments.dev.jsonl';

/** The analysis entry point is loaded by path so the bench still runs (and says so) before it lands. */
const ANALYZE_MODULE = '../../../lib/analysis/analyze.ts';
const DRAFT_CHECK_MODULE = '../../../lib/analysis/draft-check/index.ts';

type AnalyzeThread = (thread: Thread, options: { me: string | null; now: string }) => unknown;
type CheckDraft = (draft: string, lang: Lang, options: { now: string }) => unknown;

async function load<T>(path: string, name: string): Promise<T | null> {
  try {
    const mod = (await import(path)) as Record<string, unknown>;
    return typeof mod[name] === 'function' ? (mod[name] as T) : null;
  } catch {
    return null;
  }
}

export async function benchThreadAnalysis(thread: Thread): Promise<BenchLine> {
  const name = 'analysis.thread_50_messages';
  const texts = thread.messages.map((m) => m.text);
  const baseline = timeSync(() => {
    for (const text of texts) nlp(text);
  });
  const analyzeThread = await load<AnalyzeThread>(ANALYZE_MODULE, 'analyzeThread');
  if (!analyzeThread)
    return unavailable(name, 'ms', 'lib/analysis/analyze.ts analyzeThread not available', baseline);
  const options = { me: 'lea.martin@example.com', now: '2026-10-07T10:00:00+02:00' };
  const value = await timeAsync(async () => analyzeThread(thread, options));
  return benchLine(
    name,
    value,
    'ms',
    baseline,
    `${thread.messages.length}-message bilingual thread; baseline: compromise's bare parse nlp(text) of every message; target ratio <= 2`,
  );
}

interface EvalItem {
  lang: Lang;
  sent_at: string;
  text: string;
}

function evalItems(): EvalItem[] {
  const items: EvalItem[] = [];
  for (const line of readFileSync(EVAL_SET, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const item = JSON.parse(line) as Partial<EvalItem>;
      if (
        (item.lang === 'en' || item.lang === 'fr') &&
        typeof item.text === 'string' &&
        typeof item.sent_at === 'string'
      )
        items.push(item as EvalItem);
    } catch {
      // A malformed line is the eval's business (it reports it); the bench skips it.
    }
  }
  return items;
}

export function benchEvalThroughput(): BenchLine {
  const items = evalItems();
  const sentences = items.reduce((n, item) => n + splitSentences(item.text).length, 0);
  const detectMs = timeSync(() => {
    for (const item of items)
      detectCommitments(item.text, { lang: item.lang, ref: item.sent_at, findDeadlines });
  });
  const parseMs = timeSync(() => {
    for (const item of items) nlp(item.text);
  });
  const perSecond = (ms: number) => (sentences * 1000) / ms;
  return benchLine(
    'analysis.commitments_eval_throughput',
    perSecond(detectMs),
    'sentences/s',
    perSecond(parseMs),
    `detectCommitments over ${items.length} items, ${sentences} sentences of ${EVAL_SET}; baseline: compromise's bare parse nlp(text) of the same items`,
  );
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The draft grown to at least `words` words: its body lines (between the greeting and the
 * sign-off) repeated before the sign-off, as a long status email would run on.
 */
function lengthen(draft: string, words: number): string {
  const lines = draft.split('\n');
  const signOff = lines.slice(-2);
  const body = lines.slice(2, -2).filter((l) => l.trim() !== '');
  const out = lines.slice(0, -2);
  for (let i = 0; body.length > 0 && wordCount([...out, ...signOff].join('\n')) < words; i++)
    out.push(body[i % body.length] as string);
  return [...out, ...signOff].join('\n');
}

export async function benchDraftCheck(): Promise<BenchLine> {
  const name = 'draft_check.300_words';
  const mod = (await import(DRAFT_CHECK_MODULE).catch(() => null)) as Record<string, unknown> | null;
  const checkDraft = typeof mod?.checkDraft === 'function' ? (mod.checkDraft as CheckDraft) : null;
  const source = typeof mod?.BENCH_DRAFT === 'string' ? mod.BENCH_DRAFT : null;
  if (!checkDraft || !source)
    return unavailable(name, 'ms', 'lib/analysis/draft-check checkDraft not available');
  const draft = lengthen(source, 300);
  const baseline = timeSync(() => nlp(draft));
  const value = timeSync(() => checkDraft(draft, 'en', { now: '2026-11-23T10:00:00+01:00' }));
  const words = wordCount(draft);
  return benchLine(
    name,
    value,
    'ms',
    baseline,
    `checkDraft on a ${words}-word draft; baseline: compromise's bare parse nlp(draft); target <= 10 ms`,
  );
}
