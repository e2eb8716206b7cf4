import { E, rx, W } from '../analysis/rule-regex.ts';
import type { Lang, Situation } from '../analysis/types.ts';
import { langOf, type Register } from './types.ts';

/**
 * Parole's own checks, run on a reply's text: no vague promise, one register throughout, every
 * promise with a day, the situation's required elements present. Rules are data with examples.
 * Words quoted from the thread (« … », “…”) are the client's, not the reply's: they are skipped.
 */

export type CheckRuleKind = 'vague' | 'promise' | 'conditional' | 'day' | 'tu' | 'vous' | 'apology';

export interface CheckRule {
  id: string;
  lang: Lang;
  kind: CheckRuleKind;
  pattern: RegExp;
  reason: string;
  examples: { positive: string[]; negative: string[] };
}

export const CHECK_RULES: readonly CheckRule[] = [
  {
    id: 'fr-vague-window',
    lang: 'fr',
    kind: 'vague',
    pattern: rx(
      `${W}(?:bientôt|rapidement|prochainement|sous peu|d['’]ici peu|au plus vite|dès que possible|dans les (?:prochains|jours qui viennent)(?: jours)?|asap)${E}`,
    ),
    reason: 'names no day: the reader cannot hold anyone to it',
    examples: {
      positive: [
        'Je vous envoie ça rapidement.',
        'On fait un retour dans les prochains jours.',
        'À bientôt !',
      ],
      negative: ['Je vous envoie la V2 le vendredi 27 novembre.', 'Un rapide point sur le planning.'],
    },
  },
  {
    id: 'fr-vague-hedge',
    lang: 'fr',
    kind: 'vague',
    pattern: rx(
      `${W}(?:je vais (?:essayer|tâcher|tenter)|j['’](?:essaierai|essayerai)|je tâcherai|normalement|si tout va bien)${E}`,
    ),
    reason: 'a hedge: it promises to try, not to do',
    examples: {
      positive: ['Je vais essayer de livrer vendredi.', 'Normalement, ce sera prêt lundi.'],
      negative: ['Je livre vendredi 27 novembre.'],
    },
  },
  {
    id: 'en-vague-window',
    lang: 'en',
    kind: 'vague',
    pattern: rx(
      `${W}(?:soon|asap|shortly|as soon as possible|in the (?:coming|next few) days|at some point|in due course|when I can)${E}`,
    ),
    reason: 'names no day: the reader cannot hold anyone to it',
    examples: {
      positive: ['I will send it soon.', 'You will hear from me in the coming days.', 'I’ll reply ASAP.'],
      negative: ['I will send it on Friday, November 27.', 'Soonest-free wording only.'],
    },
  },
  {
    id: 'en-vague-hedge',
    lang: 'en',
    kind: 'vague',
    pattern: rx(`${W}(?:I['’]ll try|I will try|I['’]m going to try|hopefully|should be able to)${E}`),
    reason: 'a hedge: it promises to try, not to do',
    examples: {
      positive: ['I’ll try to send it Friday.', 'Hopefully it will be ready Monday.'],
      negative: ['I will send it on Friday, November 27.'],
    },
  },
  {
    id: 'fr-promise',
    lang: 'fr',
    kind: 'promise',
    pattern: rx(
      `${W}(?:je (?:vais|m['’]engage|m['’]occupe|(?:vous |te |t['’])?(?:envoie|livre|transmets|adresse|corrige|traite|termine|renvoie|tiens au courant))|j['’](?:enverrai|envoie|adresse|ajoute)|je (?:ne )?\\p{L}+rai)${E}`,
    ),
    reason: 'I bind myself to an act: it needs a day',
    examples: {
      positive: [
        'Je vous envoie le devis mardi.',
        'Je corrige : le menu, au plus tard lundi.',
        'Je livrerai la V3 jeudi.',
      ],
      negative: [
        'Je vous confirme la date.',
        'Merci pour votre message.',
        'Je comprends votre mécontentement.',
      ],
    },
  },
  {
    id: 'en-promise',
    lang: 'en',
    kind: 'promise',
    pattern: rx(`${W}(?:I['’]ll|I will|I am going to|I['’]m going to|I shall)${E}`),
    reason: 'I bind myself to an act: it needs a day',
    examples: {
      positive: ['I will send the quote on Tuesday.', 'I’ll fix it by Monday.'],
      negative: ['I confirm the date.', 'Thank you for your message.'],
    },
  },
  {
    id: 'fr-conditional',
    lang: 'fr',
    kind: 'conditional',
    pattern: rx(`${W}(?:si|à défaut|sans|faute de|tant que)${E}`),
    reason: 'a promise under a condition (a consequence, an offer) binds only if it happens',
    examples: {
      positive: [
        'À défaut de règlement, je saisirai le tribunal.',
        'Sans règlement à cette date, je vous adresserai une mise en demeure.',
      ],
      negative: ['Je vous envoie le devis mardi.'],
    },
  },
  {
    id: 'en-conditional',
    lang: 'en',
    kind: 'conditional',
    pattern: rx(`${W}(?:if|unless|failing|otherwise|without|until)${E}`),
    reason: 'a promise under a condition (a consequence, an offer) binds only if it happens',
    examples: {
      positive: [
        'Failing payment, I will apply to the court.',
        'Without payment by then, I will send a formal notice.',
      ],
      negative: ['I will send the quote on Tuesday.'],
    },
  },
  {
    id: 'fr-day',
    lang: 'fr',
    kind: 'day',
    pattern: rx(
      `${W}(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd['’]hui|demain|\\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|\\d{1,2}/\\d{1,2})${E}|\\[[^\\]]*(?:date|jour)[^\\]]*\\]`,
    ),
    reason: 'a day: a weekday, a date, or a blank for one',
    examples: {
      positive: ['le vendredi 27 novembre', 'le [nouvelle date]', 'le 15/11'],
      negative: ['dans la semaine', 'le devis complémentaire'],
    },
  },
  {
    id: 'en-day',
    lang: 'en',
    kind: 'day',
    pattern: rx(
      `${W}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|(?:january|february|march|april|may|june|july|august|september|october|november|december) \\d{1,2}|\\d{1,2}/\\d{1,2})${E}|\\[[^\\]]*(?:date|day)[^\\]]*\\]`,
    ),
    reason: 'a day: a weekday, a date, or a blank for one',
    examples: {
      positive: ['on Friday, November 27', 'by [new date]', 'on 11/15'],
      negative: ['this week', 'the change request'],
    },
  },
  {
    id: 'fr-tu',
    lang: 'fr',
    kind: 'tu',
    pattern: rx(`${W}(?:tu|te|toi|ton|ta|tes|tien|tienne)${E}|${W}t['’](?=\\p{L})`),
    reason: 'a `tu` form',
    examples: {
      positive: ['Je te confirme la date.', 'Peux-tu me dire ?', 'Je t’envoie le devis.', 'ta facture'],
      negative: ['Je vous confirme la date.', 'Cette tâche est terminée.'],
    },
  },
  {
    id: 'fr-vous',
    lang: 'fr',
    kind: 'vous',
    pattern: rx(`${W}(?:vous|votre|vos|vôtre)${E}`),
    reason: 'a `vous` form',
    examples: {
      positive: ['Je vous confirme la date.', 'Pouvez-vous me dire ?', 'votre facture'],
      negative: ['Je te confirme la date.', 'Le devis est joint.'],
    },
  },
  {
    id: 'fr-apology',
    lang: 'fr',
    kind: 'apology',
    pattern: /excus|désolé|pardon/giu,
    reason: 'an apology (one is enough; more sounds unsure)',
    examples: {
      positive: ['Toutes mes excuses.', 'Je suis désolée.'],
      negative: ['Merci de me l’avoir signalé.'],
    },
  },
  {
    id: 'en-apology',
    lang: 'en',
    kind: 'apology',
    pattern: /sorry|apolog/giu,
    reason: 'an apology (one is enough; more sounds unsure)',
    examples: { positive: ['I am sorry.', 'My apologies.'], negative: ['Thank you for pointing this out.'] },
  },
];

