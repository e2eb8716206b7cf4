import { type LexiconRule, matchingRules } from './lexicon-rule.ts';
import { E, rx, W } from './rule-regex.ts';

/**
 * Sentences that hand over what was promised. A `deliverable` cue ("ci-joint la V2", "here is
 * the invoice", "the staging link is ready") says the thing is attached, sent, or online; a
 * `payment` cue ("payment sent", "virement effectué") says the money left. The reply uses the
 * deliverable cues in my own messages (the facts a calm reply points to, the sign that a promise
 * whose day has passed was kept); the ledger uses both to suggest marking a promise kept.
 * A cue in the future or a question ("I will send", "avez-vous envoyé ?") is not delivery.
 * Patterns are written against folded text (see `foldText`).
 */
export interface DeliveryRule extends LexiconRule {
  kind: 'deliverable' | 'payment';
}

export const DELIVERY_RULES: readonly DeliveryRule[] = [
  {
    id: 'en-attached',
    lang: 'en',
    kind: 'deliverable',
    // "Here is how to reach me" or "here's what I think" introduces words, not a deliverable.
    pattern: rx(
      `${W}(?:attached|enclosed|please\\s+find|(?:here\\s+(?:is|are)|here's)(?!\\s+(?:how|what|where|why|when|who)${E}))${E}`,
    ),
    reason: 'the message carries the thing itself: attached, enclosed, here is',
    examples: {
      positive: [
        'Attached is the V2.',
        'Here is the invoice for November.',
        "Here's the revised logo.",
        'Here is the V2 of the mockups.',
        'Please find attached the report.',
      ],
      negative: [
        'I will attach the files tomorrow.',
        'Is the V2 ready?',
        'I will send the V2 on Friday.',
        'Here is how to reach me next week.',
      ],
    },
  },
  {
    id: 'en-sent',
    lang: 'en',
    kind: 'deliverable',
    pattern: rx(
      `${W}(?:i|we)(?:\\s+have|'ve)?\\s+(?:just\\s+|now\\s+|finally\\s+)?(?:sent|uploaded|shared|delivered|published|pushed|submitted|finished|completed|fixed|updated|added|attached|deployed)${E}`,
    ),
    reason: 'the writer says it is done, in the past',
    examples: {
      positive: [
        "I've just sent the files.",
        'We have uploaded the final version to the drive.',
        'I’ve uploaded the final files.',
        'I have fixed the footer links.',
      ],
      negative: [
        'I will send the files on Friday.',
        'Have you sent the brief?',
        'I’ll send the files tomorrow.',
        'Have you sent the texts?',
      ],
    },
  },
  {
    id: 'en-live',
    lang: 'en',
    kind: 'deliverable',
    // People being available or done ("if you are available", "when we are done") and a state
    // awaited in a clause ("until the bugs are fixed") are no delivery.
    pattern: rx(
      `(?<!${W}(?:you|we|they|who)\\s+)(?<!${W}(?:if|when|whether|until|once|before|after)\\s+(?:[\\p{L}\\d'-]+\\s+){0,4})` +
        `${W}(?:is|are)\\s+(?:now\\s+)?(?:ready|live|online|up|done|fixed|attached|uploaded|available)${E}`,
    ),
    reason: 'the deliverable is now ready, live or available',
    examples: {
      positive: [
        'The site is now live.',
        'The translations are available on the drive.',
        'The updated staging link is ready.',
        'The texts are ready for review.',
      ],
      negative: [
        'Will the site be live by Friday?',
        'Are you ready for the call?',
        'Let me know if you are available on Tuesday.',
        'We will hold the payment until the bugs are fixed.',
      ],
    },
  },
  {
    id: 'en-paid',
    lang: 'en',
    kind: 'payment',
    pattern: rx(
      `${W}(?:payment|transfer|wire)(?:\\s+has\\s+been|\\s+was|\\s+is)?\\s+(?:sent|made|done|processed|completed|initiated|issued)${E}` +
        `|${W}(?:i|we)(?:\\s+have|'ve)?\\s+(?:just\\s+)?(?:paid|settled|wired|transferred\\s+the\\s+(?:money|funds|amount|balance))${E}` +
        `|${W}invoice\\s+(?:is\\s+|was\\s+|has\\s+been\\s+)?(?:paid|settled)${E}`,
    ),
    reason: 'the payment is said to be made',
    examples: {
      positive: ['Payment sent.', "We've just paid the invoice.", 'The invoice has been paid.'],
      negative: ['Payment will be sent on Friday.', 'Have you paid?'],
    },
  },
  {
    id: 'fr-ci-joint',
    lang: 'fr',
    kind: 'deliverable',
    pattern: rx(
      `${W}(?:ci-joint(?:e|s|es)?|en\\s+(?:piece\\s+jointe|pj)|vous\\s+trouverez|tu\\s+trouveras|veuillez\\s+trouver|voici)${E}`,
    ),
    reason: 'le message porte la chose même : ci-joint, en pièce jointe, voici',
    examples: {
      positive: [
        'Ci-joint la V2.',
        'Vous trouverez les maquettes en pièce jointe.',
        'Voici la facture de novembre.',
        'Voici la V2 des maquettes.',
        'Vous trouverez ci-joint le devis.',
        'Tu trouveras la maquette en PJ.',
      ],
      negative: ['Je vous envoie la V2 vendredi.', "Pouvez-vous m'envoyer le brief ?"],
    },
  },
  {
    id: 'fr-envoye',
    lang: 'fr',
    kind: 'deliverable',
    pattern: rx(
      `${W}(?:(?:je\\s+vous\\s+ai|je\\s+t'ai|nous\\s+vous\\s+avons|j'ai|nous\\s+avons|on\\s+a|je\\s+viens\\s+de(?:\\s+vous)?|nous\\s+venons\\s+de(?:\\s+vous)?)\\s+|(?:je\\s+viens|nous\\s+venons)\\s+d')` +
        `(?:bien\\s+)?(?:envoye|envoyer|transmis|transmettre|partage|partager|depose|deposer|livre|livrer|mis\\s+en\\s+ligne|mettre\\s+en\\s+ligne|termine|terminer|fini|finir|corrige|corriger|mis\\s+a\\s+jour|mettre\\s+a\\s+jour|ajoute|ajouter|publie|publier)\\p{L}*`,
    ),
    reason: "l'auteur dit que c'est fait, au passé",
    examples: {
      positive: [
        'Je viens de vous envoyer les fichiers.',
        'Je vous ai transmis le devis signé.',
        "J'ai déposé les fichiers sur le Drive.",
        'Je vous ai envoyé la V2 hier.',
        'J’ai corrigé les liens du pied de page.',
        "Je viens d'envoyer les fichiers.",
      ],
      negative: [
        'Je vous enverrai la V2 vendredi.',
        'Avez-vous envoyé le brief ?',
        'Je vous envoie la V2 vendredi.',
        'Avez-vous envoyé les textes ?',
      ],
    },
  },
  {
    id: 'fr-en-ligne',
    lang: 'fr',
    kind: 'deliverable',
    // Un état attendu dans une subordonnée ("dès que le site est en ligne") n'est pas livré.
    pattern: rx(
      `(?<!${W}(?:(?:si|quand|lorsque|que)\\s+|(?:s|lorsqu|qu)')(?:[\\p{L}\\d'-]+\\s+){0,4})` +
        `${W}(?:est|sont)\\s+(?:desormais\\s+|maintenant\\s+)?(?:en\\s+ligne|disponibles?|livree?s?|prete?s?|corrigee?s?)${E}`,
    ),
    reason: 'le livrable est prêt, en ligne ou disponible',
    examples: {
      positive: [
        'Le site est en ligne.',
        'Les traductions sont disponibles sur le Drive.',
        'Le site de recette est en ligne.',
        'Les maquettes sont maintenant prêtes.',
      ],
      negative: [
        'Le site sera en ligne lundi.',
        'Êtes-vous prêt pour l’appel ?',
        'Je vous envoie la facture dès que le site est en ligne.',
      ],
    },
  },
  {
    id: 'fr-paye',
    lang: 'fr',
    kind: 'payment',
    pattern: rx(
      `${W}(?:virement|paiement|reglement)(?:\\s+a\\s+ete|\\s+est)?\\s+(?:effectue|fait|envoye|emis|parti|passe|realise|lance)\\p{L}*` +
        `|${W}(?:j'ai|nous\\s+avons|on\\s+a|je\\s+viens\\s+de|nous\\s+venons\\s+de|c'est)\\s+(?:bien\\s+)?(?:paye|regle|vire|fait\\s+le\\s+virement|effectue\\s+le\\s+virement|lance\\s+le\\s+virement)${E}` +
        `|${W}facture\\s+(?:est\\s+|a\\s+ete\\s+)?(?:reglee|payee)${E}`,
    ),
    reason: 'le paiement est dit fait',
    examples: {
      positive: [
        'Virement effectué.',
        'Le paiement a été envoyé ce matin.',
        "J'ai réglé la facture.",
        "C'est réglé !",
      ],
      negative: ['Le virement sera effectué vendredi.', 'Avez-vous reçu le virement ?'],
    },
  },
];

/** The cues `text` holds, in lexicon order (a message or one sentence; matched folded). */
export function deliveryCues(text: string): DeliveryRule[] {
  return matchingRules(DELIVERY_RULES, text);
}

/** Whether `sentence` says a deliverable is attached, sent, ready or online. */
export function announcesDelivery(sentence: string): boolean {
  return deliveryCues(sentence).some((rule) => rule.kind === 'deliverable');
}
