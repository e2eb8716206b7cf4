import type { SituationPlaybooks } from '../playbook.ts';

/** Owns the mistake: what happened, its impact, the remedies with their days, one apology at most. */
export const ADMIT_MISTAKE: SituationPlaybooks = {
  fr: {
    situation: 'admit_mistake',
    lang: 'fr',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Merci de me l’avoir signalé.',
            neutral: '{{Vous avez|Tu as}} raison de le signaler.',
            firm: 'L’erreur est de mon fait.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'C’est une erreur de ma part : {issue}. Je comprends que cela {{vous ait|t’ait}} compliqué la tâche : {impact}. Je {{vous|te}} présente mes excuses.',
            neutral:
              'Ce qui s’est passé : {issue}. Conséquence pour {{vous|toi}} : {impact}. Toutes mes excuses.',
            firm: 'Les faits : {issue}, avec pour effet {impact}. Je {{vous|te}} prie de m’en excuser.',
          },
        },
      ],
      commitment: [
        {
          paragraph: true,
          text: {
            warm: 'Voici ce que je mets en place : {fix}, d’ici le {fix_day}, sans frais pour {{vous|toi}}.',
            neutral: 'Correctif : {fix}, livré le {fix_day}, sans frais supplémentaires.',
            firm: 'Je corrige : {fix}, au plus tard le {fix_day}, à ma charge.',
          },
        },
        {
          text: {
            warm: 'Et pour que cela ne se reproduise pas, à partir du {fix_day}, chaque livraison passe par une vérification de ce point.',
            neutral:
              'Pour éviter que cela se reproduise, à partir du {fix_day}, ce contrôle fait partie de ma vérification avant chaque livraison.',
            firm: 'À partir du {fix_day}, ce contrôle est systématique avant chaque livraison.',
          },
        },
      ],
      next_step: [
        {
          text: {
            warm: 'Je {{vous|te}} tiens au courant le {fix_day}, à la livraison du correctif.',
            neutral: 'Je {{vous|te}} confirme la livraison du correctif par écrit le {fix_day}.',
            firm: 'Confirmation écrite le {fix_day}.',
          },
        },
      ],
    },
  },
  en: {
    situation: 'admit_mistake',
    lang: 'en',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Thank you for pointing this out.',
            neutral: 'You are right to raise this.',
            firm: 'The mistake is mine.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'This was my mistake: {issue}. I understand it made things harder for you: {impact}. I am sorry.',
            neutral: 'What happened: {issue}. The impact on you: {impact}. My apologies.',
            firm: 'The facts: {issue}, which resulted in {impact}. Please accept my apologies.',
          },
        },
      ],
      commitment: [
        {
          paragraph: true,
          text: {
            warm: 'Here is what I am putting in place: {fix}, by {fix_day}, at no cost to you.',
            neutral: 'The fix: {fix}, delivered on {fix_day}, at no extra cost.',
            firm: 'I am correcting it: {fix}, no later than {fix_day}, at my expense.',
          },
        },
        {
          text: {
            warm: 'And so that it does not happen again, from {fix_day} every delivery goes through a check of this point.',
            neutral:
              'To prevent it from happening again, from {fix_day} this check is part of my review before every delivery.',
            firm: 'From {fix_day}, this check is systematic before every delivery.',
          },
        },
      ],
      next_step: [
        {
          text: {
            warm: 'I will keep you posted on {fix_day}, when the fix is delivered.',
            neutral: 'I will confirm the delivery of the fix in writing on {fix_day}.',
            firm: 'Written confirmation on {fix_day}.',
          },
        },
      ],
    },
  },
};
