import { daysInMonth, fromYmd } from './calendar.ts';
import {
  MONTH_WORDS,
  monthNumber,
  NUMBER_WORDS,
  numberValue,
  rx,
  WEEKDAY_WORDS,
  weekdayNumber,
} from './lexicon.ts';
import * as r from './resolvers.ts';
import type { DeadlineRule } from './rule-types.ts';

/**
 * French time expressions that name a day, as data (see deadline-rules-en.ts for the shape).
 * Explicit dates ("le 3 décembre", "03/12") are left to chrono's French parsers.
 */

const WD = WEEKDAY_WORDS.fr;
const MONTH = MONTH_WORDS.fr;
const NUM = NUMBER_WORDS.fr;
const BY =
  "(?:(?:d['’]ici(?:\\s+[àa])?|avant|pour|jusqu['’][àa]|au\\s+plus\\s+tard|d[èe]s|[àa]\\s+partir\\s+de|en|vers)\\s+)?";
const DAY_TIME =
  "(?:(?:dans\\s+la\\s+|en\\s+)?(?:matin[ée]e|journ[ée]e|soir[ée]e)|matin|midi|apr[èe]s[\\s-]midi|aprem|soir|(?:en\\s+)?(?:fin|d[ée]but)\\s+(?:de\\s+(?:matin[ée]e|journ[ée]e|soir[ée]e)|d['’]apr[èe]s[\\s-]midi)|[àa]\\s+la\\s+premi[èe]re\\s+heure|(?:au\\s+)?plus\\s+tard|dernier\\s+d[ée]lai|sans\\s+faute|(?:[àa]|avant|vers|pour)\\s+(?:midi|\\d{1,2}\\s*h(?:\\s*\\d{2})?|\\d{1,2}\\s*heures?))";
const HEAD =
  '(?:(?:[àa]\\s+la\\s+premi[èe]re\\s+heure|d[èe]s\\s+la\\s+premi[èe]re\\s+heure|(?:en\\s+)?fin\\s+de\\s+journ[ée]e)\\s+)?';
const TAIL = `(?:,?\\s+${DAY_TIME})?`;
const NOT_PAST = '(?!\\s+(?:derni[eè]r(?!\\s+d[ée]lai)|pass[ée]))';
/** "Bonne fin de journée" is a greeting, not a deadline. */
const NOT_GREETING = '(?<!(?:bonne|belle|excellente|agr[ée]able|douce)\\s+)';

const wd = (m: RegExpExecArray, ...names: string[]) => {
  for (const name of names) {
    const n = weekdayNumber('fr', m.groups?.[name]);
    if (n !== null) return n;
  }
  return null;
};

const monthRef = (m: RegExpExecArray): r.MonthRef | null => {
  if (m.groups?.next) return { relative: 1 };
  const month = monthNumber('fr', m.groups?.m);
  if (month === null) return { relative: 0 };
  const year = m.groups?.y ? Number(m.groups.y) : undefined;
  return year === undefined ? { month } : { month, year };
};

const ORDINALS: [RegExp, number][] = [
  [/^(premi|1)/i, 1],
  [/^(deuxi|seconde|2)/i, 2],
  [/^(troisi|3)/i, 3],
  [/^(quatri|4)/i, 4],
  [/^derni/i, -1],
];

