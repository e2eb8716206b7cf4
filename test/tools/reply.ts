/**
 * `npm run --silent reply -- <path> --situation ID [--tone warm|neutral|firm] [--register tu|vous|en] [--now ISO]`
 * (CONTRACTS.md). Prints the suggested reply to the last message of the thread in `<path>`
 * (`.eml`, thread `.json`, saved Gmail / Outlook `.html`). Extra options: `--me EMAIL`,
 * `--notes FILE` (call notes for `call_recap`), `--client-kind b2b|b2c`.
 * Bad input prints one line on stderr and exits 1.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { detectLanguage } from '../../lib/analysis/language.ts';
import { type Analysis, AnalysisSchema, SITUATIONS, type Situation } from '../../lib/analysis/types.ts';
import type { Thread } from '../../lib/mail/thread.ts';
import { clientMessages, myNameInThread } from '../../lib/reply/addressee.ts';
import { CHECK_RULES } from '../../lib/reply/check.ts';
import { generateReply, resolveSituation } from '../../lib/reply/generate.ts';
import { REGISTERS, type Register, TONES, type Tone } from '../../lib/reply/types.ts';
import { loadThread } from './load-thread.ts';

export interface ReplyArgs {
  path: string;
  situation: Situation | 'auto';
  tone: Tone;
  register: Register | null;
  now: string | null;
  me: string | null;
  notes: string | null;
  clientKind: 'b2b' | 'b2c';
}

export function parseArgs(argv: readonly string[]): ReplyArgs {
  const args: ReplyArgs = {
    path: '',
    situation: 'auto',
    tone: 'neutral',
    register: null,
    now: null,
    me: null,
    notes: null,
    clientKind: 'b2b',
  };
  let situationGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value`);
      return v;
    };
    const oneOf = <T extends string>(allowed: readonly T[]): T => {
      const v = value();
      if (!(allowed as readonly string[]).includes(v))
        throw new Error(`${arg}: expected ${allowed.join('|')}, got ${v}`);
      return v as T;
    };
    if (arg === '--situation') {
      args.situation = oneOf([...SITUATIONS, 'auto'] as const);
      situationGiven = true;
    } else if (arg === '--tone') args.tone = oneOf(TONES);
    else if (arg === '--register') args.register = oneOf(REGISTERS);
    else if (arg === '--now') {
      const now = value();
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(now))
        throw new Error(`--now: expected an ISO date with offset, got ${now}`);
      args.now = now;
    } else if (arg === '--me') args.me = value().trim().toLowerCase();
    else if (arg === '--notes') args.notes = value();
    else if (arg === '--client-kind') args.clientKind = oneOf(['b2b', 'b2c'] as const);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (args.path === '') args.path = arg;
    else throw new Error(`unexpected argument ${arg}`);
  }
  if (args.path === '' || !situationGiven)
    throw new Error(
      'usage: reply <path> --situation ID [--tone warm|neutral|firm] [--register tu|vous|en] [--now ISO]',
    );
  return args;
}

/** The machine's current time, written with its own offset (the user's local day). */
export function localIsoNow(date: Date = new Date()): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function userAddress(thread: Thread, me: string | null): string | null {
  if (me) return me;
  if (thread.account) return thread.account.toLowerCase();
  return thread.messages[0]?.to.find((p) => p.email)?.email?.toLowerCase() ?? null;
}

function count(pattern: RegExp, text: string): number {
  return [...text.matchAll(new RegExp(pattern.source, 'giu'))].length;
}

/**
 * Used while `lib/analysis/analyze.ts` is absent: the language from function words, the register
 * from tu/vous forms, the client from the senders; no commitments, signals or situations.
 */
export function minimalAnalysis(thread: Thread, me: string | null): Analysis {
  const text = thread.messages.map((m) => m.text).join('\n');
  const language = detectLanguage(text, 'en');
  const tu = CHECK_RULES.find((r) => r.id === 'fr-tu');
  const vous = CHECK_RULES.find((r) => r.id === 'fr-vous');
  const register =
    language === 'en'
      ? 'en'
      : tu && vous && count(tu.pattern, text) > count(vous.pattern, text)
        ? 'tu'
        : 'vous';
  const base: Analysis = {
    language,
    me,
    client: null,
    register,
    commitments: [],
    signals: [],
    requests: [],
    situations: [],
  };
  const client = clientMessages(thread, base).at(-1)?.from ?? null;
  return { ...base, client: client ? { name: client.name, email: client.email } : null };
}

/** The analysis module's result when it exists and keeps the `Analysis` shape, else `null`. */
async function fullAnalysis(thread: Thread, me: string | null, now: string): Promise<Analysis | null> {
  const modulePath = '../../lib/analysis/analyze.ts';
  let module: { analyzeThread?: (thread: Thread, options: Record<string, unknown>) => unknown };
  try {
    module = (await import(modulePath)) as typeof module;
  } catch {
    return null;
  }
  if (typeof module.analyzeThread !== 'function') return null;
  const result = await module.analyzeThread(thread, { me, now: new Date(now), lang: null });
  const parsed = AnalysisSchema.safeParse(result);
  if (!parsed.success) throw new Error('the analysis returned an unexpected shape');
  return parsed.data;
}

export async function reply(argv: readonly string[]): Promise<string> {
  const args = parseArgs(argv);
  const thread = await loadThread(args.path);
  if (thread.messages.length === 0) throw new Error(`no message in ${args.path}`);
  const me = userAddress(thread, args.me);
  const now = args.now ?? localIsoNow();
  const analysis = (await fullAnalysis(thread, me, now)) ?? minimalAnalysis(thread, me);
  const register: Register = args.register ?? (analysis.language === 'en' ? 'en' : analysis.register);
  const result = generateReply({
    situation: resolveSituation(args.situation, analysis),
    tone: args.tone,
    register,
    thread,
    analysis,
    now,
    profile: {
      name: myNameInThread(thread, analysis),
      signature: null,
      trade: null,
      workingDays: [1, 2, 3, 4, 5],
      workingHours: { start: '09:00', end: '18:00' },
      country: 'FR',
      clientKind: args.clientKind,
    },
    ...(args.notes ? { notes: readFileSync(args.notes, 'utf8') } : {}),
  });
  return result.text;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  reply(process.argv.slice(2)).then(
    (text) => {
      process.stdout.write(`${text}\n`);
    },
    (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      process.stderr.write(`reply: ${message.replace(/\s+/g, ' ').trim()}\n`);
      process.exitCode = 1;
    },
  );
}
