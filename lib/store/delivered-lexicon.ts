import type { Lang } from '../analysis/types.ts';
import type { LexiconRule } from './lexicon.ts';

/**
 * Cues that a message hands over what was promised. `deliverable` cues ("ci-joint la V2",
 * "here is the invoice") point to a promise sharing words with the message; `payment` cues
 * ("payment sent", "virement effectué") point to payment promises (PAYMENT_RULES).
 * A cue in the future or a question ("I will send", "avez-vous envoyé ?") is not delivery.
 */
export interface DeliveryCue extends LexiconRule {
  kind: 'deliverable' | 'payment';
}

export const DELIVERY_CUES: readonly DeliveryCue[] = [
  {
    id: 'en-attached',
    lang: 'en',
    kind: 'deliverable',
    pattern: /\b(attached|enclosed)\b|\bplease find\b|\bhere (is|are)\b|\bhere's\b/,
    reason: 'the message carries the thing itself: attached, enclosed, here is',
    examples: {
      positive: ['Attached is the V2.', 'Here is the invoice for November.', "Here's the revised logo."],
      negative: ['I will attach the files tomorrow.', 'Is the V2 ready?'],
    },
  },
  {
    id: 'en-sent',
    lang: 'en',
    kind: 'deliverable',
    pattern:
      /\b(i|we)( have|'ve)? (just |now |finally )?(sent|uploaded|shared|delivered|published|pushed|submitted|finished|completed)\b/,
    reason: 'the writer says it is done, in the past',
    examples: {
      positive: ["I've just sent the files.", 'We have uploaded the final version to the drive.'],
      negative: ['I will send the files on Friday.', 'Have you sent the brief?'],
    },
  },
  {
    id: 'en-live',
    lang: 'en',
    kind: 'deliverable',
    pattern: /\b(is|are) (now )?(live|online|ready for review|available)\b/,
    reason: 'the deliverable is now live or available',
    examples: {
      positive: ['The site is now live.', 'The translations are available on the drive.'],
      negative: ['Will the site be live by Friday?'],
    },
  },
  {
    id: 'en-paid',
    lang: 'en',
    kind: 'payment',
    pattern:
      /\b(payment|transfer|wire)( has been| was| is)? (sent|made|done|processed|completed|initiated|issued)\b|\b(i|we)( have|'ve)? (just )?(paid|settled|wired|transferred the (money|funds|amount|balance))\b|\binvoice (is |was |has been )?(paid|settled)\b/,
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
    pattern: /\bci-joint(e|s|es)?\b|\ben (piece jointe|pj)\b|\bvous trouverez\b|\bvoici\b/,
    reason: 'le message porte la chose même : ci-joint, en pièce jointe, voici',
    examples: {
      positive: [
        'Ci-joint la V2.',
        'Vous trouverez les maquettes en pièce jointe.',
        'Voici la facture de novembre.',
      ],
      negative: ['Je vous envoie la V2 vendredi.', "Pouvez-vous m'envoyer le brief ?"],
    },
  },
  {
    id: 'fr-envoye',
    lang: 'fr',
    kind: 'deliverable',
    pattern:
      /\b(je vous ai|nous vous avons|j'ai|nous avons|on a|je viens de vous|je viens d'|je viens de|nous venons de vous|nous venons de) (bien )?(envoye|envoyer|transmis|transmettre|partage|partager|depose|deposer|livre|livrer|mis en ligne|mettre en ligne|termine|terminer|fini|finir)\w*/,
    reason: "l'auteur dit que c'est fait, au passé",
    examples: {
      positive: [
        'Je viens de vous envoyer les fichiers.',
        'Je vous ai transmis le devis signé.',
        "J'ai déposé les fichiers sur le Drive.",
      ],
      negative: ['Je vous enverrai la V2 vendredi.', 'Avez-vous envoyé le brief ?'],
    },
  },
  {
    id: 'fr-en-ligne',
    lang: 'fr',
    kind: 'deliverable',
    pattern: /\b(est|sont) (desormais |maintenant )?(en ligne|disponibles?|livre(e|s|es)?)\b/,
    reason: 'le livrable est en ligne ou disponible',
    examples: {
      positive: ['Le site est en ligne.', 'Les traductions sont disponibles sur le Drive.'],
      negative: ['Le site sera en ligne lundi.'],
    },
  },
  {
    id: 'fr-paye',
    lang: 'fr',
    kind: 'payment',
    pattern:
      /\b(virement|paiement|reglement)( a ete| est)? (effectue|fait|envoye|emis|parti|passe|realise|lance)\w*|\b(j'ai|nous avons|on a|je viens de|nous venons de|c'est) (bien )?(paye|regle|vire|fait le virement|effectue le virement|lance le virement)\b|\bfacture (est |a ete )?(reglee|payee)\b/,
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

/**
 * Words that say nothing about *what* was delivered: the message and the promise sharing them
 * is no evidence that one delivers the other.
 */
export const DELIVERY_STOPWORDS: Record<Lang, readonly string[]> = {
  en: words(
    'the a an and or of to for on in at by with from is are be will i we you it this that your ' +
      'our my have has just here please find attached send sent sending get give share shared ' +
      'deliver delivered me us them let know tomorrow today friday monday tuesday wednesday ' +
      'thursday end week day new final version',
  ),
  fr: words(
    'le la les un une des de du et ou a au aux en sur pour par avec je j nous vous on il elle ' +
      'ce c est sont vos votre nos notre mon ma mes ai avons viens ci joint jointe voici ' +
      'trouverez envoie envoyer envoye enverrai transmettre transmis bien demain lundi mardi ' +
      'mercredi jeudi vendredi fin semaine jour nouvelle version d l m qu que',
  ),
};

function words(list: string): string[] {
  return list.split(' ');
}
