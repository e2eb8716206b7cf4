import { splitSentences } from '../sentences.ts';
import { type Lang, SIGNALS, type SignalKind } from '../types.ts';
import { fold } from './fold.ts';
import { type AskRule, asks, type SignalRule } from './rule.ts';
import { SIGNAL_FAMILIES_EN } from './signal-families.en.ts';
import { SIGNAL_FAMILIES_FR } from './signal-families.fr.ts';
import { ASK_RULES_EN, SIGNAL_RULES_EN } from './signal-rules.en.ts';
import { ASK_RULES_FR, SIGNAL_RULES_FR } from './signal-rules.fr.ts';
import { DEFAULT_WORKING_HOURS, isOffHours, type WorkingHours } from './working-hours.ts';

/** One situation noticed in a message, with the sentence that shows it and the rule behind it. */
export interface DetectedSignal {
  signal: SignalKind;
  evidence: string;
  rule: string;
}

export interface DetectOptions {
  workingHours?: WorkingHours;
}

/** Id shown for off-hours found from the time the message was sent rather than from its words. */
export const SENT_OFF_HOURS_RULE = 'off-hours.sent-outside-working-hours';

/** Id shown for dissatisfaction inferred from hostility that is not about money. */
const IMPLIED_DISSATISFIED_RULE = 'dissatisfied.implied-by-aggressive';

// Families (signal-families.*.ts) run after the first rules: broader lexicons for fresh phrasings.
export const SIGNAL_RULES: Record<Lang, readonly SignalRule[]> = {
  en: [...SIGNAL_RULES_EN, ...SIGNAL_FAMILIES_EN],
  fr: [...SIGNAL_RULES_FR, ...SIGNAL_FAMILIES_FR],
};
export const ASK_RULES: Record<Lang, readonly AskRule[]> = { en: ASK_RULES_EN, fr: ASK_RULES_FR };

const ORDER = new Map<SignalKind, number>(SIGNALS.map((s, i) => [s, i]));

/**
 * The signals in one client message. Rules run sentence by sentence on the folded text, so a
 * rule's `unless` and `needsAsk` see exactly the sentence the rule matched; a cancelling rule
 * anywhere in the message drops its signal. Off-hours also comes from the send time: outside
 * working hours (default Mon–Fri 09:00–18:00, writer's local time) and asking for something.
 */
export function detectSignals(
  text: string,
  sentAt: string,
  lang: Lang,
  opts: DetectOptions = {},
): DetectedSignal[] {
  const sentences = splitSentences(text);
  const folded = fold(text);
  const foldedSentences = sentences.map((s) => folded.slice(s.start, s.end));
  const askRules = ASK_RULES[lang];
  const asking = foldedSentences.map((s) => asks(askRules, s) !== null);

  const found = new Map<SignalKind, DetectedSignal>();
  const cancelled = new Set<SignalKind>();
  for (const rule of SIGNAL_RULES[lang]) {
    if (rule.cancels) {
      if (foldedSentences.some((s) => rule.pattern.test(s) && !rule.unless?.test(s)))
        cancelled.add(rule.signal);
      continue;
    }
    if (found.has(rule.signal)) continue;
    for (let i = 0; i < foldedSentences.length; i++) {
      const s = foldedSentences[i] as string;
      if (!rule.pattern.test(s)) continue;
      if (rule.unless?.test(s)) continue;
      if (rule.needsAsk && !asking[i]) continue;
      found.set(rule.signal, { signal: rule.signal, evidence: sentences[i]?.text ?? s, rule: rule.id });
      break;
    }
  }
  for (const signal of cancelled) found.delete(signal);

  // Hostility that is not about money (a payment chased, a price argued) comes from unhappiness
  // with the work or the service: an aggressive client is a dissatisfied one.
  const aggressive = found.get('aggressive');
  if (
    aggressive &&
    !found.has('dissatisfied') &&
    !found.has('payment_delay') &&
    !found.has('price_pushback')
  ) {
    found.set('dissatisfied', { ...aggressive, signal: 'dissatisfied', rule: IMPLIED_DISSATISFIED_RULE });
  }

  if (!found.has('off_hours') && isOffHours(sentAt, opts.workingHours ?? DEFAULT_WORKING_HOURS)) {
    const i = asking.indexOf(true);
    if (i >= 0) {
      found.set('off_hours', {
        signal: 'off_hours',
        evidence: sentences[i]?.text ?? '',
        rule: SENT_OFF_HOURS_RULE,
      });
    }
  }
  return [...found.values()].sort((a, b) => (ORDER.get(a.signal) ?? 0) - (ORDER.get(b.signal) ?? 0));
}
