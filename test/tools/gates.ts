/**
 * The evaluation gates of `npm test`: each labelled set is scored by `eval` (the same command a
 * user runs) and the run fails when a metric falls under its floor. Floors are the issues'
 * targets; a set is listed once its task exists.
 */
import { execFileSync } from 'node:child_process';

interface Gate {
  task: string;
  path: string;
  /** metric path (dot-separated) → minimum */
  floors: Record<string, number>;
}

const GATES: Gate[] = [
  { task: 'threads', path: 'test/fixtures/threads', floors: { field_accuracy: 0.98, pages_exact: 0.9 } },
  { task: 'deadlines', path: 'test/fixtures/eval/deadlines.dev.jsonl', floors: { accuracy: 0.95 } },
  {
    task: 'signals',
    path: 'test/fixtures/eval/signals.dev.jsonl',
    floors: {
      micro_f1: 0.85,
      'per_signal.scope_creep': 0.7,
      'per_signal.urgency': 0.7,
      'per_signal.off_hours': 0.7,
      'per_signal.payment_delay': 0.7,
      'per_signal.price_pushback': 0.7,
      'per_signal.aggressive': 0.7,
      'per_signal.indecision': 0.7,
      'per_signal.dissatisfied': 0.7,
      'per_signal.silence': 0.7,
      'per_signal.appreciation': 0.7,
    },
  },
  {
    task: 'signals',
    path: 'test/fixtures/eval/heldout/signals.heldout.jsonl',
    floors: {
      micro_f1: 0.9,
      'per_signal.scope_creep': 0.85,
      'per_signal.urgency': 0.85,
      'per_signal.off_hours': 0.85,
      'per_signal.payment_delay': 0.85,
      'per_signal.price_pushback': 0.85,
      'per_signal.aggressive': 0.85,
      'per_signal.indecision': 0.85,
      'per_signal.dissatisfied': 0.85,
      'per_signal.silence': 0.85,
      'per_signal.appreciation': 0.85,
    },
  },
  { task: 'quotes', path: 'test/fixtures/eval/quotes.dev.jsonl', floors: { exact: 0.85 } },
  {
    task: 'commitments',
    path: 'test/fixtures/eval/commitments.dev.jsonl',
    floors: {
      f1: 0.92,
      'by_lang.en.f1': 0.92,
      'by_lang.fr.f1': 0.92,
      owner_accuracy: 0.95,
      due_accuracy: 0.92,
      vague_f1: 0.88,
    },
  },
  { task: 'requests', path: 'test/fixtures/eval/requests.train.tsv', floors: { f1: 0.8 } },
  {
    task: 'commitments',
    path: 'test/fixtures/eval/heldout/commitments.heldout.jsonl',
    floors: {
      f1: 0.95,
      'by_lang.en.f1': 0.94,
      'by_lang.fr.f1': 0.94,
      owner_accuracy: 0.96,
      due_accuracy: 0.96,
      vague_f1: 0.94,
    },
  },
  {
    task: 'deadlines',
    path: 'test/fixtures/eval/heldout/deadlines.heldout.jsonl',
    floors: { accuracy: 0.97, vague_accuracy: 0.97 },
  },
  {
    task: 'quotes',
    path: 'test/fixtures/eval/heldout/quotes.heldout.jsonl',
    floors: { exact: 0.95, token_f1: 0.97 },
  },
  { task: 'requests', path: 'test/fixtures/eval/heldout/requests.heldout.tsv', floors: { f1: 0.89 } },
];

function metric(result: Record<string, unknown>, path: string): number {
  let value: unknown = result;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'number' ? value : Number.NaN;
}

let failed = 0;
for (const gate of GATES) {
  const out = execFileSync('npx', ['tsx', 'test/tools/eval.ts', gate.task, gate.path], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const last = out.trim().split('\n').at(-1) ?? '{}';
  const result = JSON.parse(last) as Record<string, unknown>;
  for (const [path, floor] of Object.entries(gate.floors)) {
    const value = metric(result, path);
    const ok = value >= floor;
    if (!ok) failed++;
    process.stdout.write(`${ok ? 'pass' : 'FAIL'}  eval ${gate.task} ${path} = ${value} (floor ${floor})\n`);
  }
}
process.stdout.write(`${GATES.length} sets scored, ${failed} below floor\n`);
process.exit(failed === 0 ? 0 : 1);
