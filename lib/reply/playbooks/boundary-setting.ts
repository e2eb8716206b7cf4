import type { SituationPlaybooks } from '../playbook.ts';

/**
 * Reminds the frame: working days and hours, the agreed channel and answer delay, the quote as
 * the reference. Firm without aggression: the request is handled, on the next working day.
 */
export const BOUNDARY_SETTING: SituationPlaybooks = {
  fr: {
    situation: 'boundary_setting',
    lang: 'fr',
    moves: {
      acknowledgement: [
        {
          when: 'off_hours_message',
          text: {
            warm: 'Merci pour {{votre|ton}} message du {off_hours_when}.',
            neutral: 'J’ai bien reçu {{votre|ton}} message du {off_hours_when}.',
            firm: '{{Votre|Ton}} message du {off_hours_when} m’amène à rappeler notre cadre de travail.',
          },
        },
        {
          when: '!off_hours_message',
          text: {
            warm: 'Merci pour {{votre|ton}} message.',
            neutral: 'J’ai bien reçu {{votre|ton}} message.',
            firm: '{{Votre|Ton}} message m’amène à rappeler notre cadre de travail.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'Pour pouvoir {{vous|te}} consacrer toute mon attention, je travaille {working_days}, de {hours_start} à {hours_end} : c’est dans ces horaires que je traite les demandes.',
            neutral:
              'Je rappelle mes horaires de travail : {working_days}, de {hours_start} à {hours_end}. Les demandes reçues en dehors de ces horaires sont traitées le jour ouvré suivant.',
            firm: 'Mes horaires de travail sont {working_days}, de {hours_start} à {hours_end}, quelle que soit l’urgence : une demande envoyée le soir ou le week-end est traitée le jour ouvré suivant.',
          },
        },
        {
          when: 'response_time',
          text: {
            warm: 'L’e-mail reste le meilleur moyen de me joindre, et j’y réponds sous {response_time}.',
            neutral:
              'Comme convenu, l’e-mail est notre canal d’échange, avec une réponse sous {response_time}.',
            firm: 'Le canal convenu est l’e-mail, avec une réponse sous {response_time} ; les demandes passées par d’autres canaux ne sont pas prises en compte.',
          },
        },
        {
          when: '!response_time',
          text: {
            warm: 'L’e-mail reste le meilleur moyen de me joindre.',
            neutral: 'Comme convenu, l’e-mail est notre canal d’échange.',
            firm: 'Le canal convenu est l’e-mail ; les demandes passées par d’autres canaux ne sont pas prises en compte.',
          },
        },
        {
          text: {
            warm: 'C’est le cadre prévu dans notre devis, et c’est aussi ce qui me permet de bien travailler sur {{votre|ton}} projet.',
            neutral: 'C’est le cadre fixé par notre devis.',
            firm: 'Ce cadre est celui du devis signé ; une intervention urgente hors de ces horaires ferait l’objet d’un devis spécifique.',
          },
        },
      ],
      commitment: [
        {
          when: 'request',
          paragraph: true,
          text: {
            warm: 'Je m’occupe de {{votre|ta}} demande, {request}, dès le {next_working_day} à la première heure.',
            neutral: 'Je traite {{votre|ta}} demande, {request}, le {next_working_day}.',
            firm: '{{Votre|Ta}} demande, {request}, sera traitée le {next_working_day}, dans les délais habituels.',
          },
        },
        {
          when: '!request',
          paragraph: true,
          text: {
            warm: 'Je m’occupe de {{votre|ton}} message dès le {next_working_day} à la première heure.',
            neutral: 'Je traite {{votre|ton}} message le {next_working_day}.',
            firm: '{{Votre|Ton}} message sera traité le {next_working_day}, dans les délais habituels.',
          },
        },
      ],
      next_step: [
        {
          text: {
            warm: 'Merci de {{votre|ta}} compréhension, c’est un plaisir de travailler ensemble.',
            neutral: 'Merci de {{votre|ta}} compréhension.',
            firm: 'Merci d’en tenir compte pour nos prochains échanges.',
          },
        },
      ],
    },
  },
  en: {
    situation: 'boundary_setting',
    lang: 'en',
    moves: {
      acknowledgement: [
        {
          when: 'off_hours_message',
          text: {
            warm: 'Thank you for your message of {off_hours_when}.',
            neutral: 'I received your message of {off_hours_when}.',
            firm: 'Your message of {off_hours_when} leads me to restate how we work together.',
          },
        },
        {
          when: '!off_hours_message',
          text: {
            warm: 'Thank you for your message.',
            neutral: 'I received your message.',
            firm: 'Your message leads me to restate how we work together.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'To give your project my full attention, I work {working_days}, {hours_start} to {hours_end}: that is when I handle requests.',
            neutral:
              'As a reminder, my working hours are {working_days}, {hours_start} to {hours_end}. Requests that arrive outside these hours are handled on the next working day.',
            firm: 'My working hours are {working_days}, {hours_start} to {hours_end}, whatever the urgency: a request sent in the evening or at the weekend is handled on the next working day.',
          },
        },
        {
          when: 'response_time',
          text: {
            warm: 'Email remains the best way to reach me, and I answer within {response_time}.',
            neutral: 'As agreed, email is our channel, with an answer within {response_time}.',
            firm: 'The agreed channel is email, with an answer within {response_time}; requests sent through other channels are not taken into account.',
          },
        },
        {
          when: '!response_time',
          text: {
            warm: 'Email remains the best way to reach me.',
            neutral: 'As agreed, email is our channel.',
            firm: 'The agreed channel is email; requests sent through other channels are not taken into account.',
          },
        },
        {
          text: {
            warm: 'That is the frame set in our quote, and it is also what lets me do good work on your project.',
            neutral: 'That is the frame set by our quote.',
            firm: 'This is the frame of the signed quote; urgent work outside these hours would need a separate quote.',
          },
        },
      ],
      commitment: [
        {
          when: 'request',
          paragraph: true,
          text: {
            warm: 'I will take care of your request, {request}, first thing on {next_working_day}.',
            neutral: 'I will handle your request, {request}, on {next_working_day}.',
            firm: 'Your request, {request}, will be handled on {next_working_day}, within the usual time.',
          },
        },
        {
          when: '!request',
          paragraph: true,
          text: {
            warm: 'I will take care of your message first thing on {next_working_day}.',
            neutral: 'I will handle your message on {next_working_day}.',
            firm: 'Your message will be handled on {next_working_day}, within the usual time.',
          },
        },
      ],
      next_step: [
        {
          text: {
            warm: 'Thank you for understanding, it is a pleasure working with you.',
            neutral: 'Thank you for understanding.',
            firm: 'Please bear this in mind for our next exchanges.',
          },
        },
      ],
    },
  },
};
