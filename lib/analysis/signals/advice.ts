import type { SignalKind } from '../types.ts';

/**
 * One line of advice per signal, from the practice texts the product grew from (DESIGN.md, "Why"):
 * listen and restate, clarify expectations, set the frame with the quote or contract, stay calm,
 * propose a paid change, ask for a date, remind friendly then firm. French lines use French
 * typography: a narrow no-break space (U+202F) before ; ? ! and a no-break space (U+00A0) before :.
 */
export const ADVICE: Record<SignalKind, { en: string; fr: string }> = {
  scope_creep: {
    en: 'This goes beyond what was agreed: thank them, point to the quote, and propose the addition as a paid change with its own price and date.',
    fr: 'Cela dépasse ce qui était prévu\u00a0: remerciez, rappelez le devis et proposez l’ajout comme une modification payante, avec son prix et sa date.',
  },
  urgency: {
    en: 'Do not promise under pressure: say what you can deliver and when, and name a realistic date (or the rush fee) in writing.',
    fr: 'Ne promettez rien sous la pression\u00a0: dites ce que vous pouvez livrer et quand, avec une date réaliste (ou un tarif d’urgence) par écrit.',
  },
  off_hours: {
    en: 'Set the frame calmly: answer during your working hours and remind them when you work; the client is not the boss of your evenings.',
    fr: 'Posez le cadre calmement\u00a0: répondez pendant vos horaires et rappelez quand vous travaillez\u202f; le client n’est pas le patron de vos soirées.',
  },
  payment_delay: {
    en: 'Try to understand before assuming bad faith, then ask for a payment date: a friendly reminder first, a firm written one next, a formal notice last.',
    fr: 'Cherchez à comprendre avant de supposer la mauvaise foi, puis demandez une date de paiement\u00a0: relance aimable, puis ferme par écrit, puis mise en demeure.',
  },
  price_pushback: {
    en: 'Hold your rate and explain the value; if the budget is fixed, reduce the scope rather than the price, and never work for free.',
    fr: 'Tenez votre tarif et expliquez ce qu’il couvre\u202f; si le budget est fixe, réduisez le périmètre plutôt que le prix, et ne travaillez jamais gratuitement.',
  },
  aggressive: {
    en: 'Stay calm and do not answer in kind: acknowledge the frustration, restate the facts, propose a call, and keep everything in writing.',
    fr: 'Restez calme et ne répondez pas sur le même ton\u00a0: reconnaissez l’agacement, rappelez les faits, proposez un appel et gardez tout par écrit.',
  },
  indecision: {
    en: 'Restate the decision in writing and ask them to confirm it; point out that changing an approved choice is a change request (time and cost).',
    fr: 'Reformulez la décision par écrit et faites-la confirmer\u202f; rappelez que revenir sur un choix validé est une demande de modification (délai et coût).',
  },
  dissatisfied: {
    en: 'Listen and restate what disappoints them, clarify the expectations against the brief, then admit any mistake of yours with the remedy and its date.',
    fr: 'Écoutez et reformulez ce qui déçoit, clarifiez les attentes au regard du brief, puis reconnaissez vos erreurs éventuelles avec le correctif et sa date.',
  },
  silence: {
    en: 'Pick the thread back up with a short status: where things stand, what you need from them, and by which date.',
    fr: 'Reprenez le fil avec un point d’étape court\u00a0: où en est le projet, ce dont vous avez besoin et pour quelle date.',
  },
  appreciation: {
    en: 'Thank them simply, and use the goodwill to confirm the next step and its date.',
    fr: 'Remerciez simplement, et profitez-en pour confirmer la prochaine étape et sa date.',
  },
};