/** What each situation's reply must say, per language (a pattern a reader would look for). */
export interface RequiredElement {
  id: string;
  situation: Situation;
  lang: Lang;
  pattern: RegExp;
  /** Only for French B2B late-payment rules (true), or only without them (false). */
  lateFees?: boolean;
  /** Must NOT appear (consumers get no late-payment interest). */
  absent?: boolean;
}

export const REQUIRED_ELEMENTS: readonly RequiredElement[] = [
  { id: 'pr2-fr-indemnity', situation: 'payment_reminder_2', lang: 'fr', pattern: /40 €/u, lateFees: true },
  { id: 'pr2-fr-article', situation: 'payment_reminder_2', lang: 'fr', pattern: /L441-10/u, lateFees: true },
  { id: 'pr2-en-indemnity', situation: 'payment_reminder_2', lang: 'en', pattern: /€40/u, lateFees: true },
  {
    id: 'pr2-fr-no-fees',
    situation: 'payment_reminder_2',
    lang: 'fr',
    pattern: /40 €|L441-10|pénalités/u,
    lateFees: false,
    absent: true,
  },
  {
    id: 'pr2-en-no-fees',
    situation: 'payment_reminder_2',
    lang: 'en',
    pattern: /€40|L441-10|interest/u,
    lateFees: false,
    absent: true,
  },
  { id: 'pr2-fr-late', situation: 'payment_reminder_2', lang: 'fr', pattern: /retard/iu },
  { id: 'pr2-en-late', situation: 'payment_reminder_2', lang: 'en', pattern: /late|delay/iu },
  { id: 'fn-fr-8-days', situation: 'payment_formal_notice', lang: 'fr', pattern: /8 jours/u },
  {
    id: 'fn-fr-registered',
    situation: 'payment_formal_notice',
    lang: 'fr',
    pattern: /lettre recommandée avec accusé de réception/u,
  },
  { id: 'fn-fr-legal-step', situation: 'payment_formal_notice', lang: 'fr', pattern: /injonction de payer/u },
  { id: 'fn-en-8-days', situation: 'payment_formal_notice', lang: 'en', pattern: /8 days/u },
  {
    id: 'fn-en-registered',
    situation: 'payment_formal_notice',
    lang: 'en',
    pattern: /registered letter with acknowledgement of receipt/u,
  },
  { id: 'fn-en-legal-step', situation: 'payment_formal_notice', lang: 'en', pattern: /order for payment/u },
  {
    id: 'fn-fr-no-fees',
    situation: 'payment_formal_notice',
    lang: 'fr',
    pattern: /40 €|L441-10/u,
    lateFees: false,
    absent: true,
  },
  {
    id: 'fn-en-no-fees',
    situation: 'payment_formal_notice',
    lang: 'en',
    pattern: /€40|L441-10/u,
    lateFees: false,
    absent: true,
  },
  {
    id: 'scq-fr-paid-change',
    situation: 'scope_change_quote',
    lang: 'fr',
    pattern: /devis complémentaire|avenant/u,
  },
  { id: 'scq-en-paid-change', situation: 'scope_change_quote', lang: 'en', pattern: /change request/u },
  { id: 'scq-fr-scope-kept', situation: 'scope_change_quote', lang: 'fr', pattern: /périmètre/u },
  { id: 'scq-en-scope-kept', situation: 'scope_change_quote', lang: 'en', pattern: /scope/u },
  {
    id: 'bs-fr-hours',
    situation: 'boundary_setting',
    lang: 'fr',
    pattern: /de \d{1,2} h(?: \d{2})? à \d{1,2} h/u,
  },
  {
    id: 'bs-en-hours',
    situation: 'boundary_setting',
    lang: 'en',
    pattern: /\d{1,2}(?::\d{2})? [ap]m to \d{1,2}(?::\d{2})? [ap]m/u,
  },
  { id: 'bs-fr-frame', situation: 'boundary_setting', lang: 'fr', pattern: /devis/u },
  { id: 'bs-en-frame', situation: 'boundary_setting', lang: 'en', pattern: /quote/u },
  { id: 'am-fr-remedy', situation: 'admit_mistake', lang: 'fr', pattern: /correctif|corrige/u },
  { id: 'am-en-remedy', situation: 'admit_mistake', lang: 'en', pattern: /fix/u },
  { id: 'rd-fr-new-day', situation: 'renegotiate_deadline', lang: 'fr', pattern: /[Nn]ouvelle date/u },
  {
    id: 'rd-en-new-day',
    situation: 'renegotiate_deadline',
    lang: 'en',
    pattern: /[Nn]ew (?:delivery )?date/u,
  },
  { id: 'em-fr-notice', situation: 'end_mission', lang: 'fr', pattern: /préavis/u },
  { id: 'em-fr-handover', situation: 'end_mission', lang: 'fr', pattern: /passation/u },
  { id: 'em-fr-peer', situation: 'end_mission', lang: 'fr', pattern: /recommand/u },
  { id: 'em-en-notice', situation: 'end_mission', lang: 'en', pattern: /notice/u },
  { id: 'em-en-handover', situation: 'end_mission', lang: 'en', pattern: /handover/u },
  { id: 'em-en-peer', situation: 'end_mission', lang: 'en', pattern: /recommend/u },
  { id: 'cr-fr-confirm', situation: 'call_recap', lang: 'fr', pattern: /confirm/u },
  { id: 'cr-en-confirm', situation: 'call_recap', lang: 'en', pattern: /confirm/u },
  { id: 'ws-fr-waiting', situation: 'weekly_status', lang: 'fr', pattern: /attente|attends|Bloquant/u },
  {
    id: 'ws-en-waiting',
    situation: 'weekly_status',
    lang: 'en',
    pattern: /[Ww]aiting|need from you|Blocked/u,
  },
  { id: 'da-fr-limit', situation: 'deescalate_aggressive', lang: 'fr', pattern: /courtois|apaisé|respect/u },
  { id: 'da-en-limit', situation: 'deescalate_aggressive', lang: 'en', pattern: /courteous|calm|respect/u },
  { id: 'ask-fr-date', situation: 'ask_client_for_date', lang: 'fr', pattern: /jour|date/u },
  { id: 'ask-en-date', situation: 'ask_client_for_date', lang: 'en', pattern: /day|date/u },
];

