/**
 * `npm run --silent bench`: the performance figures, one JSON object per line on stdout
 * (`{"name","value","unit","baseline","ratio"}`, shared CONTRACTS.md), each baseline measured in
 * the same run on the same input; progress goes to stderr. Never part of `npm test`: timings vary
 * with the machine, so nothing here passes or fails, it reports.
 *
 * Builds the Chrome extension first (into PAROLE_OUT_DIR, else `.output`) for the sizes and the
 * Chromium measures; `--no-build` reuses the build already there, `--only sizes,chromium` runs
 * some parts (dom, analysis, ledger, sizes, chromium).
 */
import { spawnSync } from 'node:child_process';
import type { Thread } from '../../lib/mail/thread.ts';
import { benchDraftCheck, benchEvalThroughput, benchThreadAnalysis } from './bench/analysis.ts';
import { benchChromium } from './bench/chromium.ts';
import { benchHappyDomRead } from './bench/dom-read.ts';
import { benchLedger } from './bench/ledger.ts';
import { type BenchLine, unavailable } from './bench/line.ts';
import { benchSizes, outDirOf } from './bench/sizes.ts';
import {
  bilingualMessages,
  GMAIL_PAGE_URL,
  gmailPage,
  OUTLOOK_PAGE_URL,
  outlookPage,
} from './bench/thread-page.ts';

function print(lines: BenchLine | readonly BenchLine[]): void {
  for (const line of Array.isArray(lines) ? lines : [lines])
    process.stdout.write(`${JSON.stringify(line)}\n`);
}

function progress(step: string): void {
  process.stderr.write(`bench: ${step}\n`);
}

/** `wxt build` for Chrome; null when it succeeded, else why not. */
function buildExtension(outDir: string): string | null {
  const run = spawnSync('node_modules/.bin/wxt', ['build'], {
    env: { ...process.env, PAROLE_OUT_DIR: outDir },
    // The build's own output goes to stderr (fd 2) so stdout stays JSON lines.
    stdio: ['ignore', 2, 2],
  });
  if (run.error) return run.error.message;
  return run.status === 0 ? null : `wxt build exited with ${run.status}`;
}

const PARTS = ['dom', 'analysis', 'ledger', 'sizes', 'chromium'] as const;
type Part = (typeof PARTS)[number];

/** `--only sizes,chromium` runs some parts (for working on one); by default all run. */
function selectedParts(argv: string[]): Set<Part> {
  const at = argv.indexOf('--only');
  const list = at >= 0 ? (argv[at + 1] ?? '').split(',') : [...PARTS];
  const unknown = list.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0)
    throw new Error(`unknown part ${unknown.join(', ')}: choose from ${PARTS.join(', ')}`);
  return new Set(list as Part[]);
}

const errorText = (e: unknown) => (e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e));

async function main(): Promise<void> {
  const started = performance.now();
  const outDir = outDirOf();
  const parts = selectedParts(process.argv);

  progress('generating 50-message pages');
  const messages = bilingualMessages(50);
  const gmail = await gmailPage(messages);
  const outlook = await outlookPage(messages);

  let thread: Thread | null = null;
  if (parts.has('dom') || parts.has('analysis')) {
    progress('DOM read (happy-dom)');
    const gmailRead = await benchHappyDomRead('gmail', gmail, GMAIL_PAGE_URL);
    thread = gmailRead.thread;
    if (parts.has('dom')) {
      print(gmailRead.line);
      print((await benchHappyDomRead('outlook', outlook, OUTLOOK_PAGE_URL)).line);
    }
  }

  if (parts.has('analysis') && thread) {
    progress('analysis');
    print(await benchThreadAnalysis(thread));
    print(benchEvalThroughput());
    print(await benchDraftCheck());
  }

  if (parts.has('ledger')) {
    progress('ledger at 50,000 promises');
    try {
      print(await benchLedger());
    } catch (e) {
      print(unavailable('ledger.popup_lists_50k', 'ms', `ledger bench failed: ${errorText(e)}`));
    }
  }

  if (!parts.has('sizes') && !parts.has('chromium')) return done(started);
  let buildError: string | null = null;
  if (!process.argv.includes('--no-build')) {
    progress(`building the extension into ${outDir}`);
    buildError = buildExtension(outDir);
  }
  if (parts.has('sizes')) {
    progress('sizes');
    if (buildError) for (const n of SIZE_NAMES) print(unavailable(n, 'bytes', `build failed: ${buildError}`));
    else print(await benchSizes(outDir));
  }
  if (parts.has('chromium')) {
    progress('Chromium');
    const chromiumNames = [
      ['dom_read.chromium.gmail_50_messages', 'ms'],
      ['panel.navigation_to_analysis_shown', 'ms'],
      ['memory.content_script_heap_gmail_50', 'MB'],
    ] as const;
    try {
      if (buildError) throw new Error(`build failed: ${buildError}`);
      print(await benchChromium());
    } catch (e) {
      for (const [n, unit] of chromiumNames) print(unavailable(n, unit, errorText(e)));
    }
  }
  done(started);
}

const SIZE_NAMES = [
  'size.content_script.gmail',
  'size.content_script.outlook',
  'size.background',
  'size.sidepanel_initial_js',
  'size.popup_initial_js',
];

function done(started: number): void {
  progress(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
