import type { Analysis, Situation } from '../analysis/types.ts';
import { buildFacts, chooseRegister } from './facts.ts';
import { frenchTypography } from './french-typography.ts';
import { type ByTone, type Condition, type Flag, type Line, MOVES } from './playbook.ts';
import { COMMON } from './playbooks/common.ts';
import { PLAYBOOKS } from './playbooks/index.ts';
import type { Reply, ReplyInput, Tone } from './types.ts';

/** `auto` is the situation the analysis finds most pressing, else confirming a commitment. */
export function resolveSituation(requested: Situation | 'auto', analysis: Analysis): Situation {
  if (requested !== 'auto') return requested;
  return analysis.situations[0] ?? 'confirm_commitment';
}

function byTone(text: ByTone | string, tone: Tone): string {
  return typeof text === 'string' ? text : text[tone];
}

/**
 * Writes the reply for one situation, tone and register from its playbook, filled with what the
 * thread, analysis, ledger and profile say. Unknown values are left as visible blanks, listed in
 * `blanks`; French text gets French spacing.
 */
export function generateReply(input: ReplyInput): Reply {
  const facts = buildFacts(input);
  const { lang } = facts;
  const playbook = PLAYBOOKS[input.situation][lang];
  const common = COMMON[lang];
  const blanksLabels = common.blanks;

  const render = (template: string): string =>
    chooseRegister(template, input.register).replace(/\{(\w+)\}/g, (_whole, key: string) => {
      const value = facts.slots[key];
      if (value !== null && value !== undefined) return value;
      return blanksLabels[key] ?? `[${key}]`;
    });
  const holds = (condition: Condition): boolean => {
    const negated = condition.startsWith('!');
    const flag = (negated ? condition.slice(1) : condition) as Flag;
    return facts.flags.has(flag) !== negated;
  };
  const shown = (line: Line): boolean => {
    if (!line.when) return true;
    return typeof line.when === 'string' ? holds(line.when) : line.when.every(holds);
  };

  const paragraphs: string[] = [];
  if (playbook.subject) paragraphs.push(render(byTone(playbook.subject, input.tone)));
  paragraphs.push(render(byTone(facts.slots.name ? common.greeting : common.greetingNoName, input.tone)));
  for (const move of MOVES) {
    let current: string[] = [];
    for (const line of playbook.moves[move]) {
      if (!shown(line)) continue;
      if (line.paragraph && current.length > 0) {
        paragraphs.push(current.join(' '));
        current = [];
      }
      current.push(render(byTone(line.text, input.tone)));
    }
    if (current.length > 0) paragraphs.push(current.join(' '));
  }
  paragraphs.push(
    `${render(byTone(playbook.closing ?? common.closing, input.tone))}\n${render('{signature}')}`,
  );

  let text = paragraphs
    .map((p) =>
      p
        .replace(/[ \t]+\n/g, '\n')
        .replace(/ {2,}/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join('\n\n')
    // A quote that ends on its own "?" or "!" closes the sentence: no period after it.
    .replace(/([?!][ \u00a0\u202f]*[»”])\./gu, '$1');
  if (lang === 'fr') text = frenchTypography(text);

  const blanks: string[] = [];
  const labels = new Set(Object.values(blanksLabels));
  for (const match of text.matchAll(/\[[^\]\n]+\]/g)) {
    if (labels.has(match[0]) && !blanks.includes(match[0])) blanks.push(match[0]);
  }
  return { text, situation: input.situation, blanks };
}
