import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, scoreSignals } from '../tools/eval/signals.ts';

const dir = mkdtempSync(join(tmpdir(), 'eval-signals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = { errors: false, baseline: null, args: [] };

describe('eval signals', () => {
  it('scores micro and per-signal F1 from predictions', () => {
    const items = [
      {
        id: 'a',
        lang: 'en' as const,
        sent_at: '2026-11-24T11:00:00+01:00',
        text: 'x',
        signals: ['urgency' as const],
      },
      {
        id: 'b',
        lang: 'fr' as const,
        sent_at: '2026-11-24T11:00:00+01:00',
        text: 'y',
        signals: ['silence' as const],
      },
    ];
    const scores = scoreSignals(items, (item) => (item.id === 'a' ? ['urgency', 'aggressive'] : []));
    // 1 true positive, 1 false positive, 1 false negative.
    expect(scores.micro_precision).toBe(0.5);
    expect(scores.micro_recall).toBe(0.5);
    expect(scores.micro_f1).toBe(0.5);
    expect(scores.per_signal.urgency).toBe(1);
    expect(scores.per_signal.silence).toBe(0);
    expect(scores.by_lang.en.micro_f1).toBeCloseTo(0.6667, 4);
    expect(scores.by_lang.fr.micro_f1).toBe(0);
  });

  it('runs the detector on a file and counts a malformed line as wrong', async () => {
    const path = join(dir, 'tiny.jsonl');
    const lines = [
      {
        id: 'en-1',
        lang: 'en',
        sent_at: '2026-11-24T11:00:00+01:00',
        text: 'This is unacceptable, I am done with you.',
        signals: ['aggressive', 'dissatisfied'],
      },
      {
        id: 'fr-1',
        lang: 'fr',
        sent_at: '2026-11-24T11:00:00+01:00',
        text: 'Merci pour les maquettes, elles sont superbes !',
        signals: ['appreciation'],
      },
      {
        id: 'en-2',
        lang: 'en',
        sent_at: '2026-11-24T11:00:00+01:00',
        text: 'The contract is attached.',
        signals: [],
      },
    ].map((l) => JSON.stringify(l));
    writeFileSync(path, `${lines.join('\n')}\n{not json\n`);
    const scores = await run(path, options);
    expect(scores.task).toBe('signals');
    expect(scores.n).toBe(4);
    expect(scores.micro_precision).toBe(1);
    // Three right pairs; the malformed line counts as one missed.
    expect(scores.micro_recall).toBeCloseTo(3 / 4, 4);
    expect(scores.per_signal.aggressive).toBe(1);
  });
});