export const FR_DEADLINE_RULES: DeadlineRule[] = [
  {
    id: 'fr.today',
    lang: 'fr',
    pattern: rx(
      `${NOT_GREETING}${BY}(?:aujourd['’]\\s?hui(?:\\s+m[êe]me)?|ce\\s+soir|cet\\s+apr[èe]s[\\s-]midi|cet\\s+aprem|ce\\s+midi|ce\\s+matin|(?:dans|pendant)\\s+la\\s+(?:journ[ée]e|matin[ée]e|soir[ée]e)|dans\\s+l['’]apr[èe]s[\\s-]midi|(?:la\\s+)?(?:fin|d[ée]but)\\s+(?:de\\s+(?:la\\s+)?(?:journ[ée]e|matin[ée]e|soir[ée]e)|d['’]apr[èe]s[\\s-]midi)|plus\\s+tard\\s+dans\\s+la\\s+journ[ée]e|tout\\s+de\\s+suite|imm[ée]diatement|tout\\s+[àa]\\s+l['’]heure|midi)${TAIL}`,
    ),
    reason: 'Names the day the message was sent.',
    examples: {
      positive: [
        "aujourd'hui",
        'ce soir',
        "d'ici ce soir",
        'dans la journée',
        'en fin de journée',
        'cet après-midi',
      ],
      negative: ['le soir même de la fête'],
    },
    resolve: (_m, ref) => r.today(ref),
  },
  {
    id: 'fr.tomorrow',
    lang: 'fr',
    pattern: rx(`${BY}${HEAD}(?<![-‑])demain${TAIL}`),
    reason: "Le lendemain de l'envoi.",
    examples: {
      positive: [
        'demain',
        'demain matin',
        'demain sans faute',
        "d'ici demain midi",
        'à la première heure demain',
      ],
      negative: ['après-demain', 'lendemain'],
    },
    resolve: (_m, ref) => r.tomorrow(ref),
  },
  {
    id: 'fr.after-tomorrow',
    lang: 'fr',
    pattern: rx(`${BY}${HEAD}apr[èe]s[\\s-]demain${TAIL}`),
    reason: "Deux jours après l'envoi.",
    examples: { positive: ['après-demain', "d'ici après-demain soir", 'apres demain'], negative: ['demain'] },
    resolve: (_m, ref) => r.daysAhead(ref, 2),
  },
  {
    id: 'fr.weekday',
    lang: 'fr',
    pattern: rx(
      `${BY}${HEAD}(?:le\\s+)?(?<wd>${WD})${NOT_PAST}(?:\\s+(?<d>\\d{1,2}|1er)(?![\\d:.h/]|\\s*(?:h(?![\\p{L}])|heures?|${MONTH})))?${TAIL}`,
    ),
    reason:
      'Un jour de la semaine seul : le prochain (dans une semaine si écrit ce jour-là) ; un quantième qui le suit décide.',
    examples: {
      positive: [
        'vendredi',
        "d'ici jeudi",
        'avant mardi',
        'lundi à la première heure',
        "d'ici mercredi midi",
        'lundi sans faute',
        'vendredi 4',
      ],
      negative: ['vendredi dernier', 'les lundis', 'mardi passé'],
    },
    resolve: (m, ref) => {
      const raw = m.groups?.d;
      if (raw) return r.weekdayWithDate(ref, /^\d+$/.test(raw) ? Number(raw) : 1);
      const n = wd(m, 'wd');
      return n === null ? null : r.weekday(ref, n, false);
    },
  },
  {
    id: 'fr.this-weekday',
    lang: 'fr',
    pattern: rx(
      `${BY}${HEAD}(?:ce|cette)\\s+(?<wd>${WD})(?:[\\s-]ci)?${TAIL}|${BY}(?<wd2>${WD})\\s+qui\\s+vient`,
    ),
    reason: '« Ce vendredi » : le prochain vendredi, aujourd’hui compris.',
    examples: {
      positive: ['ce vendredi', "d'ici ce jeudi soir", 'lundi qui vient'],
      negative: ['cette semaine'],
    },
    resolve: (m, ref) => {
      const n = wd(m, 'wd', 'wd2');
      return n === null ? null : r.weekday(ref, n, true);
    },
  },
  {
    id: 'fr.next-weekday',
    lang: 'fr',
    pattern: rx(`${BY}${HEAD}(?:le\\s+)?(?:(?<wd>${WD})\\s+prochain|prochain\\s+(?<wd2>${WD}))${TAIL}`),
    reason:
      '« Mardi prochain » : le mardi de la semaine prochaine (le prochain mardi reste possible s’il est cette semaine).',
    examples: {
      positive: ['mardi prochain', "d'ici mercredi prochain", 'jeudi prochain matin'],
      negative: ['la semaine prochaine'],
    },
    resolve: (m, ref) => {
      const n = wd(m, 'wd', 'wd2');
      return n === null ? null : r.nextWeekday(ref, n);
    },
  },
  {
    id: 'fr.weekday-next-week',
    lang: 'fr',
    pattern: rx(
      `${BY}${HEAD}(?:le\\s+)?(?<wd>${WD})\\s+(?:de\\s+)?(?:la\\s+)?semaine\\s+(?:prochaine|suivante|d['’]apr[èe]s)${TAIL}|(?:la\\s+)?semaine\\s+prochaine,?\\s+(?<wd2>${WD})`,
    ),
    reason: 'Un jour de la semaine prochaine, nommé comme tel.',
    examples: {
      positive: [
        'vendredi de la semaine prochaine',
        'lundi la semaine prochaine',
        'semaine prochaine, mardi',
      ],
      negative: ['la semaine prochaine'],
    },
    resolve: (m, ref) => {
      const n = wd(m, 'wd', 'wd2');
      return n === null ? null : r.weekdayOfNextWeek(ref, n);
    },
  },
  {
    id: 'fr.weekday-en-huit',
    lang: 'fr',
    pattern: rx(`${BY}(?:le\\s+)?(?<wd>${WD})\\s+en\\s+huit`),
    reason: '« Mardi en huit » : une semaine après le prochain mardi.',
    examples: { positive: ['mardi en huit', 'pour jeudi en huit'], negative: ['mardi'] },
    resolve: (m, ref) => {
      const n = wd(m, 'wd');
      return n === null ? null : r.weekdayWeekAfter(ref, n);
    },
  },
  {
    id: 'fr.end-of-week',
    lang: 'fr',
    pattern: rx(
      `${NOT_GREETING}${BY}(?:[àa]\\s+)?(?:la\\s+)?fin\\s+de\\s+(?:la\\s+|cette\\s+)?semaine(?<next>\\s+(?:prochaine|suivante))?`,
    ),
    reason: 'La fin de la semaine ouvrée en vue : vendredi (le suivant si écrit le week-end).',
    examples: {
      positive: [
        'fin de semaine',
        "d'ici la fin de la semaine",
        'en fin de semaine',
        'fin de semaine prochaine',
        'avant la fin de semaine',
      ],
      negative: ['fin du mois', 'semaine'],
    },
    resolve: (m, ref) => r.endOfWeek(ref, m.groups?.next ? 1 : 0),
  },
  {
    id: 'fr.this-week',
    lang: 'fr',
    pattern: rx(
      `${BY}(?:(?:dans\\s+le\\s+courant\\s+de|courant|au\\s+cours\\s+de|plus\\s+tard)\\s+)?(?:cette\\s+semaine(?:-ci)?|dans\\s+la\\s+semaine|(?:en\\s+)?cours\\s+de\\s+semaine)(?!\\s+(?:prochaine|suivante|derni[èe]re|pass[ée]e))`,
    ),
    reason: "Une fenêtre jusqu'à vendredi ; vague s'il reste plus de deux jours ouvrés.",
    examples: {
      positive: ['cette semaine', 'dans la semaine', 'dans le courant de cette semaine'],
      negative: ['la semaine prochaine', 'la semaine dernière'],
    },
    resolve: (_m, ref) => r.thisWeek(ref),
  },
  {
    id: 'fr.week-part',
    lang: 'fr',
    pattern: rx(
      `${BY}(?:(?:au|vers\\s+le|[àa]\\s+la)\\s+)?(?:(?<early>d[ée]but)|(?<mid>milieu|mi))[\\s-]*(?:de\\s+)?(?:la\\s+)?semaine(?<next>\\s+(?:prochaine|suivante))?`,
    ),
    reason: 'Début (mercredi) ou milieu (jeudi) de semaine : une fenêtre vague.',
    examples: {
      positive: [
        'début de semaine prochaine',
        'en début de semaine',
        'mi-semaine',
        'milieu de semaine prochaine',
      ],
      negative: ['fin de semaine'],
    },
    resolve: (m, ref) => {
      const part: r.WeekPart = m.groups?.early ? 'early' : 'mid';
      return m.groups?.next ? r.weekWindow(ref, 1, part) : r.weekPartNearest(ref, part);
    },
  },
  {
    id: 'fr.next-week',
    lang: 'fr',
    pattern: rx(
      `(?!avant\\s)(?<!avant\\s+)${BY}(?:(?:dans\\s+le\\s+courant\\s+de|courant\\s+de|au\\s+cours\\s+de|dans|pendant|durant)\\s+)?(?:la\\s+)?semaine\\s+(?:prochaine|suivante|d['’]apr[èe]s|qui\\s+vient)|courant\\s+semaine\\s+prochaine`,
    ),
    reason: 'Une fenêtre de cinq jours ouvrés : vague, au plus tard son vendredi.',
    examples: {
      positive: ['la semaine prochaine', 'dans le courant de la semaine prochaine', 'la semaine qui vient'],
      negative: ['cette semaine'],
    },
    resolve: (_m, ref) => r.weekWindow(ref, 1, 'whole'),
  },
  {
    id: 'fr.weekend',
    lang: 'fr',
    pattern: rx(
      `(?:ce|pendant\\s+le|durant\\s+le|au\\s+cours\\s+du)\\s+week[\\s-]?end(?<next>\\s+prochain)?|le\\s+week[\\s-]?end\\s+(?<next2>prochain)`,
    ),
    reason: 'Le week-end en vue : au plus tard son dimanche.',
    examples: {
      positive: ['ce week-end', 'pendant le weekend', 'le week-end prochain'],
      negative: ['avant le week-end'],
    },
    resolve: (m, ref) => r.weekend(ref, m.groups?.next || m.groups?.next2 ? 1 : 0),
  },
  {
    id: 'fr.before-weekend',
    lang: 'fr',
    pattern: rx(`(?:d['’]ici|avant|pour)\\s+(?:le\\s+|ce\\s+)?week[\\s-]?end`),
    reason: 'Avant le week-end : vendredi.',
    examples: { positive: ['avant le week-end', "d'ici ce weekend"], negative: ['ce week-end'] },
    resolve: (_m, ref) => r.beforeWeekend(ref),
  },
  {
    id: 'fr.clock-time',
    lang: 'fr',
    pattern: rx(
      `(?:d['’]ici|avant|pour)\\s+(?<h>[7-9]|1\\d|2[0-3])\\s*h(?:\\s*(?<min>[0-5]\\d))?(?![\\p{L}\\d])`,
    ),
    reason:
      "« d'ici 17h » est une heure de la journée, pas un délai de 17 heures : aujourd'hui si l'heure est encore à venir, sinon demain.",
    examples: {
      positive: ["d'ici 18h", 'avant 16h30', 'pour 11h'],
      negative: ['sous 48h', "d'ici 48h", 'dans 2h'],
    },
    resolve: (m, ref) => {
      const at = Number(m.groups?.h ?? 0) * 60 + Number(m.groups?.min ?? 0);
      return at > ref.hour * 60 + ref.minute ? r.today(ref) : r.tomorrow(ref);
    },
  },
  {
    id: 'fr.j-plus',
    lang: 'fr',
    pattern: rx(`(?<![\\p{L}\\d])J\\s*\\+\\s*(?<n>\\d{1,2})(?!\\d)`),
    reason: "« J+3 » : le nombre de jours après l'envoi, notation courante en gestion de projet.",
    examples: { positive: ['à J+3', 'livraison J+1'], negative: ['J-3', 'B+2'] },
    resolve: (m, ref) => r.daysAhead(ref, Number(m.groups?.n ?? 0)),
  },
  {
    id: 'fr.within-hour',
    lang: 'fr',
    pattern: rx(`(?:dans|sous|d['’]ici)\\s+l['’]heure(?:\\s+qui\\s+(?:vient|suit))?(?![\\p{L}])`),
    reason: "« Dans l'heure » : une heure après l'envoi, donc en général le jour même.",
    examples: {
      positive: ["je vous rappelle dans l'heure", "sous l'heure qui vient"],
      negative: ["à l'heure prévue"],
    },
    resolve: (_m, ref) => r.duration(ref, 1, 'hour'),
  },
  {
    id: 'fr.numeric-date-dot',
    lang: 'fr',
    pattern: rx(
      `(?:(?:avant|pour|d['’]ici|au\\s+plus\\s+tard)\\s+)?(?:le|au|du|jusqu['’]au)\\s+(?<d>0?[1-9]|[12]\\d|3[01])\\.(?<mo>0[1-9]|1[0-2])(?:\\.(?<y>20\\d\\d))?(?![\\d.,]|\\s*(?:€|%|h(?![\\p{L}])|heures?|jours?|ans?|k€?|m(?![\\p{L}])|mo|go|fois|pages?|euros?))`,
    ),
    reason:
      'Jour et mois séparés par un point (« le 15.12 ») : la prochaine occurrence de ce jour. Un « 15.12 » sans article reste ambigu (chrono l’écarte comme un nombre décimal).',
    examples: {
      positive: ['le 15.12', 'avant le 03.02', "jusqu'au 07.01.2027"],
      negative: ['la V2.1', 'le 2.50 €', 'le 1.5 jours'],
    },
    resolve: (m, ref) => {
      const d = Number(m.groups?.d ?? 0);
      const mo = Number(m.groups?.mo ?? 0);
      const y = m.groups?.y;
      if (y === undefined) return r.dayAndMonth(ref, d, mo);
      return d <= daysInMonth(Number(y), mo) ? { due: fromYmd(Number(y), mo, d), vague: false } : null;
    },
  },
  {
    id: 'fr.duration',
    lang: 'fr',
    pattern: rx(
      `(?!(?:d['’]ici|avant)\\s+(?:[7-9]|1\\d|2[0-3])\\s*h(?:\\s*[0-5]\\d)?(?![\\p{L}\\d]))(?:sous|dans|d['’]ici(?:\\s+[àa])?|en|en\\s+moins\\s+de|au\\s+plus\\s+tard\\s+dans)\\s+(?:les\\s+)?(?<n>${NUM})(?:\\s*(?:ou|[àa]|-|–)\\s*(?<n2>${NUM}))?\\s*(?:prochain(?:e)?s\\s+)?(?<unit>h|heures?|jours?|j|semaines?|mois)(?:\\s+(?<biz>ouvr[ée]e?s|ouvrables|travaill[ée]s|calendaires))?`,
    ),
    reason: "Un délai compté depuis l'envoi ; les jours ouvrés sautent le week-end.",
    examples: {
      positive: [
        'sous 48h',
        'dans 15 jours',
        'dans une semaine',
        'sous 24 heures',
        'sous 2 jours ouvrés',
        'dans les 48 prochaines heures',
      ],
      negative: ['dans les prochains jours', 'en 2026'],
    },
    resolve: (m, ref) => {
      const unit = m.groups?.unit?.toLowerCase() ?? '';
      const biz = m.groups?.biz?.toLowerCase() ?? '';
      const business = biz !== '' && !biz.startsWith('calend');
      const of = (word: string | undefined) => {
        const n = numberValue('fr', word);
        if (n === null) return null;
        if (unit.startsWith('h')) return r.duration(ref, n, business ? 'working_hour' : 'hour');
        if (unit.startsWith('j')) return r.duration(ref, n, business ? 'working_day' : 'day');
        if (unit.startsWith('s')) return r.duration(ref, n, 'week');
        return r.duration(ref, n, 'month');
      };
      return m.groups?.n2 ? r.durationRange(of(m.groups.n), of(m.groups.n2)) : of(m.groups?.n);
    },
  },
  {
    id: 'fr.huitaine',
    lang: 'fr',
    pattern: rx(
      `(?:sous|dans|d['’]ici|en)\\s+(?:(?<approx>une)\\s+|la\\s+)?(?<unit>huitaine|dizaine|quinzaine|vingtaine)(?:\\s+de\\s+jours)?`,
    ),
    reason:
      'Huitaine = 8 jours, quinzaine = 15 jours ; « une dizaine de jours » est approximatif, donc vague.',
    examples: {
      positive: ['sous huitaine', 'sous quinzaine', 'dans une quinzaine de jours'],
      negative: ['la quinzaine commerciale'],
    },
    resolve: (m, ref) => {
      const days: Record<string, number> = { huitaine: 8, dizaine: 10, quinzaine: 15, vingtaine: 20 };
      const res = r.duration(ref, days[m.groups?.unit?.toLowerCase() ?? ''] ?? 15, 'day');
      if (res && m.groups?.approx) res.vague = true;
      return res;
    },
  },
  {
    id: 'fr.day-of-month',
    lang: 'fr',
    pattern: rx(
      `(?:(?:(?:d['’]ici|avant|pour|au\\s+plus\\s+tard|d[èe]s)\\s+)?(?:le|jusqu['’]au|d['’]ici\\s+au)|(?<approx>vers\\s+le|autour\\s+du|aux\\s+alentours\\s+du))\\s+(?<d>\\d{1,2}|1er|premier)(?<nextm>\\s+du\\s+mois\\s+prochain)?(?!\\s*(?:${MONTH}|[/.:h]\\s*\\d|h(?![\\p{L}])|heures?|%|€|ans?|jours?|mois|semaines?|minutes?|euros?|e(?![\\p{L}])|[èe]me|km|pages?))`,
    ),
    reason: 'Un quantième seul : ce mois-ci s’il est encore à venir, sinon le mois prochain.',
    examples: {
      positive: ['avant le 15', 'le 15', 'pour le 1er', 'jusqu’au 20'],
      negative: ['le 3 décembre', 'le 15/12', 'le 2e étage'],
    },
    resolve: (m, ref) => {
      const raw = m.groups?.d ?? '';
      const d = /^\d+$/.test(raw) ? Number(raw) : 1;
      const res = m.groups?.nextm ? r.dayOfNextMonth(ref, d) : r.dayOfMonth(ref, d);
      if (res && m.groups?.approx) res.vague = true;
      return res;
    },
  },
  {
    id: 'fr.end-of-month',
    lang: 'fr',
    pattern: rx(
      `${NOT_GREETING}${BY}(?:[àa]\\s+)?(?:la\\s+)?fin\\s+(?:du\\s+|de\\s+|de\\s+ce\\s+)?mois(?:[\\s-]ci)?(?<next>\\s+prochain)?|${NOT_GREETING}${BY}(?:[àa]\\s+)?(?:la\\s+)?fin\\s+(?:du\\s+mois\\s+)?(?:de\\s+|d['’])?(?<m>${MONTH})(?:\\s+(?<y>\\d{4}))?`,
    ),
    reason: 'Le dernier jour calendaire du mois : une échéance précise.',
    examples: {
      positive: [
        'fin du mois',
        'en fin de mois',
        "d'ici la fin du mois",
        'fin janvier',
        "fin d'avril",
        'fin du mois prochain',
      ],
      negative: ['fin de semaine'],
    },
    resolve: (m, ref) => r.endOfMonth(ref, monthRef(m) ?? { relative: 0 }),
  },
  {
    id: 'fr.end-of-year',
    lang: 'fr',
    pattern: rx(
      `${NOT_GREETING}${BY}(?:[àa]\\s+)?(?:la\\s+)?fin\\s+(?:de\\s+l['’]ann[ée]e|d['’]ann[ée]e|de\\s+cette\\s+ann[ée]e|(?<y>\\d{4}))`,
    ),
    reason: 'Le 31 décembre.',
    examples: {
      positive: ["d'ici la fin de l'année", "en fin d'année", 'fin 2026'],
      negative: ['fin du mois'],
    },
    resolve: (m, ref) => r.endOfYear(ref, m.groups?.y ? Number(m.groups.y) : undefined),
  },
  {
    id: 'fr.month-window',
    lang: 'fr',
    pattern: rx(
      `(?:en|courant|(?:dans\\s+le\\s+)?courant\\s+(?:du\\s+mois\\s+)?d[e'’]|au\\s+cours\\s+du\\s+mois\\s+d[e'’]|au\\s+mois\\s+d[e'’]|(?:pendant|durant)\\s+(?:le\\s+mois\\s+d[e'’])?)\\s*(?<m>${MONTH})(?:\\s+(?<y>\\d{4}))?(?!\\s*\\d)`,
    ),
    reason: 'Un mois entier : vague, au plus tard son dernier jour ouvré.',
    examples: {
      positive: ['en janvier', 'courant février', 'dans le courant du mois de mars', "au mois d'avril"],
      negative: ['le 3 janvier', 'fin janvier'],
    },
    resolve: (m, ref) => {
      const month = monthRef(m);
      return month ? r.monthWindow(ref, month, 'whole') : null;
    },
  },
  {
    id: 'fr.this-or-next-month',
    lang: 'fr',
    pattern: rx(
      `${BY}(?:ce\\s+mois(?:[\\s-]ci)?|dans\\s+le\\s+mois|(?:dans\\s+le\\s+)?courant\\s+du\\s+mois|au\\s+cours\\s+du\\s+mois)(?!\\s+(?:prochain|d[e'’]))|${BY}(?:(?:dans\\s+le\\s+)?courant\\s+du\\s+|au\\s+cours\\s+du\\s+|le\\s+)?mois\\s+(?<next>prochain)`,
    ),
    reason: 'Ce mois-ci ou le mois prochain comme fenêtre : au plus tard son dernier jour ouvré.',
    examples: { positive: ['ce mois-ci', 'dans le mois', 'le mois prochain'], negative: ['mensuel'] },
    resolve: (m, ref) => r.monthWindow(ref, { relative: m.groups?.next ? 1 : 0 }, 'whole'),
  },
  {
    id: 'fr.month-part',
    lang: 'fr',
    pattern: rx(
      `${BY}(?:(?:au|vers\\s+l[ae]|[àa]\\s+la|d[èe]s\\s+l[ae])\\s+)?(?<part>d[ée]but|mi|milieu)[\\s-]*(?:(?:du\\s+mois\\s+)?(?:de\\s+|d['’])?(?<m>${MONTH})(?:\\s+(?<y>\\d{4}))?|(?:du\\s+|de\\s+)?mois(?<next>\\s+prochain)?)`,
    ),
    reason: 'Début (au plus tard le 10) ou mi-mois (le 20) : vague, ramené à un jour ouvré.',
    examples: {
      positive: [
        'mi-janvier',
        'début février',
        'à la mi-décembre',
        'début du mois prochain',
        'en début de mois',
      ],
      negative: ['début de semaine'],
    },
    resolve: (m, ref) => {
      const month = monthRef(m);
      const p = m.groups?.part?.toLowerCase() ?? '';
      return month ? r.monthWindow(ref, month, p.startsWith('d') ? 'early' : 'mid') : null;
    },
  },
  {
    id: 'fr.week-of-month',
    lang: 'fr',
    pattern: rx(
      `(?:(?:dans|pendant|durant|pour)\\s+)?(?:la\\s+)?(?<n>premi[èe]re|1[èe]?re|deuxi[èe]me|2e|seconde|troisi[èe]me|3e|quatri[èe]me|4e|derni[èe]re)\\s+semaine\\s+(?:(?:du\\s+mois\\s+)?(?:de\\s+|d['’])(?<m>${MONTH})(?:\\s+(?<y>\\d{4}))?|du\\s+mois(?<next>\\s+prochain)?)`,
    ),
    reason: 'Une semaine du mois (celle qui contient son jeudi) : vague, au plus tard son vendredi.',
    examples: {
      positive: [
        'la première semaine de décembre',
        'la dernière semaine de janvier',
        'la deuxième semaine du mois prochain',
      ],
      negative: ['la première semaine'],
    },
    resolve: (m, ref) => {
      const month = monthRef(m);
      const word = m.groups?.n ?? '';
      const n = ORDINALS.find(([re]) => re.test(word))?.[1];
      return month && n ? r.weekOfMonth(ref, month, n) : null;
    },
  },
  {
    id: 'fr.week-of-date',
    lang: 'fr',
    pattern: rx(
      `(?:(?:dans|pendant|durant|pour)\\s+)?la\\s+semaine\\s+du\\s+(?<d>\\d{1,2}|1er)(?:\\s+(?<m>${MONTH}))?`,
    ),
    reason: 'La semaine d’une date : une fenêtre, au plus tard son vendredi.',
    examples: {
      positive: ['la semaine du 7 décembre', 'pendant la semaine du 14'],
      negative: ['la semaine prochaine'],
    },
    resolve: (m, ref) => {
      const raw = m.groups?.d ?? '1';
      return r.weekOfDate(ref, /^\d+$/.test(raw) ? Number(raw) : 1, monthNumber('fr', m.groups?.m));
    },
  },
  {
    id: 'fr.holiday',
    lang: 'fr',
    pattern: rx(
      `${BY}(?:(?<xmasday>le\\s+jour\\s+de\\s+no[ëe]l)|(?<xmas>no[ëe]l|le\\s+r[ée]veillon(?:\\s+de\\s+no[ëe]l)?)|(?<ny>(?:le\\s+)?nouvel\\s+an|(?:le\\s+)?jour\\s+de\\s+l['’]an|la\\s+nouvelle\\s+ann[ée]e))`,
    ),
    reason:
      'Noël comme échéance, c’est le 24 décembre (le 25 pour « le jour de Noël ») ; le nouvel an, le 31 décembre.',
    examples: { positive: ['avant Noël', "d'ici le nouvel an", 'pour Noël'], negative: ['noëlle'] },
    resolve: (m, ref) =>
      r.holiday(ref, m.groups?.xmasday ? 'christmas_day' : m.groups?.xmas ? 'christmas' : 'new_year'),
  },
  {
    id: 'fr.quarter',
    lang: 'fr',
    pattern: rx(
      `${BY}(?:(?<end>(?:[àa]\\s+)?(?:la\\s+)?fin\\s+d[ue]\\s+)|(?:au\\s+cours\\s+du|pendant\\s+le|durant\\s+le|au|courant)\\s+)(?:(?:T|Q)(?<q>[1-4])|(?<ord>premier|1er|deuxi[èe]me|2e|second|troisi[èe]me|3e|quatri[èe]me|4e|dernier)\\s+trimestre|(?:ce\\s+)?trimestre(?<next>\\s+prochain)?)(?:\\s+(?<y>\\d{4}))?`,
    ),
    reason:
      'Fin de trimestre : son dernier jour ; « au T1 » : une fenêtre, au plus tard son dernier jour ouvré.',
    examples: {
      positive: [
        'fin du T1',
        'au deuxième trimestre',
        'fin du trimestre',
        "d'ici la fin du premier trimestre",
      ],
      negative: ['un trimestriel'],
    },
    resolve: (m, ref) => {
      const word = m.groups?.ord?.toLowerCase() ?? '';
      const byWord = /^(premier|1)/.test(word)
        ? 1
        : /^(deux|2|second)/.test(word)
          ? 2
          : /^(trois|3)/.test(word)
            ? 3
            : /^(quatr|4|dernier)/.test(word)
              ? 4
              : null;
      const q = m.groups?.q ? Number(m.groups.q) : byWord;
      const which = q ?? { relative: m.groups?.next ? 1 : 0 };
      return r.quarter(ref, which, Boolean(m.groups?.end), m.groups?.y ? Number(m.groups.y) : undefined);
    },
  },
  {
    id: 'fr.week-number',
    lang: 'fr',
    pattern: rx(
      `(?:(?:en|pour\\s+la|dans\\s+la|d['’]ici\\s+la)\\s+)?semaine\\s+(?:n°\\s*)?(?<w>\\d{1,2})|(?<![\\p{L}])S(?<w2>\\d{1,2})(?!\\d)`,
    ),
    reason: 'Une semaine numérotée (ISO) : une fenêtre, au plus tard son vendredi.',
    examples: {
      positive: ['semaine 49', 'pour la semaine 2', 'en S50'],
      negative: ['semaine prochaine', 'S500'],
    },
    resolve: (m, ref) => r.isoWeek(ref, Number(m.groups?.w ?? m.groups?.w2)),
  },
  {
    id: 'fr.premier-du-mois',
    lang: 'fr',
    pattern: rx(`${BY}(?:le\\s+)?premier\\s+(?<m>${MONTH})`),
    reason: '« Le premier décembre » écrit en toutes lettres (chrono ne lit que « 1er décembre »).',
    examples: {
      positive: ['le premier décembre', "d'ici le premier janvier"],
      negative: ['le premier jour'],
    },
    resolve: (m, ref) => {
      const month = monthNumber('fr', m.groups?.m);
      return month === null ? null : r.dayAndMonth(ref, 1, month);
    },
  },
  {
    id: 'fr.before-next-week',
    lang: 'fr',
    pattern: rx('avant\\s+la\\s+semaine\\s+prochaine'),
    reason: 'Avant que la semaine prochaine commence : vendredi de cette semaine.',
    examples: { positive: ['avant la semaine prochaine'], negative: ["d'ici la semaine prochaine"] },
    resolve: (_m, ref) => r.endOfWeek(ref, 0),
  },
  {
    id: 'fr.working-days',
    lang: 'fr',
    pattern: rx(`(?<n>${NUM})\\s*(?<unit>jours?|j)\\s+(?<biz>ouvr[ée]s|ouvrables|travaill[ée]s)`),
    reason: 'Un nombre de jours ouvrés, même sans « sous » : le week-end ne compte pas.',
    examples: { positive: ['3 jours ouvrés', 'deux jours ouvrables'], negative: ['3 jours'] },
    resolve: (m, ref) => {
      const n = numberValue('fr', m.groups?.n);
      return n === null ? null : r.duration(ref, n, 'working_day');
    },
  },
];
