import type { Lang, SignalKind } from '../types.ts';
import { fold } from './fold.ts';

/**
 * A signal rule: one way a client's message shows a situation. Patterns are matched against the
 * folded text (see fold.ts: lower case, no accents, straight apostrophes).
 */
export interface SignalRule {
  /** Stable id, shown to the user behind the signal ("why is this scope creep?"). */
  id: string;
  lang: Lang;
  signal: SignalKind;
  pattern: RegExp;
  /** A match is ignored when its sentence also matches this (negations, the writer's own promise…). */
  unless?: RegExp;
  /** The match counts only in a sentence that asks for something (see ASK rules). */
  needsAsk?: boolean;
  /** A cancelling rule: when it matches anywhere, the signal is dropped for the whole message. */
  cancels?: boolean;
  /**
   * A `payment_delay` match that shows the due day has already passed (the client explains why
   * their payment is behind): the reply chases firmly rather than with a friendly first reminder.
   */
  overdue?: boolean;
  reason: string;
  examples: { positive: string[]; negative: string[] };
}

/** A sign that a sentence asks the reader for something (a request, a demand, a question). */
export interface AskRule {
  id: string;
  lang: Lang;
  pattern: RegExp;
  unless?: RegExp;
  reason: string;
  examples: { positive: string[]; negative: string[] };
}

/** Whether an ask rule fires on an already folded sentence. */
export function asks(rules: readonly AskRule[], foldedSentence: string): AskRule | null {
  for (const rule of rules) {
    if (rule.pattern.test(foldedSentence) && !rule.unless?.test(foldedSentence)) return rule;
  }
  return null;
}

/**
 * Whether `rule` fires on `text` taken as one sentence: the check the rule-walking test runs on
 * each example, and the same conditions `detectSignals` applies per sentence.
 */
export function signalRuleFires(rule: SignalRule, text: string, askRules: readonly AskRule[]): boolean {
  const folded = fold(text);
  if (!rule.pattern.test(folded)) return false;
  if (rule.unless?.test(folded)) return false;
  if (rule.needsAsk && !asks(askRules, folded)) return false;
  return true;
}
