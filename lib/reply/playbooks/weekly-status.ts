import type { SituationPlaybooks } from '../playbook.ts';

/** The weekly status from the ledger: done, next with days, waiting on the client and since when, risks. */
export const WEEKLY_STATUS: SituationPlaybooks = {
  fr: {
    situation: 'weekly_status',
    lang: 'fr',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Voici le point de la semaine sur {subject}.',
            neutral: 'Point hebdomadaire sur {subject}, au {today}.',
            firm: 'Point d’avancement au {today} : {subject}.',
          },
        },
      ],
      core: [
        {
          paragraph: true,
          text: { warm: 'Ce qui est fait :\n{done}', neutral: 'Fait :\n{done}', firm: 'Livré :\n{done}' },
        },
        {
          paragraph: true,
          text: {
            warm: 'Les prochaines étapes :\n{next}',
            neutral: 'À venir :\n{next}',
            firm: 'Prochaines échéances :\n{next}',
          },
        },
        {
          paragraph: true,
          text: {
            warm: 'Ce que j’attends de {{vous|toi}} :\n{waiting}',
            neutral: 'En attente de {{votre|ta}} part :\n{waiting}',
            firm: 'Bloquant de {{votre|ton}} côté :\n{waiting}',
          },
        },
        {
          paragraph: true,
          text: {
            warm: 'Points d’attention :\n{risks}',
            neutral: 'Risques :\n{risks}',
            firm: 'Risques sur le planning :\n{risks}',
          },
        },
      ],
      commitment: [],
      next_step: [
        {
          paragraph: true,
          text: {
            warm: '{{N’hésitez|N’hésite}} pas si {{vous avez|tu as}} des questions ; prochain point le {next_week}.',
            neutral: 'Prochain point le {next_week}.',
            firm: 'Merci de lever les points en attente d’ici le {reply_by} ; prochain point le {next_week}.',
          },
        },
      ],
    },
  },
  en: {
    situation: 'weekly_status',
    lang: 'en',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Here is this week’s update on {subject}.',
            neutral: 'Weekly status on {subject}, as of {today}.',
            firm: 'Progress report as of {today}: {subject}.',
          },
        },
      ],
      core: [
        {
          paragraph: true,
          text: { warm: 'What’s done:\n{done}', neutral: 'Done:\n{done}', firm: 'Delivered:\n{done}' },
        },
        {
          paragraph: true,
          text: {
            warm: 'Next steps:\n{next}',
            neutral: 'Coming up:\n{next}',
            firm: 'Upcoming deadlines:\n{next}',
          },
        },
        {
          paragraph: true,
          text: {
            warm: 'What I need from you:\n{waiting}',
            neutral: 'Waiting on you:\n{waiting}',
            firm: 'Blocked on your side:\n{waiting}',
          },
        },
        {
          paragraph: true,
          text: {
            warm: 'Things to watch:\n{risks}',
            neutral: 'Risks:\n{risks}',
            firm: 'Schedule risks:\n{risks}',
          },
        },
      ],
      commitment: [],
      next_step: [
        {
          paragraph: true,
          text: {
            warm: 'Feel free to ask if you have any questions; next update on {next_week}.',
            neutral: 'Next update on {next_week}.',
            firm: 'Please clear the pending items by {reply_by}; next update on {next_week}.',
          },
        },
      ],
    },
  },
};
