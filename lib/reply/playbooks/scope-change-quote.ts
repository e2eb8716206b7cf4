import type { SituationPlaybooks } from '../playbook.ts';

/**
 * Names the new request, its cost and time, and makes it a paid change (devis complémentaire,
 * avenant, change request); the original scope stands until the change is agreed.
 */
export const SCOPE_CHANGE_QUOTE: SituationPlaybooks = {
  fr: {
    situation: 'scope_change_quote',
    lang: 'fr',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Merci pour {{votre|ta}} demande : {request}.',
            neutral: 'J’ai bien noté {{votre|ta}} nouvelle demande : {request}.',
            firm: '{{Votre|Ta}} demande, {request}, ne fait pas partie du périmètre prévu au devis.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'Je peux tout à fait m’en occuper. Comme elle n’était pas prévue dans le devis initial, elle représente {cost} et {extra_days} de travail en plus.',
            neutral:
              'Cette demande n’est pas incluse dans le devis initial : je l’estime à {cost}, avec {extra_days} de délai supplémentaire.',
            firm: 'Elle ne peut donc pas être intégrée sans modification du devis : elle représente {cost} et {extra_days} de délai supplémentaire.',
          },
        },
        {
          text: {
            warm: 'Pour la traiter sereinement, je {{vous|te}} propose un devis complémentaire.',
            neutral: 'Elle fera l’objet d’un devis complémentaire (ou d’un avenant au contrat).',
            firm: 'Toute modification du périmètre passe par un devis complémentaire signé ou un avenant au contrat.',
          },
        },
      ],
      commitment: [
        {
          text: {
            warm: 'Je {{vous envoie|t’envoie}} ce devis complémentaire le {next_working_day}.',
            neutral: 'Je {{vous adresse|t’adresse}} le devis complémentaire le {next_working_day}.',
            firm: 'Le devis complémentaire {{vous|te}} sera transmis le {next_working_day}.',
          },
        },
      ],
      next_step: [
        {
          text: {
            warm: 'D’ici {{votre|ton}} accord, je continue sur le périmètre prévu, sans changement pour le planning en cours.',
            neutral:
              'Le périmètre initial et son planning restent inchangés jusqu’à {{votre|ton}} accord écrit sur ce devis.',
            firm: 'Tant que ce devis n’est pas signé, je m’en tiens au périmètre et au planning initiaux.',
          },
        },
      ],
    },
  },
  en: {
    situation: 'scope_change_quote',
    lang: 'en',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Thank you for your request: {request}.',
            neutral: 'I have noted your new request: {request}.',
            firm: 'Your request, {request}, is outside the scope of our quote.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'I’d be glad to take it on. As it was not part of the original quote, it adds {cost} and {extra_days} of work.',
            neutral:
              'This request is not included in the original quote: I estimate it at {cost}, with {extra_days} added to the schedule.',
            firm: 'It therefore cannot be added without changing the quote: it represents {cost} and {extra_days} added to the schedule.',
          },
        },
        {
          text: {
            warm: 'So that we can handle it properly, I suggest a change request with its own quote.',
            neutral: 'It will be covered by a change request (an additional quote).',
            firm: 'Any change to the scope goes through a signed change request or an amendment to the contract.',
          },
        },
      ],
      commitment: [
        {
          text: {
            warm: 'I will send you this change request on {next_working_day}.',
            neutral: 'I will send you the change request on {next_working_day}.',
            firm: 'The change request will reach you on {next_working_day}.',
          },
        },
      ],
      next_step: [
        {
          text: {
            warm: 'Until you approve it, I’ll carry on with the agreed scope, with no change to the current schedule.',
            neutral:
              'The original scope and its schedule stay unchanged until you approve this change request in writing.',
            firm: 'Until this change request is signed, I am keeping to the original scope and schedule.',
          },
        },
      ],
    },
  },
};
