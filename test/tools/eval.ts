/**
 * `npm run --silent eval -- <task> <path> [--errors] [--baseline NAME]`
 * Scores the project on a labelled set (shared eval/FORMAT.md); stdout's last line is one JSON
 * object (CONTRACTS.md). Each task lives in `test/tools/eval/<task>.ts` and exports `run`.
 */
import type { EvalOptions } from './eval/common.ts';

const TASKS = ['commitments', 'deadlines', 'signals', 'requests', 'quotes', 'threads'] as const;
type Task = (typeof TASKS)[number];

interface TaskModule {
  run(path: string, options: EvalOptions): Promise<Record<string, unknown>>;
}

async function main(argv: string[]): Promise<number> {
  const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--baseline');
  const [task, path] = positional;
  if (!task || !path || !(TASKS as readonly string[]).includes(task)) {
    process.stderr.write(`usage: eval <${TASKS.join('|')}> <path> [--errors] [--baseline NAME]\n`);
    return 2;
  }
  const baselineAt = argv.indexOf('--baseline');
  const options: EvalOptions = {
    errors: argv.includes('--errors'),
    baseline: baselineAt >= 0 ? (argv[baselineAt + 1] ?? null) : null,
    args: argv,
  };
  const mod = (await import(`./eval/${task as Task}.ts`)) as TaskModule;
  const result = await mod.run(path, options);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
