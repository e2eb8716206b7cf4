import { rx } from './lexicon.ts';
import type { VagueExpression } from './rule-types.ts';

/**
 * Time expressions that name no day a reader could hold someone to ("soon", "dès que
 * possible"). They are found BEFORE any date is resolved and hidden from chrono, so "in the
 * next few days" never becomes a date. Patterns must not swallow the start of an expression
 * that does name a day ("later this week", "au plus tard lundi").
 */
export const VAGUE_EXPRESSIONS: VagueExpression[] = [
  {
    id: 'en.vague.soon',
    lang: 'en',
    pattern: rx(
      '(?:very\\s+|pretty\\s+|quite\\s+|real\\s+)?soon(?:er\\s+rather\\s+than\\s+later)?(?!\\s+as)|shortly|before\\s+long|eventually|in\\s+the\\s+(?:near|not\\s+too\\s+distant)\\s+future|in\\s+a\\s+(?:bit|while|little\\s+while)',
    ),
    kind: 'loose_window',
    reason: '"Soon" sets no day.',
    examples: {
      positive: ['get back to you soon', 'shortly', 'in the near future', 'in a bit'],
      negative: ['as soon as possible', 'soonish'],
    },
  },
  {
    id: 'en.vague.asap',
    lang: 'en',
    pattern: rx(
      'as\\s+soon\\s+as\\s+(?:possible|(?:I|we|you)\\s+can|(?:I|we)\\s+(?:am|are)\\s+able)|ASAP|a\\.s\\.a\\.p\\.?|at\\s+(?:your|the)\\s+earliest(?:\\s+(?:convenience|opportunity))?|at\\s+your\\s+convenience|without\\s+delay|promptly|quickly|in\\s+a\\s+timely\\s+(?:manner|fashion)|right\\s+after',
    ),
    kind: 'loose_window',
    reason: '"As soon as possible" is urgent but sets no day.',
    examples: {
      positive: ['ASAP', 'as soon as possible', 'at your earliest convenience', 'promptly'],
      negative: ['as soon as the files arrive'],
    },
  },
  {
    id: 'en.vague.as-soon-as',
    lang: 'en',
    pattern: rx(
      'as\\s+soon\\s+as|once\\s+(?:I|we|you|they|the)|upon\\s+(?:receipt|delivery|completion|approval)|on\\s+receipt',
    ),
    kind: 'no_date',
    reason: 'Tied to an event ("as soon as the files arrive"), not to a day.',
    examples: {
      positive: ['as soon as the files arrive', 'once the legal team signs', 'upon receipt'],
      negative: ['at once'],
    },
  },
  {
    id: 'en.vague.coming-days',
    lang: 'en',
    pattern: rx(
      '(?:in|within|over|during)\\s+the\\s+(?:next|coming|following)\\s+(?:few\\s+|couple\\s+(?:of\\s+)?|several\\s+)?(?:days|weeks|months)|(?:in|within|over)\\s+(?:a\\s+)?(?:few|couple(?:\\s+of)?|several)\\s+(?:days|weeks|months)|(?:one|some)\\s+of\\s+these\\s+days|in\\s+due\\s+course|at\\s+some\\s+point(?!\\s+(?:next|this|in|during|on|before|by|over|later|today|tomorrow))|in\\s+the\\s+days\\s+ahead',
    ),
    kind: 'loose_window',
    reason: 'A window of several days with no end day.',
    examples: {
      positive: ['in the coming days', 'in the next few days', 'in a couple of days', 'at some point'],
      negative: ['in the next 2 days'],
    },
  },
  {
    id: 'en.vague.when-possible',
    lang: 'en',
    pattern: rx(
      'when(?:ever)?\\s+possible|when(?:ever)?\\s+(?:I|we)\\s+(?:get|have|find)\\s+(?:a\\s+)?(?:chance|moment|minute|sec(?:ond)?|(?:some\\s+|the\\s+)?time)|when(?:ever)?\\s+(?:I|we)\\s+can|when\\s+time\\s+(?:allows|permits)|whenever\\s+(?:suits|works|you\\s+(?:like|want))|when\\s+(?:I|we)\\s+(?:am|are)\\s+(?:free|able)',
    ),
    kind: 'no_date',
    reason: 'Depends on the writer finding time.',
    examples: {
      positive: ['when I get a chance', 'whenever I can', 'when time allows'],
      negative: ['when is it due'],
    },
  },
  {
    id: 'en.vague.later',
    lang: 'en',
    pattern: rx(
      '(?:a\\s+(?:bit|little)\\s+)?later(?:\\s+on)?(?!\\s+(?:today|tonight|this|next|in|on|than|that|the))',
    ),
    kind: 'loose_window',
    reason: '"Later" with no day.',
    examples: {
      positive: ["I'll do it later", 'a bit later on'],
      negative: ['later this week', 'later today'],
    },
  },
  {
    id: 'en.vague.holidays',
    lang: 'en',
    pattern: rx(
      "(?:before|after|by|over|during)\\s+the\\s+(?:holidays|holiday\\s+season|break|festive\\s+season)|(?:in|after)\\s+the\\s+new\\s+year|after\\s+new\\s+year(?:['’]s)?(?:\\s+day)?",
    ),
    kind: 'loose_window',
    reason: 'The holidays are a season, not a day.',
    examples: {
      positive: ['before the holidays', 'after the break', 'in the new year', "after New Year's"],
      negative: ['the holiday photos'],
    },
  },
  {
    id: 'fr.vague.bientot',
    lang: 'fr',
    pattern: rx(
      "(?:tr[èe]s\\s+|assez\\s+|[àa]\\s+tr[èe]s\\s+)?bient[ôo]t|prochainement|sous\\s+peu|d['’]ici\\s+peu|incessamment(?:\\s+sous\\s+peu)?|sans\\s+tarder|tr[èe]s\\s+vite|rapidement|sous\\s+les\\s+plus\\s+brefs\\s+d[ée]lais",
    ),
    kind: 'loose_window',
    reason: '« Bientôt » ne fixe aucun jour.',
    examples: {
      positive: ['bientôt', 'je reviens vers vous rapidement', 'prochainement', "d'ici peu"],
      negative: ['rapide'],
    },
  },
  {
    id: 'fr.vague.asap',
    lang: 'fr',
    pattern: rx(
      'd[èe]s\\s+que\\s+(?:possible|(?:je|nous|on)\\s+(?:peux|peut|pouvons|pourrai|pourrons|pourra))|au\\s+plus\\s+(?:vite|t[ôo]t)|le\\s+plus\\s+(?:vite|rapidement|t[ôo]t)\\s+possible|dans\\s+les\\s+(?:meilleurs|plus\\s+brefs)\\s+d[ée]lais|ASAP|en\\s+urgence',
    ),
    kind: 'loose_window',
    reason: '« Dès que possible » est pressant mais ne fixe aucun jour.',
    examples: {
      positive: ['dès que possible', 'au plus vite', 'dans les meilleurs délais', 'au plus tôt'],
      negative: ['au plus tard lundi'],
    },
  },
  {
    id: 'fr.vague.des-que',
    lang: 'fr',
    pattern: rx('d[èe]s\\s+que|d[èe]s\\s+r[ée]ception|une\\s+fois\\s+que|[àa]\\s+(?:la\\s+)?r[ée]ception'),
    kind: 'no_date',
    reason: "Lié à un événement (« dès que j'ai le retour »), pas à un jour.",
    examples: {
      positive: ["dès que j'ai le retour de mon boss", 'à réception de la facture', 'une fois que'],
      negative: ['dès lundi'],
    },
  },
  {
    id: 'fr.vague.prochains-jours',
    lang: 'fr',
    pattern: rx(
      "(?:dans|sous|d['’]ici|au\\s+cours\\s+des|pendant\\s+les)\\s+(?:les\\s+)?(?:(?:tout\\s+)?prochain(?:e)?s|quelques|prochaines)\\s+(?:jours|semaines|mois)|dans\\s+les\\s+(?:jours|semaines|mois)\\s+(?:[àa]\\s+venir|qui\\s+viennent)|un\\s+de\\s+ces\\s+(?:jours|quatre)|[àa]\\s+un\\s+moment\\s+donn[ée]|t[ôo]t\\s+ou\\s+tard",
    ),
    kind: 'loose_window',
    reason: 'Une fenêtre de plusieurs jours sans jour de fin.',
    examples: {
      positive: ['dans les prochains jours', 'dans les jours à venir', "d'ici quelques jours"],
      negative: ['dans les 2 prochains jours'],
    },
  },
  {
    id: 'fr.vague.quand-possible',
    lang: 'fr',
    pattern: rx(
      "quand\\s+j['’]aurai\\s+(?:un\\s+(?:moment|instant|peu\\s+de\\s+temps|cr[ée]neau|petit\\s+moment)|le\\s+temps|deux\\s+minutes|cinq\\s+minutes|du\\s+temps)|quand\\s+(?:je|nous|on)\\s+(?:pourrai|pourrons|pourra|peux|peut)|quand\\s+(?:ça|cela)\\s+(?:vous|te)\\s+(?:convient|arrange)|d[èe]s\\s+que\\s+j['’]aurai\\s+(?:un\\s+moment|le\\s+temps)",
    ),
    kind: 'no_date',
    reason: "Dépend du temps que l'auteur trouvera.",
    examples: { positive: ["quand j'aurai un moment", 'quand je pourrai'], negative: ['quand est-ce prévu'] },
  },
  {
    id: 'fr.vague.plus-tard',
    lang: 'fr',
    pattern: rx('(?<!au\\s+)plus\\s+tard(?!\\s+dans\\s+la\\s+journ)'),
    kind: 'loose_window',
    reason: '« Plus tard » sans jour.',
    examples: {
      positive: ['je le ferai plus tard'],
      negative: ['lundi au plus tard', 'plus tard dans la journée'],
    },
  },
  {
    id: 'fr.vague.fetes',
    lang: 'fr',
    pattern: rx(
      "(?:avant|apr[èe]s|pendant)\\s+les\\s+(?:f[êe]tes|vacances|cong[ée]s)|(?:[àa]|apr[èe]s|d[èe]s)\\s+la\\s+rentr[ée]e|apr[èe]s\\s+le\\s+(?:nouvel\\s+an|jour\\s+de\\s+l['’]an|r[ée]veillon)",
    ),
    kind: 'loose_window',
    reason: 'Les fêtes sont une période, pas un jour.',
    examples: {
      positive: ['avant les fêtes', 'après les vacances', 'à la rentrée', 'après le nouvel an'],
      negative: ['les fêtes de famille'],
    },
  },
  {
    id: 'en.vague.after-event',
    lang: 'en',
    pattern: rx(
      "after\\s+(?:our|the|my|your|their|this|that|next)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:meeting|call|catch-?up|workshop|review|board|committee|kick-?off|presentation|demo)",
    ),
    kind: 'loose_window',
    reason: 'After an event ("after our Tuesday meeting") sets a start, not a day anyone can be held to.',
    examples: {
      positive: ['after our Tuesday meeting', 'after the board meeting'],
      negative: ['by the meeting', 'after Tuesday'],
    },
  },
  {
    id: 'fr.vague.apres-evenement',
    lang: 'fr',
    pattern: rx(
      "apr[èe]s\\s+(?:notre|nos|la|le|l['’]|ma|mon|votre|vos|ton|ta|cette|ce)\\s*(?:[\\p{L}'’-]+\\s+){0,2}?(?:r[ée]union|call|point|rendez-vous|rdv|atelier|comit[ée]|conseil|pr[ée]sentation|d[ée]mo)(?:\\s+(?:de|du|d['’])\\s*[\\p{L}\\d]+)?",
    ),
    kind: 'loose_window',
    reason: 'Après un événement (« après notre réunion de mardi ») fixe un début, pas une échéance.',
    examples: {
      positive: ['après notre réunion de mardi', 'après le comité'],
      negative: ['avant la réunion', 'après mardi'],
    },
  },
];
