/**
 * `eval quotes <file> [--baseline planer|email-reply-parser|all]…`: scores `extractReply` on a
 * `quotes` set (shared eval/FORMAT.md). With `--baseline`, the named libraries are scored on
 * the same items in the same run and reported under `baselines`.
 */
import { createRequire } from 'node:module';
import EmailReplyParser from 'email-reply-parser';
import { z } from 'zod';
import { extractReply } from '../../../lib/text/reply-text.ts';
import { type EvalOptions, readJsonl, reportError, round, tokenF1 } from './common.ts';

const QuoteItemSchema = z.object({
  id: z.string().optional(),
  text: z.string(),
  reply: z.string(),
});

type Extractor = (text: string) => string;

const require = createRequire(import.meta.url);

/** The libraries Parole is compared with, called as their READMEs say for plain text. */
const BASELINES: Record<string, () => Extractor> = {
  planer: () => {
    const planer = require('planer') as { extractFrom(body: string, contentType: string): string };
    return (text) => planer.extractFrom(text, 'text/plain');
  },
  'email-reply-parser': () => {
    const parser = new EmailReplyParser();
    return (text) => parser.read(text).getVisibleText();
  },
};

/** Equal after trimming and collapsing runs of white space (FORMAT "quotes"). */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

function baselineNames(options: EvalOptions): string[] {
  const names: string[] = [];
  options.args.forEach((arg, i) => {
    if (arg !== '--baseline') return;
    const name = options.args[i + 1];
    if (!name) return;
    if (name === 'all') names.push(...Object.keys(BASELINES));
    else if (name in BASELINES) names.push(name);
    else throw new Error(`unknown baseline "${name}" (known: ${Object.keys(BASELINES).join(', ')}, all)`);
  });
  return [...new Set(names)];
}

function score(lines: ReturnType<typeof readJsonl<z.infer<typeof QuoteItemSchema>>>, extract: Extractor) {
  let exact = 0;
  let f1 = 0;
  const misses: { line: number; id?: string; predicted: string; reply: string }[] = [];
  for (const entry of lines) {
    if ('error' in entry) continue;
    let predicted: string;
    try {
      predicted = extract(entry.item.text);
    } catch {
      predicted = '';
    }
    const same = sameText(predicted, entry.item.reply);
    if (same) exact++;
    else misses.push({ line: entry.line, id: entry.item.id, predicted, reply: entry.item.reply });
    f1 += tokenF1(predicted, entry.item.reply);
  }
  const n = lines.length;
  return { exact: n === 0 ? 0 : round(exact / n), token_f1: n === 0 ? 0 : round(f1 / n), misses };
}

export async function run(path: string, options: EvalOptions): Promise<Record<string, unknown>> {
  const lines = readJsonl(path, QuoteItemSchema);
  const own = score(lines, extractReply);
  for (const miss of own.misses) reportError(options, miss);
  const result: Record<string, unknown> = {
    task: 'quotes',
    n: lines.length,
    exact: own.exact,
    token_f1: own.token_f1,
  };
  const names = baselineNames(options);
  if (names.length > 0) {
    const baselines: Record<string, { exact: number; token_f1: number }> = {};
    for (const name of names) {
      const make = BASELINES[name];
      if (!make) continue;
      const { exact, token_f1 } = score(lines, make());
      baselines[name] = { exact, token_f1 };
    }
    result.baselines = baselines;
  }
  return result;
}
