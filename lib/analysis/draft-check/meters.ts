import type { Lang } from '../types.ts';
import type { DraftFlag, DraftFlagKind, DraftMeters } from './types.ts';

/**
 * The three meters of the draft panel, from the flags and a few positive cues. Each meter starts
 * from a neutral base and moves by named amounts, so every point can be explained to the user.
 */

export interface MeterInputs {
  flags: readonly DraftFlag[];
  /** Counts of positive cues found in the draft. */
  greeting: boolean;
  thanks: number;
  politeness: number;
  closing: boolean;
  concreteDays: number;
  asks: number;
  longSentences: number;
  words: number;
}

type Meter = 'clarity' | 'warmth' | 'firmness';

interface Effect {
  meter: Meter;
  /** Points per occurrence (negative lowers the meter). */
  points: number;
  /** Largest total effect, in absolute points. */
  cap: number;
  label: Record<Lang, string>;
}

const FLAG_EFFECTS: Partial<Record<DraftFlagKind, Effect[]>> = {
  vague_promise: [
    { meter: 'clarity', points: -15, cap: 30, label: { en: 'vague promise', fr: 'promesse vague' } },
    { meter: 'firmness', points: -10, cap: 20, label: { en: 'vague promise', fr: 'promesse vague' } },
  ],
  no_day: [
    {
      meter: 'clarity',
      points: -10,
      cap: 20,
      label: { en: 'promise with no day', fr: 'promesse sans date' },
    },
    {
      meter: 'firmness',
      points: -5,
      cap: 10,
      label: { en: 'promise with no day', fr: 'promesse sans date' },
    },
  ],
  hedge: [
    { meter: 'clarity', points: -5, cap: 20, label: { en: 'hedge', fr: 'formule hésitante' } },
    { meter: 'firmness', points: -7, cap: 28, label: { en: 'hedge', fr: 'formule hésitante' } },
  ],
  minimiser: [{ meter: 'firmness', points: -6, cap: 18, label: { en: 'minimiser', fr: 'minimisation' } }],
  over_apologising: [
    { meter: 'firmness', points: -8, cap: 24, label: { en: 'extra apology', fr: 'excuse en trop' } },
  ],
  defensive: [
    { meter: 'warmth', points: -15, cap: 30, label: { en: 'defensive wording', fr: 'ton défensif' } },
  ],
  shouting: [{ meter: 'warmth', points: -20, cap: 20, label: { en: 'capitals', fr: 'majuscules' } }],
  stacked_punctuation: [
    { meter: 'warmth', points: -5, cap: 10, label: { en: 'stacked punctuation', fr: 'ponctuation répétée' } },
    { meter: 'clarity', points: -3, cap: 6, label: { en: 'stacked punctuation', fr: 'ponctuation répétée' } },
  ],
  mixed_register: [
    { meter: 'warmth', points: -10, cap: 10, label: { en: 'tu and vous mixed', fr: 'tu et vous mélangés' } },
  ],
  no_greeting: [
    { meter: 'warmth', points: -15, cap: 15, label: { en: 'no greeting', fr: 'pas de salutation' } },
  ],
  no_next_step: [
    { meter: 'clarity', points: -15, cap: 15, label: { en: 'no next step', fr: 'pas de prochaine étape' } },
  ],
};

const BASE: Record<Meter, number> = { clarity: 100, warmth: 55, firmness: 60 };

function clamp(x: number): number {
  return Math.max(0, Math.min(100, Math.round(x)));
}

/** Meters and their explanations ("−15 vague promise ×1"). */
export function computeMeters(input: MeterInputs, lang: Lang): DraftMeters {
  const score: Record<Meter, number> = { ...BASE };
  const explanations: Record<Meter, string[]> = { clarity: [], warmth: [], firmness: [] };
  const apply = (meter: Meter, points: number, cap: number, count: number, label: string) => {
    if (count === 0) return;
    const total = Math.sign(points) * Math.min(Math.abs(points) * count, cap);
    score[meter] += total;
    explanations[meter].push(
      `${total > 0 ? '+' : '−'}${Math.abs(total)} ${label}${count > 1 ? ` ×${count}` : ''}`,
    );
  };

  const counts = new Map<DraftFlagKind, number>();
  for (const f of input.flags) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  for (const [kind, effects] of Object.entries(FLAG_EFFECTS) as [DraftFlagKind, Effect[]][]) {
    for (const e of effects) apply(e.meter, e.points, e.cap, counts.get(kind) ?? 0, e.label[lang]);
  }

  const fr = lang === 'fr';
  apply('clarity', -5, 15, input.longSentences, fr ? 'phrase longue' : 'long sentence');
  apply('warmth', 15, 15, input.greeting ? 1 : 0, fr ? 'salutation' : 'greeting');
  apply('warmth', 10, 15, input.thanks, fr ? 'remerciement' : 'thanks');
  apply('warmth', 5, 10, input.politeness, fr ? 'formule de politesse' : 'courtesy');
  apply('warmth', 5, 5, input.closing ? 1 : 0, fr ? 'formule de fin' : 'sign-off');
  apply('firmness', 10, 20, input.concreteDays, fr ? 'date précise' : 'concrete day');
  apply('firmness', 5, 10, input.asks, fr ? 'prochaine étape' : 'next step');
  return {
    clarity: clamp(score.clarity),
    warmth: clamp(score.warmth),
    firmness: clamp(score.firmness),
    explanations,
  };
}
