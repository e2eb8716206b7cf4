import type { Day, Lang, Owner } from './types.ts';

/**
 * The concrete version of a vague promise. Mine becomes a firm sentence with a day, an owner and a
 * deliverable ("I'll try to send it soon" → "I will send you the revised mockups on Friday 27
 * November."); the client's becomes a polite question asking for a date. Wording is data per
 * language; French typography puts a no-break space before ? ! : ;.
 */

export type Register = 'tu' | 'vous' | 'en';

export interface RewriteInput {
  lang: Lang;
  owner: Owner;
  /** The sentence as written. */
  text: string;
  /** Where the promise starts in `text` (the subject of the trigger) and ends (its clause). */
  from: number;
  to: number;
  /** Where the words after the trigger start ("…will |process the payment"). */
  actionFrom: number;
  /** Offsets in `text` of the time words to drop ("soon", "d'ici vendredi"). */
  timeSpans: { start: number; end: number }[];
  due: Day | null;
  /** True when the action itself is unclear ("look into it"): the rewrite names a deliverable. */
  unclear: boolean;
}

export interface RewriteContext {
  /** The message's date, ISO 8601 with offset. */
  ref: string;
  register: Register;
  /** A deliverable the thread is about ("the revised mockups"), used when the promise says "it". */
  deliverable?: string | null;
}

const NBSP = '\u00a0';

const WEEKDAYS: Record<Lang, readonly string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
};
const MONTHS: Record<Lang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};

