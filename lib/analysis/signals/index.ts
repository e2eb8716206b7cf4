/**
 * Signals in a client's messages (issue 6): what a freelancer should notice, the advice for each,
 * and the reply situations they call for. Rules and lexicons are data per language
 * (signal-rules.en.ts, signal-rules.fr.ts).
 */
export { ADVICE } from './advice.ts';
export {
  ASK_RULES,
  type DetectedSignal,
  type DetectOptions,
  detectSignals,
  SENT_OFF_HOURS_RULE,
  SIGNAL_RULES,
} from './detect-signals.ts';
export { type AskRule, type SignalRule, signalRuleFires } from './rule.ts';
export { type LedgerHints, pickSituations } from './situations.ts';
export { DEFAULT_WORKING_HOURS, isOffHours, type WorkingHours } from './working-hours.ts';
