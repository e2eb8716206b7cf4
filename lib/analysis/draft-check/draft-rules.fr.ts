import type { DraftCue, DraftRule } from './types.ts';

/**
 * Règles et lexique du brouillon en français. Les motifs s’appliquent au texte replié (minuscules,
 * sans accents, apostrophes droites) ; le correctif d’une règle remplace exactement les mots trouvés.
 */

export const DRAFT_RULES_FR: DraftRule[] = [
  {
    id: 'fr.draft.excuse',
    lang: 'fr',
    kind: 'over_apologising',
    pattern:
      /\b(?:(?:vraiment |tellement |sincerement |tres )?desolee?s?|toutes mes excuses|toutes nos excuses|je m'excuse|nous nous excusons|excusez-moi|pardon|mille excuses|je suis navree?|navree?s?)\b/,
    minCount: 2,
    reason: {
      en: 'More than one apology: once is enough, then say what you will do.',
      fr: 'Plus d’une excuse\u00a0: une seule suffit, puis dites ce que vous allez faire.',
    },
    fix: null,
    examples: {
      positive: ['Désolé… vraiment désolé pour ce retard.'],
      negative: ['Désolé pour le retard, voici les fichiers.'],
    },
  },
  {
    id: 'fr.draft.hedge.je-pense',
    lang: 'fr',
    kind: 'hedge',
    pattern:
      /\b(?:je pense que|je crois que|il me semble que|j'ai l'impression que|je dirais que|je suppose que) /,
    reason: {
      en: '"Je pense que", "il me semble que" weaken what follows: say it plainly.',
      fr: '« Je pense que », « il me semble que » affaiblissent la suite\u00a0: dites-le simplement.',
    },
    fix: '',
    examples: {
      positive: ['Je pense que la maquette fonctionne.', 'Il me semble que la facture est due.'],
      negative: ['La maquette fonctionne.'],
    },
  },
  {
    id: 'fr.draft.hedge.peut-etre',
    lang: 'fr',
    kind: 'hedge',
    pattern:
      /\b(?:peut-etre|peut etre|eventuellement|possiblement|probablement|en quelque sorte|plus ou moins|un peu comme),? /,
    reason: {
      en: '"Peut-être", "éventuellement" make the sentence sound unsure.',
      fr: '« Peut-être », « éventuellement » rendent la phrase hésitante.',
    },
    fix: '',
    examples: {
      positive: ['On pourrait peut-être se voir lundi.', 'Éventuellement, je peux livrer vendredi.'],
      negative: ['On se voit lundi.'],
    },
  },
  {
    id: 'fr.draft.hedge.permission',
    lang: 'fr',
    kind: 'hedge',
    pattern:
      /\bje me permets de (?:vous |te )?|\bje me demandais si\b|\bsi (?:cela|ca) ne (?:vous|te) derange pas\b|\bsi ce n'est pas trop (?:demander|vous demander)\b|\bsi jamais (?:vous avez|tu as) (?:un moment|le temps)\b/,
    reason: {
      en: '"Je me permets de", "je me demandais si" ask permission to ask: ask directly.',
      fr: '« Je me permets de », « je me demandais si » demandent la permission de demander\u00a0: demandez directement.',
    },
    fix: null,
    examples: {
      positive: ['Je me permets de vous relancer.', 'Je me demandais si vous aviez reçu la facture.'],
      negative: ['Pouvez-vous régler la facture ?'],
    },
  },
  {
    id: 'fr.draft.minimiser.juste',
    lang: 'fr',
    kind: 'minimiser',
    pattern: /\bjuste (?=(?:pour|un|une|vous|te|a|savoir|voir|verifier|rappeler|demander|relancer)\b)/,
    reason: {
      en: '"Juste" shrinks your request: drop it.',
      fr: '« Juste » rapetisse votre demande\u00a0: supprimez-le.',
    },
    fix: '',
    examples: {
      positive: [
        'Juste pour savoir si vous avez reçu la facture.',
        'Je voulais juste vous rappeler la date.',
      ],
      negative: ['Le calcul est juste.'],
    },
  },
  {
    id: 'fr.draft.minimiser.petit',
    lang: 'fr',
    kind: 'minimiser',
    pattern:
      /\b(?:petite?|toute petite?|legere?) (?=(?:question|relance|rappel|demande|service|faveur|point|mot|message|souci|modif|modification)s?\b)|\bdesolee? de (?:vous|te) deranger,? (?:mais )?/,
    reason: {
      en: '"Petite question", "désolé de vous déranger" make the request sound too small to matter.',
      fr: '« Petite question », « désolé de vous déranger » font paraître la demande négligeable.',
    },
    fix: '',
    examples: {
      positive: [
        'Petite question sur la facture.',
        'Une petite relance concernant le paiement.',
        'Désolé de vous déranger, mais la facture est échue.',
      ],
      negative: ['Le logo est un peu petit.'],
    },
  },
  {
    id: 'fr.draft.defensive.deja-dit',
    lang: 'fr',
    kind: 'defensive',
    pattern:
      /\bcomme (?:je (?:vous|te) l'ai|je l'ai) (?:deja |bien )?(?:dit|indique|precise|explique|ecrit|mentionne|signale)(?: (?:dans mon|a plusieurs reprises|plusieurs fois)(?: (?:dernier|precedent) (?:mail|message|courriel))?)?,? |\bcomme (?:deja|precedemment) (?:dit|indique|precise|mentionne|explique),? |\bcomme indique dans mon (?:dernier|precedent) (?:mail|message|courriel),? |\bje (?:vous|te) l'ai deja dit\b|\bje (?:vous|te) rappelle (?:pourtant )?que\b/,
    reason: {
      en: '"Comme je vous l\'ai déjà dit" sounds like a reproach: restate the point without it.',
      fr: '« Comme je vous l’ai déjà dit » sonne comme un reproche\u00a0: reformulez sans.',
    },
    fix: '',
    examples: {
      positive: [
        'Comme je vous l’ai déjà dit, la date est vendredi.',
        'Comme indiqué dans mon dernier mail, le prix est fixe.',
      ],
      negative: ['Comme convenu, la date est vendredi.'],
    },
  },
  {
    id: 'fr.draft.defensive.reproche',
    lang: 'fr',
    kind: 'defensive',
    pattern:
      /\b(?:vous|tu) n'(?:avez|as) (?:pas|jamais|toujours pas|meme pas)\b|\b(?:vous|tu) (?:auriez|aurais) (?:du|pu)\b|\b(?:vous|tu) (?:avez|as) oublie\b|\bce n'est pas (?:de )?ma faute\b|\bje ne suis pas responsable\b|\bevidemment\b|\bforcement\b/,
    reason: {
      en: 'Blaming wording puts the client on the defensive: describe the fact and the next step.',
      fr: 'Un ton accusateur braque le client\u00a0: décrivez le fait et la suite.',
    },
    fix: null,
    examples: {
      positive: ['Vous n’avez pas envoyé les photos.', 'Tu aurais dû me prévenir.'],
      negative: ['Les photos ne sont pas encore arrivées.'],
    },
  },
  {
    id: 'fr.draft.stacked.exclamation',
    lang: 'fr',
    kind: 'stacked_punctuation',
    pattern: /!(?:[ \u00a0\u202f]?!)+/,
    reason: {
      en: 'Stacked "!!" reads as shouting: one is enough.',
      fr: '« !! » se lit comme un cri\u00a0: un seul suffit.',
    },
    fix: '!',
    examples: { positive: ['Merci !!!'], negative: ['Merci !'] },
  },
  {
    id: 'fr.draft.stacked.question',
    lang: 'fr',
    kind: 'stacked_punctuation',
    pattern: /\?(?:[ \u00a0\u202f]?\?)+/,
    reason: {
      en: 'Stacked "??" reads as impatience: one is enough.',
      fr: '« ?? » se lit comme de l’impatience\u00a0: un seul suffit.',
    },
    fix: '?',
    examples: { positive: ['Des nouvelles ??'], negative: ['Des nouvelles ?'] },
  },
  {
    id: 'fr.draft.stacked.mixed',
    lang: 'fr',
    kind: 'stacked_punctuation',
    pattern: /\?+!+[!?]*|!+\?+[!?]*/,
    reason: {
      en: '"?!" reads as exasperation: ask the question plainly.',
      fr: '« ?! » se lit comme de l’exaspération\u00a0: posez la question simplement.',
    },
    fix: '?',
    examples: { positive: ['Vraiment ?!'], negative: ['Vraiment ?'] },
  },
];

export const DRAFT_CUES_FR: DraftCue[] = [
  {
    id: 'fr.cue.greeting',
    lang: 'fr',
    cue: 'greeting',
    pattern:
      /^(?:bonjour|bonsoir|salut|coucou|hello|cher|chere|chers|cheres|madame|monsieur|mesdames|messieurs|re-?bonjour|re |allo|bien le bonjour)\b/,
    examples: {
      positive: ['Bonjour Paul,', 'Chère Madame Durand,'],
      negative: ['Veuillez trouver la facture.'],
    },
  },
  {
    id: 'fr.cue.next-step',
    lang: 'fr',
    cue: 'next_step',
    pattern:
      /\?|\b(?:merci de|pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|je (?:vous|te) (?:envoie|enverrai|propose|rappelle|appelle|tiens au courant|tiendrai au courant|recontacte|reviens)|je (?:regarde|m'en occupe|m'occupe|passe|livre|termine|finis)|je vais|nous allons|on se (?:parle|voit|cale|rappelle)|prochaine etape|n'hesitez pas|n'hesite pas|tenez-moi|dites-moi|dis-moi|a (?:lundi|mardi|mercredi|jeudi|vendredi|demain|bientot)|(?:ci-joint|en piece jointe)|d'ici (?:lundi|mardi|mercredi|jeudi|vendredi|demain|le)|rendez-vous)\b/,
    examples: {
      positive: ['Je vous envoie la V2 vendredi.', 'Dites-moi si jeudi vous convient.'],
      negative: ['Le projet s’est bien passé.'],
    },
  },
  {
    id: 'fr.cue.promise',
    lang: 'fr',
    cue: 'promise',
    pattern:
      /\b(?:je|j'|nous|on)(?: (?:vous|te|lui|leur|le|la|les|y|en|vous les|vous le|vous la|te les|te le|te la)| l'| t')* ?(?:vais|allons|va|enverrai|enverrons|ferai|ferons|reviens|reviendrai|reviendrons|revenons|revient|envoie|envoyons|envoies|livre|livrerai|livrerons|transmets|transmettrai|transmettrons|essaierai|essaie|essaye|tacherai|devrais pouvoir|devrions pouvoir|pense pouvoir|compte|m'engage a|fais|fait)\b/,
    unless:
      /\b(?:je|nous|on) (?:vais|allons|va) (?:bien|mieux|etre (?:absente?|en conges|en vacances|ravie?s?|heureu))\b|\bsi (?:je|nous|on)\b|\b(?:je|on|nous) (?:fais|fait) (?:confiance|attention|de mon mieux)\b/,
    examples: {
      positive: [
        'Je vous envoie la maquette demain.',
        'Je reviens vers vous rapidement.',
        'On vous fait un retour dans les prochains jours.',
      ],
      negative: ['Je vais bien, merci.', 'Je vous ai envoyé la facture hier.'],
    },
  },
  {
    id: 'fr.cue.concrete-time',
    lang: 'fr',
    cue: 'concrete_time',
    pattern:
      /\b(?:aujourd'hui|ce soir|demain|ce matin|cet apres-midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|midi|\d{1,2} ?h(?:\d\d)?|(?:le|du|au) \d{1,2}(?:er)?|\d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|fin de (?:journee|semaine)|la fin de (?:la )?(?:journee|semaine)|sous (?:\d+|24|48) ?(?:h|heures|jours)|dans (?:l'heure|(?:\d+|deux|trois) (?:heures|jours))|\d{1,2}\/\d{1,2}|\d{4}-\d{2}-\d{2})\b/,
    examples: {
      positive: ['d’ici vendredi', 'le 27 novembre', 'sous 48 h'],
      negative: ['rapidement', 'la semaine prochaine'],
    },
  },
  {
    id: 'fr.cue.loose-time',
    lang: 'fr',
    cue: 'loose_time',
    pattern:
      /\b(?:bientot|rapidement|prochainement|des que possible|au plus vite|au plus tot|dans les (?:prochains|tout prochains) jours|dans les jours (?:qui viennent|a venir)|dans (?:quelques|les prochaines) (?:jours|semaines)|(?:la semaine|le mois) (?:prochaine?)|cette semaine|ce mois-ci|sous peu|d'ici peu|tres vite|quand (?:je|nous|on) (?:peux|pourrai|pourrons|pourra|aurai le temps|aurons le temps)|des que (?:je|nous|on) (?:peux|pourrai|pourrons|pourra|peut)|plus tard|un de ces jours|dans la semaine|des que j'ai un moment|a l'occasion)\b/,
    examples: {
      positive: ['Je reviens vers vous rapidement.', 'dans les prochains jours'],
      negative: ['vendredi'],
    },
  },
  {
    id: 'fr.cue.promise-hedge',
    lang: 'fr',
    cue: 'promise_hedge',
    pattern:
      /\b(?:essayer d'|essayer de |tenter de |tacher de |normalement,? |en principe,? |si tout va bien,? |a priori,? |sauf imprevu,? )/,
    fix: '',
    examples: {
      positive: ['Je vais essayer de vous envoyer ça vendredi.', 'Normalement, je livre lundi.'],
      negative: ['Je livre lundi.'],
    },
  },
  {
    id: 'fr.cue.unclear-action',
    lang: 'fr',
    cue: 'unclear_action',
    pattern:
      /\b(?:reviens vers (?:vous|toi)|reviendrai vers (?:vous|toi)|revenir vers (?:vous|toi)|revenons vers (?:vous|toi)|fais un retour|fait un retour|ferai un retour|faire un retour|regarde (?:ca|cela)|regarderai (?:ca|cela)|jeter un (?:oeil|œil|coup d'oeil)|tiens au courant|tiendrai au courant|tenir au courant|voir ce que (?:je|nous|on) (?:peux|peut|pouvons)|m'en occupe|m'en occuperai|me penche dessus)\b/,
    examples: {
      positive: ['Je reviens vers vous rapidement.', 'Je regarde ça.'],
      negative: ['Je vous envoie la facture vendredi.'],
    },
  },
  {
    id: 'fr.cue.tu',
    lang: 'fr',
    cue: 'tu',
    pattern:
      /\b(?:tu|toi|tes)\b|(?<!\b(?:le|du|au|un|ce|quel|bon|mon|son|meme|de) )\bton\b|\bta\b|\bte\b|\bt'(?=[aeiouyh])/,
    examples: {
      positive: ['Tu peux m’envoyer le fichier ?', 'Je t’envoie ton devis.'],
      negative: ['Le ton est juste.', 'Vous pouvez m’envoyer le fichier ?'],
    },
  },
  {
    id: 'fr.cue.vous',
    lang: 'fr',
    cue: 'vous',
    pattern: /\b(?:vous|votre|vos)\b/,
    examples: {
      positive: ['Pouvez-vous m’envoyer votre fichier ?'],
      negative: ['Tu peux m’envoyer ton fichier ?'],
    },
  },
  {
    id: 'fr.cue.thanks',
    lang: 'fr',
    cue: 'thanks',
    pattern: /\b(?:merci|je vous remercie|je te remercie|nous vous remercions|reconnaissante?)\b/,
    examples: { positive: ['Merci pour les fichiers.'], negative: ['Voici les fichiers.'] },
  },
  {
    id: 'fr.cue.politeness',
    lang: 'fr',
    cue: 'politeness',
    pattern:
      /\b(?:s'il (?:vous|te) plait|svp|stp|j'espere que (?:vous allez|tu vas) bien|bonne (?:journee|soiree|semaine|fin de semaine)|bon week-end|belle journee|au plaisir)\b/,
    examples: {
      positive: ['Merci de confirmer, s’il vous plaît.', 'Bonne journée !'],
      negative: ['Confirmez.'],
    },
  },
  {
    id: 'fr.cue.closing',
    lang: 'fr',
    cue: 'closing',
    pattern:
      /\b(?:cordialement|bien (?:a vous|a toi|cordialement)|bien amicalement|amicalement|belle journee|bonne journee|a bientot|bises|salutations|sinceres salutations)\s*[,!.]?\s*$/m,
    examples: {
      positive: ['Cordialement,', 'Bien à vous'],
      negative: ['Cordialement votre, le client exigeant demande.'],
    },
  },
];

/**
 * Register words swapped to the draft's main register when tu and vous are mixed; only the words
 * whose swap needs no grammar (a verb after "tu" needs a rewrite, so it gets no fix).
 */
export const REGISTER_FIXES_FR: { toVous: Record<string, string>; toTu: Record<string, string> } = {
  toVous: { ton: 'votre', ta: 'votre', tes: 'vos', te: 'vous', toi: 'vous', "t'": 'vous ' },
  toTu: { vos: 'tes' },
};