function utc(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

function toDay(d: Date): Day {
  return d.toISOString().slice(0, 10);
}

/** The day to propose when a promise names none: the working day after the next one. */
export function proposeDay(ref: string): Day {
  const d = utc(ref.slice(0, 10));
  let left = 2;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return toDay(d);
}

/** "Friday 27 November" / "vendredi 27 novembre". */
export function formatDay(day: Day, lang: Lang): string {
  const d = utc(day);
  const wd = WEEKDAYS[lang][d.getUTCDay()] ?? '';
  const month = MONTHS[lang][d.getUTCMonth()] ?? '';
  const date = d.getUTCDate();
  return `${wd} ${lang === 'fr' && date === 1 ? '1er' : date} ${month}`;
}

/** French typography: a no-break space before the high punctuation marks. */
export function frenchTypography(text: string): string {
  return text.replace(/[ \u00a0\u202f]*([?!:;])/g, `${NBSP}$1`);
}

/** Wording that softens a promise, replaced by its firm form (data: pattern → replacement). */
const FIRMER: Record<Lang, readonly [RegExp, string][]> = {
  en: [
    [/\b(I|we)(?:'ll|\s+will|\s+shall)\s+(?:try|attempt)\s+(?:to|and)\s+/giu, '$1 will '],
    [/\b(I|we)(?:'ll|\s+will)\s+(?:do|try)\s+(?:my|our)\s+best\s+to\s+/giu, '$1 will '],
    [/\b(I|we)(?:'ll|\s+will)\s+hopefully\s+/giu, '$1 will '],
    [/\b(I|we)\s+should\s+be\s+able\s+to\s+/giu, '$1 will '],
    [/\b(I|we)\s+should\s+/giu, '$1 will '],
    [/\b(I|we)\s+hope\s+to\s+/giu, '$1 will '],
    [/\b(I|we)(?:'ll|\s+will)\s+aim\s+to\s+/giu, '$1 will '],
    [/\b(I|we)'ll\b/giu, '$1 will'],
    [/\blet\s+me\b/giu, 'I will'],
    [/\bhopefully,?\s*/giu, ''],
    [/\bprobably\s+/giu, ''],
    [/\b(?:soon|asap|shortly|at\s+some\s+point|when\s+I\s+can|whenever\s+I\s+can)\b/giu, ''],
  ],
  fr: [
    [/\b(vais|allons|va)\s+(?:essayer|tenter|tâcher)\s+(?:de\s+|d')/giu, '$1 '],
    [/\b(?:essaierai|tenterai)\s+(?:de\s+|d')/giu, 'vais '],
    [/\bdevrais\s+pouvoir\b/giu, 'vais'],
    [/\bdevrions\s+pouvoir\b/giu, 'allons'],
    [/\bpense\s+pouvoir\b/giu, 'vais'],
    [/\bespère\s+pouvoir\b/giu, 'vais'],
    [/\bnormalement,?\s*/giu, ''],
    [/\ben\s+principe,?\s*/giu, ''],
    [/\ba\s+priori,?\s*/giu, ''],
    [/\bsauf\s+imprévu,?\s*/giu, ''],
    [/\b(?:rapidement|bientôt|dès\s+que\s+possible|au\s+plus\s+vite|prochainement)\b/giu, ''],
  ],
};

const PRONOUN_OBJECT: Record<Lang, RegExp> = {
  en: /\b(send|share|forward|deliver|finish|do|fix|get|have)\s+(it|them|this|that)\b/iu,
  fr: /\b(?:je|on|nous)\s+(?:vous|te|t')\s*(?:l'|le\s+|la\s+|les\s+)?(envoie|renvoie|transmets|livre)\s+(ça|cela)\b/iu,
};

/**
 * The direct object a promise is about ("the proposal", "les photos produits"): the noun phrase
 * right after the verb that follows the trigger, stopping at the time, a link word or punctuation.
 */
const DIRECT_OBJECT: Record<Lang, RegExp> = {
  en: /^\s*(?:(?!to\b|with\b|from\b|for\b|about\b|at\b|in\b|on\b|into\b|of\b)[a-z]+(?:\s+(?:over|back|out|up|across|along|on))?\s+)?(?:(?:you|me|us|him|her|them)\s+)?((?:the|my|our|your|a|an|this|that|these|those|some|all\s+the)\s+[^,.;!?]+?)(?=\s+(?:and|but|by|on|before|to|for|with|so|once|when|as|over|within|in|this|next|tomorrow|today|later|asap|soon|until|after|if)\b|[,.;!?]|$)/iu,
  fr: /^\s*(?:(?:vous|te|lui|leur|nous|me)\s+|[mt]')?(?:\p{L}+(?:er|ir|re)\s+)?(?:parvenir\s+)?((?:le|la|les|l'|un|une|des|du|mon|ma|mes|notre|nos|votre|vos|ton|ta|tes|ce|cet|cette|ces)\s*[^,.;!?]+?)(?=\s+(?:et|mais|d'ici|avant|dans|sous|dès|pour|à|au|demain|aujourd'hui|ce\s+soir|lundi|mardi|mercredi|jeudi|vendredi|la\s+semaine|en\s+fin|quand|si|une\s+fois)\b|[,.;!?]|$)/iu,
};

const POSSESSIVE_SWAP: Record<Lang, Record<Exclude<Register, 'en'> | 'en', readonly [RegExp, string][]>> = {
  en: { en: [[/\b(?:my|our)\b/giu, 'your']], tu: [], vous: [] },
  fr: {
    en: [],
    vous: [
      [/\b(?:mon|ma|notre)\b/giu, 'votre'],
      [/\b(?:mes|nos)\b/giu, 'vos'],
    ],
    tu: [
      [/\bmon\b/giu, 'ton'],
      [/\bma\b/giu, 'ta'],
      [/\bmes\b/giu, 'tes'],
      [/\bnotre\b/giu, 'votre'],
      [/\bnos\b/giu, 'vos'],
    ],
  },
};

/** The thing a promise is about, seen from the reader's side ("my comments" → "your comments"). */
export function objectOf(afterVerb: string, lang: Lang, register: Register): string | null {
  const m = DIRECT_OBJECT[lang].exec(afterVerb);
  let object = m?.[1]?.replace(/\s+/g, ' ').trim() ?? null;
  if (object === null || object.split(' ').length > 8) return null;
  for (const [re, to] of POSSESSIVE_SWAP[lang][lang === 'en' ? 'en' : register])
    object = object.replace(re, to);
  return object;
}

function dropSpans(text: string, spans: { start: number; end: number }[], from: number): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) {
    const a = s.start - from;
    const b = s.end - from;
    if (a < 0 || b > out.length) continue;
    out = `${out.slice(0, a)} ${out.slice(b)}`;
  }
  return out;
}

const TRAILING_LINK =
  /(?:\s+(?:by|on|before|until|within|in|over|for|and|but|so|d'ici|avant|pour|dans|sous|en|au|à|le|la|et|mais|jusqu'à))+\s*$/iu;

function tidy(text: string): string {
  let out = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.])/g, '$1')
    .trim();
  out = out.replace(/^[,;:\s-]+|[,;:.!?\s-]+$/g, '');
  for (let i = 0; i < 3; i++) out = out.replace(TRAILING_LINK, '').replace(/[,;:\s-]+$/g, '');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Where a promise turns into its condition ("once you've approved…"): the rewrite stops there. */
const CONDITION: Record<Lang, RegExp> = {
  en: /\s+(?:once|as\s+soon\s+as|when|whenever|after|if|unless|until)\b/iu,
  fr: /\s+(?:dès\s+que|dès\s+qu'|une\s+fois\s+que|une\s+fois\s+qu'|quand|lorsque|lorsqu'|si|s'il|sauf\s+si|après\s+que)(?=\s|$)/iu,
};

/** Taking charge of something: the rewrite says "by" / "d'ici le" the day rather than "on". */
const TAKE_CHARGE: Record<Lang, RegExp> = {
  en: /\b(?:take\s+care\s+of|sort\s+(?:it|this|that)\s+out|handle|deal\s+with|look\s+after)\b/iu,
  fr: /\b(?:m'en\s+occupe|m'occupe|gère|me\s+charge|m'en\s+charge|s'en\s+occupe|s'occupe)\b/iu,
};

/** My vague promise made firm. */
function firmPromise(input: RewriteInput, ctx: RewriteContext, day: Day): string {
  const { lang } = input;
  const dayText = formatDay(day, lang);
  const you = ctx.register === 'tu' ? 'te' : 'vous';
  const condition = CONDITION[lang].exec(input.text.slice(input.from, input.to));
  const to = condition ? input.from + condition.index : input.to;
  const clause = input.text.slice(input.from, to);
  if (input.unclear) {
    const topic = ctx.deliverable ?? null;
    if (lang === 'en')
      return `I will send you a concrete answer${topic ? ` on ${topic}` : ''} on ${dayText}.`;
    return frenchTypography(`Je ${you} fais un retour précis${topic ? ` sur ${topic}` : ''} le ${dayText}.`);
  }
  let body = dropSpans(
    clause,
    input.timeSpans.filter((s) => s.end <= to),
    input.from,
  );
  for (const [re, firm] of FIRMER[lang]) body = body.replace(re, firm);
  if (ctx.deliverable) {
    const m = PRONOUN_OBJECT[lang].exec(body);
    if (m)
      body = body.replace(
        m[0],
        lang === 'en' ? `${m[1]} ${ctx.deliverable}` : m[0].replace(/\b(ça|cela)\b/iu, ctx.deliverable),
      );
  }
  body = tidy(body);
  // "I'll take care of it" has no single moment: it is done *by* the day.
  const by = TAKE_CHARGE[lang].test(body);
  if (lang === 'en') return `${body} ${by ? 'by' : 'on'} ${dayText}.`;
  return frenchTypography(`${body} ${by ? "d'ici le" : 'le'} ${dayText}.`);
}

/** A polite question asking the client for a day. */
function askForDate(input: RewriteInput, ctx: RewriteContext): string {
  // The object ends where the time words start ("le budget | dès que j'ai le retour").
  const firstTime = Math.min(
    input.to,
    ...input.timeSpans.map((t) => t.start).filter((t) => t >= input.actionFrom),
  );
  const rest = input.text.slice(input.actionFrom, firstTime);
  const topic = objectOf(rest, input.lang, ctx.register) ?? ctx.deliverable ?? null;
  if (input.lang === 'en') return `Could you confirm a specific date${topic ? ` for ${topic}` : ''}?`;
  const ask = ctx.register === 'tu' ? 'Pourrais-tu' : 'Pourriez-vous';
  return frenchTypography(`${ask} me confirmer une date précise${topic ? ` pour ${topic}` : ''} ?`);
}

/**
 * The rewrite of a vague commitment: firm for mine (the day kept when one was named, else the
 * working day after next), a question for the client's or a third party's. Null when not vague.
 */
export function rewriteCommitment(
  input: RewriteInput & { vague: boolean },
  ctx: RewriteContext,
): string | null {
  if (!input.vague) return null;
  if (input.owner === 'me') return firmPromise(input, ctx, input.due ?? proposeDay(ctx.ref));
  return askForDate(input, ctx);
}
