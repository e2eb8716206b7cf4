import type { RequestRule } from './request-rule.ts';

/**
 * French request cues, hand-weighted (no labelled French set): a sentence is a request when the
 * sum of its weights plus `FR_REQUEST_BIAS` is positive. « N'hésitez pas » is an invitation, not
 * a request.
 */
export const FR_REQUEST_BIAS = -1;

export const FR_REQUEST_RULES: readonly RequestRule[] = [
  {
    id: 'fr.request.question',
    lang: 'fr',
    pattern: /\?\s*["»)\]]*\s*$/,
    weight: 1.5,
    reason: 'Une question demande une réponse au lecteur.',
    examples: { positive: ['Vous êtes disponible mardi ?'], negative: ['Je suis disponible mardi.'] },
  },
  {
    id: 'fr.request.pourriez-vous',
    lang: 'fr',
    pattern:
      /\b(?:pourriez|pouvez|pourrais|peux|auriez|serait-il|est-il|voudriez|voulez)-(?:vous|tu|il)\b|\best-ce\s+que\s+(?:vous|tu)\s+(?:pourriez|pouvez|pourrais|peux|auriez|voudriez)\b/iu,
    weight: 2,
    reason: '« Pourriez-vous », « peux-tu » : une demande polie.',
    examples: {
      positive: ['Pourriez-vous nous envoyer les fichiers sources ?', 'Peux-tu me rappeler'],
      negative: ['Je peux vous rappeler.'],
    },
  },
  {
    id: 'fr.request.tu-peux',
    lang: 'fr',
    pattern: /\b(?:tu\s+(?:peux|pourrais)|vous\s+(?:pouvez|pourriez))\s+(?:me|m'|nous|lui|leur|\p{L}+er)\b/iu,
    weight: 1.5,
    reason: "« Tu peux m'envoyer… » : une demande à l'indicatif.",
    examples: { positive: ["Tu peux m'envoyer le brief."], negative: ['Je peux envoyer le brief.'] },
  },
  {
    id: 'fr.request.merci-de',
    lang: 'fr',
    pattern:
      /\bmerci\s+(?:de\s+|d')(?!votre\b|vos\b|ton\b|ta\b|tes\b|ce\b|cette\b|ces\b|l'|la\b|le\b|les\b|m'avoir|nous\s+avoir|avoir\b)|\bje\s+vous\s+(?:remercie|prie)\s+de\b|\bveuillez\b|\bje\s+vous\s+serais\s+(?:reconnaissante?|obligée?)(?!\p{L})|\bje\s+vous\s+saurais\s+gré(?!\p{L})/iu,
    weight: 2.5,
    reason:
      '« Merci de me faire parvenir », « je vous remercie de bien vouloir », « veuillez », « je vous saurais gré de ».',
    examples: {
      positive: [
        'Merci de me faire parvenir les accès.',
        'Je vous remercie de bien vouloir régler la facture.',
        'Je vous saurais gré de bien vouloir me rappeler.',
      ],
      negative: ['Merci de votre retour.', 'Merci pour les maquettes.'],
    },
  },
  {
    id: 'fr.request.need',
    lang: 'fr',
    pattern:
      /\bil\s+(?:faudrait|faut)\s+que\s+(?:vous|tu)\b|\bj'aurais\s+besoin\b|\bj'ai\s+besoin\s+(?:de\s+votre|de\s+ton|que)\b|\bil\s+(?:me|nous)\s+(?:l[ae]s?\s+|l')?(?:faut|faudrait)\b|\bnous\s+aurions\s+besoin\b/iu,
    weight: 1.5,
    reason: "Un besoin adressé au lecteur (« j'aurais besoin du bilan »).",
    examples: {
      positive: ["J'aurais besoin du bilan pour le 31 mars.", 'Il me la faut pour lundi.'],
      negative: ["J'ai besoin de vacances !"],
    },
  },
  {
    id: 'fr.request.imperative',
    lang: 'fr',
    pattern:
      /\b(?:envoyez|envoie|dites|dis|tenez|tiens|faites|fais|rappelez|rappelle|confirmez|confirme|transmettez|transmets|indiquez|indique|prévenez|préviens|donnez|donne|appelez|appelle|contactez|contacte|renvoyez|renvoie)-(?:moi|nous|le|la|les|lui)\b|^\s*(?:(?:bonjour|merci)[^,]*,\s*)?(?:envoyez|transmettez|indiquez|confirmez|précisez|validez|réglez|signez|retournez|complétez|vérifiez|relisez|regardez|contactez|appelez|rappelez)\b/iu,
    weight: 2,
    reason: 'Un impératif adressé au lecteur (« envoyez-moi », « tenez-moi au courant »).',
    examples: {
      positive: ['Envoyez-moi le devis.', 'Tenez-moi au courant.'],
      negative: ['Je vous envoie le devis.'],
    },
  },
  {
    id: 'fr.request.inversion-sans-trait',
    lang: 'fr',
    pattern:
      /^\s*(?:(?:bonjour|bonsoir|salut|coucou|merci|dis|dites)[^,]*,\s*)?(?:est-ce\s+que\s+)?(?:pourriez|pouvez|pourrais|peux|auriez|voudriez|voulez)\s+(?:vous|tu)\s+(?:me|m'|nous|lui|leur|\p{L}+(?:er|ir|re))\b/iu,
    weight: 2,
    reason:
      '« Peux tu me dire… » : la même demande, écrite vite sans trait d’union ni point d’interrogation.',
    examples: {
      positive: ['Peux tu me renvoyer le lien', 'Bonjour, pouvez vous regarder le formulaire'],
      negative: ['Je peux vous renvoyer le lien.', 'Vous pouvez compter sur moi.'],
    },
  },
  {
    id: 'fr.request.pensez-a',
    lang: 'fr',
    pattern:
      /^\s*(?:(?:et|aussi|sinon|petit\s+rappel)\s*[,:]?\s*)?(?:pensez|pense|songez|songe)\s+(?:à|a)(?=\s)|\bn'oublie[sz]?\s+pas\s+(?:de|d'|que)\b/iu,
    weight: 2,
    reason: '« Pensez à me renvoyer le bon », « n’oubliez pas de signer » : un rappel adressé au lecteur.',
    examples: {
      positive: ['Pense à me renvoyer le bon de commande.', "N'oubliez pas de signer le devis."],
      negative: ['Je pense à vous pour ce projet.', "Je n'oublie pas votre demande."],
    },
  },
  {
    id: 'fr.request.je-vous-laisse',
    lang: 'fr',
    pattern:
      /\bje\s+(?:vous|te)\s+laisse\s+(?:me|m'|nous|en|le|la|les|l')?\s*(?:dire|confirmer|valider|regarder|relire|voir|revenir|choisir|indiquer|préciser|transmettre|envoyer|faire|compléter|signer)\b/iu,
    weight: 2,
    reason: '« Je vous laisse me confirmer » : une demande polie au lecteur.',
    examples: {
      positive: ['Je vous laisse me confirmer le créneau.', 'Je te laisse regarder les deux versions.'],
      negative: ['Je vous laisse, bonne soirée.', 'Je te laisse le choix de la date.'],
    },
  },
  {
    id: 'fr.request.je-voudrais-que',
    lang: 'fr',
    pattern:
      /\b(?:je|nous)\s+(?:voudrais|voudrions|souhaiterais|souhaiterions|aimerais|aimerions|veux|voulons|souhaite|souhaitons)\s+(?:bien\s+)?que\s+(?:vous|tu)\b|\bj'aimerais\s+(?:bien\s+)?que\s+(?:vous|tu)\b/iu,
    weight: 2,
    reason: '« Je voudrais que vous repreniez la page » : un souhait qui demande un travail au lecteur.',
    examples: {
      positive: ['Je souhaiterais que vous revoyiez le titre.', "J'aimerais que tu ajoutes une page."],
      negative: ['Je voudrais vous remercier.', 'Nous souhaitons que le projet avance.'],
    },
  },
  {
    id: 'fr.request.futur-me',
    lang: 'fr',
    pattern:
      /\b(?:tu|vous)\s+(?:me|m'|nous)\s*(?:diras|direz|tiendras|tiendrez|enverras|enverrez|renverras|renverrez|feras|ferez|confirmeras|confirmerez|rappelleras|rappellerez|transmettras|transmettrez|redis|redites|tiens|tenez)\b/iu,
    weight: 2,
    reason:
      '« Tu me diras ce que tu en penses », « vous me tenez au courant » : un futur ou un présent qui demande au lecteur.',
    examples: {
      positive: ['Vous me direz si le créneau vous va.', 'Tu me tiens au courant pour jeudi.'],
      negative: ['Je vous dirai si le créneau me va.', "Tu m'as dit que c'était bon."],
    },
  },
  {
    id: 'fr.request.on-peut',
    lang: 'fr',
    pattern:
      /\b(?:on\s+(?:peut|pourrait)|est-ce\s+qu'on\s+(?:peut|pourrait))\s+(?:rajouter|ajouter|changer|modifier|décaler|avancer|prévoir|faire|caler|se\s+caler)\b/iu,
    weight: 1,
    reason: '« On peut rajouter une page ? » propose du travail au lecteur.',
    examples: { positive: ['On peut rajouter une page blog ?'], negative: ['On a rajouté une page.'] },
  },
  {
    id: 'fr.request.n-hesitez-pas',
    lang: 'fr',
    pattern: /\bn'hésite[zr]?\s+pas\b|\bn'hésites\s+pas\b/iu,
    weight: -2,
    reason: "« N'hésitez pas » invite, sans rien demander.",
    examples: {
      positive: ["N'hésitez pas si vous avez des questions."],
      negative: ['Pourriez-vous confirmer ?'],
    },
  },
  {
    id: 'fr.request.information',
    lang: 'fr',
    pattern: /\bci-joint\b|\ben\s+pi[eè]ce\s+jointe\b|\bpour\s+information\b|\bvoici\b/iu,
    weight: -0.5,
    reason: 'Une information transmise, rien de demandé.',
    examples: {
      positive: ['Voici le devis.', 'Ci-joint la facture.'],
      negative: ['Envoyez-moi la facture.'],
    },
  },
];