export interface CheckProblem {
  rule: string;
  reason: string;
  excerpt: string;
}

export interface CheckOptions {
  situation: Situation;
  register: Register;
  /** French B2B late-payment rules apply (country FR, client b2b). */
  lateFees: boolean;
  /** Exact strings the reply must contain (e.g. the computed interest amount). */
  expected?: string[];
}

/** Plain spaces for matching: the reply's French spacing uses no-break ones. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** The reply's own words: quoted text replaced by a neutral token. */
function ownWords(text: string): string {
  return text.replace(/«[^»]*»/gu, '«»').replace(/“[^”]*”/gu, '“”');
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function rulesOf(lang: Lang, kind: CheckRuleKind): CheckRule[] {
  return CHECK_RULES.filter((rule) => rule.lang === lang && rule.kind === kind);
}

export function checkReply(text: string, options: CheckOptions): CheckProblem[] {
  const lang = langOf(options.register);
  const problems: CheckProblem[] = [];
  const whole = plain(text);
  const own = ownWords(whole);

  for (const rule of rulesOf(lang, 'vague')) {
    const match = rule.pattern.exec(own);
    if (match) problems.push({ rule: rule.id, reason: rule.reason, excerpt: match[0] });
  }

  if (lang === 'fr') {
    const other = options.register === 'vous' ? 'tu' : 'vous';
    for (const rule of rulesOf('fr', other)) {
      const match = rule.pattern.exec(own);
      if (match)
        problems.push({
          rule: rule.id,
          reason: `mixed register: ${rule.reason} in a ${options.register} reply`,
          excerpt: match[0],
        });
    }
  }

  const promise = rulesOf(lang, 'promise');
  const conditional = rulesOf(lang, 'conditional');
  const day = rulesOf(lang, 'day');
  for (const sentence of sentences(own)) {
    const promised = promise.find((rule) => rule.pattern.test(sentence));
    if (!promised) continue;
    if (conditional.some((rule) => rule.pattern.test(sentence))) continue;
    if (!day.some((rule) => rule.pattern.test(sentence)))
      problems.push({ rule: promised.id, reason: 'a promise without a day', excerpt: sentence });
  }

  if (options.situation === 'admit_mistake') {
    for (const rule of rulesOf(lang, 'apology')) {
      const count = [...own.matchAll(rule.pattern)].length;
      if (count > 1) problems.push({ rule: rule.id, reason: `${count} apologies: one at most`, excerpt: '' });
    }
  }

  for (const element of REQUIRED_ELEMENTS) {
    if (element.situation !== options.situation || element.lang !== lang) continue;
    if (element.lateFees !== undefined && element.lateFees !== options.lateFees) continue;
    const found = element.pattern.test(whole);
    if (found === Boolean(element.absent))
      problems.push({
        rule: element.id,
        reason: element.absent ? 'must not appear' : 'required element missing',
        excerpt: element.pattern.source,
      });
  }

  for (const expected of options.expected ?? []) {
    if (!whole.includes(plain(expected)))
      problems.push({ rule: 'expected', reason: 'expected value missing', excerpt: expected });
  }
  return problems;
}
