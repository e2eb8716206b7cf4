import type { Lang } from '../analysis/types.ts';

/**
 * Sentences in my own messages that announce something delivered or done ("The updated staging
 * link is ready", "Vous trouverez ci-joint la V2"): the facts a calm reply can point to, and the
 * sign that a promise whose day has passed was kept. Rules are data, per language, with examples.
 */

export interface DeliveryRule {
  id: string;
  lang: Lang;
  pattern: RegExp;
  reason: string;
  examples: { positive: string[]; negative: string[] };
}

const W = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
const rx = (source: string): RegExp => new RegExp(source, 'iu');

export const DELIVERY_RULES: readonly DeliveryRule[] = [
  {
    id: 'en.delivery.ready',
    lang: 'en',
    pattern: rx(
      `${W}(?:is|are)\\s+(?:now\\s+)?(?:ready|live|online|up|done|fixed|attached|uploaded)(?![\\p{L}])|${W}here\\s+(?:is|are)\\s+the|${W}here['’]s\\s+the|${W}please\\s+find\\s+attached`,
    ),
    reason: 'says a deliverable is ready or attached',
    examples: {
      positive: [
        'The updated staging link is ready.',
        'Here is the V2 of the mockups.',
        'Please find attached the report.',
      ],
      negative: ['Are you ready for the call?', 'I will send the V2 on Friday.'],
    },
  },
  {
    id: 'en.delivery.done',
    lang: 'en',
    pattern: rx(
      `${W}I(?:['’]ve|\\s+have)\\s+(?:just\\s+)?(?:sent|uploaded|shared|delivered|fixed|updated|added|attached|published|deployed)`,
    ),
    reason: 'says I have done or sent something',
    examples: {
      positive: ['I’ve uploaded the final files.', 'I have fixed the footer links.'],
      negative: ['I’ll send the files tomorrow.', 'Have you sent the texts?'],
    },
  },
  {
    id: 'fr.delivery.ready',
    lang: 'fr',
    pattern: rx(
      `${W}(?:voici|ci-joint|vous\\s+trouverez|tu\\s+trouveras|veuillez\\s+trouver)${E}|${W}(?:est|sont)\\s+(?:maintenant\\s+|désormais\\s+)?(?:prêt|prête|prêts|prêtes|en\\s+ligne|disponibles?|corrigée?s?)(?![\\p{L}])`,
    ),
    reason: 'says a deliverable is ready, online or attached',
    examples: {
      positive: [
        'Voici la V2 des maquettes.',
        'Le site de recette est en ligne.',
        'Vous trouverez ci-joint le devis.',
      ],
      negative: ['Je vous envoie la V2 vendredi.', 'Êtes-vous prêt pour l’appel ?'],
    },
  },
  {
    id: 'fr.delivery.done',
    lang: 'fr',
    pattern: rx(
      `${W}(?:je\\s+(?:vous|t['’])\\s*ai|j['’]ai)\\s+(?:bien\\s+)?(?:envoyé|transmis|livré|corrigé|mis\\s+à\\s+jour|ajouté|déposé|publié|partagé)`,
    ),
    reason: 'says I have done or sent something',
    examples: {
      positive: ['Je vous ai envoyé la V2 hier.', 'J’ai corrigé les liens du pied de page.'],
      negative: ['Je vous envoie la V2 vendredi.', 'Avez-vous envoyé les textes ?'],
    },
  },
];

export function announcesDelivery(sentence: string): boolean {
  return DELIVERY_RULES.some((rule) => rule.pattern.test(sentence));
}
