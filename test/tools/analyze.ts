/**
 * `npm run --silent analyze -- <path> [--me EMAIL] [--now ISO] [--lang en|fr]` (CONTRACTS.md).
 * Reads one thread (`.eml`, thread `.json`, saved Gmail / Outlook `.html`) and prints one JSON
 * object: the analysis (language, me, client, commitments, signals, requests, situations, in the
 * CONTRACTS.md shape, with a few more fields such as `register`) and the thread as it was read.
 * Bad input prints one line on stderr and exits 1.
 */
import { pathToFileURL } from 'node:url';
import { analyzeThread } from '../../lib/analysis/analyze.ts';
import type { Lang } from '../../lib/analysis/types.ts';
import type { Thread } from '../../lib/mail/thread.ts';
import { loadThread } from './load-thread.ts';

export interface AnalyzeArgs {
  path: string;
  me: string | null;
  /** The moment relative dates resolve against (ISO 8601); defaults to the time of the run. */
  now: string | null;
  lang: Lang | null;
}

export function parseArgs(argv: readonly string[]): AnalyzeArgs {
  const args: AnalyzeArgs = { path: '', me: null, now: null, lang: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--me') args.me = value().trim().toLowerCase();
    else if (arg === '--now') {
      const text = value();
      if (Number.isNaN(new Date(text).getTime())) throw new Error(`--now: not an ISO date: ${text}`);
      args.now = text;
    } else if (arg === '--lang') {
      const lang = value();
      if (lang !== 'en' && lang !== 'fr') throw new Error(`--lang: expected en or fr, got ${lang}`);
      args.lang = lang;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (args.path === '') args.path = arg;
    else throw new Error(`unexpected argument ${arg}`);
  }
  if (args.path === '') throw new Error('usage: analyze <path> [--me EMAIL] [--now ISO] [--lang en|fr]');
  return args;
}

/** The user's address: `--me`, else the page's account, else the first message's first `To:`. */
export function userAddress(thread: Thread, me: string | null): string | null {
  if (me) return me;
  if (thread.account) return thread.account.toLowerCase();
  const first = thread.messages[0];
  return first?.to.find((p) => p.email)?.email?.toLowerCase() ?? null;
}

/** The printed object: the analysis, then the thread it was made from. */
export function buildOutput(thread: Thread, args: AnalyzeArgs): Record<string, unknown> {
  const analysis = analyzeThread(thread, {
    me: userAddress(thread, args.me),
    now: args.now,
    lang: args.lang,
  });
  return { ...analysis, thread };
}

export async function analyze(argv: readonly string[]): Promise<Record<string, unknown>> {
  const args = parseArgs(argv);
  const thread = await loadThread(args.path);
  return buildOutput(thread, args);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  analyze(process.argv.slice(2)).then(
    (output) => {
      process.stdout.write(`${JSON.stringify(output)}\n`);
    },
    (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      process.stderr.write(`analyze: ${message.replace(/\s+/g, ' ').trim()}\n`);
      process.exitCode = 1;
    },
  );
}
